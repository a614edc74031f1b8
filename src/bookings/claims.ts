import type { BookResult, CancelResult, DeclineResult, RuleRefusal, SessionRefusal } from './booking-results';
import { bookingState, sessionRefusal } from './booking-rules';
import { assertTeamId, BookingRecords, confirmedEntry, sameTimes, withEntry } from './booking-records';
import type { BookingEntry, PlaceRecord } from './records';
import { placeKey, seatKey, waitlistCounter } from './records';
import type { Repair } from './repair';
import { cancellationCutoff, isPastCancellation, type Session } from './sessions';
import type { Waitlist } from './waitlist';
import { isDeepStrictEqual } from 'node:util';

/**
 * Booking and giving up a seat: a booking first claims the session in the team record (a `pending`
 * entry, compare-and-set), then takes a seat (insert-if-absent) or a waitlist place, then settles
 * the entry. A second request of the same team finds the claim, waits for it to settle, and answers
 * `alreadyBooked`: it never takes a second seat. The same record serialises a team's bookings of
 * different sessions, so the topic limit and the overlap rule hold under concurrency too.
 * Crash points: after the claim, a pending claim holding nothing; after the seat or place, a pending
 * claim holding it (see `BookingService`).
 */

/** How often a second request of a team looks whether the first one has settled. */
const POLL_MS = 20;

export type ClaimOutcome =
  | { kind: 'claimed'; claim: string }
  | { kind: 'exists' }
  | { kind: 'refused'; refusal: RuleRefusal }
  | { kind: 'from-changed' };

/** What a booking needs besides the records. */
export interface ClaimOptions {
  /** The teams that may book sessions whose audience is `shortlisted`. */
  shortlisted: () => Promise<readonly string[]> | readonly string[];
  newId: () => string;
  /** How long (real time) a second request of a team waits for the first. */
  settleWaitMs: number;
}

