import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { parseCall } from '../../src/call/load-call';
import type { CallConfig } from '../../src/call/call-schema';

/** The call file shipped in content/. */
export const SHIPPED_CALL_PATH = join(__dirname, '..', '..', 'content', 'call-2024.yaml');

export function shippedCallText(): string {
  return readFileSync(SHIPPED_CALL_PATH, 'utf8');
}

/** A change to a call file: set the value at a path, or delete it (`undefined`). */
export type Edit = [path: ReadonlyArray<string | number>, value: unknown];

/** The shipped call file with some values changed, as YAML text (comments kept). */
export function editedCallText(edits: readonly Edit[]): string {
  const doc = YAML.parseDocument(shippedCallText());
  for (const [path, value] of edits) {
    if (value === undefined) doc.deleteIn(path);
    else doc.setIn(path, value);
  }
  return doc.toString();
}

/** The shipped call with some values changed, parsed. */
export function editedCall(edits: readonly Edit[]): CallConfig {
  return parseCall(editedCallText(edits), 'edited-call.yaml');
}

/** The error a function throws (fails the test when it does not throw). */
export function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`threw a non-Error: ${String(error)}`);
  }
  throw new Error('expected an error, none was thrown');
}
