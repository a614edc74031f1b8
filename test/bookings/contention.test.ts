import type { BookResult, BookingService } from '../../src/bookings';
import { seatsPrefix } from '../../src/bookings/records';
import type { Store } from '../../src/storage/store';
import { describeEachEngine, uniqueName } from '../storage/engines';
import { makeHarness, makeSession, teamIds } from './booking-fixtures';

/**
 * Capacity under concurrency. Two Store instances on the same tables stand for two bot processes
 * (on SQLite, two connections to one file; on Postgres, two connection pools).
 */

const WORKSHOP = makeSession({ id: 'crowded', capacity: 10 });

function counts(results: BookResult[]): { confirmed: number; waitlisted: number; other: BookResult[] } {
  return {
    confirmed: results.filter((result) => result.ok && result.status === 'confirmed').length,
    waitlisted: results.filter((result) => result.ok && result.status === 'waitlisted').length,
    other: results.filter((result) => !result.ok),
  };
}

async function holders(bookings: BookingService, sessionId: string) {
  const list = await bookings.attendees(sessionId);
  if (!list.ok) throw new Error('no session');
  return list;
}

describeEachEngine('booking contention', (target) => {
  let stores: Store[] = [];
  let services: BookingService[] = [];

  beforeEach(async () => {
    const tablePrefix = `c${uniqueName()}_`;
    // What is measured is who gets a seat, not how long a call may wait: the storage deadline that
    // tells a user "try again" (2 s for a pooled connection) is tested apart (test/e2e/database-away),
    // and on a loaded CI machine a hundred calls queued on two pools of ten waited past it.
    const open = () => target().open({ tablePrefix, connectTimeoutMs: 60_000, statementTimeoutMs: 60_000 });
    stores = [await open(), await open()];
    services = stores.map((store) => makeHarness(store, [WORKSHOP, makeSession({ id: 'small', capacity: 5 })]).bookings);
  });
  afterEach(async () => {
    await Promise.all(stores.map((store) => store.close()));
  });

  it('200 teams booking 10 seats at once, through two processes: 10 confirmed, 190 waitlisted', async () => {
    const teams = teamIds(200);
    const started = performance.now();
    const results = await Promise.all(teams.map((team, index) => services[index % 2].book(team, 'crowded')));
    const elapsed = performance.now() - started;
    expect(counts(results)).toEqual({ confirmed: 10, waitlisted: 190, other: [] });

    const seats = await stores[0].list(seatsPrefix('crowded'));
    expect(seats).toHaveLength(10);
    const list = await holders(services[1], 'crowded');
    expect(list.confirmed).toHaveLength(10);
    expect(new Set(list.confirmed.map((a) => a.teamId)).size).toBe(10);
    expect(list.waitlisted.map((a) => a.position)).toEqual(Array.from({ length: 190 }, (_, i) => i + 1));
    const everyone = new Set([...list.confirmed, ...list.waitlisted].map((a) => a.teamId));
    expect(everyone).toEqual(new Set(teams));
    // Who got a seat is who the results said.
    const confirmedByResult = teams.filter((_, i) => results[i].ok && (results[i] as { status: string }).status === 'confirmed');
    expect(new Set(list.confirmed.map((a) => a.teamId))).toEqual(new Set(confirmedByResult));
    // Nothing for a repair to do afterwards.
    const report = await services[0].reconcile('crowded');
    expect(report).toMatchObject({ confirmed: [], waitlisted: [], abandoned: [], releasedSeats: [], removedPlaces: [], promoted: [] });
    console.log(`[${target().engine}] 200 concurrent bookings of 10 seats: ${Math.round(elapsed)} ms`);
  });

  it('one team clicking 5 times at once (on both processes) holds one seat', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => services[i % 2].book('clicker', 'crowded')));
    expect(results.every((result) => result.ok && result.status === 'confirmed')).toBe(true);
    expect(results.filter((result) => result.ok && !result.alreadyBooked)).toHaveLength(1);
    expect(await stores[0].list(seatsPrefix('crowded'))).toHaveLength(1);
  });

  it('20 teams clicking 5 times each on a 10-seat workshop: 10 seats, 10 waitlisted, one booking per team', async () => {
    const teams = teamIds(20, 'multi');
    const results = await Promise.all(
      teams.flatMap((team, t) => Array.from({ length: 5 }, (_, i) => services[(t + i) % 2].book(team, 'crowded'))),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    const list = await holders(services[0], 'crowded');
    expect(list.confirmed).toHaveLength(10);
    expect(list.waitlisted).toHaveLength(10);
    expect(new Set([...list.confirmed, ...list.waitlisted].map((a) => a.teamId)).size).toBe(20);
    expect(await stores[1].list(seatsPrefix('crowded'))).toHaveLength(10);
  });

  it('cancels, waitlist leavers and newcomers at once: never over capacity, no seat left free while teams wait', async () => {
    const first = teamIds(20, 'first');
    for (const team of first) await services[0].book(team, 'small');
    const before = await holders(services[0], 'small');
    const leaving = before.confirmed.map((a) => a.teamId).slice(0, 4);
    const leavingWaitlist = before.waitlisted.map((a) => a.teamId).slice(0, 5);
    const newcomers = teamIds(15, 'new');
    const operations = [
      ...leaving.map((team, i) => () => services[i % 2].cancel(team, 'small')),
      ...leavingWaitlist.map((team, i) => () => services[(i + 1) % 2].cancel(team, 'small')),
      ...newcomers.map((team, i) => () => services[i % 2].book(team, 'small')),
    ];
    const results = await Promise.all(operations.map((operation) => operation()));
    expect(results.every((result) => result.ok)).toBe(true);

    const after = await holders(services[1], 'small');
    expect(after.confirmed).toHaveLength(5);
    expect(await stores[0].list(seatsPrefix('small'))).toHaveLength(5);
    const remaining = new Set([...first.filter((t) => !leaving.includes(t) && !leavingWaitlist.includes(t)), ...newcomers]);
    expect(new Set([...after.confirmed, ...after.waitlisted].map((a) => a.teamId))).toEqual(remaining);
    expect(after.confirmed.length + after.waitlisted.length).toBe(remaining.size);
    // Waitlisted teams that were there before the newcomers are still ahead of them.
    const order = after.waitlisted.map((a) => a.teamId);
    const lastOld = Math.max(...order.map((team, i) => (team.startsWith('first') ? i : -1)));
    const firstNew = order.findIndex((team) => team.startsWith('new'));
    if (firstNew >= 0) expect(lastOld).toBeLessThan(firstNew);
  });
});
