import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import Database from 'better-sqlite3';
import { messages } from '../../src/i18n';
import { FreezingProxy } from '../storage/freezing-proxy';
import { allText, button, TeamsUser } from '../support/teams-user';
import { postgresEngine } from '../support/crash-engines';
import { TestBot } from '../support/test-bot';
import { typeset } from '../support/french';

const POSTGRES_URL = process.env.TEST_POSTGRES_URL?.trim() || undefined;
const describeWithPostgres = POSTGRES_URL ? describe : describe.skip;
if (!POSTGRES_URL) console.warn('Frozen-database test skipped: set TEST_POSTGRES_URL');

const SESSIONS_FILE = path.join(__dirname, 'fixtures', 'sessions-e2e.yaml');

/** How soon a user must hear "try again in a moment" while the database is away (Teams resends at 15 s). */
const POLITE_WITHIN_MS = 5_000;
/** How soon GET /healthz must say 503 while the database is away. */
const HEALTH_WITHIN_MS = 1_000;

/** Milliseconds `work` took, and its result. */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = Date.now();
  const result = await work();
  return { ms: Date.now() - started, result };
}

/** The status of GET /healthz and how long it took. */
const health = (bot: TestBot) => timed(async () => (await fetch(`${bot.url}/healthz`)).status);

/** Polls /healthz until it answers 200 (the database is back), or fails after `withinMs`. */
async function healthyAgain(bot: TestBot, withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if ((await health(bot)).result === 200) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`/healthz did not recover within ${withinMs} ms`);
}

/** The same database URL with another host:port. */
function rewrite(url: string, changes: { host?: string; port?: number }): string {
  const parsed = new URL(url);
  if (changes.host) parsed.hostname = changes.host;
  if (changes.port) parsed.port = String(changes.port);
  return parsed.toString();
}

describeWithPostgres('Postgres stops answering without refusing (skipped without TEST_POSTGRES_URL)', () => {
  const database = POSTGRES_URL ? postgresEngine('frozen', POSTGRES_URL) : undefined;
  let proxy: FreezingProxy;
  let bot: TestBot;
  let french: TeamsUser;
  let team: TeamsUser;

  beforeAll(async () => {
    await database!.setUp();
    const target = new URL(POSTGRES_URL!);
    proxy = new FreezingProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    // Default deadlines: what an operator gets without touching the settings.
    bot = await new TestBot({
      storageUrl: rewrite(database!.storageUrl(), { host: '127.0.0.1', port: proxy.port }),
      env: { SESSIONS_FILE },
    }).start();
    french = bot.user({ locale: 'fr-FR' });
    team = bot.user({ aadObjectId: '00000000-0000-4000-8000-00000000000a' });
  }, 30_000);

  afterAll(async () => {
    proxy?.thaw();
    await bot?.stop();
    await proxy?.stop();
    await database?.tearDown();
  });

  it('answers in its language within 5 s, says 503 within 1 s, and recovers by itself', async () => {
    const form = await french.press({ verb: 'menu', item: 'idea' });
    expect(allText(form)).toContain(typeset('Section 1 sur 6'));
    expect((await health(bot)).result).toBe(200);

    proxy.freeze();
    const section = await timed(() =>
      french.press({ ...button(form, 'idea.section'), title: 'Des kiosques solaires', objectives: 'saving-lives' }),
    );
    const booking = await timed(() => team.press({ verb: 'session.book', sessionId: 'workshop-big' }));
    const down = await health(bot);
    const downAgain = await health(bot);
    const figures = { sectionMs: section.ms, bookingMs: booking.ms, healthMs: [down.ms, downAgain.ms] };
    console.log(`database away: ${JSON.stringify(figures)}`);

    expect(allText(section.result)).toBe(messages('fr').errors.storageUnavailable);
    expect(section.ms).toBeLessThan(POLITE_WITHIN_MS);
    expect(allText(booking.result)).toBe(messages('en').errors.storageUnavailable);
    expect(booking.ms).toBeLessThan(POLITE_WITHIN_MS);
    expect([down.result, downAgain.result]).toEqual([503, 503]);
    expect(Math.max(down.ms, downAgain.ms)).toBeLessThan(HEALTH_WITHIN_MS);

    proxy.thaw();
    const recoveredMs = await healthyAgain(bot, 10_000);
    console.log(`database back: /healthz 200 after ${recoveredMs} ms`);
    const saved = await french.press({ ...button(form, 'idea.section'), title: 'Des kiosques solaires', objectives: 'saving-lives' });
    expect(allText(saved)).toContain(typeset('Section 2 sur 6'));
    expect(allText(await team.press({ verb: 'session.book', sessionId: 'workshop-big' }))).toContain('Your seat is booked');
  }, 60_000);
});

