/**
 * French punctuation as French readers expect it: a no-break space before ":" and inside « »,
 * a narrow no-break space before ";", "!" and "?" and between thousands ("4 000"), a no-break space after a number ("25 jours"), so that a line never breaks between a word and
 * its punctuation (a lone "?" or "»" at the start of a line), and a typographic apostrophe
 * ("l’appel"). Applied to the French texts of the content files as they are read (the call, the
 * sessions, the FAQ); the French catalogue in `src/i18n/fr` is written so already, which
 * `test/unit/french-typography.test.ts` holds it to. Never applied to what people type.
 */
export function frenchTypography(text: string): string {
  const set = text
    .replace(/(\S)[ \u00a0\u202f]*:(?=[\s*_]|$)/g, '$1\u00a0:')
    .replace(/(\S)[ \u00a0\u202f]*([;!?])(?=[\s»)"*_!?]|$)/g, (whole, before: string, mark: string) =>
      /[!?;(\u00a0\u202f]/.test(before) ? whole : `${before}\u202f${mark}`,
    )
    .replace(/«[ \u00a0\u202f]*/g, '«\u00a0')
    .replace(/[ \u00a0\u202f]*»/g, '\u00a0»')
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    // Thousands set apart by a narrow no-break space, as French number formatting does ("4 000").
    .replace(/(?<![\d.,])(\d{1,3}) (?=\d{3}(?!\d))/gu, '$1\u202f');
  return numbersKeptWithTheirWords(set);
}

/**
 * A number and the word it counts on one line ("dans 25 jours", "2 points"), and a date's day,
 * month and year ("25 octobre 2024", "1er janv."): for the French texts, and the French dates
 * `formatDate` writes.
 */
export function numbersKeptWithTheirWords(text: string): string {
  return text.replace(/(\d(?:er)?) (?=\p{L})/gu, '$1\u00a0').replace(/(\p{L}\.?) (?=\d{4}\b)/gu, '$1\u00a0');
}
