import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import type { Store } from '../storage/store';
import { BookingLists, type MyBookingsOptions } from './booking-lists';
import { BookingContext, SessionLookup } from './booking-records';
import type {
  AttendeesCsvOptions,
  AttendeesCsvResult,
  AttendeesOptions,
  AttendeesResult,
  BookResult,
  CancelResult,
  DeclineResult,
  MyBooking,
  PromotionNotice,
  ReconcileReport,
  RescheduleResult,
  SessionReminder,
} from './booking-results';
import { Claims } from './claims';
import { parseRecord, teamBookingsSchema, teamKey } from './records';
import { Moves } from './moves';
import { Repair } from './repair';
import { Waitlist } from './waitlist';
import type { Session } from './sessions';

export type { SessionLookup } from './booking-records';
export type { MyBookingsOptions } from './booking-lists';

/**
 * Seats, waitlists, cancellations and reschedules of clinics and workshops, over a `Store`.
 *
 * Records (see `records.ts`): a seat is a record `seats/<n>` naming its team, taken by an
 * insert-if-absent for n in 1..capacity; a waitlist place is a record `waitlist/<seq>` numbered by an
 * atomic counter; each team has one record listing its bookings, changed by compare-and-set. Seat
 * and place records are the truth about who holds what; the team record says what the team asked
 * for, and carries the rules that span sessions (one clinic per topic, no overlaps).
 *
 * Capacity: only seats 1..capacity can exist and each exists once, so no interleaving of any number
 * of requests in any number of processes holds more seats than the capacity. There is no counter
 * to drift.
 *
 * One team, several clicks: a booking first claims the session in the team record (a `pending`
 * entry, compare-and-set). A second request of the same team finds the claim and waits for it to
 * settle, then answers `alreadyBooked`; it never takes a second seat. The same record serialises a
 * team's bookings of different sessions, so the topic limit and the overlap rule hold under
 * concurrency too.
 *
 * Steps, and what a crash between them leaves (every step is one atomic statement):
 * - book: (1) claim `pending` -> (2) insert seat n -> (3) entry `confirmed`. Or, without a free
 *   seat: (2') number a place -> (3') insert the place -> (4') entry `waitlisted` -> (5') fill.
 *   After (1): a pending claim holding nothing; after (2)/(3'): a pending claim holding a seat/place.
 * - cancel / decline / reschedule-out: (1) remove the entry -> (2) hand the seat to the first
 *   eligible waitlisted team: delete its place, rename the seat to it, mark its entry `confirmed`.
 *   After (1): a seat naming a team that no longer wants it; after deleting the place: a waitlisted
 *   entry without a place; after renaming the seat: a waitlisted entry with a seat.
 * - reschedule: (1) claim the target `pending` -> (2) insert a seat there (none: drop the claim,
 *   nothing changed) -> (3) one team-record write: target `confirmed`, source removed -> (4) release
 *   the source seat. After (2): a pending target holding a seat (the move is finished by repair).
 * No crash can make a session hold more teams than its capacity; the worst is a seat held by nobody
 * who wants it, or a team that waits. `reconcile(sessionId)` repairs every case above from the seat
 * and place records (which name their team) and is safe to run while bookings go on: each repair is
 * a compare-and-set, and a pending claim is only treated as abandoned after `pendingTimeoutMs`.
 * A team that retries after a crash triggers the repair itself.
 *
 * Promotions: a freed seat goes straight to the first waitlisted team that can take it (its other
 * bookings do not overlap and it is under the topic limit; others keep their place). The seat is
 * theirs at once (`promotedAt` is set): the bot tells them and they may `declineOffer`.
 * `cancel`, `declineOffer` and `reschedule` return the promoted team; promotions made elsewhere
 * (a booker's fill, `fillFreeSeats`, `reconcile`) are listed by `promotionNotices`, whose keys are
 * stable so a notice is sent once whichever path reports it.
 *
 * The parts, one file each: `claims.ts` (book, cancel, give up an offer), `waitlist.ts` (promotion,
 * hand-over, fill), `moves.ts` (reschedule), `repair.ts` (reconcile, seat packing), `booking-lists.ts`
 * (my bookings, attendees, reminders and notices), over `booking-records.ts` (the records and rules).
 */

/** Options of the `BookingService`. */
export interface BookingServiceOptions {
  /** The teams that may book sessions whose audience is `shortlisted`. */
  shortlisted: () => Promise<readonly string[]> | readonly string[];
  /** How many clinics of the same topic one team may hold (confirmed or being booked). */
  clinicsPerTopicPerTeam: number;
  /** Random tokens for claims. Default `crypto.randomUUID`. */
  newId?: () => string;
  /** Age (by the clock) after which a pending claim holding nothing is abandoned. Default 2 minutes. */
  pendingTimeoutMs?: number;
  /** How long (real time) a second request of a team waits for the first. Default 5 s. */
  settleWaitMs?: number;
}

export class BookingService {
  private readonly claims: Claims;
  private readonly waitlist: Waitlist;
  private readonly moves: Moves;
  private readonly repair: Repair;
  private readonly lists: BookingLists;

