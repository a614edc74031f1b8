import { FixedClock } from '../../src/clock';
import { messages } from '../../src/i18n';
import { submitIdea } from '../support/ideas';
import { allText, visibleText } from '../support/teams-user';
import { DURING_2024_IDEA_WINDOW, useTestBot } from '../support/test-bot';

const ADMIN = 'a0a0a0a0-1111-2222-3333-444444444444';

/**
 * Reference numbers typed in the chat, as the submission's confirmation asks teams to quote them
 * (a trial found "IH-2024-0002" answered with the funding limits, its figures read as a sum).
 */
describe('a reference number typed in the chat (end to end over HTTP)', () => {
  const testBot = useTestBot({ clock: new FixedClock(DURING_2024_IDEA_WINDOW), env: { IKM_ADMIN_IDS: ADMIN } });

  it("shows its submitter the idea, tells anyone else nothing of it, and reads a question around it without its figures", async () => {
    const team = testBot().user({ locale: 'fr-FR' });
    const reference = await submitIdea(team, { title: 'Kiosques solaires' });
    const [, , sequence] = reference.split('-');

    // Alone, in any dash or case, or with words that ask to see it: the submitted idea.
    for (const typed of [reference, `ih–2024–${Number(sequence)}`, `statut de ${reference} ?`]) {
      const shown = allText(await team.say(typed));
      expect(shown).toContain(messages('fr').ideaForm.review.readOnly({ reference }));
      expect(shown).toContain('Kiosques solaires');
    }

    // Someone else's: nothing about it, not even whether it exists, and the same for one that does not.
    const other = testBot().user({ locale: 'fr-FR' });
    for (const typed of [reference, 'IH-2024-0999']) {
      const [reply] = await other.say(typed);
      const written = typed === reference ? reference : 'IH-2024-0999';
      expect(reply.text).toBe(messages('fr').ideaForm.review.notYours({ reference: written, mailbox: 'ikm@iom.int' }));
    }

    // In a question, the reference is the idea it names, not a sum beyond the call's maximum.
    const asked = allText(await team.say(`notre idée ${reference} est-elle retenue ?`));
    expect(asked).not.toMatch(/50\s000|80\s000/u);
    expect(asked).toMatch(/présélection/u);
    const english = allText(await testBot().user().say(`status of ${reference}, was it shortlisted?`));
    expect(english).not.toContain('more than the maximum');
  });

  it('opens the idea on the desk for IKM, by reference alone or "open …", and shortlists with "Shortlist: …"', async () => {
    const reference = await submitIdea(testBot().user(), { title: 'Water points' });
    const admin = testBot().user({ aadObjectId: ADMIN });
    for (const typed of [reference, `open ${reference}`, reference.replace(/-/g, '—')]) {
      const shown = visibleText((await admin.say(typed))[0]);
      expect(shown).toContain(reference);
      expect(shown).toContain('Water points');
      expect(shown).toContain(messages('en').desk.submission.shortlist);
    }
    const check = allText(await admin.say(`Shortlist: ${reference}`));
    expect(check).toContain(messages('en').desk.shortlist.previewTitle({ count: 1 }));
    // "questions" from IKM is the question queue, not a question about the call.
    expect(allText(await admin.say('questions'))).toContain(messages('en').desk.questions.none);
  });

  it('says, on "cancel" with no step in progress, that nothing is in progress and how a booking is cancelled', async () => {
    const [reply] = await testBot().user().say('cancel');
    expect(reply.text).toBe(messages('en').cancel.nothing);
    expect(reply.text).toContain('nothing is in progress');
  });
});
