import { TestBot } from '../test/support/test-bot';
import { BenchResult, measure } from './stats';

/**
 * Latency of a whole bot turn through HTTP (activity in, state load/save on SQLite, reply out to a
 * loopback connector), with several users chatting at once.
 */
export async function benchTurns(smoke: boolean): Promise<BenchResult[]> {
  const bot = await new TestBot().start();
  try {
    const users = Array.from({ length: 20 }, () => bot.user());
    await Promise.all(users.map((user) => user.install()));
    const count = smoke ? 100 : 2000;
    const texts = ['hi', 'help', 'what is this', 'cancel'];
    const result = await measure('turn: message -> reply (SQLite, 20 users)', count, 20, async (index) => {
      const replies = await users[index % users.length].say(texts[index % texts.length]);
      if (replies.length === 0) throw new Error('no reply');
    });
    const rss = process.memoryUsage().rss / 1024 / 1024;
    result.extra = { 'rss MB': rss.toFixed(0) };
    return [result];
  } finally {
    await bot.stop();
  }
}
