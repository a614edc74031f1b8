import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/** One message the connector accepted. */
export interface AcceptedMessage {
  conversationId: string;
  activity: { type?: string; text?: string; [key: string]: unknown };
  /** performance.now() when accepted. */
  at: number;
  id: string;
}

/** Limits enforced, as Teams does (simplified). */
export interface ConnectorLimits {
  /** Global requests per second (token bucket refill). Default 50. */
  ratePerSecond?: number;
  /** Global bucket size. Default = ratePerSecond (one second of burst). */
  burst?: number;
  /** Minimum time between two accepted messages of one conversation. Default 1000 ms. */
  conversationIntervalMs?: number;
  /** Retry-After sent with 429, in seconds. Default 1. */
  retryAfterSeconds?: number;
}

/**
 * A Bot Connector on 127.0.0.1 that ENFORCES Teams' limits: a global token bucket and one message
 * per conversation per second; a request over a limit gets 429 with `Retry-After`. Records every
 * accepted message (to count lost and duplicate ones) and every 429. `failNext` makes chosen
 * requests fail with 403/503/...
 */
export class LimitedConnector {
  readonly accepted: AcceptedMessage[] = [];
  /** Requests answered 429, by conversation id. */
  readonly throttled: { conversationId: string; reason: 'global' | 'conversation'; at: number }[] = [];
  /** Requests answered with an injected failure. */
  readonly failed: { conversationId: string; status: number }[] = [];
  /** Every request received (accepted or not). */
  requests = 0;
  private readonly rate: number;
  private readonly burst: number;
  private readonly conversationIntervalMs: number;
  private readonly retryAfterSeconds: number;
  private tokens: number;
  private refilledAt = performance.now();
  private readonly lastAccepted = new Map<string, number>();
  private readonly failures = new Map<string, number[]>();
  private failAll?: number;
  private server?: http.Server;
  private nextId = 1;

  constructor(limits: ConnectorLimits = {}) {
    this.rate = limits.ratePerSecond ?? 50;
    this.burst = limits.burst ?? this.rate;
    this.conversationIntervalMs = limits.conversationIntervalMs ?? 1000;
    this.retryAfterSeconds = limits.retryAfterSeconds ?? 1;
    this.tokens = this.burst;
  }

  /** Starts on a free loopback port; returns the serviceUrl. */
  async start(): Promise<string> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.keepAliveTimeout = 5000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** The next requests to `conversationId` fail with these statuses, in order (e.g. [503, 503]). */
  failNext(conversationId: string, ...statuses: number[]): void {
    this.failures.set(conversationId, [...(this.failures.get(conversationId) ?? []), ...statuses]);
  }

  /** Every request fails with `status` until called again with undefined. */
  failEverything(status: number | undefined): void {
    this.failAll = status;
  }

  /** Accepted messages per conversation id. */
  countsByConversation(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const message of this.accepted) counts.set(message.conversationId, (counts.get(message.conversationId) ?? 0) + 1);
    return counts;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => this.answer(req, res, Buffer.concat(chunks).toString('utf8')));
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.writeHead(404);
      res.end();
      return;
    }
    this.requests += 1;
    const conversationId = decodeURIComponent(match[1]);
    const injected = this.failAll ?? this.failures.get(conversationId)?.shift();
    if (injected !== undefined) {
      this.failed.push({ conversationId, status: injected });
      res.writeHead(injected, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'Injected', message: `injected ${injected}` } }));
      return;
    }
    const now = performance.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.rate);
    this.refilledAt = now;
    const last = this.lastAccepted.get(conversationId);
    const reason = last !== undefined && now - last < this.conversationIntervalMs ? 'conversation' : this.tokens < 1 ? 'global' : undefined;
    if (reason) {
      this.throttled.push({ conversationId, reason, at: now });
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(this.retryAfterSeconds) });
      res.end(JSON.stringify({ error: { code: 'TooManyRequests', message: `throttled (${reason})` } }));
      return;
    }
    this.tokens -= 1;
    this.lastAccepted.set(conversationId, now);
    const id = `msg-${this.nextId++}`;
    this.accepted.push({ conversationId, activity: JSON.parse(body || '{}'), at: now, id });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id }));
  }
}
