import { EventEmitter } from 'node:events';
import type { KeyvStoreAdapter, StoredData } from 'keyv';
import type { SerialQueue, SqliteConnection } from './sqlite-connection';

/**
 * keyv's store over the SQLite store's own connection and queue. @keyv/sqlite would open a second
 * connection through another copy of SQLite (the sqlite3 package): two copies of SQLite on one file
 * in one process do not see each other's POSIX locks, which SQLite documents as a way to corrupt it.
 * Keys arrive already namespaced by keyv ("hub:..."); values arrive serialised (with their expiry).
 */
export class SqliteKeyvAdapter extends EventEmitter implements KeyvStoreAdapter {
  readonly opts: { table: string };
  namespace?: string;

  constructor(
    private readonly conn: SqliteConnection,
    private readonly queue: SerialQueue,
    table: string,
  ) {
    super();
    this.opts = { table };
  }

  async get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    const rows = await this.queue.run(() => this.conn.all(`SELECT value FROM ${this.opts.table} WHERE key = ?1`, [key]));
    return (rows[0] as { value: StoredData<Value> } | undefined)?.value;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.queue.run(() =>
      this.conn.run(
        `INSERT INTO ${this.opts.table} (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [key, value],
      ),
    );
  }

  async delete(key: string): Promise<boolean> {
    return (await this.queue.run(() => this.conn.run(`DELETE FROM ${this.opts.table} WHERE key = ?1`, [key]))) > 0;
  }

  async has(key: string): Promise<boolean> {
    return (await this.get(key)) !== undefined;
  }

  /** Deletes this namespace's keys only (the table may hold others'). */
  async clear(): Promise<void> {
    const prefix = this.namespace ? `${this.namespace}:` : '';
    await this.queue.run(() =>
      this.conn.run(`DELETE FROM ${this.opts.table} WHERE substr(key, 1, length(?1)) = ?1`, [prefix]),
    );
  }

  async disconnect(): Promise<void> {
    // The store closes the connection, after its own statements are done.
  }
}
