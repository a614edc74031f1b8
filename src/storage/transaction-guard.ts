import { AsyncLocalStorage } from 'node:async_hooks';
import type { ExpectedVersion, StoredRecord, StoreTransaction } from './store';

interface Scope {
  active: boolean;
}

/**
 * Notices a call to a store made from inside one of its own transactions. On SQLite that call would
 * queue behind the transaction, which waits for it: a silent deadlock. On Postgres it would run
 * outside the transaction (and can exhaust the pool or wait on the transaction's own row locks).
 * Failing loudly points at the fix: use the `tx` handle.
 */
export class TransactionGuard {
  private readonly scopes = new AsyncLocalStorage<Scope>();

  /**
   * On under tests (jest sets NODE_ENV=test), where every path runs and the mistake is caught. Off
   * in service: the async context it needs slows every promise of every turn (async hooks on
   * Node 20: about 3% of a menu turn, and more garbage), and the mistake is one of code, not of data.
   */
  constructor(private readonly enabled = process.env.NODE_ENV === 'test') {}

  /** Runs `fn` marked as inside a transaction; the mark ends with it, even for work `fn` left running. */
  async run<R>(fn: () => Promise<R>): Promise<R> {
    if (!this.enabled) return fn();
    const scope: Scope = { active: true };
    try {
      return await this.scopes.run(scope, fn);
    } finally {
      scope.active = false;
    }
  }

  /** Throws when called from inside a transaction of the store that owns this guard. */
  assertOutside(operation: string): void {
    if (this.enabled && this.scopes.getStore()?.active) {
      throw new Error(
        `Store.${operation} called inside a transaction of the same store: use the transaction handle instead`,
      );
    }
  }
}

/** Holds a transaction's liveness so that a handle used after commit or rollback fails clearly. */
export class TransactionState {
  private open = true;

  /** Marks the transaction finished. */
  end(): void {
    this.open = false;
  }

  /** Throws when the transaction is finished. */
  assertOpen(operation: string): void {
    if (!this.open) {
      throw new Error(`StoreTransaction.${operation} called after the transaction ended`);
    }
  }
}

/**
 * Wraps an engine's in-transaction operations so that each call first checks the transaction is
 * still open: a handle kept past `transaction()` must not write outside any transaction.
 */
export function transactionHandle(ops: StoreTransaction, state: TransactionState): StoreTransaction {
  return {
    async get<T>(key: string): Promise<StoredRecord<T> | undefined> {
      state.assertOpen('get');
      return ops.get<T>(key);
    },
    async put<T>(key: string, value: T, expected?: ExpectedVersion): Promise<number | null> {
      state.assertOpen('put');
      return ops.put(key, value, expected);
    },
    async delete(key: string, expected?: ExpectedVersion): Promise<boolean> {
      state.assertOpen('delete');
      return ops.delete(key, expected);
    },
    async increment(counter: string, by?: number): Promise<number> {
      state.assertOpen('increment');
      return ops.increment(counter, by);
    },
  };
}
