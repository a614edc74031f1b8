import Database from 'better-sqlite3';

/** How long one attempt may wait for a lock inside the driver, blocking the event loop. */
const LOCK_WAIT_SLICE_MS = 20;

/**
 * A promise face over one better-sqlite3 connection, plus the queue that keeps statements from
 * interleaving with a transaction that spans awaits.
 *
 * better-sqlite3 runs each statement synchronously on the main thread (10-70 µs here), where the
 * callback driver it replaced (sqlite3) sent each one through libuv's thread pool and back: under
 * load a turn's statements, serialised by the queue, each waited for the busy event loop to come
 * round again, and that wait, not SQLite, set the pace (bench: turns/s more than doubled). Statements
 * are prepared once per SQL text. A lock held by another process is waited for in short slices with
 * the event loop free between them, up to the busy timeout, so health checks still answer meanwhile.
 */
export class SqliteConnection {
  private readonly statements = new Map<string, { statement: Database.Statement; numbered: boolean }>();
  private busyTimeoutMs = 5000;

  private constructor(private readonly db: Database.Database) {}

  /** Opens (creating if needed) the database file, or a private in-memory database for ':memory:'. */
  static async open(filename: string): Promise<SqliteConnection> {
    return new SqliteConnection(new Database(filename, { timeout: LOCK_WAIT_SLICE_MS }));
  }

  /** Waits up to `ms` for a lock held by another process instead of failing at once. */
  setBusyTimeout(ms: number): void {
    this.busyTimeoutMs = ms;
  }

  /** Runs one statement and returns its rows (also for `... RETURNING`). */
  all(sql: string, params: unknown[] = []): Promise<unknown[]> {
    return this.withLockWait(() => {
      const { statement, numbered } = this.prepared(sql);
      return params.length === 0 ? statement.all() : statement.all(numbered ? namedParams(params) : params);
    });
  }

  /** Runs one statement and returns how many rows it changed. */
  run(sql: string, params: unknown[] = []): Promise<number> {
    return this.withLockWait(() => {
      const { statement, numbered } = this.prepared(sql);
      return (params.length === 0 ? statement.run() : statement.run(numbered ? namedParams(params) : params)).changes;
    });
  }

  /** Runs a script of statements without parameters. */
  exec(sql: string): Promise<void> {
    return this.withLockWait(() => {
      this.db.exec(sql);
    });
  }

  /** Closes the connection. */
  async close(): Promise<void> {
    this.statements.clear();
    this.db.close();
  }

  /** The statement for `sql`, prepared on first use; `?1`-style numbers become names (`@p1`), which the driver binds. */
  private prepared(sql: string): { statement: Database.Statement; numbered: boolean } {
    let entry = this.statements.get(sql);
    if (!entry) {
      const numbered = /\?\d/.test(sql);
      const text = numbered ? sql.replace(/\?(\d+)/g, '@p$1') : sql;
      entry = { statement: this.db.prepare(text), numbered };
      this.statements.set(sql, entry);
    }
    return entry;
  }

  /**
   * Runs `operation`, trying again while another connection holds the lock, until the busy
   * timeout. A statement refused with SQLITE_BUSY did not run, so trying it again is safe.
   */
  private async withLockWait<R>(operation: () => R): Promise<R> {
    const deadline = Date.now() + this.busyTimeoutMs;
    for (;;) {
      try {
        return operation();
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        const locked = typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
        if (!locked || Date.now() + LOCK_WAIT_SLICE_MS > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, LOCK_WAIT_SLICE_MS));
      }
    }
  }
}

/** `[a, b]` as `{ p1: a, p2: b }`, for statements written with `?1`, `?2`. */
function namedParams(params: unknown[]): Record<string, unknown> {
  const named: Record<string, unknown> = {};
  params.forEach((value, index) => {
    named[`p${index + 1}`] = value;
  });
  return named;
}

/** Runs tasks one at a time, in call order; a failing task does not stop the ones after it. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Queues `task` after every task queued before it and resolves with its result. */
  run<R>(task: () => Promise<R>): Promise<R> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
