import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LimitedConnector } from '../support/limited-connector';

const RUNNER = path.join(__dirname, 'crash-runner.ts');
const ROOT = path.resolve(__dirname, '..', '..');
const USERS = 500;
const CONCURRENCY = 8;

function runner(file: string, serviceUrl: string) {
  const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), RUNNER, file, serviceUrl, String(USERS), String(CONCURRENCY)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output, exited };
}

describe('a broadcast killed half way', () => {
  let dir: string;
  let connector: LimitedConnector;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'reminders-crash-'));
    connector = new LimitedConnector({ ratePerSecond: 120 });
  });

  afterEach(async () => {
    await connector.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('resumes in a new process: everyone gets the reminder, duplicates at most the rows the worker held', async () => {
    const serviceUrl = await connector.start();
    const file = path.join(dir, 'hub.sqlite');

    const first = runner(file, serviceUrl);
    const deadline = Date.now() + 12_000;
    while (connector.accepted.length < USERS * 0.4) {
      if (Date.now() > deadline) throw new Error(`first runner too slow:\n${first.output.join('')}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const beforeCrash = connector.accepted.length;
    expect(beforeCrash).toBeLessThan(USERS);

    const second = runner(file, serviceUrl);
    const { code } = await second.exited;
    expect({ code, output: second.output.join('') }).toEqual({ code: 0, output: 'done\n' });

    const counts = connector.countsByConversation();
    const duplicates = connector.accepted.length - counts.size;
    const figures = { beforeCrash, accepted: connector.accepted.length, users: counts.size, duplicates };
    expect(counts.size === USERS ? 'nobody lost' : figures).toBe('nobody lost');
    // Sent again: the requests in flight at the kill (at most CONCURRENCY) and those that had returned
    // with their mark not yet written; the worker holds at most twice the concurrency in rows (on a
    // loaded machine a CI run saw 9 of 8).
    expect(duplicates <= 2 * CONCURRENCY ? 'few duplicates' : figures).toBe('few duplicates');
    // A resent message may meet Teams' one-per-second limit of its conversation (then waits and
    // succeeds); the global rate is never exceeded.
    expect(connector.throttled.filter((t) => t.reason === 'global')).toEqual([]);
  }, 30_000);
});
