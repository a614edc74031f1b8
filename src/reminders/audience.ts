import type { CallConfig } from '../call/call-schema';
import type { EligibilityRecord } from '../eligibility/eligibility-records';
import type { Draft } from '../ideas/records';
import { sectionProgress } from '../ideas/validation';
import type { SessionReminder } from '../bookings/booking-results';
import type { OutboxRow } from './outbox';
import { REMINDER_KINDS, type ReminderKind, type ReminderPreferences, type ResolvedPreferences } from './preferences';
import {
  type ReminderAudienceMember,
  type ReminderOccurrence,
  type ReminderPayload,
  type ScheduleConfig,
  type SessionReminderItem,
  dueReminders,
} from './schedule';

/** What `buildAudience` reads; each from its service (`listDrafts`, `all`, `ReminderPreferences.all`). */
export interface AudienceSources {
  call: CallConfig;
  drafts: readonly Draft[];
  eligibility: readonly EligibilityRecord[];
  /** Team (owner) ids on the shortlist. */
  shortlisted: readonly string[];
  /** Each person's preferences (`ReminderPreferences.resolver`). */
  preferencesOf: (userId: string) => ResolvedPreferences;
}

/**
 * Everyone the schedule should consider: people with a draft, people who checked eligibility, and
 * shortlisted teams, each once, with their progress and preferences. Pure.
 */
export function buildAudience(sources: AudienceSources): ReminderAudienceMember[] {
  const drafts = new Map(sources.drafts.map((draft) => [draft.ownerId, draft]));
  const checkedAt = new Map(sources.eligibility.map((record) => [record.ownerId, record.checkedAt]));
  const shortlisted = new Set(sources.shortlisted);
  const users = [...new Set([...drafts.keys(), ...checkedAt.keys(), ...shortlisted])].sort();
  return users.map((userId) => {
    const draft = drafts.get(userId);
    const since = [draft?.createdAt, checkedAt.get(userId)].filter((at): at is string => at !== undefined).sort()[0];
    return {
      userId,
      preferences: sources.preferencesOf(userId),
      ...(draft
        ? { draft: { status: draft.status, progress: sectionProgress(sources.call, draft.answers) } }
        : {}),
      checkedEligibility: checkedAt.has(userId),
      shortlisted: shortlisted.has(userId),
      ...(since ? { since: new Date(since) } : {}),
    };
  });
}

/** The services `createReminderSchedule` reads (IdeaService, EligibilityRecords, ReminderPreferences, BookingService). */
export interface ReminderScheduleSources {
  call: CallConfig;
  config: ScheduleConfig;
  ideas: { listDrafts(): Promise<Draft[]> };
  eligibility: { all(): Promise<EligibilityRecord[]> };
  preferences: Pick<ReminderPreferences, 'resolver'>;
  /** The shortlisted team ids (the same function BookingService takes). */
  shortlisted: () => Promise<readonly string[]> | readonly string[];
  bookings?: { scheduledReminders(now: Date): Promise<SessionReminder[]> };
  /** Who receives a team's session reminders; default: the team id is the focal point's owner id. */
  recipientsOfTeam?: (teamId: string) => readonly string[];
  /** Only occurrences due within this far ahead (default 1 h): the outbox holds the near future only. */
  horizonMs?: number;
  /** Decisions announced through the bot (see `ScheduleInput.announcedInBot`). */
  announcedInBot?: () => Promise<ReadonlySet<'shortlist' | 'funding'>>;
}

