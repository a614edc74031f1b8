import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import Database from 'better-sqlite3';
import { openStore } from '../../src/storage/open-store';
import type { Store } from '../../src/storage/store';
import { isStorageUnavailable, meansUnavailable, StorageUnavailableError } from '../../src/storage/unavailable';
import { POSTGRES_URL, uniqueName } from './engines';
import { FreezingProxy } from './freezing-proxy';

const describeWithPostgres = POSTGRES_URL ? describe : describe.skip;

/** Deadlines the stores run with here: short, so that the test is quick. */
const CONNECT_MS = 300;
const STATEMENT_MS = 400;
/** The client gives up a silent server a little after the statement timeout (see postgres-store.ts). */
const CLIENT_MARGIN_MS = 500;

/** How long `work` took to settle, and how it settled. */
async function settle(work: () => Promise<unknown>): Promise<{ ms: number; error?: unknown }> {
  const started = Date.now();
  try {
    await work();
    return { ms: Date.now() - started };
  } catch (error) {
    return { ms: Date.now() - started, error };
  }
}

describe('what counts as "the database is away"', () => {
  it.each([
    ['postgres', { code: 'ECONNREFUSED', syscall: 'connect', message: 'connect ECONNREFUSED 127.0.0.1:5432' }],
    ['postgres', new Error('Query read timeout')],
    ['postgres', new Error('timeout exceeded when trying to connect')],
    ['postgres', new Error('timeout expired')],
    ['postgres', new Error('Connection terminated unexpectedly')],
    ['postgres', Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' })],
    ['postgres', Object.assign(new Error('the database system is shutting down'), { code: '57P03' })],
    ['postgres', Object.assign(new Error('terminating connection'), { code: '08006' })],
    ['sqlite', Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' })],
  ] as const)('%s: %j is unavailable', (engine, error) => {
    expect(meansUnavailable(engine, error)).toBe(true);
  });

  it.each([
    ['postgres', Object.assign(new Error('could not serialize access'), { code: '40001' })],
    ['postgres', Object.assign(new Error('duplicate key value'), { code: '23505' })],
    ['postgres', new TypeError('Store: key must be a non-empty string')],
    ['sqlite', Object.assign(new Error('SQLITE_CONSTRAINT'), { code: 'SQLITE_CONSTRAINT' })],
    ['sqlite', 'not an error'],
  ] as const)('%s: %j is a failure of the call, not of the database', (engine, error) => {
    expect(meansUnavailable(engine, error)).toBe(false);
  });

  it('is recognised through causes', () => {
    const wrapped = new Error('turn failed', { cause: new StorageUnavailableError('get', new Error('Query read timeout')) });
    expect(isStorageUnavailable(wrapped)).toBe(true);
    // botbuilder-dialogs keeps the failure as `error`.
    expect(isStorageUnavailable(Object.assign(new Error('dialog failed'), { error: wrapped }))).toBe(true);
    expect(isStorageUnavailable(new Error('other'))).toBe(false);
  });
});

describeWithPostgres('a Postgres store behind a frozen connection (skipped without TEST_POSTGRES_URL)', () => {
  let proxy: FreezingProxy;
  let store: Store;
  const prefix = `u${uniqueName()}_`;

  beforeAll(async () => {
    const target = new URL(POSTGRES_URL!);
    proxy = new FreezingProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    const url = new URL(POSTGRES_URL!);
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    store = await openStore(url.toString(), {
      tablePrefix: prefix,
      connectTimeoutMs: CONNECT_MS,
      statementTimeoutMs: STATEMENT_MS,
      poolSize: 2,
    });
    await store.put('k', { n: 1 });
  });

  afterAll(async () => {
    proxy.thaw();
    await store.close();
    await proxy.stop();
    const client = new Client({ connectionString: POSTGRES_URL });
    await client.connect();
    await client.query(`DROP TABLE IF EXISTS ${prefix}records, ${prefix}counters, ${prefix}kv`);
    await client.end();
  });

  it('fails every kind of call within its deadlines, as unavailable, and works again after', async () => {
    proxy.freeze();
    // More calls than pooled connections: the first two wait for a silent server (the transaction
    // must then not wait again for a ROLLBACK), the others for a connection; ping has its own.
    const calls = await Promise.all([
      settle(() => store.transaction(async (tx) => tx.put('k', { n: 3 }))),
      settle(() => store.get('k')),
      settle(() => store.put('k', { n: 2 })),
      settle(() => store.list('')),
      settle(() => store.increment('c')),
      settle(() => store.ping()),
    ]);
    const limit = CONNECT_MS + STATEMENT_MS + CLIENT_MARGIN_MS + 400;
    expect(calls.map((call) => isStorageUnavailable(call.error))).toEqual(calls.map(() => true));
    expect(Math.max(...calls.map((call) => call.ms))).toBeLessThan(limit);

    proxy.thaw();
    await store.ping();
    expect((await store.get<{ n: number }>('k'))?.value).toEqual({ n: 1 });
    expect(await store.transaction(async (tx) => tx.put('k', { n: 4 }))).toBeGreaterThan(1);
  }, 20_000);

  it('gives up a transaction whose connection goes silent half-way without waiting again for a ROLLBACK', async () => {
    const failed = await settle(() =>
      store.transaction(async (tx) => {
        await tx.get('k');
        proxy.freeze();
        return tx.put('k', { n: 5 });
      }),
    );
    proxy.thaw();
    expect(isStorageUnavailable(failed.error)).toBe(true);
    expect(failed.ms).toBeLessThan(STATEMENT_MS + CLIENT_MARGIN_MS + 300);
    expect((await store.get<{ n: number }>('k'))?.value).toEqual({ n: 4 });
  }, 20_000);
});

describe('a SQLite store whose file another process keeps locked', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-busy-'));
  const file = path.join(dir, 'hub.sqlite');
  let store: Store;
  let other: Database.Database;
  const exec = async (sql: string) => {
    other.exec(sql);
  };

  beforeAll(async () => {
    store = await openStore(`sqlite://${file}`, { statementTimeoutMs: STATEMENT_MS });
    other = new Database(file);
  });
  afterAll(async () => {
    other.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails a write after the busy timeout, as unavailable, and writes again once the lock goes', async () => {
    await exec('BEGIN EXCLUSIVE');
    const write = await settle(() => store.put('k', 1));
    await exec('ROLLBACK');
    expect(isStorageUnavailable(write.error)).toBe(true);
    expect(write.ms).toBeGreaterThanOrEqual(STATEMENT_MS - 50);
    expect(write.ms).toBeLessThan(STATEMENT_MS + 1000);
    expect(await store.put('k', 1)).toBe(1);
  });
});
