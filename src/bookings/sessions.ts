import { z } from 'zod';
import type { CallConfig } from '../call/call-schema';
import { multilingualTextSchema } from '../call/call-schema';

/**
 * A coaching clinic or a capacity-building workshop, as the rest of the program sees it.
 *
 * One schema serves the catalogue file (after its relative dates are resolved, see
 * `catalogue-file.ts`), the sessions an admin creates or edits (stored in the Store) and every read
 * of a stored session. Instants are written in ISO 8601 with an offset or `Z` and kept as UTC text
 * (`2024-11-20T08:00:00.000Z`), so a session is plain JSON wherever it travels.
 *
 * Every refinement names a `code` (and its `params`) in the issue, so an admin card can show a
 * translated message; the file loader shows the English `message` to the person editing the YAML.
 */

export const SESSION_KINDS = ['clinic', 'workshop'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_FORMATS = ['online', 'in-person'] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

export const SESSION_AUDIENCES = ['everyone', 'shortlisted'] as const;
export type SessionAudience = (typeof SESSION_AUDIENCES)[number];

export const SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Limits of a session, by kind. A clinic is one team with one coach. */
export const SESSION_LIMITS = {
  clinic: { minMinutes: 30, maxMinutes: 60, minCapacity: 1, maxCapacity: 1 },
  workshop: { minMinutes: 15, maxMinutes: 240, minCapacity: 1, maxCapacity: 500 },
} as const satisfies Record<SessionKind, { minMinutes: number; maxMinutes: number; minCapacity: number; maxCapacity: number }>;

/** Longest cancellation cut-off: two weeks. */
export const MAX_CANCELLATION_CUTOFF_HOURS = 336;

/** A stable machine name: lower-case letters and digits joined by hyphens (`clinic-bm-1`). */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by hyphens, e.g. clinic-business-model-1')
  .max(80, 'must be at most 80 characters');

/** A theme of coaching, listed once in the catalogue file with its labels. */
export const topicSchema = z
  .object({
    id: slugSchema,
    label: multilingualTextSchema,
  })
  .strict();
export type Topic = z.output<typeof topicSchema>;

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-](\d{2}):(\d{2}))$/;

/**
 * The UTC instant of an ISO 8601 date-time with an offset or `Z` (`2024-11-20T09:00+01:00`,
 * `2024-11-20T08:00:00Z`); undefined for anything else, including dates the calendar does not have
 * (`Date.parse` would roll 30 February over to March).
 */
export function parseInstant(text: unknown): Date | undefined {
  if (typeof text !== 'string') return undefined;
  const match = ISO_INSTANT.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(match[i]));
  const second = Number(match[6] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  if (match[8] !== 'Z' && (Number(match[9]) > 23 || Number(match[10]) > 59)) return undefined;
  const at = Date.parse(text.trim());
  return Number.isNaN(at) ? undefined : new Date(at);
}

/** An instant written with an offset or Z, kept as UTC ISO text. */
export const instantSchema = z.string().transform((text, ctx) => {
  const at = parseInstant(text);
  if (!at) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `must be a date-time with an offset or Z, e.g. 2024-11-20T09:00+01:00; found "${text}"`,
      params: { code: 'invalid-instant' },
    });
    return z.NEVER;
  }
  return at.toISOString();
});

/** Hosts of Teams meeting links: the work/school service and Teams for personal use. */
const TEAMS_HOSTS = /^(?:[a-z0-9-]+\.)*teams\.microsoft\.com$|^teams\.live\.com$/;

/** An https link to a Teams meeting (`https://teams.microsoft.com/l/meetup-join/...`). */
export const teamsJoinUrlSchema = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .superRefine((text, ctx) => {
    let url: URL | undefined;
    try {
      url = new URL(text);
    } catch {
      url = undefined;
    }
    if (!url || url.protocol !== 'https:' || !TEAMS_HOSTS.test(url.hostname) || url.username || url.password) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `must be an https link to a Teams meeting (https://teams.microsoft.com/l/meetup-join/...); found "${text}"`,
        params: { code: 'not-teams-link' },
      });
    }
  });

