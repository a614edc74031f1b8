import path from 'node:path';
import { Client } from 'pg';
import { BookingService, loadCatalogueFile, SessionCatalogue } from '../../src/bookings';
import { systemClock } from '../../src/clock';
import { messages } from '../../src/i18n';
import { openStore } from '../../src/storage/open-store';
import { BotProcess, freePort } from '../support/bot-process';
import { FakeConnector } from '../support/fake-connector';
import { TeamsUser, visibleText } from '../support/teams-user';

const en = messages('en');

const POSTGRES_URL = process.env.TEST_POSTGRES_URL?.trim() || undefined;
const SESSIONS_FILE = path.join(__dirname, 'fixtures', 'sessions-e2e.yaml');
const describeWithPostgres = POSTGRES_URL ? describe : describe.skip;
if (!POSTGRES_URL) console.warn('Two-process booking test skipped: set TEST_POSTGRES_URL');

/** The same server URL with another database name. */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Two bot processes (as two instances behind a load balancer) on one Postgres database: 200 people
 * press "Book" on a 10-seat workshop at once, half through each process.
 */
describeWithPostgres('bookings through two bot processes on Postgres (skipped without TEST_POSTGRES_URL)', () => {
  const database = `hub_sessions_${process.pid}_${Date.now().toString(36)}`;
  const connector = new FakeConnector();
  const processes: BotProcess[] = [];
  const urls: string[] = [];
  let serviceUrl = '';
  let storageUrl = '';

  beforeAll(async () => {
    const admin = new Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    storageUrl = withDatabase(POSTGRES_URL!, database);
    serviceUrl = await connector.start();
    // One after the other: the first creates the tables and the link secret.
    for (let index = 0; index < 2; index += 1) {
      const port = await freePort();
      const bot = new BotProcess({ PORT: String(port), STORAGE_URL: storageUrl, SESSIONS_FILE, LOG_LEVEL: 'warn' });
      processes.push(bot);
      const url = `http://127.0.0.1:${port}`;
      await bot.ready(url);
      urls.push(url);
    }
  }, 60_000);

  afterAll(async () => {
    for (const bot of processes) {
      bot.kill();
      await bot.exited;
    }
    await connector.stop();
    const admin = new Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.end();
  });

  it('200 simultaneous bookings of a 10-seat workshop: exactly 10 seats across both processes', async () => {
    const users = Array.from(
      { length: 200 },
      (_, index) => new TeamsUser({ botUrl: urls[index % 2], serviceUrl, connector }),
    );
    const book = (user: TeamsUser) => user.send({ type: 'message', value: { verb: 'session.book', sessionId: 'workshop-big' } });
    const results = await Promise.all(users.map(book));
    expect(results.map((result) => result.status)).toEqual(users.map(() => 200));
    const texts = results.map((result) => result.replies.map(visibleText).join('\n'));
    // On a loaded machine some are past the storage deadline and told to try again, which they do
    // (as people would): shed, never lost or half done, and never another error.
    const toldToRetry = (text: string) => text.includes(en.errors.storageUnavailable) || text.includes(en.sessions.refusals.busy);
    expect(texts.filter((text) => !toldToRetry(text) && !text.includes('Your seat is booked') && !text.includes('on its waitlist'))).toEqual([]);
    for (let round = 0; round < 5 && texts.some(toldToRetry); round += 1) {
      const again = users.map((user, index) => (toldToRetry(texts[index]) ? index : -1)).filter((index) => index >= 0);
      const retried = await Promise.all(again.map((index) => book(users[index])));
      again.forEach((index, at) => (texts[index] = retried[at].replies.map(visibleText).join('\n')));
    }
    // A shed turn may have been written before its deadline passed: its retry then finds the seat or
    // the place already there, and says so.
    const seat = (text: string) => text.includes('Your seat is booked') || text.includes(en.sessions.booking.alreadyConfirmed);
    const waitlisted = (text: string) => text.includes('on its waitlist') || text.includes('You are already on the waitlist');
    expect(texts.filter((text) => !seat(text) && !waitlisted(text))).toEqual([]);
    expect(texts.filter(seat)).toHaveLength(10);
    expect(texts.filter(waitlisted)).toHaveLength(190);

    const store = await openStore(storageUrl);
    try {
      const file = loadCatalogueFile(SESSIONS_FILE, { now: systemClock.now() });
      const catalogue = new SessionCatalogue(store, file.sessions, systemClock, { topics: file.topics });
      const bookings = new BookingService(store, catalogue, systemClock, { shortlisted: () => [], clinicsPerTopicPerTeam: 1 });
      const attendees = await bookings.attendees('workshop-big');
      if (!attendees.ok) throw new Error('workshop-big not found');
      expect(attendees.confirmed).toHaveLength(10);
      expect(attendees.waitlisted).toHaveLength(190);
    } finally {
      await store.close();
    }
    // No turn failed but those shed (logged as the store being unavailable, their senders told to try again).
    const shed = (entry: Record<string, unknown>) => (entry.error as { name?: string } | undefined)?.name === 'StorageUnavailableError';
    for (const bot of processes) expect(bot.logs().filter((entry) => Number(entry.level) >= 50 && !shed(entry))).toEqual([]);
  }, 120_000);
});
