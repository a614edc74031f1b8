import type { Storage, StoreItems } from 'botbuilder';
import { z } from 'zod';
import type { ExpectedVersion, Store, StoredRecord } from './store';

/**
 * botbuilder's `Storage` over a `Store`, for the turn state teams-ai and BotState load and save.
 *
 * eTags are record versions: `read` sets `eTag` to the version as a string; `write` of an item whose
 * eTag is missing or `'*'` is unconditional (what BotState.saveChanges sends), any other eTag must
 * equal the stored version. A batch is written all or none (`Store.putMany`), because teams-ai saves
 * conversation and user state in one call and a turn must not be half-written.
 */

/** Turn state as stored: a plain JSON object (the eTag is not part of it). */
const storedState = z.record(z.unknown());

/** Reads records by store key, in order, undefined where absent (as `Store.getMany`). */
export type RecordsReader = (keys: readonly string[]) => Promise<(StoredRecord<unknown> | undefined)[]>;

/** Options of `BotStorage`. */
export interface BotStorageOptions {
  /** Prepended to every botbuilder key, keeping turn state apart from domain records. Default `bot/`. */
  prefix?: string;
}

interface PreparedWrite {
  key: string;
  storageKey: string;
  value: Record<string, unknown>;
  expected: ExpectedVersion;
}

/** A botbuilder `Storage` whose writes honour eTags and land all together or not at all. */
export class BotStorage implements Storage {
  private readonly prefix: string;

  constructor(
    private readonly store: Store,
    options: BotStorageOptions = {},
  ) {
    this.prefix = options.prefix ?? 'bot/';
  }

  /**
   * Items found under `keys`, each with `eTag` set; absent keys are left out. `getMany` reads the
   * records (by store key; the store's own by default): a turn passes one that also claims its
   * activity in the same round trip (see `HubTurnState`).
   */
  async read(keys: string[], getMany: RecordsReader = (storeKeys) => this.store.getMany(storeKeys)): Promise<StoreItems> {
    if (!Array.isArray(keys)) {
      throw new TypeError('Storage: keys are required when reading');
    }
    const records = await getMany(keys.map((key) => this.prefix + key));
    const items: StoreItems = {};
    keys.forEach((key, index) => {
      const record = records[index];
      if (record === undefined) return;
      const parsed = storedState.safeParse(record.value);
      if (!parsed.success) {
        throw new Error(`Storage: the state stored for key "${key}" is not an object`);
      }
      items[key] = { ...parsed.data, eTag: String(record.version) };
    });
    return items;
  }

  /**
   * Writes every item, all or none. Rejects with `Storage: eTag conflict for key "..."` (and writes
   * nothing) when an item's eTag is not the stored version.
   */
  async write(changes: StoreItems): Promise<void> {
    if (changes === null || typeof changes !== 'object') {
      throw new TypeError('Storage: changes are required when writing');
    }
    // Sorted so that two batches touching the same keys lock them in the same order (fewer
    // Postgres deadlocks to retry). Prepared outside the transaction, which may run more than once.
    const writes = Object.entries(changes)
      .map(([key, item]) => this.prepare(key, item))
      .sort((a, b) => (a.storageKey < b.storageKey ? -1 : a.storageKey > b.storageKey ? 1 : 0));
    if (writes.length === 0) return;
    // One record (a turn that changed only its conversation's state, as an FAQ answer does) is one
    // conditional statement, atomic by itself: no transaction's BEGIN and COMMIT around it (on
    // Postgres, two round trips of three).
    if (writes.length === 1) {
      const [write] = writes;
      if ((await this.store.put(write.storageKey, write.value, write.expected)) === null) {
        throw new Error(`Storage: eTag conflict for key "${write.key}"`);
      }
      return;
    }
    // Several (the conversation's state and the person's record, on a first turn): all or none, in
    // one statement on Postgres, where a transaction would be a round trip per record and two more.
    const versions = await this.store.putMany(writes.map((write) => ({ key: write.storageKey, value: write.value, expected: write.expected })));
    if (versions === null) {
      // Refused, nothing written: which record had moved is read only now, for the message.
      const stored = await this.store.getMany(writes.map((write) => write.storageKey));
      const moved = writes.find((write, index) => write.expected !== 'any' && stored[index]?.version !== write.expected) ?? writes[0];
      throw new Error(`Storage: eTag conflict for key "${moved.key}"`);
    }
  }

  /** Deletes `keys` (absent ones are ignored), all in one transaction. */
  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) {
      throw new TypeError('Storage: keys are required when deleting');
    }
    if (keys.length === 0) return;
    const storageKeys = keys.map((key) => this.prefix + key).sort();
    await this.store.transaction(async (tx) => {
      for (const storageKey of storageKeys) {
        await tx.delete(storageKey);
      }
    });
  }

  private prepare(key: string, item: unknown): PreparedWrite {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new TypeError(`Storage: the item for key "${key}" must be an object`);
    }
    const { eTag, ...state } = item as Record<string, unknown>;
    return {
      key,
      storageKey: this.prefix + key,
      // A JSON round trip now, so that what the turn handed over (Dates, undefined fields, class
      // instances) is stored exactly as it will be read back.
      value: storedState.parse(JSON.parse(JSON.stringify(state))),
      expected: expectedVersion(key, eTag),
    };
  }
}

/** The version an eTag demands: none for missing, empty or '*' (as MemoryStorage); ours are positive integers. */
function expectedVersion(key: string, eTag: unknown): ExpectedVersion {
  if (eTag === undefined || eTag === null || eTag === '' || eTag === '*') return 'any';
  if (typeof eTag === 'string' && /^[1-9][0-9]{0,14}$/.test(eTag)) return Number(eTag);
  // Not one of ours (e.g. state copied from another storage): it cannot match any stored version.
  throw new Error(`Storage: eTag conflict for key "${key}" (unrecognised eTag)`);
}
