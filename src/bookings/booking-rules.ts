import type { BookingStatus, RuleRefusal, SessionRefusal } from './booking-results';
import type { BookingEntry, TeamBookings } from './records';
import { type Session, sessionsOverlap } from './sessions';

/**
 * The booking rules, as pure functions of a session, a moment and the team's bookings. The booking
 * service applies them inside its compare-and-set of the team record, so they hold under
 * concurrency; tests and cards can call them directly.
 */

/**
 * Why nobody can book `session` at `now`: cancelled; started (`in-the-past`, from the start
 * instant on); before `bookingOpens` (`window-not-open`); from `bookingCloses` on
 * (`window-closed`). The shortlist is checked by the service (it may be asynchronous).
 */
export function timeRefusal(session: Session, now: Date): Exclude<SessionRefusal, { reason: 'not-found' | 'not-shortlisted' }> | undefined {
  const at = now.getTime();
  if (session.status === 'cancelled') return { ok: false, reason: 'cancelled' };
  const start = new Date(session.start);
  if (at >= start.getTime()) return { ok: false, reason: 'in-the-past', start };
  const opens = new Date(session.bookingOpens);
  if (at < opens.getTime()) return { ok: false, reason: 'window-not-open', opens };
  const closed = new Date(session.bookingCloses);
  if (at >= closed.getTime()) return { ok: false, reason: 'window-closed', closed };
  return undefined;
}

/**
 * Why this team cannot book `session` at `now`, in the order of `SessionRefusal`: cancelled; not
 * for the team (`forTeam` false: shortlisted teams only), before any date, since no date will make
 * it bookable for them; then the dates of `timeRefusal`.
 */
export function sessionRefusal(
  session: Session,
  now: Date,
  forTeam: boolean,
): Exclude<SessionRefusal, { reason: 'not-found' }> | undefined {
  if (session.status === 'cancelled') return { ok: false, reason: 'cancelled' };
  if (!forTeam) return { ok: false, reason: 'not-shortlisted' };
  return timeRefusal(session, now);
}

/**
 * What a settled booking entry is, seen with its session: the one place a booking's state is
 * derived, so "my bookings", attendee lists, reminders and the actions agree. A session IKM
 * cancelled holds nobody: its entries stay recorded (to show "cancelled by the Innovation Hub")
 * but are no seat and no place.
 */
export function bookingState(entry: Pick<BookingEntry, 'state'>, session: Pick<Session, 'status'>): BookingStatus | 'pending' {
  if (session.status === 'cancelled') return 'cancelled';
  return entry.state;
}

/**
 * The rule that stops a team from holding `target`, looking at its confirmed and pending bookings
 * of scheduled sessions (waitlist places hold no seat, so they do not count):
 * - `topic-limit`: a clinic when the team already holds `limit` clinics on the same topic;
 * - `overlap`: any session sharing time with one the team holds (back-to-back is fine).
 * `ignore`: a session the team is leaving (reschedule). `'reload'` when `sessions` lacks a session
 * the team record names (the caller fetches it and asks again).
 */
export function teamRuleRefusal(
  target: Session,
  team: TeamBookings,
  sessions: ReadonlyMap<string, Session | undefined>,
  limit: number,
  ignore?: string,
): RuleRefusal | 'reload' | undefined {
  const held: Session[] = [];
  for (const [sessionId, entry] of Object.entries(team.entries)) {
    if (sessionId === target.id || sessionId === ignore || entry.state === 'waitlisted') continue;
    if (!sessions.has(sessionId)) return 'reload';
    const session = sessions.get(sessionId);
    if (session && session.status === 'scheduled') held.push(session);
  }
  if (target.kind === 'clinic') {
    const sameTopic = held.filter((session) => session.kind === 'clinic' && session.topic === target.topic);
    if (sameTopic.length >= limit) {
      return { ok: false, reason: 'topic-limit', topic: target.topic, limit, sessionIds: sameTopic.map((session) => session.id).sort() };
    }
  }
  const overlapping = held.find((session) => sessionsOverlap(session, target));
  return overlapping ? { ok: false, reason: 'overlap', sessionId: overlapping.id } : undefined;
}