describeWithPostgres('Postgres too slow to save a turn after its work is done (skipped without TEST_POSTGRES_URL)', () => {
  const database = POSTGRES_URL ? postgresEngine('slowsave', POSTGRES_URL) : undefined;
  let bot: TestBot;
  let db: Client;

  beforeAll(async () => {
    await database!.setUp();
    bot = await new TestBot({ storageUrl: database!.storageUrl(), env: { SESSIONS_FILE, STORAGE_STATEMENT_TIMEOUT_MS: '300' } }).start();
    db = new Client({ connectionString: database!.storageUrl() });
    await db.connect();
    // Writes of a turn's own state (the conversation's, the person's, the chat's reference) take
    // longer than the statement deadline; everything else (a seat, a place) is written at once.
    await db.query(`
      CREATE FUNCTION slow_turn_state() RETURNS trigger AS $$
      BEGIN
        IF NEW.key LIKE 'bot/%' OR NEW.key LIKE 'people/%' OR NEW.key LIKE 'conversations/%' THEN PERFORM pg_sleep(1); END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql;
      CREATE TRIGGER slow_turn_state BEFORE INSERT OR UPDATE ON hub_records FOR EACH ROW EXECUTE FUNCTION slow_turn_state();
    `);
  }, 30_000);

  afterAll(async () => {
    await db?.end();
    await bot?.stop();
    await database?.tearDown();
  });

  it('says only "try again", never the outcome first; trying again finds what was done', async () => {
    const team = bot.user({ aadObjectId: '00000000-0000-4000-8000-00000000000b' });
    const asker = bot.user();
    // The seat is taken, but the turn could not be saved: the person hears one thing, not
    // "Your seat is booked" followed by "nothing was saved".
    expect(allText(await team.press({ verb: 'session.book', sessionId: 'workshop-big' }))).toBe(messages('en').errors.storageUnavailable);
    expect(allText(await asker.say('when is the deadline for ideas?'))).toBe(messages('en').errors.storageUnavailable);

    await db.query('DROP TRIGGER slow_turn_state ON hub_records');
    expect(allText(await team.press({ verb: 'session.book', sessionId: 'workshop-big' }))).toContain('already have this seat');
    expect(allText(await asker.say('when is the deadline for ideas?'))).toContain('deadline');
  }, 30_000);
});

describe('SQLite locked by another process', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-locked-'));
  const file = path.join(dir, 'hub.sqlite');
  let bot: TestBot;
  let other: Database.Database;

  beforeAll(async () => {
    bot = await new TestBot({ storageUrl: `sqlite://${file}` }).start();
    other = new Database(file);
  });
  afterAll(async () => {
    other.close();
    await bot.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const exec = async (sql: string) => {
    other.exec(sql);
  };

  it('tells the user to try again within 5 s while the write lock is held, then works again', async () => {
    const user = bot.user();
    expect(await user.say('hi')).toHaveLength(1);
    await exec('BEGIN EXCLUSIVE');
    let reply;
    try {
      reply = await timed(() => user.say('help'));
    } finally {
      await exec('ROLLBACK');
    }
    expect(allText(reply.result)).toBe(messages('en').errors.storageUnavailable);
    expect(reply.ms).toBeLessThan(POLITE_WITHIN_MS);
    expect(allText(await user.say('help'))).toContain('cancel');
  }, 30_000);
});
