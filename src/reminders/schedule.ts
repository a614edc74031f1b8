import { TZDate } from '@date-fns/tz';
import type { CallConfig } from '../call/call-schema';
import { localPartsOf } from '../call/local-time';
import type { SectionProgress } from '../ideas/validation';
import { LATEST_SEND_HOUR, type ReminderKind, type ResolvedPreferences } from './preferences';

/**
 * What is due for whom: a pure function of the call, the configured offsets, the people and their
 * state, and the booked sessions. No store, no clock: `now` comes in.
 *
 * Rules:
 * - idea-deadline: to people with an unfinished draft, or who checked eligibility and have not
 *   submitted; never to submitters. Sent `ideaDeadlineDays` days before the deadline's date.
 * - proposal-deadline: to shortlisted teams, `proposalDeadlineDays` days before.
 * - announcements: the shortlist announcement to people who submitted, the funding announcement to
 *   shortlisted teams, `announcementDays` days before the announcement's date (0 = that day).
 * - sessions: exactly 24 h and 1 h before a booked session's start (booking-service's items).
 * - a kind the person switched off is never scheduled.
 *
 * Day-based reminders are due at the person's local send hour (default 09:00) on the local date in
 * THEIR zone, computed with the zone's rules for that date (correct across daylight-saving changes).
 * The occurrence key does not depend on the person's zone (it names the date in the call's zone),
 * so a person changing zone never gets the same reminder twice.
 *
 * A reminder expires when it stops being useful: a deadline reminder at the deadline, or when the
 * next, closer reminder of the same deadline becomes due ("2 days left" replaces "7 days left");
 * an announcement reminder 24 h after it is due; a session reminder at the session's start.
 *
 * Catching up (a day-based reminder already due, not expired): only what fell due while the person
 * was in the audience (the bot was down), at their send hour (now, if it has passed today). Someone
 * who starts a draft three days before the deadline is not sent "7 days left" seconds later, then
 * "2 days left" the next morning.
 */

/** Offsets in calendar days before each milestone; from configuration. */
export interface ScheduleConfig {
  /** Days before the idea deadline, e.g. [14, 7, 2, 1]. */
  ideaDeadlineDays: readonly number[];
  /** Days before the proposal deadline, e.g. [14, 7, 2, 1]. */
  proposalDeadlineDays: readonly number[];
  /** Days before each announcement, e.g. [0] (the day itself). */
  announcementDays: readonly number[];
}

export const DEFAULT_SCHEDULE_CONFIG: ScheduleConfig = {
  ideaDeadlineDays: [14, 7, 2, 1],
  proposalDeadlineDays: [14, 7, 2, 1],
  announcementDays: [0],
};

/** One person as the schedule sees them. */
export interface ReminderAudienceMember {
  userId: string;
  preferences: ResolvedPreferences;
  /** Their idea draft, when they have one. */
  draft?: { status: 'draft' | 'submitted'; progress: readonly SectionProgress[] };
  /** True when they ran the eligibility check in this call. */
  checkedEligibility: boolean;
  /** True when their team is on the shortlist. */
  shortlisted: boolean;
  /**
   * When they entered the audience (their draft's start or eligibility check, the earlier): a
   * day-based reminder due before then is not caught up, since they were not waiting for it.
   */
  since?: Date;
}

/** A booked session's reminder, as `BookingService.scheduledReminders` gives it, with its recipient. */
export interface SessionReminderItem {
  /** Stable key from bookings: `session/<sessionId>/<teamId>/24h`. */
  key: string;
  userId: string;
  /** The team holding the seat (the recipient's own id by default). */
  teamId?: string;
  sessionId: string;
  kind: '24h' | '1h';
  /** When to send (start - 24 h or start - 1 h). */
  at: Date;
}

export interface ScheduleInput {
  call: CallConfig;
  config: ScheduleConfig;
  audience: readonly ReminderAudienceMember[];
  sessions: readonly SessionReminderItem[];
  /**
   * Decisions IKM announces through the bot: each team is then told its own outcome on the day, so
   * the general "announced today" reminder for that decision is not sent.
   */
  announcedInBot?: ReadonlySet<'shortlist' | 'funding'>;
}

