import type { CallConfig } from '../call';
import type { EligibilityRecord } from '../eligibility';
import type { Draft, Submission } from '../ideas';
import type { OutboxKind, OutboxState } from '../reminders';
import { REMINDER_KINDS } from '../reminders';
import type { SubmissionStatus } from './records';

/** A draft untouched this long, and not submitted, counts as abandoned. */
export const ABANDONED_AFTER_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The numbers of the IKM dashboard, computed from stored data on demand. */
export interface DashboardNumbers {
  computedAt: Date;
  eligibility: { checks: number; eligible: number; notYet: number; notEligible: number };
  drafts: { started: number; inProgress: number; abandoned: number };
  submissions: {
    total: number;
    byObjective: Record<string, number>;
    byPriority: Record<string, number>;
    byOfficeType: Record<string, number>;
    /** As typed (trimmed, case folded to the first spelling seen), most first. */
    byCountryOrRegion: [string, number][];
  };
  shortlisted: number;
  proposals: number;
  funded: number;
  sessions: { seatsTaken: number; waitlisted: number };
  openQuestions: number;
  reminders: { sent: number; failed: number; pending: number };
}

/** Everything the dashboard reads, already loaded. */
export interface DashboardInput {
  call: CallConfig;
  now: Date;
  eligibility: readonly EligibilityRecord[];
  drafts: readonly Draft[];
  submissions: readonly Submission[];
  statuses: ReadonlyMap<string, SubmissionStatus>;
  proposals: number;
  seats: { taken: number; waitlisted: number };
  openQuestions: number;
  /** Outbox rows of reminder kinds, by state. */
  reminders: Record<OutboxState, number>;
}

/** The dashboard's numbers. Pure: counts what it is given. */
export function dashboardNumbers(input: DashboardInput): DashboardNumbers {
  const { call, now } = input;
  const zeroes = (ids: readonly { id: string }[]) => Object.fromEntries(ids.map((entry) => [entry.id, 0])) as Record<string, number>;
  const byObjective = zeroes(call.strategicObjectives);
  const byPriority = zeroes(call.crossCuttingPriorities);
  const byOfficeType = zeroes(call.eligibleSubmitters);
  const places = new Map<string, { name: string; count: number }>();
  for (const submission of input.submissions) {
    const { answers } = submission;
    for (const id of answers.objectives ?? []) if (id in byObjective) byObjective[id] += 1;
    for (const id of answers.priorities ?? []) if (id in byPriority) byPriority[id] += 1;
    if (answers.officeType && answers.officeType in byOfficeType) byOfficeType[answers.officeType] += 1;
    const place = answers.countryOrRegion?.trim();
    if (place) {
      const key = place.toLocaleLowerCase('en');
      const entry = places.get(key) ?? { name: place, count: 0 };
      entry.count += 1;
      places.set(key, entry);
    }
  }
  const deadlinePassed = now.getTime() > call.timeline.ideaDeadline.getTime();
  const unsubmitted = input.drafts.filter((draft) => draft.status === 'draft');
  const abandoned = unsubmitted.filter((draft) => deadlinePassed || now.getTime() - Date.parse(draft.updatedAt) > ABANDONED_AFTER_DAYS * DAY_MS);
  const statuses = [...input.statuses.values()];
  return {
    computedAt: now,
    eligibility: {
      checks: input.eligibility.length,
      eligible: input.eligibility.filter((record) => record.overall === 'eligible').length,
      notYet: input.eligibility.filter((record) => record.overall === 'not-yet').length,
      notEligible: input.eligibility.filter((record) => record.overall === 'not-eligible').length,
    },
    drafts: { started: input.drafts.length, inProgress: unsubmitted.length - abandoned.length, abandoned: abandoned.length },
    submissions: {
      total: input.submissions.length,
      byObjective,
      byPriority,
      byOfficeType,
      byCountryOrRegion: [...places.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).map((entry) => [entry.name, entry.count]),
    },
    shortlisted: statuses.filter((status) => status.shortlisted).length,
    proposals: input.proposals,
    funded: statuses.filter((status) => status.decision?.outcome === 'funded').length,
    sessions: { seatsTaken: input.seats.taken, waitlisted: input.seats.waitlisted },
    openQuestions: input.openQuestions,
    reminders: {
      sent: input.reminders.sent,
      failed: input.reminders.failed,
      pending: input.reminders.pending + input.reminders.claimed,
    },
  };
}

/** The outbox kinds that are reminders (the dashboard counts them apart from IKM's messages). */
export const REMINDER_OUTBOX_KINDS: readonly OutboxKind[] = REMINDER_KINDS;
