import { z } from 'zod/v4';
import { LANGUAGES, Language, resolveLanguage } from '../i18n';
import { canonicalTimeZone, timeZoneSchemaV4 as timeZoneSchema } from '../time-zone';

/**
 * One record per person with their language and time zone: what they chose, and what their Teams
 * client last reported. Every feature reads a person's language and zone from here, in one order:
 * the person's choice, then what Teams reports, then the configured default.
 */

export const PEOPLE_PREFIX = 'people/';

/** The store key of a person's record (ids are encoded so no "/" can shift the key). */
export function personKey(personId: string): string {
  return PEOPLE_PREFIX + encodeURIComponent(personId);
}

/** The longest locale tag kept ("fr-FR", "es-419", "zh-Hant-TW"...). */
const MAX_LOCALE = 35;
/** The longest display name kept. */
export const MAX_NAME = 200;

// zod 4: the record is checked at the start of every turn, where zod 3 took about 8 µs and zod 4 takes 1.
export const personRecordSchema = z.object({
  /** The language the person chose ("language"); without one, the Teams locale decides. */
  language: z.enum(LANGUAGES).optional(),
  /** The zone the person chose ("Change my time zone"); without one, the Teams zone decides. */
  timeZone: timeZoneSchema.optional(),
  /** What the person's Teams client last said, for messages sent when they are not talking. */
  reported: z
    .object({
      locale: z.string().max(MAX_LOCALE).optional(),
      timeZone: timeZoneSchema.optional(),
      /** Their display name in Teams: how IKM's lists (attendees, who decided) name them. */
      name: z.string().max(MAX_NAME).optional(),
    })
    .optional(),
  /**
   * The language the person writes in when it is not their Teams client's and they chose none, and
   * in how many messages running (up to `WRITTEN_TO_ADOPT`): from that many on it is theirs, for the
   * menu and for what the assistant sends them later (a Spanish speaker with an English Teams).
   */
  written: z.object({ language: z.enum(LANGUAGES), count: z.number().int().min(1).max(10) }).optional(),
  /** One-off hints already given (e.g. that the assistant can switch language for good). */
  hintsGiven: z.array(z.string().max(40)).max(20).optional(),
});
export type PersonRecord = z.infer<typeof personRecordSchema>;

/** A person's language and zone, resolved. */
export interface PersonSettings {
  language: Language;
  timeZone: string;
}

/** What is used when neither the person nor Teams said anything. */
export interface PersonDefaults {
  timeZone: string;
}

/** The default order, in one place: the person's choice, then what Teams reports, then the default. */
export function resolvePersonSettings(
  record: PersonRecord | undefined,
  defaults: PersonDefaults,
  current?: { locale?: unknown; timeZone?: unknown },
): PersonSettings {
  return {
    language: resolveLanguage(record?.language ?? adoptedWrittenLanguage(record), current?.locale ?? record?.reported?.locale),
    timeZone: record?.timeZone ?? canonicalTimeZone(current?.timeZone) ?? record?.reported?.timeZone ?? defaults.timeZone,
  };
}

/** Messages written running in one language other than the client's, and it becomes the person's. */
export const WRITTEN_TO_ADOPT = 2;

/** The language the person has written in long enough to be answered in it (see `written`). */
export function adoptedWrittenLanguage(record: PersonRecord | undefined): Language | undefined {
  return record?.written && record.written.count >= WRITTEN_TO_ADOPT ? record.written.language : undefined;
}

/**
 * `record` once the person wrote a message in `language`: a run of messages in a language other than
 * the client's is counted (up to `WRITTEN_TO_ADOPT`, after which nothing changes and nothing is
 * written again); one in the client's own ends it. A person who chose a language keeps it.
 */
export function withWrittenLanguage(record: PersonRecord, language: Language, clientLanguage: Language): PersonRecord {
  if (record.language) return record;
  const { written, ...rest } = record;
  if (language === clientLanguage) return rest;
  const count = written?.language === language ? Math.min(written.count + 1, WRITTEN_TO_ADOPT) : 1;
  return { ...rest, written: { language, count } };
}

/** The record read back from anywhere (a store, turn state): a damaged one counts as empty. */
export function parsePersonRecord(value: unknown): PersonRecord {
  const parsed = personRecordSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}