  constructor(
    private readonly store: Store,
    sessions: SessionLookup,
    private readonly clock: Clock,
    options: BookingServiceOptions,
  ) {
    if (!Number.isInteger(options.clinicsPerTopicPerTeam) || options.clinicsPerTopicPerTeam < 1) {
      throw new RangeError('BookingService: clinicsPerTopicPerTeam must be a positive integer');
    }
    const context: BookingContext = {
      store,
      sessions,
      clock,
      topicLimit: options.clinicsPerTopicPerTeam,
      pendingTimeoutMs: options.pendingTimeoutMs ?? 120_000,
    };
    this.waitlist = new Waitlist(context);
    this.repair = new Repair(context, this.waitlist);
    this.claims = new Claims(context, this.waitlist, this.repair, {
      shortlisted: options.shortlisted,
      newId: options.newId ?? randomUUID,
      settleWaitMs: options.settleWaitMs ?? 5_000,
    });
    this.moves = new Moves(context, this.claims, this.waitlist);
    this.lists = new BookingLists(context);
  }

  /**
   * Books a seat, or a waitlist place when the session is full. Refusals are checked in the order
   * of the `BookResult` union; a team that already holds a seat or place gets it back with
   * `alreadyBooked` (even after the booking window closed).
   */
  book(teamId: string, sessionId: string): Promise<BookResult> {
    return this.claims.book(teamId, sessionId);
  }

  /**
   * Cancels the team's seat (until the cut-off) or waitlist place (any time). A freed seat goes at
   * once to the first eligible waitlisted team, returned as `promoted`. A booking of a session IKM
   * cancelled holds nothing to cancel (`session-cancelled`).
   */
  cancel(teamId: string, sessionId: string): Promise<CancelResult> {
    return this.claims.cancel(teamId, sessionId);
  }

  /**
   * Gives up every seat and waitlist place of a team, whatever the cut-offs, and the bookings of
   * sessions IKM cancelled (the person asked for their data to be deleted): freed seats go to the
   * waitlist; the team's record goes. Returns the promoted teams (to be told).
   */
  async forgetTeam(teamId: string): Promise<string[]> {
    const promoted: string[] = [];
    for (const booking of await this.lists.myBookings(teamId, { includePast: true, includeCancelled: true })) {
      const result = await this.claims.cancel(teamId, booking.session.id, { forget: true });
      if (result.ok && result.promoted) promoted.push(result.promoted);
    }
    const record = await this.store.get<unknown>(teamKey(teamId));
    const team = record ? parseRecord(teamBookingsSchema, teamKey(teamId), record.value) : undefined;
    if (record && team && Object.keys(team.entries).length === 0) await this.store.delete(teamKey(teamId), record.version);
    return promoted;
  }

  /** A promoted team turns down the seat it was given; it goes to the next eligible waitlisted team. */
  declineOffer(teamId: string, sessionId: string): Promise<DeclineResult> {
    return this.claims.declineOffer(teamId, sessionId);
  }

  /** Moves the team's booking to a seat in another session; nothing changes when there is none. */
  reschedule(teamId: string, fromSessionId: string, toSessionId: string): Promise<RescheduleResult> {
    return this.moves.reschedule(teamId, fromSessionId, toSessionId);
  }

  /** Whether a session is for this team at all: everyone's, or shortlisted teams' and the team is one. */
  isForTeam(session: Session, teamId: string): Promise<boolean> {
    return this.claims.isForTeam(session, teamId);
  }

  /** `isForTeam` for a list of sessions, the shortlist read once (see `Claims.forTeam`). */
  forTeam(teamId: string, sessions: readonly Session[]): Promise<(session: Session) => boolean> {
    return this.claims.forTeam(teamId, sessions);
  }

  /**
   * The team's seats and waitlist places, by start time. Sessions over, and bookings of sessions
   * IKM cancelled (status `cancelled`), are left out unless asked.
   */
  myBookings(teamId: string, options: MyBookingsOptions = {}): Promise<MyBooking[]> {
    return this.lists.myBookings(teamId, options);
  }

  /** Free seats of a session: its capacity less the seats held (0 when it is unknown). */
  async seatsLeft(session: Session): Promise<number> {
    const attendees = await this.lists.attendees(session.id);
    return attendees.ok ? Math.max(0, session.capacity - attendees.confirmed.length) : 0;
  }

  /** Who holds a seat (by booking time) and who waits (by position) in a session. */
  attendees(sessionId: string, options: AttendeesOptions = {}): Promise<AttendeesResult> {
    return this.lists.attendees(sessionId, options);
  }

  /** The attendees as CSV for IKM and the host. */
  attendeesCsv(sessionId: string, options: AttendeesCsvOptions = {}): Promise<AttendeesCsvResult> {
    return this.lists.attendeesCsv(sessionId, options);
  }

  /** Reminders due after `now`: 24 hours and 1 hour before each confirmed booking's session. */
  scheduledReminders(now: Date): Promise<SessionReminder[]> {
    return this.lists.scheduledReminders(now);
  }

  /** Seats given from the waitlist, for sessions not yet started: every promotion, however made. */
  promotionNotices(now: Date): Promise<PromotionNotice[]> {
    return this.lists.promotionNotices(now);
  }

  /** Gives free seats to the waitlist (after raising a capacity); returns the promoted teams. */
  fillFreeSeats(sessionId: string): Promise<string[]> {
    return this.waitlist.fill(sessionId, this.clock.now());
  }

  /** Packs confirmed teams into the lowest seats (before lowering a capacity); returns how many moved. */
  compactSeats(sessionId: string): Promise<number> {
    return this.repair.compactSeats(sessionId);
  }

  /** Repairs what crashed requests may have left in a session, then fills free seats. */
  reconcile(sessionId: string): Promise<ReconcileReport> {
    return this.repair.reconcile(sessionId);
  }
}
