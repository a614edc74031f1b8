import { visibleText } from '../support/teams-user';
import { TestBot } from '../support/test-bot';

describe('restarting the bot keeps conversation state', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await new TestBot().start();
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('resumes a dialog begun before the restart and keeps the chosen language', async () => {
    const user = bot.user();
    await user.install();
    expect(visibleText((await user.say('language'))[0])).toContain('Which language');

    await bot.restart();

    expect((await user.say('Español'))[0].text).toBe('A partir de ahora le responderé en español.');

    await bot.restart();

    expect(visibleText((await user.say('hi'))[0])).toContain('¿Qué desea hacer?');
    // Greeted before the restarts: an install event does not greet again.
    expect(await user.send({ type: 'installationUpdate', action: 'add' })).toEqual({ status: 200, replies: [] });
  });
});
