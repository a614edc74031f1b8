import { FixedClock } from '../../src/clock';
import { allText, button, cardOf, submitActions, TeamsUser, visibleText } from '../support/teams-user';
import { submitIdea } from '../support/ideas';
import { TestBot, useTestBot } from '../support/test-bot';
import { messages } from '../../src/i18n';

/** The first words of the reminder settings card, which nothing else says. */
const settingsIntro = (language: 'en' | 'fr' | 'es') => messages(language).reminders.settings.intro({ hour: '' }).slice(0, 30);

const ADMIN = 'a0a0a0a0-1111-2222-3333-444444444444';


/** Reminders with simulated time, through HTTP: who gets which card, when, and who does not. */
describe('deadline reminders (end to end over HTTP, simulated time)', () => {
  // 18 October 2024, 09:00 in Geneva: seven days before the idea deadline.
  const clock = new FixedClock('2024-10-18T07:00:00Z');
  let bot: TestBot;
  let admin: TeamsUser;
  const posted = (user: TeamsUser) => bot.connector.postedTo(user.conversationId);
  const run = async () => allText(await admin.say('run reminders'));

  beforeAll(async () => {
    bot = await new TestBot({ clock, env: { IKM_ADMIN_IDS: ADMIN } }).start();
    admin = bot.user({ aadObjectId: ADMIN });
  });
  afterAll(async () => {
    await bot.stop();
  });
  afterEach(() => {
    expect(bot.errors).toEqual([]);
  });

  it('sends a reminder to a French reader on e-mail as text, with the line on its buttons in French', async () => {
    const reader = bot.user({ channelId: 'email', locale: 'fr-FR' });
    await reader.say('mon idée');
    await run();
    const [reminder] = posted(reader);
    expect(reminder.attachments ?? []).toEqual([]);
    expect(reminder.text).toContain(messages('fr').input.buttonsInTeams);
    expect(reminder.text).not.toContain(messages('en').input.buttonsInTeams);
  });

  it('reminds people with an unfinished draft or an eligibility check, not submitters, not those who opted out', async () => {
    const drafting = bot.user();
    const card = await drafting.say('my idea');
    await drafting.press({ ...button(card, 'idea.section'), title: 'Solar kiosks', objectives: 'saving-lives' });

    const checked = bot.user();
    const questions = await checked.say('eligibility');
    await checked.press({
      ...button(questions, 'eligibility.answers'),
      submitterKind: 'country-office',
      objectives: 'saving-lives',
      budgetUsd: '60000',
      durationMonths: '12',
      submissionLanguage: 'en',
    });

    const submitter = bot.user();
    expect(await submitIdea(submitter, { title: 'T' })).toMatch(/IH-2024-\d{4}/);

    const optedOut = bot.user();
    await optedOut.say('my idea');
    const settings = await optedOut.say('my reminders');
    expect(allText(settings)).toContain('Idea deadline');
    // Not every reminder comes at the send hour: a session's come before it.
    expect(allText(settings)).toContain('those of your clinics and workshops, 24 hours and 1 hour before each one');
    await optedOut.press({ ...button(settings, 'reminders.save'), 'idea-deadline': 'false' });

    // Someone in New York gets theirs at 09:00 New York time, not now (03:00 there).
    const newYork = bot.user({ locale: 'es-ES' });
    await newYork.say('mi idea');
    await newYork.send({ type: 'message', text: 'mis recordatorios', localTimezone: 'America/New_York' });

    const summary = await run();
    expect(summary).toContain('One pass done: 2 sent');
    const [reminder] = posted(drafting);
    const text = visibleText(reminder);
    expect(text).toContain('The idea deadline is in 7 days');
    expect(text).toContain('25 October 2024 at 23:59 (Europe/Zurich)');
    expect(text).toMatch(/answers are still missing, \d+ of them in section 2 \(Who submits\)/);
    expect(text).toContain('never at night'); // the first reminder explains how reminders work
    expect(submitActions(reminder).map((action) => action.title)).toEqual(['Continue my idea', 'Stop these reminders']);
    expect(visibleText(posted(checked)[0])).toContain('You have not started your idea form yet');
    expect(submitActions(posted(checked)[0]).map((action) => action.title)[0]).toBe('Start my idea');
    expect(posted(submitter)).toHaveLength(0);
    expect(posted(optedOut)).toHaveLength(0);
    expect(posted(newYork)).toHaveLength(0);

    // A second pass sends nothing again: each reminder is one row with a unique key.
    expect(await run()).toContain('0 sent');

    clock.set('2024-10-18T13:00:00Z'); // 09:00 in New York
    await run();
    expect(visibleText(posted(newYork)[0])).toContain('El plazo de las ideas vence dentro de 7 días');
  });

  it('"Stop these reminders" works at once; pause stops everyone until resumed', async () => {
    clock.set('2024-10-23T07:00:00Z'); // two days before, 09:00 in Geneva
    const user = bot.user();
    await user.say('my idea');
    await run();
    const [first] = bot.connector.postedTo(user.conversationId);
    expect(visibleText(first)).toContain('The idea deadline is in 2 days');
    const stop = submitActions(first).find((action) => action.data.verb === 'reminders.stop')!;
    expect(allText(await user.press(stop.data))).toContain('no more reminders for "Idea deadline"');

    expect(allText(await admin.say('pause reminders'))).toContain('paused for everyone');
    const other = bot.user();
    await other.say('my idea');
    clock.set('2024-10-24T07:00:00Z'); // one day before
    expect(await run()).toContain('paused');
    expect(bot.connector.postedTo(other.conversationId)).toHaveLength(0);
    expect(allText(await admin.say('resume reminders'))).toContain('running again');
    await run();
    expect(visibleText(bot.connector.postedTo(other.conversationId)[0])).toContain('The idea deadline is tomorrow');
    expect(bot.connector.postedTo(user.conversationId)).toHaveLength(1);

    expect(allText(await bot.user().say('run reminders'))).toContain('This is for the IKM team');
  });

  it('an admin with a reminder due can run a pass from their own chat (no deadlock)', async () => {
    clock.set('2024-10-24T07:00:00Z');
    const ikm = bot.user({ aadObjectId: ADMIN });
    const card = await ikm.say('my idea');
    await ikm.press({ ...button(card, 'idea.section'), title: 'Admin idea', objectives: 'saving-lives' });
    clock.set('2024-10-25T07:00:00Z'); // the deadline day: a reminder is due for the admin too
    expect(allText(await ikm.say('run reminders'))).toContain('One pass done');
    expect(visibleText(bot.connector.postedTo(ikm.conversationId).at(-1))).toContain('The idea deadline is today');
  });

  it('someone who starts a draft after the day\'s reminder time is not sent it a moment later; the next one comes at 09:00 its day', async () => {
    clock.set('2024-10-18T09:30:00Z'); // 11:30 in Geneva, seven days before: the day's reminders went at 09:00
    const late = bot.user();
    await late.say('my idea');
    await run();
    expect(bot.connector.postedTo(late.conversationId)).toHaveLength(0);
    clock.set('2024-10-23T06:30:00Z'); // 08:30 two days before: still nothing
    await run();
    expect(bot.connector.postedTo(late.conversationId)).toHaveLength(0);
    clock.set('2024-10-23T07:00:00Z');
    await run();
    expect(bot.connector.postedTo(late.conversationId).map(visibleText)).toEqual([expect.stringContaining('The idea deadline is in 2 days')]);
  });

  it('writes "label : value" the French way where cards do not show (e-mail)', async () => {
    const email = bot.user({ channelId: 'email', locale: 'fr-FR' });
    expect(allText(await email.say('mes rappels'))).toContain('Date limite des idées\u00a0: ✔');
  });

  it('a reminder card renders as a card', () => {
    expect(cardOf(bot.connector.sent.find((entry) => visibleText(entry.activity).includes('idea deadline'))?.activity)).toBeDefined();
  });
});

