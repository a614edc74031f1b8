import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Keyv } from 'keyv';
import { counterRow, recordFromSqlite, returnedVersion } from './rows';
import { SerialQueue, SqliteConnection } from './sqlite-connection';
import { SqliteKeyvAdapter } from './sqlite-keyv';
import {
  DEFAULT_STORAGE_TIMEOUT_MS,
  type ExpectedVersion,
  type ListOptions,
  type RecordWrite,
  type Store,
  type StoreOptions,
  type StoredRecord,
  type StoreTransaction,
} from './store';
import { TransactionGuard, TransactionState, transactionHandle } from './transaction-guard';
import { classifyStorageError } from './unavailable';
import {
  assertExpected,
  assertIdentifier,
  assertIncrement,
  assertKey,
  assertKeys,
  assertMarkerNotRead,
  assertWrites,
  encodeValue,
  listBounds,
  toCounterValue,
} from './validation';

/**
 * The embedded engine: one SQLite file, one connection, every operation queued so that a
 * transaction spanning awaits never interleaves with other statements. Fit for one bot process.
 */

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/**
 * The file a `sqlite://` URL names: `sqlite://:memory:`, `sqlite://./rel/path` or `sqlite://rel/path`
 * (resolved from the working directory), or `sqlite:///abs/path`.
 */
export function sqliteFileFromUrl(url: string): string {
  const match = /^sqlite:\/\/(.+)$/i.exec(url);
  if (!match) {
    throw new Error(`Not a SQLite storage URL (expected sqlite://path): ${url}`);
  }
  const location = match[1];
  return location === ':memory:' ? location : path.resolve(location);
}

/** The SQL of one operation, run directly on the connection: callers hold the queue. */
class SqliteOperations {
  constructor(
    private readonly conn: SqliteConnection,
    private readonly records: string,
    private readonly counters: string,
  ) {}

  async get<T>(key: string): Promise<StoredRecord<T> | undefined> {
    assertKey(key);
    const rows = await this.conn.all(`SELECT key, value, version FROM ${this.records} WHERE key = ?1`, [key]);
    return rows.length === 0 ? undefined : recordFromSqlite<T>(rows[0]);
  }

  async getMany<T>(keys: readonly string[]): Promise<(StoredRecord<T> | undefined)[]> {
    // One prepared statement run per key: on SQLite a statement costs microseconds, and a fixed
    // text keeps the statement cache small (an IN list would be a new statement for each length).
    assertKeys(keys);
    const records: (StoredRecord<T> | undefined)[] = [];
    for (const key of keys) records.push(await this.get<T>(key));
    return records;
  }

  async put<T>(key: string, value: T, expected: ExpectedVersion = 'any'): Promise<number | null> {
    assertKey(key);
    assertExpected(expected);
    const json = encodeValue(value, key);
    const t = this.records;
    if (expected === 'any') {
      return returnedVersion(
        await this.conn.all(
          `INSERT INTO ${t} (key, value, version, updated_at) VALUES (?1, ?2, 1, ${NOW})
           ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = ${t}.version + 1,
             updated_at = excluded.updated_at
           RETURNING version`,
          [key, json],
        ),
      );
    }
    if (expected === 0) {
      return returnedVersion(
        await this.conn.all(
          `INSERT INTO ${t} (key, value, version, updated_at) VALUES (?1, ?2, 1, ${NOW})
           ON CONFLICT (key) DO NOTHING RETURNING version`,
          [key, json],
        ),
      );
    }
    return returnedVersion(
      await this.conn.all(
        `UPDATE ${t} SET value = ?2, version = version + 1, updated_at = ${NOW}
         WHERE key = ?1 AND version = ?3 RETURNING version`,
        [key, json, expected],
      ),
    );
  }

  async delete(key: string, expected: ExpectedVersion = 'any'): Promise<boolean> {
    assertKey(key);
    assertExpected(expected);
    if (expected === 0) return false;
    const changes =
      expected === 'any'
        ? await this.conn.run(`DELETE FROM ${this.records} WHERE key = ?1`, [key])
        : await this.conn.run(`DELETE FROM ${this.records} WHERE key = ?1 AND version = ?2`, [key, expected]);
    return changes > 0;
  }

