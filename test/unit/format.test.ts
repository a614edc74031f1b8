import { clipped, firstCharacters, firstReaderCharacters, formatDate, formatDateTime, formatFileSize, formatSessionDay, labelled, listOf, readerLength } from '../../src/i18n/format';
import { typeset } from '../support/french';

describe('the shared formatters (src/i18n/format.ts)', () => {
  const firstOfJanuary = new Date('2027-01-01T10:00:00Z');

  it('writes the first of a month as "1er" in every French date, and only there', () => {
    expect(formatDate(firstOfJanuary, 'fr', 'Europe/Zurich')).toBe(typeset('1er janvier 2027'));
    expect(formatDateTime(firstOfJanuary, 'fr', 'Europe/Zurich')).toBe(typeset('1er janvier 2027 à 11:00 (Europe/Zurich)'));
    expect(formatSessionDay(firstOfJanuary, 'fr', 'Europe/Zurich', new Date('2027-01-01T00:00:00Z'))).toBe(typeset('ven. 1er janv.'));
    expect(formatDate(new Date('2027-01-11T10:00:00Z'), 'fr', 'Europe/Zurich')).toBe(typeset('11 janvier 2027'));
    expect(formatDate(new Date('2027-01-21T10:00:00Z'), 'fr', 'Europe/Zurich')).toBe(typeset('21 janvier 2027'));
    expect(formatDate(firstOfJanuary, 'en', 'Europe/Zurich')).toBe('1 January 2027');
    expect(formatDate(firstOfJanuary, 'es', 'Europe/Zurich')).toBe('1 de enero de 2027');
  });

  it('writes a file size with a decimal only where it says something, in the language', () => {
    const MB = 1024 * 1024;
    expect(formatFileSize(20 * MB, 'en')).toBe('20 MB');
    expect(formatFileSize(1.5 * MB, 'en')).toBe('1.5 MB');
    // French sets a unit after a narrow no-break space.
    expect(formatFileSize(1.5 * MB, 'fr')).toBe('1,5\u202fMo');
    expect(formatFileSize(1.5 * MB, 'es')).toBe('1,5 MB');
    expect(formatFileSize(300 * 1024, 'en')).toBe('300 kB');
    expect(formatFileSize(10, 'en')).toBe('1 kB');
    expect(formatFileSize(MB - 1, 'en')).toBe('1 MB');
  });
});

describe('a label and its value', () => {
  it('is written as each language writes it: French puts a non-breaking space before the colon', () => {
    expect(labelled('Title', 'Solar kiosks', 'en')).toBe('Title: Solar kiosks');
    expect(labelled('Titre', 'Kiosques', 'fr')).toBe('Titre\u00a0: Kiosques');
    expect(labelled('Título', 'Quioscos', 'es')).toBe('Título: Quioscos');
  });

  it('a list likewise: French puts a non-breaking space before the semicolon', () => {
    expect(listOf(['Clinic A (seat)', 'Webinar B (seat)'], 'en')).toBe('Clinic A (seat); Webinar B (seat)');
    expect(listOf(['Clinique A (place)', 'Webinaire B (place)'], 'fr')).toBe('Clinique A (place)\u00a0; Webinaire B (place)');
    expect(listOf([], 'fr')).toBe('');
  });
});

describe('clipped', () => {
  it('cuts long text to its limit with an ellipsis, counting an emoji as one character and never splitting it', () => {
    expect(clipped('short', 10)).toBe('short');
    expect(clipped('a'.repeat(12), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(clipped('🌍'.repeat(12), 10)).toBe(`${'🌍'.repeat(9)}…`);
    expect(clipped('words and spaces here', 11)).toBe('words and…');
    // A family, a flag and a skin tone are one character each, kept whole.
    expect(clipped('👨‍👩‍👧🇫🇷👍🏽 family', 3)).toBe('👨‍👩‍👧🇫🇷…');
  });
});

describe('readerLength', () => {
  it('counts what a reader sees as one character as one: an emoji, a family, a flag, a letter with its accent typed apart', () => {
    expect(readerLength('plain text')).toBe(10);
    expect(readerLength('🎉🎉')).toBe(2);
    expect(readerLength('👨‍👩‍👧')).toBe(1);
    expect(readerLength('🇫🇷👍🏽')).toBe(2);
    expect(readerLength('e\u0301te\u0301')).toBe(3);
    expect(readerLength('')).toBe(0);
  });

  it('counts code points past every limit, so that a long text is counted at once and a letter under thousands of marks is no one character', () => {
    const zalgo = `a${'\u0301'.repeat(50_000)}`;
    expect(readerLength(zalgo)).toBe(50_001);
    const pasted = 'line\r\n'.repeat(20_000);
    // (Segmenting 120,000 units took seconds; past the limit each CR LF counts as two, as typed.)
    expect(readerLength(pasted)).toBe(pasted.length);
  });
});

describe('firstCharacters', () => {
  it('keeps whole characters within the limit, never half an emoji (a UTF-16 slice kept a lone surrogate)', () => {
    expect(firstCharacters('abc', 5)).toBe('abc');
    expect(firstCharacters(`${'a'.repeat(4)}🌍🌍`, 6)).toBe(`${'a'.repeat(4)}🌍`);
    expect(firstCharacters(`${'a'.repeat(4)}🌍🌍`, 5)).toBe('aaaa');
    expect(`${'a'.repeat(4)}🌍`.slice(0, 5)).toBe(`aaaa\ud83c`);
  });
});

describe('firstReaderCharacters', () => {
  it('keeps the first characters as a reader counts them: a text its form held to the limit is kept whole, however many units its flags take', () => {
    const note = `${'🇫🇷'.repeat(3)}ab`;
    expect(firstReaderCharacters(note, 5)).toBe(note);
    expect(firstReaderCharacters(note, 4)).toBe(`${'🇫🇷'.repeat(3)}a`);
    expect(firstReaderCharacters('👨‍👩‍👧x', 1)).toBe('👨‍👩‍👧');
    // Past every limit told, code points, as `readerLength` counts there.
    expect(firstReaderCharacters(`a${'\u0301'.repeat(9000)}`, 3)).toBe('a\u0301\u0301');
  });
});
