import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { openStore } from '../../src/storage/open-store';
import type { Store, StoreOptions } from '../../src/storage/store';

/**
 * Runs one suite against every engine: SQLite always (a temp file), Postgres when
 * TEST_POSTGRES_URL is set (unique table names, dropped afterwards, so parallel workers and runs
 * never share rows). Without the URL the Postgres block is registered as skipped, so its tests show
 * up as skipped rather than silently missing.
 */

export const POSTGRES_URL = process.env.TEST_POSTGRES_URL?.trim() || undefined;

/** One database a suite runs against; every `open()` reaches the same data. */
export interface EngineTarget {
  readonly engine: 'sqlite' | 'postgres';
  open(options?: StoreOptions): Promise<Store>;
  dispose(): Promise<void>;
}

let uniqueSeq = 0;

/** A short name unique across jest workers and runs. */
export function uniqueName(): string {
  uniqueSeq += 1;
  return `${process.pid.toString(36)}${Date.now().toString(36)}${uniqueSeq}`;
}

async function sqliteTarget(): Promise<EngineTarget> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hub-store-'));
  // A directory that does not exist yet: opening must create it. An absolute path gives sqlite:///...
  const url = `sqlite://${path.join(dir, 'data', 'hub.sqlite')}`;
  return {
    engine: 'sqlite',
    open: (options) => openStore(url, options),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function postgresTarget(url: string): Promise<EngineTarget> {
  const defaultPrefix = `t${uniqueName()}_`;
  // Every prefix a test opened with, so that dispose() leaves no tables behind.
  const prefixes = new Set([defaultPrefix]);
  return {
    engine: 'postgres',
    open: (options) => {
      const tablePrefix = options?.tablePrefix ?? defaultPrefix;
      prefixes.add(tablePrefix);
      return openStore(url, { ...options, tablePrefix });
    },
    dispose: async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        for (const prefix of prefixes) {
          await client.query(`DROP TABLE IF EXISTS ${prefix}records, ${prefix}counters, ${prefix}kv`);
        }
      } finally {
        await client.end();
      }
    },
  };
}

let warned = false;

/** Declares `body` once per engine; `target()` is valid inside hooks and tests. */
export function describeEachEngine(title: string, body: (target: () => EngineTarget) => void): void {
  const engines: Array<{ name: string; create: (() => Promise<EngineTarget>) | undefined }> = [
    { name: 'sqlite', create: sqliteTarget },
    { name: 'postgres', create: POSTGRES_URL ? () => postgresTarget(POSTGRES_URL) : undefined },
  ];
  for (const { name, create } of engines) {
    if (create === undefined) {
      if (!warned) {
        warned = true;
        console.warn('Postgres storage tests skipped: set TEST_POSTGRES_URL');
      }
      describe.skip(`${title} [${name}] (skipped: set TEST_POSTGRES_URL)`, () => body(unavailable));
      continue;
    }
    describe(`${title} [${name}]`, () => {
      let target: EngineTarget | undefined;
      beforeAll(async () => {
        target = await create();
      });
      afterAll(async () => {
        await target?.dispose();
      });
      body(() => {
        if (!target) throw new Error('engine target not ready');
        return target;
      });
    });
  }
}

function unavailable(): EngineTarget {
  throw new Error('Postgres is not configured');
}

/**
 * Opens a store before each test and closes it after; `ns(key)` prefixes keys with a name unique to
 * the test, so tests sharing a database never see each other's records.
 */
export function useStore(target: () => EngineTarget): { store: () => Store; ns: (key: string) => string } {
  let store: Store | undefined;
  let prefix = '';
  beforeEach(async () => {
    prefix = `${uniqueName()}/`;
    store = await target().open();
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
  return {
    store: () => {
      if (!store) throw new Error('store not open');
      return store;
    },
    ns: (key) => prefix + key,
  };
}
