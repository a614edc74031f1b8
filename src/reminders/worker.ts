import type { Clock } from '../clock';
import type { StoredConversationReference } from '../conversations/reference-schema';
import type { ReminderControl } from './control';
import type { ClaimedRow, OutboxRow, ReminderOutbox } from './outbox';
import type { OutboxItem } from './outbox';
import type { DeliveryOutcome, ReminderActivity } from './sender';

/**
 * The reminder loop: schedule -> enqueue -> claim -> send -> mark. `runOnce` does one pass and
 * returns when nothing due is left (or when paused or stopping); `start` runs it on an interval in
 * this process. Any number of workers (processes) may run at once: claims are exclusive. Within one
 * process, passes never overlap (the scheduler's, IKM's "send now", "run reminders"): a pass asked
 * for while one runs follows it, so that `stop` can wait for every send in flight and the rows
 * claimed at once stay within `maxInFlight`.
 */

/** What the worker needs of the sender (`ReminderSender`). */
export interface ReminderDelivery {
  readonly concurrency: number;
  deliver(reference: StoredConversationReference, activity: ReminderActivity, options?: { budgetMs?: number }): Promise<DeliveryOutcome>;
}

/** What the worker needs of `ConversationReferences`. */
export interface ReminderReferences {
  get(userId: string): Promise<StoredConversationReference | undefined>;
  remove(userId: string): Promise<boolean>;
}

/** One thing the worker did, for logs and metrics. */
export type ReminderEvent =
  | { event: 'reminder.sent'; key: string; attempts: number }
  | { event: 'reminder.dropped'; key: string; reason: string }
  | { event: 'reminder.failed'; key: string; error: string; retryAt?: string }
  | { event: 'reminder.run_failed'; error: string };

export interface ReminderWorkerOptions {
  outbox: ReminderOutbox;
  control: ReminderControl;
  references: ReminderReferences;
  sender: ReminderDelivery;
  /** Builds the card/message for a row (texts and cards belong to the caller). */
  buildActivity: (row: OutboxRow, reference: StoredConversationReference) => ReminderActivity | Promise<ReminderActivity>;
  /** The occurrences to enqueue at `now` (e.g. `dueReminders(await audience(), now, { horizonMs })`). Default: none. */
  schedule?: (now: Date) => Promise<readonly OutboxItem[]>;
  /**
   * Asked just before sending: a reason to drop the row instead (the person opted out or submitted
   * since it was enqueued), or undefined to send. See `recheckReminder`.
   */
  recheck?: (row: OutboxRow) => Promise<string | undefined>;
  clock: Clock;
  /** Unique per process, e.g. `${hostname}:${pid}`. */
  workerId: string;
  /** How long a claim holds. Default 60 s. */
  leaseMs?: number;
  /** Rows claimed but not finished at most. Default 2 x the sender's concurrency. */
  maxInFlight?: number;
  /** After a transient failure outlasting the sender's retries: when to try the row again. Default 5 min. */
  retryDelayMs?: number;
  /** Transient failures of one row before it is given up ('failed'). Default 5. */
  maxRowAttempts?: number;
  onEvent?: (event: ReminderEvent) => void;
}

/** What one `runOnce` did. */
export interface RunSummary {
  paused: boolean;
  enqueued: number;
  claimed: number;
  sent: number;
  dropped: number;
  failed: number;
  retried: number;
}

export class ReminderWorker {
  private readonly leaseMs: number;
  private readonly maxInFlight: number;
  private readonly retryDelayMs: number;
  private readonly maxRowAttempts: number;
  /** Keys known to be in the outbox already: saves re-inserting them on every tick. */
  private readonly enqueuedKeys = new Set<string>();
  private timer?: NodeJS.Timeout;
  /** The pass running in this process, if any. */
  private running?: Promise<RunSummary>;
  /** The pass asked for while another runs: it starts when that one ends (asks meanwhile share it). */
  private queued?: Promise<RunSummary>;
  private stopping = false;

  constructor(private readonly options: ReminderWorkerOptions) {
    this.leaseMs = options.leaseMs ?? 60_000;
    this.maxInFlight = options.maxInFlight ?? options.sender.concurrency * 2;
    this.retryDelayMs = options.retryDelayMs ?? 5 * 60_000;
    this.maxRowAttempts = options.maxRowAttempts ?? 5;
  }

  /** Stops sending (stored: every process, after restarts) until `resume`. */
  pause(by?: string): Promise<void> {
    return this.options.control.pause(this.options.clock.now(), by);
  }

  resume(by?: string): Promise<void> {
    return this.options.control.resume(this.options.clock.now(), by);
  }

  isPaused(): Promise<boolean> {
    return this.options.control.isPaused();
  }

