import { type BookingService, SessionCatalogue } from '../../src/bookings';
import { seatsPrefix } from '../../src/bookings/records';
import { describeEachEngine } from '../storage/engines';
import { TOPICS, makeHarness, makeSession, useFreshStore } from './booking-fixtures';

async function seated(bookings: BookingService, sessionId: string): Promise<{ confirmed: string[]; waitlisted: string[] }> {
  const list = await bookings.attendees(sessionId);
  if (!list.ok) throw new Error(`no session ${sessionId}`);
  return { confirmed: list.confirmed.map((a) => a.teamId).sort(), waitlisted: list.waitlisted.map((a) => a.teamId) };
}

describeEachEngine('waitlist, cancel, decline and reschedule', (target) => {
  const store = useFreshStore(target);

  it('gives a cancelled seat to the first waitlisted team, and the others move up', async () => {
    const { bookings } = makeHarness(store(), [makeSession({ id: 'w', capacity: 2 })]);
    for (const team of ['a', 'b', 'c', 'd', 'e']) await bookings.book(team, 'w');
    expect(await seated(bookings, 'w')).toEqual({ confirmed: ['a', 'b'], waitlisted: ['c', 'd', 'e'] });
    await expect(bookings.cancel('a', 'w')).resolves.toEqual({ ok: true, was: 'confirmed', promoted: 'c' });
    expect(await seated(bookings, 'w')).toEqual({ confirmed: ['b', 'c'], waitlisted: ['d', 'e'] });
    expect(await bookings.book('e', 'w')).toEqual({ ok: true, status: 'waitlisted', position: 2, alreadyBooked: true });
    // A waitlisted team leaving frees no seat.
    await expect(bookings.cancel('d', 'w')).resolves.toEqual({ ok: true, was: 'waitlisted' });
    expect(await bookings.book('e', 'w')).toMatchObject({ position: 1 });
    // The promoted team sees an offer it may decline.
    const mine = await bookings.myBookings('c');
    expect(mine).toEqual([expect.objectContaining({ status: 'confirmed', offered: true })]);
    expect((await bookings.myBookings('b'))[0]).toMatchObject({ offered: false });
  });

  it('passes a declined offer to the next team; the decliner leaves', async () => {
    const { bookings } = makeHarness(store(), [makeSession({ id: 'c1', kind: 'clinic' })]);
    for (const team of ['a', 'b', 'c']) await bookings.book(team, 'c1');
    expect(await bookings.cancel('a', 'c1')).toMatchObject({ promoted: 'b' });
    await expect(bookings.declineOffer('a', 'c1')).resolves.toEqual({ ok: false, reason: 'not-offered' });
    await expect(bookings.declineOffer('c', 'c1')).resolves.toEqual({ ok: false, reason: 'not-offered' });
    await expect(bookings.declineOffer('b', 'c1')).resolves.toEqual({ ok: true, promoted: 'c' });
    expect(await seated(bookings, 'c1')).toEqual({ confirmed: ['c'], waitlisted: [] });
    expect(await bookings.myBookings('b')).toEqual([]);
    // The last one declining leaves the seat free for anyone.
    await expect(bookings.declineOffer('c', 'c1')).resolves.toEqual({ ok: true });
    expect(await bookings.book('z', 'c1')).toEqual({ ok: true, status: 'confirmed' });
  });

  it('passes over a waitlisted team the rules now block, which keeps its place', async () => {
    const { bookings } = makeHarness(store(), [
      makeSession({ id: 'w', capacity: 1, start: '2025-03-10T10:00:00Z' }),
      makeSession({ id: 'other', start: '2025-03-10T10:30:00Z' }),
    ]);
    await bookings.book('holder', 'w');
    await bookings.book('busy', 'w'); // waitlisted 1st
    await bookings.book('free', 'w'); // waitlisted 2nd
    expect(await bookings.book('busy', 'other')).toMatchObject({ status: 'confirmed' }); // overlaps w
    await expect(bookings.cancel('holder', 'w')).resolves.toEqual({ ok: true, was: 'confirmed', promoted: 'free' });
    expect(await seated(bookings, 'w')).toEqual({ confirmed: ['free'], waitlisted: ['busy'] });
    // Once "busy" drops the overlapping session it can be promoted.
    await bookings.cancel('busy', 'other');
    expect(await bookings.cancel('free', 'w')).toMatchObject({ promoted: 'busy' });
  });

  it('reschedules to a free seat: the old seat goes to its waitlist', async () => {
    const { bookings } = makeHarness(store(), [
      makeSession({ id: 'bm-1', kind: 'clinic', start: '2025-03-05T09:00:00Z', bookingCloses: '2025-03-05T08:00:00Z' }),
      makeSession({ id: 'bm-2', kind: 'clinic', start: '2025-03-06T09:00:00Z', bookingCloses: '2025-03-06T08:00:00Z' }),
    ]);
    await bookings.book('t', 'bm-1');
    await bookings.book('waiting', 'bm-1');
    // Same topic: allowed, since the clinic being left does not count.
    await expect(bookings.reschedule('t', 'bm-1', 'bm-2')).resolves.toEqual({ ok: true, status: 'confirmed', promoted: 'waiting' });
    expect(await seated(bookings, 'bm-1')).toEqual({ confirmed: ['waiting'], waitlisted: [] });
    expect(await seated(bookings, 'bm-2')).toEqual({ confirmed: ['t'], waitlisted: [] });
    expect((await bookings.myBookings('t')).map((booking) => booking.session.id)).toEqual(['bm-2']);
  });

  it('changes nothing when the target is full, and says why for every other refusal', async () => {
    const { bookings, clock } = makeHarness(store(), [
      makeSession({ id: 'from', capacity: 2, start: '2025-03-05T09:00:00Z', bookingCloses: '2025-03-05T08:00:00Z' }),
      makeSession({ id: 'full', capacity: 1, start: '2025-03-06T09:00:00Z', bookingCloses: '2025-03-06T08:00:00Z' }),
      makeSession({ id: 'clash', start: '2025-03-07T09:00:00Z' }),
      makeSession({ id: 'also-clash', start: '2025-03-07T09:30:00Z' }),
      makeSession({ id: 'gone', status: 'cancelled' }),
    ]);
    await bookings.book('t', 'from');
    await bookings.book('waiting-for-full', 'full');
    await bookings.book('w2', 'full');
    const before = { from: await seated(bookings, 'from'), full: await seated(bookings, 'full'), mine: await bookings.myBookings('t') };

    await expect(bookings.reschedule('t', 'from', 'full')).resolves.toEqual({ ok: false, reason: 'full' });
    await expect(bookings.reschedule('t', 'from', 'from')).resolves.toEqual({ ok: false, reason: 'same-session' });
    await expect(bookings.reschedule('t', 'full', 'from')).resolves.toEqual({ ok: false, reason: 'not-booked' });
    await expect(bookings.reschedule('t', 'from', 'nope')).resolves.toEqual({ ok: false, reason: 'not-found' });
    await expect(bookings.reschedule('t', 'from', 'gone')).resolves.toEqual({ ok: false, reason: 'cancelled' });
    await bookings.book('t', 'clash');
    await expect(bookings.reschedule('t', 'from', 'also-clash')).resolves.toEqual({ ok: false, reason: 'overlap', sessionId: 'clash' });
    await expect(bookings.reschedule('t', 'from', 'clash')).resolves.toEqual({ ok: false, reason: 'already-booked', status: 'confirmed' });
    await bookings.cancel('t', 'clash');

    expect(await seated(bookings, 'from')).toEqual(before.from);
    expect(await seated(bookings, 'full')).toEqual(before.full);
    expect(await bookings.myBookings('t')).toEqual(before.mine);
    // The target's waitlist is untouched: the reschedule did not join it.
    expect((await seated(bookings, 'full')).waitlisted).toEqual(['w2']);

    clock.set('2025-03-04T09:00:01Z'); // past the 24 h cut-off of "from"
    await expect(bookings.reschedule('t', 'from', 'clash')).resolves.toEqual({
      ok: false,
      reason: 'cutoff-passed',
      cutoff: new Date('2025-03-04T09:00:00Z'),
    });
  });

  it('moves a waitlist place to a free seat elsewhere', async () => {
    const { bookings } = makeHarness(store(), [
      makeSession({ id: 'a', capacity: 1, start: '2025-03-05T09:00:00Z', bookingCloses: '2025-03-05T08:00:00Z' }),
      makeSession({ id: 'b', capacity: 1, start: '2025-03-06T09:00:00Z', bookingCloses: '2025-03-06T08:00:00Z' }),
    ]);
    await bookings.book('holder', 'a');
    await bookings.book('t', 'a');
    await bookings.book('u', 'a');
    await expect(bookings.reschedule('t', 'a', 'b')).resolves.toEqual({ ok: true, status: 'confirmed' });
    expect(await seated(bookings, 'a')).toEqual({ confirmed: ['holder'], waitlisted: ['u'] });
  });

  it('tells an admin cancelling a session which teams to notify, and refuses new bookings', async () => {
    const { bookings, catalogue } = makeHarness(store(), [makeSession({ id: 'w', capacity: 2 })]);
    for (const team of ['a', 'b', 'c']) await bookings.book(team, 'w');
    const result = await catalogue.cancel('w', 'admin-1');
    expect(result).toMatchObject({ ok: true, alreadyCancelled: false, waitlisted: ['c'] });
    expect(result.ok && [...result.confirmed].sort()).toEqual(['a', 'b']);
    expect(await catalogue.cancel('w', 'admin-1')).toMatchObject({ ok: true, alreadyCancelled: true });
    await expect(bookings.book('d', 'w')).resolves.toEqual({ ok: false, reason: 'cancelled' });
    // The bookings stay recorded, but hold nothing: nothing to cancel, give up or move.
    await expect(bookings.cancel('a', 'w')).resolves.toEqual({ ok: false, reason: 'session-cancelled' });
    await expect(bookings.declineOffer('a', 'w')).resolves.toEqual({ ok: false, reason: 'session-cancelled' });
    expect((await bookings.myBookings('b', { includeCancelled: true }))[0]).toMatchObject({ status: 'cancelled', offered: false });
  });

  it('a session IKM cancelled holds nobody: not in my bookings (unless asked, as cancelled), no attendees, no move', async () => {
    const { bookings, catalogue } = makeHarness(store(), [
      makeSession({ id: 'w', capacity: 1 }),
      makeSession({ id: 'other', start: '2025-03-11T09:00:00Z' }),
    ]);
    await bookings.book('seated', 'w');
    await bookings.book('waiting', 'w');
    await catalogue.cancel('w', 'admin-1');
    expect(await bookings.myBookings('seated')).toEqual([]);
    expect(await bookings.myBookings('waiting', { includePast: true })).toEqual([]);
    expect((await bookings.myBookings('seated', { includeCancelled: true })).map((b) => [b.session.id, b.status])).toEqual([['w', 'cancelled']]);
    expect((await bookings.myBookings('waiting', { includeCancelled: true })).map((b) => b.status)).toEqual(['cancelled']);
    expect(await seated(bookings, 'w')).toEqual({ confirmed: [], waitlisted: [] });
    await expect(bookings.reschedule('seated', 'w', 'other')).resolves.toEqual({ ok: false, reason: 'session-cancelled' });
    await expect(bookings.cancel('waiting', 'w')).resolves.toEqual({ ok: false, reason: 'session-cancelled' });
    // Erasing a person still removes these entries.
    await bookings.forgetTeam('seated');
    expect(await bookings.myBookings('seated', { includeCancelled: true, includePast: true })).toEqual([]);
  });

  it('a Move pressed again says the booking already moved; a booking never moved from there is "not booked"', async () => {
    const { bookings } = makeHarness(store(), [
      makeSession({ id: 'a', start: '2025-03-05T09:00:00Z', bookingCloses: '2025-03-05T08:00:00Z' }),
      makeSession({ id: 'b', start: '2025-03-06T09:00:00Z', bookingCloses: '2025-03-06T08:00:00Z' }),
      makeSession({ id: 'c', start: '2025-03-07T09:00:00Z', bookingCloses: '2025-03-07T08:00:00Z' }),
    ]);
    await bookings.book('t', 'a');
    await bookings.book('t', 'c');
    await expect(bookings.reschedule('t', 'a', 'b')).resolves.toEqual({ ok: true, status: 'confirmed' });
    await expect(bookings.reschedule('t', 'a', 'b')).resolves.toEqual({ ok: false, reason: 'already-moved' });
    // A seat in c that no move gave: no booking of b to move there.
    await expect(bookings.reschedule('t', 'b', 'c')).resolves.toEqual({ ok: false, reason: 'already-booked', status: 'confirmed' });
    await expect(bookings.reschedule('t', 'a', 'c')).resolves.toEqual({ ok: false, reason: 'not-booked' });
  });

  it('moves the waitlist up after an admin raises the capacity', async () => {
    const { bookings, catalogue } = makeHarness(store(), [makeSession({ id: 'w', capacity: 1 })]);
    for (const team of ['a', 'b', 'c', 'd']) await bookings.book(team, 'w');
    await expect(catalogue.update('w', { capacity: 2 }, 'admin')).resolves.toMatchObject({ ok: true });
    await expect(bookings.fillFreeSeats('w')).resolves.toEqual(['b']);
    expect(await seated(bookings, 'w')).toEqual({ confirmed: ['a', 'b'], waitlisted: ['c', 'd'] });
    await expect(catalogue.update('w', { capacity: 1 }, 'admin')).resolves.toEqual({
      ok: false,
      reason: 'capacity-below-booked',
      booked: 2,
    });
  });

  it('packs seats before an admin lowers the capacity, down to the number of teams holding one', async () => {
    const sessions = [makeSession({ id: 'w', capacity: 10 })];
    const { bookings, catalogue, store: s, clock } = makeHarness(store(), sessions);
    for (const team of ['a', 'b', 'c', 'd', 'e', 'f']) await bookings.book(team, 'w');
    for (const team of ['a', 'b', 'c']) await bookings.cancel(team, 'w');
    const numbers = async () => (await s.list(seatsPrefix('w'))).map((record) => Number(record.key.slice(-4)));
    expect(await numbers()).toEqual([4, 5, 6]);
    // Without packing, seat 6 stands in the way of a capacity of 3.
    const plain = new SessionCatalogue(s, sessions, clock, { topics: TOPICS });
    await expect(plain.update('w', { capacity: 3 }, 'admin')).resolves.toEqual({ ok: false, reason: 'capacity-below-booked', booked: 3 });
    await expect(catalogue.update('w', { capacity: 2 }, 'admin')).resolves.toEqual({ ok: false, reason: 'capacity-below-booked', booked: 3 });
    await expect(catalogue.update('w', { capacity: 3 }, 'admin')).resolves.toMatchObject({ ok: true, session: { capacity: 3 } });
    expect(await numbers()).toEqual([1, 2, 3]);
    expect(await seated(bookings, 'w')).toEqual({ confirmed: ['d', 'e', 'f'], waitlisted: [] });
    expect(await bookings.book('g', 'w')).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(await bookings.cancel('e', 'w')).toMatchObject({ promoted: 'g' });
    await expect(bookings.reconcile('w')).resolves.toMatchObject({ releasedSeats: [], reseated: [], promoted: [] });
  });
});
