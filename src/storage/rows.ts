// zod 4 (see src/activity-schema.ts): every store read parses a row here.
import { z } from 'zod/v4';
import type { StoredRecord } from './store';

/**
 * Shapes of the rows the drivers hand back (typed `any` by both), checked once here so that nothing
 * untyped leaves the engine files.
 */

/** A `hub_records` row as SQLite returns it: the value is JSON text. */
export const sqliteRecordRow = z.object({ key: z.string(), value: z.string(), version: z.number().int() });

/** A `hub_records` row as pg returns it: JSONB is already parsed. */
export const postgresRecordRow = z.object({ key: z.string(), value: z.unknown(), version: z.number().int() });

/** A `RETURNING version` row. */
export const versionRow = z.object({ version: z.number().int() });

/** A `RETURNING value` row of a counter (pg returns BIGINT as a string). */
export const counterRow = z.object({ value: z.union([z.number(), z.string()]) });

/** A stored record from a SQLite row. */
export function recordFromSqlite<T>(row: unknown): StoredRecord<T> {
  const parsed = sqliteRecordRow.parse(row);
  return { key: parsed.key, value: JSON.parse(parsed.value) as T, version: parsed.version };
}

/** A stored record from a Postgres row. */
export function recordFromPostgres<T>(row: unknown): StoredRecord<T> {
  const parsed = postgresRecordRow.parse(row);
  return { key: parsed.key, value: parsed.value as T, version: parsed.version };
}

/** The version in the first `RETURNING version` row, or null when the statement matched no row. */
export function returnedVersion(rows: unknown[]): number | null {
  return rows.length === 0 ? null : versionRow.parse(rows[0]).version;
}

/** `records` (found by key, in any order) lined up with `keys`: undefined where a key has none. */
export function inKeyOrder<T>(keys: readonly string[], records: StoredRecord<T>[]): (StoredRecord<T> | undefined)[] {
  const byKey = new Map(records.map((record) => [record.key, record]));
  return keys.map((key) => byKey.get(key));
}
