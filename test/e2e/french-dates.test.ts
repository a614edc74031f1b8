import { fillIdea } from '../support/ideas';
import { allText, button } from '../support/teams-user';
import { useTestBot } from '../support/test-bot';
import { typeset } from '../support/french';

/**
 * French writes the first day of a month as an ordinal: "1er mars 2025", never "1 mars 2025". Every
 * date goes through one formatter (src/i18n/format.ts), so a form's answer and a timestamp agree.
 */
describe('French dates (end to end over HTTP)', () => {
  // The test clock is 1 October 2024, 09:00 UTC: the submission time falls on a first of the month.
  const bot = useTestBot();

  it('writes "1er" for the first of a month, in a date answer and in the submission time, and leaves other days as they are', async () => {
    const user = bot().user({ locale: 'fr-FR' });
    const reviewCard = await fillIdea(user);
    const review = allText(reviewCard);
    expect(review).toContain(typeset('1er mars 2025'));
    expect(review).not.toMatch(/\b1\smars/);

    const confirmation = allText(await user.press(button(reviewCard, 'idea.submit')));
    expect(confirmation).toContain(typeset('1er octobre 2024 à 11:00 (Europe/Zurich)'));
    expect(confirmation).not.toMatch(/\b1\soctobre/);

    // Any other day is a plain number, and English and Spanish have no ordinal.
    expect(allText(await user.say('date limite pour les idées'))).toContain(typeset('25 octobre 2024'));
    expect(allText(await fillIdea(bot().user({ locale: 'es-ES' })))).toContain('1 de marzo de 2025');
    expect(allText(await fillIdea(bot().user()))).toContain('1 March 2025');
  });
});
