import { readFileSync } from 'node:fs';
import { readContentYaml } from '../content-files/read-yaml';
import { z } from 'zod';
import { friendlyErrors, lineOf } from '../content-files/zod-messages';
import { formatPath } from '../call/load-call';
import type { CallTimeline } from '../call/call-schema';
import { addLocalDays, isKnownTimeZone, localPartsOf, toInstant } from '../call/local-time';
import { type Session, type Topic, parseInstant, sessionSchema, slugSchema, topicSchema } from './sessions';

/**
 * The session catalogue file (`content/sessions.yaml`): topics, sessions, the shortlisted teams and
 * the booking rules.
 *
 * Dates. Each of `start`, `bookingOpens` and `bookingCloses` is written in one of four ways:
 * - absolute, ISO 8601 with an offset or Z: `2024-11-20T09:00+01:00`, `2024-11-20T08:00Z`;
 * - relative to a milestone of the call's timeline, in the file's `timeZone`:
 *   `shortlistAnnouncement+P3DT10:00` is 10:00 local time three calendar days after the day of the
 *   shortlist announcement, `ideaDeadline-P7DT14:00` a week before the idea deadline's day at 14:00;
 *   a milestone alone (`shortlistAnnouncement`) is its own instant. Milestones: `launch`,
 *   `ideaDeadline`, `shortlistAnnouncement`, `clinicsWindow.opens`, `clinicsWindow.closes`,
 *   `proposalDeadline`, `fundingAnnouncement`;
 * - relative to the day the file is loaded: `+P10DT09:00` is 09:00 local time ten calendar days
 *   after the load date, `-P1DT00:00` midnight yesterday (`+P3D` alone means 00:00 that day);
 * - (booking window only) relative to the session's start: `start`, `start-PT2H`, `start-P2D`,
 *   `start-P1DT12H`, `start-PT30M`. Days are calendar days (same local time), hours and minutes are
 *   exact.
 * The local time is kept across a daylight-saving change; a time the clocks skip is refused.
 * The sample catalogue is written against the call's milestones, so the call file is the one source
 * of dates: the sample call (dates moved to today) moves its sessions too, and what the FAQ says of
 * the clinics window is what the catalogue offers. The loader resolves the file once at start-up.
 */

/** The loaded catalogue file. */
export interface CatalogueFile {
  /** IANA zone in which relative dates are read (e.g. Europe/Zurich, IOM HQ). */
  timeZone: string;
  topics: Topic[];
  teams: {
    /** Team ids (Entra object ids) treated as shortlisted until the IKM side marks them. */
    shortlisted: string[];
  };
  rules: {
    /** How many clinics one team may book on the same topic. */
    clinicsPerTopicPerTeam: number;
  };
  /** The sessions, instants resolved to UTC. */
  sessions: Session[];
}

/** One thing wrong with the file: where (dotted path, and line when known) and what. */
export interface CatalogueProblem {
  path: string;
  message: string;
  line?: number;
}

/** Thrown when the catalogue file cannot be used; the message lists every problem, one per line. */
export class CatalogueFileError extends Error {
  constructor(
    readonly sourceName: string,
    readonly problems: CatalogueProblem[],
  ) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    const lines = problems.map((p) => `  - ${p.path}: ${p.message}${p.line ? ` [line ${p.line}]` : ''}`);
    super(`The session catalogue ${sourceName} cannot be used (${count}):\n${lines.join('\n')}`);
    this.name = 'CatalogueFileError';
  }
}

/** What relative dates are counted from: today, or a milestone of the call. */
export interface CatalogueAnchors {
  now: Date;
  /** The call's timeline; without it, a milestone-relative date is reported as a problem. */
  timeline?: CallTimeline;
}

/** Reads, validates and resolves the catalogue file at `path`, relative dates counted from `anchors`. */
export function loadCatalogueFile(path: string, anchors: CatalogueAnchors): CatalogueFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CatalogueFileError(path, [{ path: '(file)', message: `cannot be read: ${reason}` }]);
  }
  return parseCatalogue(text, path, anchors);
}

