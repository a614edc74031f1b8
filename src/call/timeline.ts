import { calendarDaysUntil } from '../time-zone';
import { type CallConfig, type CallTimeline, MILESTONES, type MilestoneId, milestoneDate } from './call-schema';
import { type MilestoneKind, localPartsOf } from './local-time';

/**
 * Questions about time in a call cycle. Every function takes `now` from the caller (a `Clock`), so
 * the same call can be asked about any moment.
 *
 * The rule for every comparison (see `call-schema.ts`): a `start` milestone has happened when
 * `now >= at`; a `deadline` milestone has passed when `now > at`, where `at` is the LAST millisecond
 * of the written minute. A deadline written `2024-10-25T23:59` (Europe/Zurich) therefore accepts
 * 23:59:59.999 local and refuses 00:00:00.000 on 26 October.
 */

/**
 * Where a cycle stands, in time order:
 * - `not-open`        before `launch`;
 * - `ideas-open`      from `launch` to `ideaDeadline` (inclusive): ideas can be submitted;
 * - `shortlisting`    after `ideaDeadline`, before `shortlistAnnouncement`: ideas are pre-selected;
 * - `clinics`         from `clinicsWindow.opens` to `clinicsWindow.closes` (inclusive): shortlisted
 *                     teams write proposals and can book clinics;
 * - `proposals-open`  from `shortlistAnnouncement` to `proposalDeadline` (inclusive) but outside the
 *                     clinics window: shortlisted teams write proposals, no clinics;
 * - `reviewing`       after `proposalDeadline`, before `fundingAnnouncement`;
 * - `closed`          from `fundingAnnouncement` on.
 * The phases cover all time without overlap because the schema enforces the milestone order.
 */
export type CallPhase =
  | 'not-open'
  | 'ideas-open'
  | 'shortlisting'
  | 'clinics'
  | 'proposals-open'
  | 'reviewing'
  | 'closed';

/** A dated milestone of the call. */
export interface Milestone {
  id: MilestoneId;
  at: Date;
  kind: MilestoneKind;
}

/** The phase that begins once each milestone is reached. */
const PHASE_AFTER: Record<MilestoneId, CallPhase> = {
  launch: 'ideas-open',
  ideaDeadline: 'shortlisting',
  shortlistAnnouncement: 'proposals-open',
  clinicsOpen: 'clinics',
  clinicsClose: 'proposals-open',
  proposalDeadline: 'reviewing',
  fundingAnnouncement: 'closed',
};

/** All milestones of the call, in time order. */
export function milestones(call: CallConfig): Milestone[] {
  return MILESTONES.map(({ id, kind }) => ({ id, kind, at: milestoneDate(call.timeline, id) }));
}

/** True once a milestone is behind `now`: a start at its instant, a deadline just after its last ms. */
export function isReached(milestone: Pick<Milestone, 'at' | 'kind'>, now: Date): boolean {
  return milestone.kind === 'start' ? now.getTime() >= milestone.at.getTime() : now.getTime() > milestone.at.getTime();
}

/** The phase of the cycle at `now` (see `CallPhase`). */
export function callPhase(call: CallConfig, now: Date): CallPhase {
  let phase: CallPhase = 'not-open';
  for (const milestone of milestones(call)) {
    if (!isReached(milestone, now)) break;
    phase = PHASE_AFTER[milestone.id];
  }
  return phase;
}

/** True when an idea submitted at `now` is late. The deadline minute itself is still on time. */
export function isIdeaDeadlinePast(call: CallConfig, now: Date): boolean {
  return now.getTime() > call.timeline.ideaDeadline.getTime();
}

/** True when a proposal submitted at `now` is late. */
export function isProposalDeadlinePast(call: CallConfig, now: Date): boolean {
  return now.getTime() > call.timeline.proposalDeadline.getTime();
}

/** True when ideas can be submitted at `now`: launched and the idea deadline not past. */
export function areIdeasOpen(call: CallConfig, now: Date): boolean {
  return callPhase(call, now) === 'ideas-open';
}

/**
 * The first milestone not yet reached at `now`, or `undefined` once the funding announcement is
 * behind. When two milestones fall on the same instant, the earlier in the list comes first.
 */
export function nextMilestone(call: CallConfig, now: Date): Milestone | undefined {
  return milestones(call).find((milestone) => !isReached(milestone, now));
}

/**
 * Calendar days from `now` to `target`, counted in the call's time zone (where the call's own dates
 * are shown): 0 when both fall on the same local day, 1 for "tomorrow", negative when `target` is on
 * an earlier day. The bot's one day count, `calendarDaysUntil`.
 */
/**
 * The zone a milestone's date is given in to a reader in `readerZone`: a start written as a plain
 * date (`shortlistAnnouncement: 2024-11-11`) is that calendar day for everyone, so it is given (and
 * its days counted) in the call's zone; "10 November" in New York would be a day early. Any other
 * milestone is a moment, given in the reader's zone.
 */
export function milestoneZone(timeline: CallTimeline, id: MilestoneId, readerZone: string): string {
  const definition = MILESTONES.find((candidate) => candidate.id === id)!;
  // A start at 00:00 is how a plain date is read (see `call-schema.ts`), and written back.
  const local = localPartsOf(milestoneDate(timeline, id), timeline.timeZone);
  const calendarDay = definition.kind === 'start' && local.hour === 0 && local.minute === 0;
  return calendarDay ? timeline.timeZone : readerZone;
}

export function daysUntil(call: CallConfig, target: Date, now: Date): number {
  return calendarDaysUntil(target, now, call.timeline.timeZone);
}

/**
 * The state of the call for ideas at `now`, as data a bot turns into a sentence:
 * - `opens`: not launched yet; ideas can be sent from `on`;
 * - `open`: ideas are accepted until `ideaDeadline` (inclusive), `daysLeft` calendar days away in the
 *   call's zone (0 = the deadline is today);
 * - `closed`: the idea deadline `closedOn` is past; `phase` says what the cycle is doing now and
 *   `next` is the next milestone, if any.
 */
export type CallStatus =
  | { state: 'opens'; on: Date }
  | { state: 'open'; ideaDeadline: Date; daysLeft: number }
  | { state: 'closed'; closedOn: Date; phase: Exclude<CallPhase, 'not-open' | 'ideas-open'>; next?: Milestone };

/** See `CallStatus`. */
export function callStatus(call: CallConfig, now: Date): CallStatus {
  const phase = callPhase(call, now);
  if (phase === 'not-open') return { state: 'opens', on: call.timeline.launch };
  if (phase === 'ideas-open') {
    const { ideaDeadline } = call.timeline;
    return { state: 'open', ideaDeadline, daysLeft: daysUntil(call, ideaDeadline, now) };
  }
  const next = nextMilestone(call, now);
  return next
    ? { state: 'closed', closedOn: call.timeline.ideaDeadline, phase, next }
    : { state: 'closed', closedOn: call.timeline.ideaDeadline, phase };
}
