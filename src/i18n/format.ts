import type { Language } from './index';
import { calendarDaysUntil, zoneName } from '../time-zone';
import { numbersKeptWithTheirWords } from './typography';

export const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

/**
 * Intl formatters are costly to build and cheap to use, and the bot formats dates and amounts on
 * every card: each one is built once per language, zone and style, then reused.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    // Bounded: languages x zones x styles people actually use.
    if (formatters.size > 5000) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

function dateFormat(language: Language, timeZone: string, style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${language}|${timeZone}|${style}`, () => new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone }));
}

/**
 * Formats a date with the language's own conventions where Intl falls short: French writes the
 * first day of a month as an ordinal ("1er janvier 2027", "ven. 1er janv."), every other day as a
 * cardinal ("2 janvier"). Every date the bot prints goes through here, so all French dates agree.
 */
function formatWith(formatter: Intl.DateTimeFormat, date: Date, language: Language): string {
  if (language !== 'fr') return formatter.format(date);
  const written = formatter
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
  // The day, its month and year on one line, as the French texts keep a number with its word:
  // "25 octobre 2024", never "25 / octobre".
  return numbersKeptWithTheirWords(written);
}

/** "25 October 2024" in the language and time zone given ("1er janvier 2027" in French). */
export function formatDate(date: Date, language: Language, timeZone: string): string {
  return formatWith(dateFormat(language, timeZone, 'date', { dateStyle: 'long' }), date, language);
}

/** "25 October 2024 at 23:59 (Europe/Zurich)": a deadline with its hour and zone named. */
export function formatDateTime(date: Date, language: Language, timeZone: string): string {
  const text = formatWith(dateFormat(language, timeZone, 'datetime', { dateStyle: 'long', timeStyle: 'short' }), date, language);
  return `${text} (${zoneName(timeZone)})`;
}

/** "USD 50,000" with the language's digit grouping. */
export function formatAmount(amount: number, currency: string, language: Language): string {
  return cached(`n|${language}|${currency}`, () =>
    new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency, maximumFractionDigits: 0 }),
  ).format(amount);
}

/**
 * "20 MB", "1.5 MB", "300 kB" (en), "1,5 Mo" (fr): a file size as people read it, with one decimal
 * only where it says something (never "20.0 MB"), in the language's units and decimal mark.
 * Megabytes are binary (1024 x 1024 bytes), as the configured limit is counted.
 */
export function formatFileSize(bytes: number, language: Language): string {
  const kilobytes = Math.max(1, Math.round(bytes / 1024));
  if (kilobytes >= 1024) {
    const megabytes = bytes / (1024 * 1024);
    return cached(`mb|${language}`, () => new Intl.NumberFormat(LOCALES[language], { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })).format(megabytes);
  }
  return cached(`kb|${language}`, () => new Intl.NumberFormat(LOCALES[language], { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 })).format(kilobytes);
}

/** "2,000" (en), "2 000" (fr), "2000" (es): a count with the language's digit grouping. */
export function formatNumber(value: number, language: Language): string {
  return cached(`i|${language}`, () => new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 })).format(value);
}

/**
 * "Tue 26 Nov" (en), "mar. 26 nov." (fr), "mar, 26 nov" (es): a session's day in the given zone,
 * with the year ("Tue 5 Jan 2027") when it is not the year of `now` there: "Sun 6 Dec" in a list
 * read in late December could be either year.
 */
export function formatSessionDay(date: Date, language: Language, timeZone: string, now: Date): string {
  const year = dateFormat(language, timeZone, 'year', { year: 'numeric' });
  const withYear = year.format(date) !== year.format(now);
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) };
  return formatWith(dateFormat(language, timeZone, withYear ? 'session-day-year' : 'session-day', options), date, language)
    .replace(/,(?= \d)/, '');
}


