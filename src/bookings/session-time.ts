import { isKnownTimeZone } from '../time-zone';

/**
 * Times of a session as a user sees them in their own zone (from their Teams client or profile).
 * Parts and labels only; the bot words and orders them per language.
 *
 * Everything goes through `Intl`, which knows each zone's daylight-saving rules, so a session in
 * the week US clocks change shows the right local hour on both sides of the change.
 */

/** A local date and time, in numbers and in fixed-width text. */
export interface LocalDateTimeParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** ISO weekday: 1 Monday ... 7 Sunday. */
  weekday: number;
  /** `2024-11-04` */
  date: string;
  /** `09:30` (24-hour) */
  time: string;
  /** Minutes ahead of UTC at that instant (-300 for New York in winter, 180 for Nairobi). */
  utcOffsetMinutes: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

function toDate(at: Date | string): Date {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) throw new RangeError(`session-time: not an instant: ${String(at)}`);
  return date;
}

function assertZone(zone: string): void {
  if (!isKnownTimeZone(zone)) throw new RangeError(`session-time: unknown time zone "${zone}"`);
}

/** The local date and time of an instant (a session's `start`) in `zone`. */
export function localParts(at: Date | string, zone: string): LocalDateTimeParts {
  assertZone(zone);
  const instant = toDate(at);
  const parts: Record<string, string> = {};
  for (const part of partsFormatter(zone).formatToParts(instant)) parts[part.type] = part.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const utcOffsetMinutes = Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return {
    year,
    month,
    day,
    hour,
    minute,
    weekday: WEEKDAYS[parts.weekday] ?? 0,
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    time: `${pad(hour)}:${pad(minute)}`,
    utcOffsetMinutes,
  };
}

/** Minutes ahead of UTC in `zone` at `at`. */
export function utcOffsetMinutes(zone: string, at: Date | string): number {
  return localParts(at, zone).utcOffsetMinutes;
}

/** `UTC−05:00`, `UTC+03:00`, `UTC+05:30`, `UTC+00:00` (with the true minus sign U+2212). */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '\u2212' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A short name of the zone at an instant. `offset` (default): `UTC−05:00`. `abbreviation`: the
 * common letters where there are some (`EST`, `EDT`, `UTC`), else the offset label, since many
 * zones only have "GMT+3"-style names.
 */
export function zoneLabel(zone: string, at: Date | string, style: 'offset' | 'abbreviation' = 'offset'): string {
  const instant = toDate(at);
  const offset = formatUtcOffset(utcOffsetMinutes(zone, instant));
  if (style === 'offset') return offset;
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name && /^[A-Z]{2,5}$/.test(name) ? name : offset;
}
