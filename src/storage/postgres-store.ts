import { createHash } from 'node:crypto';
import { Keyv } from 'keyv';
import { Client, type ClientConfig, Pool, type PoolClient, type QueryConfig } from 'pg';
import { createSharedPoolKeyvAdapter } from './postgres-keyv';
import { backoff } from './retry';
import { counterRow, inKeyOrder, recordFromPostgres, returnedVersion } from './rows';
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
 * The multi-instance engine: several bot processes share one Postgres database. Single operations
 * are single conditional statements (atomic under READ COMMITTED); transactions are SERIALIZABLE
 * and retried on serialization failures and deadlocks.
 */

/** Runs one statement and returns its rows. */
type RunQuery = (sql: string, params: unknown[]) => Promise<unknown[]>;

const statementNames = new Map<string, string>();

/**
 * A statement with parameters as a named prepared statement: each connection parses and plans it
 * once instead of on every call (the server shares the machine's cores with the bot). The name is
 * a digest of the text, so the same text gets the same name on every connection.
 */
function prepared(sql: string, params: unknown[]): QueryConfig | string {
  if (params.length === 0) return sql;
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `hub_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    statementNames.set(sql, name);
  }
  return { name, text: sql, values: params };
}

/** SQLSTATEs after which running the whole transaction again is the documented remedy. */
const RETRYABLE_CODES = new Set(['40001', '40P01']);

/**
 * Runs of a contended transaction before its serialization failure is thrown. Measured: 100
 * concurrent read-modify-write transactions on one key from two pools needed at most 10.
 */
const DEFAULT_TRANSACTION_ATTEMPTS = 20;

const DDL_LOCK = "SELECT pg_advisory_xact_lock(hashtext('innovation-hub-storage-ddl'))";

/**
 * How much later than the server's statement timeout the client stops waiting: a live server
 * cancels the statement itself (the connection stays usable); a silent one (frozen, partitioned)
 * is given up by the client, which then drops the connection.
 */
const CLIENT_DEADLINE_MARGIN_MS = 500;

/**
 * The server ends a session left idle inside a transaction after this many statement timeouts, so
 * that a client that vanished mid-transaction (network partition) does not hold its locks for the
 * hours TCP takes to notice. Transactions here never idle for more than milliseconds between statements.
 */
const IDLE_IN_TRANSACTION_FACTOR = 5;

function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True for serialization failures and deadlocks: the transaction can be run again. */
export function isRetryableTransactionError(error: unknown): boolean {
  const code = sqlState(error);
  return code !== undefined && RETRYABLE_CODES.has(code);
}

/** The SQL of one operation, on the pool (autocommit) or on a transaction's client. */
class PostgresOperations {
  constructor(
    private readonly run: RunQuery,
    private readonly records: string,
    private readonly counters: string,
  ) {}

  async get<T>(key: string): Promise<StoredRecord<T> | undefined> {
    assertKey(key);
    const rows = await this.run(`SELECT key, value, version FROM ${this.records} WHERE key = $1`, [key]);
    return rows.length === 0 ? undefined : recordFromPostgres<T>(rows[0]);
  }

  async getMany<T>(keys: readonly string[]): Promise<(StoredRecord<T> | undefined)[]> {
    assertKeys(keys);
    if (keys.length === 0) return [];
    const rows = await this.run(`SELECT key, value, version FROM ${this.records} WHERE key = ANY($1::text[])`, [[...keys]]);
    return inKeyOrder(keys, rows.map((row) => recordFromPostgres<T>(row)));
  }

  async put<T>(key: string, value: T, expected: ExpectedVersion = 'any'): Promise<number | null> {
    assertKey(key);
    assertExpected(expected);
    // Always send JSON text: pg would turn a JS array into a Postgres array literal, not JSON.
    const json = encodeValue(value, key);
    const t = this.records;
    if (expected === 'any') {
      return returnedVersion(
        await this.run(
          `INSERT INTO ${t} AS r (key, value, version, updated_at) VALUES ($1, $2::jsonb, 1, now())
           ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, version = r.version + 1, updated_at = now()
           RETURNING version`,
          [key, json],
        ),
      );
    }
    if (expected === 0) {
      return returnedVersion(
        await this.run(
          `INSERT INTO ${t} (key, value, version, updated_at) VALUES ($1, $2::jsonb, 1, now())
           ON CONFLICT (key) DO NOTHING RETURNING version`,
          [key, json],
        ),
      );
    }
    return returnedVersion(
      await this.run(
        `UPDATE ${t} SET value = $2::jsonb, version = version + 1, updated_at = now()
         WHERE key = $1 AND version = $3 RETURNING version`,
        [key, json, expected],
      ),
    );
  }

  /**
   * `Store.putMany` as one statement, atomic by itself under READ COMMITTED: the records that exist
   * are locked in key order and their versions compared; only when every one is as expected are all
   * written (inserted, or updated over the locked rows). A version changed by another writer since
   * the statement began is seen by the lock, which waits for it and reads the newest row.
   */
  async putMany(writes: readonly RecordWrite[]): Promise<number[] | null> {
    assertWrites(writes);
    if (writes.length === 0) return [];
    // Two statements writing the same keys lock them in the same order: the ORDER BYs below, both in
    // byte order (COLLATE "C"), whatever the database's own collation.
    const t = this.records;
    const rows = (await this.run(
      `WITH input AS (
         SELECT key, value::jsonb AS value, expected FROM unnest($1::text[], $2::text[], $3::bigint[]) AS i(key, value, expected)),
       locked AS (SELECT key, version FROM ${t} WHERE key = ANY($1::text[]) ORDER BY key COLLATE "C" FOR UPDATE),
       refused AS (
         SELECT 1 FROM input LEFT JOIN locked USING (key)
         WHERE input.expected IS NOT NULL AND locked.version IS DISTINCT FROM input.expected),
       written AS (
         INSERT INTO ${t} AS r (key, value, version, updated_at)
         SELECT key, value, 1, now() FROM input WHERE NOT EXISTS (SELECT 1 FROM refused) ORDER BY key COLLATE "C"
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, version = r.version + 1, updated_at = now()
         RETURNING r.key, r.version)
       SELECT key, version FROM written`,
      [
        writes.map((write) => write.key),
        writes.map((write) => encodeValue(write.value, write.key)),
        writes.map((write) => (write.expected === undefined || write.expected === 'any' ? null : write.expected)),
      ],
    )) as { key: string; version: number | string }[];
    if (rows.length !== writes.length) return null;
    const versions = new Map(rows.map((row) => [row.key, Number(row.version)]));
    return writes.map((write) => versions.get(write.key)!);
  }

  /** `put(key, value, 0)` whose commit does not wait for the disk (see `Store.insertMarker`). */
  async insertMarker<T>(key: string, value: T): Promise<boolean> {
    return (await this.insertMarkerAndGetMany({ key, value }, [])).inserted;
  }

  /** `insertMarker` and `getMany` as one statement: the marker's row is the one with `inserted` set. */
  async insertMarkerAndGetMany<T>(marker: { key: string; value: unknown }, keys: readonly string[]) {
    assertKey(marker.key);
    assertKeys(keys);
    assertMarkerNotRead(marker.key, keys);
    const json = encodeValue(marker.value, marker.key);
    // set_config(..., true) lasts until the end of this statement's own transaction, and is still in
    // force when it commits: the setting never reaches the connection's next statement. The SELECT
    // sees the table as it was when the statement began, which the marker cannot change (it is not
    // among the keys read).
    const rows = (await this.run(
      `WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true)),
       marker AS (
         INSERT INTO ${this.records} (key, value, version, updated_at) SELECT $1, $2::jsonb, 1, now() FROM relaxed
         ON CONFLICT (key) DO NOTHING RETURNING version)
       SELECT key, value, version, NULL::int AS inserted FROM ${this.records} WHERE key = ANY($3::text[])
       UNION ALL SELECT NULL, NULL, NULL, (SELECT count(*)::int FROM marker)`,
      [marker.key, json, [...keys]],
    )) as Record<string, unknown>[];
    // Told apart by its column, not its place: UNION ALL promises no order.
    const records = rows.filter((row) => row.inserted === null);
    return {
      inserted: rows.some((row) => row.inserted === 1),
      records: inKeyOrder(keys, records.map((row) => recordFromPostgres<T>(row))),
    };
  }

  async delete(key: string, expected: ExpectedVersion = 'any'): Promise<boolean> {
    assertKey(key);
    assertExpected(expected);
    if (expected === 0) return false;
    const rows =
      expected === 'any'
        ? await this.run(`DELETE FROM ${this.records} WHERE key = $1 RETURNING key`, [key])
        : await this.run(`DELETE FROM ${this.records} WHERE key = $1 AND version = $2 RETURNING key`, [key, expected]);
    return rows.length > 0;
  }

  async increment(counter: string, by = 1): Promise<number> {
    assertKey(counter, 'counter name');
    assertIncrement(by);
    const rows = await this.run(
      `INSERT INTO ${this.counters} AS c (name, value, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (name) DO UPDATE SET value = c.value + EXCLUDED.value, updated_at = now()
       RETURNING value`,
      [counter, by],
    );
    return toCounterValue(counterRow.parse(rows[0]).value, counter);
  }

  async list<T>(prefix: string, options?: ListOptions): Promise<StoredRecord<T>[]> {
    const bounds = listBounds(prefix, options);
    const rows = await this.run(
      `SELECT key, value, version FROM ${this.records}
       WHERE key >= $1 AND ($2::text IS NULL OR key < $2) AND ($3::text IS NULL OR key > $3)
       ORDER BY key LIMIT $4`,
      [bounds.from, bounds.below ?? null, bounds.after ?? null, bounds.limit ?? null],
    );
    return rows.map((row) => recordFromPostgres<T>(row));
  }
}

/** The calls (store and keyv) not settled yet, so that close() can wait for them. */
class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  /** Resolves like `promise`, remembering it until then. */
  async track<R>(promise: Promise<R>): Promise<R> {
    this.running.add(promise);
    try {
      return await promise;
    } finally {
      this.running.delete(promise);
    }
  }

  /** Resolves when every call tracked so far has settled. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }
}

/** Table names of one store. */
interface Tables {
  records: string;
  counters: string;
  kv: string;
}

/** What one attempt of a transaction needs to know about the statements it ran. */
class AttemptState extends TransactionState {
  /** The last database error a statement hit; COMMIT of an aborted transaction reports only "ROLLBACK". */
  failure: unknown;
}

/**
 * True when a statement failed without the server saying why (a client-side timeout, a dropped
 * socket): the connection is in an unknown state, so it is dropped rather than sent a ROLLBACK
 * that would wait for a silent server as long again. The server rolls back when it goes.
 */
function connectionSuspect(failure: unknown): boolean {
  return failure !== undefined && sqlState(failure)?.length !== 5;
}

/**
 * A connection of its own for `ping`, outside the pool: under load every pooled connection may be
 * busy with turns, and the health check must tell "busy" from "away". Dropped after any failure
 * and opened again by the next ping.
 */
class HealthProbe {
  private client: Client | undefined;

  constructor(private readonly config: ClientConfig) {}

  async ping(): Promise<void> {
    let client = this.client;
    try {
      if (!client) {
        client = new Client(this.config);
        // A dropped idle connection is reported here instead of crashing the process.
        client.on('error', () => this.drop(client));
        this.client = client;
        await client.connect();
      }
      await client.query('SELECT 1');
    } catch (error) {
      this.drop(client);
      throw error;
    }
  }

  /** Forgets the connection; ending one with a query in flight closes its socket at once. */
  drop(client: Client | undefined): void {
    if (!client) return;
    if (this.client === client) this.client = undefined;
    client.end().catch(() => undefined);
  }

  close(): void {
    this.drop(this.client);
  }
}

class PostgresStore implements Store {
  readonly engine = 'postgres' as const;
  private readonly guard = new TransactionGuard();
  private readonly ops: PostgresOperations;
  private closing: Promise<void> | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly tables: Tables,
    private readonly maxTransactionAttempts: number,
    private readonly inflight: InFlight,
    readonly kv: Keyv<unknown>,
    private readonly health: HealthProbe,
  ) {
    this.ops = new PostgresOperations(
      async (sql, params) => (await pool.query(prepared(sql, params))).rows as unknown[],
      tables.records,
      tables.counters,
    );
  }

  async get<T>(key: string): Promise<StoredRecord<T> | undefined> {
    return this.tracked('get', () => this.ops.get<T>(key));
  }

  async getMany<T>(keys: readonly string[]): Promise<(StoredRecord<T> | undefined)[]> {
    return this.tracked('getMany', () => this.ops.getMany<T>(keys));
  }

  async put<T>(key: string, value: T, expected?: ExpectedVersion): Promise<number | null> {
    return this.tracked('put', () => this.ops.put(key, value, expected));
  }

  async putMany(writes: readonly RecordWrite[]): Promise<number[] | null> {
    // Two statements locking the same rows can still deadlock (a row inserted by one while the
    // other waits): the server ends one, and running it again is the remedy, as for transactions.
    return this.tracked('putMany', async () => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await this.ops.putMany(writes);
        } catch (error) {
          if (!isRetryableTransactionError(error) || attempt >= this.maxTransactionAttempts) throw error;
          await backoff(attempt);
        }
      }
    });
  }

  async insertMarker<T>(key: string, value: T): Promise<boolean> {
    return this.tracked('insertMarker', () => this.ops.insertMarker(key, value));
  }

  async insertMarkerAndGetMany<T>(marker: { key: string; value: unknown }, keys: readonly string[]) {
    return this.tracked('insertMarkerAndGetMany', () => this.ops.insertMarkerAndGetMany<T>(marker, keys));
  }

  async delete(key: string, expected?: ExpectedVersion): Promise<boolean> {
    return this.tracked('delete', () => this.ops.delete(key, expected));
  }

  async list<T>(prefix: string, options?: ListOptions): Promise<StoredRecord<T>[]> {
    return this.tracked('list', () => this.ops.list<T>(prefix, options));
  }

  async increment(counter: string, by?: number): Promise<number> {
    return this.tracked('increment', () => this.ops.increment(counter, by));
  }

  async transaction<R>(fn: (tx: StoreTransaction) => Promise<R>): Promise<R> {
    return this.tracked('transaction', async () => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await this.attempt(fn);
        } catch (error) {
          if (!isRetryableTransactionError(error) || attempt >= this.maxTransactionAttempts) throw error;
          await backoff(attempt);
        }
      }
    });
  }

  async ping(): Promise<void> {
    await this.tracked('ping', () => this.health.ping());
  }

  close(): Promise<void> {
    try {
      this.guard.assertOutside('close');
    } catch (error) {
      return Promise.reject(error);
    }
    this.closing ??= (async () => {
      // pg's Pool.end() never serves queries still waiting for a connection (both would hang), so
      // calls already made finish first.
      await this.inflight.settled();
      this.health.close();
      await this.kv.disconnect();
      await this.pool.end();
    })();
    return this.closing;
  }

  /** One run of `fn` in a SERIALIZABLE transaction on its own client. */
  private async attempt<R>(fn: (tx: StoreTransaction) => Promise<R>): Promise<R> {
    const client = await this.pool.connect();
    const state = new AttemptState();
    // A client left mid-transaction (ROLLBACK failed, connection lost) must not go back to the pool.
    let reusable = false;
    try {
      const run = recordingQuery(client, state);
      await run('BEGIN ISOLATION LEVEL SERIALIZABLE', []);
      const ops = new PostgresOperations(run, this.tables.records, this.tables.counters);
      try {
        const result = await this.guard.run(() => fn(transactionHandle(ops, state)));
        state.end();
        const commit = await client.query('COMMIT').catch((error: unknown) => {
          state.failure = error;
          throw error;
        });
        reusable = true;
        if (commit.command === 'ROLLBACK') {
          // fn caught a failed statement and carried on; Postgres then turns COMMIT into ROLLBACK
          // without an error. Surface the statement's error (retried when it was a 40001).
          throw state.failure ?? new Error('Store.transaction: the transaction was aborted and rolled back');
        }
        return result;
      } catch (error) {
        state.end();
        if (!reusable && !connectionSuspect(state.failure)) {
          // When ROLLBACK itself fails the connection is suspect: drop it, but report fn's error.
          await client.query('ROLLBACK').then(
            () => (reusable = true),
            () => undefined,
          );
        }
        throw error;
      }
    } finally {
      client.release(!reusable);
    }
  }

  /**
   * Runs a call unless the store is closed or we are inside its transaction, and remembers it until
   * it settles. Failures that mean the database is away become `StorageUnavailableError`.
   */
  private async tracked<R>(operation: string, task: () => Promise<R>): Promise<R> {
    this.guard.assertOutside(operation);
    if (this.closing) throw new Error(`Store.${operation}: the store is closed`);
    try {
      return await this.inflight.track(task());
    } catch (error) {
      throw classifyStorageError('postgres', operation, error);
    }
  }
}

/** A RunQuery on a transaction's client that remembers the last error, for the COMMIT check. */
function recordingQuery(client: PoolClient, state: AttemptState): RunQuery {
  return async (sql, params) => {
    try {
      return (await client.query(prepared(sql, params))).rows as unknown[];
    } catch (error) {
      state.failure = error;
      throw error;
    }
  };
}

/**
 * Creates the schema and tables if missing. Two processes starting together would both run
 * CREATE TABLE IF NOT EXISTS, which is not safe against itself (the loser fails on the pg_type
 * unique index), so creation is serialised by an advisory lock held until COMMIT.
 */
async function createTables(pool: Pool, schema: string, tables: Tables): Promise<void> {
  const client = await pool.connect();
  let reusable = false;
  try {
    await client.query('BEGIN');
    await client.query(DDL_LOCK);
    // COLLATE "C": keys compare byte-wise (code point order), as SQLite's BINARY does, so list
    // order and prefix ranges are the same on both engines whatever the database's locale.
    await client.query(`
      CREATE SCHEMA IF NOT EXISTS ${schema};
      CREATE TABLE IF NOT EXISTS ${tables.records} (
        key TEXT COLLATE "C" PRIMARY KEY,
        value JSONB NOT NULL,
        version INTEGER NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE IF NOT EXISTS ${tables.counters} (
        name TEXT COLLATE "C" PRIMARY KEY,
        value BIGINT NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE IF NOT EXISTS ${tables.kv} (key VARCHAR(255) PRIMARY KEY, value TEXT);
    `);
    await client.query('COMMIT');
    reusable = true;
  } catch (error) {
    await client.query('ROLLBACK').then(
      () => (reusable = true),
      () => undefined,
    );
    throw error;
  } finally {
    client.release(!reusable);
  }
}

/**
 * Opens the Postgres store named by a `postgres://` or `postgresql://` URL: a connection pool, the
 * tables (created if missing), and keyv sharing the same pool.
 */
export async function openPostgresStore(url: string, options: StoreOptions = {}): Promise<Store> {
  const schema = options.schema ?? 'public';
  const prefix = options.tablePrefix ?? 'hub_';
  assertIdentifier(schema, 'schema');
  assertIdentifier(prefix, 'tablePrefix');
  const maxAttempts = options.maxTransactionAttempts ?? DEFAULT_TRANSACTION_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`Store: maxTransactionAttempts must be a positive integer, got ${maxAttempts}`);
  }
  const onBackgroundError = options.onBackgroundError ?? ((error: Error) => process.emitWarning(error));
  const connectTimeoutMs = positiveMs(options.connectTimeoutMs, 'connectTimeoutMs');
  const statementTimeoutMs = positiveMs(options.statementTimeoutMs, 'statementTimeoutMs');
  // Every wait has an end: opening a connection or waiting for a free one (connectionTimeoutMillis),
  // a statement on the server (statement_timeout) and on the client for a silent server (query_timeout).
  const connection: ClientConfig = {
    connectionString: url,
    connectionTimeoutMillis: connectTimeoutMs,
    statement_timeout: statementTimeoutMs,
    query_timeout: statementTimeoutMs + CLIENT_DEADLINE_MARGIN_MS,
    idle_in_transaction_session_timeout: statementTimeoutMs * IDLE_IN_TRANSACTION_FACTOR,
    keepAlive: true,
    // The store's statements find their rows by primary key (keyv's too, but for its namespace
    // clear by LIKE, which still scans: the setting only makes a scan the last resort). A prepared
    // statement keeps one plan per connection, and one made while the table was small (a new
    // deployment's first minutes, when autovacuum has analyzed a few pages) reads the whole table,
    // and goes on doing so as it grows until the next analyze: measured, a turn's read went through
    // some 800 rows instead of 3. (A URL's own `options` parameter replaces this one.)
    options: '-c enable_seqscan=off',
  };
  const pool = new Pool({ ...connection, max: options.poolSize ?? 10 });
  // Without a listener, an idle client dropped by the server would crash the process.
  pool.on('error', onBackgroundError);
  const tables: Tables = {
    records: `${schema}.${prefix}records`,
    counters: `${schema}.${prefix}counters`,
    kv: `${schema}.${prefix}kv`,
  };
  try {
    await createTables(pool, schema, tables);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw classifyStorageError('postgres', 'open', error);
  }
  const inflight = new InFlight();
  const adapter = createSharedPoolKeyvAdapter(
    async (sql, values) => (await inflight.track(pool.query(sql, values))).rows as unknown[],
    { schema, table: `${prefix}kv` },
  );
  const kv = new Keyv<unknown>({ store: adapter, namespace: 'hub', throwOnErrors: true, emitErrors: false });
  return new PostgresStore(pool, tables, maxAttempts, inflight, kv, new HealthProbe(connection));
}

/** A timeout option: a positive whole number of milliseconds, or the default. */
function positiveMs(value: number | undefined, name: string): number {
  const ms = value ?? DEFAULT_STORAGE_TIMEOUT_MS;
  if (!Number.isSafeInteger(ms) || ms < 1) throw new RangeError(`Store: ${name} must be a positive integer, got ${ms}`);
  return ms;
}
