import { messages } from '../../src/i18n';
import { submitIdea } from '../support/ideas';
import { allText, button, submitActions, visibleText } from '../support/teams-user';
import { announceDecision } from '../support/desk';
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
    const made = allText(await announceDecision(admin, 'shortlist', 'date'));
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
    expect(allText(await announceDecision(admin, 'shortlist', 'now'))).toContain('2 teams are being told now');
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

/** An announcement tells the teams what IKM saw on its preview, or nobody (trial: a stale preview told an unseen decision). */
describe('announcing from a preview', () => {
  const { bot: testBot, clock } = useTestBotWithClock({ env: { IKM_ADMIN_IDS: ADMIN } });

  it('pressed after a colleague changed the decisions, tells nobody and shows the list as it stands', async () => {
    const bot = testBot();
    const admin = bot.user({ aadObjectId: ADMIN });
    const alpha = bot.user();
    const beta = bot.user();
    const alphaRef = await submitIdea(alpha, { title: 'Alpha' });
    const betaRef = await submitIdea(beta, { title: 'Beta' });
    await admin.press({ verb: 'desk.shortlist.set', reference: alphaRef, on: true });
    clock.set('2024-11-12T09:00:00Z');
    const stale = await admin.say('announce the shortlist');
    expect(allText(stale)).toContain('1 told they are shortlisted');
    // The change a colleague would make after the preview was shown.
    await admin.press({ verb: 'desk.shortlist.set', reference: betaRef, on: true });
    const now = submitActions(stale[0]).find((action) => action.data.when === 'now')!;
    const refused = await admin.press(now.data);
    expect(allText(refused)).toContain(d.announceDecision.changed);
    expect(allText(refused)).toContain('2 told they are shortlisted');
    await admin.say('run reminders');
    expect(bot.connector.postedTo(alpha.conversationId)).toHaveLength(0);
    expect(allText(await admin.press(button(refused, 'desk.decisions.announce')))).toContain('2 teams are being told now');
  });
});

describe('announcing the shortlist after proposals closed', () => {
  const { bot: testBot, clock } = useTestBotWithClock({ env: { IKM_ADMIN_IDS: ADMIN } });

  it('refuses the shortlist once proposals have closed, saying why, with no Announce button', async () => {
    const bot = testBot();
    const admin = bot.user({ aadObjectId: ADMIN });
    const alpha = bot.user();
    await admin.press({ verb: 'desk.shortlist.set', reference: await submitIdea(alpha, { title: 'Alpha' }), on: true });
    clock.set('2024-12-16T09:00:00Z');
    const preview = await admin.say('announce the shortlist');
    expect(allText(preview)).toContain('Proposals closed on 15 December 2024');
    expect(submitActions(preview[0]).map((action) => action.data.verb)).not.toContain('desk.decisions.announce');
    const forged = await admin.press({ verb: 'desk.decisions.announce', kind: 'shortlist', when: 'now' });
    expect(allText(forged)).toContain('a proposal they can no longer send');
    await admin.say('run reminders');
    expect(bot.connector.postedTo(alpha.conversationId)).toHaveLength(0);
  });
});

describe('a funding decision while the funding announcement is scheduled', () => {
  const { bot: testBot, clock } = useTestBotWithClock({ env: { IKM_ADMIN_IDS: ADMIN } });

  it('is refused when the form is opened, with the button that calls the announcement off; a note typed on an older form is given back', async () => {
    const bot = testBot();
    const admin = bot.user({ aadObjectId: ADMIN });
    const reference = await submitIdea(bot.user(), { title: 'Alpha' });
    await admin.press({ verb: 'desk.shortlist.set', reference, on: true });
    clock.set('2024-10-28T09:00:00Z');
    await announceDecision(admin, 'shortlist', 'now');
    const approvals = { 'approval:ddg-operations': 'true', 'approval:director-dapc': 'true' };
    await admin.press({ verb: 'desk.decision.save', reference, outcome: 'funded', ...approvals });
    clock.set('2024-12-20T09:00:00Z');
    expect(allText(await announceDecision(admin, 'funding', 'date'))).toContain('Scheduled');

    const opened = await admin.press({ verb: 'desk.decision.form', reference });
    expect(allText(opened)).toContain('The funding decisions are scheduled to be announced on');
    expect(JSON.stringify(opened)).not.toContain('"id":"note"');
    expect(submitActions(opened.at(-1)).map((action) => action.data.verb)).toContain('desk.decisions.calloff');
    // Save pressed on a form opened before the scheduling.
    const saved = await admin.press({ verb: 'desk.decision.save', reference, outcome: 'not-funded', note: 'Budget overlaps another project' });
    expect(allText(saved)).toContain('The note you wrote, to keep if you wish:');
    expect(allText(saved)).toContain('Budget overlaps another project');
    expect(allText(await admin.press({ verb: 'desk.submission.open', reference }))).not.toContain('Budget overlaps');
    // Called off from that button, the form opens again.
    await admin.press(button(opened, 'desk.decisions.calloff'));
    expect(JSON.stringify(await admin.press({ verb: 'desk.decision.form', reference }))).toContain('"id":"note"');
  });
});

/** A team whose focal point deleted their data cannot be told by the assistant: IKM is told so, by reference (user trial). */
describe('announcing a decision to a team the assistant cannot reach', () => {
  const { bot: testBot, clock } = useTestBotWithClock({ env: { IKM_ADMIN_IDS: ADMIN } });

  it('names the team on the preview and after "Announce now", and sends it nothing', async () => {
    const bot = testBot();
    const admin = bot.user({ aadObjectId: ADMIN });
    const reachable = bot.user();
    const gone = bot.user({ locale: 'es-ES' });
    const reachableRef = await submitIdea(reachable, { title: 'Reachable' });
    const goneRef = await submitIdea(gone, { title: 'Gone' });
    await admin.press({ verb: 'desk.shortlist.set', reference: reachableRef, on: true });
    await admin.press({ verb: 'desk.shortlist.set', reference: goneRef, on: true });
    const asked = await gone.say('borrar mis datos');
    await gone.press(button(asked, 'mydata.erase.confirm'));

    clock.set('2024-10-28T09:00:00Z');
    const preview = allText(await admin.press({ verb: 'desk.decisions.preview', kind: 'shortlist' }));
    expect(preview).toContain(`1 team cannot be told here`);
    expect(preview).toContain(goneRef);
    expect(preview).not.toContain(`${reachableRef},`);
    const made = allText(await announceDecision(admin, 'shortlist', 'now'));
    expect(made).toContain('Announced. 1 team is being told now');
    expect(made).toContain(`Tell it some other way (type a reference to open its idea and its focal point): ${goneRef}.`);
    await admin.say('run reminders');
    expect(bot.connector.postedTo(reachable.conversationId).map(visibleText).join('\n')).toContain(messages('en').teamMessages.shortlisted.title);
    expect(bot.connector.postedTo(gone.conversationId).map(visibleText).join('\n')).not.toContain(messages('es').teamMessages.shortlisted.title);
  });
});
