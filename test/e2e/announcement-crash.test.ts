import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConversationReferences } from '../../src/conversations';
import { ReminderSender } from '../../src/reminders/sender';
import { openStore } from '../../src/storage/open-store';
import { referenceFor } from '../reminders/support';
import { BotProcess, freePort } from '../support/bot-process';
import { FakeConnector } from '../support/fake-connector';
import { LimitedConnector } from '../support/limited-connector';
import { allText, button, TeamsUser } from '../support/teams-user';

/**
 * Issue 13: the REAL bot process is SIGKILLed in the middle of an announcement IKM sent to
 * everyone, and started again on the same SQLite file. After the restart every person gets the
 * announcement, and nobody whose message the connector had acknowledged before the kill gets it
 * again. A message in flight at the kill (sent, acknowledged by the connector, not yet recorded as
 * sent by the bot) goes again: delivery is at least once, so duplicates are at most the sender's
 * concurrency.
 */

const PEOPLE = 300;
const ADMIN = 'a0a0a0a0-1111-2222-3333-444444444444';
const CONCURRENCY = new ReminderSender({ send: async () => undefined }).concurrency;
const LEASE_MS = 10_000;
const INTERVAL_SECONDS = 5;
const TEXT = 'Proposal clinics open on Monday.';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the bot process killed (SIGKILL) in the middle of an announcement', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-announce-crash-'));
  const file = path.join(dir, 'hub.sqlite');
  const people = new LimitedConnector({ ratePerSecond: 40 });
  const adminChat = new FakeConnector();
  const processes: BotProcess[] = [];
  let peopleUrl = '';
  let adminUrl = '';
  let botUrl = '';

  const startBot = async () => {
    const port = await freePort();
    const bot = new BotProcess({
      STORAGE_URL: `sqlite://${file}`,
      PORT: String(port),
      IKM_ADMIN_IDS: ADMIN,
      REMINDERS_ENABLED: 'true',
      REMINDER_INTERVAL_SECONDS: String(INTERVAL_SECONDS),
      REMINDER_LEASE_SECONDS: String(LEASE_MS / 1000),
      REMINDER_RATE_PER_SECOND: '40',
      MAIL_OUTBOX_DIR: path.join(dir, 'outbox'),
      PROPOSALS_DIR: path.join(dir, 'proposals'),
      LOG_LEVEL: 'warn',
    });
    processes.push(bot);
    botUrl = `http://127.0.0.1:${port}`;
    await bot.ready(botUrl);
    return bot;
  };

  beforeAll(async () => {
    peopleUrl = await people.start();
    adminUrl = await adminChat.start();
    // People who chatted with the assistant before (their chats live behind the limited connector).
    const store = await openStore(`sqlite://${file}`);
    try {
      const references = new ConversationReferences(store);
      for (let i = 0; i < PEOPLE; i += 1) await references.save(referenceFor(`person-${String(i).padStart(4, '0')}`, peopleUrl));
    } finally {
      await store.close();
    }
  }, 60_000);

  afterAll(async () => {
    processes.forEach((bot) => bot.kill());
    await Promise.all(processes.map((bot) => bot.exited));
    await people.stop();
    await adminChat.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reaches everyone after the restart, and repeats none that the connector had acknowledged', async () => {
    const first = await startBot();
    const admin = new TeamsUser({ botUrl: () => botUrl, serviceUrl: adminUrl, connector: adminChat, aadObjectId: ADMIN });
    await admin.say('hi');
    const preview = await admin.press({ verb: 'desk.announce.preview', audience: 'everyone', textEn: TEXT });
    expect(allText(preview)).toContain(`Send to ${PEOPLE + 1} people?`);
    expect(allText(await admin.press(button(preview, 'desk.announce.send')))).toContain('Announcement A-0001');

    const killAt = Math.round(PEOPLE * 0.4);
    const deadline = Date.now() + 30_000;
    while (people.accepted.length < killAt) {
      if (Date.now() > deadline) throw new Error(`only ${people.accepted.length} sent before the deadline:\n${first.stderr.join('')}`);
      await sleep(5);
    }
    first.signal('SIGKILL');
    expect(await first.exited).toBeNull();
    const acknowledgedBeforeKill = new Set(people.accepted.map((message) => message.conversationId));
    const beforeKill = people.accepted.length;
    expect(beforeKill).toBeLessThan(PEOPLE);

    await startBot();
    // Claims of the killed process come due again when their lease ends; then a pass or two more.
    const settleBy = Date.now() + LEASE_MS + 4 * INTERVAL_SECONDS * 1000;
    const giveUpBy = Date.now() + LEASE_MS + 40_000;
    while ((people.countsByConversation().size < PEOPLE || Date.now() < settleBy) && Date.now() < giveUpBy) await sleep(50);

    const counts = people.countsByConversation();
    const repeated = [...counts].filter(([, count]) => count > 1).map(([conversation]) => conversation);
    const figures = { people: PEOPLE, concurrency: CONCURRENCY, beforeKill, reached: counts.size, repeated: repeated.length };
    console.log(`announcement crash test: ${JSON.stringify(figures)}`);

    expect(counts.size === PEOPLE ? 'everyone reached' : figures).toBe('everyone reached');
    // A repeat is a message that was in flight at the kill: at most the sender's concurrency.
    expect(repeated.length <= CONCURRENCY ? 'few repeats' : figures).toBe('few repeats');
    expect(people.accepted.every((message) => JSON.stringify(message.activity).includes(TEXT))).toBe(true);

    const report = allText(await admin.press({ verb: 'desk.announce.report', id: 'A-0001' }));
    expect(report).toContain(`Delivered: ${PEOPLE + 1}`);
    expect(report).toContain('Pending: 0');
    expect(report).toContain('Failed: 0');
    // Only people reached before the kill can have it twice: after the restart, nobody gets it twice.
    expect(repeated.filter((conversation) => !acknowledgedBeforeKill.has(conversation))).toEqual([]);
  }, 120_000);
});
