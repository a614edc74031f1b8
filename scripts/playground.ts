import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { SAMPLE_STAGES, type SampleStage, writeSampleCallFile } from '../src/call/sample-call';
import { PLAYGROUND_ADMIN_ID, writePlaygroundAdminConfig } from './playground-admin';

/**
 * `npm run playground`: the bot on 127.0.0.1:3978 with an open sample call cycle and SQLite storage,
 * plus the Microsoft 365 Agents Playground (a local Teams emulator) bound to loopback.
 * Open the printed address in a browser and chat. Ctrl+C stops both. With `-- --admin`, the
 * Playground's user is an IKM administrator (the desk, announcements, the question queue). With
 * `-- --stage shortlisting|clinics|reviewing`, today falls later in the sample cycle (the data in
 * `data/` is kept, so an idea submitted in one run can be shortlisted in the next). `PORT`,
 * `PLAYGROUND_PORT` and `DATA_DIR` move the bot, the Playground and the data folder (two runs side by
 * side, or a machine where 3978 is taken).
 */
const root = path.resolve(__dirname, '..', '..');
const BOT_PORT = Number(process.env.PORT || 3978);
const PLAYGROUND_PORT = Number(process.env.PLAYGROUND_PORT || 56150);
const dataDir = path.resolve(root, process.env.DATA_DIR || 'data');
const sampleCallFile = path.join(dataDir, 'call-sample.yaml');
const asAdmin = process.argv.includes('--admin');
// `--stage clinics` or `--stage=clinics`.
const stageFlag = process.argv.findIndex((argument) => argument === '--stage' || argument.startsWith('--stage='));
const stageArgument = stageFlag < 0 ? undefined : process.argv[stageFlag].includes('=') ? process.argv[stageFlag].split('=')[1] : process.argv[stageFlag + 1];
const stage = stageFlag < 0 ? 'ideas-open' : stageArgument;
if (!SAMPLE_STAGES.includes(stage as SampleStage)) {
  process.stderr.write(`--stage takes one of: ${SAMPLE_STAGES.join(', ')} (got ${stageArgument ?? 'nothing'}).\n`);
  process.exit(2);
}

const sample = writeSampleCallFile(path.join(root, 'content', 'call-2024.yaml'), sampleCallFile, new Date(), { stage: stage as SampleStage });
process.stdout.write(`Sample call: ideas due ${sample.timeline.ideaDeadline.toISOString()}, proposals due ${sample.timeline.proposalDeadline.toISOString()} (stage: ${stage}).\n`);

const children: ChildProcess[] = [];
const start = (command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root) => {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' });
  children.push(child);
  child.on('exit', (code) => {
    if (!stopping) {
      process.stderr.write(`${path.basename(args[0] ?? command)} exited (${code}); stopping.\n`);
      stopAll(code ?? 1);
    }
  });
  return child;
};

let stopping = false;
const stopAll = (code: number) => {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 1500).unref();
};
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

start(process.execPath, [path.join(root, 'dist', 'src', 'index.js')], {
  CALL_FILE: sampleCallFile,
  PORT: String(BOT_PORT),
  // Another data folder, when asked for (otherwise .env or the defaults, ./data, hold).
  ...(process.env.DATA_DIR
    ? {
        STORAGE_URL: process.env.STORAGE_URL || `sqlite://${path.join(dataDir, 'hub.sqlite')}`,
        MAIL_OUTBOX_DIR: process.env.MAIL_OUTBOX_DIR || path.join(dataDir, 'outbox'),
        PROPOSALS_DIR: process.env.PROPOSALS_DIR || path.join(dataDir, 'proposals'),
      }
    : {}),
  ...(asAdmin ? { IKM_ADMIN_IDS: [process.env.IKM_ADMIN_IDS, PLAYGROUND_ADMIN_ID].filter(Boolean).join(',') } : {}),
});
start(
  process.execPath,
  [
    require.resolve('@microsoft/m365agentsplayground/cli.js'),
    '-e',
    `http://127.0.0.1:${BOT_PORT}/api/messages`,
    '-c',
    'msteams',
    '-p',
    String(PLAYGROUND_PORT),
    '--disable-telemetry',
  ],
  {
    NODE_OPTIONS: `--require ${path.join(root, 'scripts', 'loopback-only.cjs')}`,
    TEAMSAPPTESTER_BROWSER: 'none',
  },
  // The Playground reads its user from the folder it runs in.
  asAdmin ? writePlaygroundAdminConfig(path.join(dataDir, 'playground-admin')) : root,
);
process.stdout.write(
  `\nInnovation Hub Assistant: chat with it at http://127.0.0.1:${PLAYGROUND_PORT}${asAdmin ? ' as an IKM administrator' : ''} (Ctrl+C to stop)\n\n`,
);
