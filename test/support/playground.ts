import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';

/**
 * A headless driver for the Microsoft 365 Agents Playground (`@microsoft/m365agentsplayground`, pinned:
 * these are its internal endpoints, read from its minified code and tried against 0.2.28):
 *
 * - `GET  /_internal/v1/config`: the emulated tenant (personal chat id, current user, bot id). It first
 *   waits (up to 15 s) until the bot endpoint answers HTTP at all.
 * - `POST /_debug/conversation/{chatId}/installation` `{}`: "install the app", what the UI does when a
 *   chat is opened: an installationUpdate (action add) and a conversationUpdate (membersAdded), sent
 *   to the bot concurrently.
 * - `POST /_conversation/v1/conversations/{chatId}/messages`
 *   `{ from: { id: userId }, text, textFormat: 'plain' }` -> `{ messageId, timestamp }`: the user types.
 * - `POST /_conversation/v1/submit`
 *   `{ conversation: { id: chatId }, from: { id: userId }, replyToId: cardMessageId, value }`: the user
 *   presses an Action.Submit button; `replyToId` must be a message of that chat (the card).
 * - WebSocket `/_ws_conversation/v1/conversations/stream`: `{ action: 'createMessage' | 'updateMessage',
 *   actionConversationId, message: { messageId, timestamp, from: { id }, text, textFormat, attachments,
 *   ... } }` for every message the bot posts to the Playground's Bot Connector, and
 *   `{ action: 'typing', actionConversationId }`. The user's own messages are not echoed. Messages sent
 *   while no socket is connected are buffered and delivered to the first one that connects.
 *
 * Safety: the Playground listens on every interface and has no host option, so it always runs with
 * `scripts/loopback-only.cjs` preloaded (127.0.0.1 only). It runs in its own process group, in a temp
 * directory (it writes `./devTools/...` logs relative to its cwd), and stops by itself when this
 * process goes away (its stdin closes) or after `maxLifetimeMs`, whatever happens to the test.
 */

/** The repository root: the nearest folder up with scripts/loopback-only.cjs (also from dist/). */
function findRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'scripts', 'loopback-only.cjs'))) return dir;
    if (path.dirname(dir) === dir) throw new Error('Playground: scripts/loopback-only.cjs not found above ' + __dirname);
  }
}
const ROOT = findRoot();
const LOOPBACK_PRELOAD = path.join(ROOT, 'scripts', 'loopback-only.cjs');
const CLI = require.resolve('@microsoft/m365agentsplayground/cli.js', { paths: [ROOT] });

/** Preloaded into the Playground: exit when our end of its stdin closes (we died) or when too old. */
const WATCHDOG_PRELOAD = `
const maxLifetimeMs = Number(process.env.PLAYGROUND_MAX_LIFETIME_MS) || 120000;
const bye = () => {
  // Its temp directory (the cwd), in case the driver died before it could remove it.
  try {
    if (require('node:path').basename(process.cwd()).startsWith('hub-playground-')) {
      require('node:fs').rmSync(process.cwd(), { recursive: true, force: true });
    }
  } catch {}
  process.exit(0);
};
setTimeout(bye, maxLifetimeMs).unref();
if (process.stdin && !process.stdin.isTTY) {
  process.stdin.on('end', bye);
  process.stdin.on('close', bye);
  process.stdin.on('error', bye);
  process.stdin.resume();
}
`;

