import { messages } from '../../src/i18n';
import { allText, button, submitActions } from '../support/teams-user';
import { useTestBot } from '../support/test-bot';
import { typeset } from '../support/french';

const en = messages('en').faq;
const fr = messages('fr').faq;

/** What a first-time asker gets from "Ask a question" (end to end over HTTP, the real knowledge base). */
describe('answers to questions about the call', () => {
  const bot = useTestBot();

  it.each([
    'Do we need a letter of support?',
    'does our CoM have to endorse the idea',
    'Can a private partner join?',
    'can a private company co-fund our project',
    '¿Puede una empresa privada presentar ideas?',
    'who can apply',
    'sheduel of the call',
  ])('does not decline a question about the call: %j', async (question) => {
    const text = allText(await bot().user().say(question));
    expect(text).not.toContain(en.offTopic);
    expect(text).not.toContain(messages('es').faq.offTopic);
  });

  it('answers "letter of support" with what the call asks, not with a neighbouring entry', async () => {
    const answer = allText(await bot().user().say('Do we need a letter of support?'));
    expect(answer).toContain('For the idea, the call asks for no separate letter of support');
    // The proposal stage does ask for the partner office's endorsement (the call file's checklist).
    expect(answer).toContain("the full proposal needs your partner IOM office's endorsement");
  });

  it('declines what is clearly about something else, always with Ask IKM: a button in Teams, the words by e-mail', async () => {
    const teams = await bot().user().say('how do I reset my email password');
    expect(allText(teams)).toContain(en.offTopic);
    expect(allText(teams)).toContain(en.offTopicAsk);
    expect(submitActions(teams.at(-1)).map((action) => action.title)).toEqual([en.askIkm.button]);
    const email = allText(await bot().user({ channelId: 'email' }).say('how do I reset my email password'));
    expect(email).toContain(en.offTopicAskText);
  });

  it('gives an answer that sends people to a menu entry its button ("je veux m\'inscrire au webinaire": the sessions, one press away)', async () => {
    const person = bot().user({ locale: 'fr-FR' });
    const answer = await person.say("je veux m'inscrire au webinaire");
    const open = submitActions(answer[0]).find((action) => action.data.verb === 'menu');
    expect(open?.title).toBe(messages('fr').menu.sessions);
    expect(allText(await person.press(open!.data))).toContain(messages('fr').sessions.catalogue.title);
    // The assistant's language: its button, which asks the language question.
    const languageAnswer = await bot().user().say('how do I change the language of the assistant?');
    const language = submitActions(languageAnswer[0]).find((action) => action.data.verb === 'menu');
    expect(language?.data.item).toBe('language');
    // In a group only what works there: the idea form's button is not offered.
    const group = bot().user({ conversationType: 'groupChat' });
    expect(submitActions((await group.say('how do I submit an idea?'))[0]).some((action) => action.data.verb === 'menu')).toBe(false);
  });

  it('gives the time zone\'s answer the zone card\'s button, and the full proposal\'s "My proposal"', async () => {
    const person = bot().user({ locale: 'es-ES' });
    const zoneAnswer = await person.say('¿cómo cambio mi zona horaria?');
    const zone = submitActions(zoneAnswer[0]).find((action) => action.data.verb === 'menu');
    expect(zone?.title).toBe(messages('es').sessions.catalogue.changeZone);
    expect(allText(await person.press(zone!.data))).toContain(messages('es').sessions.zone.label);
    const proposalAnswer = await bot().user().say('when is the full proposal due?');
    const proposal = submitActions(proposalAnswer[0]).find((action) => action.data.verb === 'menu');
    expect(proposal?.title).toBe(messages('en').menu.proposal);
    expect(proposal?.data.item).toBe('proposal');
    // The zone is a person's own: in a group the button is not offered, and pressed anyway it is refused there.
    const group = bot().user({ conversationType: 'groupChat' });
    expect(submitActions((await group.say('how do I change my time zone?'))[0]).some((action) => action.data.verb === 'menu')).toBe(false);
    expect(allText(await group.press({ verb: 'menu', item: 'timeZone' }))).toBe(messages('en').personalView);
  });

  it('answers what the assistant keeps and how reminders work, with "My data" and "My reminders" one press away', async () => {
    const person = bot().user({ locale: 'fr-FR' });
    const kept = await person.say('que garde l’assistant sur moi ?');
    expect(allText(kept)).toContain(typeset('« Supprimer mes données »'));
    const myData = submitActions(kept[0]).find((action) => action.data.verb === 'menu');
    expect(myData?.title).toBe(messages('fr').menu.myData);
    expect(allText(await person.press(myData!.data))).toContain(messages('fr').myData.title);
    const reminders = await bot().user().say('will the assistant send me reminders?');
    expect(allText(reminders)).toContain('never at night');
    expect(submitActions(reminders[0]).find((action) => action.data.verb === 'menu')?.data.item).toBe('reminders');
  });

  it('writes the related questions\' label as French does on e-mail ("Questions liées :"), the list without numbers', async () => {
    const reply = allText(await bot().user({ channelId: 'email', locale: 'fr-FR' }).say('quel est le montant du financement ?'));
    expect(reply).toContain('Questions liées\u00a0:\n• ');
    expect(reply).not.toContain('Questions liées:');
  });

  it('gives the deadline in the reader\'s own zone, in the answer and on the welcome card', async () => {
    // 25 October 2024 at 23:59 in Geneva is 04:59 the next morning in Bangkok.
    const user = bot().user({ localTimezone: 'Asia/Bangkok' });
    const answer = allText(await user.say('when is the deadline for ideas?'));
    expect(answer).toContain('26 October 2024');
    expect(answer).toContain('04:59 (Asia/Bangkok time)');
    expect(allText(await user.say('hi'))).toContain('26 October 2024 at 04:59 (Asia/Bangkok)');
  });

  it('answers a French question in French in an English chat, says once how to switch for good', async () => {
    const user = bot().user();
    const first = allText(await user.say('quand est la date limite ?'));
    expect(first).toContain(typeset('25 octobre 2024'));
    expect(first).toContain(fr.languageNote);
    // The word to type is French, in a French sentence: not the English chat's "Language" button.
    expect(fr.languageNote).not.toContain(messages('en').menu.language);
    const second = allText(await user.say('combien de financement pour un projet ?'));
    expect(second).toContain('80');
    expect(second).not.toContain(fr.languageNote);
    // Two questions running in French: the person writes French, and is answered in it from now on
    // (the menu, the help, what is sent later); after one, the chat stays in the client's English.
    expect(allText(await user.say('help'))).toContain(messages('fr').help.title);
    const once = bot().user();
    await once.say('quand est la date limite ?');
    expect(allText(await once.say('help'))).toContain(messages('en').help.title);
    // Doing what the note says switches the chat for good.
    await once.say('français');
    expect(allText(await once.say('help'))).toContain(messages('fr').help.title);
    // A single English word in a French chat is answered in French.
    expect(allText(await bot().user({ locale: 'fr-FR' }).say('deadline'))).toContain(typeset('25 octobre 2024'));
  });

  it('answers a command typed in French or Spanish in that language in an English chat; English words stay the chat\'s', async () => {
    const user = bot().user();
    const myData = allText(await user.say('mis datos'));
    expect(myData).toContain(messages('es').myData.title);
    // Spoken in Spanish, it still reports the person's own language: English, from Teams.
    expect(myData).toContain('English (según Teams)');
    expect(allText(await user.say('aide'))).toContain(messages('fr').help.title);
    // A word two languages share, written with a letter only one has: "menú" is Spanish ("menu" stays the chat's).
    expect(allText(await bot().user().say('menú'))).toContain(messages('es').welcome.greeting);
    expect(allText(await bot().user().say('menu'))).toContain(messages('en').welcome.greeting);
    // With words around the command, its own words tell the language.
    expect(allText(await user.say('je voudrais voir mes données svp'))).toContain(messages('fr').myData.title);
    expect(allText(await user.say('quiero ver mis datos por favor'))).toContain(messages('es').myData.title);
    // The chat stays English, and an English word in a Spanish chat is answered in Spanish.
    expect(allText(await user.say('help'))).toContain(messages('en').help.title);
    expect(allText(await bot().user({ locale: 'es-ES' }).say('help'))).toContain(messages('es').help.title);
  });

  it('"settings" (in any of the three languages) gives the help, which names language, time zone, reminders and my data', async () => {
    const user = bot().user();
    const help = allText(await user.say('settings'));
    expect(help).toContain(messages('en').help.title);
    expect(help).toContain('"time zone"');
    expect(help).toContain('"my reminders"');
    expect(help).toContain('"my data"');
    expect(help).not.toContain('Source:');
    expect(allText(await user.say('paramètres'))).toContain(messages('fr').help.title);
    expect(allText(await user.say('configuración'))).toContain(messages('es').help.title);
  });

  it('answers the buttons of a French answer in French in an English chat: "No", a related question, Ask IKM', async () => {
    const user = bot().user();
    const answer = await user.say('quand est la date limite ?');
    const no = submitActions(answer.at(-1)).find((action) => action.data.verb === 'faq.feedback' && action.data.helpful === false)!;
    const offer = await user.press(no.data);
    expect(allText(offer)).toContain(fr.answer.feedback.thanksNo);
    expect(submitActions(offer.at(-1)).map((action) => action.title)).toEqual([fr.askIkm.button]);
    const confirm = await user.press(button(offer, 'faq.askIkm'));
    expect(allText(confirm)).toContain(fr.askIkm.confirm.title);
    expect(allText(await user.press(button(confirm, 'faq.askIkm.cancel')))).toContain(fr.askIkm.cancelled);
    const related = await user.press(button(answer, 'faq.open'));
    expect(submitActions(related.at(-1)).map((action) => action.title)).toContain(fr.askIkm.button);
    // The chat stays in English: the buttons did not switch it.
    expect(allText(await user.say('help'))).toContain(messages('en').help.title);
  });

  it.each([
    ['list the priorities', ['Gender, diversity and youth empowerment', 'Environmental sustainability']],
    ['what are all the objectives', ['Saving lives and protecting people on the move', 'Facilitating pathways for regular migration']],
    ['quels sont les critères', ['Nouveauté']],
  ])('gives the whole list when asked for it: %j', async (question, expected) => {
    const text = allText(await bot().user().say(question));
    for (const part of expected) expect(text).toContain(part);
  });

  it('sends a long question to IKM from its button (the button names it by id), after a confirmation', async () => {
    const user = bot().user();
    const question = `Can we co-fund the project with a partner? ${'We would like to explain our situation in detail. '.repeat(60)}`;
    expect(question.length).toBeGreaterThan(2000);
    const answer = await user.say(question);
    const ask = button(answer, 'faq.askIkm');
    expect(JSON.stringify(ask).length).toBeLessThan(100);
    const confirm = await user.press(ask);
    expect(allText(confirm)).toContain(en.askIkm.confirm.title);
    expect(allText(confirm)).toContain('Only the first 2,000 characters will be sent.');
    expect(allText(confirm)).toContain('within 3 working days');
    expect(allText(await user.press(button(confirm, 'faq.askIkm.send')))).toMatch(/ticket Q-\d{4}/);
    // "Don't send" sends nothing; a forged id is refused with its sentence.
    const again = await user.press(button(await user.say('Can a private partner join?'), 'faq.askIkm'));
    expect(allText(await user.press(button(again, 'faq.askIkm.cancel')))).toBe(en.askIkm.cancelled);
    expect(allText(await user.press({ verb: 'faq.askIkm.send', questionId: 'zzzz' }))).toBe(en.askIkm.expired);
  });

  it('keeps "Ask IKM" working under an answer given ten questions ago', async () => {
    const user = bot().user();
    const first = await user.say('Can our office rent a car with the grant?');
    for (let i = 1; i <= 10; i += 1) await user.say(`how much funding for project ${i}`);
    const confirm = await user.press(button(first, 'faq.askIkm'));
    expect(allText(confirm)).toContain('Can our office rent a car with the grant?');
  });

  it('says how to switch in the question\'s own words, with no word of the chat\'s language in the sentence', async () => {
    // English chat, French question: the word to type is French (the menu's button reads "Language").
    const english = allText(await bot().user().say('quand est la date limite ?'));
    expect(english).toContain(typeset('Pour utiliser le français partout, écrivez « français ».'));
    expect(english).not.toContain(typeset('« Language »'));
    // French chat, Spanish question: a Spanish sentence, without the French menu's «Langue» (a tester's find).
    const spanishAsker = bot().user({ locale: 'fr-FR' });
    const french = allText(await spanishAsker.say('¿cuándo es la fecha límite?'));
    expect(french).toContain('Para usar el español en todo, escriba «español».');
    expect(french).not.toContain('Langue');
    await spanishAsker.say('español');
    expect(allText(await spanishAsker.say('menú'))).toContain(messages('es').menu.ask);
  });

  it('every answer offers Ask IKM, also one opened from "Related questions", and "No" carries the button it mentions', async () => {
    const user = bot().user();
    const question = 'Can we use the grant to pay a consultant?';
    const answer = await user.say(question);
    // A related question clicked: its answer has Ask IKM, for the question the person typed.
    const related = button(answer, 'faq.open');
    const opened = await user.press(related);
    expect(submitActions(opened.at(-1)).map((action) => action.title)).toContain(en.askIkm.button);
    expect(allText(await user.press(button(opened, 'faq.askIkm')))).toContain(question);

    // The payload of the report, from a card sent before the button carried a question: the
    // entry's own question is what makes sense to send.
    const fresh = bot().user();
    const direct = await fresh.press({ verb: 'faq.open', entryId: 'funding-use' });
    expect(allText(direct)).toContain('What can the funding be used for?');
    const confirm = await fresh.press(button(direct, 'faq.askIkm'));
    expect(allText(confirm)).toContain(en.askIkm.confirm.title);
    expect(allText(confirm)).toContain('What can the funding be used for?');

    // "No": the thanks, and the Ask IKM button it speaks of.
    const no = await fresh.press({ verb: 'faq.feedback', entryId: 'funding-use', helpful: false });
    expect(allText(no)).toContain(en.answer.feedback.thanksNo);
    expect(submitActions(no.at(-1)).map((action) => action.title)).toEqual([en.askIkm.button]);
    expect(allText(await fresh.press(button(no, 'faq.askIkm')))).toContain('What can the funding be used for?');
    // "No" pressed on the answer to a typed question sends the typed question.
    const noButton = submitActions(answer.at(-1)).find((action) => action.title === en.answer.feedback.no)!;
    const noTyped = await user.press(noButton.data);
    expect(allText(await user.press(button(noTyped, 'faq.askIkm')))).toContain(question);
    // "Yes" needs no way forward.
    expect(allText(await fresh.press({ verb: 'faq.feedback', entryId: 'funding-use', helpful: true }))).toBe(en.answer.feedback.thanksYes);
  });

  it.each([
    ['Arabic', 'مرحبا، ما هو الموعد النهائي؟'],
    ['Chinese', '创意提交的截止日期是什么时候？'],
    ['Russian', 'Когда крайний срок подачи идей?'],
    ['Arabic with a Latin acronym', 'ما هو الموعد النهائي لـ IOM؟'],
  ])('says which languages it reads when a question is written in another script (%s), and offers the menu and Ask IKM', async (_name, question) => {
    const replies = await bot().user().say(question);
    const text = allText(replies);
    expect(text).toContain(en.unreadable.text);
    expect(text).toContain(en.unreadable.hint);
    expect(text).not.toContain(en.offTopic);
    expect(submitActions(replies.at(-1)).map((action) => action.title)).toEqual([en.askIkm.button]);
  });

  it('says it in the chat\'s language, and on e-mail gives the words to type', async () => {
    const french = allText(await bot().user({ locale: 'fr-FR' }).say('مرحبا، ما هو الموعد النهائي؟'));
    expect(french).toContain(fr.unreadable.text);
    expect(french).not.toContain(fr.offTopic);
    const email = allText(await bot().user({ channelId: 'email' }).say('Когда крайний срок?'));
    expect(email).toContain(en.unreadable.text);
    expect(email).toContain(en.unreadable.hintText);
  });

  it('still answers questions in Latin script that quote a word in another one', async () => {
    const text = allText(await bot().user().say('When is the deadline for ideas? (الموعد)'));
    expect(text).not.toContain(en.unreadable.text);
    expect(text).toContain('25 October 2024');
  });
});
