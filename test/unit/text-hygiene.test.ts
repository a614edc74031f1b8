import { cleanIncomingActivity, cleanStrings, cleanText } from '../../src/text-hygiene';

describe('cleanText: incoming text as the assistant should see it', () => {
  it.each([
    ['a NUL inside a question', 'when\u0000 is the deadline', 'when is the deadline'],
    ['a zero-width space after a command', 'menu\u200b', 'menu'],
    ['a byte-order mark, word joiner and soft hyphen', '\uFEFFin\u2060no\u00ADvation', 'innovation'],
    ['bidirectional overrides', 'budget \u202Eusd\u202C', 'budget usd'],
    ['C1 controls and DEL', 'a\u0085b\u007Fc', 'abc'],
    ['Windows line ends', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
    ['a decomposed accent (NFD)', 'mes donne\u0301es', 'mes données'],
    ['an unpaired surrogate', 'x\uD800y', 'x\uFFFDy'],
  ])('%s', (_what, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('keeps what people mean: tabs, line feeds, emoji sequences, Persian and Hindi joiners, accents', () => {
    for (const text of ['a\tb\nc', '👩\u200D💻 team', 'می\u200Cخواهم', 'क्\u200Dष', 'Côte d’Ivoire', '日本語']) {
      expect(cleanText(text)).toBe(text.normalize('NFC'));
    }
  });

  it('cleans every string of a card submit, keeping its keys and shape', () => {
    const value = { verb: 'idea.section', title: 'Solar\u0000 kiosks\u200b', list: ['a\u0000', 1, true, null], nested: { deep: 'x\u202E' } };
    expect(cleanStrings(value)).toEqual({ verb: 'idea.section', title: 'Solar kiosks', list: ['a', 1, true, null], nested: { deep: 'x' } });
  });

  it('cleans the text, the card values and the sender name of an activity, and nothing else', () => {
    const activity = { type: 'message', text: 'hi\u200b', value: { a: '\u0000b' }, from: { id: 'id\u200b', name: 'Ami\u0000na' }, conversation: { id: 'c\u200b' } };
    expect(cleanIncomingActivity(activity)).toEqual({
      type: 'message',
      text: 'hi',
      value: { a: 'b' },
      from: { id: 'id\u200b', name: 'Amina' },
      conversation: { id: 'c\u200b' },
    });
  });
});
