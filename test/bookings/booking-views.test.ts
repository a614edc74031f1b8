import { describeEachEngine } from '../storage/engines';
import { HOUR, makeHarness, makeSession, useFreshStore } from './booking-fixtures';

describeEachEngine('what teams and IKM see', (target) => {
  const store = useFreshStore(target);

  it('lists a team’s seats and waitlist places by start, with positions; sessions over are left out', async () => {
    const { bookings, clock } = makeHarness(store(), [
      makeSession({ id: 'late', start: '2025-03-12T09:00:00Z' }),
      makeSession({ id: 'early', start: '2025-03-05T09:00:00Z', capacity: 1 }),
      makeSession({ id: 'middle', start: '2025-03-08T09:00:00Z' }),
    ]);
    await bookings.book('other', 'early');
    await bookings.book('t', 'late');
    await bookings.book('t', 'early');
    await bookings.book('t', 'middle');
    const mine = await bookings.myBookings('t');
    expect(mine.map((b) => [b.session.id, b.status, b.position])).toEqual([
      ['early', 'waitlisted', 1],
      ['middle', 'confirmed', undefined],
      ['late', 'confirmed', undefined],
    ]);
    expect(mine[1].bookedAt).toEqual(new Date('2025-03-01T09:00:00Z'));
    clock.set('2025-03-09T00:00:00Z');
    expect((await bookings.myBookings('t')).map((b) => b.session.id)).toEqual(['late']);
    expect((await bookings.myBookings('t', { includePast: true })).map((b) => b.session.id)).toEqual(['early', 'middle', 'late']);
    expect(await bookings.myBookings('nobody')).toEqual([]);
  });

  it('exports attendees as RFC 4180 CSV, guarding against formulas', async () => {
    const title = { en: '=HYPERLINK("http://evil.example","Click"), really', fr: 'Atelier', es: 'Taller' };
    const { bookings, clock } = makeHarness(store(), [makeSession({ id: 'w', capacity: 2, title })]);
    await bookings.book('team-plain', 'w');
    clock.advance(60_000);
    await bookings.book('team-formula', 'w');
    clock.advance(60_000);
    await bookings.book('team-waiting', 'w');
    const names: Record<string, string> = {
      'team-plain': 'Kampala office',
      'team-formula': '@SUM(A1:A9)',
      'team-waiting': 'Line one\nline "two"',
    };
    const result = await bookings.attendeesCsv('w', { teamName: async (teamId) => names[teamId] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.filename).toBe('attendees-w.csv');
    const guardedTitle = `"'=HYPERLINK(""http://evil.example"",""Click""), really"`;
    expect(result.csv).toBe(
      [
        // A byte-order mark first, as every CSV the assistant gives: Excel reads accents right.
        '\uFEFFsession_id,session_title,session_start_utc,status,position,team_id,team_name,booked_at_utc,offered_at_utc',
        `w,${guardedTitle},2025-03-10 09:00:00,confirmed,,team-plain,Kampala office,2025-03-01 09:00:00,`,
        `w,${guardedTitle},2025-03-10 09:00:00,confirmed,,team-formula,'@SUM(A1:A9),2025-03-01 09:01:00,`,
        `w,${guardedTitle},2025-03-10 09:00:00,waitlisted,1,team-waiting,"Line one\nline ""two""",2025-03-01 09:02:00,`,
        '',
      ].join('\r\n'),
    );
    expect((await bookings.attendeesCsv('w', { language: 'fr' })).ok && (await bookings.attendeesCsv('w', { language: 'fr' }))).toMatchObject({
      csv: expect.stringContaining(',Atelier,'),
    });
    await expect(bookings.attendeesCsv('nope')).resolves.toEqual({ ok: false, reason: 'not-found' });
  });

  it('schedules reminders 24 h and 1 h before each confirmed booking, future ones only', async () => {
    const { bookings, catalogue } = makeHarness(store(), [
      makeSession({ id: 'soon', start: '2025-03-02T08:00:00Z', capacity: 1 }), // 23 h after NOW
      makeSession({ id: 'later', start: '2025-03-10T09:00:00Z' }),
      makeSession({ id: 'dropped', start: '2025-03-11T09:00:00Z' }),
    ]);
    await bookings.book('a', 'soon');
    await bookings.book('waiting', 'soon');
    await bookings.book('a', 'later');
    await bookings.book('b', 'later');
    await bookings.book('b', 'dropped');
    await catalogue.cancel('dropped', 'admin');
    const now = new Date('2025-03-01T09:00:00Z');
    const reminders = await bookings.scheduledReminders(now);
    expect(reminders.map((r) => [r.key, r.at.toISOString()])).toEqual([
      ['session/soon/a/1h', '2025-03-02T07:00:00.000Z'],
      ['session/later/a/24h', '2025-03-09T09:00:00.000Z'],
      ['session/later/b/24h', '2025-03-09T09:00:00.000Z'],
      ['session/later/a/1h', '2025-03-10T08:00:00.000Z'],
      ['session/later/b/1h', '2025-03-10T08:00:00.000Z'],
    ]);
    expect(reminders[0]).toEqual({ key: 'session/soon/a/1h', kind: '1h', teamId: 'a', sessionId: 'soon', at: new Date('2025-03-02T07:00:00Z') });
    const laterOn = await bookings.scheduledReminders(new Date(Date.parse('2025-03-10T09:00:00Z') - 2 * HOUR));
    expect(laterOn.map((r) => r.key)).toEqual(['session/later/a/1h', 'session/later/b/1h']);
  });

  it('lists promotions with stable keys until the session starts', async () => {
    const { bookings, clock } = makeHarness(store(), [makeSession({ id: 'c', kind: 'clinic' })]);
    await bookings.book('a', 'c');
    await bookings.book('b', 'c');
    clock.advance(HOUR);
    await bookings.cancel('a', 'c');
    const notices = await bookings.promotionNotices(clock.now());
    expect(notices).toEqual([{ key: 'session/c/b/promoted/1', teamId: 'b', sessionId: 'c', at: new Date('2025-03-01T10:00:00Z') }]);
    expect(await bookings.promotionNotices(new Date('2025-03-10T09:00:00Z'))).toEqual([]);
  });
});
