import type { TurnContext } from 'botbuilder';
import type { BookingService, SessionCatalogue } from '../../bookings';
import type { CallConfig } from '../../call';
import type { Clock } from '../../clock';
import type { Announcements, AuditLog, DeskLinks, IdeaReview } from '../../desk';
import type { EligibilityRecords } from '../../eligibility';
import type { IdeaService } from '../../ideas';
import type { Logger } from '../../logger';
import type { ProposalRecord } from '../../proposals';
import type { ReminderOutbox } from '../../reminders';
import type { TicketService } from '../../tickets';


/** What the IKM desk works with. */
export interface DeskDependencies {
  call: CallConfig;
  clock: Clock;
  ideas: IdeaService;
  review: IdeaReview;
  announcements: Announcements;
  audit: AuditLog;
  eligibility: EligibilityRecords;
  tickets: TicketService;
  outbox: ReminderOutbox;
  catalogue: SessionCatalogue;
  bookings: BookingService;
  /** Signed, short-lived download links to the desk's files. */
  links: DeskLinks;
  /** How many shortlisted teams handed in a proposal (the proposal stage counts them). */
  proposals: () => Promise<number>;
  /** The proposal handed in for an idea, if any. */
  proposalOf: (reference: string) => Promise<ProposalRecord | undefined>;
  /** Shows a question's answer card in this chat (the questions feature's ticket card). */
  showTicket: (context: TurnContext, ticketId: string) => Promise<boolean>;
  /** Asks the outbox to send what is due now rather than at its next interval. */
  sendSoon: () => void;
  /** Whether an admin paused sending ("pause reminders"): announcements and decisions wait too. */
  sendingPaused: () => Promise<boolean>;
  /** Whether the IKM channel, where questions are posted, is registered. */
  channelRegistered: () => Promise<boolean>;
  logger: Logger;
}

/** Submissions per page of the list. */
export const PAGE_SIZE = 10;

/**
 * The zone of every time the desk shows in Teams (its cards, the audit log, the decision form): the
 * call's, whoever reads it, so that the unit shares one clock with the call's deadlines and with each
 * other. (Files give moments in UTC, and say so.)
 */
export function deskZone(deps: Pick<DeskDependencies, 'call'>): string {
  return deps.call.timeline.timeZone;
}
