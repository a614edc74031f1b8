import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Clock } from '../clock';
import { type Store, updateRecord } from '../storage/store';
import { toCsv } from './csv';
import {
  type BookingEntry,
  type PlaceRecord,
  type TeamBookings,
  TEAMS_PREFIX,
  numberOfKey,
  parseRecord,
  placeKey,
  placeSchema,
  placesPrefix,
  seatKey,
  seatSchema,
  seatsPrefix,
  teamBookingsSchema,
  teamKey,
  waitlistCounter,
} from './records';
import type {
  Attendee,
  AttendeesCsvOptions,
  AttendeesCsvResult,
  AttendeesResult,
  BookResult,
  CancelResult,
  DeclineResult,
  MyBooking,
  PromotionNotice,
  ReconcileReport,
  RescheduleResult,
  RuleRefusal,
  SessionRefusal,
  SessionReminder,
} from './booking-results';
import { teamRuleRefusal, timeRefusal } from './booking-rules';
import { type Session, cancellationCutoff, sessionEnd } from './sessions';

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
 */

/** Longest accepted team id (Entra object ids have 36 characters, Teams ids about 80). */
const MAX_TEAM_ID_LENGTH = 200;
/** How often a second request of a team looks whether the first one has settled. */
const POLL_MS = 20;
/** Bound on promotion rounds in one fill: each round seats one team or removes one stale place. */
const MAX_FILL_ROUNDS = 1000;

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

/** Where the service reads sessions: a `SessionCatalogue`. */
export interface SessionLookup {
  get(id: string): Promise<Session | undefined>;
}

/** A seat or place record as listed. */
interface Holding {
  key: string;
  version: number;
  number: number;
  teamId: string;
  value: PlaceRecord;
}

/** A seat this process holds and may hand over. */
interface HeldSeat {
  seat: number;
  version: number;
}

type SeatOutcome = HeldSeat | 'none' | 'closed';

type ClaimOutcome =
  | { kind: 'claimed'; claim: string }
  | { kind: 'exists' }
  | { kind: 'refused'; refusal: RuleRefusal }
  | { kind: 'from-changed' };

type PromotionOutcome = 'confirmed' | 'blocked' | 'gone';

export class BookingService {
  private readonly newId: () => string;
  private readonly pendingTimeoutMs: number;
  private readonly settleWaitMs: number;
  private readonly topicLimit: number;

  constructor(
    private readonly store: Store,
    private readonly sessions: SessionLookup,
    private readonly clock: Clock,
    private readonly options: BookingServiceOptions,
  ) {
    if (!Number.isInteger(options.clinicsPerTopicPerTeam) || options.clinicsPerTopicPerTeam < 1) {
      throw new RangeError('BookingService: clinicsPerTopicPerTeam must be a positive integer');
    }
    this.topicLimit = options.clinicsPerTopicPerTeam;
    this.newId = options.newId ?? randomUUID;
    this.pendingTimeoutMs = options.pendingTimeoutMs ?? 120_000;
    this.settleWaitMs = options.settleWaitMs ?? 5_000;
  }

