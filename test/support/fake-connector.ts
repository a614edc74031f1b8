import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One activity the bot sent to the Bot Connector. */
export interface SentActivity {
  /** POST = a new message; PUT = an update of the message `replyToId`. */
  method: 'POST' | 'PUT';
  conversationId: string;
  /** The activity the bot replied to (from the URL), when it was a reply. */
  replyToId?: string;
  activity: {
    type: string;
    text?: string;
    attachments?: { contentType: string; content: Record<string, unknown> }[];
    [key: string]: unknown;
  };
}

/**
 * A Bot Connector on 127.0.0.1 that records every activity the bot sends
 * (`POST /v3/conversations/{id}/activities[/{replyToId}]`) and answers with an id.
 */
export class FakeConnector {
  readonly sent: SentActivity[] = [];
  /** Milliseconds to wait before answering each send (to keep a turn in flight). */
  delayMs = 0;
  /**
   * Conversations whose sends Teams refuses, with the status it answers (403: the bot was removed or
   * blocked there); nothing sent to them is recorded.
   */
  readonly refused = new Map<string, number>();
  private server?: http.Server;
  private nextId = 1;
  private waiters: (() => void)[] = [];

  /** Starts on a free loopback port; returns the serviceUrl to put in activities. */
  async start(): Promise<string> {
    this.server = http.createServer((req, res) => this.handle(req, res));
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

  /** Activities sent in reply to one incoming activity (typing indicators and updates left out). */
  repliesTo(activityId: string): SentActivity['activity'][] {
    return this.sent
      .filter((entry) => entry.method === 'POST' && entry.replyToId === activityId && entry.activity.type !== 'typing')
      .map((entry) => entry.activity);
  }

  /**
   * Proactive messages posted to a conversation, in order. botbuilder sends them as replies to its
   * own continuation activity, so "proactive" means: not a reply to an activity a test sent
   * (those ids start with "act-", see TeamsUser).
   */
  postedTo(conversationId: string): SentActivity['activity'][] {
    return this.sent
      .filter((entry) => entry.method === 'POST' && entry.conversationId === conversationId)
      .filter((entry) => !entry.replyToId?.startsWith('act-'))
      .map((entry) => entry.activity);
  }

  /** Updates of existing messages in a conversation. */
  updatesIn(conversationId: string): SentActivity[] {
    return this.sent.filter((entry) => entry.method === 'PUT' && entry.conversationId === conversationId);
  }

  /** Waits until `predicate` holds over everything sent so far (proactive messages arrive later). */
  async waitFor(predicate: (sent: SentActivity[]) => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.sent)) {
      if (Date.now() > deadline) throw new Error('FakeConnector: timed out waiting for activities');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => setTimeout(() => this.answer(req, res, chunks), this.delayMs));
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, chunks: Buffer[]): void {
    // The roster: Teams answers a member lookup with the person's name and e-mail.
    const member = /^\/v3\/conversations\/[^/]+\/members\/([^/?]+)/.exec(req.url ?? '');
    if (req.method === 'GET' && member) {
      const id = decodeURIComponent(member[1]);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id, name: 'Test User', email: 'test.user@iom.int', userPrincipalName: 'test.user@iom.int' }));
      return;
    }
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    if ((req.method !== 'POST' && req.method !== 'PUT') || !match) {
      res.writeHead(404);
      res.end();
      return;
    }
    const refusal = this.refused.get(decodeURIComponent(match[1]));
    if (refusal !== undefined) {
      res.writeHead(refusal, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } }));
      return;
    }
    this.sent.push({
      method: req.method,
      conversationId: decodeURIComponent(match[1]),
      replyToId: match[2] ? decodeURIComponent(match[2]) : undefined,
      activity: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'),
    });
    this.waiters.splice(0).forEach((wake) => wake());
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `sent-${this.nextId++}` }));
  }
}
