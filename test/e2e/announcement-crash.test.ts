import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { announcementOutboxPrefix } from '../../src/desk/records';
import { OUTBOX_PREFIX, OutboxRow, ReminderOutbox } from '../../src/reminders/outbox';
import { ReminderSender } from '../../src/reminders/sender';
import { openStore } from '../../src/storage/open-store';
import { BotProcess, freePort } from '../support/bot-process';
import { FakeConnector, SentActivity } from '../support/fake-connector';
import { allText, button, TeamsUser } from '../support/teams-user';

/**
 * Issue 13: the REAL bot process is SIGKILLed in the middle of an IKM announcement to a few hundred
 * people and started again on the same database. Everyone gets the announcement; nobody whose
 * message the bot had recorded as delivered gets it twice; the desk's report ends at "Delivered: N".
 *
 * What "acknowledged" means here. A message is delivered when the (fake) Bot Connector answers 2xx;
 * the bot then records it (`markSent`, one transaction). A kill can land between the two: the
 * connector has the message, the bot's record still says "claimed". Nothing can tell the restarted
 * process that such a message arrived, so it sends it again when the claim's lease ends. That is the
 * honest guarantee of any outbox: exactly once for acknowledged (recorded) deliveries, at least once
 * for the few in flight at the crash. The test checks exactly that, against the outbox as the
 * killed process left it: no second message to anyone recorded as sent; second messages only to
 * people whose row was claimed (in flight) at the kill, and no more of them than the sender's
 * concurrency.
 */

const POSTGRES_URL = process.env.TEST_POSTGRES_URL?.trim() || undefined;
if (!POSTGRES_URL) console.warn('Announcement crash test on Postgres skipped: set TEST_POSTGRES_URL');
const ADMIN = 'a0a0a0a0-1111-2222-3333-444444444444';
const PEOPLE = 300;
/** The admin says hi too, so the announcement to everyone reaches them as well. */
const RECIPIENTS = PEOPLE + 1;
/** The process is killed once this many announcement messages reached the connector (about a third). */
const KILL_AFTER = 100;
/** How long the connector takes to answer each send during the announcement (keeps sends in flight). */
const CONNECTOR_DELAY_MS = 25;
/** Claims of the killed process come due again after this (REMINDER_LEASE_SECONDS; the minimum). */
const LEASE_SECONDS = 5;
const INTERVAL_SECONDS = 5;
/** Sends in flight at most: the concurrency the bot's sender runs with (main.ts takes the default). */
const CONCURRENCY = new ReminderSender({ send: async () => undefined }).concurrency;
const TEXT = `Crash-proof announcement ${Date.now().toString(36)}: the proposal webinar is on Friday.`;

interface Engine {
  name: string;
  storageUrl: () => string;
  setUp: () => Promise<void>;
  tearDown: () => Promise<void>;
}

function sqliteEngine(): Engine {
  let dir = '';
  return {
    name: 'SQLite',
    storageUrl: () => `sqlite://${path.join(dir, 'hub.sqlite')}`,
    setUp: async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'hub-announce-crash-'));
    },
    tearDown: async () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A database of its own, created for the test and dropped after it. */
