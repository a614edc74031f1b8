import type { Keyv } from 'keyv';
import { backoff } from './retry';

/**
 * The one storage interface every capability uses. It knows nothing of botbuilder: domain folders
 * take a `Store`, and `bot-storage.ts` adapts it for turn state.
 */

/** A stored JSON value with its version (1 on insert, +1 per write). */
export interface StoredRecord<T = unknown> {
  key: string;
  value: T;
  version: number;
}

/** The version a write expects to find: 0 = "must not exist yet"; 'any' = unconditional. */
export type ExpectedVersion = number | 'any';

/** One record of `Store.putMany`. */
export interface RecordWrite {
  key: string;
  value: unknown;
  expected?: ExpectedVersion;
}

/** Options of `Store.list`. */
export interface ListOptions {
  /** Only keys strictly greater than this one (for paging: pass the last key of the previous page). */
  after?: string;
  /** At most this many records (a positive integer); all when absent. */
  limit?: number;
}

/** The operations available inside `Store.transaction`; same meaning as on `Store`. */
export interface StoreTransaction {
  get<T>(key: string): Promise<StoredRecord<T> | undefined>;
  put<T>(key: string, value: T, expected?: ExpectedVersion): Promise<number | null>;
  delete(key: string, expected?: ExpectedVersion): Promise<boolean>;
  increment(counter: string, by?: number): Promise<number>;
}

/**
 * Versioned JSON records, counters and transactions over SQLite or Postgres.
 *
 * Values are plain JSON: whatever `JSON.stringify` keeps is what comes back (Dates become strings,
 * `undefined` properties vanish; Postgres JSONB also reorders object keys). The type parameter of
 * `get`/`list` is not checked at run time: validate with the record's zod schema where it matters.
 */
export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /** The record stored under `key`, or undefined. */
  get<T>(key: string): Promise<StoredRecord<T> | undefined>;
  /**
   * The records under `keys`, in the same order (undefined where absent), read in one round trip:
   * what a turn needs at its start (conversation state, the person) costs one query, not one each.
   */
  getMany<T>(keys: readonly string[]): Promise<(StoredRecord<T> | undefined)[]>;
  /**
   * Compare-and-set: writes when the stored version equals `expected` (default 'any'); returns the
   * new version, or null when the condition failed.
   */
  put<T>(key: string, value: T, expected?: ExpectedVersion): Promise<number | null>;
  /**
   * Several `put`s, all or none: each record over its expected version (default 'any'; not 0,
   * "must not exist yet", which `put` and transactions keep exact), keys all different. Resolves
   * with the new versions in the order given, or null, writing nothing, when a record is not at its
   * expected version. On Postgres one statement, where a transaction is a round trip per record and
   * two more (a turn's state and the person's record saved together).
   */
  putMany(writes: readonly RecordWrite[]): Promise<number[] | null>;
  /**
   * Inserts `key` unless it exists, as `put(key, value, 0)`, for a marker whose loss is harmless
   * (which activity was already handled, whether someone was greeted): true when this call inserted
   * it. On Postgres the commit does not wait for the disk (`synchronous_commit` off for this
   * statement alone), so a crash of the database server or its machine may forget the markers of its
   * last fraction of a second; a crash of the bot forgets nothing. Every turn writes one, and
   * waiting for the disk was a tenth of a turn.
   */
  insertMarker<T>(key: string, value: T): Promise<boolean>;
  /**
   * `insertMarker(marker.key, marker.value)` and `getMany(keys)` in one round trip (`marker.key`
   * must not be among `keys`): how a turn claims its activity (see `SeenActivities`) while it reads
   * its state, which on Postgres is one statement where it was two.
   */
  insertMarkerAndGetMany<T>(
    marker: { key: string; value: unknown },
    keys: readonly string[],
  ): Promise<{ inserted: boolean; records: (StoredRecord<T> | undefined)[] }>;
  /**
   * Deletes `key` when its version equals `expected` (default 'any'); true when a record was removed.
   * With `expected` 0 nothing can match, so it returns false.
   */
  delete(key: string, expected?: ExpectedVersion): Promise<boolean>;
  /**
   * Records whose key starts with `prefix`, ordered by key (code point order on both engines). The
   * prefix is literal: `%` and `_` have no special meaning.
   */
  list<T>(prefix: string, options?: ListOptions): Promise<StoredRecord<T>[]>;
  /**
   * Atomically adds `by` (default 1, any safe integer) to a named counter (created at 0) and returns
   * the new value. Used for reference numbers.
   */
  increment(counter: string, by?: number): Promise<number>;
  /**
   * Runs `fn` in one transaction: all its writes land or none do. `fn` must use only `tx` (calling
   * this store from inside throws, since it would wait for the transaction and deadlock). On Postgres
   * the transaction is SERIALIZABLE and `fn` may run again after a serialization failure or deadlock,
   * so it must have no side effects outside `tx`.
   */
  transaction<R>(fn: (tx: StoreTransaction) => Promise<R>): Promise<R>;
  /** keyv over the same database (namespace 'hub') for values that need no compare-and-set: caches, TTL markers. */
  readonly kv: Keyv<unknown>;
  /**
   * Throws when the database is unreachable or the store is closed (used by GET /healthz). On
   * Postgres it uses a connection of its own, so a pool busy with turns does not read as an outage.
   */
  ping(): Promise<void>;
  /** Waits for queued work, then releases connections. Idempotent. */
  close(): Promise<void>;
}

