import fc from 'fast-check';
import { cleanActivityInput, cleanText, cleanValue, emailReply, MAX_VALUE_DEPTH, nestingDepth, withoutAddressees, withoutAddressing } from '../../src/input-hygiene';

describe('cleanText', () => {
  it.each([
    ['menu\u200b', 'menu'],
    ['\ufeffhelp', 'help'],
    ['What is\u0000 the budget?', 'What is the budget?'],
    ['bell\u0007 and escape\u001b[31m', 'bell and escape[31m'],
    ['soft\u00adhyphen', 'softhyphen'],
    ['right-to-left \u202eoverride\u202c', 'right-to-left override'],
    ['lone \ud800 high and \udc00 low', 'lone  high and  low'],
    ['non\uffffcharacter', 'noncharacter'],
    ['line\u2028separator', 'line\nseparator'],
    // Decomposed "é" (e + combining acute) becomes the single code point.
    ['Cafe\u0301', 'Caf\u00e9'],
  ])('cleans %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it.each([
    ['tab, line breaks', 'a\tb\nc\r\nd'],
    ['a Persian word with a zero-width non-joiner', '\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645'],
    ['an emoji family (zero-width joiners)', '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}'],
    ['a red heart with its variation selector', '\u2764\ufe0f'],
    ["Scotland's flag (tag characters)", '\u{1f3f4}\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}'],
    ['accents and other scripts', 'Réfugiés, niños, 難民, لاجئون'],
  ])('keeps %s', (_name, text) => {
    expect(cleanText(text)).toBe(text.normalize('NFC'));
  });

  it('cleans long text (a 100,000-character pasted answer)', () => {
    const long = 'word\u200b '.repeat(16_000);
    expect(cleanText(long)).toBe('word '.repeat(16_000));
  });

  it('always gives well-formed text without NUL, and cleaning twice changes nothing more', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const once = cleanText(text);
        expect(once).not.toMatch(/\u0000/);
        expect(once).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        expect(cleanText(once)).toBe(once);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe('cleanValue and cleanActivityInput', () => {
  it('cleans every string of a card value, keys included, and keeps other types', () => {
    const value = { verb: 'idea.section\u200b', title: 'Solar\u0000 kiosks\ud83d', 'key\u200b': [1, true, null, 'x\u0007'] };
    expect(cleanValue(value)).toEqual({ verb: 'idea.section', title: 'Solar kiosks', key: [1, true, null, 'x'] });
  });

  it('keeps a "__proto__" key as plain data, never as the prototype', () => {
    const cleaned = cleanValue(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(cleaned)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(cleaned)).toEqual(['__proto__']);
  });

  it('touches only text, value and the sender name, never ids', () => {
    const activity = { type: 'message', text: 'menu\u200b', value: { a: '\u0000' }, from: { id: 'u\u200b', name: 'Ami\u0000na' }, conversation: { id: 'c\u200b' } };
    expect(cleanActivityInput(activity)).toEqual({
      type: 'message',
      text: 'menu',
      value: { a: '' },
      from: { id: 'u\u200b', name: 'Amina' },
      conversation: { id: 'c\u200b' },
    });
  });

  it('measures nesting up to just past the limit', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 10_000; level += 1) deep = [deep];
    expect(nestingDepth(deep)).toBe(MAX_VALUE_DEPTH + 2);
    expect(nestingDepth({ a: { b: [1] } })).toBe(3);
    expect(nestingDepth('text')).toBe(0);
  });
});

