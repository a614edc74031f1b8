import { messages } from '../../src/i18n';
import { runTable } from '../support/conversation-table';
import { useTestBot } from '../support/test-bot';

/** The home feature as a table: greeting, menu, help, cancel, language, thanks. */
describe('home: what the user sends, what the bot answers', () => {
  const bot = useTestBot();

  const en = messages('en');
  const fr = messages('fr');

  it('in Teams', async () => {
    await runTable(bot().user(), [
      ['hi', [en.welcome.greeting, en.welcome.choose, en.menu.eligibility, en.menu.reminders]],
      ['help', [en.help.title, en.help.body[0]], { not: [en.help.inDialog] }],
      ['cancel', en.cancel.nothing],
      ['thanks', en.thanks],
      ['language', en.language.prompt],
      ['Français', fr.language.changed],
      ['menu', [fr.welcome.greeting, fr.menu.eligibility]],
      [{ verb: 'menu', item: 'help' }, fr.help.title],
      [{ verb: 'language', language: 'en' }, en.language.changed],
      [{ verb: 'menu', item: 'ask' }, en.menu.askIntro],
      [{ verb: 'menu', item: 'drop-tables' }, en.cards.unknownAction],
    ]);
  });

  it('on a channel without cards (e-mail): the menu as numbers', async () => {
    await runTable(bot().user({ channelId: 'email' }), [
      ['hello', [en.menu.textIntro, `1. ${en.menu.eligibility}`, `5. ${en.menu.reminders}`]],
      ['5', en.reminders.settings.title],
      ['help', en.help.body[1]],
    ]);
  });
});
