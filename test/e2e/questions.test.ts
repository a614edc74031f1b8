import { messages } from '../../src/i18n';
import { fillIdea } from '../support/ideas';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allText, button, cardOf, submitActions, TeamsUser, visibleText } from '../support/teams-user';
import { TestBot } from '../support/test-bot';
import { typeset } from '../support/french';

const ADMIN = 'a0a0a0a0-1111-2222-3333-444444444444';
const TENANT = '11111111-2222-3333-4444-555555555555';
const IKM_CHANNEL = '19:ikm-questions@thread.tacv2';



/** Sends as a member of the IKM team channel. */
function inChannel(member: TeamsUser, fields: Record<string, unknown>) {
  return member.send({
    ...fields,
    conversation: { id: IKM_CHANNEL, conversationType: 'channel', tenantId: TENANT },
  });
}

describe('questions: answered from the guidance, or sent to IKM and answered back (end to end over HTTP)', () => {
  const outbox = mkdtempSync(path.join(os.tmpdir(), 'hub-outbox-'));
  let bot: TestBot;

  beforeAll(async () => {
    bot = await new TestBot({ env: { IKM_ADMIN_IDS: ADMIN, MAIL_OUTBOX_DIR: outbox } }).start();
  });
  afterAll(async () => {
    await bot.stop();
    rmSync(outbox, { recursive: true, force: true });
  });
  afterEach(() => {
    expect(bot.errors).toEqual([]);
  });

  it('answers in the asker\'s language with facts from the call file and the source', async () => {
    const english = allText(await bot.user().say('How much funding can a project receive?'));
    expect(english).toContain('US$50,000');
    expect(english).toContain('US$80,000');
    expect(english).toContain('Source:');

    const french = allText(await bot.user({ locale: 'fr-FR' }).say("Quelle est la date limite pour envoyer l'idée ?"));
    expect(french).toContain(typeset('25 octobre 2024'));
    expect(french).toContain('Source');

    const spanish = allText(await bot.user({ locale: 'es-ES' }).say('¿Cuánto dura un proyecto como máximo?'));
    expect(spanish).toContain('12 meses');
  });

  it('offers related questions, and counts "did this help?" once per person and card', async () => {
    const user = bot.user();
    const answer = await user.say('Who can submit an idea?');
    const related = submitActions(answer[0]).filter((action) => action.data.verb === 'faq.open');
    expect(related.length).toBeGreaterThan(0);
    const next = await user.press(related[0].data);
    expect(cardOf(next[0])).toBeDefined();

    const yes = button(answer, 'faq.feedback');
    const helpful = { ...yes, helpful: true };
    expect(allText(await user.send({ type: 'message', value: helpful, replyToId: 'card-1' }).then((r) => r.replies))).toContain('thank you');
    await user.send({ type: 'message', value: helpful, replyToId: 'card-1' });
    const counter = await bot.assistant.store.increment(`faq/feedback/${String(yes.entryId)}/helpful`, 0);
    expect(counter).toBe(1);
  });

  it('declines questions off the topic of the call', async () => {
    expect(allText(await bot.user().say('Who will win the football world cup?'))).toContain(
      'I can only answer questions about the Innovation Hub call',
    );
  });

  it('answers in plain text on the e-mail channel', async () => {
    const [reply] = await bot.user({ channelId: 'email' }).say('What language must the idea be written in?');
    expect(reply.attachments ?? []).toHaveLength(0);
    expect(reply.text).toContain('Source:');
    expect(reply.text).toContain('English');
  });

  it('answers a question typed in the middle of the idea form; the card above, not a copy, goes on', async () => {
    const user = bot.user();
    const section = await user.say('my idea');
    const replies = await user.say('how much funding can we ask for?');
    const text = allText(replies);
    expect(text).toContain('US$80,000');
    const stillOpen = messages('en').forms.formStillOpen({ button: 'Save and continue', resume: 'continue my idea' });
    expect(text).toContain(stillOpen);
    // Not sent again empty below: what is typed in the card above stays where it is.
    expect(text).not.toContain('Section 1 of 6');
    // A question without its question mark still reads as one by its first word.
    expect(allText(await user.say('when is the deadline for ideas'))).toContain(stillOpen);
    // The card above saves its section and the form goes on; "continue my idea" shows it here again.
    expect(allText(await user.press({ ...button(section, 'idea.section'), title: 'Solar kiosks', objectives: 'saving-lives' }))).toContain('Section 2 of 6');
    expect(allText(await user.say('continue my idea'))).toContain('Section 2 of 6');
  });

  it('in French and in the eligibility check too, the card above is named, not sent again', async () => {
    const french = bot.user({ locale: 'fr-FR' });
    await french.say('vérifier l’éligibilité');
    const replies = allText(await french.say('quelle est la date limite pour les idées ?'));
    expect(replies).toContain(messages('fr').forms.formStillOpen({ button: 'Enregistrer et continuer', resume: 'vérifier l’éligibilité' }));
    expect(replies).not.toContain(messages('fr').eligibility.title);
    // The words it gives show the check's card again.
    expect(allText(await french.say('vérifier l’éligibilité'))).toContain(messages('fr').eligibility.title);
  });

  it('"check eligibility" typed during the self-check shows the self-check again, the answers before it kept', async () => {
    const user = bot.user();
    const check = await user.say('check eligibility');
    const verdict = await user.press({ ...button(check, 'eligibility.answers'), submitterKind: 'country-office', objectives: 'saving-lives', budgetUsd: '60000', durationMonths: '12', submissionLanguage: 'en' });
    const selfCheck = await user.press(button(verdict, 'eligibility.assess'));
    expect(allText(selfCheck)).toContain(messages('en').eligibility.selfAssessment.title);
    const again = allText(await user.say('check eligibility'));
    expect(again).toContain(messages('en').eligibility.selfAssessment.title);
    expect(again).not.toContain(messages('en').eligibility.questions.submitter.prompt);
  });

  it('says that an answer typed in the chat beside a form\'s card goes in the card, and answers nothing from the FAQ', async () => {
    const user = bot.user();
    await user.say('my idea');
    const replies = await user.say('Solar kiosks for returnees');
    expect(replies[0].text).toBe(messages('en').forms.typeInCard({ button: 'Save and continue' }));
    expect(allText(replies)).toContain('Section 1 of 6');
    expect(allText(replies)).not.toMatch(/Source:|I can only answer/);
    // Nothing was saved from it.
    expect(allText(await user.say('my data'))).not.toContain('Solar kiosks');
    // The same in the eligibility check, in French.
    const french = bot.user({ locale: 'fr-FR' });
    await french.say('éligibilité');
    expect((await french.say('bureau pays'))[0].text).toBe(messages('fr').forms.typeInCard({ button: 'Enregistrer et continuer' }));
    // An answer that opens like a sentence, not a question ("Es una...", "May 2025") is no question.
    const spanish = bot.user({ locale: 'es-ES' });
    await spanish.say('mi idea');
    expect((await spanish.say('Es una plataforma para jóvenes migrantes'))[0].text).toBe(messages('es').forms.typeInCard({ button: 'Guardar y continuar' }));
    // On the review card there is nothing to type: one line says how to submit or see it again; the
    // review, still on screen above, is not sent again (nor after an emoji).
    const reviewer = bot.user();
    await fillIdea(reviewer);
    for (const stray of ['looks good to me', '👍']) {
      expect((await reviewer.say(stray)).map((reply) => reply.text)).toEqual([messages('en').forms.reviewWaiting({ submit: 'Submit my idea' })]);
    }
  });

  it('registers the IKM channel only for IKM administrators', async () => {
    const stranger = bot.user();
    expect(allText((await inChannel(stranger, { type: 'message', text: 'register channel' })).replies)).toContain(
      'This is for the IKM team',
    );
    const admin = bot.user({ aadObjectId: ADMIN });
    const registered = allText((await inChannel(admin, { type: 'message', text: 'register channel' })).replies);
    expect(registered).toContain('this channel now receives the questions sent to IKM');
    // All that the channel gets, not only the questions.
    expect(registered).toContain('a card for every idea submitted and every proposal handed in');
    expect(registered).toContain('the desk, its exports and attendee lists');
  });

  it('unanswerable question -> ticket -> IKM channel card and mail -> IKM reply -> answer delivered -> ticket closed', async () => {
    const asker = bot.user({ locale: 'fr-FR' });
    const question = 'Notre bureau peut-il utiliser une partie du financement pour acheter un véhicule ?';
    const answer = await asker.say(question);
    // The button names the question by id; the confirmation shows it, and when to expect an answer.
    const confirm = await asker.press(button(answer, 'faq.askIkm'));
    expect(allText(confirm)).toContain(question);
    expect(allText(confirm)).toContain(typeset('sous 3 jours ouvrables'));
    expect(bot.connector.postedTo(IKM_CHANNEL)).toHaveLength(0);

    const sent = allText(await asker.press(button(confirm, 'faq.askIkm.send')));
    expect(sent).toMatch(/ticket Q-0001/);
    // "Don't send" pressed after Send: it went, and that is what is said (it said nothing was sent).
    expect(allText(await asker.press(button(confirm, 'faq.askIkm.cancel')))).toBe(messages('fr').faq.askIkm.cannotWithdraw({ ticket: 'Q-0001', mailbox: 'ikm@iom.int' }));

    // The IKM channel got a card with the question and an answer box.
    const [channelCard] = bot.connector.postedTo(IKM_CHANNEL);
    expect(visibleText(channelCard)).toContain(question);
    const answerButton = submitActions(channelCard).find((action) => action.data.verb === 'ticket.answer')!;

    // A copy went to the IKM mailbox (the development outbox).
    const mails = readdirSync(outbox).filter((file) => file.endsWith('.eml'));
    expect(mails).toHaveLength(1);
    const mail = readFileSync(path.join(outbox, mails[0]), 'utf8');
    expect(mail).toContain('Q-0001');
    expect(mail).toMatch(/To: ikm@iom\.int/i);

    // Someone who is not an IKM administrator cannot answer.
    const outsider = bot.user();
    const refused = await inChannel(outsider, { type: 'message', value: { ...answerButton.data, answer: 'No.' } });
    expect(allText(refused.replies)).toContain('This is for the IKM team');

    // IKM answers from the card; the asker receives it in their chat, in French.
    const admin = bot.user({ aadObjectId: ADMIN });
    const reply = 'Oui, si le véhicule sert directement au projet et figure au budget.';
    await inChannel(admin, { type: 'message', value: { ...answerButton.data, answer: reply } });
    const delivered = bot.connector.postedTo(asker.conversationId).map((activity) => activity.text ?? '');
    expect(delivered.join('\n')).toContain(reply);
    expect(delivered.join('\n')).toContain('Q-0001');

    // The ticket is closed, and the channel card now says who answered.
    const ticket = await bot.assistant.store.get<{ status: string }>('tickets/Q-0001');
    expect(ticket?.value.status).toBe('closed');
    expect(bot.connector.updatesIn(IKM_CHANNEL).length).toBeGreaterThan(0);

    // A second answer (another IKM member, or the same card again) changes nothing.
    const again = await inChannel(admin, { type: 'message', value: { ...answerButton.data, answer: 'Non.' } });
    expect(allText(again.replies)).toContain('already answered');
    expect(bot.connector.postedTo(asker.conversationId)).toHaveLength(delivered.length);

    // IKM can keep the answer as a suggested FAQ entry.
    const latestCard = bot.connector.updatesIn(IKM_CHANNEL).at(-1)!.activity;
    const addToFaq = submitActions(latestCard).find((action) => action.data.verb === 'ticket.addToFaq')!;
    await inChannel(admin, { type: 'message', value: addToFaq.data });
    const suggestion = await bot.assistant.store.get<{ answer: string }>('faq-suggestions/Q-0001');
    expect(suggestion?.value.answer).toBe(reply);
  });
});