function postgresEngine(url: string): Engine {
  const database = `hub_announcecrash_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'Postgres',
    storageUrl: () => {
      const parsed = new URL(url);
      parsed.pathname = `/${database}`;
      return parsed.toString();
    },
    setUp: () => admin(`CREATE DATABASE ${database}`),
    tearDown: () => admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
  };
}

const engines: Engine[] = [sqliteEngine(), ...(POSTGRES_URL ? [postgresEngine(POSTGRES_URL)] : [])];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `task` over `items`, `width` at a time. */
async function inParallel<T>(items: T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
}

describe.each(engines.map((engine) => [engine.name, engine] as const))('SIGKILL in the middle of an announcement (%s)', (_name, engine) => {
  const connector = new FakeConnector();
  const processes: BotProcess[] = [];
  let serviceUrl = '';

  const startBot = async () => {
    const port = await freePort();
    const bot = new BotProcess({
      PORT: String(port),
      STORAGE_URL: engine.storageUrl(),
      IKM_ADMIN_IDS: ADMIN,
      LOG_LEVEL: 'warn',
      REMINDERS_ENABLED: 'true',
      REMINDER_INTERVAL_SECONDS: String(INTERVAL_SECONDS),
      REMINDER_LEASE_SECONDS: String(LEASE_SECONDS),
    });
    processes.push(bot);
    const url = `http://127.0.0.1:${port}`;
    await bot.ready(url);
    return { bot, url };
  };

  /** The announcement's messages the connector received (not the admin's preview, a reply to the admin). */
  const deliveries = (sent: SentActivity[] = connector.sent) =>
    sent.filter((entry) => entry.method === 'POST' && !entry.replyToId?.startsWith('act-') && JSON.stringify(entry.activity).includes(TEXT));

  /** The announcement's outbox rows as stored, by person. */
  const readRows = async () => {
    const store = await openStore(engine.storageUrl());
    try {
      const records = await store.list<OutboxRow>(`${OUTBOX_PREFIX}rows/${announcementOutboxPrefix('A-0001')}`);
      return new Map(records.map((record) => [record.value.userId, record.value]));
    } finally {
      await store.close();
    }
  };

  beforeAll(async () => {
    await engine.setUp();
    serviceUrl = await connector.start();
  }, 30_000);

  afterAll(async () => {
    processes.forEach((bot) => bot.kill());
    await Promise.all(processes.map((bot) => bot.exited));
    await connector.stop();
    await engine.tearDown();
  });

  it('after a restart everyone has it, nobody recorded as delivered gets it twice, and the report says Delivered: all', async () => {
    const started = Date.now();
    const { bot: first, url: firstUrl } = await startBot();
    let botUrl = firstUrl;
    const people = Array.from({ length: PEOPLE }, () => new TeamsUser({ botUrl: () => botUrl, serviceUrl, connector }));
    const admin = new TeamsUser({ botUrl: () => botUrl, serviceUrl, connector, aadObjectId: ADMIN });
    const everyone = [admin, ...people];
    const personOf = new Map(everyone.map((user) => [user.conversationId, user.aadObjectId]));

    // Everyone opens a personal chat with the bot (so that the bot may write to them).
    await inParallel(everyone, 20, async (user) => {
      await user.say('hi');
    });

    // IKM writes to everyone and confirms; the outbox takes it from there.
    connector.delayMs = CONNECTOR_DELAY_MS;
    const preview = await admin.press({ verb: 'desk.announce.preview', audience: 'everyone', textEn: TEXT });
    expect(allText(preview)).toContain(`Send to ${RECIPIENTS} people?`);
    expect(allText(await admin.press(button(preview, 'desk.announce.send')))).toContain('Announcement A-0001');

    // Killed once about a third of the messages were delivered.
    await connector.waitFor((sent) => deliveries(sent).length >= KILL_AFTER, 30_000);
    first.signal('SIGKILL');
    expect(await first.exited).toBeNull();
    // Requests the connector was still answering when the process died are recorded a moment later.
    await sleep(CONNECTOR_DELAY_MS + 500);
    const beforeKill = deliveries();
    const beforeKillCount = beforeKill.length;

    // The outbox as the killed process left it: "sent" = acknowledged and recorded; "claimed" = in flight.
    const atKill = await readRows();
    const recordedSent = new Set([...atKill.values()].filter((row) => row.state === 'sent').map((row) => row.userId));
    const inFlight = new Set([...atKill.values()].filter((row) => row.state === 'claimed').map((row) => row.userId));
    const deliveredBeforeKill = beforeKill.map((entry) => personOf.get(entry.conversationId)!);
    expect(atKill.size).toBe(RECIPIENTS);
    // The kill landed mid-run: some recorded, some still to go.
    expect(beforeKillCount).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(beforeKillCount).toBeLessThan(RECIPIENTS * 0.6);
    // What the store says was sent was sent; whatever was sent was claimed first; nobody twice yet.
    expect([...recordedSent].filter((id) => !deliveredBeforeKill.includes(id))).toEqual([]);
    expect(deliveredBeforeKill.filter((id) => !recordedSent.has(id) && !inFlight.has(id))).toEqual([]);
    expect(new Set(deliveredBeforeKill).size).toBe(beforeKillCount);
    const deliveredInFlight = deliveredBeforeKill.filter((id) => inFlight.has(id));

    // Restarted on the same database: the outbox finishes by itself (claims of the dead process come
    // due when their lease ends). The desk's report is read until nothing is pending.
    const { bot: second, url: secondUrl } = await startBot();
    botUrl = secondUrl;
    const deadline = Date.now() + (LEASE_SECONDS + 3 * INTERVAL_SECONDS + 15) * 1000;
    let report = '';
    for (;;) {
      report = allText(await admin.press({ verb: 'desk.announce.report', id: 'A-0001' }));
      const reached = new Set(deliveries().map((entry) => entry.conversationId)).size;
      if ((report.includes('Pending: 0') && reached === RECIPIENTS) || Date.now() > deadline) break;
      await sleep(250);
    }

    const all = deliveries();
    const afterRestart = all.slice(beforeKillCount).map((entry) => personOf.get(entry.conversationId)!);
    const counts = new Map<string, number>();
    for (const entry of all) counts.set(entry.conversationId, (counts.get(entry.conversationId) ?? 0) + 1);
    const twice = [...counts].filter(([, count]) => count > 1).map(([conversation]) => personOf.get(conversation)!);
    const figures = {
      recipients: RECIPIENTS,
      deliveredBeforeKill: beforeKillCount,
      recordedSentAtKill: recordedSent.size,
      claimedAtKill: inFlight.size,
      deliveredButNotRecordedAtKill: deliveredInFlight.length,
      deliveredAfterRestart: afterRestart.length,
      reached: counts.size,
      duplicates: twice.length,
      concurrency: CONCURRENCY,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
    console.log(`announcement crash test (${engine.name}): ${JSON.stringify(figures)}`);

    // Everyone has it; only people of this chat got anything.
    expect([...counts.keys()].filter((conversation) => !personOf.has(conversation))).toEqual([]);
    expect(counts.size === RECIPIENTS ? 'everyone reached' : figures).toBe('everyone reached');
    // The key part: nobody whose delivery the bot had recorded gets it again after the restart.
    expect(afterRestart.filter((id) => recordedSent.has(id))).toEqual([]);
    // Second messages only to those in flight at the kill (delivered, not yet recorded), and at most
    // the sender's concurrency of them; the restarted process itself sends nobody two.
    expect(twice.filter((id) => !deliveredInFlight.includes(id))).toEqual([]);
    expect(twice.length).toBeLessThanOrEqual(CONCURRENCY);
    expect(new Set(afterRestart).size).toBe(afterRestart.length);
    // The desk's report ends at every recipient delivered.
    expect(report).toContain(`Delivered: ${RECIPIENTS}`);
    expect(report).toContain('Failed: 0');
    expect(report).toContain('Pending: 0');

    second.signal('SIGTERM');
    expect(await second.exited).toBe(0);
    const store = await openStore(engine.storageUrl());
    const outbox = await new ReminderOutbox(store).counts(announcementOutboxPrefix('A-0001')).finally(() => store.close());
    expect(outbox).toEqual({ pending: 0, claimed: 0, sent: RECIPIENTS, failed: 0, dropped: 0 });
    for (const bot of processes) expect(bot.logs().filter((entry) => Number(entry.level) >= 50)).toEqual([]);
  }, 120_000);
});
