import { messages } from '../../src/i18n';
import { runTable } from '../support/conversation-table';
import { button } from '../support/teams-user';
import { useTestBot } from '../support/test-bot';

/** Questions as a table: answers from the knowledge base, a decline, and a question sent to IKM. */
describe('questions: what the user sends, what the bot answers', () => {
  const bot = useTestBot();

  const t = messages('en').faq;

  it('in Teams', async () => {
    await runTable(bot().user(), [
      [{ verb: 'menu', item: 'ask' }, messages('en').menu.askIntro],
      ['How much funding can a project get?', ['US$50,000', 'US$80,000', t.askIkm.button]],
      [(card) => ({ ...button(card, 'faq.feedback') }), /thank/i],
      ['What will the weather be in Geneva tomorrow?', [t.offTopic, t.offTopicAsk, t.askIkm.button]],
      ['Can our project be co-funded by a private company?', t.askIkm.button],
      [(card) => button(card, 'faq.askIkm'), [t.askIkm.confirm.title, 'Can our project be co-funded by a private company?', 'within 3 working days']],
      [(card) => button(card, 'faq.askIkm.send'), t.askIkm.sent({ ticket: 'Q-0001', days: 3 })],
    ]);
  });

  it('by e-mail: plain text, and "ask IKM" sends the last question', async () => {
    await runTable(bot().user({ channelId: 'email' }), [
      ['When is the deadline for ideas?', ['25 October 2024', t.unsure.askInsteadText]],
      ['ask IKM', /Q-\d{4}/],
    ]);
  });
});
