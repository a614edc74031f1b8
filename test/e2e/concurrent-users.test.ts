import { TestBot } from '../support/test-bot';

const postgresUrl = process.env.TEST_POSTGRES_URL;
const engines: [string, string | undefined][] = [['SQLite', undefined]];
if (postgresUrl) engines.push(['Postgres', postgresUrl]);
else console.warn('Postgres end-to-end tests skipped: set TEST_POSTGRES_URL');

/**
 * Many people at once: every turn answered exactly once, none failing. (On SQLite, two connections
 * contending for the write lock once stalled turns for whole busy timeouts, then failed them.)
 */
describe.each(engines)('20 users chatting at once (%s storage)', (_engine, storageUrl) => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await new TestBot({ storageUrl }).start();
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('answers every message once and keeps each user state apart', async () => {
    const users = Array.from({ length: 20 }, () => bot.user());
    const counts = await Promise.all(
      users.map(async (user, index) => {
        await user.install();
        if (index % 2 === 0) await user.press({ verb: 'language', language: 'fr' });
        let replies = 0;
        for (const text of ['hi', 'help', 'cancel', 'hi', 'what?']) replies += (await user.say(text)).length;
        return replies;
      }),
    );
    expect(counts).toEqual(users.map(() => 5));
    expect(bot.errors).toEqual([]);
    const [french] = await users[0].say('cancel');
    const [english] = await users[1].say('cancel');
    expect(french.text).toContain('Il n’y a rien à annuler');
    expect(english.text).toContain('There is nothing to cancel');
  });

  it('keeps conversation state across a restart on this engine', async () => {
    const user = bot.user();
    await user.say('language');
    await bot.restart();
    expect((await user.say('3'))[0].text).toBe('A partir de ahora le responderé en español.');
  });
});
