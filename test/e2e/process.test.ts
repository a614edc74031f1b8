import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BotProcess, freePort } from '../support/bot-process';
import { FakeConnector } from '../support/fake-connector';
import { TeamsUser } from '../support/teams-user';

/** The bot as an operator runs it: a process started from the command line and stopped by a signal. */
describe('the bot process', () => {
  let dataDir: string;
  const processes: BotProcess[] = [];
  const connector = new FakeConnector();
  let serviceUrl: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'hub-process-'));
    serviceUrl = await connector.start();
  });
  afterAll(async () => {
    processes.forEach((bot) => bot.kill());
    await connector.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const start = (env: Record<string, string>) => {
    const bot = new BotProcess({ STORAGE_URL: `sqlite://${path.join(dataDir, 'hub.sqlite')}`, ...env });
    processes.push(bot);
    return bot;
  };

  it('finishes the turn in flight on SIGTERM, then exits 0; its logs hold no message text', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const bot = start({ PORT: String(port), LOG_LEVEL: 'debug' });
    await bot.ready(url);

    const user = new TeamsUser({ botUrl: url, serviceUrl, connector });
    connector.delayMs = 1000; // the reply is still being delivered when the signal arrives
    const pending = user.say('hi, our project is called Secret Garden for Refugees');
    await new Promise((resolve) => setTimeout(resolve, 300));
    bot.signal('SIGTERM');

    const replies = await pending;
    connector.delayMs = 0;
    expect(replies).toHaveLength(1);
    expect(await bot.exited).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();

    const printed = bot.stdout.join('') + bot.stderr.join('');
    expect(printed).not.toContain('Secret Garden');
    expect(printed).not.toContain(user.userId);
    const events = bot.logs().map((entry) => entry.event);
    expect(events).toEqual(expect.arrayContaining(['startup.unauthenticated', 'startup.ready', 'shutdown.begin', 'shutdown.done']));
  });

  it('refuses to start with a readable list of every configuration problem', async () => {
    const bot = start({ PORT: 'eighty', STORAGE_URL: 'mysql://nope', DEFAULT_TIME_ZONE: 'Mars/Base' });
    expect(await bot.exited).toBe(1);
    const printed = bot.stderr.join('');
    expect(printed).toContain('Invalid configuration');
    expect(printed).toContain('PORT');
    expect(printed).toContain('STORAGE_URL');
    expect(printed).toContain('DEFAULT_TIME_ZONE');
  });

  it('refuses to start in production without an app id', async () => {
    const bot = start({ NODE_ENV: 'production' });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr.join('')).toContain('MICROSOFT_APP_ID: required when NODE_ENV=production');
  });

  it('refuses to start with a broken call file, naming the problems', async () => {
    const bot = start({ CALL_FILE: path.join(dataDir, 'missing-call.yaml'), PORT: String(await freePort()) });
    expect(await bot.exited).toBe(1);
    expect(bot.stdout.join('') + bot.stderr.join('')).toContain('missing-call.yaml');
  });
});
