import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../test/support/bot-process';
import { BotUnderTest, CountingConnector, LoadFigures, residentMb, runLoad, startBotProcess } from './load';

/** The assistant's process as `npm start` runs it (built by the bench first), on a fresh SQLite file. */
async function startAssistantProcess(dataDir: string, extraEnv: Record<string, string> = {}) {
  const port = await freePort();
  return startBotProcess(
    'assistant',
    ['dist/src/index.js'],
    { STORAGE_URL: `sqlite://${path.join(dataDir, 'hub.sqlite')}`, DATA_DIR: dataDir, MAIL_OUTBOX_DIR: path.join(dataDir, 'outbox'), ...extraEnv },
    port,
  );
}

async function startEchoProcess() {
  const port = await freePort();
  return startBotProcess('echo', ['--require', require.resolve('tsx/cjs'), 'bench/echo-bot.ts'], {}, port);
}

async function main() {
  const connector = new CountingConnector();
  const serviceUrl = await connector.start();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-vs-'));
  const bots: BotUnderTest[] = [await startEchoProcess(), await startAssistantProcess(dir)];
  try {
    for (const bot of bots) {
      await runLoad({ urls: [bot.url], serviceUrl, conversations: 10, turnsPerConversation: 30, text: () => 'hi', runId: `warm-${bot.name}` });
      for (const conversations of [1, 10, 50]) {
        const before = connector.replies;
        const figures: LoadFigures = await runLoad({ urls: [bot.url], serviceUrl, conversations, turnsPerConversation: Math.ceil(2000 / conversations), text: () => process.argv[2] ?? 'hi', runId: `${bot.name}-${conversations}` });
        console.log(bot.name, conversations, figures, 'replies/turn', ((connector.replies - before) / figures.turns).toFixed(2), 'rss', residentMb(bot.pid).toFixed(0));
      }
    }
  } finally {
    await Promise.all(bots.map((b) => b.stop()));
    await connector.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
void main();