  async increment(counter: string, by = 1): Promise<number> {
    assertKey(counter, 'counter name');
    assertIncrement(by);
    const c = this.counters;
    const rows = await this.conn.all(
      `INSERT INTO ${c} (name, value, updated_at) VALUES (?1, ?2, ${NOW})
       ON CONFLICT (name) DO UPDATE SET value = ${c}.value + excluded.value, updated_at = excluded.updated_at
       RETURNING value`,
      [counter, by],
    );
    return toCounterValue(counterRow.parse(rows[0]).value, counter);
  }

  async list<T>(prefix: string, options?: ListOptions): Promise<StoredRecord<T>[]> {
    const bounds = listBounds(prefix, options);
    const rows = await this.conn.all(
      `SELECT key, value, version FROM ${this.records}
       WHERE key >= ?1 AND (?2 IS NULL OR key < ?2) AND (?3 IS NULL OR key > ?3)
       ORDER BY key LIMIT ?4`,
      [bounds.from, bounds.below ?? null, bounds.after ?? null, bounds.limit ?? -1],
    );
    return rows.map((row) => recordFromSqlite<T>(row));
  }
}

/** Thrown inside `putMany`'s transaction to roll it back when a record is not at its expected version. */
const REFUSED = Symbol('putMany refused');

class SqliteStore implements Store {
  readonly engine = 'sqlite' as const;
  private readonly guard = new TransactionGuard();
  private closing: Promise<void> | undefined;

  constructor(
    private readonly conn: SqliteConnection,
    private readonly ops: SqliteOperations,
    readonly kv: Keyv<unknown>,
    private readonly queue: SerialQueue,
  ) {}

  get<T>(key: string): Promise<StoredRecord<T> | undefined> {
    return this.queued('get', () => this.ops.get<T>(key));
  }

  getMany<T>(keys: readonly string[]): Promise<(StoredRecord<T> | undefined)[]> {
    return this.queued('getMany', () => this.ops.getMany<T>(keys));
  }

  put<T>(key: string, value: T, expected?: ExpectedVersion): Promise<number | null> {
    return this.queued('put', () => this.ops.put(key, value, expected));
  }

  /** A transaction of `put`s (SQLite has no round trips to save), rolled back at the first one refused. */
  async putMany(writes: readonly RecordWrite[]): Promise<number[] | null> {
    assertWrites(writes);
    if (writes.length === 0) return [];
    try {
      return await this.transaction(async (tx) => {
        const versions: number[] = [];
        for (const write of writes) {
          const version = await tx.put(write.key, write.value, write.expected ?? 'any');
          if (version === null) throw REFUSED;
          versions.push(version);
        }
        return versions;
      });
    } catch (error) {
      if (error === REFUSED) return null;
      throw error;
    }
  }

  /** As `put(key, value, 0)`: SQLite commits it durably like any write. */
  async insertMarker<T>(key: string, value: T): Promise<boolean> {
    return (await this.queued('insertMarker', () => this.ops.put(key, value, 0))) !== null;
  }

  async insertMarkerAndGetMany<T>(marker: { key: string; value: unknown }, keys: readonly string[]) {
    assertKey(marker.key);
    assertKeys(keys);
    assertMarkerNotRead(marker.key, keys);
    return this.queued('insertMarkerAndGetMany', async () => {
      const inserted = (await this.ops.put(marker.key, marker.value, 0)) !== null;
      return { inserted, records: await this.ops.getMany<T>(keys) };
    });
  }

  delete(key: string, expected?: ExpectedVersion): Promise<boolean> {
    return this.queued('delete', () => this.ops.delete(key, expected));
  }

  list<T>(prefix: string, options?: ListOptions): Promise<StoredRecord<T>[]> {
    return this.queued('list', () => this.ops.list<T>(prefix, options));
  }

  increment(counter: string, by?: number): Promise<number> {
    return this.queued('increment', () => this.ops.increment(counter, by));
  }

