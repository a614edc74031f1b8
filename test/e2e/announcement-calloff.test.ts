import { messages } from '../../src/i18n';
import { submitIdea } from '../support/ideas';
import { allText, button, submitActions, visibleText } from '../support/teams-user';
import { useTestBotWithClock } from '../support/test-bot';

const ADMIN = 'a0a0a0a0-1111-2222-3333-666666666666';
const d = messages('en').desk;

/**
 * A decision announcement made for a later day can be called off until that day: nobody is told,
 * the decisions may change, and announcing again tells every team once, with the new decisions
 * (end to end over HTTP, simulated time).
 */
describe('calling off a decision announcement made for a later day', () => {
  const { bot: testBot, clock } = useTestBotWithClock({ env: { IKM_ADMIN_IDS: ADMIN } });

  it('tells nobody, frees the decisions, and a new announcement tells each team once', async () => {
    const bot = testBot();
    const admin = bot.user({ aadObjectId: ADMIN });
    const alpha = bot.user();
    const beta = bot.user({ locale: 'fr-FR' });
    const alphaRef = await submitIdea(alpha, { title: 'Alpha' });
    const betaRef = await submitIdea(beta, { title: 'Beta' });
    await admin.press({ verb: 'desk.shortlist.set', reference: alphaRef, on: true });
    // Until the shortlist is announced, no team is "shortlisted" for a message: the preview says why.
    expect(allText(await admin.press({ verb: 'desk.announce.preview', audience: 'shortlisted', textEn: 'Hello' }))).toContain(
      d.announce.notAnnouncedYet.shortlist,
    );

    // After the idea deadline, announced for the call's date (11 November): scheduled, not told.
    clock.set('2024-10-28T09:00:00Z');
    const made = allText(await admin.press({ verb: 'desk.decisions.announce', kind: 'shortlist', when: 'date' }));
    expect(made).toContain('Scheduled: 2 teams are told from 11 November 2024');
    expect(made).toContain('Nobody is told before');
    await admin.say('run reminders');
    expect(bot.connector.postedTo(alpha.conversationId)).toHaveLength(0);
    // Scheduled, the shortlist holds: a change says how to call it off, not "announced".
    expect(allText(await admin.press({ verb: 'desk.shortlist.set', reference: betaRef, on: true }))).toContain(
      d.refusals.scheduled.shortlist({ date: '11 November 2024' }),
    );
    const preview = await admin.press({ verb: 'desk.decisions.preview', kind: 'shortlist' });
    expect(submitActions(preview[0]).map((action) => action.title)).toContain(d.announceDecision.callOff);
    expect(allText(await bot.user().press(button(preview, 'desk.decisions.calloff')))).toContain('This is for the IKM team');
    expect(allText(await admin.press(button(preview, 'desk.decisions.calloff')))).toBe(d.announceDecision.calledOff.shortlist);
    expect(allText(await admin.press(button(preview, 'desk.decisions.calloff')))).toBe(d.announceDecision.nothingScheduled);
    const audit = allText(await admin.press({ verb: 'desk.audit' }));
    expect(audit).toContain('Announcement called off · shortlist');
    // Made for a later day, it was scheduled, never "announced".
    expect(audit).toContain('Decision announcement scheduled · shortlist');
    expect(audit).not.toContain('Decision announced');

    // The shortlist changes, and is announced now: each team is told once, with the new decision.
    await admin.press({ verb: 'desk.shortlist.set', reference: betaRef, on: true });
    expect(allText(await admin.press({ verb: 'desk.decisions.announce', kind: 'shortlist', when: 'now' }))).toContain('2 teams are being told now');
    await admin.say('run reminders');
    expect(bot.connector.postedTo(alpha.conversationId).map(visibleText).join('\n')).toContain(messages('en').teamMessages.shortlisted.title);
    expect(bot.connector.postedTo(beta.conversationId).map(visibleText).join('\n')).toContain(messages('fr').teamMessages.shortlisted.title);
    // On the first announcement's day, nothing more goes out: its messages were dropped.
    clock.set('2024-11-11T09:00:00Z');
    await admin.say('run reminders');
    expect(bot.connector.postedTo(alpha.conversationId)).toHaveLength(1);
    expect(bot.connector.postedTo(beta.conversationId)).toHaveLength(1);
    // Told, it holds: a pasted list says so at once, not after offering "Shortlist it".
    expect(allText(await admin.press({ verb: 'desk.decisions.calloff', kind: 'shortlist' }))).toContain('can no longer be called off');
    for (const press of [{ verb: 'desk.shortlist.paste' }, { verb: 'desk.shortlist.check', references: alphaRef }]) {
      const replies = await admin.press(press);
      expect(allText(replies)).toContain('The shortlist was announced');
      expect(JSON.stringify(replies)).not.toContain('desk.shortlist.confirm');
    }
  });
});
