import { TZDate } from '@date-fns/tz';

/**
 * Local wall-clock times in a named time zone, as the call file writes them.
 *
 * The call file gives every milestone as a local date (`2024-10-25`) or a local date-time to the
 * minute (`2024-10-25T23:59`), in the zone named by `timeline.timeZone`. What the written value
 * means depends on the kind of milestone:
 *
 * - a `start` (launch, announcements, a window opening) happens AT the first millisecond of the
 *   written minute; a plain date means 00:00 local on that day;
 * - a `deadline` (idea and proposal deadlines, a window closing) is inclusive: the whole written
 *   minute still counts, so the instant stored is the LAST millisecond of that minute
 *   (`23:59` -> 23:59:59.999 local); a plain date means the end of that day, which is the same
 *   instant as writing `T23:59`.
 *
 * So "is it too late?" is always `now > deadline`, and "has it started?" is `now >= start`.
 */
export type MilestoneKind = 'start' | 'deadline';

/** The two spellings the call file accepts. */
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** The parts of a local date or date-time, as written. */
export interface LocalParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** Absent for a plain date. */
  hour?: number;
  minute?: number;
}

/** A parse that either gives a value or says what is wrong, in words for the person editing the file. */
export type LocalParse<T> = { ok: true; value: T } | { ok: false; problem: string };

const FORMAT_HINT = 'must be a date like 2024-10-25 or a local date-time like 2024-10-25T23:59';

/**
 * Reads the written form without a zone: checks the spelling and that the date exists in the
 * calendar (no 31 April). Does not know about daylight-saving gaps; `toInstant` does.
 */
export function readLocalParts(text: unknown): LocalParse<LocalParts> {
  if (text === undefined) {
    return { ok: false, problem: `is missing; ${FORMAT_HINT.replace('must be', 'write')}` };
  }
  if (typeof text !== 'string') {
    return { ok: false, problem: `${FORMAT_HINT} (found ${describe(text)})` };
  }
  const trimmed = text.trim();
  if (/[zZ]$|[+-]\d{2}:?\d{2}$/.test(trimmed) && trimmed.includes('T')) {
    return {
      ok: false,
      problem: `must be a local time without an offset or "Z" (the zone is timeline.timeZone); found "${text}"`,
    };
  }
  const match = LOCAL_DATE_TIME.exec(trimmed);
  if (!match) {
    return { ok: false, problem: `${FORMAT_HINT}; found "${text}"` };
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const hasTime = match[4] !== undefined;
  const hour = hasTime ? Number(match[4]) : undefined;
  const minute = hasTime ? Number(match[5]) : undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, problem: `"${text}" is not a calendar date` };
  }
  if (hour !== undefined && (hour > 23 || (minute ?? 0) > 59)) {
    return { ok: false, problem: `"${text}" is not a time of day (use 00:00 to 23:59)` };
  }
  return { ok: true, value: { year, month, day, hour, minute } };
}

/**
 * Turns written local parts into the UTC instant they stand for in `timeZone`, following the
 * start/deadline rule above. A local time that the zone skips (clocks jumping forward) is refused;
 * a local time that happens twice (clocks going back) takes the later, standard-time occurrence.
 */
export function toInstant(parts: LocalParts, timeZone: string, kind: MilestoneKind): LocalParse<Date> {
  const { year, month, day } = parts;
  const hasTime = parts.hour !== undefined;
  const hour = hasTime ? parts.hour! : kind === 'start' ? 0 : 23;
  const minute = hasTime ? (parts.minute ?? 0) : kind === 'start' ? 0 : 59;
  const second = kind === 'start' ? 0 : 59;
  const millisecond = kind === 'start' ? 0 : 999;
  const local = new TZDate(year, month - 1, day, hour, minute, second, millisecond, timeZone);
  if (
    local.getFullYear() !== year ||
    local.getMonth() !== month - 1 ||
    local.getDate() !== day ||
    local.getHours() !== hour ||
    local.getMinutes() !== minute
  ) {
    const written = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
    return {
      ok: false,
      problem: `${written} does not exist in ${timeZone} (the clocks jump forward then); pick another time`,
    };
  }
  return { ok: true, value: new Date(local.getTime()) };
}

/** `readLocalParts` then `toInstant`. */
export function parseLocalDateTime(text: unknown, timeZone: string, kind: MilestoneKind): LocalParse<Date> {
  const parts = readLocalParts(text);
  return parts.ok ? toInstant(parts.value, timeZone, kind) : parts;
}

/** The local calendar date and wall-clock time of an instant in a zone. */
export function localPartsOf(at: Date, timeZone: string): Required<LocalParts> & { second: number; millisecond: number } {
  const local = new TZDate(at.getTime(), timeZone);
  return {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
    hour: local.getHours(),
    minute: local.getMinutes(),
    second: local.getSeconds(),
    millisecond: local.getMilliseconds(),
  };
}

/**
 * The inverse of `parseLocalDateTime` for instants it produced (starts on a minute, deadlines on
 * the last millisecond of a minute). A start at 00:00 is written as a plain date; a deadline always
 * gets its time (`2024-10-25T23:59`), so a reader never wonders which end of the day is meant.
 */
export function formatLocalDateTime(at: Date, timeZone: string, kind: MilestoneKind): string {
  const p = localPartsOf(at, timeZone);
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  const startOfDay = kind === 'start' && p.hour === 0 && p.minute === 0 && p.second === 0 && p.millisecond === 0;
  return startOfDay ? date : `${date}T${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * The same local wall-clock time `days` calendar days later (or earlier) in `timeZone`. Across a
 * daylight-saving change the distance in hours differs from 24 x days; the time of day does not.
 */
export function addLocalDays(at: Date, days: number, timeZone: string): Date {
  const p = localPartsOf(at, timeZone);
  const moved = new TZDate(p.year, p.month - 1, p.day + days, p.hour, p.minute, p.second, p.millisecond, timeZone);
  return new Date(moved.getTime());
}

/** The one zone validator lives in `src/time-zone.ts`; re-exported for the call's modules. */
export { isKnownTimeZone } from '../time-zone';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function describe(value: unknown): string {
  if (value === null) return 'nothing';
  if (value instanceof Date) return 'a YAML timestamp; write the date as plain text';
  return `a ${typeof value}`;
}