export interface PlaygroundOptions {
  /** The bot: its base URL (`http://127.0.0.1:1234`) or its messaging endpoint (`.../api/messages`). */
  botUrl: string;
  /** Until the Playground is listening and connected to the bot (default 25 s). */
  startTimeoutMs?: number;
  /** The Playground exits by itself after this, even if nobody calls stop() (default 120 s). */
  maxLifetimeMs?: number;
  /** How long send()/press() wait for the first reply by default (default 10 s). */
  replyTimeoutMs?: number;
  /** Quiet time after the last reply before send()/press() consider the answer complete (default 400 ms). */
  settleMs?: number;
  /**
   * The IANA time zone the Playground runs in (its `TZ`). It stamps this zone on every activity it
   * sends (`localTimezone`, and the clientInfo entity's `timezone`), as Teams does with the user's
   * zone. Default: this process's zone.
   */
  timeZone?: string;
  /** The Playground's own configuration (`.m365agentsplayground.yml`: its user, tenant, team). */
  configYaml?: string;
}

/** One message the bot posted, as the Playground shows it (shaped like an activity, for the helpers in teams-user). */
export type PlaygroundMessage = {
  type: 'message';
  id: string;
  timestamp: number;
  from: { id: string };
  text?: string;
  textFormat?: string;
  attachments: { contentType: string; content: Record<string, unknown> }[];
  attachmentLayout?: string;
  suggestedActions?: unknown;
  /** Set when the bot later updated this message. */
  updated?: boolean;
};

export interface WaitOptions {
  /** Replies to wait for at least (default 1). */
  count?: number;
  timeoutMs?: number;
}