/** What a shortlisted team id may look like: an Entra object id, or any id without spaces. */
const teamIdSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^\S+$/, 'must not contain spaces');

const timeZoneSchema = z.custom<string>().superRefine((value, ctx) => {
  if (!isKnownTimeZone(value)) {
    const found = value === undefined ? 'is missing' : `${JSON.stringify(value)} is not one`;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be an IANA time zone name such as Europe/Zurich (${found})` });
  }
});

/** `[index, field]` paths of entries repeating the `field` (or the value itself) of an earlier entry. */
function repeats(list: unknown, field?: string): Array<{ path: Array<string | number>; message: string }> {
  if (!Array.isArray(list)) return [];
  const seen = new Map<unknown, number>();
  const found: Array<{ path: Array<string | number>; message: string }> = [];
  list.forEach((item: unknown, index) => {
    const value = field === undefined ? item : typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[field] : undefined;
    if (typeof value !== 'string') return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else found.push({ path: field === undefined ? [index] : [index, field], message: `repeats "${value}" already given in entry [${first}]` });
  });
  return found;
}

/** The file without its sessions, which are checked one by one so that every problem is listed. */
const fileSchema = z
  .object({
    timeZone: timeZoneSchema,
    topics: z.array(topicSchema).min(1, 'must list at least one topic'),
    teams: z
      .object({
        shortlisted: z
          .array(teamIdSchema)
          .nullish()
          .transform((ids) => ids ?? []),
      })
      .strict()
      .default({}),
    rules: z
      .object({
        clinicsPerTopicPerTeam: z.number().int('must be a whole number').min(1, 'must be at least 1').max(20, 'must be at most 20'),
      })
      .strict(),
    sessions: z.array(z.unknown()).min(1, 'must list at least one session'),
  })
  .strict();

/**
 * Validates the YAML text of a catalogue and resolves its dates.
 * @param sourceName names the text in error messages (usually the file path).
 * @throws CatalogueFileError listing every problem found.
 */
export function parseCatalogue(text: string, sourceName: string, anchors: CatalogueAnchors): CatalogueFile {
  const read = readContentYaml(text);
  if (!read.ok) throw new CatalogueFileError(sourceName, read.errors.map((error) => ({ path: '(YAML)', ...error })));
  const { raw, located } = read;
  const problems: Array<{ path: ReadonlyArray<string | number>; message: string; atKey?: boolean }> = [];
  const addIssues = (issues: readonly z.ZodIssue[], prefix: ReadonlyArray<string | number> = []) => {
    for (const issue of issues) {
      if (issue.code === z.ZodIssueCode.unrecognized_keys) {
        for (const key of issue.keys) {
          problems.push({ path: [...prefix, ...issue.path, key], message: 'is not a field here (check the spelling, or remove it)', atKey: true });
        }
      } else {
        problems.push({ path: [...prefix, ...issue.path], message: issue.message });
      }
    }
  };

  const file = fileSchema.safeParse(raw, { errorMap: friendlyErrors });
  if (!file.success) addIssues(file.error.issues);
  const rawObject = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  for (const repeat of repeats(rawObject.topics, 'id')) problems.push({ path: ['topics', ...repeat.path], message: repeat.message });
  const teams = rawObject.teams as { shortlisted?: unknown } | undefined;
  for (const repeat of repeats(teams?.shortlisted)) problems.push({ path: ['teams', 'shortlisted', ...repeat.path], message: repeat.message });
  const zone = isKnownTimeZone(rawObject.timeZone) ? rawObject.timeZone : undefined;
  const rawSessions = Array.isArray(rawObject.sessions) ? rawObject.sessions : [];
  const topicIds = file.success
    ? new Set(file.data.topics.map((topic) => topic.id))
    : Array.isArray(rawObject.topics)
      ? new Set(rawObject.topics.map((topic) => (topic as { id?: unknown } | null)?.id).filter((id) => typeof id === 'string'))
      : undefined;

  const sessions: Session[] = [];
  const seenIds = new Map<string, number>();
  rawSessions.forEach((entry, index) => {
    const base = ['sessions', index] as const;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push({ path: base, message: 'must be a set of named fields (a session)' });
      return;
    }
    const resolved = resolveSessionDates(entry as Record<string, unknown>, zone, anchors);
    for (const problem of resolved.problems) {
      if (problem.message) problems.push({ path: [...base, problem.field], message: problem.message });
    }
    const parsed = sessionSchema.safeParse(resolved.session, { errorMap: friendlyErrors });
    if (!parsed.success) {
      const failedDates = new Set<string>(resolved.problems.map((problem) => problem.field));
      const issues = parsed.error.issues.filter((issue) => {
        const field = issue.path[0];
        if (typeof field === 'string' && failedDates.has(field)) return false;
        const code = issue.code === z.ZodIssueCode.custom ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
        return !(failedDates.size > 0 && (code === 'closes-before-opens' || code === 'closes-after-start'));
      });
      addIssues(issues, base);
    }
    const id = (entry as { id?: unknown }).id;
    if (typeof id === 'string') {
      const first = seenIds.get(id);
      if (first !== undefined) problems.push({ path: [...base, 'id'], message: `repeats "${id}" already used by sessions[${first}]` });
      else seenIds.set(id, index);
    }
    const topic = (entry as { topic?: unknown }).topic;
    if (typeof topic === 'string' && topicIds && slugSchema.safeParse(topic).success && !topicIds.has(topic)) {
      problems.push({
        path: [...base, 'topic'],
        message: `"${topic}" is not one of the topics listed under topics (${[...topicIds].join(', ')})`,
      });
    }
    if (parsed.success) sessions.push(parsed.data);
  });

  if (problems.length > 0 || !file.success) {
    throw new CatalogueFileError(
      sourceName,
      problems.map((problem) => ({
        path: formatPath(problem.path),
        message: problem.message,
        line: lineOf(located().doc, located().lineCounter, problem.path, problem.atKey ?? false),
      })),
    );
  }
  return {
    timeZone: file.data.timeZone,
    topics: file.data.topics,
    teams: { shortlisted: file.data.teams.shortlisted },
    rules: file.data.rules,
    sessions: sessions.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)),
  };
}

/** `+P10DT09:00`, `-P1DT00:00`, `+P3D`: calendar days from the load date, at a local time. */
const FROM_TODAY = /^([+-])P(\d{1,4})D(?:T(\d{2}):(\d{2}))?$/;
/** `start`, `start-PT2H`, `start-P1DT12H`, `start-PT30M`. */
const BEFORE_START = /^start(?:-P(?:(\d{1,3})D)?(?:T(?:(\d{1,4})H)?(?:(\d{1,5})M)?)?)?$/;

const DATE_FIELDS = ['start', 'bookingOpens', 'bookingCloses'] as const;
type DateField = (typeof DATE_FIELDS)[number];

/** The session with its relative dates replaced by absolute ones, and what could not be read. */
function resolveSessionDates(
  entry: Record<string, unknown>,
  zone: string | undefined,
  anchors: CatalogueAnchors,
): { session: Record<string, unknown>; problems: Array<{ field: DateField; message?: string }> } {
  const session: Record<string, unknown> = { ...entry };
  // A problem without a message: not readable because another field is not (already reported).
  const problems: Array<{ field: DateField; message?: string }> = [];
  let start: Date | undefined;
  for (const field of DATE_FIELDS) {
    const written = entry[field];
    if (written === undefined) continue;
    const result = resolveDate(written, field === 'start' ? undefined : start, field !== 'start', zone, anchors);
    if (result.ok) {
      session[field] = result.value.toISOString();
      if (field === 'start') start = result.value;
    } else {
      problems.push({ field, message: result.problem });
    }
  }
  return { session, problems };
}

type Resolution = { ok: true; value: Date } | { ok: false; problem?: string };

const HINT =
  'write a date-time with an offset (2024-11-20T09:00+01:00), a day from a milestone of the call at a local time (shortlistAnnouncement+P3DT10:00), a day from today (+P10DT09:00)';

const MILESTONES = {
  launch: (t: CallTimeline) => t.launch,
  ideaDeadline: (t: CallTimeline) => t.ideaDeadline,
  shortlistAnnouncement: (t: CallTimeline) => t.shortlistAnnouncement,
  'clinicsWindow.opens': (t: CallTimeline) => t.clinicsWindow.opens,
  'clinicsWindow.closes': (t: CallTimeline) => t.clinicsWindow.closes,
  proposalDeadline: (t: CallTimeline) => t.proposalDeadline,
  fundingAnnouncement: (t: CallTimeline) => t.fundingAnnouncement,
} as const;
type Milestone = keyof typeof MILESTONES;
const FROM_MILESTONE = /^([A-Za-z.]+)(?:([+-])P(\d{1,4})D(?:T(\d{2}):(\d{2}))?)?$/;

/** `days` calendar days after `from`'s local day in `zone`, at `hour:minute` local time. */
function localDayAt(from: Date, days: number, hour: number, minute: number, zone: string | undefined, text: string): Resolution {
  if (hour > 23 || minute > 59) return { ok: false, problem: `"${text}" has no such time of day (use 00:00 to 23:59)` };
  // Without a zone relative dates mean nothing; the zone's problem is reported once, at timeZone.
  if (!zone) return { ok: false };
  const base = localPartsOf(from, zone);
  const day = new Date(Date.UTC(base.year, base.month - 1, base.day + days));
  const at = toInstant({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour, minute }, zone, 'start');
  return at.ok ? at : { ok: false, problem: `"${text}": ${at.problem}` };
}

function resolveDate(written: unknown, start: Date | undefined, allowStart: boolean, zone: string | undefined, anchors: CatalogueAnchors): Resolution {
  const hint = allowStart ? `${HINT}, or a time before the start (start-PT2H)` : HINT;
  if (typeof written !== 'string') {
    return { ok: false, problem: `${hint}; found ${written === null ? 'an empty value' : typeof written}` };
  }
  const text = written.trim();
  const absolute = parseInstant(text);
  if (absolute) return { ok: true, value: absolute };

  const fromToday = FROM_TODAY.exec(text);
  if (fromToday) {
    const days = Number(fromToday[2]) * (fromToday[1] === '-' ? -1 : 1);
    return localDayAt(anchors.now, days, Number(fromToday[3] ?? 0), Number(fromToday[4] ?? 0), zone, text);
  }

  const fromMilestone = FROM_MILESTONE.exec(text);
  if (fromMilestone && fromMilestone[1] in MILESTONES) {
    if (!anchors.timeline) return { ok: false, problem: `"${text}" counts from the call's timeline, which this file is read without` };
    const milestone = MILESTONES[fromMilestone[1] as Milestone](anchors.timeline);
    if (fromMilestone[2] === undefined) return { ok: true, value: milestone };
    const days = Number(fromMilestone[3]) * (fromMilestone[2] === '-' ? -1 : 1);
    return localDayAt(milestone, days, Number(fromMilestone[4] ?? 0), Number(fromMilestone[5] ?? 0), zone, text);
  }

  const beforeStart = BEFORE_START.exec(text);
  if (beforeStart && allowStart) {
    if (text !== 'start' && !beforeStart.slice(1).some((part) => part !== undefined)) {
      return { ok: false, problem: `"${text}" gives no amount of time; write e.g. start-PT2H or start-P1D` };
    }
    if (!start || !zone) return { ok: false };
    const days = Number(beforeStart[1] ?? 0);
    const minutes = Number(beforeStart[2] ?? 0) * 60 + Number(beforeStart[3] ?? 0);
    return { ok: true, value: new Date(addLocalDays(start, -days, zone).getTime() - minutes * 60_000) };
  }
  return { ok: false, problem: `${hint}; found "${text}"` };
}


