import { z } from 'zod';
import { sessionSchema } from './sessions';

/**
 * What bookings keep in the Store, and under which keys. Every record is parsed with its schema on
 * read, so a damaged row fails loudly with its key.
 *
 * ```
 * bookings/catalogue/<sessionId>                  admin version of a session (wins over the file)
 * bookings/teams/<teamId>                         one team's bookings, all sessions (compare-and-set)
 * bookings/sessions/<sessionId>/seats/<0001>      seat n of a session: the team holding it
 * bookings/sessions/<sessionId>/waitlist/<000..1> a place on the waitlist: the team, in key order
 * counter bookings/sessions/<sessionId>/waitlist-seq  numbers waitlist places
 * ```
 *
 * A seat is a record that only exists once: taking seat n is an insert-if-absent, a single atomic
 * statement on both engines, and only seats 1..capacity are ever taken, so no number of concurrent
 * bookers, in any number of processes, can hold more seats than the capacity. The seat names its
 * holder, so seat ownership is never ambiguous after a crash (see `booking-service.ts`).
 */

const isoInstant = z.string().datetime();

/** A taken seat. */
export const seatSchema = z.object({ teamId: z.string().min(1), since: isoInstant });
export type SeatRecord = z.output<typeof seatSchema>;

/** A place on a waitlist. */
export const placeSchema = z.object({ teamId: z.string().min(1), since: isoInstant });
export type PlaceRecord = z.output<typeof placeSchema>;

/**
 * One team's booking of one session, as the team record sees it.
 * - `pending`: a booking (or reschedule) is in progress: the team claimed the session and is taking
 *   a seat or a waitlist place. Two clicks of the same team meet here: the second waits for the first.
 * - `confirmed`: holds `seat`.
 * - `waitlisted`: holds the waitlist place numbered `place`.
 * Cancelled and declined bookings are removed.
 */
export const bookingEntrySchema = z.object({
  state: z.enum(['pending', 'confirmed', 'waitlisted']),
  /** Random token of the request that claimed the session; a repair keeps it. */
  claim: z.string().min(1),
  /** When the team first booked this session. */
  since: isoInstant,
  updatedAt: isoInstant,
  seat: z.number().int().positive().optional(),
  /** The waitlist place (while waitlisted; kept after a promotion, to name the offer). */
  place: z.number().int().positive().optional(),
  /** Set when the seat came from the waitlist: the team was offered it and may decline. */
  promotedAt: isoInstant.optional(),
  /** Set on the target of a reschedule, naming the session it left (or is leaving). */
  rescheduledFrom: z.string().optional(),
  /**
   * Set on a seat a finished reschedule gave, naming the session it left: a second press of the
   * same Move is told the booking already moved, rather than that there is none.
   */
  movedFrom: z.string().optional(),
});
export type BookingEntry = z.output<typeof bookingEntrySchema>;

/** Everything one team booked, by session id. */
export const teamBookingsSchema = z.object({
  teamId: z.string().min(1),
  entries: z.record(z.string(), bookingEntrySchema),
});
export type TeamBookings = z.output<typeof teamBookingsSchema>;

/** A session created or changed by an admin. */
export const catalogueRecordSchema = z.object({
  session: sessionSchema,
  /** The admin who created it, when it is not from the file. */
  createdBy: z.string().optional(),
  updatedBy: z.string(),
  updatedAt: isoInstant,
});
export type CatalogueRecord = z.output<typeof catalogueRecordSchema>;

export const CATALOGUE_PREFIX = 'bookings/catalogue/';
export const TEAMS_PREFIX = 'bookings/teams/';
const SESSIONS_PREFIX = 'bookings/sessions/';

export function catalogueKey(sessionId: string): string {
  return `${CATALOGUE_PREFIX}${sessionId}`;
}

/** Team ids are Entra object ids or Teams ids ("29:..."): encoded so no "/" can shift the key. */
export function teamKey(teamId: string): string {
  return `${TEAMS_PREFIX}${encodeURIComponent(teamId)}`;
}

export function seatsPrefix(sessionId: string): string {
  return `${SESSIONS_PREFIX}${sessionId}/seats/`;
}

/** Seat numbers padded so key order is seat order (capacity is at most 500). */
export function seatKey(sessionId: string, seat: number): string {
  return `${seatsPrefix(sessionId)}${String(seat).padStart(4, '0')}`;
}

export function placesPrefix(sessionId: string): string {
  return `${SESSIONS_PREFIX}${sessionId}/waitlist/`;
}

/** Place numbers padded so key order is waitlist order. */
export function placeKey(sessionId: string, place: number): string {
  return `${placesPrefix(sessionId)}${String(place).padStart(12, '0')}`;
}

export function waitlistCounter(sessionId: string): string {
  return `${SESSIONS_PREFIX}${sessionId}/waitlist-seq`;
}

/** The number at the end of a seat or place key. */
export function numberOfKey(key: string): number {
  return Number(key.slice(key.lastIndexOf('/') + 1));
}


export { parseRecord } from '../storage/parse-record';