export class Claims extends BookingRecords {
  constructor(
    context: ConstructorParameters<typeof BookingRecords>[0],
    private readonly waitlist: Waitlist,
    private readonly repair: Repair,
    private readonly options: ClaimOptions,
  ) {
    super(context);
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
   * once to the first eligible waitlisted team, returned as `promoted`. In a session IKM cancelled
   * there is nothing to cancel (`session-cancelled`); `forget` (the person asked for their data to
   * be deleted) removes the entry whatever the cut-off or the session's state.
   */
  async cancel(teamId: string, sessionId: string, options: { forget?: boolean } = {}): Promise<CancelResult> {
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
      if (!options.forget && bookingState(entry, session) === 'cancelled') {
        outcome.value = { ok: false, reason: 'session-cancelled' };
        return undefined;
      }
      if (!options.forget && entry.state === 'confirmed' && isPastCancellation(session, now)) {
        outcome.value = { ok: false, reason: 'cutoff-passed', cutoff: cancellationCutoff(session) };
        return undefined;
      }
      outcome.removed = entry;
      outcome.value = undefined;
      return withEntry(team, sessionId, undefined);
    });
    const removed = outcome.removed;
    if (outcome.value || !removed) return outcome.value ?? { ok: false, reason: 'not-booked' };
    const promoted = await this.waitlist.release(session, teamId, removed, now);
    return { ok: true, was: removed.state === 'confirmed' ? 'confirmed' : 'waitlisted', ...(promoted ? { promoted } : {}) };
  }

  /**
   * A promoted team turns down the seat it was given; it goes to the next eligible waitlisted team.
   * Possible until the session starts, whatever the cancellation cut-off; not in a session IKM
   * cancelled, where there is no seat to give up.
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
    if (session.status === 'cancelled') return { ok: false, reason: settled ? 'session-cancelled' : 'not-offered' };
    const outcome: { removed?: BookingEntry } = {};
    await this.updateTeam(teamId, (team) => {
      const entry = team.entries[sessionId];
      outcome.removed = undefined;
      if (!entry || entry.state !== 'confirmed' || entry.promotedAt === undefined) return undefined;
      outcome.removed = entry;
      return withEntry(team, sessionId, undefined);
    });
    if (!outcome.removed) return { ok: false, reason: 'not-offered' };
    const promoted = await this.waitlist.release(session, teamId, outcome.removed, now);
    return { ok: true, ...(promoted ? { promoted } : {}) };
  }

  /** Whether the session is for this team at all (its audience), whatever the dates. */
  async isForTeam(session: Session, teamId: string): Promise<boolean> {
    return (await this.forTeam(teamId, [session]))(session);
  }

  /**
   * `isForTeam` for many sessions (a catalogue): the shortlist read once, and only when one of
   * `sessions` is for shortlisted teams, then a test per session.
   */
  async forTeam(teamId: string, sessions: readonly Session[]): Promise<(session: Session) => boolean> {
    const shortlisted = sessions.some((session) => session.audience === 'shortlisted') && (await this.options.shortlisted()).includes(teamId);
    return (session) => session.audience !== 'shortlisted' || shortlisted;
  }

  /** Cancelled, not for this team, started, or outside the booking window (`sessionRefusal`). */
  async sessionRefusal(session: Session, teamId: string, now: Date): Promise<SessionRefusal | undefined> {
    return sessionRefusal(session, now, await this.isForTeam(session, teamId));
  }

  /**
   * Adds a `pending` entry for `session` to the team record, checking the team's rules in the same
   * compare-and-set. `leaving`: the reschedule source, ignored by the rules and required unchanged.
   */
  async claim(
    teamId: string,
    session: Session,
    now: Date,
    leaving?: { sessionId: string; claim: string },
  ): Promise<ClaimOutcome> {
    const sessions = new Map<string, Session | undefined>([[session.id, session]]);
    await this.loadSessions(await this.readTeam(teamId), sessions);
    const claim = this.options.newId();
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
  async seatOrWaitlist(teamId: string, session: Session, claim: string, now: Date): Promise<BookResult> {
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
    const promoted = await this.waitlist.fill(session.id, now, teamId);
    if (promoted.includes(teamId)) return { ok: true, status: 'confirmed' };
    return { ok: true, status: 'waitlisted', position: await this.positionOf(session.id, number) };
  }

  /** Changes the entry of our claim (unless a repair took it); false when the claim is gone. */
  async settleClaim(
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
  async dropClaim(teamId: string, sessionId: string, claim: string): Promise<void> {
    await this.updateTeam(teamId, (team) => {
      const entry = team.entries[sessionId];
      return entry && entry.claim === claim && entry.state === 'pending' ? withEntry(team, sessionId, undefined) : undefined;
    });
  }

  /**
   * The team's entry for a session once no request of the team is working on it: waits (real time,
   * up to `settleWaitMs`) while it is `pending`, and repairs it when the claim is abandoned.
   */
  async settledEntry(teamId: string, sessionId: string): Promise<BookingEntry | undefined | 'busy'> {
    const polls = Math.ceil(this.options.settleWaitMs / POLL_MS);
    for (let poll = 0; ; poll += 1) {
      const entry = (await this.readTeam(teamId)).entries[sessionId];
      if (!entry || entry.state !== 'pending') return entry;
      if (this.isStale(entry, this.clock.now())) {
        await this.repair.reconcile(sessionId);
        const repaired = (await this.readTeam(teamId)).entries[sessionId];
        return repaired?.state === 'pending' ? 'busy' : repaired;
      }
      if (poll >= polls) return 'busy';
      await sleep(POLL_MS);
    }
  }

  async alreadyBooked(sessionId: string, entry: BookingEntry): Promise<BookResult> {
    if (entry.state === 'waitlisted' && entry.place !== undefined) {
      return { ok: true, status: 'waitlisted', position: await this.positionOf(sessionId, entry.place), alreadyBooked: true };
    }
    return { ok: true, status: 'confirmed', alreadyBooked: true };
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
