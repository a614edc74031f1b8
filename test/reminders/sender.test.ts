import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { FixedClock } from '../../src/clock';
import { ConversationReferences } from '../../src/conversations/conversation-references';
import { ReminderControl } from '../../src/reminders/control';
import { ReminderOutbox } from '../../src/reminders/outbox';
import { ReminderSender, type ReminderSenderOptions, type SendFunction, continueConversationSend } from '../../src/reminders/sender';
import { ReminderWorker } from '../../src/reminders/worker';
import { openStore } from '../../src/storage/open-store';
import type { Store } from '../../src/storage/store';
import { LimitedConnector } from '../support/limited-connector';
import { fetchSend, occurrence, referenceFor } from './support';

const T0 = '2024-11-01T08:00:00.000Z';
const LATER = '2024-11-02T08:00:00.000Z';

let dir: string;
let store: Store;
let connector: LimitedConnector;
let serviceUrl: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'reminders-'));
  store = await openStore(`sqlite://${path.join(dir, 'hub.sqlite')}`);
});

afterEach(async () => {
  await connector?.stop();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function startConnector(limits: ConstructorParameters<typeof LimitedConnector>[0] = {}) {
  connector = new LimitedConnector(limits);
  serviceUrl = await connector.start();
}

/** Outbox + worker over the test store, with `users` each due one reminder (and a reference). */
async function setup(users: string[], sender: Partial<ReminderSenderOptions> = {}, send: SendFunction = fetchSend) {
  const references = new ConversationReferences(store);
  const outbox = new ReminderOutbox(store);
  const clock = new FixedClock(T0);
  for (const user of users) {
    await references.save(referenceFor(user, serviceUrl));
  }
  const occurrences = users.map((user, index) => occurrence(user, T0, LATER, `n${index}`));
  const worker = new ReminderWorker({
    outbox,
    control: new ReminderControl(store),
    references,
    sender: new ReminderSender({ send, backoffBaseMs: 20, ...sender }),
    buildActivity: (row) => ({ type: 'message', text: `reminder ${row.key}` }),
    schedule: async () => occurrences,
    clock,
    workerId: 'w1',
  });
  return { worker, outbox, references };
}

describe('ReminderSender against a connector enforcing Teams limits', () => {
  it('waits Retry-After on 429 and then succeeds', async () => {
    await startConnector({ retryAfterSeconds: 1 });
    const sender = new ReminderSender({ send: fetchSend, conversationIntervalMs: 0 });
    const reference = referenceFor('ana', serviceUrl);
    const outcomes = await Promise.all([1, 2].map((n) => sender.deliver(reference, { type: 'message', text: `m${n}` })));
    expect(outcomes.map((o) => o.status)).toEqual(['sent', 'sent']);
    expect(outcomes[1].attempts).toBe(2);
    expect(connector.throttled).toHaveLength(1);
    const [first, second] = connector.accepted;
    expect(second.at - first.at).toBeGreaterThanOrEqual(1000);
  });

  it('retries 503 with backoff until it succeeds', async () => {
    await startConnector();
    const sender = new ReminderSender({ send: fetchSend, backoffBaseMs: 20 });
    connector.failNext('a:conv-ana', 503, 503);
    const outcome = await sender.deliver(referenceFor('ana', serviceUrl), { type: 'message', text: 'hi' });
    expect(outcome).toMatchObject({ status: 'sent', attempts: 3 });
    expect(connector.accepted).toHaveLength(1);
  });

  it('on 403 (through botbuilder) forgets the conversation and drops the row', async () => {
    await startConnector();
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    const { worker, outbox, references } = await setup(['gone', 'stays'], {}, continueConversationSend(adapter, ''));
    connector.failNext('a:conv-gone', 403);
    const summary = await worker.runOnce();
    expect(summary).toMatchObject({ sent: 1, dropped: 1 });
    expect(await references.get('gone')).toBeUndefined();
    expect(await references.get('stays')).toBeDefined();
    expect(await outbox.get('announcements/test/n0/gone')).toMatchObject({ state: 'dropped', droppedReason: 'forbidden' });
  });

  it('records other errors and does not retry them', async () => {
    await startConnector();
    const { worker, outbox } = await setup(['bad']);
    connector.failNext('a:conv-bad', 400);
    expect(await worker.runOnce()).toMatchObject({ failed: 1, sent: 0 });
    expect(connector.requests).toBe(1);
    const row = await outbox.get('announcements/test/n0/bad');
    expect(row).toMatchObject({ state: 'failed', attempts: 1 });
    expect(row?.lastError).toMatch(/400/);
  });

  it('keeps one second between messages to one conversation', async () => {
    await startConnector();
    const sender = new ReminderSender({ send: fetchSend });
    const reference = referenceFor('ana', serviceUrl);
    await Promise.all([1, 2, 3].map((n) => sender.deliver(reference, { type: 'message', text: `m${n}` })));
    expect(connector.throttled).toEqual([]);
    const times = connector.accepted.map((m) => m.at);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(1000);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(1000);
  });

  // How close the sender comes to the ceiling is a speed figure: the broadcast bench measures it
  // (rate / ceiling); a timed assertion here failed on a busy machine.
  it('sends everything without going over the configured rate or being throttled', async () => {
    await startConnector({ ratePerSecond: 50 });
    const users = Array.from({ length: 120 }, (_, i) => `u${String(i).padStart(3, '0')}`);
    const { worker } = await setup(users, { ratePerSecond: 50, concurrency: 8 });
    const summary = await worker.runOnce();
    expect(summary.sent).toBe(120);
    expect(connector.throttled).toEqual([]);
    // A broken limiter sends at several times the rate; arrival times on a busy machine bunch by a
    // few percent (one run measured 1.054), and the token bucket's burst of 5 adds about 2% more.
    const achieved = (120 - 1) / ((connector.accepted[119].at - connector.accepted[0].at) / 1000);
    expect(achieved / 50).toBeLessThanOrEqual(1.15);
  });

  it('sends nothing while paused, also from a new worker, and everything after resume', async () => {
    await startConnector();
    const { worker } = await setup(['ana', 'bo']);
    await worker.pause('admin');
    expect(await worker.runOnce()).toMatchObject({ paused: true, sent: 0 });
    const again = (await setup([])).worker;
    expect(await again.isPaused()).toBe(true);
    expect(await again.runOnce()).toMatchObject({ paused: true, sent: 0 });
    expect(connector.accepted).toEqual([]);
    await again.resume('admin');
    expect(await worker.runOnce()).toMatchObject({ paused: false, sent: 2 });
  });
});
