import { z } from 'zod';
import { optionalText, readSubmit, requiredText } from '../../src/bot/card-submit';
import { ticketAnswerSchema } from '../../src/bot/questions/cards';

/**
 * How a card submit is read: valid, a required box left blank or a box past its limit (the person's
 * input, answered with a clear message), or refused as forged or outdated ("not one I recognise"). The schema alone says
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
      kind: 'unfinished',
      blank: ['text'],
      tooLong: [],
      data: { verb: 'note.save', noteId: 'n1', text: '', title: 'T' },
    });
    expect(readSubmit(schema, { verb: 'note.save', noteId: 'n1', text: '', title: '\n' })).toMatchObject({ kind: 'unfinished', blank: ['text', 'title'] });
    expect(readSubmit(schema, { verb: 'note.save', noteId: 'n1' })).toMatchObject({ kind: 'unfinished', blank: ['text', 'title'] });
    expect(readSubmit(ticketAnswerSchema, { verb: 'ticket.answer', ticketId: 'Q-0002', answer: '   ' })).toEqual({
      kind: 'unfinished',
      blank: ['answer'],
      tooLong: [],
      data: { verb: 'ticket.answer', ticketId: 'Q-0002', answer: '' },
    });
  });

  it('reads a box past its limit (pasted where the card\'s limit is not enforced) as the person\'s, keeping what was typed', () => {
    const long = ` ${'x'.repeat(101)} `;
    expect(readSubmit(schema, { verb: 'note.save', noteId: 'n1', text: long, title: 'T' })).toEqual({
      kind: 'unfinished',
      blank: [],
      tooLong: [{ field: 'text', max: 100 }],
      data: { verb: 'note.save', noteId: 'n1', text: 'x'.repeat(101), title: 'T' },
    });
    expect(readSubmit(schema, { verb: 'note.save', noteId: 'n1', text: long, title: ' ' })).toMatchObject({
      kind: 'unfinished',
      blank: ['title'],
      tooLong: [{ field: 'text', max: 100 }],
    });
    expect(readSubmit(z.object({ note: optionalText(5) }), { note: 'abcdefg' })).toMatchObject({ kind: 'unfinished', tooLong: [{ field: 'note', max: 5 }] });
    expect(readSubmit(z.object({ note: optionalText(5) }), {})).toEqual({ kind: 'valid', data: {} });
    // Characters as a reader counts them: five emoji are five, not the ten UTF-16 units.
    expect(readSubmit(z.object({ note: optionalText(5) }), { note: '🌍🌍🌍🌍🌍' })).toEqual({ kind: 'valid', data: { note: '🌍🌍🌍🌍🌍' } });
  });

  it('refuses what no real card sends: bad button data, a wrong type, another verb', () => {
    for (const value of [
      { verb: 'note.save', noteId: '', text: 'Hello', title: 'T' },
      { verb: 'note.save', noteId: '', text: '  ', title: 'T' },
      { verb: 'note.save', text: '  ', title: 'T' },
      { verb: 'note.save', noteId: 'n1', text: 42, title: 'T' },
      { verb: 'note.save', noteId: 'x'.repeat(21), text: 'x'.repeat(101), title: 'T' },
      { verb: 'note.delete', noteId: 'n1', text: ' ', title: 'T' },
      ' ',
      null,
      [' '],
    ]) {
      expect([value, readSubmit(schema, value)]).toEqual([value, { kind: 'refused' }]);
    }
  });
});
