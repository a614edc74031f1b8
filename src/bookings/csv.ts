/**
 * CSV for spreadsheets (RFC 4180): fields separated by commas, records by CRLF, a field quoted when
 * it holds a comma, a quote, CR or LF, quotes inside doubled.
 *
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and some also
 * with a tab or CR) as a formula, so a session title or team name such as `=HYPERLINK(...)` could act
 * when IKM opens the export. Such cells get a leading single quote, which spreadsheets show as text.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, guarded against formulas and quoted when needed. `undefined` is an empty field. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text, every record (the last included) ended by CRLF. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | undefined>>): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * A moment in a CSV cell: UTC as "2024-10-01 09:00:00", which spreadsheets read as a date and time
 * (ISO's "2024-10-01T09:00:00.000Z" they keep as text). The column's heading says it is UTC.
 */
export function csvMoment(moment: Date): string {
  return moment.toISOString().slice(0, 19).replace('T', ' ');
}
