import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CallConfig } from '../../src/call/call-schema';
import { loadCallFile } from '../../src/call/load-call';
import { writeSampleCallFile } from '../../src/call/sample-call';
import { localPartsOf } from '../../src/call/local-time';
import { FixedClock } from '../../src/clock';
import { ConversationReferences } from '../../src/conversations/conversation-references';
import { IdeaService } from '../../src/ideas';
import { ReminderOutbox } from '../../src/reminders/outbox';
import { EARLIEST_SEND_HOUR, ReminderPreferences, resolvePreferences } from '../../src/reminders/preferences';
import { People, personKey } from '../../src/people';
import { DEFAULT_SCHEDULE_CONFIG, dueReminders } from '../../src/reminders/schedule';
import { ReminderSender } from '../../src/reminders/sender';
import { openStore } from '../../src/storage/open-store';
import { BotProcess, freePort } from '../support/bot-process';
import { LimitedConnector } from '../support/limited-connector';
import { referenceFor } from '../reminders/support';

/**
 * Issue 6, "Must show": the REAL bot process (src/index.ts, in-process scheduler, real clock) is
 * SIGKILLed in the middle of a reminder broadcast and started again on the same SQLite file.
 * Everyone gets the reminder; duplicates are at most the sender's concurrency.
 *
 * Recovery time: rows the killed process had claimed but not sent go out when their lease ends
 * (REMINDER_LEASE_SECONDS, 60 s by default, shortened here): the test waits for that.
 */

const USERS = 400;
/** The concurrency the bot's sender runs with (main.ts takes ReminderSender's default). */
const CONCURRENCY = new ReminderSender({ send: async () => undefined }).concurrency;
/** The claim lease the bot runs with in this test (REMINDER_LEASE_SECONDS). */
const LEASE_MS = 10_000;
const INTERVAL_SECONDS = 5;
const ROOT = path.resolve(__dirname, '..', '..');

/** Zones spread over the day, so that some zone is in its waking hours whenever the test runs. */
const ZONES = [
  'Europe/Zurich', 'Europe/London', 'UTC', 'Atlantic/Azores', 'America/Sao_Paulo', 'America/New_York', 'America/Chicago',
  'America/Denver', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'Pacific/Pago_Pago', 'Pacific/Kiritimati',
  'Pacific/Auckland', 'Australia/Sydney', 'Asia/Tokyo', 'Asia/Shanghai', 'Asia/Bangkok', 'Asia/Kolkata', 'Asia/Dubai',
  'Europe/Moscow', 'Africa/Nairobi',
];

interface DueSetup {
  call: CallConfig;
  callFile: string;
  timeZone: string;
  sendHour: number;
  key: string;
  due: Date;
}

/**
 * Writes a sample call whose idea deadline is a few days ahead and finds a zone and send hour for
 * which exactly one deadline reminder (preferably "7 days left") is due now, in daytime there, with
 * at least an hour of daytime left. Checked with the bot's own `dueReminders`.
 */
