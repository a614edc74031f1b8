import { z } from 'zod';
import { parseRecord } from '../storage/parse-record';
import type { Store, StoreTransaction } from '../storage/store';
import { REMINDER_KINDS } from './preferences';

/**
 * The durable outbox of reminders: one row per occurrence, in the `Store`, so that nothing is lost
 * or sent twice across restarts and bot instances.
 *
 * Keys:
 * ```
 * reminders/outbox/rows/<key>                        the row: state, attempts, lease, result
 * reminders/outbox/due/<yyyy-mm-ddThh:mm>/<key>      index: the minute the row next needs attention
 * ```
 * A row that is not final (pending, or claimed) has exactly one index entry, under the minute of its
 * `nextAt`: the due time, a retry time, or the end of its lease. The index sorts by time (keys are
 * ordered by code point, and the minute is fixed-width UTC), so `claimDue` reads the index from
 * the start and stops at the first minute after `now`: it touches only rows needing attention,
 * however many thousands wait for later. Final rows (sent, failed, dropped) have no index entry.
 * Row and index change together in one transaction.
 *
 * Claims: a claim is a compare-and-set on the row's version (inside a transaction that also moves
 * its index entry to the lease's end), so of two workers, in one process or in two processes on
 * Postgres, exactly one wins each row. A claim is a lease: if the worker dies, the row's index entry
 * comes due when the lease ends and another worker claims it again.
 *
 * The crash story: a worker marks each row sent right after its send returns. After a crash, rows
 * claimed but not yet sent are sent late (when their lease ends), not lost; only sends that were in
 * flight at the crash, or had returned without their mark written yet, are sent again. So duplicates
 * are bounded by the rows a worker holds at once (`maxInFlight`: twice the sender's concurrency by
 * default, as the sender frees a request's slot before the worker marks its row).
 */

export const OUTBOX_PREFIX = 'reminders/outbox/';
const ROWS_PREFIX = `${OUTBOX_PREFIX}rows/`;
const DUE_PREFIX = `${OUTBOX_PREFIX}due/`;

