import { messages } from '../../src/i18n';
import { allText, button, cardOf, submitActions, visibleText } from '../support/teams-user';
import { TestBot } from '../support/test-bot';
import { typeset } from '../support/french';

/**
 * The first conversation, through POST /api/messages with a fake Bot Connector recording replies:
 * welcome and menu, help and cancel, unknown input, language, and forged or odd input.
 */
describe('first conversation (end to end over HTTP)', () => {
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

  it.each([
    ['what can I do here?', 'en-US', 'en'],
    ['hola, ¿qué puedo hacer?', 'es-ES', 'es'],
    ['que puis-je faire ?', 'fr-FR', 'fr'],
    ['where do I start', 'en-US', 'en'],
  ] as const)('answers a newcomer\'s %j with the help, in their language', async (typed, locale, language) => {
    const replies = await bot.user({ locale }).say(typed);
    expect(visibleText(replies[0])).toContain(messages(language).help.title);
    expect(allText(replies)).not.toContain(messages(language).faq.offTopic);
  });

  it('still reads "what can I do if we miss the deadline?" as a question about the call', async () => {
    const replies = await bot.user().say('what can I do if we miss the deadline?');
    expect(allText(replies)).not.toContain(messages('en').help.title);
    expect(allText(replies)).toContain('25 October 2024');
  });

  it('greets once on install with the main menu and the state of the call', async () => {
    const user = bot.user();
    const replies = await user.install();
    expect(replies).toHaveLength(1);
    const text = visibleText(replies[0]);
    expect(text).toContain('Innovation Hub assistant');
    expect(text).toMatch(/ideas are due by 25 October 2024 at 23:59 \(Europe\/Zurich\) \(in 24 days\)/);
    expect(submitActions(replies[0]).map((action) => action.data.item)).toEqual([
      'eligibility',
      'idea',
      'ask',
      'sessions',
      'reminders',
      'myData',
      'language',
      'help',
    ]);
    // Teams also sends installationUpdate: no second greeting.
    expect(await user.send({ type: 'installationUpdate', action: 'add' })).toEqual({ status: 200, replies: [] });
  });

  it('greets once when the two install events arrive at the same time', async () => {
    const user = bot.user();
    const [first, second] = await Promise.all([
      user.send({ type: 'installationUpdate', action: 'add' }),
      user.send({ type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }] }),
    ]);
    expect([...first.replies, ...second.replies]).toHaveLength(1);
  });

  it.each(['hi', 'Hello!', 'menu'])('shows the menu card on %p', async (text) => {
    const [reply] = await bot.user().say(text);
    expect(cardOf(reply)).toBeDefined();
    expect(submitActions(reply)).toHaveLength(8);
  });

  it.each([
    ['good morning', 'en-US', 'en'],
    ['Buenos días, ¿qué es esto?', 'es-ES', 'es'],
    ['bonsoir', 'fr-FR', 'fr'],
  ] as const)('shows the menu card on a greeting as people write it: %p', async (text, locale, language) => {
    const [reply] = await bot.user({ locale }).say(text);
    expect(visibleText(reply)).toContain(messages(language).welcome.choose);
    expect(submitActions(reply)).toHaveLength(8);
  });

  it("runs a menu button's title typed as it reads", async () => {
    const user = bot.user({ locale: 'es-ES' });
    const menu = await user.say('hola');
    const title = messages('es').menu.eligibility;
    expect(submitActions(menu[0]).map((action) => action.title)).toContain(title);
    const typed = await user.say(title);
    // The first question of the eligibility check, not an FAQ answer about it.
    expect(allText(typed)).toContain(messages('es').eligibility.questions.submitter.prompt);
  });

  it('tells an unknown slash command apart from a question, showing it as typed (in plain text)', async () => {
    const replies = await bot.user().say('/delete_all *users*');
    expect(replies).toHaveLength(1);
    expect(replies[0].textFormat).toBe('plain');
    expect(replies[0].text).toBe(messages('en').input.unknownCommand({ command: '/delete_all' }));
  });

  it('answers help and cancel when nothing is going on', async () => {
    const user = bot.user();
    expect(visibleText((await user.say('help'))[0])).toContain('Type "cancel" to stop');
    expect((await user.say('cancel'))[0].text).toBe(
      'There is nothing to cancel: nothing is in progress. To cancel a booking, press its Cancel button ("my bookings" lists them). Type "menu" to see the options.',
    );
  });

  it('never stays silent: something off the topic of the call is declined politely', async () => {
    const replies = await bot.user().say('please write me a poem about football');
    expect(allText(replies)).toContain('I can only answer questions about the Innovation Hub call');
    // ...and always with the way forward.
    expect(allText(replies)).toContain(messages('en').faq.askIkm.button);
  });

  it('every menu entry opens its capability, from the button or typed', async () => {
    const user = bot.user();
    expect(visibleText((await user.press({ verb: 'menu', item: 'reminders' }))[0])).toContain('Idea deadline');
    expect(visibleText((await user.say('my reminders'))[0])).toContain('never at night');
  });

  it('answers in the Teams locale: French and Spanish clients', async () => {
    const french = await bot.user({ locale: 'fr-FR' }).say('bonjour');
    expect(visibleText(french[0])).toContain(typeset("Je suis l'assistant du Centre d'innovation"));
    expect(visibleText(french[0])).toContain(typeset('25 octobre 2024'));
    const spanish = await bot.user({ locale: 'es-ES' }).say('ayuda');
    expect(visibleText(spanish[0])).toContain('Cómo usar el asistente');
  });

  it('goes on in the language of the card whose button is pressed: a greeting in French in an English client', async () => {
    const user = bot.user({ locale: 'en-US' });
    const menu = await user.say('bonjour');
    expect(visibleText(menu[0])).toContain(typeset('Que souhaitez-vous faire ?'));
    // Pressing its buttons goes on in French, through a form and its answers, without changing the
    // person's own language.
    const check = await user.press(submitActions(menu[0]).find((action) => action.data.item === 'eligibility')!.data);
    expect(allText(check)).toContain('Quelques questions rapides');
    const verdict = await user.press({
      ...button(check, 'eligibility.answers'),
      submitterKind: 'country-office',
      objectives: 'saving-lives',
      budgetUsd: '60000',
      durationMonths: '12',
      submissionLanguage: 'en',
    });
    expect(allText(verdict)).toContain(typeset("Votre idée correspond à l'appel"));
    // The check's verdict is still open: a word every language uses goes on in French too.
    expect(visibleText((await user.say('hi'))[0])).toContain(typeset('Que souhaitez-vous faire ?'));
    // The check closed, the person's own language again, and its cards say it (an older card is
    // answered in its own language, whatever the person's is by then).
    await user.say('cancel');
    const menuAgain = await user.say('menu');
    expect(visibleText(menuAgain[0])).toContain('What would you like to do?');
    expect(submitActions(menuAgain[0]).every((action) => action.data.lang === 'en')).toBe(true);
  });

  it('switches language with the card buttons and remembers it', async () => {
    const user = bot.user();
    const [languageCard] = await user.press({ verb: 'menu', item: 'language' });
    expect(submitActions(languageCard).map((action) => action.title)).toEqual(['English', 'Français', 'Español']);
    expect((await user.press({ verb: 'language', language: 'es' }))[0].text).toBe(
      'A partir de ahora le responderé en español.',
    );
    expect(visibleText((await user.say('hi'))[0])).toContain('¿Qué desea hacer?');
  });

  it('runs the typed language dialog with help and retries; a sentence with "help" is an answer', async () => {
    const user = bot.user();
    await user.say('language');
    const help = await user.say('help');
    expect(visibleText(help[0])).toContain('We are in the middle of something');
    expect(visibleText(help[1])).toContain('Which language would you like me to use?');
    expect((await user.say('Help for children'))[0].text).toBe(
      'Please choose one of the languages: English, Français or Español.',
    );
    expect((await user.say('Français'))[0].text).toBe('Désormais, je vous répondrai en français.');
  });

  it('cancel stops the dialog at any step', async () => {
    const user = bot.user();
    await user.say('language');
    expect((await user.say('cancel'))[0].text).toContain('Stopped. Nothing you saved is lost.');
    // The language question is gone: its list position is now an ordinary message, not an answer to it
    // (a language's name, "Français", asks for it at any time).
    expect(visibleText((await user.say('2'))[0])).not.toContain('Désormais');
  });

  it('refuses forged card submits and odd messages clearly, changing nothing', async () => {
    const user = bot.user();
    await user.press({ verb: 'language', language: 'fr' });
    const forged = [
      { verb: 'menu', item: 'drop-tables' },
      { verb: 'language', language: 'de' },
      { verb: 'no-such-verb' },
      { verb: ['menu'] },
      { item: 'idea' },
    ];
    for (const value of forged) {
      expect((await user.press(value))[0].text).toBe(
        typeset('Je ne reconnais pas ce bouton ; rien n’a été modifié. Tapez « menu » pour recommencer.'),
      );
    }
    expect((await user.send({ type: 'message', value: null })).replies[0].text).toContain('Je ne lis que');
    expect((await user.send({ type: 'message', value: 'text' })).replies[0].text).toContain('Je ne reconnais pas');
    expect((await user.say('x'.repeat(9000)))[0].text).toContain('Ce message est trop long');
    // The language chosen before is untouched.
    expect((await user.say('aide'))[0]).toBeDefined();
    expect(visibleText((await user.say('menu'))[0])).toContain(typeset('Que souhaitez-vous faire ?'));
  });

  it('ignores a retried activity (same id) instead of answering twice', async () => {
    const user = bot.user();
    const activity = user.activity({ type: 'message', text: 'hi' });
    const post = () =>
      fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(200);
    expect(bot.connector.repliesTo(activity.id as string)).toHaveLength(1);
  });

  it('answers in plain text on channels without cards (the IKM mailbox over email)', async () => {
    const user = bot.user({ channelId: 'email' });
    const [menu] = await user.say('hi');
    expect(menu.attachments ?? []).toHaveLength(0);
    expect(menu.text).toContain('1. Check eligibility');
    expect(menu.text).toContain('5. My reminders');
    expect((await user.say('4'))[0].text).toContain('Times are shown in your time zone');
    expect((await user.say('5'))[0].text).toContain('• Idea deadline: ✔');
  });
});

describe('tenant allow-list', () => {
  const allowed = '11111111-2222-3333-4444-555555555555';
  let bot: TestBot;

  beforeAll(async () => {
    bot = await new TestBot({ env: { ALLOWED_TENANT_IDS: allowed } }).start();
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('answers users of an allowed tenant', async () => {
    expect(await bot.user({ tenantId: allowed }).say('hi')).toHaveLength(1);
  });

  it('drops activities from other tenants without answering', async () => {
    const outsider = bot.user({ tenantId: '99999999-2222-3333-4444-555555555555' });
    expect(await outsider.send({ type: 'message', text: 'hi' })).toEqual({ status: 200, replies: [] });
  });
});
