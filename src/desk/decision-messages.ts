import { TZDate } from '@date-fns/tz';
import { CallConfig, localPartsOf } from '../call';
import type { OutboxItem, ResolvedPreferences } from '../reminders';
import { DECISION_KINDS, DecisionKind } from './records';
import type { IdeaReview } from './review';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a decision message stays worth sending (someone unreachable for a month is told no more). */
const KEEP_TRYING_DAYS = 30;

/** What a decision message carries; the card is worded when it is sent, in the person's language. */
export interface DecisionPayload {
  decision: DecisionKind;
  outcome: 'shortlisted' | 'not-shortlisted' | 'funded' | 'not-funded';
  reference: string;
  title: string;
  /** The announcement's round (see `DecisionAnnouncement.round`): a message of one called off is not sent. */
  round?: number;
}

/** Where a decision's messages are in the outbox: `decision/<call>/<kind>/<reference>[/r<round>]`. */
export function decisionMessagePrefix(callId: string, kind: DecisionKind): string {
  return `decision/${encodeURIComponent(callId)}/${kind}/`;
}

/**
 * The messages that tell each team a decision on its idea, derived from the announcement record on
 * every outbox pass. Deriving (rather than queueing once) is what makes an announcement safe against
 * a crash halfway through: whatever was not queued yet is queued by the next pass, and a message
 * already queued (same key) is never queued twice.
 */
export class DecisionMessages {
  constructor(
    private readonly call: CallConfig,
    private readonly review: IdeaReview,
  ) {}

  /** Every decision message of every announcement made, each due at the person's own send hour on the day. */
  async items(preferencesOf: (userId: string) => ResolvedPreferences): Promise<OutboxItem[]> {
    const items: OutboxItem[] = [];
    for (const kind of DECISION_KINDS) {
      const announcement = await this.review.announcement(kind);
      if (!announcement) continue;
      const tellAt = new Date(announcement.tellAt);
      const madeAt = new Date(announcement.madeAt);
      const preview = await this.review.preview(kind);
      const outcomes: [typeof preview.positive, DecisionPayload['outcome']][] =
        kind === 'shortlist'
          ? [
              [preview.positive, 'shortlisted'],
              [preview.negative, 'not-shortlisted'],
            ]
          : [
              [preview.positive, 'funded'],
              [preview.negative, 'not-funded'],
            ];
      for (const [submissions, outcome] of outcomes) {
        for (const submission of submissions) {
          // "Now" means now; a date means that day, at the hour the person gets reminders, never before the announcement itself.
          const due =
            tellAt.getTime() <= madeAt.getTime()
              ? tellAt
              : new Date(Math.max(tellAt.getTime(), this.onTheDay(tellAt, preferencesOf(submission.ownerId)).getTime()));
          const payload: DecisionPayload = {
            decision: kind,
            outcome,
            reference: submission.reference,
            title: submission.answers.title ?? '',
            ...(announcement.round ? { round: announcement.round } : {}),
          };
          items.push({
            key: `${decisionMessagePrefix(this.call.id, kind)}${submission.reference}${announcement.round ? `/r${announcement.round}` : ''}`,
            userId: submission.ownerId,
            kind: 'decision',
            due,
            expires: new Date(due.getTime() + KEEP_TRYING_DAYS * DAY_MS),
            payload,
          });
        }
      }
    }
    return items;
  }

  /**
   * Checked just before a decision message goes: the reason to drop it when its announcement was
   * called off since it was queued (or made again, as another round), else undefined.
   */
  async recheck(payload: Record<string, unknown>): Promise<string | undefined> {
    const kind = DECISION_KINDS.find((candidate) => candidate === payload.decision);
    if (!kind) return undefined;
    const announcement = await this.review.announcement(kind);
    return announcement && (announcement.round ?? 0) === (typeof payload.round === 'number' ? payload.round : 0) ? undefined : 'called-off';
  }

  /** The person's send hour, in their zone, on the calendar day `at` falls on in the call's zone. */
  private onTheDay(at: Date, preferences: Pick<ResolvedPreferences, 'timeZone' | 'sendHour'>): Date {
    const day = localPartsOf(at, this.call.timeline.timeZone);
    return new Date(new TZDate(day.year, day.month - 1, day.day, preferences.sendHour, 0, 0, 0, preferences.timeZone).getTime());
  }
}
