import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../test/support/bot-process';
import { BotUnderTest, combined, CountingConnector, LoadFigures, residentMb, runLoad, startBotProcess, teamsMessage } from './load';

/**
 * The assistant beside a bare botbuilder echo bot (bench/echo-bot.ts), each in its own process,
 * under the same load from this process: conversations talking at once, each sending its next
 * message when the previous one is answered, replies going to a connector on loopback that only
 * counts them. Auth off, SQLite (the default), the build `npm start` runs. Every figure is also
 * given as a ratio to the echo bot's, against the targets of issue 13.
 */

const ROOT = path.resolve(__dirname, '..');
/** The node arguments of `npm run serve` (what `npm start` runs after building), flags included. */
const SERVE_ARGS: string[] = (require('../package.json') as { scripts: { serve: string } }).scripts.serve.split(' ').slice(1);
const MENU = 'hi';
const FAQ = 'how much funding can we get';

export const TARGETS = {
  /** A real turn's turns/s at 10 and 50 conversations, as a share of the echo bot's. */
  minThroughputRatio: 0.6,
  /** p99 at 10 conversations, as a multiple of the echo bot's. */
  maxP99RatioAt10: 1.5,
  /** p50 of one conversation, ms. */
  maxP50SingleMs: 3,
  /** Resident memory after 1,000 conversations of 10 turns, as a multiple of the echo bot's. */
  maxMemoryRatio: 1.3,
  /** Growth of resident memory over a further 10,000 turns. */
  maxMemoryGrowth: 0.1,
  /** Process start to the first answered message, ms. */
  maxColdStartMs: 1500,
} as const;

interface Sizes {
  warmUp: number;
  /** Each measurement alternates between the two bots in this many rounds, so that what else the machine does weighs on both alike. */
  rounds: number;
  turns: Record<number, number>;
  memoryConversations: number;
  coldStarts: number;
}

const FULL: Sizes = { warmUp: 1500, rounds: 5, turns: { 1: 1000, 10: 4000, 50: 5000 }, memoryConversations: 1000, coldStarts: 3 };
const SMOKE: Sizes = { warmUp: 40, rounds: 1, turns: { 1: 30, 10: 100, 50: 200 }, memoryConversations: 30, coldStarts: 1 };

/** Builds the project as `npm start` does (compile, then bundle into dist/server.js), so that what is measured is what runs. */
function build(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('bench: the build failed');
}

async function startAssistant(dataDir: string, storageUrl?: string): Promise<BotUnderTest> {
  return startBotProcess('assistant', SERVE_ARGS, assistantEnv(dataDir, storageUrl), await freePort());
}

function assistantEnv(dataDir: string, storageUrl?: string): Record<string, string> {
  return {
    STORAGE_URL: storageUrl ?? `sqlite://${path.join(dataDir, 'hub.sqlite')}`,
    MAIL_OUTBOX_DIR: path.join(dataDir, 'outbox'),
    PROPOSALS_DIR: path.join(dataDir, 'proposals'),
  };
}

async function startEcho(): Promise<BotUnderTest> {
  return startBotProcess('echo', ['--require', require.resolve('tsx/cjs'), 'bench/echo-bot.ts'], {}, await freePort());
}

/** One line of the comparison. */
export interface VersusRow {
  turn: string;
  conversations: number;
  echo: LoadFigures;
  assistant: LoadFigures;
}

let runs = 0;
async function load(urls: string[], serviceUrl: string, conversations: number, turns: number, text: string): Promise<LoadFigures> {
  runs += 1;
  return runLoad({ urls, serviceUrl, conversations, turnsPerConversation: Math.max(1, Math.ceil(turns / conversations)), text: () => text, runId: `r${runs}` });
}

/**
 * Every process gets the same warm-up, each on its own: both measured turns, `sizes.warmUp` times
 * each, so that V8 has compiled the hot paths of every bot before anything is timed. (Warming two
 * instances through one load of `sizes.warmUp` turns gave each half of it, and no FAQ turn: their
 * compiler was still at work in the measured rounds.)
 */
async function warmUp(sizes: Sizes, bots: BotUnderTest[], serviceUrl: string): Promise<void> {
  for (const bot of bots) {
    for (const text of [MENU, FAQ]) await load([bot.url], serviceUrl, 10, sizes.warmUp, text);
  }
}

