import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FixedClock } from '../../src/clock';
import { ConversationReferences } from '../../src/conversations/conversation-references';
import type { Draft } from '../../src/ideas/records';
import { createReminderSchedule, recheckReminder } from '../../src/reminders/audience';
import { ReminderControl } from '../../src/reminders/control';
import { ReminderOutbox } from '../../src/reminders/outbox';
import { ReminderPreferences } from '../../src/reminders/preferences';
import { People } from '../../src/people';
import { DEFAULT_SCHEDULE_CONFIG } from '../../src/reminders/schedule';
import { ReminderSender } from '../../src/reminders/sender';
import { ReminderWorker } from '../../src/reminders/worker';
import type { EligibilityRecord } from '../../src/eligibility/eligibility-records';
import { openStore } from '../../src/storage/open-store';
import type { Store } from '../../src/storage/store';
import { editedCall } from '../call/call-fixtures';
import { LimitedConnector } from '../support/limited-connector';
import { fetchSend, referenceFor } from './support';

const call = editedCall([[['timeline', 'ideaDeadline'], '2024-11-08T23:59']]);

function draft(ownerId: string, status: 'draft' | 'submitted'): Draft {
  return {
    callId: call.id,
    ownerId,
    answers: {},
    revision: 1,
    sectionRevisions: {},
    status,
    ...(status === 'submitted' ? { reference: 'IH-2024-0001', submittedAt: '2024-10-20T10:00:00.000Z' } : {}),
    createdAt: '2024-10-01T10:00:00.000Z',
    updatedAt: '2024-10-01T10:00:00.000Z',
    lastSection: 'idea',
    warnings: [],
  } as Draft;
}

let dir: string;
let store: Store;
let connector: LimitedConnector;
let serviceUrl: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'reminders-worker-'));
  store = await openStore(`sqlite://${path.join(dir, 'hub.sqlite')}`);
  connector = new LimitedConnector();
  serviceUrl = await connector.start();
});

