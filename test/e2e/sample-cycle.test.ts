import { messages } from '../../src/i18n';
import { allText } from '../support/teams-user';
import { useTestBot } from '../support/test-bot';

/**
 * The sample cycle a newcomer first sees: the 2024 call with the sample catalogue (content/), at the
 * test clock inside the idea window (1 October 2024).
 */
describe('the sample cycle makes sense to a newcomer (end to end over HTTP)', () => {
  const bot = useTestBot();

  it('offers the information webinars before the idea deadline, and names the clinics for later, for shortlisted teams', async () => {
    const text = allText(await bot().user().say('clinics'));
    expect(text).toContain('Webinar: the Innovation Hub call and how to submit an idea');
    expect(text).toContain('Fri 4 Oct');
    expect(text).toContain('Clinic: business model and sustainability');
    expect(text).toContain('Thu 14 Nov');
  });

  it('agrees with the FAQ on when clinics run, and on who may book what', async () => {
    const answer = allText(await bot().user().say('How do I book a clinic?'));
    expect(answer).toContain('the clinics, from 11 November 2024 to 15 December 2024, are for shortlisted teams');
    // The catalogue offers webinars to everyone now: the answer must not say every session is for shortlisted teams.
    expect(answer).toContain('The information webinars are open to everyone');
  });

  it('sends people to the webinars the catalogue lists, not to the mailbox for their dates', async () => {
    const answer = allText(await bot().user().say('when is the webinar on how to submit?'));
    expect(answer).toContain("Their dates are in the menu's list of sessions, where you can book a seat.");
    expect(answer).not.toContain('For dates and links, ask IKM');
  });

  it('names the hosts in the reader\'s language', async () => {
    const text = allText(await bot().user({ locale: 'fr-FR' }).say('cliniques'));
    expect(text).toContain(messages('fr').sessions.host({ host: 'Unité IKM' }));
    expect(text).not.toContain('With: IKM unit');
  });
});