/** `turns` turns on each side, alternating between them round by round. */
async function sideBySide(
  sizes: Sizes,
  echoUrls: string[],
  assistantUrls: string[],
  serviceUrl: string,
  conversations: number,
  turns: number,
  text: string,
): Promise<{ echo: LoadFigures; assistant: LoadFigures }> {
  const echoRuns: LoadFigures[] = [];
  const assistantRuns: LoadFigures[] = [];
  const perRound = Math.max(conversations, Math.ceil(turns / sizes.rounds));
  for (let round = 0; round < sizes.rounds; round += 1) {
    echoRuns.push(await load(echoUrls, serviceUrl, conversations, perRound, text));
    assistantRuns.push(await load(assistantUrls, serviceUrl, conversations, perRound, text));
  }
  return { echo: combined(echoRuns), assistant: combined(assistantRuns) };
}

/** Memory after `conversations` conversations of 10 turns, then after as many again (new ones). */
async function memory(bot: BotUnderTest, serviceUrl: string, conversations: number): Promise<{ started: number; after: number; further: number }> {
  const started = residentMb(bot.pid);
  const wave = async () => {
    for (let done = 0; done < conversations; done += 50) {
      await load([bot.url], serviceUrl, Math.min(50, conversations - done), Math.min(50, conversations - done) * 10, MENU);
    }
  };
  await wave();
  const after = residentMb(bot.pid);
  await wave();
  return { started, after, further: residentMb(bot.pid) };
}

