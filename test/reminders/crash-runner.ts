/**
 * A reminder broadcast in its own process, for the crash test: outbox + worker over a SQLite file,
 * sending to the connector at `serviceUrl`. Usage: crash-runner <sqlite file> <serviceUrl> <users> <concurrency>.
 * Runs until every row is final, printing "done" (the test may SIGKILL it before).
 */
import { systemClock } from '../../src/clock';
import { ConversationReferences } from '../../src/conversations/conversation-references';
import { ReminderControl } from '../../src/reminders/control';
import { ReminderOutbox } from '../../src/reminders/outbox';
import { ReminderSender } from '../../src/reminders/sender';
import { ReminderWorker } from '../../src/reminders/worker';
import { openStore } from '../../src/storage/open-store';
import { fetchSend, occurrence, referenceFor } from './support';

async function main(): Promise<void> {
  const [file, serviceUrl, usersText, concurrencyText] = process.argv.slice(2);
  const store = await openStore(`sqlite://${file}`);
  const references = new ConversationReferences(store);
  const users = Array.from({ length: Number(usersText) }, (_, i) => `u${String(i).padStart(4, '0')}`);
  for (const user of users) await references.save(referenceFor(user, serviceUrl));
  const outbox = new ReminderOutbox(store);
  const occurrences = users.map((user) => occurrence(user, '2024-01-01T09:00:00Z', '2100-01-01T00:00:00Z', 'crash'));
  const worker = new ReminderWorker({
    outbox,
    control: new ReminderControl(store),
    references,
    sender: new ReminderSender({ send: fetchSend, ratePerSecond: 100, concurrency: Number(concurrencyText) }),
    buildActivity: (row) => ({ type: 'message', text: row.key }),
    schedule: async () => occurrences,
    clock: systemClock,
    workerId: `runner-${process.pid}`,
    leaseMs: 1500,
  });
  for (;;) {
    await worker.runOnce();
    const counts = await outbox.counts();
    if (counts.pending + counts.claimed === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await store.close();
  process.stdout.write('done\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
