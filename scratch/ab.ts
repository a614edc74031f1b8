import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../test/support/bot-process';
import { CountingConnector, runLoad, startBotProcess } from '../bench/load';
async function main() {
  const connector = new CountingConnector();
  const serviceUrl = await connector.start();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ab-'));
  const bot = await startBotProcess('assistant', ['dist/src/index.js'], { STORAGE_URL: `sqlite://${dir}/hub.sqlite`, DATA_DIR: dir, MAIL_OUTBOX_DIR: dir + '/outbox', ...(process.env.XENV ? Object.fromEntries([process.env.XENV.split('=')]) : {}) }, await freePort());
  const text = process.argv[2] ?? 'hi';
  await runLoad({ urls: [bot.url], serviceUrl, conversations: 10, turnsPerConversation: 50, text: () => text, runId: 'w' });
  const out = [];
  for (let i = 0; i < 3; i++) { const f = await runLoad({ urls: [bot.url], serviceUrl, conversations: 10, turnsPerConversation: 200, text: () => text, runId: 'm' + i }); out.push(f.turnsPerSecond.toFixed(0) + '/' + f.p99Ms.toFixed(0)); }
  const one = await runLoad({ urls: [bot.url], serviceUrl, conversations: 1, turnsPerConversation: 500, text: () => text, runId: 'one' });
  console.log(text, 'tps/p99 at 10:', out.join(' '), ' p50 at 1:', one.p50Ms.toFixed(2));
  await bot.stop(); await connector.stop();
}
void main();
