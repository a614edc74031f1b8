import type { Clock } from '../clock';
import type { BookingService } from './booking-service';
import type { SessionCatalogue } from './session-catalogue';
import type { Session } from './sessions';

/** A session a booking could move to, with its free seats. */
export interface MoveTarget {
  session: Session;
  seatsLeft: number;
}

/**
 * Where a team's booking of `from` could move: other upcoming sessions of the same kind (and topic,
 * for a clinic) that are open for booking, that the team may book and does not already hold, at
 * most `limit` of them (what one card can list). The move card lists them; a "Move" button is
 * offered only when one has a free seat (`canMove`), so nobody is sent to a card that says there is
 * nowhere to go.
 */
export class MoveTargets {
  constructor(
    private readonly deps: {
      catalogue: Pick<SessionCatalogue, 'list'>;
      bookings: Pick<BookingService, 'isForTeam' | 'seatsLeft' | 'myBookings'>;
      clock: Clock;
    },
    private readonly limit: number,
  ) {}

  async list(personId: string, from: Session, held: ReadonlySet<string>): Promise<MoveTarget[]> {
    const targets: MoveTarget[] = [];
    for await (const target of this.targets(personId, from, held)) {
      targets.push(target);
      if (targets.length >= this.limit) break;
    }
    return targets;
  }

  /** Whether one of `list` has a free seat (it stops at the first: a booking's card asks it on every booking). */
  async canMove(personId: string, from: Session, held: ReadonlySet<string>): Promise<boolean> {
    let listed = 0;
    for await (const target of this.targets(personId, from, held)) {
      if (target.seatsLeft > 0) return true;
      // Only what the move card lists counts: a seat past it could not be chosen there.
      if ((listed += 1) >= this.limit) return false;
    }
    return false;
  }

  private async *targets(personId: string, from: Session, held: ReadonlySet<string>): AsyncGenerator<MoveTarget> {
    const { catalogue, bookings, clock } = this.deps;
    const now = clock.now().getTime();
    const open = (await catalogue.list({ kind: from.kind, topic: from.kind === 'clinic' ? from.topic : undefined, from: new Date(now) }))
      .filter((session) => session.id !== from.id && !held.has(session.id))
      .filter((session) => Date.parse(session.bookingOpens) <= now && Date.parse(session.bookingCloses) > now);
    for (const session of open) {
      // Only sessions this person may book: "Move here" must not lead to "for shortlisted teams only".
      if (await bookings.isForTeam(session, personId)) yield { session, seatsLeft: await bookings.seatsLeft(session) };
    }
  }

  /** The ids of the sessions a team holds a seat or a place in (a move never goes there). */
  async heldBy(personId: string): Promise<Set<string>> {
    return new Set((await this.deps.bookings.myBookings(personId)).map((booking) => booking.session.id));
  }
}