describe('asking for the reminders in one\'s own words', () => {
  const testBot = useTestBot();

  it.each([
    ["I don't want any more reminders", 'en'],
    ['how do I change my reminders?', 'en'],
    ['je ne veux plus de rappels', 'fr'],
    ['no quiero más recordatorios', 'es'],
  ] as const)('%j opens the reminder settings (in the language it is written in), not an FAQ answer', async (text, language) => {
    const replies = await testBot().user().say(text);
    expect(allText(replies)).toContain(messages(language).reminders.settings.title);
  });

  it.each([
    // Turned back on, changed, asked about: the settings, where each is a tick and the hour is said.
    ['activar recordatorios', 'es'],
    ['quiero volver a recibir los recordatorios de las fechas', 'es'],
    ['réactiver les rappels', 'fr'],
    ['turn reminders back on', 'en'],
    ['will I get a reminder before the deadline?', 'en'],
  ] as const)('%j, naming reminders and no subject of the call, opens their settings in its language', async (text, language) => {
    const replies = await testBot().user().say(text);
    expect(allText(replies)).toContain(messages(language).reminders.settings.title);
    expect(allText(replies)).not.toContain(messages(language).faq.unsure.closest);
  });

  it.each([
    // A recap of something the call says, a reminder OF the deadline: the FAQ's answers.
    ['petit rappel des critères svp', 'fr'],
    ['quick reminder of the deadline please', 'en'],
    ['recordatorio: ¿cuál es la fecha límite?', 'es'],
    ['rappel de la date limite svp', 'fr'],
  ] as const)('%j, a reminder of something, gets the FAQ\'s answer, not the settings', async (text, language) => {
    const replies = await testBot().user().say(text);
    // (The settings card's own words: the FAQ's entry on reminders names "My reminders" too.)
    expect(allText(replies)).not.toContain(settingsIntro(language));
  });

  it('in a group chat, shows nobody\'s settings: "will I get a reminder?" is the FAQ\'s, "turn reminders back on" is for a personal chat', async () => {
    const group = testBot().user({ conversationType: 'groupChat' });
    const asked = await group.say('will I get a reminder before the deadline?');
    expect(allText(asked)).not.toContain(settingsIntro('en'));
    expect(allText(asked)).not.toContain(messages('en').personalView);
    const ordered = await group.say('turn reminders back on');
    expect(allText(ordered)).not.toContain(settingsIntro('en'));
    expect(allText(ordered)).not.toContain(messages('en').reminders.startedAll);
  });

  it.each([
    ['activer les rappels', 'fr'],
    ['activar recordatorios', 'es'],
    ['start reminders', 'en'],
  ] as const)('%j after "stop reminders" switches every kind on again, and shows the settings ticked', async (text, language) => {
    const person = testBot().user();
    await person.say('stop reminders');
    const replies = await person.say(text);
    expect(replies[0].text).toBe(messages(language).reminders.startedAll);
    const settings = JSON.stringify(cardOf(replies.at(-1)));
    expect(settings).toContain('"value":"true"');
    expect(settings).not.toContain('"value":"false"');
  });

  it.each([
    ['je veux voir tous les rappels', 'fr'],
    ['mostrar todos los recordatorios', 'es'],
    ['show me all reminders', 'en'],
  ] as const)('%j, asking to see them, switches none back on', async (text, language) => {
    const person = testBot().user();
    await person.say('stop reminders');
    const replies = await person.say(text);
    expect(allText(replies)).not.toContain(messages(language).reminders.startedAll);
    expect(JSON.stringify(cardOf((await person.say('my reminders')).at(-1)))).not.toContain('"value":"true"');
  });

  it('on e-mail, where there are no ticks, says how to switch them all off and on in words, and both work', async () => {
    const person = testBot().user({ channelId: 'email' });
    const en = messages('en').reminders;
    expect(allText(await person.say('my reminders'))).toContain(en.settings.textHint);
    const stopped = allText(await person.say('stop reminders'));
    expect(stopped).toContain(en.stoppedAllText);
    expect(stopped).not.toContain('tick');
    expect(stopped).toContain('Idea deadline: ✖');
    const started = allText(await person.say('start reminders'));
    expect(started).toContain(en.startedAll);
    expect(started).toContain('Idea deadline: ✔');
  });

  it.each([
    ['stop les rappels', 'fr'],
    ['desactivar recordatorios', 'es'],
    ['stop reminders', 'en'],
  ] as const)('%j stops every reminder at once, says so, and shows the settings with every box unticked', async (text, language) => {
    const person = testBot().user();
    const replies = await person.say(text);
    expect(replies[0].text).toBe(messages(language).reminders.stoppedAll);
    const settings = JSON.stringify(cardOf(replies.at(-1)));
    expect(settings).not.toContain('"value":"true"');
    expect(settings).toContain('"value":"false"');
    // Kept: the settings asked for later show them off too.
    expect(JSON.stringify(cardOf((await person.say(language === 'fr' ? 'mes rappels' : language === 'es' ? 'mis recordatorios' : 'my reminders')).at(-1)))).not.toContain('"value":"true"');
  });
});
