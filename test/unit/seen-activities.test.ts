import { FixedClock } from '../../src/clock';
import { SeenActivities } from '../../src/bot/seen-activities';
import { openStore } from '../../src/storage/open-store';
import type { Store } from '../../src/storage/store';

describe('remembering handled activities (Teams retries)', () => {
  let store: Store;
  const clock = new FixedClock('2024-10-01T09:59:58Z');

  beforeEach(async () => {
    store = await openStore('sqlite://:memory:');
  });
  afterEach(async () => {
    await store.close();
  });

  it('lets the first copy through and stops the retries, also when they arrive together', async () => {
    const seen = new SeenActivities(store, clock);
    const claims = await Promise.all(Array.from({ length: 5 }, () => seen.claim('conv-1', 'act-1')));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await seen.claim('conv-2', 'act-1')).toBe(true);
  });

  it('recognises a retry that arrives just after the hour turns', async () => {
    const seen = new SeenActivities(store, clock);
    expect(await seen.claim('conv', 'act')).toBe(true);
    clock.advance(15_000);
    expect(await seen.claim('conv', 'act')).toBe(false);
  });

  it('still stops a retry that arrives a few minutes into the next hour', async () => {
    const seen = new SeenActivities(store, clock);
    expect(await seen.claim('conv', 'act-late')).toBe(true);
    clock.advance(5 * 60 * 1000);
    expect(await seen.claim('conv', 'act-late')).toBe(false);
    clock.set('2024-10-01T09:59:58Z');
  });

  it('purges hours long past and keeps recent ones', async () => {
    const seen = new SeenActivities(store, clock);
    for (let i = 0; i < 30; i += 1) await seen.claim('conv', `old-${i}`);
    clock.advance(3 * 60 * 60 * 1000);
    await seen.claim('conv', 'recent');
    expect(await seen.purge(7)).toBe(30);
    expect((await store.list('seen/')).map((record) => record.key)).toEqual([expect.stringContaining('recent')]);
  });
});