export interface PlaygroundConfig {
  chatId: string;
  userId: string;
  userName: string;
  botId: string;
  /** The bot's display name in the UI. */
  botName: string;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** A timer that does not keep the process (or jest) alive on its own. */
const grace = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** A free TCP port on 127.0.0.1 (free now; the Playground reports the one it really took). */
export async function freeLoopbackPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export class Playground {
  /** Every message the bot posted to the chat, oldest first. */
  readonly messages: PlaygroundMessage[] = [];
  config!: PlaygroundConfig;
  private child?: ChildProcess;
  private socket?: WebSocket;
  private port = 0;
  private readonly dir = mkdtempSync(path.join(os.tmpdir(), 'hub-playground-'));
  private readonly logFile = path.join(this.dir, 'playground.log');
  private output = '';
  private exited?: string;
  private stopped?: Promise<void>;
  private lifetimeTimer?: NodeJS.Timeout;
  private readonly waiters = new Set<() => void>();
  private readonly botEndpoint: string;
  private readonly options: Required<Omit<PlaygroundOptions, 'botUrl' | 'timeZone' | 'configYaml'>>;
  private readonly timeZone?: string;

  private constructor(options: PlaygroundOptions) {
    const url = options.botUrl.replace(/\/+$/, '');
    this.botEndpoint = /\/api\/messages$/.test(url) ? url : `${url}/api/messages`;
    this.options = {
      startTimeoutMs: options.startTimeoutMs ?? 25_000,
      maxLifetimeMs: options.maxLifetimeMs ?? 120_000,
      replyTimeoutMs: options.replyTimeoutMs ?? 10_000,
      settleMs: options.settleMs ?? 400,
    };
    this.timeZone = options.timeZone;
    // It reads its configuration from the folder it runs in.
    if (options.configYaml !== undefined) writeFileSync(path.join(this.dir, '.m365agentsplayground.yml'), options.configYaml);
  }

  /** Starts the Playground pointed at the bot and waits until it is connected to it. */
  static async start(options: PlaygroundOptions): Promise<Playground> {
    const playground = new Playground(options);
    try {
      await playground.boot();
      return playground;
    } catch (error) {
      await playground.stop();
      throw error;
    }
  }

  /** The Playground's address (its web UI is at `/`). */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The Playground's process id (it runs in its own process group). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * Opens the personal chat as the UI does (the bot gets installationUpdate and conversationUpdate);
   * resolves with what the bot posted. `count: 0` does not wait for any message.
   */
  async install(wait: WaitOptions = {}): Promise<PlaygroundMessage[]> {
    const before = this.messages.length;
    await this.post(`/_debug/conversation/${encodeURIComponent(this.config.chatId)}/installation`, {});
    return this.repliesAfter(before, wait, 'a message after installing the app');
  }

  /** Types a message in the personal chat; resolves with the bot's replies. */
  async send(text: string, wait: WaitOptions = {}): Promise<PlaygroundMessage[]> {
    const before = this.messages.length;
    await this.post(`/_conversation/v1/conversations/${encodeURIComponent(this.config.chatId)}/messages`, {
      from: { id: this.config.userId },
      text,
      textFormat: 'plain',
    });
    return this.repliesAfter(before, wait, `the reply to "${text}"`);
  }

  /**
   * Presses an Action.Submit button whose data is `value`, on the card `replyToId` (default: the newest
   * card the bot sent). The Playground checks that the card is a message of the chat.
   */
  async press(value: Record<string, unknown>, options: WaitOptions & { replyToId?: string } = {}): Promise<PlaygroundMessage[]> {
    const replyToId = options.replyToId ?? this.newestCard()?.id;
    if (!replyToId) throw new Error(`Playground: no card to press ${JSON.stringify(value)} on; the bot sent no card yet`);
    const before = this.messages.length;
    await this.post('/_conversation/v1/submit', {
      conversation: { id: this.config.chatId },
      from: { id: this.config.userId },
      replyToId,
      value,
    });
    return this.repliesAfter(before, options, `the reply to pressing ${JSON.stringify(value)}`);
  }

  /** Presses the newest Action.Submit button with this title (what a user clicking it would send). */
  async click(title: string, wait: WaitOptions = {}): Promise<PlaygroundMessage[]> {
    for (let i = this.messages.length - 1; i >= 0; i--) {
      const action = submitActionsOf(this.messages[i]).find((a) => a.title === title);
      if (action) return this.press(action.data, { ...wait, replyToId: this.messages[i].id });
    }
    const titles = this.messages.flatMap((m) => submitActionsOf(m).map((a) => a.title));
    throw new Error(`Playground: no button "${title}" in the chat (buttons: ${titles.join(', ') || 'none'})`);
  }

  /**
   * Fills the newest card that has this button (matched by title, or by `verb` in its data) and
   * presses it, as a Teams user would: the button's data, every input of the card with the value it
   * shows (prefilled answers included), then `inputs` (input id -> value; a multi-select ChoiceSet
   * value is its option values joined with commas). Resolves with the bot's replies.
   */
  async submit(
    button: string,
    inputs: Record<string, string> = {},
    wait: WaitOptions = {},
  ): Promise<PlaygroundMessage[]> {
    for (let i = this.messages.length - 1; i >= 0; i--) {
      const action = submitActionsOf(this.messages[i]).find((a) => a.title === button || a.data.verb === button);
      if (action) {
        const shown = action.associatedInputs === 'none' ? {} : inputsOf(this.messages[i]);
        return this.press({ ...action.data, ...shown, ...inputs }, { ...wait, replyToId: this.messages[i].id });
      }
    }
    const buttons = this.messages.flatMap((m) => submitActionsOf(m).map((a) => `${a.title} (${String(a.data.verb ?? '')})`));
    throw new Error(`Playground: no button "${button}" in the chat (buttons: ${buttons.join(', ') || 'none'})`);
  }

  /** Waits until `predicate` holds over the bot's messages; fails with `description` and the log tail. */
  async waitFor(
    predicate: (messages: PlaygroundMessage[]) => boolean,
    description: string | (() => string),
    timeoutMs = this.options.replyTimeoutMs,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const what = () => (typeof description === 'string' ? description : description());
    while (!predicate(this.messages)) {
      if (this.exited) throw this.failure(`the Playground exited (${this.exited}) while waiting for ${what()}`);
      if (Date.now() > deadline) throw this.failure(`timed out after ${timeoutMs} ms waiting for ${what()}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, 100);
        this.waiters.add(wake);
      });
    }
  }

  /** TCP addresses the Playground process listens on (`ss -ltnp`), or undefined if `ss` is missing. */
  listeningAddresses(): string[] | undefined {
    const pid = this.child?.pid;
    if (!pid) return [];
    let table: string;
    try {
      table = execFileSync('ss', ['-H', '-ltnp'], { encoding: 'utf8', timeout: 5000 });
    } catch {
      return undefined;
    }
    return table
      .split('\n')
      .filter((line) => line.includes(`pid=${pid},`))
      .map((line) => line.trim().split(/\s+/)[3]);
  }

  /** The last lines the Playground logged (for failure messages). */
  logTail(lines = 25): string {
    let log = '';
    try {
      log = readFileSync(this.logFile, 'utf8');
    } catch {
      // not written yet
    }
    const all = `${log}\n${this.output}`.split('\n').filter((line) => line.trim() !== '');
    return all.slice(-lines).map((line) => (line.length > 400 ? `${line.slice(0, 400)}…` : line)).join('\n');
  }

  /** Stops the Playground (its whole process group) and removes its temp directory. Safe to call twice. */
  stop(): Promise<void> {
    return (this.stopped ??= (async () => {
      clearTimeout(this.lifetimeTimer);
      this.socket?.terminate();
      const child = this.child;
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        killGroup(child, 'SIGTERM');
        const killed = await Promise.race([exited.then(() => true), grace(3000).then(() => false)]);
        if (!killed) {
          killGroup(child, 'SIGKILL');
          await Promise.race([exited, grace(2000)]);
        }
      }
      child?.stdin?.destroy();
      child?.stdout?.destroy();
      child?.stderr?.destroy();
      process.off('exit', this.killOnExit);
      rmSync(this.dir, { recursive: true, force: true });
    })());
  }

  private readonly killOnExit = () => {
    if (this.child) killGroup(this.child, 'SIGKILL');
  };

  private async boot(): Promise<void> {
    const deadline = Date.now() + this.options.startTimeoutMs;
    // The port is free when chosen, but may be taken before the Playground binds it; it then picks
    // another one, which would not match the --service-url it was given: try again.
    for (let attempt = 1; ; attempt++) {
      const wanted = await freeLoopbackPort();
      this.port = await this.spawn(wanted, deadline);
      if (this.port === wanted) break;
      if (attempt === 3) throw this.failure(`the Playground kept moving off the port it was given (${wanted} -> ${this.port})`);
      await this.kill();
    }
    this.lifetimeTimer = setTimeout(() => void this.stop(), this.options.maxLifetimeMs);
    this.lifetimeTimer.unref();
    const exposed = (this.listeningAddresses() ?? []).filter((address) => !/^(127\.0\.0\.1|\[::1\]):\d+$/.test(address));
    if (exposed.length > 0) throw this.failure(`the Playground listens on non-loopback addresses: ${exposed.join(', ')}`);

    // Answers once the bot endpoint answers HTTP (the Playground polls it for up to 15 s).
    const response = await this.request('GET', '/_internal/v1/config', undefined, deadline - Date.now());
    const { config } = response as {
      config: { personalChat: { id: string }; currentUser: { id: string; name: string }; bot: { id: string; name: string } };
    };
    this.config = {
      chatId: config.personalChat.id,
      userId: config.currentUser.id,
      userName: config.currentUser.name,
      botId: config.bot.id,
      botName: config.bot.name,
    };
    if (/Cannot connect to your app/.test(this.logTail(50))) {
      throw this.failure(`the Playground could not reach the bot at ${this.botEndpoint}`);
    }
    await this.connectSocket(deadline);
  }

  /** Spawns the CLI on `port`; resolves with the port it reports listening on. */
  private spawn(port: number, deadline: number): Promise<number> {
    const preload = path.join(this.dir, 'watchdog.cjs');
    writeFileSync(preload, WATCHDOG_PRELOAD);
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
      // Its own settings (config file, conversation id, recording, ...) and proxies stay out.
      if (/^(M365_AGENTS_PLAYGROUND_|TEAMSAPPTESTER_|TEAMS_APP_TEST_TOOL_)|^(https?|no)_proxy$/i.test(key)) continue;
      env[key] = value;
    }
    Object.assign(env, {
      NODE_OPTIONS: `--require "${LOOPBACK_PRELOAD}" --require "${preload}"`,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_LOGFILE: this.logFile,
      PLAYGROUND_MAX_LIFETIME_MS: String(this.options.maxLifetimeMs + 5000),
    });
    if (this.timeZone) env.TZ = this.timeZone;
    const args = [
      CLI,
      '-e', this.botEndpoint,
      '-c', 'msteams',
      '-p', String(port),
      '--service-url', `http://127.0.0.1:${port}/_connector`,
      '--disable-telemetry',
    ];
    this.output = '';
    this.exited = undefined;
    const child = spawn(process.execPath, args, { cwd: this.dir, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    this.child = child;
    process.off('exit', this.killOnExit);
    process.on('exit', this.killOnExit);

    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(this.failure(`the Playground did not start listening within ${this.options.startTimeoutMs} ms`)),
        Math.max(0, deadline - Date.now()),
      );
      const onData = (chunk: Buffer) => {
        this.output = (this.output + chunk.toString('utf8')).slice(-20_000);
        const match = /Listening on (\d+)/.exec(this.output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(this.failure(`could not start the Playground: ${error.message}`));
      });
      child.once('exit', (code, signal) => {
        this.exited = signal ?? `code ${code}`;
        this.wake();
        clearTimeout(timer);
        reject(this.failure(`the Playground exited (${this.exited}) before listening`));
      });
    });
  }

  private async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killGroup(child, 'SIGKILL');
    await Promise.race([exited, grace(2000)]);
  }