export const OUTBOX_STATES = ['pending', 'claimed', 'sent', 'failed', 'dropped'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/**
 * What the outbox carries: the reminders (kinds a person can switch off) and IKM's messages to
 * people (a decision on their idea, an announcement), which go through the same rate limits,
 * leases and once-per-key guarantee.
 */
export const OUTBOX_KINDS = [...REMINDER_KINDS, 'decision', 'announcement'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/** One message to one person at one moment: what `enqueue` takes. */
export interface OutboxItem {
  /** Unique per message and person; enqueuing a key twice does nothing. */
  key: string;
  userId: string;
  kind: OutboxKind;
  due: Date;
  expires: Date;
  /** What the card needs, as plain JSON (instants as ISO strings). */
  payload: object;
}

const isoInstant = z.string().datetime();

export const outboxRowSchema = z.object({
  key: z.string().min(1),
  userId: z.string().min(1),
  kind: z.enum(OUTBOX_KINDS),
  due: isoInstant,
  expires: isoInstant,
  payload: z.record(z.string(), z.unknown()),
  state: z.enum(OUTBOX_STATES),
  /** When the row next needs attention (due, retry time, or end of lease); absent when final. */
  nextAt: isoInstant.optional(),
  /** Sends tried so far (a claim that ends in `markFailed` counts one). */
  attempts: z.number().int().nonnegative(),
  leaseOwner: z.string().optional(),
  leaseUntil: isoInstant.optional(),
  enqueuedAt: isoInstant,
  sentAt: isoInstant.optional(),
  activityId: z.string().optional(),
  lastError: z.string().optional(),
  droppedReason: z.string().optional(),
  updatedAt: isoInstant,
});
export type OutboxRow = z.output<typeof outboxRowSchema>;

/** A row claimed by a worker, with the version its claim wrote. */
export interface ClaimedRow extends OutboxRow {
  version: number;
}

const dueEntrySchema = z.object({ key: z.string() });

/** `claimDue`: what was claimed, and what was dropped on the way because it had expired. */
export interface ClaimResult {
  claimed: ClaimedRow[];
  expired: string[];
}

export class ReminderOutbox {
  constructor(private readonly store: Store) {}

  /** Adds a row for the item; false (and nothing written) when its key was already enqueued. */
  async enqueue(occurrence: OutboxItem, now: Date): Promise<boolean> {
    const row: OutboxRow = {
      key: occurrence.key,
      userId: occurrence.userId,
      kind: occurrence.kind,
      due: occurrence.due.toISOString(),
      expires: occurrence.expires.toISOString(),
      payload: occurrence.payload as unknown as Record<string, unknown>,
      state: 'pending',
      nextAt: occurrence.due.toISOString(),
      attempts: 0,
      enqueuedAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    outboxRowSchema.parse(row);
    return this.store.transaction(async (tx) => {
      if ((await tx.put(rowKey(row.key), row, 0)) === null) return false;
      await tx.put(dueKey(row.nextAt!, row.key), { key: row.key }, 'any');
      return true;
    });
  }

  /** The row, or undefined. */
  async get(key: string): Promise<OutboxRow | undefined> {
    const stored = await this.store.get<unknown>(rowKey(key));
    return stored ? parseRecord(outboxRowSchema, stored.key, stored.value) : undefined;
  }

  /**
   * Claims up to `limit` rows due at `now` (pending with `nextAt <= now`, or claimed with an ended
   * lease) for `leaseMs`, oldest first. Rows whose `expires` has passed are dropped ('expired')
   * instead. Each claim is a compare-and-set: a row another worker claimed first is skipped.
   */
  async claimDue(now: Date, limit: number, workerId: string, leaseMs: number): Promise<ClaimResult> {
    const result: ClaimResult = { claimed: [], expired: [] };
    const nowMs = now.getTime();
    const lastMinute = minuteOf(now);
    let after: string | undefined;
    const pageSize = Math.max(50, limit * 2);
    while (result.claimed.length < limit) {
      const page = await this.store.list<unknown>(DUE_PREFIX, { after, limit: pageSize });
      for (const entry of page) {
        if (result.claimed.length >= limit) break;
        const minute = entry.key.slice(DUE_PREFIX.length, DUE_PREFIX.length + MINUTE_LENGTH);
        if (minute > lastMinute) return result;
        const { key } = parseRecord(dueEntrySchema, entry.key, entry.value);
        const outcome = await this.claimOne(entry.key, key, now, nowMs, workerId, leaseMs);
        if (outcome === 'expired') result.expired.push(key);
        else if (outcome !== undefined) result.claimed.push(outcome);
      }
      if (page.length < pageSize) break;
      after = page[page.length - 1].key;
    }
    return result;
  }

  /** Records a successful send. */
  async markSent(key: string, activityId: string | undefined, now: Date): Promise<void> {
    await this.finish(key, now, (row) => ({
      ...row,
      state: 'sent',
      sentAt: now.toISOString(),
      ...(activityId ? { activityId } : {}),
    }));
  }

  /**
   * Records a failed send. With `retryAt` (before the row expires) the row waits until then and is
   * claimed again; without, it is final ('failed').
   */
  async markFailed(key: string, error: string, now: Date, retryAt?: Date): Promise<void> {
    await this.finish(key, now, (row) => {
      const retry = retryAt !== undefined && retryAt.getTime() < Date.parse(row.expires);
      return {
        ...row,
        state: retry ? 'pending' : 'failed',
        attempts: row.attempts + 1,
        lastError: error.slice(0, 500),
        ...(retry ? { nextAt: retryAt.toISOString() } : {}),
      };
    });
  }

  /** Gives up on a row without sending: expired, no conversation, the user blocked the bot. */
  async markDropped(key: string, reason: string, now: Date): Promise<void> {
    await this.finish(key, now, (row) => ({ ...row, state: 'dropped', droppedReason: reason }));
  }

  /**
   * Counts of rows by state, of every row or of those whose key starts with `keyPrefix` (one
   * announcement's rows, say). A scan of those rows: for reports, tests and benchmarks.
   */
  async counts(keyPrefix = '', kinds?: readonly OutboxKind[]): Promise<Record<OutboxState, number>> {
    const counts = Object.fromEntries(OUTBOX_STATES.map((state) => [state, 0])) as Record<OutboxState, number>;
    await this.forEachRow(keyPrefix, (row) => {
      if (!kinds || kinds.includes(row.kind)) counts[row.state] += 1;
    });
    return counts;
  }

  /**
   * Drops every row under `keyPrefix` that is still pending (not claimed by a worker, not sent):
   * an announcement called off. Returns how many were dropped; rows being sent are left to finish.
   */
  async dropPending(keyPrefix: string, reason: string, now: Date): Promise<number> {
    const pending: OutboxRow[] = [];
    await this.forEachRow(keyPrefix, (row) => {
      if (row.state === 'pending') pending.push(row);
    });
    let dropped = 0;
    for (const candidate of pending) {
      const stored = await this.store.get<unknown>(rowKey(candidate.key));
      if (!stored) continue;
      const row = parseRecord(outboxRowSchema, stored.key, stored.value);
      if (row.state !== 'pending') continue;
      const next = withoutUndefined({ ...row, state: 'dropped' as const, droppedReason: reason, nextAt: undefined, updatedAt: now.toISOString() });
      const done = await this.store.transaction(async (tx) => {
        if ((await tx.put(rowKey(row.key), next, stored.version)) === null) return false;
        if (row.nextAt !== undefined) await tx.delete(dueKey(row.nextAt, row.key));
        return true;
      });
      if (done) dropped += 1;
    }
    return dropped;
  }

  /** Every row addressed to one person, in any state. */
  async rowsFor(userId: string): Promise<OutboxRow[]> {
    const rows: OutboxRow[] = [];
    await this.forEachRow('', (row) => {
      if (row.userId === userId) rows.push(row);
    });
    return rows;
  }

  /** Removes every row addressed to one person, with its index entry (they asked for their data to be deleted). */
  async deleteFor(userId: string): Promise<number> {
    let deleted = 0;
    for (const row of await this.rowsFor(userId)) {
      await this.store.transaction(async (tx) => {
        if (row.nextAt !== undefined) await tx.delete(dueKey(row.nextAt, row.key));
        if (await tx.delete(rowKey(row.key))) deleted += 1;
      });
    }
    return deleted;
  }

  private async forEachRow(keyPrefix: string, visit: (row: OutboxRow) => void): Promise<void> {
    let after: string | undefined;
    for (;;) {
      const page = await this.store.list<unknown>(ROWS_PREFIX + keyPrefix, { after, limit: 1000 });
      for (const record of page) visit(parseRecord(outboxRowSchema, record.key, record.value));
      if (page.length < 1000) return;
      after = page[page.length - 1].key;
    }
  }

  private async claimOne(
    entryKey: string,
    key: string,
    now: Date,
    nowMs: number,
    workerId: string,
    leaseMs: number,
  ): Promise<ClaimedRow | 'expired' | undefined> {
    // Read outside the transaction first: most skips (not yet due within the minute, lost races)
    // then cost no transaction.
    const stored = await this.store.get<unknown>(rowKey(key));
    if (!stored) {
      await this.store.delete(entryKey);
      return undefined;
    }
    const row = parseRecord(outboxRowSchema, stored.key, stored.value);
    if (row.nextAt === undefined || row.state === 'sent' || row.state === 'failed' || row.state === 'dropped') {
      await this.store.delete(entryKey);
      return undefined;
    }
    if (Date.parse(row.nextAt) > nowMs) return undefined;
    if (entryKey !== dueKey(row.nextAt, key)) {
      // A stale entry (the row moved on); the row's own entry will be read in its turn.
      await this.store.delete(entryKey);
      return undefined;
    }
    const expired = Date.parse(row.expires) <= nowMs;
    const next: OutboxRow = expired
      ? { ...row, state: 'dropped', droppedReason: 'expired', nextAt: undefined, leaseOwner: undefined, leaseUntil: undefined, updatedAt: now.toISOString() }
      : {
          ...row,
          state: 'claimed',
          leaseOwner: workerId,
          leaseUntil: new Date(nowMs + leaseMs).toISOString(),
          nextAt: new Date(nowMs + leaseMs).toISOString(),
          updatedAt: now.toISOString(),
        };
    const version = await this.store.transaction(async (tx) => {
      const written = await tx.put(rowKey(key), withoutUndefined(next), stored.version);
      if (written === null) return null;
      await tx.delete(entryKey);
      if (next.nextAt !== undefined) await tx.put(dueKey(next.nextAt, key), { key }, 'any');
      return written;
    });
    if (version === null) return undefined;
    return expired ? 'expired' : { ...withoutUndefined(next), version };
  }

  /** Read-change-write of a row with its index entry, retried when another writer got in first. */
  private async finish(key: string, now: Date, change: (row: OutboxRow) => OutboxRow): Promise<void> {
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      const stored = await this.store.get<unknown>(rowKey(key));
      if (!stored) throw new Error(`ReminderOutbox: no row "${key}"`);
      const row = parseRecord(outboxRowSchema, stored.key, stored.value);
      const changed = change({ ...row, leaseOwner: undefined, leaseUntil: undefined, nextAt: undefined, updatedAt: now.toISOString() });
      const next = withoutUndefined(changed);
      const done = await this.store.transaction(async (tx: StoreTransaction) => {
        if ((await tx.put(rowKey(key), next, stored.version)) === null) return false;
        if (row.nextAt !== undefined) await tx.delete(dueKey(row.nextAt, key));
        if (next.nextAt !== undefined) await tx.put(dueKey(next.nextAt, key), { key }, 'any');
        return true;
      });
      if (done) return;
    }
    throw new Error(`ReminderOutbox: gave up updating "${key}" after 20 conflicting attempts`);
  }
}

const MINUTE_LENGTH = 'yyyy-mm-ddThh:mm'.length;

function minuteOf(at: Date): string {
  return at.toISOString().slice(0, MINUTE_LENGTH);
}

function rowKey(key: string): string {
  return `${ROWS_PREFIX}${key}`;
}

function dueKey(at: string, key: string): string {
  return `${DUE_PREFIX}${minuteOf(new Date(at))}/${key}`;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
