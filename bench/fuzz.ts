import path from 'node:path';
import { loadCallFile } from '../src/call/load-call';
import { PEOPLE_PREFIX } from '../src/people';
import type { Store } from '../src/storage/store';
import { freePort } from '../test/support/bot-process';
import type { TeamsUser } from '../test/support/teams-user';
import { TestBot } from '../test/support/test-bot';
import { invalidCardValues, invalidEnvelopes, plausibleActivities, sample } from './fuzz-activities';
import { BenchResult, percentile } from './stats';

/**
 * Fuzzing the real HTTP endpoint (`npm run bench`: at least 10,000 generated requests; the jest
 * suite runs a shorter pass). Three phases, each with its invariant:
 * 1. bodies that are never activities: all answered 4xx, and the store exactly as before;
 * 2. card submits with values their verb refuses: answered, and no domain record changed (only
 *    turn state, handled-activity ids and conversation references may move);
 * 3. plausible activities with junk in them: no 5xx, no turn failing other than a reply that could
 *    not be delivered (some go to an address that refuses connections).
 * Throughout: no request answered 5xx, the process still healthy and answering at the end.
 */

/** Records every turn may write, whatever its input: not domain data. */
const TURN_BOOKKEEPING = ['bot/', 'seen/', 'once/', 'conversations/'];


const SLOW_MS = 2_000;

/** How a turn that failed because its reply could not be delivered is logged (see connector-delivery.ts). */
const UNDELIVERABLE = /^the Bot Connector (cannot be reached|did not answer in time)$/;

/** What a fuzz run found. */
export interface FuzzReport {
  requests: number;
  byPhase: { envelopes: number; cards: number; plausible: number };
  statuses: Record<string, number>;
  /** Requests answered 5xx (must be none). */
  serverErrors: number;
  /** Keys added, removed or changed by phase 1 (must be none). */
  changedByEnvelopes: string[];
  /** Domain keys added, removed or changed by phase 2 (must be none). */
  changedByCards: string[];
  /** Logged errors other than an undeliverable reply (must be none). */
  unexpectedErrors: Record<string, unknown>[];
  /** Requests of phase 1 not answered 4xx (must be none). */
  envelopesAccepted: number;
  latency: { p50Ms: number; p99Ms: number; maxMs: number; over2s: number };
  /** GET /healthz and a greeting after the run (must be 200 and one reply). */
  healthyAfter: boolean;
}

/**
 * Every record, by key, except under the given prefixes: its content, but for a person's record
 * only what the person chose (every turn notes what the Teams client reports in `reported`).
 */
async function listing(store: Store, except: string[] = []): Promise<Map<string, string>> {
  const records = await store.list<Record<string, unknown>>('');
  const content = (key: string, value: Record<string, unknown>): string | undefined => {
    if (!key.startsWith(PEOPLE_PREFIX) || typeof value !== 'object' || value === null) return JSON.stringify(value);
    const { reported: _reported, ...chosen } = value;
    return Object.keys(chosen).length > 0 ? JSON.stringify(chosen) : undefined;
  };
  const listed = new Map<string, string>();
  for (const record of records) {
    if (except.some((prefix) => record.key.startsWith(prefix))) continue;
    const text = content(record.key, record.value);
    if (text !== undefined) listed.set(record.key, text);
  }
  return listed;
}

/** Keys added, removed or rewritten between two listings. */
function differences(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
}