afterEach(async () => {
  await connector.stop();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** A worker whose schedule is the idea deadline's reminders of `drafts` and `checks`, each sent as its key. */
function ideaDeadlineWorker(options: {
  references: ConversationReferences;
  clock: FixedClock;
  call: typeof call;
  preferences: ReminderPreferences;
  drafts: () => Draft[];
  checks: EligibilityRecord[];
  recheck: ReturnType<typeof recheckReminder>;
}): ReminderWorker {
  const { references, clock, preferences, recheck } = options;
  return new ReminderWorker({
    outbox: new ReminderOutbox(store),
    control: new ReminderControl(store),
    references,
    sender: new ReminderSender({ send: fetchSend }),
    buildActivity: (row) => ({ type: 'message', text: row.key }),
    schedule: createReminderSchedule({
      call: options.call,
      config: DEFAULT_SCHEDULE_CONFIG,
      ideas: { listDrafts: async () => options.drafts() },
      eligibility: { all: async () => options.checks },
      preferences,
      shortlisted: () => [],
    }),
    recheck,
    clock,
    workerId: 'w1',
  });
}

describe('ReminderWorker: schedule -> outbox -> sender', () => {
  it('sends each reminder once at 09:00 local, and not to people who opted out or submitted since', async () => {
    const clock = new FixedClock('2024-10-25T06:30:00Z');
    const references = new ConversationReferences(store);
    const preferences = new ReminderPreferences(store, { sendHour: 9 }, new People(store, { timeZone: 'Europe/Zurich' }));
    const drafts = new Map<string, Draft>([
      ['ana', draft('ana', 'draft')],
      ['cy', draft('cy', 'submitted')],
      ['dee', draft('dee', 'draft')],
    ]);
    const checks = [{ ownerId: 'bo' } as EligibilityRecord];
    for (const user of ['ana', 'bo', 'cy', 'dee']) await references.save(referenceFor(user, serviceUrl));
    const worker = ideaDeadlineWorker({
      references,
      clock,
      call,
      preferences,
      drafts: () => [...drafts.values()],
      checks,
      recheck: recheckReminder({ preferences, draftStatus: async (user) => drafts.get(user)?.status }),
    });
    const texts = () => connector.accepted.map((m) => m.activity.text).sort();

    // 08:30 Zurich: enqueued (due within the hour) but not sent.
    expect(await worker.runOnce()).toMatchObject({ enqueued: 3, sent: 0 });
    clock.set('2024-10-25T07:00:00Z');
    expect(await worker.runOnce()).toMatchObject({ enqueued: 0, sent: 3 });
    expect(texts()).toEqual([
      'idea-deadline/2024-11-08/-14d/ana',
      'idea-deadline/2024-11-08/-14d/bo',
      'idea-deadline/2024-11-08/-14d/dee',
    ]);
    expect(await worker.runOnce()).toMatchObject({ sent: 0 });

    // A week later (winter time: 09:00 is 08:00Z). Enqueued at 07:30Z; then dee opts out, ana submits.
    clock.set('2024-11-01T07:30:00Z');
    expect(await worker.runOnce()).toMatchObject({ enqueued: 3, sent: 0 });
    await preferences.setKind('dee', 'idea-deadline', false, clock.now());
    drafts.set('ana', draft('ana', 'submitted'));
    clock.set('2024-11-01T08:00:00Z');
    expect(await worker.runOnce()).toMatchObject({ sent: 1, dropped: 2 });
    expect(texts()).toHaveLength(4);
    expect(texts()).toContain('idea-deadline/2024-11-08/-7d/bo');
    const outbox = new ReminderOutbox(store);
    expect(await outbox.get('idea-deadline/2024-11-08/-7d/dee')).toMatchObject({ state: 'dropped', droppedReason: 'opted-out' });
    expect(await outbox.get('idea-deadline/2024-11-08/-7d/ana')).toMatchObject({ state: 'dropped', droppedReason: 'submitted' });
  });

  it('a reminder queued before the call file\'s dates changed is dropped, not sent with the old date', async () => {
    const clock = new FixedClock('2024-10-25T06:30:00Z');
    const references = new ConversationReferences(store);
    const preferences = new ReminderPreferences(store, { sendHour: 9 }, new People(store, { timeZone: 'Europe/Zurich' }));
    await references.save(referenceFor('ana', serviceUrl));
    const workerFor = (callNow: typeof call) =>
      ideaDeadlineWorker({
        references,
        clock,
        call: callNow,
        preferences,
        drafts: () => [draft('ana', 'draft')],
        checks: [],
        recheck: recheckReminder({ preferences, call: callNow }),
      });
    // Queued at 08:30 Zurich for 09:00: "14 days left" to 8 November.
    expect(await workerFor(call).runOnce()).toMatchObject({ enqueued: 1, sent: 0 });
    // The bot restarts with the deadline moved to 10 November before it is sent.
    const moved = editedCall([
      [['timeline', 'ideaDeadline'], '2024-11-10T23:59'],
    ]);
    const after = workerFor(moved);
    clock.set('2024-10-25T07:00:00Z');
    expect(await after.runOnce()).toMatchObject({ sent: 0, dropped: 1 });
    expect(await new ReminderOutbox(store).get('idea-deadline/2024-11-08/-14d/ana')).toMatchObject({
      state: 'dropped',
      droppedReason: 'date-changed',
    });
    // Its own "14 days left" comes on 27 October at 09:00 (winter time from that day: 08:00Z).
    clock.set('2024-10-27T08:00:00Z');
    expect(await after.runOnce()).toMatchObject({ sent: 1 });
    expect(connector.accepted.map((m) => m.activity.text)).toEqual(['idea-deadline/2024-11-10/-14d/ana']);
  });

  it('start() sends on its own; stop() waits for sends in flight', async () => {
    const clock = new FixedClock('2024-11-01T08:00:00Z');
    const references = new ConversationReferences(store);
    const users = ['u1', 'u2', 'u3', 'u4'];
    for (const user of users) await references.save(referenceFor(user, serviceUrl));
    const outbox = new ReminderOutbox(store);
    const worker = new ReminderWorker({
      outbox,
      control: new ReminderControl(store),
      references,
      sender: new ReminderSender({ send: fetchSend }),
      buildActivity: (row) => ({ type: 'message', text: row.key }),
      schedule: async () =>
        users.map((userId) => ({
          key: `announcements/t/${userId}`,
          userId,
          kind: 'announcements' as const,
          due: clock.now(),
          expires: new Date('2024-11-02T00:00:00Z'),
          payload: { kind: 'announcements' as const, announcement: 'shortlist' as const, at: '2024-11-11T00:00:00.000Z', daysBefore: 0 },
        })),
      clock,
      workerId: 'w1',
    });
    worker.start(20);
    while (connector.accepted.length < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    await worker.stop();
    const afterStop = connector.accepted.length;
    const counts = await outbox.counts();
    expect(counts.claimed).toBe(0);
    expect(counts.sent).toBe(afterStop);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(connector.accepted.length).toBe(afterStop);
  });

  it('a pass asked for outside the scheduler (IKM sends an announcement) never runs beside another, and stop() waits for it too', async () => {
    const clock = new FixedClock('2024-11-01T08:00:00Z');
    const references = new ConversationReferences(store);
    const users = Array.from({ length: 120 }, (_, i) => `p${i}`);
    for (const user of users) await references.save(referenceFor(user, serviceUrl));
    const outbox = new ReminderOutbox(store);
    let items: string[] = [];
    const sender = new ReminderSender({ send: fetchSend, ratePerSecond: 50 });
    const worker = new ReminderWorker({
      outbox,
      control: new ReminderControl(store),
      references,
      sender,
      buildActivity: (row) => ({ type: 'message', text: row.key }),
      schedule: async () =>
        items.map((userId) => ({
          key: `announcement/A-0001/${userId}`,
          userId,
          kind: 'announcement' as const,
          due: clock.now(),
          expires: new Date('2024-11-02T00:00:00Z'),
          payload: { announcement: 'A-0001' },
        })),
      clock,
      workerId: 'w1',
      leaseMs: 60_000,
    });
    const maxInFlight = sender.concurrency * 2;
    // The scheduler runs (nothing to send yet); then IKM confirms an announcement and asks for a pass
    // now, twice (two admins), while the scheduler's own pass may be running.
    worker.start(5);
    await new Promise((resolve) => setTimeout(resolve, 20));
    items = users;
    const asked = [worker.runOnce(), worker.runOnce()];
    while (connector.accepted.length < 10) await new Promise((resolve) => setTimeout(resolve, 5));
    // Stopped halfway (SIGTERM): every send that went out is recorded, nothing is left claimed.
    await worker.stop();
    const afterStop = connector.accepted.length;
    const counts = await outbox.counts();
    await Promise.all(asked);
    expect({ claimed: counts.claimed, sent: counts.sent }).toEqual({ claimed: 0, sent: afterStop });
    expect(connector.accepted.length).toBe(afterStop);
    expect(afterStop).toBeLessThan(users.length);

    // Started again: the rest go out, each person once; passes in this process never overlap, so the
    // rows claimed and not yet finished stay within one pass's limit.
    let unfinished = 0;
    let mostUnfinished = 0;
    const claimDue = outbox.claimDue.bind(outbox);
    outbox.claimDue = async (...args) => {
      const result = await claimDue(...args);
      unfinished += result.claimed.length;
      mostUnfinished = Math.max(mostUnfinished, unfinished);
      return result;
    };
    const markSent = outbox.markSent.bind(outbox);
    outbox.markSent = async (...args) => {
      await markSent(...args);
      unfinished -= 1;
    };
    worker.start(5);
    await Promise.all([worker.runOnce(), worker.runOnce()]);
    while (connector.accepted.length < users.length) await new Promise((resolve) => setTimeout(resolve, 5));
    await worker.stop();
    expect(connector.countsByConversation().size).toBe(users.length);
    expect([...connector.countsByConversation().values()].every((count) => count === 1)).toBe(true);
    expect(unfinished).toBe(0);
    expect(mostUnfinished).toBeLessThanOrEqual(maxInFlight);
  });
});
