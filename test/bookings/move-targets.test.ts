import { MoveTargets } from '../../src/bookings';
import { describeEachEngine } from '../storage/engines';
import { makeHarness, makeSession, useFreshStore } from './booking-fixtures';

/** Where a booking can move: what the move card lists and whether "Move" is offered at all. */
describeEachEngine('the sessions a booking can move to', (target) => {
  const store = useFreshStore(target);

  it('lists upcoming open sessions of the same kind the team may book and does not hold, with their free seats', async () => {
    const harness = makeHarness(
      store(),
      [
        makeSession({ id: 'from' }),
        makeSession({ id: 'full', capacity: 1, start: '2025-03-11T09:00:00Z' }),
        makeSession({ id: 'free', start: '2025-03-12T09:00:00Z' }),
        makeSession({ id: 'held', start: '2025-03-13T09:00:00Z' }),
        makeSession({ id: 'shortlisted-only', audience: 'shortlisted', start: '2025-03-14T09:00:00Z' }),
        makeSession({ id: 'not-open-yet', bookingOpens: '2025-03-05T00:00:00Z', start: '2025-03-15T09:00:00Z' }),
        makeSession({ id: 'a-clinic', kind: 'clinic', start: '2025-03-16T09:00:00Z' }),
        makeSession({ id: 'past', start: '2025-02-25T09:00:00Z', bookingOpens: '2025-02-01T00:00:00Z' }),
      ],
      { shortlisted: () => ['shortlisted-team'] },
    );
    const { bookings, catalogue } = harness;
    await bookings.book('t', 'from');
    await bookings.book('t', 'held');
    await bookings.book('someone', 'full');
    const moves = new MoveTargets(harness, 20);
    const from = (await catalogue.get('from'))!;
    const held = await moves.heldBy('t');
    expect([...held].sort()).toEqual(['from', 'held']);
    expect((await moves.list('t', from, held)).map(({ session, seatsLeft }) => [session.id, seatsLeft])).toEqual([
      ['full', 0],
      ['free', 10],
    ]);
    expect(await moves.canMove('t', from, held)).toBe(true);
    // A shortlisted team may also move to the session for shortlisted teams.
    expect((await moves.list('shortlisted-team', from, new Set(['from']))).map(({ session }) => session.id)).toContain('shortlisted-only');
  });

  it('offers no move when the only sessions it could list are full, or lie past what one card lists', async () => {
    const harness = makeHarness(store(), [
      makeSession({ id: 'from' }),
      makeSession({ id: 'full', capacity: 1, start: '2025-03-11T09:00:00Z' }),
      makeSession({ id: 'free-but-third', start: '2025-03-12T09:00:00Z' }),
      makeSession({ id: 'full-too', capacity: 1, start: '2025-03-11T10:00:00Z' }),
    ]);
    await harness.bookings.book('t', 'from');
    await harness.bookings.book('x', 'full');
    await harness.bookings.book('y', 'full-too');
    const from = (await harness.catalogue.get('from'))!;
    expect(await new MoveTargets(harness, 2).canMove('t', from, new Set(['from']))).toBe(false);
    expect(await new MoveTargets(harness, 3).canMove('t', from, new Set(['from']))).toBe(true);
  });
});