  /**
   * Books a seat, or a waitlist place when the session is full. Refusals are checked in the order
   * of the `BookResult` union; a team that already holds a seat or place gets it back with
   * `alreadyBooked` (even after the booking window closed).
   */
  async book(teamId: string, sessionId: string): Promise<BookResult> {
    assertTeamId(teamId);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const session = await this.sessions.get(sessionId);
      if (!session) return { ok: false, reason: 'not-found' };
      if (session.status === 'cancelled') return { ok: false, reason: 'cancelled' };
      const existing = await this.settledEntry(teamId, sessionId);
      if (existing === 'busy') return { ok: false, reason: 'busy' };
      if (existing) return this.alreadyBooked(sessionId, existing);

      const now = this.clock.now();
      const refusal = await this.sessionRefusal(session, teamId, now);
      if (refusal) return refusal;
      const claimed = await this.claim(teamId, session, now);
      if (claimed.kind === 'refused') return claimed.refusal;
      // Another request of this team claimed it first: answer with what it got.
      if (claimed.kind !== 'claimed') continue;
      return await this.seatOrWaitlist(teamId, session, claimed.claim, now);
    }
    return { ok: false, reason: 'busy' };
  }

  /**
   * Cancels the team's seat (until the cut-off) or waitlist place (any time). A freed seat goes at
   * once to the first eligible waitlisted team, returned as `promoted`.
   */
  async cancel(teamId: string, sessionId: string): Promise<CancelResult> {
    assertTeamId(teamId);
    const session = await this.sessions.get(sessionId);
    if (!session) return { ok: false, reason: 'not-found' };
    const settled = await this.settledEntry(teamId, sessionId);
    if (settled === 'busy') return { ok: false, reason: 'busy' };
    const now = this.clock.now();
    const outcome: { value?: CancelResult; removed?: BookingEntry } = {};
    await this.updateTeam(teamId, (team) => {
      const entry = team.entries[sessionId];
      if (!entry) {
        outcome.value = { ok: false, reason: 'not-booked' };
        return undefined;
      }
      if (entry.state === 'pending') {
        outcome.value = { ok: false, reason: 'busy' };
        return undefined;
      }
      const cutoff = cancellationCutoff(session);
      if (entry.state === 'confirmed' && session.status === 'scheduled' && now.getTime() > cutoff.getTime()) {
        outcome.value = { ok: false, reason: 'cutoff-passed', cutoff };
        return undefined;
      }
      outcome.removed = entry;
      outcome.value = undefined;
      return withEntry(team, sessionId, undefined);
    });
    const removed = outcome.removed;
    if (outcome.value || !removed) return outcome.value ?? { ok: false, reason: 'not-booked' };
    const promoted = await this.release(session, teamId, removed, now);
    return { ok: true, was: removed.state === 'confirmed' ? 'confirmed' : 'waitlisted', ...(promoted ? { promoted } : {}) };
  }

  /**
   * A promoted team turns down the seat it was given; it goes to the next eligible waitlisted team.
   * Possible until the session starts, whatever the cancellation cut-off.
   */
  async declineOffer(teamId: string, sessionId: string): Promise<DeclineResult> {
    assertTeamId(teamId);
    const session = await this.sessions.get(sessionId);
    if (!session) return { ok: false, reason: 'not-found' };
    const now = this.clock.now();
    const start = new Date(session.start);
    if (session.status === 'scheduled' && now.getTime() >= start.getTime()) return { ok: false, reason: 'in-the-past', start };
    const settled = await this.settledEntry(teamId, sessionId);
    if (settled === 'busy') return { ok: false, reason: 'busy' };
    const outcome: { removed?: BookingEntry } = {};
    await this.updateTeam(teamId, (team) => {
      const entry = team.entries[sessionId];
      outcome.removed = undefined;
      if (!entry || entry.state !== 'confirmed' || entry.promotedAt === undefined) return undefined;
      outcome.removed = entry;
      return withEntry(team, sessionId, undefined);
    });
    if (!outcome.removed) return { ok: false, reason: 'not-offered' };
    const promoted = await this.release(session, teamId, outcome.removed, now);
    return { ok: true, ...(promoted ? { promoted } : {}) };
  }

  /**
   * Moves the team's booking of `fromSessionId` to a seat in `toSessionId`. The old seat (or place)
   * is released only once the new seat is taken; when there is none, nothing changes (`full`).
   */
  async reschedule(teamId: string, fromSessionId: string, toSessionId: string): Promise<RescheduleResult> {
    assertTeamId(teamId);
    if (fromSessionId === toSessionId) return { ok: false, reason: 'same-session' };
    const [from, to] = await Promise.all([this.sessions.get(fromSessionId), this.sessions.get(toSessionId)]);
    const fromEntry = await this.settledEntry(teamId, fromSessionId);
    if (fromEntry === 'busy') return { ok: false, reason: 'busy' };
    if (!from || !fromEntry) return { ok: false, reason: 'not-booked' };
    if (!to) return { ok: false, reason: 'not-found' };
    if (to.status === 'cancelled') return { ok: false, reason: 'cancelled' };
    const toEntry = await this.settledEntry(teamId, toSessionId);
    if (toEntry === 'busy') return { ok: false, reason: 'busy' };
    if (toEntry) return { ok: false, reason: 'already-booked', status: toEntry.state === 'waitlisted' ? 'waitlisted' : 'confirmed' };

    const now = this.clock.now();
    const cutoff = cancellationCutoff(from);
    if (fromEntry.state === 'confirmed' && from.status === 'scheduled' && now.getTime() > cutoff.getTime()) {
      return { ok: false, reason: 'cutoff-passed', cutoff };
    }
    const refusal = await this.sessionRefusal(to, teamId, now);
    if (refusal) return refusal;
    const claimed = await this.claim(teamId, to, now, { sessionId: fromSessionId, claim: fromEntry.claim });
    if (claimed.kind === 'refused') return claimed.refusal;
    if (claimed.kind === 'exists') return { ok: false, reason: 'busy' };
    if (claimed.kind === 'from-changed') return { ok: false, reason: 'busy' };
    const claim = claimed.claim;

    const seat = await this.takeSeat(to.id, teamId, now);
    if (seat === 'none' || seat === 'closed') {
      await this.dropClaim(teamId, to.id, claim);
      return seat === 'closed' ? { ok: false, reason: 'cancelled' } : { ok: false, reason: 'full' };
    }
    const outcome: { moved?: boolean; left?: BookingEntry } = {};
    await this.updateTeam(teamId, (team) => {
      const target = team.entries[to.id];
      outcome.moved = false;
      outcome.left = undefined;
      if (!target || target.claim !== claim) return undefined;
      outcome.moved = true;
      outcome.left = team.entries[fromSessionId];
      const confirmed = confirmedEntry(target, seat.seat, now);
      return withEntry(withEntry(team, to.id, confirmed), fromSessionId, undefined);
    });
    if (!outcome.moved) {
      // Our claim was taken for abandoned (a very slow request): undo the seat, change nothing.
      await this.store.delete(seatKey(to.id, seat.seat), seat.version);
      return { ok: false, reason: 'busy' };
    }
    const promoted = outcome.left ? await this.release(from, teamId, outcome.left, now) : undefined;
    return { ok: true, status: 'confirmed', ...(promoted ? { promoted } : {}) };
  }

  /** The team's seats and waitlist places, by start time. Sessions over are left out unless asked. */
  async myBookings(teamId: string, options: { includePast?: boolean } = {}): Promise<MyBooking[]> {
    assertTeamId(teamId);
    const now = this.clock.now();
    const team = await this.readTeam(teamId);
    const bookings: MyBooking[] = [];
    for (const [sessionId, entry] of Object.entries(team.entries)) {
      if (entry.state === 'pending') continue;
      const session = await this.sessions.get(sessionId);
      if (!session) continue;
      if (!options.includePast && sessionEnd(session).getTime() <= now.getTime()) continue;
      const position = entry.state === 'waitlisted' && entry.place !== undefined ? await this.positionOf(sessionId, entry.place) : undefined;
      bookings.push({
        session,
        status: entry.state,
        ...(position !== undefined ? { position } : {}),
        offered: entry.state === 'confirmed' && entry.promotedAt !== undefined,
        bookedAt: new Date(entry.since),
      });
    }
    return bookings.sort((a, b) => a.session.start.localeCompare(b.session.start) || a.session.id.localeCompare(b.session.id));
  }

  /** Who holds a seat (by booking time) and who waits (by position) in a session. */
  async attendees(sessionId: string): Promise<AttendeesResult> {
    const session = await this.sessions.get(sessionId);
    if (!session) return { ok: false, reason: 'not-found' };
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
   * The attendees as CSV for IKM and the host: one row per team, confirmed first then the waitlist.
   * Columns: session_id, session_title, session_start_utc, status, position, team_id, team_name,
   * booked_at_utc, offered_at_utc.
   */
  async attendeesCsv(sessionId: string, options: AttendeesCsvOptions = {}): Promise<AttendeesCsvResult> {
    const list = await this.attendees(sessionId);
    if (!list.ok) return list;
    const { session } = list;
    const title = session.title[options.language ?? 'en'];
    const rows: Array<Array<string | number | undefined>> = [
      ['session_id', 'session_title', 'session_start_utc', 'status', 'position', 'team_id', 'team_name', 'booked_at_utc', 'offered_at_utc'],
    ];
    for (const attendee of [...list.confirmed, ...list.waitlisted]) {
      const name = options.teamName ? await options.teamName(attendee.teamId) : undefined;
      rows.push([
        session.id,
        title,
        session.start,
        attendee.status,
        attendee.position,
        attendee.teamId,
        name,
        attendee.bookedAt.toISOString(),
        attendee.offeredAt?.toISOString(),
      ]);
    }
    return { ok: true, csv: toCsv(rows), filename: `attendees-${session.id}.csv` };
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
          reminders.push({ key: `session/${sessionId}/${team.teamId}/${kind}`, kind, teamId: team.teamId, sessionId, at });
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

  /**
   * Gives free seats to the waitlist, first eligible team first; returns the promoted teams. Call it
   * after raising a session's capacity (bookings, cancels and `reconcile` call it themselves).
   */
  async fillFreeSeats(sessionId: string): Promise<string[]> {
    return this.fill(sessionId, this.clock.now());
  }

  /**
   * Moves confirmed teams from the highest seats into free lower ones, so that seats 1..n hold the
   * n teams (cancellations leave gaps). `SessionCatalogue.update` calls it (through its
   * `compactSeats` option) before lowering a capacity. Returns how many teams moved.
   */
  async compactSeats(sessionId: string): Promise<number> {
    const now = this.clock.now();
    let moved = 0;
    const seats = await this.listHoldings(seatsPrefix(sessionId));
    const count = seats.length;
    const taken = new Set(seats.map((seat) => seat.number));
    const free: number[] = [];
    for (let seat = 1; seat <= count; seat += 1) if (!taken.has(seat)) free.push(seat);
    const high = seats.filter((seat) => seat.number > count).reverse();
    for (const seat of high) {
      const to = free.shift();
      if (to === undefined) break;
      const version = await this.store.put(seatKey(sessionId, to), { teamId: seat.teamId, since: now.toISOString() }, 0);
      if (version === null) continue;
      const done = { value: false };
      await this.updateTeam(seat.teamId, (team) => {
        const entry = team.entries[sessionId];
        done.value = entry?.state === 'confirmed' && entry.seat === seat.number;
        return done.value && entry ? withEntry(team, sessionId, { ...entry, seat: to, updatedAt: now.toISOString() }) : undefined;
      });
      if (!done.value) {
        // The team left or changed meanwhile: give the lower seat back, keep things as they were.
        await this.store.delete(seatKey(sessionId, to), version);
        continue;
      }
      // If this delete loses to a concurrent change, the old seat is an orphan `reconcile` releases.
      await this.store.delete(seat.key, seat.version);
      moved += 1;
    }
    return moved;
  }

  /**
   * Repairs what crashed requests may have left in a session (see the class comment), then fills free
   * seats. Safe while bookings go on; meant for a periodic job or an admin command.
   */
  async reconcile(sessionId: string): Promise<ReconcileReport> {
    const report: ReconcileReport = {
      sessionId,
      confirmed: [],
      waitlisted: [],
      abandoned: [],
      restoredPlaces: [],
      reseated: [],
      releasedSeats: [],
      removedPlaces: [],
      promoted: [],
    };
    const session = await this.sessions.get(sessionId);
    if (!session) return report;
    const now = this.clock.now();
    const seats = await this.listHoldings(seatsPrefix(sessionId));
    const places = await this.listHoldings(placesPrefix(sessionId));
    const moves: Array<{ teamId: string; from: string; left: BookingEntry }> = [];

    for (const team of await this.listTeams()) {
      const entry = team.entries[sessionId];
      if (!entry) continue;
      const teamId = team.teamId;
      const seat = seats.find((s) => s.teamId === teamId && s.number === entry.seat) ?? seats.find((s) => s.teamId === teamId);
      const place = places.find((p) => p.teamId === teamId && p.number === entry.place) ?? places.find((p) => p.teamId === teamId);
      // Each repair applies only if the entry is still as read: a live request changing it wins.
      const repair = async (next: (team: TeamBookings) => TeamBookings): Promise<boolean> => {
        const applied = { value: false };
        await this.updateTeam(teamId, (t) => {
          const current = t.entries[sessionId];
          applied.value = current !== undefined && isDeepStrictEqual(current, entry);
          return applied.value ? next(t) : undefined;
        });
        return applied.value;
      };

      if (entry.state === 'pending') {
        if (seat) {
          const left: { value?: BookingEntry } = {};
          const from = entry.rescheduledFrom;
          const done = await repair((t) => {
            left.value = from ? t.entries[from] : undefined;
            const next = withEntry(t, sessionId, confirmedEntry(entry, seat.number, now));
            return from ? withEntry(next, from, undefined) : next;
          });
          if (done) report.confirmed.push(teamId);
          if (done && from && left.value) moves.push({ teamId, from, left: left.value });
        } else if (place) {
          const done = await repair((t) =>
            withEntry(t, sessionId, { ...entry, state: 'waitlisted', place: place.number, updatedAt: now.toISOString() }),
          );
          if (done) report.waitlisted.push(teamId);
        } else if (this.isStale(entry, now)) {
          if (await repair((t) => withEntry(t, sessionId, undefined))) report.abandoned.push(teamId);
        }
      } else if (entry.state === 'waitlisted') {
        if (seat) {
          const done = await repair((t) =>
            withEntry(t, sessionId, { ...confirmedEntry(entry, seat.number, now), promotedAt: now.toISOString() }),
          );
          if (done) report.confirmed.push(teamId);
        } else if (entry.place !== undefined && place?.number !== entry.place) {
          const restored = await this.store.put<PlaceRecord>(placeKey(sessionId, entry.place), { teamId, since: entry.since }, 0);
          if (restored !== null) report.restoredPlaces.push(teamId);
        }
      } else if (!seat || seat.number !== entry.seat) {
        await this.reseat(session, teamId, entry, seat, now);
        report.reseated.push(teamId);
      }
    }

    // Seats and places whose team does not (or no longer) hold them.
    const seatsNow = await this.listHoldings(seatsPrefix(sessionId));
    const placesNow = await this.listHoldings(placesPrefix(sessionId));
    const teams = await this.readTeams([...seatsNow, ...placesNow].map((holding) => holding.teamId));
    for (const seat of seatsNow) {
      const entry = teams.get(seat.teamId)?.entries[sessionId];
      const wanted =
        entry &&
        (entry.state === 'pending' || entry.state === 'waitlisted' || (entry.state === 'confirmed' && entry.seat === seat.number));
      if (!wanted && (await this.store.delete(seat.key, seat.version))) report.releasedSeats.push(seat.number);
    }
    for (const place of placesNow) {
      const entry = teams.get(place.teamId)?.entries[sessionId];
      const wanted = entry && (entry.state === 'pending' || (entry.state === 'waitlisted' && entry.place === place.number));
      if (!wanted && (await this.store.delete(place.key, place.version))) report.removedPlaces.push(place.number);
    }
    // Reschedules finished above: give up what the team held in the session it left.
    for (const move of moves) {
      const from = await this.sessions.get(move.from);
      if (from) await this.release(from, move.teamId, move.left, now);
    }
    report.promoted.push(...(await this.fill(sessionId, now)));
    return report;
  }

  // ---- booking steps ----

  /** Cancelled, started, outside the booking window, or not for this team. */
  private async sessionRefusal(session: Session, teamId: string, now: Date): Promise<SessionRefusal | undefined> {
    const refusal = timeRefusal(session, now);
    if (refusal) return refusal;
    if (session.audience === 'shortlisted') {
      const shortlisted = await this.options.shortlisted();
      if (!shortlisted.includes(teamId)) return { ok: false, reason: 'not-shortlisted' };
    }
    return undefined;
  }

  /**
   * Adds a `pending` entry for `session` to the team record, checking the team's rules in the same
   * compare-and-set. `leaving`: the reschedule source, ignored by the rules and required unchanged.
   */
  private async claim(
    teamId: string,
    session: Session,
    now: Date,
    leaving?: { sessionId: string; claim: string },
  ): Promise<ClaimOutcome> {
    const sessions = new Map<string, Session | undefined>([[session.id, session]]);
    await this.loadSessions(await this.readTeam(teamId), sessions);
    const claim = this.newId();
    const at = now.toISOString();
    for (let round = 1; round <= 5; round += 1) {
      const outcome: { value?: ClaimOutcome | 'reload' } = {};
      const team = await this.updateTeam(teamId, (current) => {
        if (current.entries[session.id]) {
          outcome.value = { kind: 'exists' };
          return undefined;
        }
        if (leaving && current.entries[leaving.sessionId]?.claim !== leaving.claim) {
          outcome.value = { kind: 'from-changed' };
          return undefined;
        }
        const refusal = this.ruleRefusal(session, current, sessions, leaving?.sessionId);
        if (refusal === 'reload') {
          outcome.value = 'reload';
          return undefined;
        }
        if (refusal) {
          outcome.value = { kind: 'refused', refusal };
          return undefined;
        }
        outcome.value = { kind: 'claimed', claim };
        const entry: BookingEntry = {
          state: 'pending',
          claim,
          since: at,
          updatedAt: at,
          ...(leaving ? { rescheduledFrom: leaving.sessionId } : {}),
        };
        return withEntry(current, session.id, entry);
      });
      if (outcome.value && outcome.value !== 'reload') return outcome.value;
      await this.loadSessions(team, sessions);
    }
    throw new Error(`BookingService: the bookings of team "${teamId}" kept changing while claiming ${session.id}`);
  }

  /** After the claim: a seat, else a waitlist place; the entry follows. */
  private async seatOrWaitlist(teamId: string, session: Session, claim: string, now: Date): Promise<BookResult> {
    const seat = await this.takeSeat(session.id, teamId, now);
    if (seat === 'closed') {
      await this.dropClaim(teamId, session.id, claim);
      return { ok: false, reason: 'cancelled' };
    }
    if (seat !== 'none') {
      const settled = await this.settleClaim(teamId, session.id, claim, (entry) => confirmedEntry(entry, seat.seat, now));
      if (settled) return { ok: true, status: 'confirmed' };
      await this.store.delete(seatKey(session.id, seat.seat), seat.version);
      return { ok: false, reason: 'busy' };
    }

    const number = await this.store.increment(waitlistCounter(session.id), 1);
    const key = placeKey(session.id, number);
    const version = await this.store.put<PlaceRecord>(key, { teamId, since: now.toISOString() }, 0);
    if (version === null) throw new Error(`BookingService: waitlist place ${key} already exists: its counter is behind`);
    // Read after writing: an admin cancelling meanwhile either lists this place or is seen here.
    const fresh = await this.sessions.get(session.id);
    if (!fresh || fresh.status !== 'scheduled') {
      await this.store.delete(key, version);
      await this.dropClaim(teamId, session.id, claim);
      return { ok: false, reason: 'cancelled' };
    }
    const settled = await this.settleClaim(teamId, session.id, claim, (entry) => ({
      ...entry,
      state: 'waitlisted',
      place: number,
      updatedAt: now.toISOString(),
    }));
    if (!settled) {
      await this.store.delete(key, version);
      return { ok: false, reason: 'busy' };
    }
    // A seat may have been freed while we joined; it goes to the head of the line (maybe us).
    const promoted = await this.fill(session.id, now, teamId);
    if (promoted.includes(teamId)) return { ok: true, status: 'confirmed' };
    return { ok: true, status: 'waitlisted', position: await this.positionOf(session.id, number) };
  }

  /**
   * Takes a free seat (1..capacity) for the team: an insert-if-absent per candidate, lowest number
   * first so that taken seats stay packed at the bottom (an admin can then lower the capacity down
   * to the number of teams). After taking one it reads the session again: an admin lowering the
   * capacity or cancelling meanwhile is seen here or sees us.
   */
  private async takeSeat(sessionId: string, teamId: string, now: Date): Promise<SeatOutcome> {
    const session = await this.sessions.get(sessionId);
    if (!session || session.status !== 'scheduled') return 'closed';
    const held = new Set((await this.store.list<unknown>(seatsPrefix(sessionId))).map((record) => numberOfKey(record.key)));
    const free: number[] = [];
    for (let seat = 1; seat <= session.capacity; seat += 1) if (!held.has(seat)) free.push(seat);
    for (const seat of free) {
      const version = await this.store.put(seatKey(sessionId, seat), { teamId, since: now.toISOString() }, 0);
      if (version === null) continue;
      const fresh = await this.sessions.get(sessionId);
      if (fresh && fresh.status === 'scheduled' && seat <= fresh.capacity) return { seat, version };
      await this.store.delete(seatKey(sessionId, seat), version);
      return fresh && fresh.status === 'scheduled' ? 'none' : 'closed';
    }
    return 'none';
  }

  /** Changes the entry of our claim (unless a repair took it); false when the claim is gone. */
  private async settleClaim(
    teamId: string,
    sessionId: string,
    claim: string,
    next: (entry: BookingEntry) => BookingEntry,
  ): Promise<boolean> {
    const outcome: { ok?: boolean } = {};
    await this.updateTeam(teamId, (team) => {
      const entry = team.entries[sessionId];
      outcome.ok = entry !== undefined && entry.claim === claim;
      if (!entry || !outcome.ok) return undefined;
      const updated = next(entry);
      return isDeepStrictEqual(sameTimes(updated, entry), entry) ? undefined : withEntry(team, sessionId, updated);
    });
    return outcome.ok === true;
  }

  /** Removes our pending claim (the booking did not happen). */
  private async dropClaim(teamId: string, sessionId: string, claim: string): Promise<void> {
    await this.updateTeam(teamId, (team) => {
      const entry = team.entries[sessionId];
      return entry && entry.claim === claim && entry.state === 'pending' ? withEntry(team, sessionId, undefined) : undefined;
    });
  }

  /** Gives up what a removed entry held: hands the seat over, or deletes the place. */
  private async release(session: Session, teamId: string, removed: BookingEntry, now: Date): Promise<string | undefined> {
    if (removed.state === 'confirmed' && removed.seat !== undefined) return this.handOver(session, teamId, removed.seat, now);
    if (removed.place !== undefined) {
      const key = placeKey(session.id, removed.place);
      const record = await this.store.get<unknown>(key);
      if (record && parseRecord(placeSchema, key, record.value).teamId === teamId) await this.store.delete(key, record.version);
    }
    return undefined;
  }

  /**
   * Passes a seat the team gave up to the first eligible waitlisted team without freeing it in
   * between, so a newcomer cannot take it ahead of the waitlist. Returns the promoted team.
   */
  private async handOver(session: Session, teamId: string, seat: number, now: Date): Promise<string | undefined> {
    const key = seatKey(session.id, seat);
    const record = await this.store.get<unknown>(key);
    if (!record || parseRecord(seatSchema, key, record.value).teamId !== teamId) {
      // The seat is no longer ours (a repair released it): whatever is free goes to the waitlist.
      return (await this.fill(session.id, now))[0];
    }
    const fresh = (await this.sessions.get(session.id)) ?? session;
    if (fresh.status !== 'scheduled' || now.getTime() >= Date.parse(fresh.start)) {
      await this.store.delete(key, record.version);
      return undefined;
    }
    const outcome = await this.promoteOne(fresh, now, { seat, version: record.version });
    if (outcome.kind === 'promoted') return outcome.teamId;
    if (outcome.kind === 'no-candidate' && outcome.held) await this.store.delete(key, outcome.held.version);
    // Fill once the seat is free: a team that was still joining when we looked has either joined
    // by now (and is seen) or will fill for itself after joining (and sees the free seat).
    return (await this.fill(session.id, now))[0];
  }

  /** Promotes waitlisted teams while seats are free. `self`: a booker filling for itself (no offer). */
  private async fill(sessionId: string, now: Date, self?: string): Promise<string[]> {
    const promoted: string[] = [];
    for (let round = 0; round < MAX_FILL_ROUNDS; round += 1) {
      const session = await this.sessions.get(sessionId);
      if (!session || session.status !== 'scheduled' || now.getTime() >= Date.parse(session.start)) break;
      const held = new Set((await this.store.list<unknown>(seatsPrefix(sessionId))).map((record) => numberOfKey(record.key)));
      let free = 0;
      for (let seat = 1; seat <= session.capacity; seat += 1) if (!held.has(seat)) free += 1;
      if (free === 0) break;
      const outcome = await this.promoteOne(session, now, undefined, self);
      if (outcome.kind !== 'promoted') break;
      promoted.push(outcome.teamId);
    }
    return promoted;
  }

  /**
   * Seats the first eligible waitlisted team: in `held` (a seat we hand over) or in a free seat.
   * Places of teams that no longer wait are removed on the way; teams the rules now block (a clinic
   * on the same topic, an overlapping seat) keep their place and are passed over.
   */
  private async promoteOne(
    session: Session,
    now: Date,
    held: HeldSeat | undefined,
    self?: string,
  ): Promise<{ kind: 'promoted'; teamId: string } | { kind: 'no-candidate'; held?: HeldSeat } | { kind: 'no-seat' } | { kind: 'lost-seat' }> {
    const sessions = new Map<string, Session | undefined>([[session.id, session]]);
    let current = held;
    for (const place of await this.listHoldings(placesPrefix(session.id))) {
      const team = await this.readTeam(place.teamId);
      const entry = team.entries[session.id];
      const waits = entry?.state === 'waitlisted' && entry.place === place.number;
      if (!entry || (entry.state !== 'pending' && !waits)) {
        // The team left, moved on, or holds a seat already: the place is stale.
        await this.store.delete(place.key, place.version);
        continue;
      }
      // Pending: still joining; it fills for itself once it has.
      if (!waits) continue;
      await this.loadSessions(team, sessions);
      if (this.ruleRefusal(session, team, sessions) !== undefined) continue;
      if (!(await this.store.delete(place.key, place.version))) continue;

      let seat: HeldSeat;
      if (current) {
        const version = await this.store.put(seatKey(session.id, current.seat), { teamId: place.teamId, since: now.toISOString() }, current.version);
        if (version === null) {
          await this.store.put(place.key, place.value, 0);
          return { kind: 'lost-seat' };
        }
        current = { seat: current.seat, version };
        seat = current;
      } else {
        const taken = await this.takeSeat(session.id, place.teamId, now);
        if (taken === 'none' || taken === 'closed') {
          await this.store.put(place.key, place.value, 0);
          return { kind: 'no-seat' };
        }
        seat = taken;
      }
      const outcome = await this.confirmPromotion(place.teamId, session, place.number, seat.seat, place.teamId !== self, now, sessions);
      if (outcome === 'confirmed') return { kind: 'promoted', teamId: place.teamId };
      if (outcome === 'blocked') await this.store.put(place.key, place.value, 0);
      if (!held) await this.store.delete(seatKey(session.id, seat.seat), seat.version);
    }
    return current ? { kind: 'no-candidate', held: current } : { kind: 'no-candidate' };
  }

  /** The waitlisted entry becomes confirmed in `seat`, if the team still waits and may take it. */
  private async confirmPromotion(
    teamId: string,
    session: Session,
    place: number,
    seat: number,
    asOffer: boolean,
    now: Date,
    sessions: Map<string, Session | undefined>,
  ): Promise<PromotionOutcome> {
    for (let round = 1; round <= 5; round += 1) {
      const outcome: { value?: PromotionOutcome | 'reload' } = {};
      const team = await this.updateTeam(teamId, (current) => {
        const entry = current.entries[session.id];
        if (entry?.state === 'confirmed' && entry.seat === seat) {
          outcome.value = 'confirmed';
          return undefined;
        }
        if (!entry || entry.state !== 'waitlisted' || entry.place !== place) {
          outcome.value = 'gone';
          return undefined;
        }
        const refusal = this.ruleRefusal(session, current, sessions);
        if (refusal !== undefined) {
          outcome.value = refusal === 'reload' ? 'reload' : 'blocked';
          return undefined;
        }
        outcome.value = 'confirmed';
        const confirmed = confirmedEntry(entry, seat, now);
        return withEntry(current, session.id, asOffer ? { ...confirmed, promotedAt: now.toISOString() } : confirmed);
      });
      if (outcome.value && outcome.value !== 'reload') return outcome.value;
      await this.loadSessions(team, sessions);
    }
    return 'blocked';
  }

  /** Repair of a confirmed entry whose seat record is missing or renumbered. */
  private async reseat(session: Session, teamId: string, entry: BookingEntry, found: Holding | undefined, now: Date): Promise<void> {
    const same = (current: BookingEntry | undefined) => current !== undefined && isDeepStrictEqual(current, entry);
    if (found) {
      await this.updateTeam(teamId, (t) => (same(t.entries[session.id]) ? withEntry(t, session.id, { ...entry, seat: found.number }) : undefined));
      return;
    }
    const seat = await this.takeSeat(session.id, teamId, now);
    if (seat !== 'none' && seat !== 'closed') {
      const ok = { value: false };
      await this.updateTeam(teamId, (t) => {
        ok.value = same(t.entries[session.id]);
        return ok.value ? withEntry(t, session.id, { ...entry, seat: seat.seat, updatedAt: now.toISOString() }) : undefined;
      });
      if (!ok.value) await this.store.delete(seatKey(session.id, seat.seat), seat.version);
      return;
    }
    const number = await this.store.increment(waitlistCounter(session.id), 1);
    await this.store.put<PlaceRecord>(placeKey(session.id, number), { teamId, since: entry.since }, 0);
    await this.updateTeam(teamId, (t) => {
      if (!same(t.entries[session.id])) return undefined;
      const { seat: _seat, promotedAt: _promotedAt, ...rest } = entry;
      return withEntry(t, session.id, { ...rest, state: 'waitlisted', place: number, updatedAt: now.toISOString() });
    });
  }

  // ---- team records ----

  /**
   * The team's entry for a session once no request of the team is working on it: waits (real time,
   * up to `settleWaitMs`) while it is `pending`, and repairs it when the claim is abandoned.
   */
  private async settledEntry(teamId: string, sessionId: string): Promise<BookingEntry | undefined | 'busy'> {
    const polls = Math.ceil(this.settleWaitMs / POLL_MS);
    for (let poll = 0; ; poll += 1) {
      const entry = (await this.readTeam(teamId)).entries[sessionId];
      if (!entry || entry.state !== 'pending') return entry;
      if (this.isStale(entry, this.clock.now())) {
        await this.reconcile(sessionId);
        const repaired = (await this.readTeam(teamId)).entries[sessionId];
        return repaired?.state === 'pending' ? 'busy' : repaired;
      }
      if (poll >= polls) return 'busy';
      await sleep(POLL_MS);
    }
  }

  private isStale(entry: BookingEntry, now: Date): boolean {
    return now.getTime() - Date.parse(entry.updatedAt) > this.pendingTimeoutMs;
  }

  private async alreadyBooked(sessionId: string, entry: BookingEntry): Promise<BookResult> {
    if (entry.state === 'waitlisted' && entry.place !== undefined) {
      return { ok: true, status: 'waitlisted', position: await this.positionOf(sessionId, entry.place), alreadyBooked: true };
    }
    return { ok: true, status: 'confirmed', alreadyBooked: true };
  }

  /** `teamRuleRefusal` with the configured topic limit. */
  private ruleRefusal(
    target: Session,
    team: TeamBookings,
    sessions: ReadonlyMap<string, Session | undefined>,
    ignore?: string,
  ): RuleRefusal | 'reload' | undefined {
    return teamRuleRefusal(target, team, sessions, this.topicLimit, ignore);
  }

  private async loadSessions(team: TeamBookings, sessions: Map<string, Session | undefined>): Promise<void> {
    for (const sessionId of Object.keys(team.entries)) await this.cachedSession(sessionId, sessions);
  }

  private async cachedSession(sessionId: string, sessions: Map<string, Session | undefined>): Promise<Session | undefined> {
    if (!sessions.has(sessionId)) sessions.set(sessionId, await this.sessions.get(sessionId));
    return sessions.get(sessionId);
  }

  private async readTeam(teamId: string): Promise<TeamBookings> {
    const key = teamKey(teamId);
    const record = await this.store.get<unknown>(key);
    return record ? parseRecord(teamBookingsSchema, key, record.value) : { teamId, entries: {} };
  }

  private async readTeams(teamIds: readonly string[]): Promise<Map<string, TeamBookings>> {
    const unique = [...new Set(teamIds)];
    const teams = await Promise.all(unique.map((teamId) => this.readTeam(teamId)));
    return new Map(teams.map((team) => [team.teamId, team]));
  }

  private async listTeams(): Promise<TeamBookings[]> {
    const records = await this.store.list<unknown>(TEAMS_PREFIX);
    return records.map((record) => parseRecord(teamBookingsSchema, record.key, record.value));
  }

  /** Compare-and-set of the team record; `fn` may run more than once and must only compute. */
  private async updateTeam(teamId: string, fn: (team: TeamBookings) => TeamBookings | undefined): Promise<TeamBookings> {
    const key = teamKey(teamId);
    const record = await updateRecord<unknown>(this.store, key, (current) =>
      fn(current === undefined ? { teamId, entries: {} } : parseRecord(teamBookingsSchema, key, current)),
    );
    return record ? parseRecord(teamBookingsSchema, key, record.value) : { teamId, entries: {} };
  }

  // ---- seats and places ----

  private async listHoldings(prefix: string): Promise<Holding[]> {
    const records = await this.store.list<unknown>(prefix);
    return records.map((record) => {
      const value = parseRecord(placeSchema, record.key, record.value);
      return { key: record.key, version: record.version, number: numberOfKey(record.key), teamId: value.teamId, value };
    });
  }

  /** 1 + the places ahead of `place` on the session's waitlist. */
  private async positionOf(sessionId: string, place: number): Promise<number> {
    const places = await this.store.list<unknown>(placesPrefix(sessionId));
    return places.filter((record) => numberOfKey(record.key) < place).length + 1;
  }
}

/** The entry holding `seat`, no longer pending nor waiting. */
function confirmedEntry(entry: BookingEntry, seat: number, now: Date): BookingEntry {
  const { rescheduledFrom: _from, ...rest } = entry;
  return { ...rest, state: 'confirmed', seat, updatedAt: now.toISOString() };
}

/** `updated` with the timestamps of `before`, to compare what else changed. */
function sameTimes(updated: BookingEntry, before: BookingEntry): BookingEntry {
  return { ...updated, updatedAt: before.updatedAt };
}

/** The team record with one entry set, or removed when `entry` is undefined. */
function withEntry(team: TeamBookings, sessionId: string, entry: BookingEntry | undefined): TeamBookings {
  const entries = { ...team.entries };
  if (entry === undefined) delete entries[sessionId];
  else entries[sessionId] = entry;
  return { ...team, entries };
}

function assertTeamId(teamId: string): void {
  if (typeof teamId !== 'string' || teamId.trim() === '' || teamId.length > MAX_TEAM_ID_LENGTH) {
    throw new TypeError(`BookingService: team id must be a non-empty string of at most ${MAX_TEAM_ID_LENGTH} characters`);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
