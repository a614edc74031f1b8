import { performance } from 'node:perf_hooks';
import type { Activity, CloudAdapter } from 'botbuilder';
import { continueStoredConversation } from '../conversations/continue';
import type { StoredConversationReference } from '../conversations/reference-schema';

/**
 * Sends proactive messages within Teams' limits; the one file of `reminders/` that knows botbuilder.
 *
 * - a global rate (token bucket, default 40 requests/s: under the 50/s per tenant Teams allows);
 * - at most one message per conversation per second (sends to one conversation are serialised and
 *   spaced by `conversationIntervalMs`, measured from the start of the previous send);
 * - at most `concurrency` requests in flight;
 * - 429: wait `Retry-After` and try again; 412, 502, 503, 504 and network errors: exponential
 *   backoff with jitter, `maxAttempts` in all; 403: the user blocked or uninstalled the bot ('gone');
 *   anything else: 'failed', not retried.
 *
 * Note: a send built on `CloudAdapter.continueConversationAsync` already retries 429 and 5xx inside
 * botbuilder's HTTP client (3 retries, honouring Retry-After); what reaches this sender is what is
 * left after those.
 */

/** What is posted: a message activity (text and/or attachments). Built by the caller's card code. */
export type ReminderActivity = Partial<Activity>;

/** Posts one activity to the conversation; resolves to the new activity's id, rejects with the HTTP error. */
export type SendFunction = (reference: StoredConversationReference, activity: ReminderActivity) => Promise<string | undefined>;

/** The send function production uses: `adapter.continueConversationAsync` then `sendActivity`. */
export function continueConversationSend(adapter: Pick<CloudAdapter, 'continueConversationAsync'>, appId: string): SendFunction {
  return async (reference, activity) => {
    let id: string | undefined;
    // Rejects with the HTTP error of the send (a 403 reaches `deliver`, not only the log).
    await continueStoredConversation(adapter, appId, reference, async (context) => {
      id = (await context.sendActivity(activity))?.id;
    });
    return id;
  };
}

/** The outcome of `deliver`. */
export type DeliveryOutcome =
  | { status: 'sent'; activityId?: string; attempts: number }
  /** 403: the bot may no longer write there. */
  | { status: 'gone'; httpStatus: number; error: string; attempts: number }
  /** Transient failures used up the attempts (or the time budget): try again later. */
  | { status: 'retry-later'; httpStatus?: number; error: string; attempts: number; retryAfterMs?: number }
  /** Not worth retrying (400, 404, 401...). */
  | { status: 'failed'; httpStatus?: number; error: string; attempts: number };

/** Time, injectable so tests do not wait on real backoffs unless they mean to. */
export interface SenderTimer {
  /** Monotonic milliseconds. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTimer: SenderTimer = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

export interface ReminderSenderOptions {
  send: SendFunction;
  /** Global requests per second. Default 40. */
  ratePerSecond?: number;
  /** Requests the global bucket lets through at once after a quiet spell. Default max(1, rate / 10). */
  burst?: number;
  /** Minimum time between two sends to one conversation. Default 1050 ms (1/s plus a margin). */
  conversationIntervalMs?: number;
  /** Requests in flight at most. Default 8. */
  concurrency?: number;
  /** Attempts in all for 412/502/503/504/network errors and for 429s. Default 5. */
  maxAttempts?: number;
  /** First backoff; doubles each attempt, with jitter. Default 500 ms. */
  backoffBaseMs?: number;
  /** Longest single backoff. Default 15 s. */
  backoffMaxMs?: number;
  /** Wait used for a 429 without Retry-After. Default 1 s. */
  defaultRetryAfterMs?: number;
  timer?: SenderTimer;
  random?: () => number;
}

/** Options of one `deliver`. */
export interface DeliverOptions {
  /** Give up (as 'retry-later') rather than wait past this many ms from now (e.g. within a lease). */
  budgetMs?: number;
}

const RETRIED_STATUSES = new Set([412, 502, 503, 504]);

export class ReminderSender {
  readonly concurrency: number;
  readonly ratePerSecond: number;
  private readonly send: SendFunction;
  private readonly interval: number;
  private readonly tolerance: number;
  private readonly conversationIntervalMs: number;
  private readonly maxAttempts: number;
  private readonly backoffBaseMs: number;
  private readonly backoffMaxMs: number;
  private readonly defaultRetryAfterMs: number;
  private readonly timer: SenderTimer;
  private readonly random: () => number;
  /** GCRA "theoretical arrival time" of the global bucket. */
  private tat = 0;
  private inFlight = 0;
  private readonly slotWaiters: Array<() => void> = [];
  private readonly chains = new Map<string, Promise<unknown>>();
  private readonly lastStart = new Map<string, number>();

  constructor(options: ReminderSenderOptions) {
    this.send = options.send;
    this.ratePerSecond = positive(options.ratePerSecond ?? 40, 'ratePerSecond');
    const burst = positive(options.burst ?? Math.max(1, Math.floor(this.ratePerSecond / 10)), 'burst');
    this.interval = 1000 / this.ratePerSecond;
    this.tolerance = (burst - 1) * this.interval;
    this.conversationIntervalMs = options.conversationIntervalMs ?? 1050;
    this.concurrency = positive(options.concurrency ?? 8, 'concurrency');
    this.maxAttempts = positive(options.maxAttempts ?? 5, 'maxAttempts');
    this.backoffBaseMs = options.backoffBaseMs ?? 500;
    this.backoffMaxMs = options.backoffMaxMs ?? 15_000;
    this.defaultRetryAfterMs = options.defaultRetryAfterMs ?? 1000;
    this.timer = options.timer ?? realTimer;
    this.random = options.random ?? Math.random;
  }

