import path from 'node:path';
import { messages } from '../../src/i18n';
import { allText, button, Reply } from '../support/teams-user';
import { DURING_2024_IDEA_WINDOW, useTestBotWithClock } from '../support/test-bot';

const en = messages('en');
const fr = messages('fr');
const SESSIONS_FILE = path.join(__dirname, 'fixtures', 'sessions-e2e.yaml');
const ELIGIBLE = { submitterKind: 'country-office', objectives: 'saving-lives', budgetUsd: '60000', durationMonths: '12', submissionLanguage: 'en' };

/** The conversation does what was asked, says how to come back, and refuses what the call no longer allows. */
describe('conversation manners (end to end over HTTP)', () => {
  const { bot: testBot, clock } = useTestBotWithClock({ env: { SESSIONS_FILE } });

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
});