/**
 * Records read ahead, in the round trip that loaded a turn's state, as they were when the turn
 * began: `{ record }` for a key read ahead (record undefined when absent), undefined for any other
 * key, which the caller reads from the store as usual. Only for a read no handler makes after
 * changing that record in the same turn (the menu's look at the person's draft: the menu never
 * follows a change to it in one turn; the idea form reads the store).
 */
export type ReadAhead = (key: string) => { record: StoredRecord<unknown> | undefined } | undefined;

/** Options shared by both engines; see `openStore`. */
export interface StoreOptions {
  /**
   * Prefix of this store's table names (`<prefix>records`, `<prefix>counters`, `<prefix>kv`):
   * lower-case letters, digits and `_`, starting with a letter. Default `hub_`. Tests use a unique
   * prefix so parallel runs do not share rows.
   */
  tablePrefix?: string;
  /** Postgres schema holding the tables (created if missing). Default `public`. Ignored by SQLite. */
  schema?: string;
  /** Postgres: how many times a transaction runs before a serialization failure is thrown. Default 20. */
  maxTransactionAttempts?: number;
  /** Postgres: connections in the pool. Default 10. */
  poolSize?: number;
  /**
   * Postgres: longest wait to open a connection, or to get one from a busy pool, before the call
   * fails as unavailable. Default 2000 ms.
   */
  connectTimeoutMs?: number;
  /**
   * Longest a statement may take before the call fails as unavailable. Postgres: the server's
   * statement timeout, and a client-side deadline a little later for a server that stops answering
   * altogether. SQLite: how long a statement waits for another connection's lock. Default 2000 ms.
   */
  statementTimeoutMs?: number;
  /**
   * Receives errors that belong to no call, such as an idle Postgres connection dropped by the
   * server. Default: `process.emitWarning`, so they are visible but do not crash the process.
   */
  onBackgroundError?: (error: Error) => void;
}

/** Options of `updateRecord`. */
export interface UpdateRecordOptions {
  /** How many compare-and-set rounds before giving up with an Error. Default 30. */
  maxAttempts?: number;
}

/** Default of `StoreOptions.connectTimeoutMs` and `statementTimeoutMs`. */
export const DEFAULT_STORAGE_TIMEOUT_MS = 2000;

/** Measured: 100 concurrent updates of one key from two stores needed at most 10 rounds. */
const DEFAULT_UPDATE_ATTEMPTS = 30;

/**
 * Read-modify-write with compare-and-set retries. `fn` receives the current value (undefined when
 * absent) and returns the new value, or undefined to leave the record unchanged. `fn` may run more
 * than once when another writer gets in first, so it must be pure.
 *
 * Returns the record as written (or as found, when `fn` returned undefined); undefined when the
 * record is absent and stays absent. Throws when `maxAttempts` rounds all lost the race.
 */
export async function updateRecord<T>(
  store: Store,
  key: string,
  fn: (current: T | undefined) => T | undefined,
  options: UpdateRecordOptions = {},
): Promise<StoredRecord<T> | undefined> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_UPDATE_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`updateRecord: maxAttempts must be a positive integer, got ${maxAttempts}`);
  }
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const current = await store.get<T>(key);
    const next = fn(current?.value);
    if (next === undefined) {
      return current;
    }
    const version = await store.put(key, next, current?.version ?? 0);
    if (version !== null) {
      return { key, value: next, version };
    }
    // Someone else wrote between our read and write; a random pause spreads the losers out so
    // that each round is not again a race of everyone against everyone.
    if (attempt < maxAttempts) {
      await backoff(attempt);
    }
  }
  throw new Error(`updateRecord: gave up on key "${key}" after ${maxAttempts} conflicting attempts`);
}