const hostName = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
/**
 * Who runs a session, in each language ("IKM unit" / "Unité IKM"). A name written once (a person, or
 * an admin's session) is the same in every language.
 */
const hostSchema = z.union([
  hostName.transform((name) => ({ en: name, fr: name, es: name })),
  z.object({ en: hostName, fr: hostName, es: hostName }).strict(),
]);
const locationSchema = z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters');

/** The fields of a session, without the rules between fields. */
export const sessionShape = z
  .object({
    id: slugSchema,
    kind: z.enum(SESSION_KINDS),
    title: multilingualTextSchema,
    description: multilingualTextSchema,
    /** The id of one of the catalogue's topics (checked by the catalogue, which knows the list). */
    topic: slugSchema,
    /** Who runs it: a thematic specialist, an innovation expert, the IKM unit. */
    host: hostSchema,
    start: instantSchema,
    durationMinutes: z.number().int('must be a whole number'),
    format: z.enum(SESSION_FORMATS),
    /** Where an in-person session happens (required for those). */
    location: locationSchema.optional(),
    /**
     * The Teams meeting: required online; optional in person, where it lets remote participants
     * join (and goes in the calendar invite).
     */
    joinUrl: teamsJoinUrlSchema.optional(),
    /** Teams that can hold a seat: 1 for a clinic; 1..500 for a workshop. */
    capacity: z.number().int('must be a whole number'),
    bookingOpens: instantSchema,
    bookingCloses: instantSchema,
    /** Bookings can be cancelled until this many hours before the start. */
    cancellationCutoffHours: z
      .number()
      .int('must be a whole number')
      .min(0, 'must be at least 0')
      .max(MAX_CANCELLATION_CUTOFF_HOURS, `must be at most ${MAX_CANCELLATION_CUTOFF_HOURS}`),
    audience: z.enum(SESSION_AUDIENCES),
    status: z.enum(SESSION_STATUSES).default('scheduled'),
    /** How many times IKM moved the start: a moved session's reminders are new ones (their keys name it). */
    rescheduled: z.number().int().nonnegative().optional(),
    /**
     * How many times IKM changed what teams are told of (`changedForTeams`) or cancelled it: the
     * calendar file's SEQUENCE, so that a calendar importing it again takes the newer one.
     */
    revision: z.number().int().nonnegative().optional(),
  })
  .strict();

/**
 * The rules between fields: duration and capacity by kind, a place for in-person, a Teams link for
 * online, window order.
 */
function checkSessionRules(session: Partial<z.output<typeof sessionShape>>, ctx: z.RefinementCtx): void {
  const issue = (path: string, code: string, message: string, params: Record<string, unknown> = {}) =>
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message, params: { code, ...params } });
  // Each rule runs when the fields it reads are there: `sessionRuleProblems` gives only the fields
  // that are valid on their own, so that a form is told every problem at once.
  if (session.kind === undefined) return checkPlaceAndWindow(session, issue);
  const limits = SESSION_LIMITS[session.kind];
  if (session.durationMinutes !== undefined && (session.durationMinutes < limits.minMinutes || session.durationMinutes > limits.maxMinutes)) {
    issue(
      'durationMinutes',
      'duration-out-of-range',
      `must be ${limits.minMinutes} to ${limits.maxMinutes} minutes for a ${session.kind}; found ${session.durationMinutes}`,
      { min: limits.minMinutes, max: limits.maxMinutes, kind: session.kind },
    );
  }
  if (session.capacity !== undefined && (session.capacity < limits.minCapacity || session.capacity > limits.maxCapacity)) {
    const expected =
      limits.minCapacity === limits.maxCapacity
        ? `exactly ${limits.minCapacity} (one team)`
        : `${limits.minCapacity} to ${limits.maxCapacity} teams`;
    issue('capacity', 'capacity-out-of-range', `must be ${expected} for a ${session.kind}; found ${session.capacity}`, {
      min: limits.minCapacity,
      max: limits.maxCapacity,
      kind: session.kind,
    });
  }
  checkPlaceAndWindow(session, issue);
}

