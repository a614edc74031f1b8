import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startAssistant } from '../src/main';
import { CountingConnector, runLoad } from '../bench/load';
async function main() {
  const dir = mkdtempSync(os.tmpdir() + '/inproc-');
  const connector = new CountingConnector();
  const serviceUrl = await connector.start();
  const config = loadConfig({ PORT: '0', STORAGE_URL: `sqlite://${dir}/hub.sqlite`, DATA_DIR: dir, MAIL_OUTBOX_DIR: dir + '/outbox', LOG_LEVEL: 'info' } as any);
  const assistant = await startAssistant({ config, logger: createLogger('info', require('node:fs').createWriteStream('/dev/null')) });
  const url = (assistant as any).url ?? `http://127.0.0.1:${(assistant as any).port}`;
  const text = process.argv[2] ?? 'hi';
  await runLoad({ urls: [url], serviceUrl, conversations: 10, turnsPerConversation: 150, text: () => text, runId: 'w' });
  const session = new Session(); session.connect();
  await session.post('Profiler.enable'); await session.post('Profiler.start');
  const f = await runLoad({ urls: [url], serviceUrl, conversations: 10, turnsPerConversation: 200, text: () => text, runId: 'm' });
  const { profile } = await session.post('Profiler.stop');
  writeFileSync('/tmp/inproc.cpuprofile', JSON.stringify(profile));
  console.log(f);
  await assistant.stop(); await connector.stop();
}
void main();
