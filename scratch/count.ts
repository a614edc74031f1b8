import { SqliteConnection } from '../src/storage/sqlite-connection';
import { TestBot } from '../test/support/test-bot';
const counts = new Map<string, number>();
for (const m of ['all', 'run', 'exec'] as const) {
  const orig = (SqliteConnection.prototype as any)[m];
  (SqliteConnection.prototype as any)[m] = function (sql: string, params: unknown[]) {
    const k = m + ' ' + sql.replace(/\s+/g, ' ').slice(0, 90) + ' ' + (params?.[0] ?? '');
    counts.set(k, (counts.get(k) ?? 0) + 1);
    return orig.call(this, sql, params);
  };
}
async function main() {
  const bot = await new TestBot().start();
  const u = bot.user();
  await u.say('hi');
  counts.clear();
  const r = await u.say(process.argv[2] ?? 'hi');
  console.log(r.length, 'replies');
  for (const [k, v] of counts) console.log(v, k);
  await bot.stop();
}
void main();