function checkPlaceAndWindow(
  session: Partial<z.output<typeof sessionShape>>,
  issue: (path: string, code: string, message: string, params?: Record<string, unknown>) => void,
): void {
  if (session.format === 'in-person' && session.location === undefined) {
    issue('location', 'location-required', 'is required for an in-person session (the room and building)');
  }
  if (session.format === 'online' && session.joinUrl === undefined) {
    issue('joinUrl', 'join-url-required', 'is required for an online session (the Teams meeting link)');
  }
  const opens = session.bookingOpens === undefined ? NaN : Date.parse(session.bookingOpens);
  const closes = session.bookingCloses === undefined ? NaN : Date.parse(session.bookingCloses);
  const start = session.start === undefined ? NaN : Date.parse(session.start);
  if (!Number.isNaN(opens) && !Number.isNaN(closes) && !(opens < closes)) {
    issue('bookingCloses', 'closes-before-opens', `must be after bookingOpens (${session.bookingOpens}); found ${session.bookingCloses}`);
  }
  if (!Number.isNaN(closes) && !Number.isNaN(start) && closes > start) {
    issue('bookingCloses', 'closes-after-start', `must be at or before the start (${session.start}); found ${session.bookingCloses}`);
  }
}

/**
 * The problems between fields of an input that fails the schema elsewhere: zod checks them only once
 * every field is valid, so a form would be told them one round later. Read on the fields that are
 * valid on their own; a field with a problem of its own (a Teams link that is no link) is not also
 * called missing.
 */
export function sessionRuleProblems(input: unknown): SessionProblem[] {
  if (typeof input !== 'object' || input === null) return [];
  const raw = input as Record<string, unknown>;
  const valid: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(sessionShape.shape)) {
    const parsed = (schema as z.ZodTypeAny).safeParse(raw[key]);
    if (parsed.success && parsed.data !== undefined) valid[key] = parsed.data;
  }
  const checked = sessionShape.partial().superRefine(checkSessionRules).safeParse(valid);
  const issues = checked.success ? [] : checked.error.issues;
  const present = (key: string) => raw[key] !== undefined && raw[key] !== '';
  return sessionProblems(issues).filter((problem) => !(problem.code === 'location-required' && present('location')) && !(problem.code === 'join-url-required' && present('joinUrl')));
}

/** What of a session its teams are told of when IKM changes it: its time, its place, its Teams link. */
export type SessionChange = 'time' | 'place' | 'link';

/** What changed of what a team that booked must be told of: when the session is, and where (its place, or its Teams link). */
export function changesForTeams(before: Session, after: Session): SessionChange[] {
  const changes: SessionChange[] = [];
  if (before.start !== after.start || before.durationMinutes !== after.durationMinutes) changes.push('time');
  if (before.format !== after.format || before.location !== after.location) changes.push('place');
  if (before.joinUrl !== after.joinUrl) changes.push('link');
  return changes;
}

/** Whether IKM's edit changed anything its teams must be told of (`changesForTeams`). */
export function changedForTeams(before: Session, after: Session): boolean {
  return changesForTeams(before, after).length > 0;
}

/**
 * A session, validated. `z.input` is what an admin card or the resolved file gives (instants with
 * any offset); `z.output` is `Session` (instants in UTC).
 */
export const sessionSchema = sessionShape.superRefine(checkSessionRules);

/** A validated session with its instants as UTC ISO text. */
export type Session = z.output<typeof sessionSchema>;
/** A session as an admin or the file writes it. */
export type SessionInput = z.input<typeof sessionSchema>;

/** When the session starts. */
export function sessionStart(session: Pick<Session, 'start'>): Date {
  return new Date(session.start);
}

/** When the session ends. */
export function sessionEnd(session: Pick<Session, 'start' | 'durationMinutes'>): Date {
  return new Date(Date.parse(session.start) + session.durationMinutes * 60_000);
}

/** The last instant a booking can still be cancelled (`start - cancellationCutoffHours`). */
export function cancellationCutoff(session: Pick<Session, 'start' | 'cancellationCutoffHours'>): Date {
  return new Date(Date.parse(session.start) - session.cancellationCutoffHours * 3_600_000);
}