  transaction<R>(fn: (tx: StoreTransaction) => Promise<R>): Promise<R> {
    return this.queued('transaction', async () => {
      // IMMEDIATE takes the write lock now: a deferred transaction that reads first and writes
      // later can fail with SQLITE_BUSY against another process's connection without waiting.
      await this.conn.exec('BEGIN IMMEDIATE');
      const state = new TransactionState();
      const tx = transactionHandle(this.ops, state);
      try {
        const result = await this.guard.run(() => fn(tx));
        state.end();
        await this.conn.exec('COMMIT');
        return result;
      } catch (error) {
        state.end();
        // A failed ROLLBACK means SQLite already rolled back (e.g. after SQLITE_FULL); the caller
        // needs the original error, not this one.
        await this.conn.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  async ping(): Promise<void> {
    // Not queued: behind a burst of turns the queue can be seconds long, and the health check must
    // tell "busy" from "away". SELECT 1 reads no table, so running it inside another caller's
    // transaction changes nothing.
    this.guard.assertOutside('ping');
    if (this.closing) throw new Error('Store.ping: the store is closed');
    try {
      await this.conn.all('SELECT 1');
    } catch (error) {
      throw classifyStorageError('sqlite', 'ping', error);
    }
  }

  close(): Promise<void> {
    try {
      this.guard.assertOutside('close');
    } catch (error) {
      return Promise.reject(error);
    }
    // Queued behind everything already asked for, so in-flight calls finish before the handle goes.
    this.closing ??= this.queue.run(async () => {
      await this.kv.disconnect();
      await this.conn.close();
    });
    return this.closing;
  }

  /**
   * Queues a call unless the store is closed or we are inside its transaction. A lock not granted
   * within the busy timeout, or a file that cannot be read or written, becomes `StorageUnavailableError`.
   */
  private queued<R>(operation: string, task: () => Promise<R>): Promise<R> {
    try {
      this.guard.assertOutside(operation);
      if (this.closing) throw new Error(`Store.${operation}: the store is closed`);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.queue.run(task).catch((error: unknown) => {
      throw classifyStorageError('sqlite', operation, error);
    });
  }
}

/**
 * Opens the SQLite store named by a `sqlite://` URL: creates the parent directory and the tables if
 * missing, switches the file to WAL, and opens keyv on the same file.
 */
export async function openSqliteStore(url: string, options: StoreOptions = {}): Promise<Store> {
  const file = sqliteFileFromUrl(url);
  const prefix = options.tablePrefix ?? 'hub_';
  assertIdentifier(prefix, 'tablePrefix');
  if (file !== ':memory:') {
    await mkdir(path.dirname(file), { recursive: true });
  }
  const busyTimeoutMs = options.statementTimeoutMs ?? DEFAULT_STORAGE_TIMEOUT_MS;
  if (!Number.isSafeInteger(busyTimeoutMs) || busyTimeoutMs < 1) {
    throw new RangeError(`Store: statementTimeoutMs must be a positive integer, got ${busyTimeoutMs}`);
  }
  const conn = await SqliteConnection.open(file);
  try {
    conn.setBusyTimeout(busyTimeoutMs);
    // WAL lets another process read while a transaction writes. synchronous stays FULL (the
    // default) so a committed reference number survives a power cut, not only a crash.
    await conn.exec(`
      PRAGMA journal_mode = WAL;
      CREATE TABLE IF NOT EXISTS ${prefix}records (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS ${prefix}counters (
        name TEXT PRIMARY KEY NOT NULL,
        value INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS ${prefix}kv (key VARCHAR(255) PRIMARY KEY, value TEXT);
    `);
  } catch (error) {
    await conn.close().catch(() => undefined);
    throw error;
  }
  const queue = new SerialQueue();
  const kv = new Keyv<unknown>({
    store: new SqliteKeyvAdapter(conn, queue, `${prefix}kv`),
    namespace: 'hub',
    throwOnErrors: true,
    emitErrors: false,
  });
  return new SqliteStore(conn, new SqliteOperations(conn, `${prefix}records`, `${prefix}counters`), kv, queue);
}