  /**
   * One pass: enqueue what the schedule says, then send everything due until none is left. While a
   * pass runs in this process, the new one starts when it ends (every ask meanwhile shares that one
   * pass, at the `now` of the first ask, or the clock's when none was given); after `stop`, nothing.
   */
  runOnce(now?: Date): Promise<RunSummary> {
    if (!this.running) return this.begin(now);
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.begin(now);
      });
    return this.queued;
  }

  private begin(now: Date | undefined): Promise<RunSummary> {
    const pass: Promise<RunSummary> = this.pass(now ?? this.options.clock.now()).finally(() => {
      if (this.running === pass) this.running = undefined;
    });
    this.running = pass;
    return pass;
  }

  private async pass(now: Date): Promise<RunSummary> {
    const summary: RunSummary = { paused: false, enqueued: 0, claimed: 0, sent: 0, dropped: 0, failed: 0, retried: 0 };
    if (this.stopping) return summary;
    if (await this.options.control.isPaused()) return { ...summary, paused: true };
    summary.enqueued = await this.enqueue(now);

    // Claims use the later of `now` and the clock, so that leases of a long broadcast start when claimed.
    const at = () => new Date(Math.max(now.getTime(), this.options.clock.now().getTime()));
    const inFlight = new Set<Promise<void>>();
    for (;;) {
      if (this.stopping || (await this.options.control.isPaused())) {
        summary.paused = !this.stopping;
        break;
      }
      const room = this.maxInFlight - inFlight.size;
      const { claimed, expired } =
        room > 0 ? await this.options.outbox.claimDue(at(), room, this.options.workerId, this.leaseMs) : { claimed: [], expired: [] };
      for (const key of expired) this.emit({ event: 'reminder.dropped', key, reason: 'expired' });
      summary.dropped += expired.length;
      summary.claimed += claimed.length;
      for (const row of claimed) {
        const task: Promise<void> = this.process(row, summary).finally(() => inFlight.delete(task));
        inFlight.add(task);
      }
      if (claimed.length === 0 && expired.length === 0) {
        if (inFlight.size === 0) break;
        await Promise.race(inFlight);
      } else if (inFlight.size >= this.maxInFlight) {
        await Promise.race(inFlight);
      }
    }
    await Promise.all(inFlight);
    return summary;
  }

  /** Runs `runOnce` now and every `intervalMs` (never two at once in this process). */
  start(intervalMs: number): void {
    if (this.timer) return;
    this.stopping = false;
    const tick = () => {
      // A tick while a pass runs (or waits to) is skipped: the next tick comes soon enough.
      if (this.running || this.queued) return;
      this.runOnce().catch((error: unknown) => {
        this.emit({ event: 'reminder.run_failed', error: error instanceof Error ? error.message : String(error) });
      });
    };
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref?.();
    tick();
  }

  /**
   * Stops the interval and waits for every pass of this process (the scheduler's and those asked for
   * with `runOnce`) to finish its sends in flight and mark them; no new pass starts after it.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    while (this.running || this.queued) await (this.queued ?? this.running)!.catch(() => undefined);
  }

  private async enqueue(now: Date): Promise<number> {
    if (!this.options.schedule) return 0;
    const occurrences = await this.options.schedule(now);
    if (this.enqueuedKeys.size > 500_000) this.enqueuedKeys.clear();
    let added = 0;
    for (const occurrence of occurrences) {
      if (this.enqueuedKeys.has(occurrence.key)) continue;
      if (await this.options.outbox.enqueue(occurrence, now)) added += 1;
      this.enqueuedKeys.add(occurrence.key);
    }
    return added;
  }

  private async process(row: ClaimedRow, summary: RunSummary): Promise<void> {
    const { outbox, references, sender, clock } = this.options;
    const reference = await references.get(row.userId);
    const dropReason = !reference ? 'no-conversation' : await this.options.recheck?.(row);
    if (!reference || dropReason !== undefined) {
      const reason = dropReason ?? 'no-conversation';
      await outbox.markDropped(row.key, reason, clock.now());
      summary.dropped += 1;
      this.emit({ event: 'reminder.dropped', key: row.key, reason });
      return;
    }
    let outcome: DeliveryOutcome;
    try {
      const activity = await this.options.buildActivity(row, reference);
      // Give up well before the lease ends, so that no other worker claims a row still being sent.
      outcome = await sender.deliver(reference, activity, { budgetMs: this.leaseMs / 2 });
    } catch (error) {
      outcome = { status: 'failed', error: error instanceof Error ? error.message : String(error), attempts: 1 };
    }
    const now = clock.now();
    switch (outcome.status) {
      case 'sent':
        await outbox.markSent(row.key, outcome.activityId, now);
        summary.sent += 1;
        this.emit({ event: 'reminder.sent', key: row.key, attempts: outcome.attempts });
        return;
      case 'gone':
        await references.remove(row.userId);
        await outbox.markDropped(row.key, 'forbidden', now);
        summary.dropped += 1;
        this.emit({ event: 'reminder.dropped', key: row.key, reason: 'forbidden' });
        return;
      case 'retry-later': {
        if (row.attempts + 1 < this.maxRowAttempts) {
          const retryAt = new Date(now.getTime() + Math.max(this.retryDelayMs, outcome.retryAfterMs ?? 0));
          await outbox.markFailed(row.key, outcome.error, now, retryAt);
          summary.retried += 1;
          this.emit({ event: 'reminder.failed', key: row.key, error: outcome.error, retryAt: retryAt.toISOString() });
          return;
        }
        await outbox.markFailed(row.key, outcome.error, now);
        summary.failed += 1;
        this.emit({ event: 'reminder.failed', key: row.key, error: outcome.error });
        return;
      }
      case 'failed':
        await outbox.markFailed(row.key, outcome.error, now);
        summary.failed += 1;
        this.emit({ event: 'reminder.failed', key: row.key, error: outcome.error });
        return;
    }
  }

  private emit(event: ReminderEvent): void {
    this.options.onEvent?.(event);
  }
}
