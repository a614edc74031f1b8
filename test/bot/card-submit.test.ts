import { z } from 'zod';
import { readSubmit, requiredText } from '../../src/bot/card-submit';
import { ticketAnswerSchema } from '../../src/bot/questions/cards';

/**
 * How a card submit is read: valid, a required box left blank (the person's input, answered with a
 * clear message), or refused as forged or outdated ("not one I recognise"). The schema alone says
 * which fields are boxes the person types in.
 */
describe('readSubmit', () => {
  const schema = z.object({ verb: z.literal('note.save'), noteId: z.string().min(1).max(20), text: requiredText(100), title: requiredText(20) });

  it('passes a valid submit through, trimmed as the schema says', () => {
    expect(readSubmit(schema, { verb: 'note.save', noteId: 'n1', text: ' Hello ', title: 'T' })).toEqual({
      kind: 'valid',
      data: { verb: 'note.save', noteId: 'n1', text: 'Hello', title: 'T' },
    });
  });

  it('reads boxes left empty, only spaces or left out as blank, with the rest of the submit checked', () => {
    expect(readSubmit(schema, { verb: 'note.save', noteId: 'n1', text: '   ', title: 'T' })).toEqual({
      kind: 'blank',
      fields: ['text'],
      data: { verb: 'note.save', noteId: 'n1', text: '', title: 'T' },
    });
    expect(readSubmit(schema, { verb: 'note.save', noteId: 'n1', text: '', title: '\n' })).toMatchObject({ kind: 'blank', fields: ['text', 'title'] });
    expect(readSubmit(schema, { verb: 'note.save', noteId: 'n1' })).toMatchObject({ kind: 'blank', fields: ['text', 'title'] });
    expect(readSubmit(ticketAnswerSchema, { verb: 'ticket.answer', ticketId: 'Q-0002', answer: '   ' })).toEqual({
      kind: 'blank',
      fields: ['answer'],
      data: { verb: 'ticket.answer', ticketId: 'Q-0002', answer: '' },
    });
  });

  it('refuses what no real card sends: bad button data, a wrong type, an overlong text, another verb', () => {
    for (const value of [
      { verb: 'note.save', noteId: '', text: 'Hello', title: 'T' },
      { verb: 'note.save', noteId: '', text: '  ', title: 'T' },
      { verb: 'note.save', text: '  ', title: 'T' },
      { verb: 'note.save', noteId: 'n1', text: 42, title: 'T' },
      { verb: 'note.save', noteId: 'n1', text: 'x'.repeat(101), title: 'T' },
      { verb: 'note.save', noteId: 'n1', text: 'x'.repeat(101), title: ' ' },
      { verb: 'note.delete', noteId: 'n1', text: ' ', title: 'T' },
      ' ',
      null,
      [' '],
    ]) {
      expect([value, readSubmit(schema, value)]).toEqual([value, { kind: 'refused' }]);
    }
  });
});
