import { z } from 'zod';
import { parseRecord } from '../storage/parse-record';
import { type Store, updateRecord } from '../storage/store';

/**
 * What each person wants from reminders: which kinds, at which local hour. One record per user under
 * `reminders/preferences/<userId>` (URI-encoded), changed by compare-and-set. A user without a record
 * gets the defaults: every kind on, the configured hour. The person's time zone is not kept here: it
 * is the one of their person record (src/people), so a zone chosen anywhere reaches their reminders.
 */

/** The kinds of reminder a person can switch on or off. */
export const REMINDER_KINDS = ['idea-deadline', 'proposal-deadline', 'announcements', 'sessions'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * Local hours a reminder may be sent at: never at night. 07:00 is the earliest start, 20:00 the
 * latest, whatever a record or the configuration says.
 */
export const EARLIEST_SEND_HOUR = 7;
export const LATEST_SEND_HOUR = 20;

export const sendHourSchema = z
  .number()
  .int()
  .min(EARLIEST_SEND_HOUR, `must be ${EARLIEST_SEND_HOUR} or later (no reminders at night)`)
  .max(LATEST_SEND_HOUR, `must be ${LATEST_SEND_HOUR} or earlier (no reminders at night)`);

/** The stored record; absent fields mean "the default". */
export const reminderPreferencesRecordSchema = z.object({
  userId: z.string().min(1),
  /** Kinds switched off or on explicitly; a kind not listed is on. */
  kinds: z.record(z.enum(REMINDER_KINDS), z.boolean()).default({}),
  sendHour: sendHourSchema.optional(),
  /** When the "how reminders work" introduction was sent (ISO instant). */
  introSentAt: z.string().datetime().optional(),
  updatedAt: z.string().datetime(),
});
export type ReminderPreferencesRecord = z.output<typeof reminderPreferencesRecordSchema>;

/** Preferences with defaults filled in: what the schedule reads. */
export interface ResolvedPreferences {
  userId: string;
  kinds: Record<ReminderKind, boolean>;
  timeZone: string;
  sendHour: number;
  introSent: boolean;
}

/** Defaults for people who never changed anything; from configuration. */
export interface PreferenceDefaults {
  /** Local hour of day (7-20). Default 9. */
  sendHour?: number;
}

/** Where each person's time zone comes from (their person record: `People`). */
export interface PersonZones {
  settings(userId: string): Promise<{ timeZone: string }>;
  allSettings(): Promise<Map<string, { timeZone: string }>>;
  defaultSettings(): { timeZone: string };
}

/** What `update` may change. */
export interface PreferencesChange {
  kinds?: Partial<Record<ReminderKind, boolean>>;
  sendHour?: number;
}

export const DEFAULT_SEND_HOUR = 9;
export const PREFERENCES_PREFIX = 'reminders/preferences/';

export function preferencesKey(userId: string): string {
  return `${PREFERENCES_PREFIX}${encodeURIComponent(userId)}`;
}

/** Fills in the defaults; the zone is the person's. Pure. */
export function resolvePreferences(
  userId: string,
  record: ReminderPreferencesRecord | undefined,
  defaults: PreferenceDefaults,
  timeZone: string,
): ResolvedPreferences {
  const kinds = Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, record?.kinds[kind] ?? true])) as Record<
    ReminderKind,
    boolean
  >;
  return {
    userId,
    kinds,
    timeZone,
    sendHour: record?.sendHour ?? defaults.sendHour ?? DEFAULT_SEND_HOUR,
    introSent: record?.introSentAt !== undefined,
  };
}

export class ReminderPreferences {
  private readonly defaults: Required<PreferenceDefaults>;

  constructor(
    private readonly store: Store,
    defaults: PreferenceDefaults,
    private readonly zones: PersonZones,
  ) {
    this.defaults = { sendHour: sendHourSchema.parse(defaults.sendHour ?? DEFAULT_SEND_HOUR) };
  }