  private async connectSocket(deadline: number): Promise<void> {
    const socket = new WebSocket(`ws://127.0.0.1:${this.port}/_ws_conversation/v1/conversations/stream`);
    this.socket = socket;
    socket.on('message', (data) => this.onSocketMessage(String(data)));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.terminate();
        reject(this.failure('the Playground WebSocket did not open'));
      }, Math.max(1000, deadline - Date.now()));
      socket.once('open', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(this.failure(`the Playground WebSocket failed: ${error.message}`));
      });
    });
    socket.on('error', () => undefined);
  }

  private onSocketMessage(raw: string): void {
    let event: { action?: string; actionConversationId?: string; message?: Record<string, unknown> };
    try {
      event = JSON.parse(raw);
    } catch {
      return;
    }
    const message = event.message;
    if (!message || (event.action !== 'createMessage' && event.action !== 'updateMessage')) return;
    if ((message.from as { id?: string } | undefined)?.id !== this.config?.botId) return;
    const converted: PlaygroundMessage = {
      type: 'message',
      id: String(message.messageId),
      timestamp: Number(message.timestamp),
      from: { id: String((message.from as { id?: string } | undefined)?.id ?? '') },
      text: typeof message.text === 'string' ? message.text : undefined,
      textFormat: typeof message.textFormat === 'string' ? message.textFormat : undefined,
      attachments: (message.attachments as PlaygroundMessage['attachments']) ?? [],
      attachmentLayout: typeof message.attachmentLayout === 'string' ? message.attachmentLayout : undefined,
      suggestedActions: message.suggestedActions,
    };
    const existing = this.messages.findIndex((m) => m.id === converted.id);
    if (event.action === 'updateMessage' && existing >= 0) this.messages[existing] = { ...converted, updated: true };
    else if (existing < 0) this.messages.push(converted);
    this.wake();
  }

  private wake(): void {
    for (const wake of [...this.waiters]) wake();
  }

  /**
   * The bot's messages from index `before` on (`messages.length` before acting), once at least
   * `count` (default 1) arrived and nothing more came for `settleMs`. For drivers of the web UI.
   */
  async repliesAfter(before: number, wait: WaitOptions, description: string): Promise<PlaygroundMessage[]> {
    const count = wait.count ?? 1;
    const describe = () => {
      const got = this.messages.slice(before);
      const list = got.map((m) => `\n  - ${summarize(m)}`).join('');
      return `${description} (expected ${count} message(s), got ${got.length}${list})`;
    };
    await this.waitFor((messages) => messages.length - before >= count, describe, wait.timeoutMs);
    let seen = this.messages.length;
    for (;;) {
      await sleep(this.options.settleMs);
      if (this.messages.length === seen) break;
      seen = this.messages.length;
    }
    return this.messages.slice(before);
  }

  private newestCard(): PlaygroundMessage | undefined {
    return [...this.messages].reverse().find((m) => submitActionsOf(m).length > 0);
  }

  private async post(pathname: string, body: unknown): Promise<unknown> {
    return this.request('POST', pathname, body, 10_000);
  }

  private async request(method: string, pathname: string, body: unknown, timeoutMs: number): Promise<unknown> {
    if (this.stopped) throw this.failure(`${method} ${pathname}: the Playground was stopped (stop() or maxLifetimeMs)`);
    let response: Response;
    try {
      response = await fetch(`${this.url}${pathname}`, {
        method,
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(Math.max(1000, timeoutMs)),
      });
    } catch (error) {
      throw this.failure(`${method} ${pathname} failed: ${(error as Error).message}`);
    }
    const text = await response.text();
    if (!response.ok) throw this.failure(`${method} ${pathname} answered HTTP ${response.status}: ${text.slice(0, 500)}`);
    try {
      return text ? JSON.parse(text) : undefined;
    } catch {
      return text;
    }
  }

  private failure(message: string): Error {
    return new Error(`Playground: ${message}\n--- Playground log (last lines) ---\n${this.logTail()}`);
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/** An Action.Submit button: its title, its data, and `associatedInputs` when the card sets it ('none'). */
export interface SubmitAction {
  title: string;
  data: Record<string, unknown>;
  associatedInputs?: string;
}

/** The Action.Submit buttons of a message's Adaptive Cards: title and data. */
export function submitActionsOf(message: PlaygroundMessage | undefined): SubmitAction[] {
  const found: SubmitAction[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Submit') {
        const action: SubmitAction = {
          title: String(record.title),
          data: (record.data as Record<string, unknown>) ?? {},
        };
        if (typeof record.associatedInputs === 'string') action.associatedInputs = record.associatedInputs;
        found.push(action);
      }
      Object.values(record).forEach(walk);
    }
  };
  for (const attachment of message?.attachments ?? []) {
    if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') walk(attachment.content);
  }
  return found;
}

/** The inputs of a message's Adaptive Cards, by id, with the values the cards show ('' when empty). */
export function inputsOf(message: PlaygroundMessage | undefined): Record<string, string> {
  const inputs: Record<string, string> = {};
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.type === 'string' && record.type.startsWith('Input.') && typeof record.id === 'string') {
        inputs[record.id] = record.value === undefined || record.value === null ? '' : String(record.value);
      }
      Object.values(record).forEach(walk);
    }
  };
  for (const attachment of message?.attachments ?? []) {
    if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') walk(attachment.content);
  }
  return inputs;
}

/** One line about a message, for failure messages. */
function summarize(message: PlaygroundMessage): string {
  const parts: string[] = [];
  if (message.text) parts.push(JSON.stringify(message.text.slice(0, 120)));
  for (const attachment of message.attachments) {
    const body = JSON.stringify(attachment.content ?? {});
    const firstText = /"text":"((?:[^"\\]|\\.){0,80})/.exec(body)?.[1];
    parts.push(`[${attachment.contentType}${firstText ? `: ${firstText}` : ''}]`);
  }
  return parts.join(' ') || '(empty message)';
}
