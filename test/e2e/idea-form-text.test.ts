import { Reply } from '../support/teams-user';
import { TestBot } from '../support/test-bot';

const text = (replies: Reply[]) => replies.map((reply) => reply.text ?? '').join('\n');

/**
 * Channels without cards (the IKM mailbox through the Email channel): the same form, one question
 * at a time in plain text.
 */
describe('the idea form on a text-only channel', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await new TestBot().start();
  });
  afterAll(async () => {
    await bot.stop();
  });
  afterEach(() => {
    expect(bot.errors).toEqual([]);
  });

  it('asks one question at a time; "help" helps, "Help for children" is an answer', async () => {
    const user = bot.user({ channelId: 'email' });
    let replies = await user.say('my idea');
    expect(replies.every((reply) => (reply.attachments ?? []).length === 0)).toBe(true);
    expect(text(replies)).toContain('Section 1 of 6: The idea');
    expect(text(replies)).toContain('Title of the idea (up to 120 characters)');

    replies = await user.say('help');
    expect(text(replies)).toContain('We are in the middle of something');
    expect(text(replies)).toContain('Title of the idea');

    replies = await user.say('Help for children');
    expect(text(replies)).toContain('(question 2 of 3)');
    expect(text(replies)).toContain('1. Saving lives and protecting people on the move');

    replies = await user.say('7');
    expect(text(replies)).toContain('"7" is not one of the options');

    replies = await user.say('1, 3');
    expect(text(replies)).toContain('Cross-cutting priorities (optional)');
    expect(text(replies)).toContain('reply "skip"');

    replies = await user.say('skip');
    expect(text(replies)).toContain('Section 2 of 6: Who submits');

    replies = await user.say('cancel');
    expect(text(replies)).toContain('Stopped.');

    replies = await user.say('continue my idea');
    expect(text(replies)).toContain('Welcome back');
    expect(text(replies)).toContain('Section 2 of 6');
  });

  it('walks the eligibility check in text and offers the next steps as numbers', async () => {
    const user = bot.user({ channelId: 'email' });
    let replies = await user.say('eligibility');
    expect(text(replies)).toContain('Who will submit the idea?');
    replies = await user.say('1'); // a country office: no coordinating office asked
    expect(text(replies)).toContain('Which strategic objectives');
    replies = await user.say('2');
    replies = await user.say('about sixty thousand');
    expect(text(replies)).toContain('Budget: please type a whole amount in digits');
    replies = await user.say('60000');
    replies = await user.say('18');
    expect(text(replies)).toContain('Which language');
    replies = await user.say('English');
    const verdict = text(replies);
    expect(verdict).toContain('18 months');
    expect(verdict).toContain('1. Take the innovation self-check');

    replies = await user.say('2');
    expect(text(replies)).toContain('Section 1 of 6');
  });
});
