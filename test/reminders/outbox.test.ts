import { ReminderOutbox } from '../../src/reminders/outbox';
import { describeEachEngine, uniqueName } from '../storage/engines';
import { occurrence } from './support';

const T0 = '2024-11-01T08:00:00.000Z';
const LATER = '2024-11-02T08:00:00.000Z';
const at = (iso: string, plusMs = 0) => new Date(Date.parse(iso) + plusMs);

describeEachEngine('ReminderOutbox', (target) => {
  it('enqueues each key once', async () => {
    const store = await target().open({ tablePrefix: `o${uniqueName()}_` });
    try {
      const outbox = new ReminderOutbox(store);
      expect(await outbox.enqueue(occurrence('ana', T0, LATER), at(T0))).toBe(true);
      expect(await outbox.enqueue(occurrence('ana', T0, LATER), at(T0))).toBe(false);
      expect((await outbox.counts()).pending).toBe(1);
      // Not due before its time; due at its time.
      expect((await outbox.claimDue(at(T0, -1), 10, 'w1', 60_000)).claimed).toEqual([]);
      const { claimed } = await outbox.claimDue(at(T0), 10, 'w1', 60_000);
      expect(claimed.map((row) => [row.key, row.state, row.leaseOwner])).toEqual([['announcements/test/x/ana', 'claimed', 'w1']]);
      await outbox.markSent('announcements/test/x/ana', 'msg-1', at(T0, 500));
      expect(await outbox.get('announcements/test/x/ana')).toMatchObject({ state: 'sent', activityId: 'msg-1' });
      expect((await outbox.claimDue(at(LATER), 10, 'w1', 60_000)).claimed).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('never gives one row to two workers (two Store instances)', async () => {
    const tablePrefix = `o${uniqueName()}_`;
    const [a, b] = [await target().open({ tablePrefix }), await target().open({ tablePrefix })];
    try {
      const outbox = new ReminderOutbox(a);
      for (let i = 0; i < 60; i += 1) await outbox.enqueue(occurrence(`u${String(i).padStart(3, '0')}`, T0, LATER), at(T0));
      const workers = [new ReminderOutbox(a), new ReminderOutbox(b), new ReminderOutbox(a), new ReminderOutbox(b)];
      const claims = await Promise.all(
        workers.map(async (worker, index) => {
          const keys: string[] = [];
          for (;;) {
            const { claimed } = await worker.claimDue(at(T0, 1000), 7, `w${index}`, 60_000);
            if (claimed.length === 0) return keys;
            keys.push(...claimed.map((row) => row.key));
          }
        }),
      );
      const all = claims.flat();
      expect(all).toHaveLength(60);
      expect(new Set(all).size).toBe(60);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('gives a row back when its lease ends, and retries failed rows at their retry time', async () => {
    const store = await target().open({ tablePrefix: `o${uniqueName()}_` });
    try {
      const outbox = new ReminderOutbox(store);
      await outbox.enqueue(occurrence('crashed', T0, LATER), at(T0));
      await outbox.enqueue(occurrence('flaky', T0, LATER), at(T0));
      expect((await outbox.claimDue(at(T0), 10, 'dead', 30_000)).claimed).toHaveLength(2);
      await outbox.markFailed('announcements/test/x/flaky', 'HTTP 503', at(T0, 1000), at(T0, 120_000));
      // Within the lease nobody else gets 'crashed'.
      expect((await outbox.claimDue(at(T0, 29_000), 10, 'w2', 30_000)).claimed).toEqual([]);
      const reclaimed = await outbox.claimDue(at(T0, 30_000), 10, 'w2', 30_000);
      expect(reclaimed.claimed.map((row) => [row.key, row.leaseOwner])).toEqual([['announcements/test/x/crashed', 'w2']]);
      await outbox.markSent('announcements/test/x/crashed', 'msg-1', at(T0, 31_000));
      const retried = await outbox.claimDue(at(T0, 120_000), 10, 'w2', 30_000);
      expect(retried.claimed.map((row) => [row.key, row.attempts, row.lastError])).toEqual([['announcements/test/x/flaky', 1, 'HTTP 503']]);
      await outbox.markFailed('announcements/test/x/flaky', 'HTTP 400', at(T0, 121_000));
      expect(await outbox.get('announcements/test/x/flaky')).toMatchObject({ state: 'failed', attempts: 2 });
    } finally {
      await store.close();
    }
  });

  it('drops rows whose moment passed while nobody sent them', async () => {
    const store = await target().open({ tablePrefix: `o${uniqueName()}_` });
    try {
      const outbox = new ReminderOutbox(store);
      await outbox.enqueue(occurrence('late', T0, at(T0, 3_600_000).toISOString()), at(T0));
      await outbox.enqueue(occurrence('fine', T0, LATER), at(T0));
      const result = await outbox.claimDue(at(T0, 7_200_000), 10, 'w1', 60_000);
      expect(result.expired).toEqual(['announcements/test/x/late']);
      expect(result.claimed.map((row) => row.key)).toEqual(['announcements/test/x/fine']);
      expect(await outbox.get('announcements/test/x/late')).toMatchObject({ state: 'dropped', droppedReason: 'expired' });
      expect(await outbox.counts()).toMatchObject({ dropped: 1, claimed: 1 });
    } finally {
      await store.close();
    }
  });
});
