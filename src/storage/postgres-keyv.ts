import { KeyvPostgres } from '@keyv/postgres';

/** Runs one statement on the store's pool and returns its rows. */
export type KeyvQuery = (sql: string, values?: unknown[]) => Promise<unknown[]>;

/**
 * @keyv/postgres 2 keeps ONE module-wide pool per URL and its `disconnect()` ends that shared pool:
 * with two stores on the same URL in one process (tests, or a worker beside the bot), closing one
 * breaks the other's keyv, and closing both ends the pool twice. This adapter runs keyv's queries on
 * the store's own pool (through `query`) instead and leaves ending it to the store.
 */
export function createSharedPoolKeyvAdapter(query: KeyvQuery, options: { schema: string; table: string }): KeyvPostgres {
  class SharedPoolKeyvPostgres extends KeyvPostgres {
    // Called from the base constructor, hence a closure over `query` rather than an instance field.
    override async connect(): Promise<KeyvQuery> {
      return query;
    }

    override async disconnect(): Promise<void> {
      // The store ends the pool in close(), after its own statements are done.
    }
  }
  return new SharedPoolKeyvPostgres({ schema: options.schema, table: options.table });
}
