import sqlite3 from 'sqlite3';

/**
 * A promise face over one `sqlite3.Database`, plus the queue that keeps its statements from
 * interleaving. The driver is asynchronous on a single connection: without the queue, a statement
 * issued by one caller while another caller's `BEGIN ... COMMIT` is awaiting would silently join
 * that transaction.
 */
export class SqliteConnection {
  private constructor(private readonly db: sqlite3.Database) {}

  /** Opens (creating if needed) the database file, or a private in-memory database for ':memory:'. */
  static open(filename: string): Promise<SqliteConnection> {
    return new Promise((resolve, reject) => {
      const db = new sqlite3.Database(filename, (error) => {
        if (error) reject(error);
        else resolve(new SqliteConnection(db));
      });
    });
  }

  /** Waits up to `ms` for a lock held by another connection (keyv's, or another process) instead of failing at once. */
  setBusyTimeout(ms: number): void {
    this.db.configure('busyTimeout', ms);
  }

  /** Runs one statement and returns its rows (also for `... RETURNING`). */
  all(sql: string, params: unknown[] = []): Promise<unknown[]> {
    return new Promise((resolve, reject) => {
      this.db.all(sql, params, (error: Error | null, rows: unknown[]) => {
        if (error) reject(error);
        else resolve(rows);
      });
    });
  }

  /** Runs one statement and returns how many rows it changed. */
  run(sql: string, params: unknown[] = []): Promise<number> {
    return new Promise((resolve, reject) => {
      this.db.run(sql, params, function onDone(this: sqlite3.RunResult, error: Error | null) {
        if (error) reject(error);
        else resolve(this.changes);
      });
    });
  }

  /** Runs a script of statements without parameters. */
  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.db.exec(sql, (error: Error | null) => {
        if (error) reject(error);
        else resolve();
      });
    });
  }

  /** Closes the connection (after the driver finishes statements already issued). */
  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.db.close((error: Error | null) => {
        if (error) reject(error);
        else resolve();
      });
    });
  }
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
