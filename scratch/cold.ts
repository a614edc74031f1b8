import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { spawn } from 'node:child_process';
import { freePort } from '../test/support/bot-process';
import { CountingConnector, teamsMessage } from '../bench/load';
async function main() {
  const c = new CountingConnector(); const serviceUrl = await c.start();
  for (let i = 0; i < 3; i++) {
    const dir = mkdtempSync(os.tmpdir() + '/cold-'); const port = await freePort();
    const t0 = Date.now();
    const child = spawn(process.execPath, ['dist/src/index.js'], { env: { PATH: process.env.PATH!, PORT: String(port), STORAGE_URL: `sqlite://${dir}/h.sqlite`, MAIL_OUTBOX_DIR: dir + '/o', PROPOSALS_DIR: dir + '/p' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let listening = 0; child.stdout.on('data', () => { if (!listening) listening = Date.now() - t0; });
    for (;;) { const s = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: teamsMessage(serviceUrl, 'c' + i, 0, 'hi') }).then((r) => r.status).catch(() => 0); if (s === 200) break; await new Promise((r) => setTimeout(r, 5)); }
    console.log('first answer', Date.now() - t0, 'ms; first log', listening);
    child.kill('SIGKILL');
  }
  await c.stop();
}
void main();
