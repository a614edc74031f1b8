import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/** A database engine a crash test runs the real bot process on, set up fresh and torn down after. */
export interface CrashEngine {
  name: string;
  storageUrl: () => string;
  setUp: () => Promise<void>;
  tearDown: () => Promise<void>;
}

function sqliteEngine(label: string): CrashEngine {
  let dir = '';
  return {
    name: 'SQLite',
    storageUrl: () => `sqlite://${path.join(dir, 'hub.sqlite')}`,
    setUp: async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), `hub-${label}-`));
    },
    tearDown: async () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A database of its own on the server of `url`, created for the test and dropped after it. */
export function postgresEngine(label: string, url: string): CrashEngine {
  const database = `hub_${label.replace(/\W/g, '')}_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'Postgres',
    storageUrl: () => {
      const parsed = new URL(url);
      parsed.pathname = `/${database}`;
      return parsed.toString();
    },
    setUp: () => admin(`CREATE DATABASE ${database}`),
    tearDown: () => admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
  };
}

/** SQLite always; Postgres too when `postgresUrl` (TEST_POSTGRES_URL) is set. `label` names temp dirs and databases. */
export function crashEngines(label: string, postgresUrl: string | undefined): CrashEngine[] {
  return [sqliteEngine(label), ...(postgresUrl ? [postgresEngine(label, postgresUrl)] : [])];
}