describe('withoutAddressing: the text as it is meant for the bot', () => {
  const bot = { id: '28:bot', name: 'Innovation Hub' };
  const ana = { id: '29:ana', name: 'Ana Silva' };
  const mention = (text: string, mentioned: object) => ({ type: 'mention', text, mentioned });

  it('takes out every mention of the bot, one per word as newer clients write a two-word name', () => {
    const entities = [mention('<at>Innovation</at>', bot), mention('<at>Hub</at>', bot)];
    expect(withoutAddressing('<at>Innovation</at> <at>Hub</at> help', entities, bot.id)).toBe('help');
  });

  it('keeps a colleague mentioned as their name, wherever they stand (a question may be about them)', () => {
    const entities = [mention('<at>Innovation Hub</at>', bot), mention('<at>Ana Silva</at>', ana)];
    expect(withoutAddressing('<at>Innovation Hub</at> can <at>Ana Silva</at> apply alone?', entities, bot.id)).toBe('can Ana Silva apply alone?');
    expect(withoutAddressing('<at>Innovation Hub</at> can the idea be submitted by <at>Ana Silva</at>', entities, bot.id)).toBe('can the idea be submitted by Ana Silva');
  });

  it('reads a command without the colleagues addressed before or after it (withoutAddressees)', () => {
    const entities = [mention('<at>Innovation Hub</at>', bot), mention('<at>Ana Silva</at>', ana)];
    expect(withoutAddressees('Ana Silva cancel', entities, bot.id)).toBe('cancel');
    expect(withoutAddressees('cancel Ana Silva', entities, bot.id)).toBe('cancel');
    expect(withoutAddressees('can Ana Silva apply alone?', entities, bot.id)).toBe('can Ana Silva apply alone?');
  });

  it('shows mention markup without an entity as the name, and leaves text without mentions as it is', () => {
    expect(withoutAddressing('ask <at>IKM</at> please', [], bot.id)).toBe('ask IKM please');
    expect(withoutAddressing('  when is the deadline?  ', undefined, bot.id)).toBe('  when is the deadline?  ');
  });

  it('is applied to every incoming message at the edge', () => {
    const activity = { text: '<at>Innovation</at> <at>Hub</at> menu\u200b', recipient: { id: bot.id }, entities: [mention('<at>Innovation</at>', bot), mention('<at>Hub</at>', bot)] };
    expect(cleanActivityInput(activity).text).toBe('menu');
  });
});

describe('emailReply: an e-mail as the person wrote it', () => {
  it.each([
    ['1\n\n-- \nMaria Lopez\nProgramme Officer, IOM Madrid', '1'],
    ['Check eligibility\n\nSent from my iPhone', 'Check eligibility'],
    ['When is the deadline?\n\n________________________________\nFrom: Innovation Hub\nSent: Monday\nSubject: Re: menu', 'When is the deadline?'],
    ['2\n\nOn Mon, 7 Dec 2026 at 10:00, Innovation Hub <ikm@iom.int> wrote:\n> 1. Check eligibility\n> 2. Start my idea', '2'],
    ['oui\n\nLe lun. 7 déc. 2026 à 10:00, Innovation Hub a écrit :\n> Voulez-vous continuer ?', 'oui'],
    // A sign-off alone on its line with a short signature under it (a user trial: "1" was lost).
    ['1\n\nThanks,\nAna', '1'],
    ['stop reminders\n\nBest regards,\nAna Lopez\nIOM Madrid', 'stop reminders'],
    ['3\n\nSaludos,\nJuan', '3'],
    // Gmail's announcement wrapped over two lines; Outlook's; a French one with a no-break space.
    ['1\n\nOn Mon, 7 Dec 2026 at 10:00, Innovation Hub <\nikm@iom.int> wrote:\n> hi', '1'],
    ['1\n\n-----Original Message-----\nFrom: Innovation Hub', '1'],
    ['oui\n\nLe lun. 7 déc. 2026, Hub a\u00a0écrit :\n> x', 'oui'],
    // A forwarded message: its header goes, its question stays (it was cut with the thread).
    [
      'please see below\n\n---------- Forwarded message ---------\nFrom: Ana <ana@iom.int>\nDate: Mon, 7 Dec 2026\nSubject: Hub\nTo: Ben\n\nWhen is the idea deadline?\n\nThanks,\nAna',
      'please see below\n\nWhen is the idea deadline?',
    ],
  ])('keeps the reply of %j', (email, reply) => {
    expect(emailReply(email)).toBe(reply);
    expect(cleanActivityInput({ channelId: 'email', text: email }).text).toBe(reply);
  });

  it.each([
    ['a sentence that starts with "From:"', 'Hello,\nFrom: 1 November, can we still change the budget?\nAna'],
    ['a rule inside the message', 'Our plan:\n-----\nstep 1\n\nIs this eligible?'],
    ['an answer typed between quoted lines', '> Which office submits?\nThe country office.\n> And the budget?\n60,000 USD'],
    ['thanks before a question', 'Thanks,\nwhen is the deadline?'],
  ])('keeps %s', (_, email) => {
    expect(emailReply(email)).toBe(email);
  });

  it('keeps a whole message that has nothing above its quote, and leaves Teams messages as they are', () => {
    expect(emailReply('> only a quote')).toBe('> only a quote');
    expect(cleanActivityInput({ channelId: 'msteams', text: 'menu\n\n-- \nMaria' }).text).toBe('menu\n\n-- \nMaria');
  });
});