/** What a card needs, by kind. Plain JSON (instants as ISO strings), stored in the outbox. */
export type ReminderPayload =
  | {
      kind: 'idea-deadline';
      deadline: string;
      daysBefore: number;
      /** Required fields still empty, over all sections (0 for someone with no draft yet). */
      fieldsLeft: number;
      /** The first section with something left: "4 fields left in section 3". */
      section?: { id: string; number: number; left: number };
      hasDraft: boolean;
    }
  | { kind: 'proposal-deadline'; deadline: string; daysBefore: number }
  | { kind: 'announcements'; announcement: 'shortlist' | 'funding'; at: string; daysBefore: number }
  | { kind: 'sessions'; sessionId: string; start: string; before: '24h' | '1h'; teamId?: string };

/** One reminder to one person at one moment (an outbox item of a reminder kind). */
export interface ReminderOccurrence {
  /** Unique per kind, occurrence and user, e.g. `idea-deadline/2024-10-25/-7d/<userId>`. */
  key: string;
  userId: string;
  kind: ReminderKind;
  due: Date;
  expires: Date;
  payload: ReminderPayload;
}

/** Options of `dueReminders`. */
export interface DueOptions {
  /** Only occurrences due at or before `now + horizonMs` (default: all future ones). */
  horizonMs?: number;
}

/**
 * The reminder occurrences that are still useful at `now` (not expired), sorted by due time then
 * key. Includes ones already due (the outbox ignores keys it has seen), so a bot that was down
 * catches up on what is still worth sending.
 */
