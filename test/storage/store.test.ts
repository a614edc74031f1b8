import { Client, Pool } from 'pg';
import { updateRecord } from '../../src/storage/store';
import type { ExpectedVersion, Store, StoredRecord } from '../../src/storage/store';
import { describeEachEngine, POSTGRES_URL, postgresTarget, uniqueName, useStore } from './engines';

/** The Store contract, identical for both engines. */

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describeEachEngine('Store', (target) => {
  const { store, ns } = useStore(target);

  describe('put and get', () => {
    it('reports its engine', () => {
      expect(store().engine).toBe(target().engine);
    });

    it('starts versions at 1 and adds 1 per write', async () => {
      const key = ns('a');
      expect(await store().get(key)).toBeUndefined();
      expect(await store().put(key, { n: 1 })).toBe(1);
      expect(await store().put(key, { n: 2 })).toBe(2);
      expect(await store().put(key, { n: 3 }, 'any')).toBe(3);
      expect(await store().get(key)).toEqual({ key, value: { n: 3 }, version: 3 });
    });

    it('reads several keys at once, in the order asked, with what get would give for each', async () => {
      await store().put(ns('m-b'), { n: 'b' });
      await store().put(ns('m-a'), [1, 2]);
      await store().put(ns('m-a'), [3]);
      const keys = [ns('m-a'), ns('m-missing'), ns('m-b'), ns('m-a')];
      const many = await store().getMany(keys);
      expect(many).toEqual([
        { key: ns('m-a'), value: [3], version: 2 },
        undefined,
        { key: ns('m-b'), value: { n: 'b' }, version: 1 },
        { key: ns('m-a'), value: [3], version: 2 },
      ]);
      expect(many).toEqual(await Promise.all(keys.map((key) => store().get(key))));
      expect(await store().getMany([])).toEqual([]);
      await expect(store().getMany([ns('ok'), ''])).rejects.toThrow(TypeError);
      await expect(store().getMany(ns('not-an-array') as unknown as string[])).rejects.toThrow(TypeError);
    });

    it('round-trips JSON values of every kind', async () => {
      const values: unknown[] = [
        { nested: { list: [1, 'two', null, { three: true }] } },
        [1, 2, 3],
        'text with \'quotes\' and "doubles" and é and 🎉',
        42.5,
        0,
        false,
        null,
        { backslash: '\\u0000 is only text here' },
      ];
      for (const [index, value] of values.entries()) {
        await store().put(ns(`v${index}`), value);
        expect((await store().get(ns(`v${index}`)))?.value).toEqual(value);
      }
    });

    it('stores what JSON keeps: Dates become strings, undefined fields vanish', async () => {
      const key = ns('json');
      await store().put(key, { at: new Date('2024-05-01T10:00:00.000Z'), gone: undefined });
      expect((await store().get(key))?.value).toEqual({ at: '2024-05-01T10:00:00.000Z' });
    });

    it('rejects values and arguments it cannot store', async () => {
      await expect(store().put(ns('u'), undefined)).rejects.toThrow(TypeError);
      await expect(store().put(ns('f'), () => 1)).rejects.toThrow(TypeError);
      await expect(store().put(ns('nul'), { s: 'a\u0000b' })).rejects.toThrow(/NUL/);
      await expect(store().put('', 1)).rejects.toThrow(TypeError);
      await expect(store().put(ns('x'), 1, -1)).rejects.toThrow(RangeError);
      await expect(store().put(ns('x'), 1, 1.5)).rejects.toThrow(RangeError);
      await expect(store().increment(ns('c'), 0.5)).rejects.toThrow(RangeError);
      await expect(store().list('', { limit: 0 })).rejects.toThrow(RangeError);
      expect(await store().get(ns('x'))).toBeUndefined();
    });
  });

  describe('compare-and-set', () => {
    it('expected 0 means "must not exist yet"', async () => {
      const key = ns('create');
      expect(await store().put(key, 'first', 0)).toBe(1);
      expect(await store().put(key, 'second', 0)).toBeNull();
      expect((await store().get(key))?.value).toBe('first');
    });

    it('writes only over the expected version', async () => {
      const key = ns('cas');
      await store().put(key, 'v1', 0);
      expect(await store().put(key, 'v2', 1)).toBe(2);
      expect(await store().put(key, 'stale', 1)).toBeNull();
      expect(await store().put(key, 'future', 5)).toBeNull();
      expect(await store().get(key)).toEqual({ key, value: 'v2', version: 2 });
      expect(await store().put(ns('missing'), 'x', 1)).toBeNull();
      expect(await store().get(ns('missing'))).toBeUndefined();
    });

    it("'any' writes whatever is stored", async () => {
      const key = ns('any');
      expect(await store().put(key, 1, 'any')).toBe(1);
      expect(await store().put(key, 2, 'any')).toBe(2);
    });

    it('deletes only the expected version', async () => {
      const key = ns('del');
      await store().put(key, 'x');
      await store().put(key, 'y');
      expect(await store().delete(key, 1)).toBe(false);
      expect(await store().delete(key, 0)).toBe(false);
      expect(await store().get(key)).toBeDefined();
      expect(await store().delete(key, 2)).toBe(true);
      expect(await store().get(key)).toBeUndefined();
      expect(await store().delete(key)).toBe(false);
      expect(await store().put(key, 'again', 0)).toBe(1);
      expect(await store().delete(key, 'any')).toBe(true);
    });

    it('lets exactly one of many concurrent creators win', async () => {
      const key = ns('race');
      const results = await Promise.all(range(20).map((i) => store().put(key, i, 0)));
      expect(results.filter((r) => r === 1)).toHaveLength(1);
      expect(results.filter((r) => r === null)).toHaveLength(19);
    });

    it('writes several records all or none, each over its expected version', async () => {
      const [a, b, c] = [ns('many-a'), ns('many-b'), ns('many-c')];
      await store().put(a, 'a1');
      // New and existing, unconditional and versioned, in any order: versions come back in the order given.
      expect(await store().putMany([{ key: b, value: { n: 1 } }, { key: a, value: 'a2', expected: 1 }])).toEqual([1, 2]);
      // One stale version refuses the whole batch, and nothing of it is written (not even the new key).
      expect(await store().putMany([{ key: a, value: 'a3', expected: 2 }, { key: b, value: { n: 2 }, expected: 5 }, { key: c, value: 'c' }])).toBeNull();
      expect(await store().getMany([a, b, c])).toEqual([{ key: a, value: 'a2', version: 2 }, { key: b, value: { n: 1 }, version: 1 }, undefined]);
      // A versioned record that does not exist is refused too.
      expect(await store().putMany([{ key: c, value: 'c', expected: 1 }])).toBeNull();
      expect(await store().putMany([])).toEqual([]);
    });

    it('refuses a putMany that names a key twice or asks for version 0', async () => {
      await expect(store().putMany([{ key: ns('twice'), value: 1 }, { key: ns('twice'), value: 2 }])).rejects.toThrow(/twice/);
      await expect(store().putMany([{ key: ns('zero'), value: 1, expected: 0 }])).rejects.toThrow(/version 0/);
      expect(await store().get(ns('twice'))).toBeUndefined();
    });

    it('lets exactly one of many concurrent putMany over the same versions win', async () => {
      const [a, b] = [ns('race-many-a'), ns('race-many-b')];
      await store().putMany([{ key: a, value: 0 }, { key: b, value: 0 }]);
      const results = await Promise.all(
        range(20).map((i) => store().putMany(i % 2 ? [{ key: a, value: i, expected: 1 }, { key: b, value: i, expected: 1 }] : [{ key: b, value: i, expected: 1 }, { key: a, value: i, expected: 1 }])),
      );
      const winners = results.filter((result) => result !== null);
      expect(winners).toEqual([[2, 2]]);
      const [storedA, storedB] = await store().getMany<number>([a, b]);
      // Both records carry the winner's value: no batch was half written.
      expect(storedA?.value).toBe(storedB?.value);
    });

    it('lets concurrent putMany create the same new records, in any order, each write counted once', async () => {
      const [x, y] = [ns('new-many-x'), ns('new-many-y')];
      const results = await Promise.all(range(20).map((i) => store().putMany(i % 2 ? [{ key: x, value: i }, { key: y, value: i }] : [{ key: y, value: i }, { key: x, value: i }])));
      expect(results.every((result) => result !== null)).toBe(true);
      expect(new Set(results.map((result) => result![0])).size).toBe(20);
      const [storedX, storedY] = await store().getMany([x, y]);
      expect([storedX?.version, storedY?.version]).toEqual([20, 20]);
    });

    it('inserts a marker once: exactly one of many concurrent callers, never over a record', async () => {
      const key = ns('marker');
      const results = await Promise.all(range(20).map((i) => store().insertMarker(key, i)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store().get(key)).toEqual({ key, value: results.indexOf(true) + 1, version: 1 });
      await store().put(ns('record'), 'kept');
      expect(await store().insertMarker(ns('record'), 'marker')).toBe(false);
      expect((await store().get(ns('record')))?.value).toBe('kept');
    });

    it('inserts a marker and reads records in one call: the read as getMany, the marker as insertMarker', async () => {
      await store().put(ns('state/a'), { a: 1 });
      await store().put(ns('state/a'), { a: 2 });
      const keys = [ns('state/missing'), ns('state/a')];
      const first = await store().insertMarkerAndGetMany({ key: ns('claim'), value: 1 }, keys);
      expect(first).toEqual({ inserted: true, records: [undefined, { key: ns('state/a'), value: { a: 2 }, version: 2 }] });
      expect(await store().insertMarkerAndGetMany({ key: ns('claim'), value: 2 }, keys)).toEqual({ inserted: false, records: first.records });
      expect(await store().insertMarkerAndGetMany({ key: ns('claim-alone'), value: 1 }, [])).toEqual({ inserted: true, records: [] });
      expect(await store().get(ns('claim'))).toEqual({ key: ns('claim'), value: 1, version: 1 });
      const racing = await Promise.all(range(10).map(() => store().insertMarkerAndGetMany({ key: ns('claim-raced'), value: 1 }, keys)));
      expect(racing.filter((result) => result.inserted)).toHaveLength(1);
      await expect(store().insertMarkerAndGetMany({ key: ns('state/a'), value: 1 }, keys)).rejects.toThrow(/marker cannot be one of the keys/);
      expect((await store().get(ns('state/a')))?.value).toEqual({ a: 2 });
    });
  });

  describe('list', () => {
    const keysOf = (records: StoredRecord[]) => records.map((r) => r.key);

    it('treats % and _ literally and is case-sensitive', async () => {
      const keys = ['a%b/1', 'a%b/2', 'axb/1', 'a_b/1', 'aXb/1', 'A%b/1', 'a%c/1', 'a%'].map(ns);
      for (const key of keys) await store().put(key, key);
      expect(keysOf(await store().list(ns('a%b/')))).toEqual([ns('a%b/1'), ns('a%b/2')]);
      expect(keysOf(await store().list(ns('a_b')))).toEqual([ns('a_b/1')]);
      expect(keysOf(await store().list(ns('a%')))).toEqual([ns('a%'), ns('a%b/1'), ns('a%b/2'), ns('a%c/1')]);
      expect(keysOf(await store().list(ns('aX')))).toEqual([ns('aXb/1')]);
      expect(await store().list(ns('nothing'))).toEqual([]);
    });

    it('returns values and versions ordered by key', async () => {
      for (const key of ['c', 'a', 'b', 'B', 'ab']) await store().put(ns(`o/${key}`), { key });
      await store().put(ns('o/a'), { key: 'a', again: true });
      const records = await store().list<{ key: string }>(ns('o/'));
      expect(keysOf(records)).toEqual(['B', 'a', 'ab', 'b', 'c'].map((k) => ns(`o/${k}`)));
      expect(records[1]).toEqual({ key: ns('o/a'), value: { key: 'a', again: true }, version: 2 });
    });

    it('orders and bounds non-ASCII keys by code point', async () => {
      const keys = ['z', 'é', 'ü', 'ü/x', 'ý', '\uffff', '😀'].map((k) => ns(`u/${k}`));
      for (const key of keys) await store().put(key, 1);
      expect(keysOf(await store().list(ns('u/')))).toEqual(keys);
      expect(keysOf(await store().list(ns('u/ü')))).toEqual([ns('u/ü'), ns('u/ü/x')]);
      expect(keysOf(await store().list(ns('u/\uffff')))).toEqual([ns('u/\uffff')]);
    });

    it('pages with after and limit', async () => {
      const keys = range(7).map((i) => ns(`p/${i}`));
      for (const key of keys) await store().put(key, 1);
      const page1 = await store().list(ns('p/'), { limit: 3 });
      const page2 = await store().list(ns('p/'), { limit: 3, after: page1[2].key });
      const page3 = await store().list(ns('p/'), { limit: 3, after: page2[2].key });
      expect([...keysOf(page1), ...keysOf(page2), ...keysOf(page3)]).toEqual(keys);
      expect(page3).toHaveLength(1);
    });
  });

  describe('increment', () => {
    it('creates counters at 0 and adds by', async () => {
      expect(await store().increment(ns('c'))).toBe(1);
      expect(await store().increment(ns('c'))).toBe(2);
      expect(await store().increment(ns('c'), 10)).toBe(12);
      expect(await store().increment(ns('c'), -2)).toBe(10);
      expect(await store().increment(ns('other'), 0)).toBe(0);
    });

    it('gives 50 concurrent callers 1..50 with no duplicates', async () => {
      const values = await Promise.all(range(50).map(() => store().increment(ns('ref'))));
      expect([...values].sort((a, b) => a - b)).toEqual(range(50));
    });
  });

  describe('transaction', () => {
    it('commits all writes and returns what fn returns', async () => {
      const result = await store().transaction(async (tx) => {
        await tx.put(ns('t1'), 'one', 0);
        await tx.put(ns('t2'), 'two');
        expect((await tx.get(ns('t1')))?.value).toBe('one');
        return tx.increment(ns('tc'));
      });
      expect(result).toBe(1);
      expect((await store().get(ns('t1')))?.value).toBe('one');
      expect((await store().get(ns('t2')))?.value).toBe('two');
    });

    it('rolls everything back when fn throws', async () => {
      await store().put(ns('keep'), 'before');
      await store().increment(ns('rc'));
      await expect(
        store().transaction(async (tx) => {
          await tx.put(ns('keep'), 'during', 1);
          await tx.put(ns('new'), 'during');
          await tx.delete(ns('keep'));
          await tx.increment(ns('rc'));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store().get(ns('keep'))).toEqual({ key: ns('keep'), value: 'before', version: 1 });
      expect(await store().get(ns('new'))).toBeUndefined();
      expect(await store().increment(ns('rc'))).toBe(2);
    });

    it('refuses calls on the store from inside its own transaction instead of deadlocking', async () => {
      await expect(store().transaction(async () => store().get(ns('x')))).rejects.toThrow(/inside a transaction/);
      await expect(
        store().transaction(async () => updateRecord<number>(store(), ns('x'), () => 1)),
      ).rejects.toThrow(/inside a transaction/);
      // The store still works afterwards.
      expect(await store().put(ns('x'), 1)).toBe(1);
    });

    it('refuses a handle used after the transaction ended', async () => {
      let leaked: Parameters<Parameters<Store['transaction']>[0]>[0] | undefined;
      await store().transaction(async (tx) => {
        leaked = tx;
      });
      await expect(leaked!.put(ns('late'), 1)).rejects.toThrow(/after the transaction ended/);
      expect(await store().get(ns('late'))).toBeUndefined();
    });

    it('keeps concurrent read-modify-write transactions exact', async () => {
      const key = ns('tx-counter');
      await Promise.all(
        range(20).map(() =>
          store().transaction(async (tx) => {
            const current = await tx.get<number>(key);
            await tx.put(key, (current?.value ?? 0) + 1);
          }),
        ),
      );
      expect((await store().get(key))?.value).toBe(20);
    });
  });

  describe('updateRecord', () => {
    it('creates, updates, and leaves alone when fn returns undefined', async () => {
      const key = ns('rec');
      expect(await updateRecord<number>(store(), key, () => undefined)).toBeUndefined();
      expect(await updateRecord<number>(store(), key, (n) => (n ?? 0) + 1)).toEqual({ key, value: 1, version: 1 });
      expect(await updateRecord<number>(store(), key, (n) => (n ?? 0) + 1)).toEqual({ key, value: 2, version: 2 });
      expect(await updateRecord<number>(store(), key, () => undefined)).toEqual({ key, value: 2, version: 2 });
    });

    it('gives exactly 30 after 30 concurrent increments of a JSON counter', async () => {
      const key = ns('json-counter');
      await Promise.all(
        range(30).map(() => updateRecord<{ count: number }>(store(), key, (c) => ({ count: (c?.count ?? 0) + 1 }))),
      );
      expect(await store().get(key)).toEqual({ key, value: { count: 30 }, version: 30 });
    });

    it('gives up after maxAttempts when it keeps losing', async () => {
      const key = ns('lose');
      await store().put(key, 0);
      let calls = 0;
      // A competing write between our read and our write, every time.
      const real = store();
      const rigged: Store = Object.create(real);
      rigged.put = async <T>(k: string, v: T, expected?: ExpectedVersion) => {
        await real.put(k, -1);
        return real.put(k, v, expected);
      };
      await expect(
        updateRecord<number>(rigged, key, (n) => {
          calls += 1;
          return (n ?? 0) + 1;
        }, { maxAttempts: 3 }),
      ).rejects.toThrow(/after 3 conflicting attempts/);
      expect(calls).toBe(3);
    });
  });

  describe('lifecycle', () => {
    it('keeps records, counters and kv across close and reopen', async () => {
      await store().put(ns('durable'), { kept: true });
      await store().increment(ns('durable-counter'), 7);
      await store().kv.set(ns('durable-kv'), 'cached');
      await store().close();
      const reopened = await target().open();
      try {
        expect(await reopened.get(ns('durable'))).toEqual({ key: ns('durable'), value: { kept: true }, version: 1 });
        expect(await reopened.increment(ns('durable-counter'))).toBe(8);
        expect(await reopened.kv.get(ns('durable-kv'))).toBe('cached');
      } finally {
        await reopened.close();
      }
    });

    it('pings while open; after close, ping and calls fail and close stays quiet', async () => {
      await expect(store().ping()).resolves.toBeUndefined();
      await store().close();
      await expect(store().close()).resolves.toBeUndefined();
      await expect(store().ping()).rejects.toThrow(/closed/);
      await expect(store().get(ns('x'))).rejects.toThrow(/closed/);
      await expect(store().transaction(async () => 1)).rejects.toThrow(/closed/);
    });

    it('lets calls already made finish before closing', async () => {
      const pending = Promise.all(range(10).map((i) => store().put(ns(`late/${i}`), i)));
      await store().close();
      expect(await pending).toEqual(range(10).map(() => 1));
    });
  });

  describe('kv', () => {
    afterEach(() => {
      jest.restoreAllMocks();
    });

    it('sets, gets and deletes values', async () => {
      await store().kv.set(ns('k'), { any: ['json'] });
      expect(await store().kv.get(ns('k'))).toEqual({ any: ['json'] });
      expect(await store().kv.delete(ns('k'))).toBe(true);
      expect(await store().kv.get(ns('k'))).toBeUndefined();
    });

    it('forgets a value once its TTL has passed', async () => {
      const start = Date.now();
      await store().kv.set(ns('ttl'), 'marker', 60_000);
      await store().kv.set(ns('forever'), 'marker');
      expect(await store().kv.get(ns('ttl'))).toBe('marker');
      // keyv compares expiry with Date.now(): move the clock instead of waiting.
      jest.spyOn(Date, 'now').mockReturnValue(start + 61_000);
      expect(await store().kv.get(ns('ttl'))).toBeUndefined();
      expect(await store().kv.get(ns('forever'))).toBe('marker');
    });
  });
});

describeEachEngine('Two Store instances on one database (two processes)', (target) => {
  let a: Store;
  let b: Store;
  let seq = 0;
  const key = (name: string) => `two/${process.pid}/${seq}/${name}`;

  beforeEach(async () => {
    seq += 1;
    [a, b] = await Promise.all([target().open(), target().open()]);
  });
  afterEach(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  it('can all open at once on a database whose tables do not exist yet', async () => {
    const tablePrefix = `fresh${seq}_`;
    const stores = await Promise.all(range(5).map(() => target().open({ tablePrefix })));
    try {
      const values = await Promise.all(stores.map((s) => s.increment('opened')));
      expect([...values].sort((x, y) => x - y)).toEqual(range(5));
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('see each other’s writes and reject each other’s stale versions', async () => {
    expect(await a.put(key('shared'), 'from a', 0)).toBe(1);
    expect(await b.put(key('shared'), 'from b', 0)).toBeNull();
    expect(await b.put(key('shared'), 'from b', 1)).toBe(2);
    expect(await a.put(key('shared'), 'stale a', 1)).toBeNull();
    expect((await a.get(key('shared')))?.value).toBe('from b');
  });

  it('count exactly with concurrent updateRecord from both', async () => {
    const k = key('counter');
    const bump = (s: Store) => updateRecord<number>(s, k, (n) => (n ?? 0) + 1);
    await Promise.all(range(15).flatMap(() => [bump(a), bump(b)]));
    expect(await a.get(k)).toEqual({ key: k, value: 30, version: 30 });
  });

  it('hand out unique reference numbers with concurrent increment from both', async () => {
    const k = key('ref');
    const values = await Promise.all(range(25).flatMap(() => [a.increment(k), b.increment(k)]));
    expect([...values].sort((x, y) => x - y)).toEqual(range(50));
  });

  it('never report a transaction as done when a statement failed and fn swallowed the error', async () => {
    // On Postgres a swallowed serialization failure aborts the transaction and COMMIT quietly
    // becomes ROLLBACK: the store must notice, and run the transaction again.
    const k = key('swallowed');
    const bump = (s: Store) =>
      s.transaction(async (tx) => {
        const current = await tx.get<number>(k);
        try {
          await tx.put(k, (current?.value ?? 0) + 1);
        } catch {
          // deliberately ignored
        }
      });
    await Promise.all(range(10).flatMap(() => [bump(a), bump(b)]));
    expect((await a.get(k))?.value).toBe(20);
  });

  it('keep an invariant with concurrent transactions from both', async () => {
    // Moves units between two accounts; the total must stay 100 and every move must count.
    const from = key('acct-1');
    const to = key('acct-2');
    const moves = key('moves');
    await a.put(from, 100);
    await a.put(to, 0);
    const move = (s: Store) =>
      s.transaction(async (tx) => {
        const x = await tx.get<number>(from);
        const y = await tx.get<number>(to);
        await tx.put(from, (x?.value ?? 0) - 1);
        await tx.put(to, (y?.value ?? 0) + 1);
        await tx.increment(moves);
      });
    await Promise.all(range(10).flatMap(() => [move(a), move(b)]));
    expect((await a.get(from))?.value).toBe(80);
    expect((await b.get(to))?.value).toBe(20);
    expect(await a.increment(moves, 0)).toBe(20);
  });
});

/** Every pg Pool a store queries through, to run a statement on its (single) connection. */
function spyOnPools(): { pools: Set<Pool>; spy: jest.SpyInstance } {
  const pools = new Set<Pool>();
  const query = Pool.prototype.query;
  const spy = jest.spyOn(Pool.prototype, 'query').mockImplementation(function (this: Pool, ...args: unknown[]) {
    pools.add(this);
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as never);
  return { pools, spy };
}

(POSTGRES_URL ? describe : describe.skip)('Store.insertMarker on Postgres', () => {
  it("keeps its relaxed commit to itself: the connection's next statements wait for the disk again", async () => {
    const target = await postgresTarget(POSTGRES_URL!);
    // One connection, so that the marker and the next statement share it.
    const store = await target.open({ poolSize: 1 });
    const { pools, spy } = spyOnPools();
    try {
      expect(await store.insertMarker('seen/marker', 1)).toBe(true);
      expect(await store.insertMarker('seen/marker', 2)).toBe(false);
      const [pool] = [...pools];
      expect((await pool.query('SHOW synchronous_commit')).rows).toEqual([{ synchronous_commit: 'on' }]);
      expect((await store.insertMarkerAndGetMany({ key: 'seen/other', value: 1 }, ['seen/marker'])).inserted).toBe(true);
      expect((await pool.query('SHOW synchronous_commit')).rows).toEqual([{ synchronous_commit: 'on' }]);
    } finally {
      spy.mockRestore();
      await store.close();
      await target.dispose();
    }
  });
});

(POSTGRES_URL ? describe : describe.skip)('Store reads on Postgres', () => {
  it('find their rows by key however much the table grew since the connection planned them', async () => {
    const target = await postgresTarget(POSTGRES_URL!);
    const tablePrefix = `t${uniqueName()}_`;
    // One connection, which plans each statement once (and, after a few runs, keeps one plan).
    const store = await target.open({ poolSize: 1, tablePrefix });
    const { pools, spy } = spyOnPools();
    const admin = new Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    const reads = async (round: number) => {
      for (let i = 0; i < 10; i += 1) {
        await store.get('people/p1');
        await store.getMany(['people/p1', 'people/p2', 'people/p3']);
        await store.insertMarkerAndGetMany({ key: `seen/${round}-${i}`, value: 1 }, ['people/p1', 'people/p2']);
        await store.list('people/p1', { limit: 5 });
      }
    };
    const grow = (from: number, to: number) =>
      admin.query(
        `INSERT INTO ${tablePrefix}records (key, value, version, updated_at)
         SELECT 'people/q' || n, '{}'::jsonb, 1, now() FROM generate_series($1::int, $2::int) AS n`,
        [from, to],
      );
    try {
      // pg_stat_force_next_flush() below is Postgres 15's.
      if (Number((await admin.query('SHOW server_version_num')).rows[0].server_version_num) < 150000) return;
      // Analyzed when this test says, not by autovacuum in between (which would make a new plan).
      await admin.query(`ALTER TABLE ${tablePrefix}records SET (autovacuum_enabled = false)`);
      // A new deployment's first minute: a few pages of rows, analyzed by autovacuum, where reading
      // them all is cheapest.
      await grow(1, 200);
      await admin.query(`ANALYZE ${tablePrefix}records`);
      await reads(1);
      // The table grows (a busy morning) and is not analyzed in between.
      await grow(201, 5000);
      await reads(2);
      const [pool] = [...pools];
      // Sends this connection's counts to the statistics at once (Postgres 15 and later).
      await pool.query('SELECT pg_stat_force_next_flush()');
      await admin.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await admin.query(
        'SELECT seq_tup_read::int AS scanned, idx_scan::int AS looked_up FROM pg_stat_user_tables WHERE relname = $1',
        [`${tablePrefix}records`],
      );
      expect(rows[0].looked_up).toBeGreaterThanOrEqual(40);
      expect(rows[0].scanned).toBeLessThan(100);
    } finally {
      spy.mockRestore();
      await admin.end();
      await store.close();
      await target.dispose();
    }
  });
});
