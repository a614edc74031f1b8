import type { RescheduleResult } from './booking-results';
import { assertTeamId, BookingRecords, confirmedEntry, withEntry } from './booking-records';
import { bookingState } from './booking-rules';
import type { BookingEntry } from './records';
import { seatKey } from './records';
import type { Claims } from './claims';
import { cancellationCutoff, isPastCancellation } from './sessions';
import type { Waitlist } from './waitlist';

/**
 * Moving a booking to another session, atomically for the team: (1) claim the target `pending` ->
 * (2) insert a seat there (none: drop the claim, nothing changed) -> (3) one team-record write:
 * target `confirmed`, source removed -> (4) release the source seat. After (2) a crash leaves a
 * pending target holding a seat: `reconcile` finishes the move.
 */
export class Moves extends BookingRecords {
  constructor(
    context: ConstructorParameters<typeof BookingRecords>[0],
    private readonly claims: Claims,
    private readonly waitlist: Waitlist,
  ) {
    super(context);
  }

  /**
   * Moves the team's booking of `fromSessionId` to a seat in `toSessionId`. The old seat (or place)
   * is released only once the new seat is taken; when there is none, nothing changes (`full`).
   */
  async reschedule(teamId: string, fromSessionId: string, toSessionId: string): Promise<RescheduleResult> {
    assertTeamId(teamId);
    const [from, to] = await Promise.all([this.sessions.get(fromSessionId), this.sessions.get(toSessionId)]);
    const fromEntry = await this.claims.settledEntry(teamId, fromSessionId);
    if (fromEntry === 'busy') return { ok: false, reason: 'busy' };
    // Whether there is a booking to move is said first: "the session you are already booked in"
    // would be untrue to someone with no booking.
    if (!from || !fromEntry) return this.nothingToMove(teamId, fromSessionId, toSessionId);
    if (from.status === 'cancelled') return { ok: false, reason: 'session-cancelled' };
    if (fromSessionId === toSessionId) return { ok: false, reason: 'same-session' };
    if (!to) return { ok: false, reason: 'not-found' };
    if (to.status === 'cancelled') return { ok: false, reason: 'cancelled' };
    const toEntry = await this.claims.settledEntry(teamId, toSessionId);
    if (toEntry === 'busy') return { ok: false, reason: 'busy' };
    if (toEntry) return { ok: false, reason: 'already-booked', status: toEntry.state === 'waitlisted' ? 'waitlisted' : 'confirmed' };

    const now = this.clock.now();
    if (fromEntry.state === 'confirmed' && isPastCancellation(from, now)) {
      return { ok: false, reason: 'cutoff-passed', cutoff: cancellationCutoff(from) };
    }
    const refusal = await this.claims.sessionRefusal(to, teamId, now);
    if (refusal) return refusal;
    const claimed = await this.claims.claim(teamId, to, now, { sessionId: fromSessionId, claim: fromEntry.claim });
    if (claimed.kind === 'refused') return claimed.refusal;
    if (claimed.kind === 'exists') return { ok: false, reason: 'busy' };
    if (claimed.kind === 'from-changed') return { ok: false, reason: 'busy' };
    const claim = claimed.claim;

    const seat = await this.takeSeat(to.id, teamId, now);
    if (seat === 'none' || seat === 'closed') {
      await this.claims.dropClaim(teamId, to.id, claim);
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
    const promoted = outcome.left ? await this.waitlist.release(from, teamId, outcome.left, now) : undefined;
    return { ok: true, status: 'confirmed', ...(promoted ? { promoted } : {}) };
  }

  /**
   * No booking of the session to leave: when the team holds a seat in the target that this very
   * move gave (`movedFrom`), the move was already made (a second press, an old card), and saying
   * "no booking to move" would alarm them.
   */
  private async nothingToMove(teamId: string, fromSessionId: string, toSessionId: string): Promise<RescheduleResult> {
    if (fromSessionId !== toSessionId) {
      const [to, toEntry] = await Promise.all([this.sessions.get(toSessionId), this.claims.settledEntry(teamId, toSessionId)]);
      const moved = to && toEntry && toEntry !== 'busy' && bookingState(toEntry, to) === 'confirmed' && toEntry.movedFrom === fromSessionId;
      if (moved) return { ok: false, reason: 'already-moved' };
    }
    return { ok: false, reason: 'not-booked' };
  }
}