/** The `schedule` function of `ReminderWorker`: reads everyone's state and returns what is due. */
export function createReminderSchedule(sources: ReminderScheduleSources): (now: Date) => Promise<ReminderOccurrence[]> {
  const recipients = sources.recipientsOfTeam ?? ((teamId: string) => [teamId]);
  return async (now) => {
    const [drafts, eligibility, shortlisted, preferencesOf, bookings, announcedInBot] = await Promise.all([
      sources.ideas.listDrafts(),
      sources.eligibility.all(),
      sources.shortlisted(),
      sources.preferences.resolver(),
      sources.bookings?.scheduledReminders(now) ?? Promise.resolve([]),
      sources.announcedInBot?.() ?? Promise.resolve(new Set<'shortlist' | 'funding'>()),
    ]);
    const audience = buildAudience({
      call: sources.call,
      drafts,
      eligibility,
      shortlisted,
      preferencesOf,
    });
    const sessions: SessionReminderItem[] = bookings.flatMap((item) =>
      recipients(item.teamId).map((userId) => ({
        key: item.key,
        userId,
        teamId: item.teamId,
        sessionId: item.sessionId,
        kind: item.kind,
        at: item.at,
      })),
    );
    return dueReminders({ call: sources.call, config: sources.config, audience, sessions, announcedInBot }, now, {
      horizonMs: sources.horizonMs ?? 3_600_000,
    });
  };
}

/** What `recheckReminder` reads. */
export interface RecheckSources {
  preferences: Pick<ReminderPreferences, 'get'>;
  /** The person's idea draft status now (IdeaService.getDraft). */
  draftStatus?: (userId: string) => Promise<'draft' | 'submitted' | undefined>;
  /** The call as it is now: a reminder naming a date the call no longer has is not sent. */
  call?: CallConfig;
  /** The start of a session the team still holds a seat in, or undefined (BookingService.myBookings). */
  seatStart?: (sessionId: string, teamId: string) => Promise<string | undefined>;
}

/**
 * The worker's `recheck`: just before sending, drops a row whose kind the person has switched off
 * since it was enqueued ('opted-out'), an idea-deadline reminder to someone who has submitted
 * since ('submitted'), one naming a date that changed since (the call file was edited, IKM moved
 * the session: 'date-changed'; the new date has its own reminder), and a session reminder for a
 * seat no longer held ('no-seat').
 */
export function recheckReminder(sources: RecheckSources): (row: OutboxRow) => Promise<string | undefined> {
  return async (row) => {
    // IKM's own messages (a decision, an announcement) are not reminders: nobody opts out of them here.
    if (!isReminderKind(row.kind)) return undefined;
    const preferences = await sources.preferences.get(row.userId);
    if (!preferences.kinds[row.kind]) return 'opted-out';
    if (row.kind === 'idea-deadline' && sources.draftStatus && (await sources.draftStatus(row.userId)) === 'submitted') {
      return 'submitted';
    }
    const payload = row.payload as ReminderPayload;
    if (payload.kind === 'sessions' && sources.seatStart) {
      const start = await sources.seatStart(payload.sessionId, payload.teamId ?? row.userId);
      if (start === undefined) return 'no-seat';
      if (start !== payload.start) return 'date-changed';
    } else if (sources.call && payload.kind !== 'sessions') {
      if (payloadDate(payload) !== currentDate(payload, sources.call)) return 'date-changed';
    }
    return undefined;
  };
}

/** The date a day-based reminder names. */
function payloadDate(payload: Exclude<ReminderPayload, { kind: 'sessions' }>): string {
  return payload.kind === 'announcements' ? payload.at : payload.deadline;
}

/** The call's date for the same milestone, now. */
function currentDate(payload: Exclude<ReminderPayload, { kind: 'sessions' }>, call: CallConfig): string {
  const { timeline } = call;
  switch (payload.kind) {
    case 'idea-deadline':
      return timeline.ideaDeadline.toISOString();
    case 'proposal-deadline':
      return timeline.proposalDeadline.toISOString();
    case 'announcements':
      return (payload.announcement === 'shortlist' ? timeline.shortlistAnnouncement : timeline.fundingAnnouncement).toISOString();
  }
}

function isReminderKind(kind: string): kind is ReminderKind {
  return (REMINDER_KINDS as readonly string[]).includes(kind);
}
