/** The storage layer: open a `Store` from `STORAGE_URL`, versioned records, and turn-state storage. */
export { openStore } from './open-store';
export { updateRecord } from './store';
export type {
  ExpectedVersion,
  ListOptions,
  Store,
  StoreOptions,
  StoredRecord,
  StoreTransaction,
  UpdateRecordOptions,
} from './store';
export { BotStorage } from './bot-storage';
export type { BotStorageOptions } from './bot-storage';
