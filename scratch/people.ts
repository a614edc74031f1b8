import { TestBot } from '../test/support/test-bot';
async function main() {
  const bot = await new TestBot().start();
  const u = bot.user();
  for (let i = 0; i < 3; i++) {
    await u.say('hi');
    const r = await bot.assistant.store.list('people/');
    console.log(JSON.stringify(r));
  }
  await bot.stop();
}
void main();