export function dueReminders(input: ScheduleInput, now: Date, options: DueOptions = {}): ReminderOccurrence[] {
  const { call, config } = input;
  const limit = options.horizonMs === undefined ? Infinity : now.getTime() + options.horizonMs;
  const result: ReminderOccurrence[] = [];
  const members = new Map(input.audience.map((member) => [member.userId, member]));
  const push = (occurrence: ReminderOccurrence) => {
    if (occurrence.expires.getTime() <= now.getTime()) return;
    if (occurrence.due.getTime() > limit) return;
    const member = members.get(occurrence.userId);
    if (occurrence.kind !== 'sessions' && member && occurrence.due.getTime() < now.getTime()) {
      if (member.since && occurrence.due.getTime() < member.since.getTime()) return;
      // At the send hour, a superseded reminder has expired: the closer one goes instead, never both.
      const late = nextSendTime(now, member.preferences);
      if (late.getTime() >= occurrence.expires.getTime()) return;
      occurrence = { ...occurrence, due: late };
    }
    result.push(occurrence);
  };

  for (const member of input.audience) {
    const { kinds } = member.preferences;
    if (kinds['idea-deadline'] && wantsIdeaReminder(member)) {
      const progress = member.draft?.progress ?? [];
      const fieldsLeft = progress.reduce((sum, section) => sum + section.left, 0);
      const first = progress.find((section) => section.left > 0);
      for (const slot of deadlineSlots(call.timeline.ideaDeadline, config.ideaDeadlineDays, call, member)) {
        push({
          key: `idea-deadline/${slot.dateKey}/-${slot.days}d/${member.userId}`,
          userId: member.userId,
          kind: 'idea-deadline',
          due: slot.due,
          expires: slot.expires,
          payload: {
            kind: 'idea-deadline',
            deadline: call.timeline.ideaDeadline.toISOString(),
            daysBefore: slot.days,
            fieldsLeft,
            ...(first ? { section: { id: first.id, number: first.number, left: first.left } } : {}),
            hasDraft: member.draft !== undefined,
          },
        });
      }
    }
    if (kinds['proposal-deadline'] && member.shortlisted) {
      for (const slot of deadlineSlots(call.timeline.proposalDeadline, config.proposalDeadlineDays, call, member)) {
        push({
          key: `proposal-deadline/${slot.dateKey}/-${slot.days}d/${member.userId}`,
          userId: member.userId,
          kind: 'proposal-deadline',
          due: slot.due,
          expires: slot.expires,
          payload: { kind: 'proposal-deadline', deadline: call.timeline.proposalDeadline.toISOString(), daysBefore: slot.days },
        });
      }
    }
    if (kinds.announcements) {
      const announcements: Array<['shortlist' | 'funding', Date, boolean]> = [
        ['shortlist', call.timeline.shortlistAnnouncement, member.draft?.status === 'submitted'],
        ['funding', call.timeline.fundingAnnouncement, member.shortlisted],
      ];
      for (const [announcement, at, targeted] of announcements) {
        if (!targeted || input.announcedInBot?.has(announcement)) continue;
        for (const days of uniqueSorted(config.announcementDays)) {
          const due = localSendTime(at, days, member.preferences);
          push({
            key: `announcements/${announcement}/${callDate(at, call)}/-${days}d/${member.userId}`,
            userId: member.userId,
            kind: 'announcements',
            due,
            expires: new Date(due.getTime() + DAY_MS),
            payload: { kind: 'announcements', announcement, at: at.toISOString(), daysBefore: days },
          });
        }
      }
    }
  }

  const optedOut = new Set(input.audience.filter((m) => !m.preferences.kinds.sessions).map((m) => m.userId));
  for (const item of input.sessions) {
    if (optedOut.has(item.userId)) continue;
    const start = new Date(item.at.getTime() + (item.kind === '24h' ? 24 : 1) * HOUR_MS);
    push({
      key: `sessions/${item.key}/${item.userId}`,
      userId: item.userId,
      kind: 'sessions',
      due: item.at,
      expires: start,
      payload: {
        kind: 'sessions',
        sessionId: item.sessionId,
        start: start.toISOString(),
        before: item.kind,
        ...(item.teamId ? { teamId: item.teamId } : {}),
      },
    });
  }

  return result.sort((a, b) => a.due.getTime() - b.due.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Unfinished draft, or checked eligibility without a draft; never someone who submitted. */
function wantsIdeaReminder(member: ReminderAudienceMember): boolean {
  if (member.draft?.status === 'submitted') return false;
  return member.draft !== undefined || member.checkedEligibility;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

interface Slot {
  days: number;
  dateKey: string;
  due: Date;
  expires: Date;
}

/**
 * The reminder moments before a deadline, farthest first; each expires when the next one is due,
 * the last at the deadline. Moments at or after the deadline are left out.
 */
function deadlineSlots(
  deadline: Date,
  offsets: readonly number[],
  call: CallConfig,
  member: ReminderAudienceMember,
): Slot[] {
  const dateKey = callDate(deadline, call);
  const slots = [...uniqueSorted(offsets)]
    .reverse()
    .map((days) => ({ days, due: localSendTime(deadline, days, member.preferences) }))
    .filter((slot) => slot.due.getTime() < deadline.getTime());
  return slots.map((slot, index) => {
    const next = slots[index + 1];
    const expires = next && next.due.getTime() < deadline.getTime() ? next.due : deadline;
    return { days: slot.days, dateKey, due: slot.due, expires };
  });
}

/** The person's send hour, in their zone, `days` calendar days before `at`'s date in their zone. */
export function localSendTime(at: Date, days: number, preferences: Pick<ResolvedPreferences, 'timeZone' | 'sendHour'>): Date {
  const { timeZone, sendHour } = preferences;
  const day = localPartsOf(at, timeZone);
  const local = new TZDate(day.year, day.month - 1, day.day - days, sendHour, 0, 0, 0, timeZone);
  return new Date(local.getTime());
}

/** `YYYY-MM-DD` of an instant in the call's zone: the stable name of a milestone in keys. */
function callDate(at: Date, call: CallConfig): string {
  const p = localPartsOf(at, call.timeline.timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

function uniqueSorted(values: readonly number[]): number[] {
  return [...new Set(values.filter((value) => Number.isInteger(value) && value >= 0))].sort((a, b) => a - b);
}

/**
 * When a late reminder goes out: `now` if the person's send hour has passed today and it is not yet
 * night where they are, today's send hour if it is still to come, else the send hour tomorrow.
 */
export function nextSendTime(now: Date, preferences: Pick<ResolvedPreferences, 'timeZone' | 'sendHour'>): Date {
  const { timeZone, sendHour } = preferences;
  const local = localPartsOf(now, timeZone);
  if (local.hour >= sendHour && local.hour < Math.max(LATEST_SEND_HOUR, sendHour + 1)) return now;
  const dayOffset = local.hour >= LATEST_SEND_HOUR ? 1 : 0;
  const morning = new TZDate(local.year, local.month - 1, local.day + dayOffset, sendHour, 0, 0, 0, timeZone);
  return new Date(morning.getTime());
}
