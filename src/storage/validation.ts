import type { ExpectedVersion, ListOptions, RecordWrite } from './store';

/**
 * Argument checks and encodings shared by both engines, so that SQLite and Postgres reject the same
 * inputs with the same messages instead of each driver failing in its own way.
 */

/** Longest accepted key: well under Postgres's btree entry limit (about 2,700 bytes) in UTF-8. */
export const MAX_KEY_LENGTH = 512;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Throws unless `key` is a non-empty, well-formed string without NUL (Postgres text cannot hold NUL). */
export function assertKey(key: unknown, what = 'key'): asserts key is string {
  if (typeof key !== 'string' || key.length === 0) {
    throw new TypeError(`Store: ${what} must be a non-empty string`);
  }
  assertText(key, what);
}

/** Throws unless `keys` is an array of keys `assertKey` accepts. */
export function assertKeys(keys: unknown): asserts keys is readonly string[] {
  if (!Array.isArray(keys)) throw new TypeError('Store: keys must be an array');
  for (const key of keys) assertKey(key);
}

/** Throws when a marker to insert is also a key to read in the same call (what would the read see?). */
export function assertMarkerNotRead(marker: string, keys: readonly string[]): void {
  if (keys.includes(marker)) throw new TypeError('Store: the marker cannot be one of the keys read with it');
}

function assertText(text: string, what: string): void {
  if (text.length > MAX_KEY_LENGTH) {
    throw new RangeError(`Store: ${what} is longer than ${MAX_KEY_LENGTH} characters`);
  }
  if (text.includes('\u0000') || LONE_SURROGATE.test(text)) {
    throw new TypeError(`Store: ${what} contains NUL or an unpaired surrogate`);
  }
}

/** Throws unless `expected` is 'any' or a non-negative integer version. */
export function assertExpected(expected: unknown): asserts expected is ExpectedVersion {
  if (expected === 'any') return;
  if (typeof expected !== 'number' || !Number.isSafeInteger(expected) || expected < 0) {
    throw new RangeError(`Store: expected version must be 'any' or an integer >= 0, got ${String(expected)}`);
  }
}

/** Throws unless `writes` are records `putMany` takes: valid keys, all different, expected versions other than 0. */
export function assertWrites(writes: unknown): asserts writes is readonly RecordWrite[] {
  if (!Array.isArray(writes)) throw new TypeError('Store: writes must be an array');
  const keys = new Set<string>();
  for (const write of writes as RecordWrite[]) {
    assertKey(write?.key);
    if (keys.has(write.key)) throw new TypeError(`Store: key "${write.key}" is written twice in one putMany`);
    keys.add(write.key);
    const expected = write.expected ?? 'any';
    assertExpected(expected);
    if (expected === 0) throw new RangeError('Store: putMany does not take expected version 0 (use put or a transaction)');
  }
}

/** Throws unless `by` is a safe integer. */
export function assertIncrement(by: unknown): asserts by is number {
  if (typeof by !== 'number' || !Number.isSafeInteger(by)) {
    throw new RangeError(`Store: increment must be a safe integer, got ${String(by)}`);
  }
}

/** Checks a counter value read back from the database (SQLite turns overflow into a float). */
export function toCounterValue(raw: unknown, counter: string): number {
  const value = typeof raw === 'string' ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new RangeError(`Store: counter "${counter}" is outside the safe integer range`);
  }
  return value;
}

/** A `\u0000` escape in JSON text (an odd run of backslashes before `u0000`). */
const ESCAPED_NUL = /(^|[^\\])(\\\\)*\\u0000/;

/** JSON text of a value; throws for values JSON cannot represent (undefined, functions, symbols). */
export function encodeValue(value: unknown, key: string): string {
  const text: unknown = JSON.stringify(value);
  if (typeof text !== 'string') {
    throw new TypeError(`Store: the value for key "${key}" is not JSON-serialisable`);
  }
  // Postgres JSONB rejects the NUL character; refusing it on both engines keeps them interchangeable.
  if (ESCAPED_NUL.test(text)) {
    throw new TypeError(`Store: the value for key "${key}" contains a NUL character`);
  }
  return text;
}

/** The checked paging arguments of `list`: `limit` undefined means all. */
export interface ListBounds {
  from: string;
  below: string | undefined;
  after: string | undefined;
  limit: number | undefined;
}

/**
 * Turns a literal prefix into a key range [from, below). A range instead of `LIKE 'prefix%'` needs no
 * escaping of `%` and `_`, is case-sensitive on SQLite (whose LIKE is not), and uses the primary key
 * index on both engines.
 */
export function listBounds(prefix: string, options: ListOptions = {}): ListBounds {
  if (typeof prefix !== 'string') {
    throw new TypeError('Store: list prefix must be a string');
  }
  assertText(prefix, 'list prefix');
  const { after, limit } = options;
  if (after !== undefined) {
    assertKey(after, 'list option "after"');
  }
  if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 1)) {
    throw new RangeError(`Store: list limit must be a positive integer, got ${String(limit)}`);
  }
  return { from: prefix, below: prefixUpperBound(prefix), after, limit };
}

/**
 * The smallest string greater than every string that starts with `prefix`, in code point order
 * (which is how SQLite's BINARY and Postgres's "C" collation compare UTF-8): the prefix with its
 * last code point incremented. Undefined when there is no such bound (empty prefix, or only U+10FFFF).
 */
export function prefixUpperBound(prefix: string): string | undefined {
  const points = Array.from(prefix);
  while (points.length > 0) {
    const last = (points.pop() as string).codePointAt(0) as number;
    if (last < 0x10ffff) {
      // Surrogate code points are not characters; the next character after U+D7FF is U+E000.
      const next = last + 1 === 0xd800 ? 0xe000 : last + 1;
      return points.join('') + String.fromCodePoint(next);
    }
  }
  return undefined;
}

const TABLE_PREFIX = /^[a-z][a-z0-9_]{0,39}$/;

/** Checks a table prefix or schema name, which are spliced into SQL and so must be plain identifiers. */
export function assertIdentifier(name: string, what: string): void {
  if (!TABLE_PREFIX.test(name)) {
    throw new RangeError(`Store: ${what} must match ${TABLE_PREFIX}, got "${name}"`);
  }
}