function makeReminderDueNow(dir: string, now: Date): DueSetup {
  for (const days of [7, 6, 8, 2]) {
    const callFile = path.join(dir, `call-${days}.yaml`);
    writeSampleCallFile(path.join(ROOT, 'content', 'call-2024.yaml'), callFile, now, { daysToIdeaDeadline: days });
    const call = loadCallFile(callFile);
    for (const timeZone of ZONES) {
      const hour = localPartsOf(now, timeZone).hour;
      if (hour < EARLIEST_SEND_HOUR || hour > 18) continue;
      for (let sendHour = hour; sendHour >= EARLIEST_SEND_HOUR; sendHour -= 1) {
        const preferences = resolvePreferences('probe', { userId: 'probe', kinds: {}, sendHour, updatedAt: now.toISOString() }, {}, timeZone);
        const due = dueReminders(
          {
            call,
            config: DEFAULT_SCHEDULE_CONFIG,
            audience: [
              {
                userId: 'probe',
                preferences,
                draft: { status: 'draft', progress: [] },
                checkedEligibility: false,
                shortlisted: false,
                since: new Date(now.getTime() - 2 * 86_400_000),
              },
            ],
            sessions: [],
          },
          now,
          { horizonMs: 3_600_000 },
        );
        if (due.length === 1 && due[0].due.getTime() <= now.getTime() && due[0].expires.getTime() > now.getTime() + 3_600_000) {
          return { call, callFile, timeZone, sendHour, key: due[0].key, due: due[0].due };
        }
      }
    }
  }
  throw new Error(`no zone/send hour makes a deadline reminder due at ${now.toISOString()}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the bot process killed (SIGKILL) in the middle of a reminder broadcast', () => {
  let dir: string;
  let file: string;
  let setup: DueSetup;
  const connector = new LimitedConnector();
  let serviceUrl: string;
  const processes: BotProcess[] = [];
  const userIds = Array.from({ length: USERS }, (_, i) => `crash-user-${String(i).padStart(4, '0')}`);

  const startBot = async () => {
    const port = await freePort();
    const bot = new BotProcess({
      STORAGE_URL: `sqlite://${file}`,
      CALL_FILE: setup.callFile,
      PORT: String(port),
      REMINDERS_ENABLED: 'true',
      REMINDER_INTERVAL_SECONDS: String(INTERVAL_SECONDS),
      REMINDER_LEASE_SECONDS: String(LEASE_MS / 1000),
      REMINDER_RATE_PER_SECOND: '40',
      LOG_LEVEL: 'warn',
    });
    processes.push(bot);
    await bot.ready(`http://127.0.0.1:${port}`);
    return bot;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'hub-reminders-crash-'));
    file = path.join(dir, 'hub.sqlite');
    serviceUrl = await connector.start();
    const now = new Date();
    setup = makeReminderDueNow(dir, now);

    // Seed before any bot runs: a personal chat, an unfinished draft and preferences per person.
    const store = await openStore(`sqlite://${file}`);
    try {
      const references = new ConversationReferences(store);
      // The drafts were started before the reminder fell due: a late reminder goes to those who waited for it.
      const ideas = new IdeaService(store, setup.call, new FixedClock(new Date(setup.due.getTime() - 3_600_000)));
      const preferences = new ReminderPreferences(store, {}, new People(store, { timeZone: setup.call.timeline.timeZone }));
      for (const userId of userIds) {
        await references.save(referenceFor(userId, serviceUrl));
        await ideas.startDraft(userId, {});
        // The person's zone is their person record's, as if they had chosen it in the chat.
        await store.put(personKey(userId), { timeZone: setup.timeZone });
        await preferences.update(userId, { sendHour: setup.sendHour }, now);
      }
    } finally {
      await store.close();
    }
  }, 60_000);

  afterAll(async () => {
    processes.forEach((bot) => bot.kill());
    await Promise.all(processes.map((bot) => bot.exited));
    await connector.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('resumes after a restart: everyone gets the reminder, duplicates at most the send concurrency', async () => {
    const started = performance.now();
    const conversations = new Set(userIds.map((userId) => referenceFor(userId, serviceUrl).conversationId));

    const first = await startBot();
    const killAt = Math.round(USERS * 0.4);
    const firstDeadline = Date.now() + 30_000;
    while (connector.accepted.length < killAt) {
      if (Date.now() > firstDeadline) {
        throw new Error(
          `first bot sent ${connector.accepted.length} reminders in time (reminder ${setup.key}, due ${setup.due.toISOString()}):\n` +
            `${first.stdout.join('')}\n${first.stderr.join('')}`,
        );
      }
      await sleep(5);
    }
    first.signal('SIGKILL');
    const killedAt = Date.now();
    const killedAtMonotonic = performance.now();
    expect(await first.exited).toBeNull(); // killed by the signal, no exit code
    const beforeCrash = connector.accepted.length;
    expect(beforeCrash).toBeGreaterThanOrEqual(USERS * 0.3);
    expect(beforeCrash).toBeLessThanOrEqual(USERS * 0.5);

    const second = await startBot();
    // Rows the killed process had claimed come due again when their lease ends; then one more pass.
    const settledAt = killedAt + LEASE_MS + 2 * INTERVAL_SECONDS * 1000 + 2_000;
    const finalDeadline = killedAt + LEASE_MS + 30_000;
    const covered = () => connector.countsByConversation().size;
    while (covered() < USERS || Date.now() < settledAt) {
      if (Date.now() > finalDeadline) break;
      await sleep(50);
    }
    // Stopped cleanly, so that the outbox can be read: every row must be final and sent.
    second.signal('SIGTERM');
    expect(await second.exited).toBe(0);
    const store = await openStore(`sqlite://${file}`);
    const outbox = await new ReminderOutbox(store).counts().finally(() => store.close());

    const counts = connector.countsByConversation();
    const duplicates = connector.accepted.length - counts.size;
    const spacing = [...conversations].flatMap((conversation) => {
      const times = connector.accepted.filter((m) => m.conversationId === conversation).map((m) => m.at);
      return times.slice(1).map((at, i) => at - times[i]);
    });
    const throttled = {
      conversation: connector.throttled.filter((t) => t.reason === 'conversation').length,
      global: connector.throttled.filter((t) => t.reason === 'global').length,
    };
    const figures = {
      reminder: setup.key.replace(/\/[^/]+$/, '/<user>'),
      zone: `${setup.timeZone} at ${setup.sendHour}:00`,
      users: USERS,
      concurrency: CONCURRENCY,
      beforeCrash,
      accepted: connector.accepted.length,
      usersReached: counts.size,
      duplicates,
      // When the last person got their first card, in seconds after the kill (the lease shows here).
      lastReachedAfterKill: Math.round((Math.max(...[...new Set(connector.accepted.map((m) => m.conversationId))].map(
        (conversation) => connector.accepted.find((m) => m.conversationId === conversation)!.at,
      )) - killedAtMonotonic) / 100) / 10,
      throttled,
      outbox,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
    console.log(`reminders crash test: ${JSON.stringify(figures)}`);

    expect([...counts.keys()].filter((conversation) => !conversations.has(conversation))).toEqual([]);
    expect(counts.size === USERS ? 'everyone reached' : figures).toBe('everyone reached');
    expect(duplicates <= CONCURRENCY ? 'few duplicates' : figures).toBe('few duplicates');
    expect(outbox).toEqual({ pending: 0, claimed: 0, sent: USERS, failed: 0, dropped: 0 });
    // Never two messages to one conversation within Teams' one-per-second limit.
    expect(spacing.filter((gap) => gap < 1000)).toEqual([]);
    expect(connector.accepted.every((m) => Array.isArray(m.activity.attachments))).toBe(true);
  }, 90_000);
});
