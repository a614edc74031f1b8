import {
  MAX_QUESTION_LENGTH,
  cleanTicketText,
  formatTicketId,
  normalizeTicketId,
  ticketNamedAlone,
  ticketTextProblem,
} from '../../src/tickets';

describe('ticket ids', () => {
  it.each([
    [1, 'Q-0001'],
    [42, 'Q-0042'],
    [12345, 'Q-12345'],
  ])('formats %i as %s', (sequence, id) => {
    expect(formatTicketId(sequence)).toBe(id);
  });

  it.each([
    ['Q-0007', 'Q-0007'],
    ['q-7', 'Q-0007'],
    [' #Q-0007 ', 'Q-0007'],
    ['Q0007', 'Q-0007'],
    ['Q-12345', 'Q-12345'],
    ['Q-0000', undefined],
    ['IH-2024-0007', undefined],
    ['Q-7/../x', undefined],
    ['', undefined],
  ])('reads %p as %p', (typed, id) => {
    expect(normalizeTicketId(typed)).toBe(id);
  });
});

describe('ticket texts', () => {
  it('cleans control characters, line ends, trailing spaces and blank-line runs', () => {
    expect(cleanTicketText('  Hello\u0000 there  \r\n\r\n\r\n\r\nBye\t \u0007')).toBe('Hello there\n\nBye');
  });

  it('says why a text cannot go on a ticket, counting characters as a reader does', () => {
    expect(ticketTextProblem(' \n ', MAX_QUESTION_LENGTH)).toBe('empty');
    expect(ticketTextProblem('a'.repeat(MAX_QUESTION_LENGTH), MAX_QUESTION_LENGTH)).toBeUndefined();
    expect(ticketTextProblem('a'.repeat(MAX_QUESTION_LENGTH + 1), MAX_QUESTION_LENGTH)).toBe('too-long');
    expect(ticketTextProblem('🚀'.repeat(MAX_QUESTION_LENGTH), MAX_QUESTION_LENGTH)).toBeUndefined();
  });
});

describe('ticketNamedAlone', () => {
  it.each([
    ['Q-0003', 'Q-0003'],
    ['q3', 'Q-0003'],
    ['ticket Q-0012 please', 'Q-0012'],
    ['statut de ma question Q-0003', 'Q-0003'],
    ['¿dónde está mi pregunta Q-0003?', 'Q-0003'],
  ])('reads %p as %p', (text, ticket) => {
    expect(ticketNamedAlone(text)).toBe(ticket);
  });
  it.each(['is Q-0003 about interpreters answered yet', 'Q-0', 'FAQ-0003', 'IH-2024-0003', 'my question'])('reads %p as no ticket named alone', (text) => {
    expect(ticketNamedAlone(text)).toBeUndefined();
  });
});
