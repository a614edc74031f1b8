import { messages } from '../../src/i18n';
import { completeIdeaSections, submitIdea } from '../support/ideas';
import { allText, button, submitActions } from '../support/teams-user';
import { useTestBot } from '../support/test-bot';

const d = messages('en').ideaForm.discard;

/** Starting the idea over: "discard my draft" (end to end over HTTP). */
describe('discarding a draft to start the idea over', () => {
  const bot = useTestBot();

  it('asks first, keeps it on "No", deletes it on "Yes", and "my idea" then starts afresh', async () => {
    const user = bot().user();
    const card = await user.say('my idea');
    await user.press({ ...button(card, 'idea.section'), title: 'Wrong idea', objectives: 'saving-lives' });

    const asked = await user.say('start over');
    expect(allText(asked)).toContain('Discard your draft "Wrong idea"?');
    expect(submitActions(asked[0]).map((action) => action.title)).toEqual([d.yes, d.no]);
    expect(allText(await user.press(button(asked, 'draft.keep')))).toBe(d.kept);
    expect(allText(await user.say('my idea'))).toContain('Your draft is saved');

    // A card shown before the draft changed discards nothing.
    const stale = await user.say('discard my draft');
    await user.press({ ...button(await user.say('my idea'), 'idea.section'), ...completeIdeaSections()[1] });
    expect(allText(await user.press(button(stale, 'draft.discard')))).toBe(d.changed);

    const fresh = await user.say('discard my draft');
    expect(allText(await user.press(button(fresh, 'draft.discard')))).toBe(d.done);
    expect(allText(await user.say('my idea'))).not.toContain('Wrong idea');
    const empty = allText(await user.say('discard my draft'));
    expect(empty).toContain('Discard your draft?');
    expect(empty).toContain('None of the 6 sections is filled in yet.');
  });

  it('says a submitted idea cannot be discarded here, and how to withdraw it', async () => {
    const user = bot().user();
    const reference = await submitIdea(user, { title: 'Sent' });
    expect(allText(await user.say('discard my draft'))).toBe(d.submitted({ reference, mailbox: 'ikm@iom.int' }));
    expect(allText(await bot().user({ locale: 'fr-FR' }).say('supprimer mon brouillon'))).toBe(messages('fr').ideaForm.discard.none);
  });

  it('works by e-mail with a typed confirmation, and not in a channel', async () => {
    const email = bot().user({ channelId: 'email' });
    await email.say('my idea');
    await email.say('Solar kiosks');
    const asked = allText(await email.say('discard my draft'));
    expect(asked).toContain(d.textHint);
    expect(allText(await email.say('discard my draft now'))).toBe(d.done);

    const user = bot().user();
    const { replies } = await user.send({
      type: 'message',
      text: 'discard my draft',
      conversation: { id: '19:team@thread.tacv2', conversationType: 'channel', tenantId: '11111111-2222-3333-4444-555555555555' },
    });
    expect(allText(replies)).toBe(messages('en').personalView);
  });
});
