import { messages } from '../../src/i18n';
import { runTable } from '../support/conversation-table';
import { button } from '../support/teams-user';
import { useTestBot } from '../support/test-bot';

/** "My reminders" as a table: the switches, saving them, and IKM's commands refused to others. */
describe('reminders: what the user sends, what the bot answers', () => {
  const bot = useTestBot();

  const t = messages('en').reminders;

  it('in Teams', async () => {
    await runTable(bot().user(), [
      ['my reminders', [t.settings.title, t.kinds['idea-deadline'], t.kinds.sessions]],
      [(card) => ({ ...button(card, 'reminders.save'), 'idea-deadline': 'false' }), t.settings.saved],
      [{ verb: 'reminders.stop', kind: 'sessions' }, t.stopped({ kind: t.kinds.sessions })],
      [{ verb: 'reminders.stop', kind: 'everything' }, messages('en').cards.unknownAction],
      ['pause reminders', messages('en').admin.only],
    ]);
  });
});
