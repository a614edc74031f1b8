import { describeEachEngine } from '../storage/engines';
import { HOUR, NOW, makeHarness, makeSession, useFreshStore } from './booking-fixtures';

describeEachEngine('booking rules', (target) => {
  const store = useFreshStore(target);

  it('confirms a seat, and a second booking of the same session answers alreadyBooked', async () => {
    const { bookings } = makeHarness(store(), [makeSession({ id: 'w1' })]);
    await expect(bookings.book('team-a', 'w1')).resolves.toEqual({ ok: true, status: 'confirmed' });
    await expect(bookings.book('team-a', 'w1')).resolves.toEqual({ ok: true, status: 'confirmed', alreadyBooked: true });
  });

  it('puts teams on the waitlist once the session is full, with their position', async () => {
    const { bookings } = makeHarness(store(), [makeSession({ id: 'w1', capacity: 2 })]);
    expect(await bookings.book('a', 'w1')).toMatchObject({ status: 'confirmed' });
    expect(await bookings.book('b', 'w1')).toMatchObject({ status: 'confirmed' });
    expect(await bookings.book('c', 'w1')).toEqual({ ok: true, status: 'waitlisted', position: 1 });
    expect(await bookings.book('d', 'w1')).toEqual({ ok: true, status: 'waitlisted', position: 2 });
    expect(await bookings.book('d', 'w1')).toEqual({ ok: true, status: 'waitlisted', position: 2, alreadyBooked: true });
  });

  it('refuses an unknown session, a cancelled one, one that started, and outside the booking window', async () => {
    const { bookings, clock } = makeHarness(store(), [
      makeSession({ id: 'w1' }),
      makeSession({ id: 'off', status: 'cancelled' }),
      makeSession({ id: 'later', bookingOpens: '2025-03-05T08:00:00Z' }),
    ]);
    await expect(bookings.book('a', 'nope')).resolves.toEqual({ ok: false, reason: 'not-found' });
    await expect(bookings.book('a', 'off')).resolves.toEqual({ ok: false, reason: 'cancelled' });
    await expect(bookings.book('a', 'later')).resolves.toEqual({
      ok: false,
      reason: 'window-not-open',
      opens: new Date('2025-03-05T08:00:00Z'),
    });
    clock.set('2025-03-10T08:00:00Z'); // bookingCloses
    await expect(bookings.book('a', 'w1')).resolves.toEqual({
      ok: false,
      reason: 'window-closed',
      closed: new Date('2025-03-10T08:00:00Z'),
    });
    clock.set('2025-03-10T09:00:00Z'); // start
    await expect(bookings.book('a', 'w1')).resolves.toEqual({
      ok: false,
      reason: 'in-the-past',
      start: new Date('2025-03-10T09:00:00Z'),
    });
  });

  it('tells a team a session is for shortlisted teams before telling it when booking opens, closes or started', async () => {
    const { bookings, clock } = makeHarness(store(), [
      makeSession({ id: 'later', audience: 'shortlisted', bookingOpens: '2025-03-05T08:00:00Z' }),
    ]);
    await expect(bookings.book('outsider', 'later')).resolves.toEqual({ ok: false, reason: 'not-shortlisted' });
    clock.set('2025-03-10T08:30:00Z'); // booking closed
    await expect(bookings.book('outsider', 'later')).resolves.toEqual({ ok: false, reason: 'not-shortlisted' });
    clock.set('2025-03-10T09:30:00Z'); // started
    await expect(bookings.book('outsider', 'later')).resolves.toEqual({ ok: false, reason: 'not-shortlisted' });
  });

  it('opens booking at the exact opening instant and closes it at the closing instant', async () => {
    const { bookings, clock } = makeHarness(store(), [makeSession({ id: 'w1', bookingOpens: '2025-03-05T08:00:00Z' })]);
    clock.set(new Date(Date.parse('2025-03-05T08:00:00Z') - 1));
    expect(await bookings.book('a', 'w1')).toMatchObject({ ok: false, reason: 'window-not-open' });
    clock.set('2025-03-05T08:00:00Z');
    expect(await bookings.book('a', 'w1')).toMatchObject({ ok: true, status: 'confirmed' });
    clock.set(new Date(Date.parse('2025-03-10T08:00:00Z') - 1));
    expect(await bookings.book('b', 'w1')).toMatchObject({ ok: true, status: 'confirmed' });
  });

  it('keeps sessions for shortlisted teams to the shortlist (a list or an async source)', async () => {
    const sessions = [makeSession({ id: 'c1', kind: 'clinic', audience: 'shortlisted' })];
    const sync = makeHarness(store(), sessions, { shortlisted: () => ['in'] });
    await expect(sync.bookings.book('out', 'c1')).resolves.toEqual({ ok: false, reason: 'not-shortlisted' });
    await expect(sync.bookings.book('in', 'c1')).resolves.toMatchObject({ ok: true, status: 'confirmed' });
    const asyncList = makeHarness(store(), [makeSession({ id: 'c2', kind: 'clinic', audience: 'shortlisted' })], {
      shortlisted: async () => ['late'],
    });
    await expect(asyncList.bookings.book('late', 'c2')).resolves.toMatchObject({ ok: true });
  });

  it('allows one clinic per topic per team (waitlist places do not count), as configured', async () => {
    const sessions = [
      makeSession({ id: 'bm-1', kind: 'clinic', topic: 'business-model', start: '2025-03-05T09:00:00Z', bookingCloses: '2025-03-05T08:00:00Z' }),
      makeSession({ id: 'bm-2', kind: 'clinic', topic: 'business-model', start: '2025-03-06T09:00:00Z', bookingCloses: '2025-03-06T08:00:00Z' }),
      makeSession({ id: 'bm-3', kind: 'clinic', topic: 'business-model', start: '2025-03-07T09:00:00Z', bookingCloses: '2025-03-07T08:00:00Z' }),
      makeSession({ id: 'sc-1', kind: 'clinic', topic: 'scaling', start: '2025-03-06T13:00:00Z', bookingCloses: '2025-03-06T08:00:00Z' }),
      makeSession({ id: 'w-bm', kind: 'workshop', topic: 'business-model', start: '2025-03-08T09:00:00Z', bookingCloses: '2025-03-08T08:00:00Z' }),
    ];
    const { bookings } = makeHarness(store(), sessions);
    expect(await bookings.book('other', 'bm-2')).toMatchObject({ status: 'confirmed' });
    // Waitlisted on bm-2: does not use up the topic.
    expect(await bookings.book('team', 'bm-2')).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(await bookings.book('team', 'bm-1')).toMatchObject({ status: 'confirmed' });
    await expect(bookings.book('team', 'bm-3')).resolves.toEqual({
      ok: false,
      reason: 'topic-limit',
      topic: 'business-model',
      limit: 1,
      sessionIds: ['bm-1'],
    });
    // Other topics, and workshops on the same topic, are fine.
    expect(await bookings.book('team', 'sc-1')).toMatchObject({ status: 'confirmed' });
    expect(await bookings.book('team', 'w-bm')).toMatchObject({ status: 'confirmed' });

  });

  it('applies a configured limit of two clinics per topic', async () => {
    const clinic = (id: string, day: number) =>
      makeSession({ id, kind: 'clinic', topic: 'proposal-writing', start: `2025-03-0${day}T09:00:00Z`, bookingCloses: `2025-03-0${day}T08:00:00Z` });
    const { bookings } = makeHarness(store(), [clinic('p-1', 5), clinic('p-2', 6), clinic('p-3', 7)], { clinicsPerTopicPerTeam: 2 });
    expect(await bookings.book('t', 'p-1')).toMatchObject({ status: 'confirmed' });
    expect(await bookings.book('t', 'p-2')).toMatchObject({ status: 'confirmed' });
    await expect(bookings.book('t', 'p-3')).resolves.toEqual({
      ok: false,
      reason: 'topic-limit',
      topic: 'proposal-writing',
      limit: 2,
      sessionIds: ['p-1', 'p-2'],
    });
  });

  it('refuses a seat overlapping another confirmed booking (touching sessions are fine)', async () => {
    const { bookings } = makeHarness(store(), [
      makeSession({ id: 'ten', start: '2025-03-10T10:00:00Z', durationMinutes: 60 }),
      makeSession({ id: 'ten-thirty', start: '2025-03-10T10:30:00Z', durationMinutes: 90 }),
      makeSession({ id: 'eleven', start: '2025-03-10T11:00:00Z', durationMinutes: 60 }),
      makeSession({ id: 'nine', start: '2025-03-10T09:00:00Z', durationMinutes: 240, capacity: 1 }),
    ]);
    expect(await bookings.book('t', 'ten')).toMatchObject({ status: 'confirmed' });
    await expect(bookings.book('t', 'ten-thirty')).resolves.toEqual({ ok: false, reason: 'overlap', sessionId: 'ten' });
    expect(await bookings.book('t', 'eleven')).toMatchObject({ status: 'confirmed' });
    // A full session is refused too: the team could not take the seat if one came free.
    expect(await bookings.book('other', 'nine')).toMatchObject({ status: 'confirmed' });
    await expect(bookings.book('t', 'nine')).resolves.toEqual({ ok: false, reason: 'overlap', sessionId: 'ten' });
    // A waitlist place holds no time: another team's seat at that time is not blocked by it.
    expect(await bookings.book('w', 'nine')).toMatchObject({ status: 'waitlisted' });
    expect(await bookings.book('w', 'ten-thirty')).toMatchObject({ status: 'confirmed' });
  });

  it('ignores bookings of sessions an admin cancelled when checking the rules', async () => {
    const { bookings, catalogue } = makeHarness(store(), [
      makeSession({ id: 'a', start: '2025-03-10T10:00:00Z' }),
      makeSession({ id: 'b', start: '2025-03-10T10:00:00Z' }),
    ]);
    expect(await bookings.book('t', 'a')).toMatchObject({ status: 'confirmed' });
    expect(await bookings.book('t', 'b')).toMatchObject({ reason: 'overlap' });
    await catalogue.cancel('a', 'admin');
    expect(await bookings.book('t', 'b')).toMatchObject({ status: 'confirmed' });
  });

  it('checks the cancellation cut-off: cancel until start - cutoff, waitlist places any time', async () => {
    const { bookings, clock } = makeHarness(store(), [makeSession({ id: 'w', capacity: 1, cancellationCutoffHours: 24 })]);
    expect(await bookings.book('a', 'w')).toMatchObject({ status: 'confirmed' });
    expect(await bookings.book('b', 'w')).toMatchObject({ status: 'waitlisted' });
    const cutoff = new Date(Date.parse('2025-03-10T09:00:00Z') - 24 * HOUR);
    clock.set(new Date(cutoff.getTime() + 1));
    await expect(bookings.cancel('a', 'w')).resolves.toEqual({ ok: false, reason: 'cutoff-passed', cutoff });
    await expect(bookings.cancel('b', 'w')).resolves.toEqual({ ok: true, was: 'waitlisted' });
    await expect(bookings.cancel('b', 'w')).resolves.toEqual({ ok: false, reason: 'not-booked' });
    await expect(bookings.cancel('a', 'nope')).resolves.toEqual({ ok: false, reason: 'not-found' });
    clock.set(cutoff);
    await expect(bookings.cancel('a', 'w')).resolves.toEqual({ ok: true, was: 'confirmed' });
  });

  it('lets a team book again after cancelling', async () => {
    const { bookings } = makeHarness(store(), [makeSession({ id: 'w' })]);
    await bookings.book('a', 'w');
    await bookings.cancel('a', 'w');
    await expect(bookings.book('a', 'w')).resolves.toEqual({ ok: true, status: 'confirmed' });
    const list = await bookings.attendees('w');
    expect(list.ok && list.confirmed.map((attendee) => attendee.teamId)).toEqual(['a']);
  });

  it('stands still: NOW is the fixture date', () => {
    expect(NOW.toISOString()).toBe('2025-03-01T09:00:00.000Z');
  });
});
