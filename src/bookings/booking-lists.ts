import type {
  Attendee,
  AttendeesCsvOptions,
  AttendeesCsvResult,
  AttendeesOptions,
  AttendeesResult,
  MyBooking,
  PromotionNotice,
  SessionReminder,
} from './booking-results';
import { assertTeamId, BookingRecords } from './booking-records';
import { bookingState } from './booking-rules';
import { csvMoment, toCsv } from './csv';
import { placesPrefix, seatsPrefix } from './records';
import { type Session, sessionEnd } from './sessions';

/** Options of `myBookings`. */
export interface MyBookingsOptions {
  /** Also sessions that are over. */
  includePast?: boolean;
  /** Also bookings of sessions IKM cancelled (status `cancelled`). */
  includeCancelled?: boolean;
}

/** What the records say, read for people and for IKM: my bookings, attendees, their CSV, reminders and notices due. */
export class BookingLists extends BookingRecords {
  /**
   * The team's seats and waitlist places, by start time. Sessions over are left out unless asked;
   * so are bookings of sessions IKM cancelled, which hold nothing: asked for (`includeCancelled`),
   * they come with the status `cancelled`, to show what happened to them.
   */
  async myBookings(teamId: string, options: MyBookingsOptions = {}): Promise<MyBooking[]> {
    assertTeamId(teamId);
    const now = this.clock.now();
    const team = await this.readTeam(teamId);
    const bookings: MyBooking[] = [];
    for (const [sessionId, entry] of Object.entries(team.entries)) {
      const session = await this.sessions.get(sessionId);
      if (!session) continue;
      const status = bookingState(entry, session);
      if (status === 'pending' || (status === 'cancelled' && !options.includeCancelled)) continue;
      if (!options.includePast && sessionEnd(session).getTime() <= now.getTime()) continue;
      const position = status === 'waitlisted' && entry.place !== undefined ? await this.positionOf(sessionId, entry.place) : undefined;
      bookings.push({
        session,
        status,
        ...(position !== undefined ? { position } : {}),
        offered: status === 'confirmed' && entry.promotedAt !== undefined,
        bookedAt: new Date(entry.since),
      });
    }
    return bookings.sort((a, b) => a.session.start.localeCompare(b.session.start) || a.session.id.localeCompare(b.session.id));
  }

  /**
   * Who holds a seat (by booking time) and who waits (by position) in a session. Nobody, in a
   * session IKM cancelled: the seat records left behind hold no one (`bookingState`).
   */
  async attendees(sessionId: string, options: AttendeesOptions = {}): Promise<AttendeesResult> {
    const session = await this.sessions.get(sessionId);
    if (!session) return { ok: false, reason: 'not-found' };
    // A cancelled session holds nobody; its bookings stay recorded, to say who was told.
    if (session.status === 'cancelled' && !options.heldWhenCancelled) return { ok: true, session, confirmed: [], waitlisted: [] };
    const [seats, places] = await Promise.all([this.listHoldings(seatsPrefix(sessionId)), this.listHoldings(placesPrefix(sessionId))]);
    const teams = await this.readTeams([...seats, ...places].map((holding) => holding.teamId));
    const confirmed: Attendee[] = [];
    const seen = new Set<string>();
    for (const seat of seats) {
      const entry = teams.get(seat.teamId)?.entries[sessionId];
      const holds = entry && ((entry.state === 'confirmed' && entry.seat === seat.number) || entry.state === 'pending');
      if (!entry || !holds || seen.has(seat.teamId)) continue;
      seen.add(seat.teamId);
      confirmed.push({
        teamId: seat.teamId,
        status: 'confirmed',
        bookedAt: new Date(entry.since),
        ...(entry.promotedAt ? { offeredAt: new Date(entry.promotedAt) } : {}),
      });
    }
    confirmed.sort((a, b) => a.bookedAt.getTime() - b.bookedAt.getTime() || a.teamId.localeCompare(b.teamId));
    const waitlisted: Attendee[] = [];
    for (const place of places) {
      const entry = teams.get(place.teamId)?.entries[sessionId];
      const waits = entry && ((entry.state === 'waitlisted' && entry.place === place.number) || entry.state === 'pending');
      if (!entry || !waits || seen.has(place.teamId)) continue;
      seen.add(place.teamId);
      waitlisted.push({ teamId: place.teamId, status: 'waitlisted', position: waitlisted.length + 1, bookedAt: new Date(entry.since) });
    }
    return { ok: true, session, confirmed, waitlisted };
  }

