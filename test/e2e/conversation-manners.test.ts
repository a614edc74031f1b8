import path from 'node:path';
import { type Language, messages } from '../../src/i18n';
import { allText, button, Reply, submitActions } from '../support/teams-user';
import { DURING_2024_IDEA_WINDOW, useTestBotWithClock } from '../support/test-bot';

const en = messages('en');
const fr = messages('fr');
const SESSIONS_FILE = path.join(__dirname, 'fixtures', 'sessions-e2e.yaml');
const ADMIN = 'c0c0c0c0-1111-2222-3333-444444444444';
const ELIGIBLE = { submitterKind: 'country-office', objectives: 'saving-lives', budgetUsd: '60000', durationMonths: '12', submissionLanguage: 'en' };

/** The conversation does what was asked, says how to come back, and refuses what the call no longer allows. */
describe('conversation manners (end to end over HTTP)', () => {
  const { bot: testBot, clock } = useTestBotWithClock({ env: { SESSIONS_FILE, IKM_ADMIN_IDS: ADMIN } });

  const verdict = (replies: Reply[]) => allText(replies).includes(en.eligibility.overall.eligible.title) || allText(replies).includes(fr.eligibility.overall.eligible.title);

  it('after an eligibility check, switching language or asking questions re-sends nothing unasked', async () => {
    const user = testBot().user();
    const check = await user.say('eligibility');
    expect(verdict(await user.press({ ...button(check, 'eligibility.answers'), ...ELIGIBLE }))).toBe(true);
    await user.say('language');
    const switched = await user.press({ verb: 'language', language: 'fr' });
    expect(allText(switched)).toBe(fr.language.changed);
    for (const question of ['quelle est la date limite ?', 'combien de financement ?']) {
      const answer = await user.say(question);
      expect(verdict(answer)).toBe(false);
    }
    // The verdict's card still works when pressed.
    expect(allText(await user.press(button(check, 'eligibility.answers')))).not.toContain(en.cards.unknownAction);
  });

  it('a language asked for by its name switches to it; "ok" and a typed "yes" get a word, not "I can only answer questions"', async () => {
    const user = testBot().user();
    expect(allText(await user.say('français'))).toBe(fr.language.changed);
    expect(allText(await user.say('aide'))).toContain(fr.help.title);
    const asked: [string, Language][] = [
      ['in English', 'en'],
      ['switch to spanish', 'es'],
      ['en français', 'fr'],
      ['I prefer English please', 'en'],
      ['Je préfère en français svp', 'fr'],
      ['I prefer it in English', 'en'],
      ["français, s'il vous plaît", 'fr'],
      ['in English, please', 'en'],
      // Asked as a question (a user trial's Spanish applicant got the FAQ's entry on languages).
      ['¿Podemos hablar en español, por favor?', 'es'],
      ['can we speak English?', 'en'],
      ['Pouvez-vous répondre en français ?', 'fr'],
      // Said as people say it, with the asking words of their language around the name (a user trial).
      ['mejor en español porfa', 'es'],
      ['non finalement en français', 'fr'],
      ['quiero hablar en español', 'es'],
      ['parle moi en français stp', 'fr'],
      ['english from now on please', 'en'],
      // Going on or back in it (a user trial: the Spanish was answered in English, no switch).
      ['volvamos al español', 'es'],
      ['can we continue in english', 'en'],
      ['revenons au français', 'fr'],
    ];
    for (const [text, language] of asked) expect(allText(await user.say(text))).toBe(messages(language).language.changed);
    expect(allText(await user.say('can we speak about the budget?'))).not.toBe(en.language.changed);
    // A language refused, or the idea's language asked about, is no request to switch.
    for (const text of ['no quiero inglés', 'pas en anglais', 'no English please', 'no en inglés', 'can we write the idea in French?', 'can we continue our idea in French?']) {
      const reply = allText(await user.say(text));
      expect(reply).not.toBe(messages('en').language.changed);
      expect(reply).not.toBe(messages('fr').language.changed);
    }
    // ...while a greeting, courtesy or an emoji around the name still asks.
    for (const [text, language] of [['hola, en español por favor', 'es'], ['hi, English please 🙂', 'en'], ['no, en français', 'fr']] as const) {
      expect(allText(await user.say(text))).toBe(messages(language).language.changed);
    }
    expect(allText(await user.say('français'))).toBe(fr.language.changed);
    expect(allText(await user.say('ok'))).toBe(fr.acknowledged);
    expect(allText(await user.say('oui'))).toBe(fr.yesNo);
    expect(allText(await user.say('👍'))).toBe(fr.acknowledged);
    // Only emoji or punctuation asks nothing (and offers nothing to send to IKM); a lone "?" asks for help.
    expect(allText(await user.say('🙂🎉👍'))).toBe(fr.acknowledged);
    expect(allText(await user.say('!!!'))).toBe(fr.acknowledged);
    expect(allText(await user.say('?'))).toContain(fr.help.title);
    // Words of no language are not declined as another subject: not understood, said so.
    const unread = await user.say('foo bar baz');
    expect(allText(unread)).toContain(fr.faq.notUnderstood.text);
    expect(allText(unread)).not.toContain(fr.faq.offTopic);
    // "I want to..." before a command is the command.
    expect(allText(await testBot().user().say('I want to submit an idea'))).toContain(en.ideaForm.sections.idea.title);
    // In a form, the idea's language named as an answer stays an answer (e-mail asks one question at a time).
    const email = testBot().user({ channelId: 'email' });
    await email.say('eligibility');
    for (const answer of ['1', 'IOM Uganda', '1', '60000', '12']) await email.say(answer);
    expect(allText(await email.say('English'))).not.toBe(en.language.changed);
    // Where the form is a card, the name switches, and the card comes again in the new language.
    const teams = testBot().user();
    await teams.say('eligibility');
    const switched = await teams.say('français');
    expect(allText(switched)).toContain(fr.language.changed);
    expect(allText(switched)).toContain(fr.eligibility.intro);
    // ...however the request is worded.
    const again = await teams.say('mejor en español porfa');
    expect(allText(again)).toContain(messages('es').language.changed);
    expect(allText(again)).toContain(messages('es').eligibility.intro);
    expect(allText(await teams.say('plutôt en français stp'))).toContain(fr.language.changed);
    // A finished verdict is not sent again: only the switch is said.
    const check = await teams.say('english');
    await teams.press({ ...button(check, 'eligibility.answers'), submitterKind: 'country-office', objectives: 'saving-lives', budgetUsd: '60000', durationMonths: '12', submissionLanguage: 'en' });
    expect(await teams.say('español')).toHaveLength(1);
  });

  it('text typed beside a form begun in another language than the person\'s is answered in the form\'s language', async () => {
    const user = testBot().user({ locale: 'en-US' });
    const menu = await user.say('hola');
    await user.press(submitActions(menu[0]).find((action) => action.data.item === 'eligibility')!.data);
    const typed = allText(await user.say('Kioscos solares para retornados'));
    expect(typed).toContain(messages('es').eligibility.intro);
    expect(typed).not.toContain(en.eligibility.intro);
    // A question in English, the person's own language, gets no note that it was answered in English.
    const asked = allText(await user.say('How much funding can we get?'));
    expect(asked).toContain('US$80,000');
    expect(asked).not.toContain('You wrote in English');
    // Once the form is closed, the person's own language again.
    await user.say('cancelar');
    expect(allText(await user.say('menu'))).toContain(en.welcome.choose);
  });

  it('"cancel" in the idea form says how to come back, and "continue my idea" does', async () => {
    const user = testBot().user();
    await user.say('my idea');
    expect(allText(await user.say('cancel'))).toBe(en.cancel.ideaForm);
    expect(allText(await user.say('continue my idea'))).toContain(en.ideaForm.sections.idea.title);
    const french = testBot().user({ locale: 'fr-FR' });
    await french.say('vérifier l’éligibilité');
    expect(allText(await french.say('annuler'))).toBe(fr.cancel.eligibility);
    expect(allText(await french.say('vérifier l’éligibilité'))).not.toContain(fr.errors.generic);
  });

  it('refuses a section card pressed after the idea deadline, with the date, and keeps the draft as it was', async () => {
    const user = testBot().user({ localTimezone: 'Africa/Nairobi' });
    const section = await user.say('my idea');
    const draftBefore = JSON.stringify(await testBot().assistant.store.list('ideas/'));
    clock.set('2024-10-26T08:00:00Z');
    const late = allText(await user.press({ ...button(section, 'idea.section'), title: 'Late kiosks', objectives: 'saving-lives' }));
    expect(late).toContain('26 October 2024 at 00:59 (Africa/Nairobi)');
    expect(late).not.toContain(en.ideaForm.sections.office.title);
    expect(JSON.stringify(await testBot().assistant.store.list('ideas/'))).toBe(draftBefore);
  });

  it('a forged move to the same session from someone with no booking says there is no booking', async () => {
    const user = testBot().user();
    expect(allText(await user.press({ verb: 'session.reschedule', from: 'clinic-alpha', to: 'clinic-alpha' }))).toBe(en.sessions.move.notBooked);
  });

  it.each([
    ['en-US', '/help', en.help.title],
    ['en-US', 'help me', en.help.title],
    ['en-US', 'Help me!', en.help.title],
    ['en-US', 'can you help me?', en.help.title],
    ['en-US', 'menu please', en.welcome.choose],
    ['en-US', 'show me the menu', en.welcome.choose],
    ['en-US', '/menu', en.welcome.choose],
    ['fr-FR', '/aide', fr.help.title],
    ['fr-FR', 'aide-moi svp', fr.help.title],
    ['fr-FR', 'le menu, s’il vous plaît', fr.welcome.choose],
    ['es-ES', 'ayuda por favor', messages('es').help.title],
    ['es-ES', 'menú, por favor', messages('es').welcome.choose],
    // The words of a button people type back, and the plain ways of saying "where was I".
    ['en-US', 'Stop these reminders', en.reminders.settings.title],
    ['fr-FR', 'arrêter les rappels', fr.reminders.settings.title],
    ['es-ES', 'detener los recordatorios', messages('es').reminders.settings.title],
    ['en-US', 'resume my idea', en.ideaForm.sections.idea.title],
    ['fr-FR', 'reprendre mon idée', fr.ideaForm.sections.idea.title],
    ['es-ES', 'seguir con mi idea', messages('es').ideaForm.sections.idea.title],
  ])('reads %s "%s" as the command a Teams user means, not as a question', async (locale, typed, expected) => {
    const text = allText(await testBot().user({ locale }).say(typed));
    expect(text).toContain(expected);
    expect(text).not.toContain(en.faq.unsure.closest);
  });

  it.each(['help with the budget?', 'Help for children: is that a priority?', 'menu of services for returnees: does it fit?'])(
    'answers %p, a question that starts with a command word, from the FAQ',
    async (question) => {
      const replies = await testBot().user().say(question);
      expect(allText(replies)).not.toContain(en.help.title);
      expect(allText(replies)).not.toContain(en.welcome.choose);
      expect(button(replies, 'faq.askIkm')).toBeDefined();
    },
  );

  it('"help me" in the middle of a form is help, and the form goes on', async () => {
    const user = testBot().user();
    await user.say('my idea');
    expect(allText(await user.say('help me'))).toContain(en.help.title);
    expect(allText(await user.say('continue my idea'))).toContain(en.ideaForm.sections.idea.title);
  });

  it.each(['Home Again', 'Start Now', 'Open Idea', 'Show Me', 'I need help with water'])('in the middle of a form, %j typed is not a command: the form stays open', async (typed) => {
    const user = testBot().user();
    await user.say('my idea');
    const replies = allText(await user.say(typed));
    expect(replies).not.toContain(en.welcome.greeting);
    // The form is still open: "cancel" leaves it (outside a form there would be nothing to cancel).
    expect(allText(await user.say('cancel'))).toContain(en.cancel.ideaForm);
  });

  it.each([
    ['/menu', 'en'],
    ['menu please', 'en'],
    // Written with a letter only French has, the shared word is answered in French.
    ['Menu, s’il vous plaît', 'fr'],
  ] as const)('in the middle of a form, %j still opens the menu (in %s)', async (typed, language) => {
    const user = testBot().user();
    await user.say('my idea');
    expect(allText(await user.say(typed))).toContain(messages(language).welcome.greeting);
  });

  it('an admin command with an unknown id says there is no such session; to anyone else it stays a question', async () => {
    const admin = testBot().user({ aadObjectId: ADMIN });
    expect(allText(await admin.say('cancel session nope'))).toBe(en.sessions.admin.notFound({ id: 'nope' }));
    expect(allText(await admin.say('attendees #3'))).toBe(en.sessions.admin.notFound({ id: '#3' }));
    // After a one-word command, a plain word is a question, for admins too.
    expect(allText(await admin.say('participants éligibles'))).not.toContain('There is no session');
    expect(allText(await admin.say('edit session #3'))).toBe(en.sessions.admin.notFound({ id: '#3' }));
    // A real id still works, and a sentence after the command word is still a question.
    expect(allText(await admin.say('attendees clinic-alpha'))).not.toContain(en.sessions.admin.notFound({ id: 'clinic-alpha' }));
    expect(allText(await admin.say('attendees of the webinar: how many can join?'))).not.toContain('There is no session');

    // Typed alone, an admin command says how it is used (it was answered from the FAQ).
    expect(allText(await admin.say('attendees'))).toBe(en.sessions.admin.attendeesUsage);
    expect(allText(await admin.say('cancel session'))).toBe(en.sessions.admin.cancelUsage);
    // Typed in French, it is answered in French, as every command typed in another language is.
    expect(allText(await admin.say('modifier la session'))).toBe(messages('fr').sessions.admin.editUsage);
    // Help lists the admin commands to admins only.
    expect(allText(await admin.say('help'))).toContain('"cancel session <id>"');

    const someone = testBot().user();
    expect(allText(await someone.say('help'))).not.toContain('For IKM');
    expect(allText(await someone.say('attendees'))).not.toBe(en.sessions.admin.attendeesUsage);
    const replies = await someone.say('cancel session nope');
    expect(allText(replies)).not.toContain('There is no session');
    expect(allText(replies)).not.toContain(en.admin.only);
    expect(button(replies, 'faq.askIkm')).toBeDefined();
  });
});
