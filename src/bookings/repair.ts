import type { ReconcileReport } from './booking-results';
import { BookingRecords, confirmedEntry, Holding, withEntry } from './booking-records';
import type { BookingEntry, PlaceRecord, TeamBookings } from './records';
import { placeKey, placesPrefix, seatKey, seatsPrefix, waitlistCounter } from './records';
import type { Session } from './sessions';
import type { Waitlist } from './waitlist';
import { isDeepStrictEqual } from 'node:util';

/**
 * Repair: what crashed requests may leave in a session (every case named in `BookingService`),
 * rebuilt from the seat and place records, which name their team. Each repair is a compare-and-set
 * that applies only to an entry still as it was read, so it is safe while bookings go on. Also
 * the packing of seats before IKM lowers a capacity.
 */
export class Repair extends BookingRecords {
  constructor(
    context: ConstructorParameters<typeof BookingRecords>[0],
    private readonly waitlist: Waitlist,
  ) {
    super(context);
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
      if (from) await this.waitlist.release(from, move.teamId, move.left, now);
    }
    report.promoted.push(...(await this.waitlist.fill(sessionId, now)));
    return report;
  }

  /** Repair of a confirmed entry whose seat record is missing or renumbered. */
  async reseat(session: Session, teamId: string, entry: BookingEntry, found: Holding | undefined, now: Date): Promise<void> {
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
}