  /**
   * The attendees as CSV for IKM and the host: one row per team, confirmed first then the waitlist
   * (of a cancelled session, who held a seat or a place when it was cancelled). Columns: session_id, session_title, session_start_utc, status, position, team_id, team_name,
   * booked_at_utc, offered_at_utc.
   */
  async attendeesCsv(sessionId: string, options: AttendeesCsvOptions = {}): Promise<AttendeesCsvResult> {
    const list = await this.attendees(sessionId, { heldWhenCancelled: true });
    if (!list.ok) return list;
    const { session } = list;
    // Of a cancelled session, who held what when it was cancelled (and was told): "cancelled-confirmed".
    const status = (attendee: Attendee) => (session.status === 'cancelled' ? `cancelled-${attendee.status}` : attendee.status);
    const title = session.title[options.language ?? 'en'];
    const rows: Array<Array<string | number | undefined>> = [
      ['session_id', 'session_title', 'session_start_utc', 'status', 'position', 'team_id', 'team_name', 'booked_at_utc', 'offered_at_utc'],
    ];
    for (const attendee of [...list.confirmed, ...list.waitlisted]) {
      const name = options.teamName ? await options.teamName(attendee.teamId) : undefined;
      rows.push([
        session.id,
        title,
        csvMoment(new Date(session.start)),
        status(attendee),
        attendee.position,
        attendee.teamId,
        name,
        csvMoment(attendee.bookedAt),
        attendee.offeredAt ? csvMoment(attendee.offeredAt) : undefined,
      ]);
    }
    // With a byte-order mark, as every CSV the assistant gives: Excel then reads it as UTF-8 (accents).
    return { ok: true, csv: `\uFEFF${toCsv(rows)}`, filename: `attendees-${session.id}.csv` };
  }

  /**
   * Reminders due after `now` for every confirmed booking of a scheduled session: 24 hours and 1
   * hour before the start. Keys are stable, so the reminders outbox can insert them idempotently.
   */
  async scheduledReminders(now: Date): Promise<SessionReminder[]> {
    const reminders: SessionReminder[] = [];
    const sessions = new Map<string, Session | undefined>();
    for (const team of await this.listTeams()) {
      for (const [sessionId, entry] of Object.entries(team.entries)) {
        if (entry.state !== 'confirmed') continue;
        const session = await this.cachedSession(sessionId, sessions);
        if (!session || session.status !== 'scheduled') continue;
        const start = Date.parse(session.start);
        for (const [kind, hours] of [['24h', 24], ['1h', 1]] as const) {
          const at = new Date(start - hours * 3_600_000);
          if (at.getTime() <= now.getTime()) continue;
          // A moved session's reminders are new ones: those sent for the old time do not stand for them.
          const moved = session.rescheduled ? `/moved-${session.rescheduled}` : '';
          reminders.push({ key: `session/${sessionId}/${team.teamId}/${kind}${moved}`, kind, teamId: team.teamId, sessionId, at });
        }
      }
    }
    return reminders.sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
  }

  /** Seats given from the waitlist, for sessions not yet started: every promotion, however made. */
  async promotionNotices(now: Date): Promise<PromotionNotice[]> {
    const notices: PromotionNotice[] = [];
    const sessions = new Map<string, Session | undefined>();
    for (const team of await this.listTeams()) {
      for (const [sessionId, entry] of Object.entries(team.entries)) {
        if (entry.state !== 'confirmed' || entry.promotedAt === undefined) continue;
        const session = await this.cachedSession(sessionId, sessions);
        if (!session || session.status !== 'scheduled' || Date.parse(session.start) <= now.getTime()) continue;
        notices.push({
          key: `session/${sessionId}/${team.teamId}/promoted/${entry.place ?? 0}`,
          teamId: team.teamId,
          sessionId,
          at: new Date(entry.promotedAt),
        });
      }
    }
    return notices.sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
  }
}
