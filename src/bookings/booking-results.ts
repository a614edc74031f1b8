import type { CallLanguage } from '../call/call-schema';
import type { Session } from './sessions';

/**
 * What the booking service answers: result unions with a `reason` code and its parameters (never
 * a sentence; the bot words them in the user's language), and the views it gives.
 */

/**
 * Why a session cannot be booked now, in the order they are checked. Who a session is for comes
 * before its dates: "booking opens on ..." told to a team that may never book it would be untrue.
 */
export type SessionRefusal =
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'cancelled' }
  /** The session is for shortlisted teams only. */
  | { ok: false; reason: 'not-shortlisted' }
  /** The session has started (or is over). */
  | { ok: false; reason: 'in-the-past'; start: Date }
  | { ok: false; reason: 'window-not-open'; opens: Date }
  | { ok: false; reason: 'window-closed'; closed: Date };

/** Why this team cannot add this session to its bookings. */
export type RuleRefusal =
  /** The team already holds `limit` clinics on this topic (`sessionIds`). */
  | { ok: false; reason: 'topic-limit'; topic: string; limit: number; sessionIds: string[] }
  /** The team holds a seat in `sessionId`, at the same time. */
  | { ok: false; reason: 'overlap'; sessionId: string };

/** Another request of the same team is still working on this booking; try again in a moment. */
export type BusyRefusal = { ok: false; reason: 'busy' };

/** `book`. A repeated booking succeeds with `alreadyBooked`. */
export type BookResult =
  | { ok: true; status: 'confirmed'; alreadyBooked?: true }
  /** On the waitlist, `position` 1 being next. */
  | { ok: true; status: 'waitlisted'; position: number; alreadyBooked?: true }
  | SessionRefusal
  | RuleRefusal
  | BusyRefusal;

/** `cancel`. */
export type CancelResult =
  /** `promoted`: the waitlisted team that got the freed seat (tell them). */
  | { ok: true; was: 'confirmed' | 'waitlisted'; promoted?: string }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'not-booked' }
  /** IKM cancelled the session: the booking no longer holds, there is nothing left to cancel. */
  | { ok: false; reason: 'session-cancelled' }
  /** Cancelling a seat is possible until `cutoff` (start - cancellationCutoffHours). */
  | { ok: false; reason: 'cutoff-passed'; cutoff: Date }
  | BusyRefusal;

/** `declineOffer`. */
export type DeclineResult =
  | { ok: true; promoted?: string }
  | { ok: false; reason: 'not-found' }
  /** The team holds no seat that came from the waitlist. */
  | { ok: false; reason: 'not-offered' }
  /** IKM cancelled the session: there is no seat to give up. */
  | { ok: false; reason: 'session-cancelled' }
  | { ok: false; reason: 'in-the-past'; start: Date }
  | BusyRefusal;

/** `reschedule`. On any refusal nothing changed. */
export type RescheduleResult =
  /** `promoted`: the waitlisted team that got the seat left behind. */
  | { ok: true; status: 'confirmed'; promoted?: string }
  | { ok: false; reason: 'same-session' }
  /** The team has no booking of the session it wants to leave. */
  | { ok: false; reason: 'not-booked' }
  /**
   * The team has no booking of the session it wants to leave, and holds the seat in the target
   * that this move gave it (`movedFrom`): the move was already made (a second press, an old card).
   */
  | { ok: false; reason: 'already-moved' }
  /** IKM cancelled the session the team wants to leave: its booking no longer holds. */
  | { ok: false; reason: 'session-cancelled' }
  /** Too late to leave the current session. */
  | { ok: false; reason: 'cutoff-passed'; cutoff: Date }
  /** The team already has a booking of the target session. */
  | { ok: false; reason: 'already-booked'; status: 'confirmed' | 'waitlisted' }
  /** No seat free in the target session (a reschedule never joins a waitlist). */
  | { ok: false; reason: 'full' }
  | SessionRefusal
  | RuleRefusal
  | BusyRefusal;

/**
 * What a team's booking is, seen with its session (see `bookingState`): a seat, a waitlist place,
 * or `cancelled` when IKM cancelled the session (the booking no longer holds: no seat, no place,
 * nothing to cancel, move or join).
 */
export type BookingStatus = 'confirmed' | 'waitlisted' | 'cancelled';

/** One booking of a team, for "my bookings". */
export interface MyBooking {
  session: Session;
  /** `cancelled` only when asked for (`includeCancelled`). */
  status: BookingStatus;
  /** Place on the waitlist, 1 being next. */
  position?: number;
  /** The seat came from the waitlist: the team may `declineOffer` (never for a cancelled session). */
  offered: boolean;
  bookedAt: Date;
}

/** A team in a session's list. */
export interface Attendee {
  teamId: string;
  status: 'confirmed' | 'waitlisted';
  /** Waitlist position, 1 being next. */
  position?: number;
  bookedAt: Date;
  /** When the seat came from the waitlist. */
  offeredAt?: Date;
}

/** Teams holding a seat or a place; both empty for a session IKM cancelled (nobody holds anything). */
export type AttendeesResult =
  | { ok: true; session: Session; confirmed: Attendee[]; waitlisted: Attendee[] }
  | { ok: false; reason: 'not-found' };

/** Options of `attendees`. */
export interface AttendeesOptions {
  /** Of a cancelled session, the teams that held a seat or a place when it was cancelled (else nobody). */
  heldWhenCancelled?: boolean;
}

export type AttendeesCsvResult = { ok: true; csv: string; filename: string } | { ok: false; reason: 'not-found' };

/** Options of `attendeesCsv`. */
export interface AttendeesCsvOptions {
  /** Language of the session title column. Default en. */
  language?: CallLanguage;
  /** A display name per team (from the Teams profile), for the `team_name` column. */
  teamName?: (teamId: string) => string | undefined | Promise<string | undefined>;
}

/** A reminder the reminders capability sends before a confirmed session. */
export interface SessionReminder {
  /** Stable: `session/<sessionId>/<teamId>/24h` or `/1h`. */
  key: string;
  kind: '24h' | '1h';
  teamId: string;
  sessionId: string;
  at: Date;
}

/** A promotion from the waitlist to tell the team about. */
export interface PromotionNotice {
  /** Stable: `session/<sessionId>/<teamId>/promoted/<place>`. */
  key: string;
  teamId: string;
  sessionId: string;
  /** When the seat became theirs. */
  at: Date;
}

/** What `reconcile` found and repaired. */
export interface ReconcileReport {
  sessionId: string;
  /** Teams found holding a seat while their entry said pending or waitlisted: now confirmed. */
  confirmed: string[];
  /** Pending claims found holding a waitlist place: now waitlisted. */
  waitlisted: string[];
  /** Pending claims older than the timeout holding nothing: removed (the team can book again). */
  abandoned: string[];
  /** Waitlisted teams whose place had vanished (a promotion stopped half-way): place put back. */
  restoredPlaces: string[];
  /** Confirmed teams whose seat record was missing or renumbered: seated again or waitlisted. */
  reseated: string[];
  /** Seats held for nobody (a cancel stopped half-way): released. */
  releasedSeats: number[];
  /** Places of teams no longer waiting: removed. */
  removedPlaces: number[];
  /** Teams given a free seat from the waitlist afterwards. */
  promoted: string[];
}