/** Whether a seat in `session` can no longer be cancelled or moved at `now` (its cut-off passed). */
export function isPastCancellation(session: Pick<Session, 'start' | 'cancellationCutoffHours' | 'status'>, now: Date): boolean {
  return session.status === 'scheduled' && now.getTime() > cancellationCutoff(session).getTime();
}

/** True when the two sessions share some time (one ending exactly when the other starts does not). */
export function sessionsOverlap(
  a: Pick<Session, 'start' | 'durationMinutes'>,
  b: Pick<Session, 'start' | 'durationMinutes'>,
): boolean {
  return Date.parse(a.start) < sessionEnd(b).getTime() && Date.parse(b.start) < sessionEnd(a).getTime();
}

/**
 * Ids of the clinics that start outside the call's clinics window (between shortlisting and the
 * proposal deadline), for a start-up warning: the catalogue may also hold sessions of other cycles.
 */
export function clinicsOutsideWindow(sessions: readonly Session[], call: CallConfig): string[] {
  const { opens, closes } = call.timeline.clinicsWindow;
  return sessions
    .filter((session) => session.kind === 'clinic' && session.status === 'scheduled')
    .filter((session) => {
      const start = Date.parse(session.start);
      return start < opens.getTime() || start > closes.getTime();
    })
    .map((session) => session.id);
}

/** One thing wrong with a session an admin sent: where, a code, and the code's parameters. */
export interface SessionProblem {
  /** Dotted path of the field (`title.fr`, `capacity`); `(session)` for the whole. */
  path: string;
  /**
   * `required`, `invalid-type`, `invalid-value`, `unknown-field`, `too-short`, `too-long`,
   * `too-small`, `too-big`, `not-whole-number`, `invalid-instant`, `not-teams-link`,
   * `duration-out-of-range`, `capacity-out-of-range`, `location-required`, `join-url-required`,
   * `closes-before-opens`, `closes-after-start`, `start-in-past`, `unknown-topic`, `read-only`,
   * `invalid-slug`, `below-booked` (a capacity lower than the seats taken).
   */
  code: string;
  params?: Record<string, unknown>;
}

/** zod's issues as problems with codes (no sentences: the bot words them). */
export function sessionProblems(issues: readonly z.ZodIssue[]): SessionProblem[] {
  return issues.flatMap((issue): SessionProblem[] => {
    const path = issue.path.length === 0 ? '(session)' : issue.path.join('.');
    switch (issue.code) {
      case z.ZodIssueCode.unrecognized_keys:
        return issue.keys.map((key) => ({ path: [...issue.path, key].join('.'), code: 'unknown-field' }));
      case z.ZodIssueCode.invalid_type:
        return [
          issue.received === 'undefined'
            ? { path, code: 'required' }
            : { path, code: issue.expected === 'integer' ? 'not-whole-number' : 'invalid-type', params: { expected: issue.expected } },
        ];
      case z.ZodIssueCode.invalid_enum_value:
        return [{ path, code: 'invalid-value', params: { options: issue.options } }];
      case z.ZodIssueCode.too_small:
        return [
          issue.type === 'string'
            ? { path, code: 'too-short', params: { minimum: Number(issue.minimum) } }
            : { path, code: 'too-small', params: { minimum: Number(issue.minimum) } },
        ];
      case z.ZodIssueCode.too_big:
        return [
          issue.type === 'string'
            ? { path, code: 'too-long', params: { maximum: Number(issue.maximum) } }
            : { path, code: 'too-big', params: { maximum: Number(issue.maximum) } },
        ];
      case z.ZodIssueCode.invalid_string:
        return [{ path, code: 'invalid-slug' }];
      case z.ZodIssueCode.custom: {
        const { code, ...params } = (issue.params ?? {}) as Record<string, unknown>;
        return [{ path, code: typeof code === 'string' ? code : 'invalid-value', ...(Object.keys(params).length ? { params } : {}) }];
      }
      default:
        return [{ path, code: 'invalid-value' }];
    }
  });
}
