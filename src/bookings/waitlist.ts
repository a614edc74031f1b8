import type { BookingEntry } from './records';
import { numberOfKey, parseRecord, placeKey, placeSchema, placesPrefix, seatKey, seatSchema, seatsPrefix } from './records';
import { BookingRecords, confirmedEntry, HeldSeat, withEntry } from './booking-records';
import type { Session } from './sessions';

/**
 * The waitlist: a freed seat goes straight to the first waitlisted team that can take it (its other
 * bookings do not overlap and it is under the topic limit; others keep their place). Handing a seat
 * over renames the seat record to the next team without freeing it in between, so a newcomer
 * cannot take it ahead of the line. Crash points (see `BookingService`): after deleting the place,
 * a waitlisted entry without a place; after renaming the seat, a waitlisted entry with a seat;
 * `reconcile` repairs both.
 */

/** Bound on promotion rounds in one fill: each round seats one team or removes one stale place. */
const MAX_FILL_ROUNDS = 1000;

type PromotionOutcome = 'confirmed' | 'blocked' | 'gone';

export class Waitlist extends BookingRecords {
  /** Gives up what a removed entry held: hands the seat over, or deletes the place. */
  async release(session: Session, teamId: string, removed: BookingEntry, now: Date): Promise<string | undefined> {
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
  async handOver(session: Session, teamId: string, seat: number, now: Date): Promise<string | undefined> {
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
  async fill(sessionId: string, now: Date, self?: string): Promise<string[]> {
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
  async promoteOne(
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
  async confirmPromotion(
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
}
