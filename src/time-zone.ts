import { tz } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { z } from 'zod';
import { z as z4 } from 'zod/v4';

/**
 * Time zones: the one validator. A zone is an IANA name the runtime knows ("Europe/Zurich", "UTC");
 * people type them in any case ("europe/paris"), Teams reports them, files and settings name them.
 */

const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;
const canonical = new Map<string, string | undefined>();

/**
 * The IANA spelling of a zone ("europe/paris" -> "Europe/Paris"), or undefined when unknown. The
 * runtime (ICU) knows current names under their older aliases and would answer "Asia/Calcutta" for
 * "Asia/Kolkata", or "America/Buenos_Aires" for "America/Argentina/Buenos_Aires": the name the person
 * gave is kept, only its letter case fixed.
 */
export function canonicalTimeZone(zone: unknown): string | undefined {
  if (typeof zone !== 'string') return undefined;
  const trimmed = zone.trim();
  if (trimmed.length > 64 || !ZONE_SHAPE.test(trimmed)) return undefined;
  if (canonical.has(trimmed)) return canonical.get(trimmed);
  let found: string | undefined;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
    found = resolved.toLowerCase() === trimmed.toLowerCase() ? resolved : ianaCase(trimmed);
  } catch {
    found = undefined;
  }
  // Bounded: the zones a runtime knows are a few hundred names, each in a few spellings.
  if (canonical.size < 5000) canonical.set(trimmed, found);
  return found;
}

/** "asia/kolkata" -> "Asia/Kolkata", "america/argentina/buenos_aires" -> "America/Argentina/Buenos_Aires". */
function ianaCase(zone: string): string {
  return zone.replace(/[A-Za-z]+/g, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}

/** True when `zone` is an IANA zone name this runtime knows. */
export function isKnownTimeZone(zone: unknown): zone is string {
  return canonicalTimeZone(zone) !== undefined;
}

const TIME_ZONE_PROBLEM = 'must be an IANA time zone such as Europe/Zurich';

/** The zod form of the same rule, for configuration and files; yields the canonical spelling. */
export const timeZoneSchema = z
  .string()
  .trim()
  .refine(isKnownTimeZone, TIME_ZONE_PROBLEM)
  .transform((zone) => canonicalTimeZone(zone) as string);

/** The same rule in zod 4, for records checked on every turn (zod 4 checks them several times faster). */
export const timeZoneSchemaV4 = z4
  .string()
  .trim()
  .refine(isKnownTimeZone, TIME_ZONE_PROBLEM)
  .transform((zone) => canonicalTimeZone(zone) as string);

/**
 * Calendar days from `now` to `at`, counted in `timeZone`: 0 when both fall on the same local day, 1
 * for tomorrow, negative for an earlier day. Hours do not matter: a deadline at 23:59 tomorrow is 1
 * day away both at 00:01 and at 23:58 today. The one way the bot counts days to a date: count in the
 * zone the date is shown in, so that "(in N days)" agrees with the date printed beside it.
 */
export function calendarDaysUntil(at: Date, now: Date, timeZone: string): number {
  return differenceInCalendarDays(at, now, { in: tz(timeZone) });
}
