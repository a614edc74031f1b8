import { messages } from '../../src/i18n';
import { FixedClock } from '../../src/clock';
import { allText, button, submitActions, visibleText } from '../support/teams-user';
import { fillIdea } from '../support/ideas';
import { TestBot } from '../support/test-bot';
import { typeset } from '../support/french';

const en = messages('en');



const eligibleAnswers = {
  submitterKind: 'country-office',
  objectives: 'saving-lives',
  budgetUsd: '60000',
  durationMonths: '12',
  submissionLanguage: 'en',
};

/** The edges of the dialogs: interruptions, old and forged cards, channels, odd input. */
describe('dialog edges (end to end over HTTP)', () => {
  const clock = new FixedClock('2024-10-01T09:00:00Z');
  let bot: TestBot;

  beforeAll(async () => {
    bot = await new TestBot({ clock }).start();
  });
  afterAll(async () => {
    await bot.stop();
  });
  afterEach(() => {
    expect(bot.errors).toEqual([]);
  });

  it('"language" in the middle of the form switches language and asks the same section again', async () => {
    const user = bot.user();
    await user.say('my idea');
    const [, languageCard] = [null, ...(await user.say('language'))];
    expect(visibleText(languageCard)).toContain('Which language');
    const replies = await user.press({ verb: 'language', language: 'fr' });
    expect(allText(replies)).toContain('Désormais, je vous répondrai en français.');
    expect(allText(replies)).toContain(typeset('Section 1 sur 6'));
  });

  it('a section\'s problems, shown again after a language switch, are in the new language', async () => {
    const user = bot.user();
    const card = await user.say('my idea');
    const refused = await user.press({ ...button(card, 'idea.section'), title: 'x'.repeat(130), objectives: 'saving-lives' });
    expect(allText(refused)).toContain('is too long: 130 characters for a limit of 120');
    await user.say('language');
    const french = allText(await user.press({ verb: 'language', language: 'fr' }));
    expect(french).toContain(typeset('texte trop long (130 caractères pour une limite de 120)'));
    expect(french).not.toContain('is too long');
  });

  it('the eligibility check\'s problems, shown again after a language switch, are in the new language', async () => {
    const user = bot.user();
    const card = await user.say('eligibility');
    expect(allText(await user.press({ ...button(card, 'eligibility.answers'), ...eligibleAnswers, budgetUsd: 'lots' }))).toContain(
      'type a whole amount in digits',
    );
    await user.say('language');
    const spanish = allText(await user.press({ verb: 'language', language: 'es' }));
    expect(spanish).toContain('en cifras');
    expect(spanish).not.toContain('type a whole amount');
  });

  it('on a text channel, "menu" leaves the form so that the menu numbers mean the menu', async () => {
    const user = bot.user({ channelId: 'email' });
    await user.say('eligibility');
    expect(allText(await user.say('menu'))).toContain('1. Check eligibility');
    expect(allText(await user.say('5'))).toContain('• Idea deadline: ✔');
  });

  it('Cancel on an old card of another form does not stop the form in progress', async () => {
    const user = bot.user();
    const eligibilityCard = await user.say('eligibility');
    await user.say('my idea');
    const cancel = submitActions(eligibilityCard[0]).find((action) => action.data.verb === 'form.cancel')!;
    expect(allText(await user.press(cancel.data))).toContain('That form is no longer open, so there is nothing to cancel in it');
    // The idea form still answers; its help says to fill in the card above, not to answer a question,
    // and does not send the card again below (empty of what was typed in the one above).
    const help = allText(await user.say('help'));
    expect(help).toContain(en.help.inCardForm({ resume: 'continue my idea' }));
    expect(help).not.toContain('Section 1 of 6');
    expect(help).not.toContain(en.help.inDialog);
    // By e-mail, where the form asks one question at a time, the help says to answer it.
    const email = bot.user({ channelId: 'email' });
    await email.say('eligibility');
    expect(allText(await email.say('help'))).toContain(en.help.inDialog);
  });

  it('Cancel pressed on the open form says what "cancel" typed says: the words that bring it back', async () => {
    const user = bot.user();
    const section = await user.say('my idea');
    const cancel = submitActions(section.at(-1)).find((action) => action.data.verb === 'form.cancel')!;
    expect(allText(await user.press(cancel.data))).toBe(en.cancel.ideaForm);
    const check = await user.say('eligibility');
    const stop = submitActions(check.at(-1)).find((action) => action.data.verb === 'form.cancel')!;
    expect(allText(await user.press(stop.data))).toBe(en.cancel.eligibility);
  });

  it('Cancel on an old card with nothing open says nothing is in progress, not that something goes on', async () => {
    const user = bot.user();
    const eligibilityCard = await user.say('eligibility');
    await user.say('cancel');
    const cancel = submitActions(eligibilityCard[0]).find((action) => action.data.verb === 'form.cancel')!;
    expect(allText(await user.press(cancel.data))).toBe(en.cancel.nothing);
  });

  it('a verb of one form sent with another form is refused and changes nothing', async () => {
    const user = bot.user();
    await user.say('my idea');
    const forged = await user.press({ verb: 'idea.submit', form: 'eligibility', section: 'x', revision: 1 });
    expect(allText(forged)).toContain('That button is not one I recognise');
    expect(allText(await user.say('help'))).toContain('We are in the middle of a form');
  });

  it('after the verdict, typed text is no longer taken by the check; its buttons keep working', async () => {
    const user = bot.user();
    const questions = await user.say('eligibility');
    const verdict = await user.press({ ...button(questions, 'eligibility.answers'), ...eligibleAnswers });
    expect(allText(verdict)).toContain('Your idea fits this call');
    expect(allText(await user.say('thanks!'))).toContain('You are welcome!');
    const assessment = await user.press(button(verdict, 'eligibility.assess'));
    expect(allText(assessment)).toMatch(/innovation/i);
    expect(Object.keys(button(assessment, 'eligibility.assessment'))).toContain('revision');
  });

  it.each(['CO', 'country office', 'the country office', 'IOM CO', 'HQ', 'regional'])(
    'on a text channel, a choice is understood as staff write it: %j',
    async (typed) => {
      const user = bot.user({ channelId: 'email' });
      await user.say('eligibility');
      const next = allText(await user.say(typed));
      expect(next).not.toContain('please choose one of the options');
    },
  );

  it('on a text channel, a choice that is no option is refused and not shown as the current answer', async () => {
    const user = bot.user({ channelId: 'email' });
    await user.say('eligibility');
    const refused = allText(await user.say('office'));
    expect(refused).toContain('please choose one of the options');
    expect(refused).not.toContain('Current answer: office');
  });

  it('a "not eligible" verdict on a text channel does not offer the idea form', async () => {
    const user = bot.user({ channelId: 'email' });
    await user.say('eligibility');
    await user.say('4'); // someone else: not an IOM office
    await user.say('1');
    await user.say('60000');
    await user.say('12');
    const verdict = allText(await user.say('English'));
    expect(verdict).toContain('1. Take the innovation self-check');
    expect(verdict).toContain('2. Change my answers');
    expect(verdict).not.toContain('Start the idea form');
  });

  it('answers a question typed beside the review without sending the whole review again; "continue my idea" brings it back', async () => {
    const user = bot.user();
    const review = await fillIdea(user);
    expect(submitActions(review.at(-1)!).map((action) => action.data.verb)).toContain('idea.submit');
    const answered = await user.say('when is the deadline for ideas?');
    expect(answered.every((reply) => !submitActions(reply).some((action) => action.data.verb === 'idea.submit'))).toBe(true);
    expect(allText(answered)).toContain('Your idea is ready: press "Submit my idea" on its review, further up in this chat');
    const again = await user.say('continue my idea');
    expect(again.some((reply) => submitActions(reply).some((action) => action.data.verb === 'idea.submit'))).toBe(true);
  });

  it('starts a new idea with the answers of the last eligibility check, however the form is opened', async () => {
    const user = bot.user();
    const questions = await user.say('eligibility');
    await user.press({ ...button(questions, 'eligibility.answers'), ...eligibleAnswers, objectives: 'saving-lives' });
    await user.say('cancel');
    // From the menu, not from the verdict's own button.
    const card = await user.press({ verb: 'menu', item: 'idea' });
    expect(allText(card)).toContain('Section 1 of 6');
    const inputs: Record<string, unknown> = {};
    JSON.stringify(card, (key, value) => {
      if (value && typeof value === 'object' && typeof value.type === 'string' && value.type.startsWith('Input.')) inputs[value.id] = value.value;
      return value;
    });
    expect(inputs.objectives).toBe('saving-lives');
  });

  it('writes a criterion and its answer as French writes them, with a space before the colon', async () => {
    const user = bot.user({ locale: 'fr-FR' });
    const questions = await user.say('éligibilité');
    const verdict = await user.press({ ...button(questions, 'eligibility.answers'), ...eligibleAnswers });
    const assessment = await user.press(button(verdict, 'eligibility.assess'));
    expect(allText(assessment)).toMatch(/Nouveauté\u00a0: /);
    expect(allText(assessment)).not.toMatch(/Nouveauté: /);
  });

  it('the forms are refused in a team channel, where everyone would see one person\'s answers', async () => {
    const user = bot.user();
    const { replies } = await user.send({
      type: 'message',
      text: 'my idea',
      conversation: { id: `19:channel-${user.userId}@thread.tacv2`, conversationType: 'channel', tenantId: '11111111-2222-3333-4444-555555555555' },
    });
    expect(allText(replies)).toContain('run in a personal chat');
  });

  it('control characters and oversized values in a card submit are refused without harm', async () => {
    const user = bot.user();
    const questions = await user.say('eligibility');
    const replies = await user.press({
      ...button(questions, 'eligibility.answers'),
      ...eligibleAnswers,
      submitterKind: 'hq-department',
      coordinatingOffice: `IOM\u0000 Kenya${'x'.repeat(300_000)}`,
    });
    expect(allText(replies)).toContain("Coordinating office: please type the office's name");
    expect(JSON.stringify(replies).length).toBeLessThan(20_000);
  });

  it('says at once that the idea deadline has passed, instead of letting people fill six sections', async () => {
    clock.set('2024-11-01T09:00:00Z');
    try {
      // The eligibility check, too, says so rather than asking its questions.
      const check = allText(await bot.user().say('eligibility'));
      expect(check).toContain('Ideas for this call closed on 25 October 2024');
      expect(check).not.toContain('Who submits');
      const replies = await bot.user().say('my idea');
      expect(allText(replies)).toContain('The idea deadline passed on 25 October 2024');
      expect(allText(replies)).not.toContain('Section 1 of 6');
    } finally {
      clock.set('2024-10-01T09:00:00Z');
    }
  });

  it('on a text channel, a section opened from the review asks every question again; "skip" keeps the answer', async () => {
    // The same person fills the form with cards in Teams, then edits it over e-mail.
    const teams = bot.user();
    const card = await fillIdea(teams, { title: 'First title' });
    expect(allText(card)).toContain('Every section is complete');

    const email = bot.user({ channelId: 'email', aadObjectId: teams.aadObjectId });
    expect(allText(await email.say('my idea'))).toContain('Reply "submit" to submit');
    let replies = await email.say('1');
    expect(allText(replies)).toContain('Title of the idea');
    expect(allText(replies)).toContain('Current answer: First title');
    replies = await email.say('skip');
    expect(allText(replies)).toContain('Current answer: Saving lives and protecting people on the move');
    replies = await email.say('skip');
    replies = await email.say('skip');
    expect(allText(replies)).toContain('First title');
    expect(allText(replies)).toContain('Reply "submit" to submit');

    await email.say('1');
    replies = await email.say('Better title');
    replies = await email.say('skip');
    replies = await email.say('skip');
    expect(allText(replies)).toContain('Better title');
    replies = await email.say('submit');
    expect(allText(replies)).toMatch(/IH-2024-\d{4}/);
  });

  it('a damaged dialog state in storage restarts the step from the draft instead of failing', async () => {
    const user = bot.user();
    await user.say('my idea');
    const key = `bot/msteams/28:bot/conversations/${user.conversationId}`;
    const record = await bot.assistant.store.get<Record<string, unknown>>(key);
    // Corrupt every "fieldIndex" found in the stored dialog stack.
    let corrupted = 0;
    const corrupt = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(corrupt);
      if (node && typeof node === 'object') {
        const object = node as Record<string, unknown>;
        if ('fieldIndex' in object) {
          object.fieldIndex = 'not a number';
          corrupted += 1;
        }
        Object.values(object).forEach(corrupt);
      }
    };
    corrupt(record!.value);
    expect(corrupted).toBeGreaterThan(0);
    await bot.assistant.store.put(key, record!.value);
    // Text typed beside the card (no question) shows the card again, from the state as repaired.
    const replies = await user.say('Solar kiosks');
    expect(allText(replies)).toContain('Section 1 of 6');
  });
});
