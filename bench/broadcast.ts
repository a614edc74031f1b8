import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { FixedClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { ConversationReferences } from '../src/conversations/conversation-references';
import { HubAdapter } from '../src/hub-adapter';
import { ReminderControl } from '../src/reminders/control';
import { ReminderOutbox } from '../src/reminders/outbox';
import type { ReminderOccurrence } from '../src/reminders/schedule';
import { ReminderSender, type SendFunction, continueConversationSend } from '../src/reminders/sender';
import { ReminderWorker } from '../src/reminders/worker';
import { openStore } from '../src/storage/open-store';
import { LimitedConnector } from '../test/support/limited-connector';
import { type BenchResult, percentile, printResults } from './stats';

/**
 * A reminder broadcast: N users each due one reminder, through the real outbox (SQLite in a temp
 * dir) and sender (the bot's adapter) to a connector on loopback that enforces the limits.
 * Reports the achieved rate as a share of the configured ceiling (goal >= 0.9), lost and duplicate
 * messages (goal 0), and the peak resident memory.
 *
 * Full run: 10,000 users at a 200/s ceiling (at production's 40/s it would take over 4 minutes,
 * measuring the same thing); smoke: 300 users at 40/s.
 */
export async function benchBroadcast(smoke: boolean): Promise<BenchResult[]> {
  const users = smoke ? 300 : 10_000;
  const ceiling = smoke ? 40 : 200;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-broadcast-'));
  const connector = new LimitedConnector({ ratePerSecond: ceiling });
  const serviceUrl = await connector.start();
  const store = await openStore(`sqlite://${path.join(dir, 'hub.sqlite')}`);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  try {
    const clock = new FixedClock('2024-11-01T08:00:00Z');
    const references = new ConversationReferences(store);
    const ids = Array.from({ length: users }, (_, i) => `user-${String(i).padStart(5, '0')}`);
    for (const id of ids) {
      await references.save({
        conversationId: `a:conv-${id}`,
        conversationType: 'personal',
        serviceUrl,
        channelId: 'msteams',
        botId: '28:bench-bot',
        userId: `29:${id}`,
        aadObjectId: id,
        tenantId: 'tenant-1',
      });
    }
    const occurrences: ReminderOccurrence[] = ids.map((id) => ({
      key: `announcements/bench/${id}`,
      userId: id,
      kind: 'announcements',
      due: new Date('2024-11-01T08:00:00Z'),
      expires: new Date('2024-11-02T08:00:00Z'),
      payload: { kind: 'announcements', announcement: 'shortlist', at: '2024-11-11T00:00:00.000Z', daysBefore: 0 },
    }));
    // The adapter the bot runs (auth off): its connector clients are kept and post JSON text.
    const adapter = new HubAdapter(loadConfig({}));
    const adapterSend = continueConversationSend(adapter, '');
    const latencies: number[] = [];
    const send: SendFunction = async (reference, activity) => {
      const t0 = performance.now();
      try {
        return await adapterSend(reference, activity);
      } finally {
        latencies.push(performance.now() - t0);
      }
    };
    const worker = new ReminderWorker({
      outbox: new ReminderOutbox(store),
      control: new ReminderControl(store),
      references,
      sender: new ReminderSender({ send, ratePerSecond: ceiling, concurrency: 8 }),
      buildActivity: (row) => ({ type: 'message', text: `Reminder ${row.key}` }),
      schedule: async () => occurrences,
      clock,
      workerId: 'bench',
    });
    const started = performance.now();
    const enqueueStarted = performance.now();
    const summary = await worker.runOnce();
    const totalSeconds = (performance.now() - started) / 1000;
    const accepted = connector.accepted;
    const first = accepted[0]?.at ?? 0;
    const last = accepted[accepted.length - 1]?.at ?? 0;
    const achieved = accepted.length > 1 ? (accepted.length - 1) / ((last - first) / 1000) : 0;
    const received = connector.countsByConversation();
    const lost = ids.filter((id) => !received.has(`a:conv-${id}`)).length;
    return [
      {
        name: `reminder broadcast (${users} users, sqlite)`,
        count: users,
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        perSecond: achieved,
        extra: {
          'total s': totalSeconds.toFixed(1),
          'sending s': ((last - first) / 1000).toFixed(1),
          'enqueue+claim overhead s': ((first - enqueueStarted) / 1000).toFixed(1),
          ceiling,
          'rate / ceiling': (achieved / ceiling).toFixed(3),
          sent: summary.sent,
          lost,
          duplicates: accepted.length - received.size,
          throttled: connector.throttled.length,
          'peak rss MB': Math.round(peakRss / 1024 / 1024),
        },
      },
    ];
  } finally {
    clearInterval(sampler);
    await store.close();
    await connector.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchBroadcast(process.argv.includes('--smoke'))
    .then(printResults)
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
