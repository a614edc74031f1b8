import { openSqliteStore } from './sqlite-store';
import type { Store, StoreOptions } from './store';

/**
 * Opens the store named by `STORAGE_URL`: `sqlite://./data/hub.sqlite` (embedded, one process),
 * `sqlite://:memory:`, `sqlite:///abs/path.sqlite`, or `postgres://...` / `postgresql://...`
 * (several processes). Tables are created if missing.
 */
export async function openStore(url: string, options: StoreOptions = {}): Promise<Store> {
  if (/^sqlite:\/\//i.test(url)) {
    return openSqliteStore(url, options);
  }
  if (/^postgres(ql)?:\/\//i.test(url)) {
    // The Postgres driver is loaded only for a Postgres URL: with SQLite it would only slow the start.
    const { openPostgresStore } = require('./postgres-store') as typeof import('./postgres-store');
    return openPostgresStore(url, options);
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  throw new Error(
    `Unsupported storage URL${scheme ? ` scheme "${scheme}:"` : ''}: expected sqlite://path or postgres://user@host/db`,
  );
}
