import { mkdtempSync, rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import os from 'node:os';
import path from 'node:path';
import { Clock, FixedClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningAssistant, startAssistant } from '../../src/main';
import { FakeConnector } from './fake-connector';
import { TeamsUser, TeamsUserOptions } from './teams-user';

/** A moment inside the 2024 call's idea window, so tests never depend on today's date. */
export const DURING_2024_IDEA_WINDOW = '2024-10-01T09:00:00Z';

export interface TestBotOptions {
  env?: Record<string, string>;
  clock?: Clock;
  /** Reuse a storage URL (to restart on the same database); default: a fresh SQLite file. */
  storageUrl?: string;
}

/**
 * The real server (HTTP, adapter, bot, storage) on a free loopback port, plus a fake Bot Connector.
 * `restart()` stops the server and starts a new one on the same storage, as a redeploy would.
 */
export class TestBot {
  readonly connector = new FakeConnector();
  readonly clock: Clock;
  assistant!: RunningAssistant;
  serviceUrl!: string;
  private readonly dataDir = mkdtempSync(path.join(os.tmpdir(), 'hub-test-'));
  readonly storageUrl: string;
  /** Every log entry at warn level or above, parsed (tests assert that turns did not fail). */
  readonly problems: Record<string, unknown>[] = [];

  constructor(private readonly options: TestBotOptions = {}) {
    this.clock = options.clock ?? new FixedClock(DURING_2024_IDEA_WINDOW);
    this.storageUrl = options.storageUrl ?? `sqlite://${path.join(this.dataDir, 'hub.sqlite')}`;
  }

  async start(): Promise<this> {
    if (!this.serviceUrl) this.serviceUrl = await this.connector.start();
    // The reminder scheduler runs on real timers; tests run passes themselves ("run reminders").
    const config = loadConfig({
      PORT: '0',
      STORAGE_URL: this.storageUrl,
      REMINDERS_ENABLED: 'false',
      // Files the bot writes stay in the test's own folder.
      MAIL_OUTBOX_DIR: path.join(this.dataDir, 'outbox'),
      PROPOSALS_DIR: path.join(this.dataDir, 'proposals'),
      ...this.options.env,
    });
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.problems.push(JSON.parse(chunk.toString('utf8')));
        done();
      },
    });
    this.assistant = await startAssistant({ config, clock: this.clock, logger: createLogger('warn', sink) });
    return this;
  }

  /** Logged errors, e.g. turns that failed (`event: 'turn.error'`). */
  get errors(): Record<string, unknown>[] {
    return this.problems.filter((entry) => Number(entry.level) >= 50);
  }

  get url(): string {
    return this.assistant.url;
  }

  async restart(): Promise<void> {
    await this.assistant.stop();
    await this.start();
  }

  user(options: Partial<TeamsUserOptions> = {}): TeamsUser {
    return new TeamsUser({ botUrl: () => this.url, serviceUrl: this.serviceUrl, connector: this.connector, ...options });
  }

  async stop(): Promise<void> {
    await this.assistant?.stop();
    await this.connector.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/**
 * A TestBot for the whole suite: started before it, stopped after it, and after each test a check
 * that no turn failed. Returns a getter (the bot exists once `beforeAll` ran).
 */
export function useTestBot(options: TestBotOptions = {}): () => TestBot {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await new TestBot(options).start();
  });
  afterAll(() => bot.stop());
  afterEach(() => expect(bot.errors).toEqual([]));
  return () => bot;
}

/**
 * `useTestBot` with a clock the tests may move: after each test it is set back to `start` (by
 * default inside the 2024 idea window), so one test's date never leaks into the next.
 */
export function useTestBotWithClock(options: Omit<TestBotOptions, 'clock'> & { start?: string } = {}): { bot: () => TestBot; clock: FixedClock } {
  const start = options.start ?? DURING_2024_IDEA_WINDOW;
  const clock = new FixedClock(start);
  const bot = useTestBot({ ...options, clock });
  afterEach(() => clock.set(start));
  return { bot, clock };
}
