import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { openStore } from '../src/storage/open-store';
import { updateRecord } from '../src/storage/store';
import type { Store } from '../src/storage/store';
import { BenchResult, measure } from './stats';

/**
 * Storage figures per engine: single-record latency, and contention on one key from two Store
 * instances (two "processes"), where `max rounds` is the most compare-and-set rounds (updateRecord)
 * or runs (transaction) any caller needed. The retry defaults in src/storage come from these.
 */
export async function benchStorage(smoke: boolean, postgresUrl?: string): Promise<BenchResult[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hub-bench-'));
  try {
    const results = await benchEngine(`sqlite://${path.join(dir, 'bench.sqlite')}`, smoke);
    if (postgresUrl) {
      results.push(...(await benchEngine(postgresUrl, smoke)));
    }
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function benchEngine(url: string, smoke: boolean): Promise<BenchResult[]> {
  const tablePrefix = `bench${process.pid}_`;
  const options = { tablePrefix, maxTransactionAttempts: 1000 };
  const stores = [await openStore(url, options), await openStore(url, options)];
  const engine = stores[0].engine;
  const count = smoke ? 50 : 2000;
  const contenders = smoke ? 10 : 30;
  try {
    const results = [
      await measure(`storage ${engine}: put`, count, 10, (i) => done(stores[0].put(`bench/put/${i}`, { i }))),
      await measure(`storage ${engine}: get`, count, 10, (i) => done(stores[0].get(`bench/put/${i}`))),
      await measure(`storage ${engine}: increment`, count, 10, () => done(stores[0].increment('bench/counter'))),
    ];
    results.push(
      await contended(`storage ${engine}: updateRecord, ${contenders} on one key`, stores, contenders, (store, round) =>
        updateRecord<number>(store, 'bench/update', (v) => (round(), (v ?? 0) + 1), { maxAttempts: 1000 }),
      ),
      await contended(`storage ${engine}: transaction, ${contenders} on one key`, stores, contenders, (store, round) =>
        store.transaction(async (tx) => {
          round();
          const current = await tx.get<number>('bench/tx');
          await tx.put('bench/tx', (current?.value ?? 0) + 1);
        }),
      ),
    );
    return results;
  } finally {
    await Promise.all(stores.map((s) => s.close()));
    if (engine === 'postgres') {
      await dropTables(url, tablePrefix);
    }
  }
}

/** Runs `n` callers at once, alternating between the stores, counting the rounds each one needed. */
async function contended(
  name: string,
  stores: Store[],
  n: number,
  once: (store: Store, round: () => void) => Promise<unknown>,
): Promise<BenchResult> {
  let most = 0;
  const result = await measure(name, n, n, async (i) => {
    let rounds = 0;
    await once(stores[i % stores.length], () => (rounds += 1));
    most = Math.max(most, rounds);
  });
  result.extra = { 'max rounds': most };
  return result;
}

async function done(promise: Promise<unknown>): Promise<void> {
  await promise;
}

async function dropTables(url: string, prefix: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS ${prefix}records, ${prefix}counters, ${prefix}kv`);
  } finally {
    await client.end();
  }
}