  /** The person's preferences with defaults filled in. */
  async get(userId: string): Promise<ResolvedPreferences> {
    const [record, settings] = await Promise.all([this.record(userId), this.zones.settings(userId)]);
    return resolvePreferences(userId, record, this.defaults, settings.timeZone);
  }

  /** The stored record, or undefined when the person never changed anything. */
  async record(userId: string): Promise<ReminderPreferencesRecord | undefined> {
    const key = preferencesKey(userId);
    const stored = await this.store.get<unknown>(key);
    return stored ? parseRecord(reminderPreferencesRecordSchema, key, stored.value) : undefined;
  }

  /**
   * Applies a change (validated: night hours throw a ZodError) and returns the preferences as
   * stored now.
   */
  async update(userId: string, change: PreferencesChange, now: Date): Promise<ResolvedPreferences> {
    const checked = z
      .object({ kinds: z.record(z.enum(REMINDER_KINDS), z.boolean()).optional(), sendHour: sendHourSchema.optional() })
      .strict()
      .parse(change);
    const written = await this.write(userId, (current) => ({
      ...current,
      kinds: { ...current.kinds, ...checked.kinds },
      ...(checked.sendHour !== undefined ? { sendHour: checked.sendHour } : {}),
      updatedAt: now.toISOString(),
    }));
    return resolvePreferences(userId, written, this.defaults, (await this.zones.settings(userId)).timeZone);
  }

  /** Switches one kind on or off. */
  setKind(userId: string, kind: ReminderKind, on: boolean, now: Date): Promise<ResolvedPreferences> {
    return this.update(userId, { kinds: { [kind]: on } }, now);
  }

  /**
   * Records that the introduction was sent. Returns true for the caller that recorded it first, so
   * that two processes never both send it.
   */
  async markIntroSent(userId: string, now: Date): Promise<boolean> {
    let first = false;
    await this.write(userId, (current) => {
      first = current.introSentAt === undefined;
      return first ? { ...current, introSentAt: now.toISOString(), updatedAt: now.toISOString() } : undefined;
    }, now);
    return first;
  }

  /** Every stored record (people who changed nothing have none), by key order. */
  async all(): Promise<Map<string, ReminderPreferencesRecord>> {
    const records = await this.store.list<unknown>(PREFERENCES_PREFIX);
    const result = new Map<string, ReminderPreferencesRecord>();
    for (const record of records) {
      const parsed = parseRecord(reminderPreferencesRecordSchema, record.key, record.value);
      result.set(parsed.userId, parsed);
    }
    return result;
  }

  /**
   * Everyone's preferences from two listings (preference records and person records), for a
   * reminder pass over thousands of people: a function from user id to resolved preferences.
   */
  async resolver(): Promise<(userId: string) => ResolvedPreferences> {
    const [records, settings] = await Promise.all([this.all(), this.zones.allSettings()]);
    const defaultZone = this.zones.defaultSettings().timeZone;
    return (userId) => resolvePreferences(userId, records.get(userId), this.defaults, settings.get(userId)?.timeZone ?? defaultZone);
  }

  /** Deletes the person's record (their choices go back to the defaults). */
  async delete(userId: string): Promise<boolean> {
    return this.store.delete(preferencesKey(userId));
  }

  private async write(
    userId: string,
    fn: (current: ReminderPreferencesRecord) => ReminderPreferencesRecord | undefined,
    now?: Date,
  ): Promise<ReminderPreferencesRecord | undefined> {
    const key = preferencesKey(userId);
    const record = await updateRecord<unknown>(this.store, key, (stored) => {
      const current: ReminderPreferencesRecord =
        stored === undefined
          ? { userId, kinds: {}, updatedAt: (now ?? new Date(0)).toISOString() }
          : parseRecord(reminderPreferencesRecordSchema, key, stored);
      const next = fn(current);
      return next === undefined ? undefined : reminderPreferencesRecordSchema.parse(next);
    });
    return record ? parseRecord(reminderPreferencesRecordSchema, key, record.value) : undefined;
  }
}
