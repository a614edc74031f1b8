import { z } from 'zod';

/**
 * Time zones: the one validator. A zone is an IANA name the runtime knows ("Europe/Zurich", "UTC");
 * people type them in any case ("europe/paris"), Teams reports them, files and settings name them.
 */

const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;
const canonical = new Map<string, string | undefined>();

/** The runtime's own spelling of a zone ("europe/paris" -> "Europe/Paris"), or undefined when unknown. */
export function canonicalTimeZone(zone: unknown): string | undefined {
  if (typeof zone !== 'string') return undefined;
  const trimmed = zone.trim();
  if (trimmed.length > 64 || !ZONE_SHAPE.test(trimmed)) return undefined;
  if (canonical.has(trimmed)) return canonical.get(trimmed);
  let found: string | undefined;
  try {
    found = new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    found = undefined;
  }
  // Bounded: the zones a runtime knows are a few hundred names, each in a few spellings.
  if (canonical.size < 5000) canonical.set(trimmed, found);
  return found;
}

/** True when `zone` is an IANA zone name this runtime knows. */
export function isKnownTimeZone(zone: unknown): zone is string {
  return canonicalTimeZone(zone) !== undefined;
}

/** The zod form of the same rule, for configuration, files and stored records; yields the canonical spelling. */
export const timeZoneSchema = z
  .string()
  .trim()
  .refine(isKnownTimeZone, 'must be an IANA time zone such as Europe/Zurich')
  .transform((zone) => canonicalTimeZone(zone) as string);
