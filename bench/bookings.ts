import path from 'node:path';
import { FixedClock } from '../src/clock';
import { DURING_2024_IDEA_WINDOW, TestBot } from '../test/support/test-bot';
import { BenchResult, measure } from './stats';

/**
 * Latency of a whole booking turn under contention: many people press "Book" on the same 10-seat
 * workshop at once (HTTP in, seat or waitlist place taken in SQLite, confirmation card out).
 * Checks the outcome too: exactly 10 seats, everyone else waitlisted.
 */
export async function benchBookings(smoke: boolean): Promise<BenchResult[]> {
  const bot = await new TestBot({
    clock: new FixedClock(DURING_2024_IDEA_WINDOW),
    env: { SESSIONS_FILE: path.join(__dirname, '..', 'test', 'e2e', 'fixtures', 'sessions-e2e.yaml') },
  }).start();
  try {
    const count = smoke ? 50 : 200;
    const concurrency = smoke ? 25 : 100;
    const users = Array.from({ length: count }, () => bot.user());
    const result = await measure(`booking turn: ${count} teams, one 10-seat workshop (SQLite, ${concurrency} at once)`, count, concurrency, async (index) => {
      const { status, replies } = await users[index].send({ type: 'message', value: { verb: 'session.book', sessionId: 'workshop-big' } });
      if (status !== 200 || replies.length === 0) throw new Error(`booking turn failed (HTTP ${status})`);
    });
    const attendees = await bot.assistant.bookings.attendees('workshop-big');
    if (!attendees.ok || attendees.confirmed.length !== 10 || attendees.waitlisted.length !== count - 10) {
      throw new Error('benchBookings: the workshop does not hold exactly 10 seats and the rest waitlisted');
    }
    result.extra = { seats: attendees.confirmed.length, waitlisted: attendees.waitlisted.length };
    return [result];
  } finally {
    await bot.stop();
  }
}