/** "in 12 days", "tomorrow", "today": a number of calendar days from today (see `calendarDaysUntil`). */
export function relativeDays(days: number, language: Language): string {
  return cached(`r|${language}`, () => new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' })).format(days, 'day');
}

/** "in 12 days", "tomorrow": how many calendar days away `at` is, in the zone the date is shown in. */
export function relativeDate(at: Date, now: Date, language: Language, timeZone: string): string {
  return relativeDays(calendarDaysUntil(at, now, timeZone), language);
}

/**
 * "in 5 hours" when `at` is less than 36 hours away (a session starting soon), otherwise calendar
 * days as `relativeDate` counts them: never 24-hour periods rounded, which can say one day more
 * than the date beside them.
 */
export function relativeTime(at: Date, now: Date, language: Language, timeZone: string): string {
  const hours = (at.getTime() - now.getTime()) / 3_600_000;
  if (Math.abs(hours) >= 36) return relativeDate(at, now, language, timeZone);
  return cached(`r|${language}`, () => new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' })).format(Math.round(hours), 'hour');
}

/** "09:00": a whole hour of the day, as the bot writes times everywhere (24-hour clock). */
export function hourOfDay(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** "a; b; c", as each language writes a list: French puts a (non-breaking) space before the semicolon. */
export function listOf(items: readonly string[], language: Language): string {
  return items.join(language === 'fr' ? '\u00a0; ' : '; ');
}

/** "Title: Solar kiosks", as each language writes it: French puts a (non-breaking) space before the colon. */
export function labelled(label: string, value: string, language: Language): string {
  return language === 'fr' ? `${label}\u00a0: ${value}` : `${label}: ${value}`;
}

/** Splits text into what a reader sees as one character: an emoji with its skin tone, a family, a flag. */
export const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Characters as a reader counts them (`GRAPHEMES`): an emoji is one, and so is a family or a flag
 * joined from several code points, or a letter with its accent typed apart; not UTF-16 units (an
 * emoji is two) nor code points (a family is five). Every limit people are told in characters is
 * counted so.
 */
export function readerLength(text: string): number {
  // Text of one unit per character, the usual case, is counted without segmenting.
  if (!MAY_JOIN.test(text)) return text.length;
  // Past any limit people are told, code points are counted instead: segmenting costs time that
  // grows with the square of the text's length here (Node 20), and a letter under thousands of
  // combining marks would otherwise count as one.
  if (text.length > SEGMENTED_AT_MOST) return Array.from(text).length;
  let count = 0;
  for (const _character of GRAPHEMES.segment(text)) count += 1;
  return count;
}

/** Whether `text` holds at most `max` characters as a reader counts them (`readerLength`). */
export function withinReaderLength(text: string, max: number): boolean {
  return text.length <= max || readerLength(text) <= max;
}

/**
 * `text` cut to its first `max` characters as a reader counts them (`readerLength`), never splitting
 * one (past `SEGMENTED_AT_MOST` units, by code point, as `readerLength` counts there): what a stored
 * record keeps of a text its form already held to `max`.
 */
export function firstReaderCharacters(text: string, max: number): string {
  if (withinReaderLength(text, max)) return text;
  if (text.length > SEGMENTED_AT_MOST) return Array.from(text).slice(0, max).join('');
  return Array.from(GRAPHEMES.segment(text), (part) => part.segment).slice(0, max).join('');
}

/** Longest text counted by grapheme (above every limit the assistant tells, 3,000 characters at most). */
const SEGMENTED_AT_MOST = 8000;

/** Where one character may be several units: characters past the first plane, lone surrogates, joiners, variation selectors, combining marks, CR LF. */
const MAY_JOIN = /[\u{10000}-\u{10FFFF}\uD800-\uDFFF\u200D\uFE00-\uFE0F\r\p{M}]/u;

/**
 * The start of `text`, whole characters only, within `max` UTF-16 units, with no mark of the cut: a
 * kept copy that no limit of the store refuses (they count units or code points, never more), and
 * never half an emoji (a plain slice can keep a lone surrogate, which the store refuses).
 */
export function firstCharacters(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const { segment } of GRAPHEMES.segment(text)) {
    if (kept.length + segment.length > max) break;
    kept += segment;
  }
  return kept;
}

/**
 * `text` cut to at most `max` characters as a reader counts them (an emoji, a flag or a family is
 * one, and is never split), with "…", which counts as one, in place of what was cut.
 */
export function clipped(text: string, max: number): string {
  if (text.length <= max) return text;
  const characters = Array.from(GRAPHEMES.segment(text), (part) => part.segment);
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('').trimEnd()}…`;
}
