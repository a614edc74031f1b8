import type { BookingEntry, TeamBookings } from '../../src/bookings/records';
import { placeKey, seatKey, seatsPrefix, teamKey } from '../../src/bookings/records';
import type { Store } from '../../src/storage/store';
import { describeEachEngine } from '../storage/engines';
import { NOW, makeHarness, makeSession, useFreshStore } from './booking-fixtures';

/**
 * Crash points: each test writes the records a request leaves when its process dies between two
 * steps (see the class comment of BookingService), then checks that `reconcile` (or the team's
 * retry) repairs them.
 */

const AT = NOW.toISOString();

async function team(store: Store, teamId: string): Promise<TeamBookings> {
  const record = await store.get<TeamBookings>(teamKey(teamId));
  return record?.value ?? { teamId, entries: {} };
}

async function setEntry(store: Store, teamId: string, sessionId: string, entry: BookingEntry | undefined): Promise<void> {
  const current = await team(store, teamId);
  const entries = { ...current.entries };
  if (entry) entries[sessionId] = entry;
  else delete entries[sessionId];
  await store.put(teamKey(teamId), { teamId, entries });
}

const pending = (extra: Partial<BookingEntry> = {}): BookingEntry => ({ state: 'pending', claim: 'crashed', since: AT, updatedAt: AT, ...extra });

describeEachEngine('repair after a crash', (target) => {
  const store = useFreshStore(target);

  it('confirms a claim that took a seat before its process died', async () => {
    const { bookings } = makeHarness(store(), [makeSession({ id: 'w' })]);
    await setEntry(store(), 'x', 'w', pending());
    await store().put(seatKey('w', 3), { teamId: 'x', since: AT }, 0);
    const report = await bookings.reconcile('w');
    expect(report).toMatchObject({ confirmed: ['x'], releasedSeats: [], abandoned: [] });
    await expect(bookings.book('x', 'w')).resolves.toEqual({ ok: true, status: 'confirmed', alreadyBooked: true });
    expect(await store().list(seatsPrefix('w'))).toHaveLength(1);
  });

  it('makes a second click wait, then repairs a claim abandoned by a dead process when the team retries', async () => {
    const { bookings, clock } = makeHarness(store(), [makeSession({ id: 'w' })], { settleWaitMs: 60 });
    await setEntry(store(), 'x', 'w', pending());
    // Fresh claim: maybe a live request; the retry waits, then says busy.
    await expect(bookings.book('x', 'w')).resolves.toEqual({ ok: false, reason: 'busy' });
    await expect(bookings.reconcile('w')).resolves.toMatchObject({ abandoned: [] });
    clock.advance(3 * 60_000);
    await expect(bookings.book('x', 'w')).resolves.toEqual({ ok: true, status: 'confirmed' });
  });

  it('releases a seat left by a cancel that stopped half-way, to the waitlist', async () => {
    const { bookings } = makeHarness(store(), [makeSession({ id: 'c', kind: 'clinic' })]);
    await bookings.book('a', 'c');
    await bookings.book('b', 'c');
    await setEntry(store(), 'a', 'c', undefined); // step 1 of cancel done, then the crash
    const report = await bookings.reconcile('c');
    expect(report).toMatchObject({ releasedSeats: [1], promoted: ['b'] });
    const list = await bookings.attendees('c');
    expect(list.ok && list.confirmed.map((x) => x.teamId)).toEqual(['b']);
    expect((await bookings.promotionNotices(NOW)).map((n) => n.teamId)).toEqual(['b']);
  });

  it('puts back the waitlist place of a promotion that stopped after removing it', async () => {
    const { bookings } = makeHarness(store(), [makeSession({ id: 'c', kind: 'clinic' })]);
    await bookings.book('a', 'c');
    await bookings.book('b', 'c');
    await bookings.book('d', 'c');
    await store().delete(placeKey('c', 1));
    expect(await bookings.reconcile('c')).toMatchObject({ restoredPlaces: ['b'] });
    expect(await bookings.book('b', 'c')).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(await bookings.cancel('a', 'c')).toMatchObject({ promoted: 'b' });
  });

  it('confirms a waitlisted team the seat was already handed to', async () => {
    const { bookings } = makeHarness(store(), [makeSession({ id: 'c', kind: 'clinic' })]);
    await bookings.book('a', 'c');
    await bookings.book('b', 'c');
    await setEntry(store(), 'a', 'c', undefined);
    await store().delete(placeKey('c', 1));
    await store().put(seatKey('c', 1), { teamId: 'b', since: AT });
    expect(await bookings.reconcile('c')).toMatchObject({ confirmed: ['b'], releasedSeats: [], restoredPlaces: [] });
    expect(await bookings.myBookings('b')).toEqual([expect.objectContaining({ status: 'confirmed', offered: true })]);
  });

  it('finishes a reschedule that took the new seat: the old seat is released', async () => {
    const { bookings } = makeHarness(store(), [
      makeSession({ id: 'from', capacity: 1, start: '2025-03-05T09:00:00Z' }),
      makeSession({ id: 'to', start: '2025-03-06T09:00:00Z' }),
    ]);
    await bookings.book('t', 'from');
    await bookings.book('waiting', 'from');
    await setEntry(store(), 't', 'to', pending({ rescheduledFrom: 'from' }));
    await store().put(seatKey('to', 4), { teamId: 't', since: AT }, 0);
    expect(await bookings.reconcile('to')).toMatchObject({ confirmed: ['t'] });
    expect((await bookings.myBookings('t')).map((b) => [b.session.id, b.status])).toEqual([['to', 'confirmed']]);
    const from = await bookings.attendees('from');
    expect(from.ok && from.confirmed.map((x) => x.teamId)).toEqual(['waiting']);
  });

  it('drops a reschedule that died before taking a seat: the old booking stands', async () => {
    const { bookings, clock } = makeHarness(store(), [
      makeSession({ id: 'from', start: '2025-03-05T09:00:00Z' }),
      makeSession({ id: 'to', start: '2025-03-06T09:00:00Z' }),
    ]);
    await bookings.book('t', 'from');
    await setEntry(store(), 't', 'to', pending({ rescheduledFrom: 'from' }));
    clock.advance(10 * 60_000);
    expect(await bookings.reconcile('to')).toMatchObject({ abandoned: ['t'] });
    expect((await bookings.myBookings('t')).map((b) => b.session.id)).toEqual(['from']);
  });

  it('removes places of teams that left, and re-seats a confirmed team whose seat record vanished', async () => {
    const { bookings } = makeHarness(store(), [makeSession({ id: 'w', capacity: 2 })]);
    await bookings.book('a', 'w');
    await bookings.book('b', 'w');
    await bookings.book('c', 'w');
    await setEntry(store(), 'c', 'w', undefined); // left the waitlist, place not yet removed
    const seatOfA = (await team(store(), 'a')).entries.w.seat ?? 0;
    await store().delete(seatKey('w', seatOfA));
    const report = await bookings.reconcile('w');
    expect(report).toMatchObject({ removedPlaces: [1], reseated: ['a'] });
    const list = await bookings.attendees('w');
    expect(list.ok && list.confirmed.map((x) => x.teamId).sort()).toEqual(['a', 'b']);
    expect(list.ok && list.waitlisted).toEqual([]);
  });
});