  /** Sends one activity within the limits, retrying what is worth retrying. Never throws for HTTP errors. */
  deliver(reference: StoredConversationReference, activity: ReminderActivity, options: DeliverOptions = {}): Promise<DeliveryOutcome> {
    const conversation = reference.conversationId;
    const previous = this.chains.get(conversation) ?? Promise.resolve();
    const run = previous.then(() => this.attempts(reference, activity, options));
    const tail = run.catch(() => undefined);
    this.chains.set(conversation, tail);
    void tail.then(() => {
      if (this.chains.get(conversation) === tail) this.chains.delete(conversation);
    });
    return run;
  }

  private async attempts(reference: StoredConversationReference, activity: ReminderActivity, options: DeliverOptions): Promise<DeliveryOutcome> {
    const conversation = reference.conversationId;
    const giveUpAt = options.budgetMs === undefined ? Infinity : this.timer.now() + options.budgetMs;
    for (let attempt = 1; ; attempt += 1) {
      const spacing = (this.lastStart.get(conversation) ?? -Infinity) + this.conversationIntervalMs - this.timer.now();
      if (spacing > 0) await this.timer.sleep(spacing);
      await this.acquireSlot();
      let failure: HttpFailure;
      try {
        await this.takeToken();
        this.lastStart.set(conversation, this.timer.now());
        const activityId = await this.send(reference, activity);
        return { status: 'sent', activityId, attempts: attempt };
      } catch (error) {
        failure = httpFailureOf(error);
      } finally {
        this.releaseSlot();
        this.pruneConversations();
      }
      const { status, message } = failure;
      if (status === 403) return { status: 'gone', httpStatus: 403, error: message, attempts: attempt };
      const transient = status === 429 || status === undefined || RETRIED_STATUSES.has(status);
      if (!transient) return { status: 'failed', httpStatus: status, error: message, attempts: attempt };
      const wait =
        status === 429
          ? (failure.retryAfterMs ?? this.defaultRetryAfterMs) + this.random() * 100
          : this.backoff(attempt);
      if (attempt >= this.maxAttempts || this.timer.now() + wait > giveUpAt) {
        return { status: 'retry-later', httpStatus: status, error: message, attempts: attempt, retryAfterMs: failure.retryAfterMs };
      }
      await this.timer.sleep(wait);
    }
  }

  /** Exponential backoff with "equal jitter": half fixed, half random. */
  private backoff(attempt: number): number {
    const ceiling = Math.min(this.backoffMaxMs, this.backoffBaseMs * 2 ** (attempt - 1));
    return ceiling / 2 + this.random() * (ceiling / 2);
  }

  /** GCRA: reserves the next slot of the global rate and waits for it. */
  private async takeToken(): Promise<void> {
    const now = this.timer.now();
    const start = Math.max(now, this.tat - this.tolerance);
    this.tat = Math.max(this.tat, start) + this.interval;
    if (start > now) await this.timer.sleep(start - now);
  }

  private async acquireSlot(): Promise<void> {
    if (this.inFlight < this.concurrency) {
      this.inFlight += 1;
      return;
    }
    await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
  }

  private releaseSlot(): void {
    const next = this.slotWaiters.shift();
    if (next) next();
    else this.inFlight -= 1;
  }

  /** Forgets conversations not written to for a while, so the map does not grow with every user. */
  private pruneConversations(): void {
    if (this.lastStart.size < 5000) return;
    const cutoff = this.timer.now() - this.conversationIntervalMs;
    for (const [conversation, at] of this.lastStart) {
      if (at < cutoff && !this.chains.has(conversation)) this.lastStart.delete(conversation);
    }
  }
}

/** The HTTP status and Retry-After of a failed send, as far as the error tells. */
export interface HttpFailure {
  status?: number;
  retryAfterMs?: number;
  message: string;
}

/**
 * Reads a send error: botbuilder's `RestError` (`statusCode`, `response.headers.get`), a fetch-like
 * error with `status` and `headers`, or anything else (no status: a network error).
 */
export function httpFailureOf(error: unknown): HttpFailure {
  const e = (error ?? {}) as Record<string, unknown>;
  const response = (e.response ?? {}) as Record<string, unknown>;
  const candidates = [e.statusCode, e.status, response.status, response.statusCode];
  const status = candidates.find((value): value is number => typeof value === 'number' && value >= 100 && value < 600);
  const header = readHeader(response.headers, 'retry-after') ?? readHeader(e.headers, 'retry-after');
  const retryAfterMs = typeof e.retryAfterMs === 'number' ? e.retryAfterMs : parseRetryAfter(header);
  const message = error instanceof Error ? error.message : String(error);
  return { status, retryAfterMs, message: status ? `HTTP ${status}: ${message}` : message };
}

function readHeader(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const getter = (headers as { get?: unknown }).get;
  if (typeof getter === 'function') {
    const value = (getter as (n: string) => unknown).call(headers, name);
    return typeof value === 'string' ? value : undefined;
  }
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** `Retry-After`: delta seconds (maybe fractional) or an HTTP date; undefined when unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

function positive(value: number, name: string): number {
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`ReminderSender: ${name} must be a positive number, got ${value}`);
  return value;
}
