import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { percentile } from './stats';

const ROOT = path.resolve(__dirname, '..');

/**
 * A Bot Connector on loopback that acknowledges every reply at once and only counts them: the
 * cheapest possible far end, so that what is measured is the bot.
 */
export class CountingConnector {
  replies = 0;
  private server?: http.Server;

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        this.replies += 1;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"id":"r${this.replies}"}`);
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** A bot under test as its own process, listening on `url`. */
export interface BotUnderTest {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts `args` (node arguments) with `env` and waits until GET /healthz answers 200. */
export async function startBotProcess(name: string, args: string[], env: Record<string, string>, port: number): Promise<BotUnderTest & { startedAt: bigint }> {
  const startedAt = process.hrtime.bigint();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not start: ${stderr.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    name,
    url,
    pid: child.pid!,
    startedAt,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Resident memory of a process in MB (Linux /proc; NaN elsewhere). */
export function residentMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** What one load run measured. */
export interface LoadFigures {
  /** Every turn's latency, ms (to combine runs). */
  latencies: number[];
  /** Seconds the run took. */
  seconds: number;
  turns: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

export interface LoadOptions {
  /** Bot endpoints; conversations are spread over them in turn (several instances). */
  urls: string[];
  serviceUrl: string;
  /** Conversations talking at once; each waits for its answer before its next message. */
  conversations: number;
  /** Messages each conversation sends. */
  turnsPerConversation: number;
  /** The text of message `turn` of a conversation. */
  text: (turn: number) => string;
  /** Distinguishes conversations of different runs. */
  runId: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** Posts one activity; resolves with the HTTP status. */
function post(url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/api/messages`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** A personal-chat message as Teams sends it. */
export function teamsMessage(serviceUrl: string, conversation: string, turn: number, text: string): string {
  return JSON.stringify({
    type: 'message',
    id: `act-${conversation}-${turn}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'en-US',
    text,
    from: { id: `29:${conversation}`, name: 'Bench User', aadObjectId: `aad-${conversation}` },
    recipient: { id: '28:bench-bot', name: 'Innovation Hub' },
    conversation: { id: `a:${conversation}`, conversationType: 'personal', tenantId: 'bench-tenant' },
    channelData: { tenant: { id: 'bench-tenant' } },
  });
}

function figures(latencies: number[], seconds: number, errors: number): LoadFigures {
  return {
    latencies,
    seconds,
    turns: latencies.length,
    turnsPerSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    errors,
  };
}

/** Several runs as one: their turns, time and latencies together. */
export function combined(runs: LoadFigures[]): LoadFigures {
  return figures(
    runs.flatMap((run) => run.latencies),
    runs.reduce((sum, run) => sum + run.seconds, 0),
    runs.reduce((sum, run) => sum + run.errors, 0),
  );
}

/** Runs `conversations` conversations at once, each sending its messages one after the other. */
export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: options.conversations }, async (_, index) => {
      const conversation = `${options.runId}-${index}`;
      const url = options.urls[index % options.urls.length];
      for (let turn = 0; turn < options.turnsPerConversation; turn += 1) {
        const body = teamsMessage(options.serviceUrl, conversation, turn, options.text(turn));
        const t0 = process.hrtime.bigint();
        const status = await post(url, body).catch(() => 0);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (status !== 200) errors += 1;
      }
    }),
  );
  return figures(latencies, Number(process.hrtime.bigint() - started) / 1e9, errors);
}