/** Milliseconds from spawning the process to the first answered message. */
async function coldStart(start: (port: number) => { pid: number; kill: () => void }, serviceUrl: string): Promise<number> {
  const port = await freePort();
  const t0 = process.hrtime.bigint();
  const child = start(port);
  const body = teamsMessage(serviceUrl, `cold-${port}`, 0, MENU);
  try {
    for (;;) {
      const status = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        .then((response) => response.status)
        .catch(() => 0);
      if (status === 200) return Number(process.hrtime.bigint() - t0) / 1e6;
      if (Number(process.hrtime.bigint() - t0) / 1e6 > 30_000) throw new Error('bench: no answer within 30 s of start');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill();
  }
}

function spawnForColdStart(args: string[], env: Record<string, string>) {
  return (port: number) => {
    const { spawn } = require('node:child_process') as typeof import('node:child_process');
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) }, stdio: 'ignore' });
    return { pid: child.pid!, kill: () => child.kill('SIGKILL') };
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A fresh database on the server of `url`, dropped by the returned function. */
async function scratchDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `hub_bench_${process.pid}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    drop: async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function benchVersusEcho(smoke: boolean, postgresUrl?: string): Promise<void> {
  const sizes = smoke ? SMOKE : FULL;
  build();
  const connector = new CountingConnector();
  const serviceUrl = await connector.start();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-versus-'));
  const rows: VersusRow[] = [];
  const started: BotUnderTest[] = [];
  try {
    const echo = await startEcho();
    const assistant = await startAssistant(dir);
    started.push(echo, assistant);
    await warmUp(sizes, [echo, assistant], serviceUrl);
    for (const [turn, text] of [['menu card', MENU], ['FAQ answer', FAQ]] as const) {
      for (const conversations of [1, 10, 50]) {
        const figures = await sideBySide(sizes, [echo.url], [assistant.url], serviceUrl, conversations, sizes.turns[conversations], text);
        rows.push({ turn, conversations, ...figures });
      }
    }
    await Promise.all(started.splice(0).map((bot) => bot.stop()));
    printVersus('SQLite, one instance', rows);

    // Memory and cold start, on fresh processes.
    const memoryDir = await mkdtemp(path.join(dir, 'memory-'));
    const freshEcho = await startEcho();
    const freshAssistant = await startAssistant(memoryDir);
    started.push(freshEcho, freshAssistant);
    const echoMemory = await memory(freshEcho, serviceUrl, sizes.memoryConversations);
    const assistantMemory = await memory(freshAssistant, serviceUrl, sizes.memoryConversations);
    await Promise.all(started.splice(0).map((bot) => bot.stop()));
    const coldStarts: number[] = [];
    const echoColdStarts: number[] = [];
    for (let i = 0; i < sizes.coldStarts; i += 1) {
      const coldDir = await mkdtemp(path.join(dir, 'cold-'));
      coldStarts.push(await coldStart(spawnForColdStart(SERVE_ARGS, assistantEnv(coldDir)), serviceUrl));
      echoColdStarts.push(await coldStart(spawnForColdStart(['--require', require.resolve('tsx/cjs'), 'bench/echo-bot.ts'], {}), serviceUrl));
    }
    printMemory(sizes.memoryConversations, echoMemory, assistantMemory, median(coldStarts), median(echoColdStarts));

    if (postgresUrl) {
      const database = await scratchDatabase(postgresUrl);
      try {
        const echoAgain = await startEcho();
        const first = await startAssistant(path.join(dir, 'pg-a'), database.url);
        const second = await startAssistant(path.join(dir, 'pg-b'), database.url);
        started.push(echoAgain, first, second);
        await warmUp(sizes, [echoAgain, first, second], serviceUrl);
        const pgRows: VersusRow[] = [];
        for (const [turn, text] of [['menu card', MENU], ['FAQ answer', FAQ]] as const) {
          for (const conversations of [10, 50]) {
            const figures = await sideBySide(sizes, [echoAgain.url], [first.url, second.url], serviceUrl, conversations, sizes.turns[conversations], text);
            pgRows.push({ turn, conversations, ...figures });
          }
        }
        await Promise.all(started.splice(0).map((bot) => bot.stop()));
        printVersus('Postgres, two instances (the echo bot: one, in memory)', pgRows);
      } finally {
        await database.drop();
      }
    }
  } finally {
    await Promise.all(started.map((bot) => bot.stop()));
    await connector.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const mark = (ok: boolean) => (ok ? 'yes' : 'NO');

function printVersus(title: string, rows: VersusRow[]): void {
  console.log(`\nThe assistant beside a bare echo bot: ${title} (${machine()})`);
  console.table(
    rows.map(({ turn, conversations, echo, assistant }) => {
      const throughput = assistant.turnsPerSecond / echo.turnsPerSecond;
      const p99 = assistant.p99Ms / echo.p99Ms;
      const goals = [
        conversations >= 10 ? throughput >= TARGETS.minThroughputRatio : true,
        conversations === 10 ? p99 <= TARGETS.maxP99RatioAt10 : true,
        conversations === 1 ? assistant.p50Ms <= TARGETS.maxP50SingleMs : true,
      ];
      return {
        turn,
        conversations,
        'echo turns/s': fixed(echo.turnsPerSecond, 0),
        'echo p50/p99 ms': `${fixed(echo.p50Ms)} / ${fixed(echo.p99Ms)}`,
        'turns/s': fixed(assistant.turnsPerSecond, 0),
        'p50/p99 ms': `${fixed(assistant.p50Ms)} / ${fixed(assistant.p99Ms)}`,
        'turns/s ratio': fixed(throughput, 2),
        'p50 ratio': fixed(assistant.p50Ms / echo.p50Ms, 2),
        'p99 ratio': fixed(p99, 2),
        errors: echo.errors + assistant.errors,
        'targets met': mark(goals.every(Boolean)),
      };
    }),
  );
}

function printMemory(
  conversations: number,
  echo: { started: number; after: number; further: number },
  assistant: { started: number; after: number; further: number },
  coldStartMs: number,
  echoColdStartMs: number,
): void {
  const ratio = assistant.after / echo.after;
  const growth = assistant.further / assistant.after - 1;
  console.log(`\nMemory (resident, MB) and cold start (${machine()})`);
  console.table([
    { measure: 'right after start', echo: fixed(echo.started, 0), assistant: fixed(assistant.started, 0), ratio: fixed(assistant.started / echo.started, 2), 'target met': '' },
    { measure: `after ${conversations} conversations x 10 turns`, echo: fixed(echo.after, 0), assistant: fixed(assistant.after, 0), ratio: fixed(ratio, 2), 'target met': mark(ratio <= TARGETS.maxMemoryRatio) },
    {
      measure: `after ${conversations * 10} turns more (new conversations)`,
      echo: fixed(echo.further, 0),
      assistant: fixed(assistant.further, 0),
      ratio: `growth ${fixed(growth * 100)}%`,
      'target met': mark(growth <= TARGETS.maxMemoryGrowth),
    },
    { measure: 'cold start: spawn to first answer, ms', echo: fixed(echoColdStartMs, 0), assistant: fixed(coldStartMs, 0), ratio: fixed(coldStartMs / echoColdStartMs, 2), 'target met': mark(coldStartMs <= TARGETS.maxColdStartMs) },
  ]);
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.versions.node}`;
}