/** Runs `count` tasks with `concurrency` in flight. */
async function pool(count: number, concurrency: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

/** Options of `fuzzEndpoint`. */
export interface FuzzOptions {
  /** Requests in all, split 30% / 30% / 40% over the three phases. */
  total: number;
  seed: number;
  concurrency?: number;
}

/** Fuzzes a running bot (see the top of this file); the caller asserts on the report. */
export async function fuzzEndpoint(bot: TestBot, options: FuzzOptions): Promise<FuzzReport> {
  const concurrency = options.concurrency ?? 16;
  const call = loadCallFile(path.join(__dirname, '..', 'content', 'call-2024.yaml'));
  const counts = {
    envelopes: Math.round(options.total * 0.3),
    cards: Math.round(options.total * 0.3),
    plausible: options.total - 2 * Math.round(options.total * 0.3),
  };
  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  const post = async (body: string): Promise<number> => {
    const started = performance.now();
    const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    return response.status;
  };
  const store = bot.assistant.store;
  const errorsBefore = bot.problems.length;

  // 1. Never activities.
  const envelopes = sample(invalidEnvelopes(bot.serviceUrl), counts.envelopes, options.seed);
  const beforeEnvelopes = await listing(store);
  let envelopesAccepted = 0;
  await pool(envelopes.length, concurrency, async (index) => {
    const status = await post(envelopes[index]);
    if (status < 400 || status >= 500) envelopesAccepted += 1;
  });
  const changedByEnvelopes = differences(beforeEnvelopes, await listing(store));

  // 2. Refused card values, from people who have a draft in progress.
  const people: TeamsUser[] = Array.from({ length: 12 }, () => bot.user());
  for (const person of people) {
    await person.install();
    await person.press({ verb: 'menu', item: 'idea' });
  }
  const cards = sample(invalidCardValues(call), counts.cards, options.seed + 1);
  const beforeCards = await listing(store, TURN_BOOKKEEPING);
  await pool(cards.length, concurrency, async (index) => {
    const person = people[index % people.length];
    const started = performance.now();
    const { status } = await person.send({ type: 'message', value: cards[index] });
    latencies.push(performance.now() - started);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const changedByCards = differences(beforeCards, await listing(store, TURN_BOOKKEEPING));

  // 3. Plausible activities with junk, some replying to an address that refuses connections.
  const refusing = `http://127.0.0.1:${await freePort()}/`;
  const plausible = sample(plausibleActivities({ working: bot.serviceUrl, refusing }), counts.plausible, options.seed + 2);
  await pool(plausible.length, concurrency, async (index) => {
    await post(JSON.stringify(plausible[index]));
  });

  const unexpectedErrors = bot.problems
    .slice(errorsBefore)
    .filter((entry) => Number(entry.level) >= 50)
    .filter((entry) => !(entry.event === 'turn.error' && UNDELIVERABLE.test(String((entry.error as { message?: unknown } | undefined)?.message))));
  const healthyAfter = (await fetch(`${bot.url}/healthz`)).status === 200 && (await bot.user().say('hi')).length === 1;
  return {
    requests: envelopes.length + cards.length + plausible.length,
    byPhase: { envelopes: envelopes.length, cards: cards.length, plausible: plausible.length },
    statuses,
    serverErrors: Object.entries(statuses).filter(([status]) => Number(status) >= 500).reduce((sum, [, n]) => sum + n, 0),
    changedByEnvelopes,
    changedByCards,
    unexpectedErrors,
    envelopesAccepted,
    latency: {
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      maxMs: Math.max(...latencies),
      over2s: latencies.filter((ms) => ms > SLOW_MS).length,
    },
    healthyAfter,
  };
}

/** The problems of a report, one sentence each; empty when every invariant held. */
export function fuzzProblems(report: FuzzReport): string[] {
  const problems: string[] = [];
  if (report.serverErrors > 0) problems.push(`${report.serverErrors} requests answered 5xx`);
  if (report.envelopesAccepted > 0) problems.push(`${report.envelopesAccepted} non-activities not answered 4xx`);
  if (report.changedByEnvelopes.length > 0) problems.push(`non-activities changed the store: ${report.changedByEnvelopes.slice(0, 5).join(', ')}`);
  if (report.changedByCards.length > 0) problems.push(`refused card values changed domain records: ${report.changedByCards.slice(0, 5).join(', ')}`);
  if (report.unexpectedErrors.length > 0) problems.push(`${report.unexpectedErrors.length} unexpected errors, first: ${JSON.stringify(report.unexpectedErrors[0]).slice(0, 400)}`);
  if (!report.healthyAfter) problems.push('the bot was not healthy and answering afterwards');
  return problems;
}

/** `npm run bench`: 10,500 generated requests (600 with --smoke); throws when an invariant broke. */
export async function benchFuzz(smoke: boolean): Promise<BenchResult[]> {
  const bot = await new TestBot().start();
  try {
    const started = performance.now();
    const report = await fuzzEndpoint(bot, { total: smoke ? 600 : 10_500, seed: 20241025 });
    const seconds = (performance.now() - started) / 1000;
    const problems = fuzzProblems(report);
    if (problems.length > 0) throw new Error(`fuzz: ${problems.join('; ')}`);
    return [
      {
        name: `fuzz: ${report.requests} generated requests (non-activities, refused card values, junk activities)`,
        count: report.requests,
        p50Ms: report.latency.p50Ms,
        p99Ms: report.latency.p99Ms,
        perSecond: report.requests / seconds,
        extra: { '5xx': report.serverErrors, 'over 2 s': report.latency.over2s, 'max ms': Math.round(report.latency.maxMs), 'store changes': 0 },
      },
    ];
  } finally {
    await bot.stop();
  }
}
