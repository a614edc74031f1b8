import { SessionCatalogue, clinicsOutsideWindow } from '../../src/bookings';
import { FixedClock } from '../../src/clock';
import { describeEachEngine } from '../storage/engines';
import { NOW, TOPICS, makeHarness, makeSession, useFreshStore } from './booking-fixtures';

const FILE = [
  makeSession({ id: 'c-bm', kind: 'clinic', topic: 'business-model', start: '2025-03-05T09:00:00Z' }),
  makeSession({ id: 'c-sc', kind: 'clinic', topic: 'scaling', start: '2025-03-04T09:00:00Z' }),
  makeSession({ id: 'w-bm', kind: 'workshop', topic: 'business-model', start: '2025-03-08T09:00:00Z' }),
  makeSession({ id: 'w-old', kind: 'workshop', topic: 'scaling', start: '2025-02-25T09:00:00Z', bookingOpens: '2025-02-01T00:00:00Z' }),
  makeSession({ id: 'w-off', kind: 'workshop', topic: 'scaling', status: 'cancelled' }),
];

describeEachEngine('session catalogue', (target) => {
  const store = useFreshStore(target);

  it('lists the file’s sessions by start, filtered by kind, topic and date; cancelled ones on request', async () => {
    const { catalogue } = makeHarness(store(), FILE);
    expect((await catalogue.list()).map((s) => s.id)).toEqual(['w-old', 'c-sc', 'c-bm', 'w-bm']);
    expect((await catalogue.list({ kind: 'clinic' })).map((s) => s.id)).toEqual(['c-sc', 'c-bm']);
    expect((await catalogue.list({ topic: 'business-model' })).map((s) => s.id)).toEqual(['c-bm', 'w-bm']);
    expect((await catalogue.list({ from: NOW })).map((s) => s.id)).toEqual(['c-sc', 'c-bm', 'w-bm']);
    expect((await catalogue.list({ includeCancelled: true })).map((s) => s.id)).toContain('w-off');
    expect(await catalogue.get('c-bm')).toEqual(FILE[0]);
    expect(await catalogue.get('nope')).toBeUndefined();
    expect(await catalogue.get('../etc')).toBeUndefined();
    expect(catalogue.topics()).toEqual(TOPICS);
  });

  it('refuses a new session, or a new start, before now (by the clock); an unchanged past start may stay', async () => {
    const { catalogue, clock } = makeHarness(store(), FILE);
    const input = makeSession({ id: 'w-past', start: '2025-03-01T08:59:00Z', bookingOpens: '2025-02-01T00:00:00Z' });
    await expect(catalogue.create(input, 'admin-1')).resolves.toEqual({
      ok: false,
      reason: 'invalid',
      problems: [{ path: 'start', code: 'start-in-past', params: { now: NOW.toISOString() } }],
    });
    await expect(catalogue.create({ ...input, start: '2025-03-01T09:01:00Z' }, 'admin-1')).resolves.toMatchObject({ ok: true });
    clock.set('2025-03-02T00:00:00Z');
    await expect(catalogue.update('w-past', { start: '2025-03-01T12:00:00Z' }, 'admin-1')).resolves.toMatchObject({
      ok: false,
      problems: [{ path: 'start', code: 'start-in-past' }],
    });
    await expect(catalogue.update('w-past', { capacity: 12 }, 'admin-1')).resolves.toMatchObject({ ok: true });
  });

  it('needs a Teams link for an online session only', async () => {
    const { catalogue } = makeHarness(store(), FILE);
    const { joinUrl: _link, ...noLink } = makeSession({ id: 'w-room', format: 'in-person', location: 'Room 1' });
    await expect(catalogue.create(noLink, 'admin-1')).resolves.toMatchObject({ ok: true, session: { id: 'w-room', format: 'in-person' } });
    expect((await catalogue.get('w-room'))?.joinUrl).toBeUndefined();
    await expect(catalogue.create({ ...noLink, id: 'w-online', format: 'online' }, 'admin-1')).resolves.toEqual({
      ok: false,
      reason: 'invalid',
      problems: [{ path: 'joinUrl', code: 'join-url-required' }],
    });
  });

  it('creates sessions (ids unique across file and store), validated with codes for the admin card', async () => {
    const { catalogue } = makeHarness(store(), FILE);
    const input = {
      ...makeSession({ id: 'c-new', kind: 'clinic', topic: 'monitoring-evaluation', start: '2025-03-07T09:00:00Z' }),
      start: '2025-03-07T10:00+01:00',
    };
    const created = await catalogue.create(input, 'admin-1');
    expect(created).toMatchObject({ ok: true, session: { id: 'c-new', start: '2025-03-07T09:00:00.000Z' } });
    expect((await catalogue.list({ topic: 'monitoring-evaluation' })).map((s) => s.id)).toEqual(['c-new']);
    await expect(catalogue.create(input, 'admin-2')).resolves.toEqual({ ok: false, reason: 'exists' });
    await expect(catalogue.create({ ...input, id: 'c-bm' }, 'admin-2')).resolves.toEqual({ ok: false, reason: 'exists' });

    const invalid = await catalogue.create(
      { ...input, id: 'c-bad', topic: 'astrology', capacity: 3, durationMinutes: 90, joinUrl: 'https://zoom.us/j/1', extra: 1 },
      'admin-1',
    );
    expect(invalid.ok).toBe(false);
    if (invalid.ok || invalid.reason !== 'invalid') throw new Error('expected invalid');
    expect(invalid.problems).toEqual(
      expect.arrayContaining([
        { path: 'extra', code: 'unknown-field' },
        { path: 'joinUrl', code: 'not-teams-link' },
        { path: 'durationMinutes', code: 'duration-out-of-range', params: { min: 30, max: 60, kind: 'clinic' } },
        { path: 'capacity', code: 'capacity-out-of-range', params: { min: 1, max: 1, kind: 'clinic' } },
        { path: 'topic', code: 'unknown-topic', params: { topics: TOPICS.map((t) => t.id) } },
      ]),
    );
    const missing = await catalogue.create({ id: 'c-empty' }, 'admin-1');
    expect(missing.ok === false && missing.reason === 'invalid' && missing.problems).toEqual(
      expect.arrayContaining([{ path: 'title', code: 'required' }, { path: 'start', code: 'required' }]),
    );
  });

  it('updates a file session in the store (which then wins), refusing id and status changes', async () => {
    const { catalogue, store: s } = makeHarness(store(), FILE);
    const updated = await catalogue.update('w-bm', { host: 'Scaling specialist', start: '2025-03-08T10:00:00Z', bookingCloses: '2025-03-08T09:00:00Z' }, 'admin-1');
    expect(updated).toMatchObject({ ok: true, session: { host: { en: 'Scaling specialist', fr: 'Scaling specialist' }, start: '2025-03-08T10:00:00.000Z' } });
    expect((await catalogue.get('w-bm'))?.host.fr).toBe('Scaling specialist');
    // A second catalogue over the same store (another process, or after a restart) sees the change.
    const again = new SessionCatalogue(s, FILE, new FixedClock(NOW), { topics: TOPICS });
    expect((await again.get('w-bm'))?.host.es).toBe('Scaling specialist');
    await expect(catalogue.update('w-bm', { status: 'cancelled', id: 'x' }, 'admin-1')).resolves.toEqual({
      ok: false,
      reason: 'invalid',
      problems: [
        { path: 'id', code: 'read-only' },
        { path: 'status', code: 'read-only' },
      ],
    });
    await expect(catalogue.update('w-bm', { durationMinutes: 500 }, 'admin-1')).resolves.toMatchObject({ ok: false, reason: 'invalid' });
    await expect(catalogue.update('nope', { host: 'x' }, 'admin-1')).resolves.toEqual({ ok: false, reason: 'not-found' });
    await expect(catalogue.update('w-off', { host: 'x' }, 'admin-1')).resolves.toEqual({ ok: false, reason: 'cancelled' });
    await expect(catalogue.cancel('nope', 'admin-1')).resolves.toEqual({ ok: false, reason: 'not-found' });
  });
});

describe('clinicsOutsideWindow', () => {
  it('names scheduled clinics outside the call’s clinics window', () => {
    const call = { timeline: { clinicsWindow: { opens: new Date('2025-03-04T00:00:00Z'), closes: new Date('2025-03-06T00:00:00Z') } } };
    expect(clinicsOutsideWindow(FILE, call as Parameters<typeof clinicsOutsideWindow>[1])).toEqual([]);
    const narrow = { timeline: { clinicsWindow: { opens: new Date('2025-03-04T12:00:00Z'), closes: new Date('2025-03-06T00:00:00Z') } } };
    expect(clinicsOutsideWindow(FILE, narrow as Parameters<typeof clinicsOutsideWindow>[1])).toEqual(['c-sc']);
  });
});
