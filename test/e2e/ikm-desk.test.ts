import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pdfParse from 'pdf-parse';
import { FixedClock } from '../../src/clock';
import { AUDIT_PREFIX } from '../../src/desk';
import { ConversationReferences } from '../../src/conversations';
import { commandLanguage } from '../../src/bot/commands';
import { messages } from '../../src/i18n';
import { parseEml } from '../mail/eml';
import { referenceFor } from '../reminders/support';
import { parseCsv } from '../support/csv';
import { completeIdeaSections, submitIdea } from '../support/ideas';
import { LimitedConnector } from '../support/limited-connector';
import { allText, button, cardOf, Reply, submitActions, TeamsUser, visibleText } from '../support/teams-user';
import { announceDecision } from '../support/desk';
import { TestBot, useTestBot } from '../support/test-bot';
import { typeset } from '../support/french';

const ADMIN = 'a0a0a0a0-1111-2222-3333-444444444444';
const TENANT = '11111111-2222-3333-4444-555555555555';
const IKM_CHANNEL = '19:ikm-desk@thread.tacv2';
const SESSIONS_FILE = path.join(__dirname, 'fixtures', 'sessions-e2e.yaml');
const STORY_SESSIONS_FILE = path.join(__dirname, 'fixtures', 'sessions-story.yaml');
const ONLY = messages('en').admin.only;
/** A solution written in French: kept, with a warning for the team and one for IKM. */
const FRENCH_SOLUTION = 'Notre projet aide les jeunes migrants à trouver un emploi grâce à une application mobile simple.';
/** What IKM reads about it, wherever IKM reads it. */
const IKM_NOT_ENGLISH = 'The team wrote "The solution" in French; the call asks for English.';
/** Records that every turn writes whoever sends it (its state, the person, retries, references). */
const TURN_BOOKKEEPING = /^(bot\/|people\/|seen\/|conversations\/|once\/)/;

/** Sends as a member of the IKM team channel. */
function inChannel(member: TeamsUser, fields: Record<string, unknown>) {
  return member.send({ ...fields, conversation: { id: IKM_CHANNEL, conversationType: 'channel', tenantId: TENANT } });
}

describe('the IKM desk (end to end over HTTP)', () => {
  const clock = new FixedClock('2024-10-01T09:00:00Z');
  let bot: TestBot;
  let admin: TeamsUser;

  beforeAll(async () => {
    bot = await new TestBot({ clock, env: { IKM_ADMIN_IDS: ADMIN, SESSIONS_FILE } }).start();
    admin = bot.user({ aadObjectId: ADMIN });
  });
  afterAll(() => bot.stop());
  afterEach(() => expect(bot.errors).toEqual([]));

  /** Every stored key and version, apart from a turn's own bookkeeping. */
  const snapshot = async () =>
    (await bot.assistant.store.list<unknown>(''))
      .filter((record) => !TURN_BOOKKEEPING.test(record.key))
      .map((record) => `${record.key}@${record.version}`);

  it('shows the desk only to IKM administrators, and refuses every admin command and card to anyone else, changing and revealing nothing', async () => {
    const reference = await submitIdea(bot.user(), { title: 'Solar kiosks' });
    const welcome = await admin.say('hi');
    expect(submitActions(welcome[0]).map((action) => action.title)).toContain(messages('en').menu.desk);
    const someone = bot.user({ locale: 'fr-FR' });
    expect(submitActions((await someone.say('menu'))[0]).map((action) => action.title)).not.toContain(messages('fr').menu.desk);

    const typed = [
      'ikm desk',
      'bureau IKM',
      'escritorio ikm',
      'dashboard',
      'pause reminders',
      'resume reminders',
      'run reminders',
      'register channel',
      'create session',
      'edit session workshop-big',
      'cancel session workshop-big',
      'attendees workshop-big',
    ];
    const forged: Record<string, unknown>[] = [
      { verb: 'menu', item: 'desk' },
      { verb: 'desk.home' },
      { verb: 'desk.submissions', page: 1, status: 'shortlisted', search: 'solar' },
      { verb: 'desk.submission.open', reference },
      { verb: 'desk.submission.open', reference: 'IH-2024-9999' },
      { verb: 'desk.shortlist.set', reference, on: true },
      { verb: 'desk.shortlist.set', reference: 'IH-2024-9999', on: true },
      { verb: 'desk.shortlist.paste' },
      { verb: 'desk.shortlist.check', references: reference },
      { verb: 'desk.shortlist.confirm', references: [reference] },
      { verb: 'desk.decision.form', reference },
      { verb: 'desk.decision.save', reference, outcome: 'funded', 'approval:ddg-operations': 'true', 'approval:director-dapc': 'true' },
      { verb: 'desk.decisions.preview', kind: 'shortlist' },
      { verb: 'desk.decisions.announce', kind: 'shortlist', when: 'now' },
      { verb: 'desk.announce.form' },
      { verb: 'desk.announce.preview', audience: 'everyone', textEn: 'Hello' },
      { verb: 'desk.announce.send', audience: 'everyone', textEn: 'Hello' },
      { verb: 'desk.announcements' },
      { verb: 'desk.announce.report', id: 'A-0001' },
      { verb: 'desk.announce.cancel', id: 'A-0001' },
      { verb: 'desk.questions' },
      { verb: 'desk.question.open', ticketId: 'Q-0001' },
      { verb: 'desk.audit' },
      { verb: 'desk.exports' },
      { verb: 'desk.cancel' },
      { verb: 'desk.no-such-thing' },
      { verb: 'desk.shortlist.set', reference: '<script>', on: 'yes' },
      { verb: 'ticket.answer', ticketId: 'Q-0001', answer: 'Forged answer' },
      { verb: 'ticket.addToFaq', ticketId: 'Q-0001' },
      { verb: 'session.save', editId: '', id: 'workshop-forged', kind: 'workshop', titleEn: 'Forged' },
    ];
    const before = await snapshot();
    for (const person of [someone, bot.user()]) {
      // A command typed in French or Spanish is answered in that language, whatever the chat's.
      for (const text of typed) {
        const language = commandLanguage(text) ?? (person.locale.startsWith('fr') ? 'fr' : 'en');
        expect([text, allText(await person.say(text))]).toEqual([text, messages(language).admin.only]);
      }
      for (const value of forged) {
        const answer = allText(await person.press(value));
        expect([value.verb, answer]).toEqual([value.verb, messages(person.locale.startsWith('fr') ? 'fr' : 'en').admin.only]);
      }
    }
    // In the IKM channel too, a non-admin's "register channel" is refused.
    expect(allText((await inChannel(someone, { type: 'message', text: 'register channel' })).replies)).toBe(messages('fr').admin.only);
    expect(await snapshot()).toEqual(before);
  });

  it('shows the desk, its exports and attendee lists in a personal chat or the IKM channel only: elsewhere everyone present would read them', async () => {
    const elsewhere = (fields: Record<string, unknown>) =>
      admin.send({ ...fields, conversation: { id: '19:other-team@thread.tacv2', conversationType: 'channel', tenantId: TENANT } });
    for (const fields of [
      { type: 'message', text: 'ikm desk' },
      { type: 'message', value: { verb: 'desk.exports' } },
      { type: 'message', value: { verb: 'desk.submissions', page: 1 } },
      { type: 'message', text: 'attendees clinic-alpha' },
    ]) {
      const { replies } = await elsewhere(fields);
      // Where the desk does open, said to the administrator.
      expect(allText(replies)).toBe(messages('en').personalViewDesk);
      expect(JSON.stringify(replies)).not.toContain('/files/');
    }
    expect(allText(await admin.press({ verb: 'desk.exports' }))).toContain('Submissions (CSV)');
  });

  it('an admin sees the dashboard, the submissions and the whole idea; every action is in the audit log', async () => {
    const dashboard = allText(await admin.say('ikm desk'));
    expect(dashboard).toContain('IKM desk');
    expect(dashboard).toContain('Submitted: 1');
    expect(dashboard).toContain('Figures computed from the stored data on 1 October 2024');
    const list = await admin.press({ verb: 'desk.submissions', page: 1 });
    expect(allText(list)).toContain('Solar kiosks');
    const open = await admin.press(button(list, 'desk.submission.open'));
    expect(allText(open)).toContain('Problem and solution');
    // Before the shortlist is announced, an idea not ticked is "Submitted": nothing is decided yet.
    expect(visibleText(open[0])).toMatch(/^IH-2024-0001\nSolar kiosks\nSubmitted\n/);
    expect(allText(open)).toContain('IOM Uganda');
    const shortlisted = await admin.press(button(open, 'desk.shortlist.set'));
    expect(allText(shortlisted)).toContain('Remove from shortlist');
    // A pasted list: what is no reference is said, not silently left off.
    const check = allText(await admin.press({ verb: 'desk.shortlist.check', references: 'ih-2024-0001\n0003 ; sample-6' }));
    expect(check).toContain('IH-2024-0001');
    expect(check).toContain('Not read as reference numbers, left out: 0003, sample-6 (a reference is written like IH-2024-0007, with its own number).');
    const audit = allText(await admin.press({ verb: 'desk.audit' }));
    expect(audit).toContain('Shortlisted · IH-2024-0001');
    // Who did it: the admin's Teams name, with the id that tells namesakes apart.
    expect(audit).toContain(`Test User (${ADMIN})`);

    // Taking a decided idea off the shortlist asks first, since its decision goes with it; "Keep
    // it" keeps both.
    await admin.press({ verb: 'desk.decision.save', reference: 'IH-2024-0001', outcome: 'not-funded', note: 'weak' });
    const decided = await admin.press({ verb: 'desk.submission.open', reference: 'IH-2024-0001' });
    // People by name, not by object id (the audit log keeps the id beside the name); the submitter too.
    expect(allText(decided)).toContain('decision recorded by Test User on');
    expect(allText(decided)).not.toContain(ADMIN);
    expect(allText(decided)).toContain('Submitted by: Test User');
    // Its card links to the whole idea as a PDF: a download link, logged as the exports' are (trial: it was not).
    const log = allText(await admin.press({ verb: 'desk.audit' }));
    expect(log).toContain('IH-2024-0001.pdf');
    expect(log).toContain('what IKM administrators did, and people deleting their data');
    const asked = await admin.press(button(decided, 'desk.shortlist.set'));
    expect(allText(asked)).toContain('IH-2024-0001 has a funding decision (Not funded). Taking it off the shortlist deletes that decision, its approvals and its note.');
    expect(allText(await admin.press(button(asked, 'desk.submission.open')))).toContain('decision recorded by Test User on');
    expect(allText(await admin.press(button(asked, 'desk.shortlist.set')))).toContain(
      'IH-2024-0001 is off the shortlist, and its funding decision (Not funded, with its approvals and note) was removed with it.',
    );
    // That answer was about that decision: pressed again once another is recorded, it asks again.
    // (The card that comes back after the action gives the PDF's link again: logged too, as the review
    // found it was not; once an hour, as long as a link lasts, so that the log's latest entries are not
    // the same link again and again.)
    const pdfLinksLogged = async () =>
      (await bot.assistant.store.list<{ target?: string }>(AUDIT_PREFIX)).filter((record) => record.value.target === 'IH-2024-0001.pdf').length;
    clock.advance(60 * 60 * 1000);
    const before = await pdfLinksLogged();
    await admin.press({ verb: 'desk.shortlist.set', reference: 'IH-2024-0001', on: true });
    expect(await pdfLinksLogged()).toBe(before + 1);
    await admin.press({ verb: 'desk.submission.open', reference: 'IH-2024-0001' });
    expect(await pdfLinksLogged()).toBe(before + 1);
    await admin.press({ verb: 'desk.decision.save', reference: 'IH-2024-0001', outcome: 'not-funded', note: 'second look' });
    const askedAgain = await admin.press(button(asked, 'desk.shortlist.set'));
    expect(allText(askedAgain)).toContain('IH-2024-0001 has a funding decision (Not funded).');
    expect(allText(await admin.press({ verb: 'desk.submission.open', reference: 'IH-2024-0001' }))).toContain('second look');
    await admin.press(button(askedAgain, 'desk.shortlist.set'));
    expect(allText(await admin.press({ verb: 'desk.shortlist.set', reference: 'IH-2024-0001', on: true }))).not.toContain('removed with it');
  });

  it('opens a desk page an administrator names by typing it; the same words from anyone else are a question', async () => {
    const pages: [typed: string, shows: RegExp][] = [
      ['submissions', /^Submissions/m],
      ['show the submissions please', /^Submissions/m],
      ['export submissions', /^Exports/m],
      ['/exports', /^Exports/m],
      ['audit log', /^Audit log/m],
      ['question queue', /open questions?$/m],
      ['announcements', /^Announcements sent/m],
      ['new announcement', /^New announcement/m],
      ['announce funding', /^Announce the funding decisions/m],
      ['announce the shortlist', /^Announce the shortlist/m],
      ['shortlist', /^Shortlist by reference/m],
      ['shortlist IH-2024-9999', /IH-2024-9999/],
      ['manage sessions', /^Clinics and workshops/m],
    ];
    for (const [typed, shows] of pages) expect([typed, allText(await admin.say(typed))]).toEqual([typed, expect.stringMatching(shows)]);
    const applicant = bot.user();
    const answer = allText(await applicant.say('submissions'));
    expect(answer).not.toMatch(/^Submissions/m);
    expect(answer).not.toBe(ONLY);
  });

  it('opens a desk page named beside a form\'s card, and the form stays open above', async () => {
    const section = await admin.say('my idea');
    expect(allText(section)).toContain('Section 1 of 6');
    expect(allText(await admin.say('submissions'))).toMatch(/^Submissions/m);
    expect(allText(await admin.say('help'))).toContain(messages('en').help.inCardForm({ resume: 'continue my idea' }));
    await admin.say('cancel');
  });

  it('closes every desk form with Cancel, saving and sending nothing, and says how to come back', async () => {
    const reference = await submitIdea(bot.user(), { title: 'Cancelled kiosks' });
    // "cancel" typed beside a desk form: its own Cancel closes it (it is no dialog to stop); no word of bookings.
    await admin.press({ verb: 'desk.announce.form' });
    expect(allText(await admin.say('cancel'))).toBe(messages('en').cancel.nothingAdmin);
    // Shortlisting from the idea's card says what changed (the card's button only turned over).
    const shortlisted = await admin.press({ verb: 'desk.shortlist.set', reference, on: true });
    expect(shortlisted[0].text).toMatch(new RegExp(`^${reference} is on the shortlist: \\d+ ideas? (is|are) on it now\\. Nobody is told until you announce it\\.$`));
    expect(cardOf(shortlisted.at(-1))).toBeDefined();
    const forms = [
      await admin.press({ verb: 'desk.shortlist.paste' }),
      await admin.press({ verb: 'desk.decision.form', reference }),
      await admin.press({ verb: 'desk.announce.form' }),
      await admin.say('create session'),
    ];
    const before = await snapshot();
    for (const form of forms) {
      const cancel = (cardOf(form[0])!.actions as Record<string, unknown>[]).find((action) => (action.data as { verb?: string })?.verb === 'desk.cancel');
      // Pressed without the form's inputs (a half-filled required field does not block it).
      expect(cancel).toMatchObject({ title: 'Cancel', associatedInputs: 'none' });
      expect(allText(await admin.press(button(form, 'desk.cancel')))).toBe(messages('en').desk.formCancelled);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('speaks English throughout to an administrator who chats in Spanish: its dates and names too, not only its labels', async () => {
    const reference = await submitIdea(bot.user(), { title: 'Kiosks read in Spanish' });
    await admin.say('español');
    try {
      const open = allText(await admin.press({ verb: 'desk.submission.open', reference }));
      expect(open).toContain('Submitted on: 1 October 2024');
      expect(open).not.toMatch(/ de (octubre|2024)/);
      expect(allText(await admin.say('ikm desk'))).toContain('Figures computed from the stored data on 1 October 2024');
    } finally {
      await admin.say('english');
    }
  });
});

describe('from a submission to a shortlisted team booking its clinic (end to end over HTTP)', () => {
  const clock = new FixedClock('2024-10-01T09:00:00Z');
  let bot: TestBot;

  beforeAll(async () => {
    bot = await new TestBot({ clock, env: { IKM_ADMIN_IDS: ADMIN, SESSIONS_FILE: STORY_SESSIONS_FILE } }).start();
  });
  afterAll(() => bot.stop());
  afterEach(() => expect(bot.errors).toEqual([]));

  it('IKM is told, shortlists, announces; the team hears it in French, books a shortlisted-only clinic and gets its proposal reminder', async () => {
    const admin = bot.user({ aadObjectId: ADMIN });
    expect(allText((await inChannel(admin, { type: 'message', text: 'register channel' })).replies)).toContain('this channel now receives');

    // A French-speaking team submits; the IKM channel gets a card with the idea's facts and "Open".
    const team = bot.user({ locale: 'fr-FR', localTimezone: 'Africa/Dakar' });
    const sections = completeIdeaSections('Kiosques solaires');
    sections[2] = { ...sections[2], solution: FRENCH_SOLUTION };
    const reference = await submitIdea(team, { title: 'Kiosques solaires', opening: 'mon idée', sections });
    const notice = bot.connector.postedTo(IKM_CHANNEL).map(visibleText).join('\n');
    // The warning the team was given in its words ("please translate it"), told to IKM in IKM's.
    expect(notice).toContain(IKM_NOT_ENGLISH);
    expect(notice).toContain(`New idea submitted: ${reference}`);
    expect(notice).toContain('Kiosques solaires');
    expect(notice).toContain('Office: IOM Uganda');
    expect(notice).toContain('Budget: US$60,000');
    expect(notice).toContain('Duration: 12 months');
    const open = submitActions(bot.connector.postedTo(IKM_CHANNEL).at(-1)).find((action) => action.title === 'Open')!;

    // IKM opens it from the channel and shortlists it, then announces the shortlist now.
    const card = (await inChannel(admin, { type: 'message', value: open.data })).replies;
    expect(allText(card)).toContain('Kiosques solaires');
    await inChannel(admin, { type: 'message', value: button(card, 'desk.shortlist.set') });
    // Ticked but not announced, the shortlist is IKM's alone: the team cannot book a shortlisted-only
    // clinic, and is not told it is off a shortlist nobody has been told yet.
    expect(allText(await team.say('book clinic-alpha'))).toContain(messages('fr').sessions.refusals.notShortlistedYet);
    // While ideas can still come in, the shortlist cannot be announced (a later team would be told it is not on it).
    const early = await admin.press({ verb: 'desk.decisions.preview', kind: 'shortlist' });
    expect(allText(early)).toContain('Ideas can be sent until 25 October 2024 at 23:59');
    expect(submitActions(early[0]).map((action) => action.data.verb)).not.toContain('desk.decisions.announce');
    // Pressed anyway (an old or forged button): refused as too early.
    expect(allText(await admin.press({ verb: 'desk.decisions.announce', kind: 'shortlist', when: 'now' }))).toContain('the shortlist can be announced once they close');
    expect(allText(await admin.press({ verb: 'desk.decisions.preview', kind: 'funding' }))).toContain('Shortlisted teams can send their proposal until 15 December 2024');
    clock.set('2024-10-26T08:00:00Z');
    const preview = await admin.press({ verb: 'desk.decisions.preview', kind: 'shortlist' });
    expect(allText(preview)).toContain('1 told they are shortlisted');
    // "Now" reaches far zones at night: the preview says so beside the date's morning hour.
    expect(allText(preview)).toContain('now, every team at once, whatever the hour where it is');
    expect(allText(await announceDecision(admin, 'shortlist', 'now'))).toContain('Announced. 1 team is being told now');
    // Someone whose team is not on the announced shortlist: who the clinic is for, no promise it will open to them.
    const outsider = bot.user();
    const catalogue = allText(await outsider.say('clinics'));
    expect(catalogue).toContain(messages('en').sessions.forShortlistedOnly);
    expect(catalogue).not.toContain(messages('en').sessions.forShortlisted);
    expect(catalogue).toContain('for shortlisted teams only;');
    expect(catalogue).not.toContain('will open to yours');
    expect(allText(await outsider.say('book clinic-alpha'))).toBe(messages('en').sessions.refusals.notShortlisted);
    // The audit log says it in words, the moment as people read it: no "1+0 at 2024-10-26T08:00:00.000Z".
    const audit = allText(await admin.press({ verb: 'desk.audit' }));
    expect(audit).toContain('Decision announced · shortlist');
    expect(audit).toContain('1 shortlisted, 0 not, told from 26 October 2024 at 10:00 (Europe/Zurich)');
    expect(audit).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(allText(await admin.say('run reminders'))).toMatch(/1 sent/);
    const told = bot.connector.postedTo(team.conversationId).map(visibleText).join('\n');
    expect(told).toContain(messages('fr').teamMessages.shortlisted.title);
    // Where to hand the proposal in, as "My proposal" says: here, in the chat.
    expect(told).toContain('pour la remettre, envoyez le document dans cette conversation');
    // The partner office is the call's phrase, which a country office reads as someone else: IKM says which it is.
    expect(told).toContain('l’IKM peut vous dire de quel bureau il s’agit pour votre équipe');
    // ...and a button that opens it.
    const myProposal = bot.connector.postedTo(team.conversationId).flatMap((activity) => submitActions(activity)).find((action) => action.title === 'Ma proposition');
    expect(myProposal?.data).toEqual({ verb: 'menu', item: 'proposal' });
    expect(allText(await team.press(myProposal!.data))).toContain('Date limite des propositions');
    // Told before the clinics open: when they open, and no "Book a clinic" that books nothing yet.
    expect(told).toContain(typeset('les réservations ouvrent le 10 novembre 2024 à 23:00 (Africa/Dakar)'));
    expect(bot.connector.postedTo(team.conversationId).flatMap((activity) => submitActions(activity)).map((action) => action.title)).not.toContain(
      messages('fr').teamMessages.bookClinic,
    );
    expect(told).toContain(typeset('15 décembre 2024 à 22:59 (Africa/Dakar)'));
    expect(allText(await admin.press({ verb: 'desk.shortlist.set', reference, on: false }))).toContain('The shortlist was announced');
    // With a funding decision recorded, an older card's "Remove" is refused at once, not asked about first.
    await admin.press({ verb: 'desk.decision.save', reference, outcome: 'not-funded' });
    const removed = allText(await admin.press({ verb: 'desk.shortlist.set', reference, on: false }));
    expect(removed).toContain('The shortlist was announced');
    expect(removed).not.toContain(`Remove ${reference} from the shortlist?`);

    // The shortlist in the store opens the shortlisted-only clinic to the team, once its booking opens.
    clock.set('2024-11-11T09:00:00Z');
    expect(allText(await team.say('book clinic-alpha'))).toContain(messages('fr').sessions.booking.confirmedTitle);

    // Fourteen days before the proposal deadline (09:00 in Dakar), the team is reminded.
    clock.set('2024-12-01T08:30:00Z');
    await admin.say('run reminders');
    clock.set('2024-12-01T09:05:00Z');
    await admin.say('run reminders');
    const reminder = bot.connector.postedTo(team.conversationId).map(visibleText).join('\n');
    expect(reminder).toContain(typeset('15 décembre 2024 à 22:59 (Africa/Dakar)'));
    expect(reminder).toMatch(/proposition/i);
    // Nothing handed in yet: the reminder says so, and where (not "your office sends it on").
    expect(reminder).toContain(messages('fr').reminders.missing.proposalNotHandedIn);
  });
});

describe('an announcement to 2,000 people through a connector that enforces Teams\' limits', () => {
  const PEOPLE = Number(process.env.ANNOUNCE_PEOPLE ?? 2000);
  // Teams allows about 50 messages a second per bot; the bot sends at its configured maximum.
  const limited = new LimitedConnector({ ratePerSecond: 50, conversationIntervalMs: 1000 });
  let bot: TestBot;

  beforeAll(async () => {
    const serviceUrl = await limited.start();
    bot = await new TestBot({ env: { IKM_ADMIN_IDS: ADMIN, REMINDER_RATE_PER_SECOND: '50' } }).start();
    // Two thousand people who chatted with the assistant (their chats live behind the limited connector).
    const references = new ConversationReferences(bot.assistant.store);
    for (let i = 0; i < PEOPLE; i += 1) await references.save(referenceFor(`person-${String(i).padStart(4, '0')}`, serviceUrl));
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await limited.stop();
  });
  afterEach(() => expect(bot.errors).toEqual([]));

  it('reaches every one exactly once, within the limits, and the report says so', async () => {
    const admin = bot.user({ aadObjectId: ADMIN });
    await admin.say('hi');
    const preview = await admin.press({ verb: 'desk.announce.preview', audience: 'everyone', textEn: 'The webinar on proposals is on Friday.', textFr: 'Le webinaire sur les propositions a lieu vendredi.' });
    expect(allText(preview)).toContain(`Send to ${PEOPLE + 1} people?`);
    expect(allText(preview)).toContain('The webinar on proposals is on Friday.');
    const sent = await admin.press(button(preview, 'desk.announce.send'));
    expect(allText(sent)).toContain('Announcement A-0001');
    expect(allText(sent)).toContain(`Pending: ${PEOPLE + 1}`);

    expect(allText(await admin.say('run reminders'))).toContain(`${PEOPLE + 1} sent`);
    const perConversation = new Map<string, number>();
    for (const message of limited.accepted) perConversation.set(message.conversationId, (perConversation.get(message.conversationId) ?? 0) + 1);
    expect(perConversation.size).toBe(PEOPLE);
    expect([...perConversation.values()].every((count) => count === 1)).toBe(true);
    expect(limited.accepted.every((message) => JSON.stringify(message.activity).includes('The webinar on proposals is on Friday.'))).toBe(true);

    const report = allText(await admin.press({ verb: 'desk.announce.report', id: 'A-0001' }));
    expect(report).toContain(`Delivered: ${PEOPLE + 1}`);
    expect(report).toContain('Failed: 0');
    expect(report).toContain('Pending: 0');
    // A second pass sends nothing again.
    expect(allText(await admin.say('run reminders'))).toContain('0 sent');
  }, 120_000);
});

describe('an announcement from its preview, pressed twice, changed, called off (end to end over HTTP)', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await new TestBot({ env: { IKM_ADMIN_IDS: ADMIN } }).start();
  });
  afterAll(() => bot.stop());
  afterEach(() => expect(bot.errors).toEqual([]));

  it('"Change the message" brings the text back; Send pressed twice at once sends once; nothing to call off once all went out', async () => {
    const admin = bot.user({ aadObjectId: ADMIN });
    const people = [bot.user(), bot.user({ locale: 'fr-FR' })];
    for (const person of [admin, ...people]) await person.say('hi');
    const fields = { audience: 'everyone', textEn: 'Clinic rooms changed: see the catalogue.', textFr: 'Les salles des cliniques ont changé.' };
    const preview = await admin.press({ verb: 'desk.announce.preview', ...fields });

    // Back to the form with what was written, to change a word rather than write it all again.
    const form = cardOf((await admin.press(button(preview, 'desk.announce.form')))[0]);
    const inputs = Object.fromEntries(
      JSON.stringify(form)
        .match(/"id":"text(En|Fr|Es)"[^}]*?"value":"[^"]*"/g)!
        .map((input) => [/"id":"(\w+)"/.exec(input)![1], /"value":"([^"]*)"/.exec(input)![1]]),
    );
    expect(inputs).toEqual({ textEn: fields.textEn, textFr: fields.textFr, textEs: '' });

    // A double click: both presses of the same preview's Send, at the same moment.
    const send = button(preview, 'desk.announce.send');
    const [first, second] = await Promise.all([admin.press(send), admin.press(send)]);
    const answers = [allText(first), allText(second)];
    expect(answers.filter((text) => text.includes('This preview was already sent as A-0001'))).toHaveLength(1);
    expect(answers.every((text) => text.includes('Announcement A-0001'))).toBe(true);
    const report = answers.find((text) => !text.includes('already sent'))!;
    expect(report).toContain('Pending: 3');
    const oldCancel = button(first.some((reply) => allText([reply]).includes('Pending: 3')) ? first : second, 'desk.announce.cancel');

    expect(allText(await admin.say('run reminders'))).toContain('3 sent');
    for (const person of people) {
      expect(bot.connector.postedTo(person.conversationId).filter((activity) => JSON.stringify(activity).includes('Clinic rooms changed') || JSON.stringify(activity).includes('salles des cliniques'))).toHaveLength(1);
    }
    const listed = allText(await admin.press({ verb: 'desk.announcements' }));
    expect(listed).not.toContain('A-0002');
    // Each sent announcement is told apart by its first words.
    expect(listed).toContain(fields.textEn.slice(0, 30));

    // The first report's "Cancel the 3 pending", pressed after all three went out: nothing to call off.
    const late = allText(await admin.press(oldCancel));
    expect(late).toContain('Nothing is pending any more (3 delivered, 0 failed)');
    expect(late).not.toContain('Called off');
    const audit = allText(await admin.press({ verb: 'desk.audit' }));
    expect(audit).not.toContain('Announcement called off');
    // The audience in words, as the form offered it, not its code ("everyone: 3").
    expect(audit).toContain('to 3 people (Everyone who chatted with the assistant)');
  });
  it('sends only the latest preview: one replaced by a corrected one sends nothing, and a Send no preview showed is refused', async () => {
    const admin = bot.user({ aadObjectId: ADMIN });
    const person = bot.user();
    for (const someone of [admin, person]) await someone.say('hi');
    const typo = await admin.press({ verb: 'desk.announce.preview', audience: 'everyone', textEn: 'Kick-off on 1 Marhc.' });
    const fixed = await admin.press({ verb: 'desk.announce.preview', audience: 'everyone', textEn: 'Kick-off on 1 March.' });
    expect(allText(await admin.press(button(typo, 'desk.announce.send')))).toBe(messages('en').desk.announce.previewReplaced);
    const forged = { ...button(fixed, 'desk.announce.send'), previewId: '6f1c0000-0000-4000-8000-000000000000' };
    expect(allText(await admin.press(forged))).toBe(messages('en').desk.announce.previewReplaced);
    const sent = allText(await admin.press(button(fixed, 'desk.announce.send')));
    expect(sent).toMatch(/Announcement A-\d+/);
    // Once sent, the older preview still sends nothing; the sent one, pressed again, says so.
    expect(allText(await admin.press(button(typo, 'desk.announce.send')))).toBe(messages('en').desk.announce.previewReplaced);
    expect(allText(await admin.press(button(fixed, 'desk.announce.send')))).toContain('This preview was already sent as');
    await admin.say('run reminders');
    const announced = bot.connector.postedTo(person.conversationId).map((activity) => JSON.stringify(activity));
    expect(announced.filter((activity) => activity.includes('Kick-off on 1 March.'))).toHaveLength(1);
    expect(announced.filter((activity) => activity.includes('Marhc'))).toHaveLength(0);
  });

  it('keeps counting a delivered message as delivered after its recipient deleted their data; a pending one as not sent', async () => {
    const admin = bot.user({ aadObjectId: ADMIN });
    const [leaves, leavesEarly] = [bot.user(), bot.user()];
    for (const someone of [admin, bot.user(), leaves, leavesEarly]) await someone.say('hi');
    const eraseData = async (person: TeamsUser) => {
      const confirm = await person.say('delete my data');
      await person.press(button(confirm, 'mydata.erase.confirm'));
    };
    const reportOf = async (id: string) => allText(await admin.press({ verb: 'desk.announce.report', id }));
    const preview = await admin.press({ verb: 'desk.announce.preview', audience: 'everyone', textEn: 'Rooms changed.' });
    const id = /Announcement (A-\d+)/.exec(allText(await admin.press(button(preview, 'desk.announce.send'))))![1];
    // One leaves before it goes out, one after it reached them.
    await eraseData(leavesEarly);
    await admin.say('run reminders');
    await eraseData(leaves);
    const report = await reportOf(id);
    // Everyone who chatted here so far (earlier tests' people too), all but the one who left early.
    const people = Number(/People: (\d+)/.exec(report)![1]);
    expect(report).toContain(`Delivered: ${people - 1}`);
    expect(report).toContain('Pending: 0');
    expect(report).toContain('Not sent (called off, unreachable, too late, or data deleted): 1');
    expect(allText(await admin.press({ verb: 'desk.announce.cancel', id }))).toContain(`Nothing is pending any more (${people - 1} delivered, 0 failed)`);
  });

  it('says on the preview and the report that sending is paused, when it is', async () => {
    const admin = bot.user({ aadObjectId: ADMIN });
    await admin.say('hi');
    const paused = messages('en').desk.announce.paused;
    const fields = { verb: 'desk.announce.preview', audience: 'everyone', textEn: 'Paused test.' };
    expect(allText(await admin.press(fields))).not.toContain(paused);
    await admin.say('pause reminders');
    try {
      const preview = await admin.press(fields);
      expect(allText(preview)).toContain(paused);
      const sent = await admin.press(button(preview, 'desk.announce.send'));
      expect(allText(sent)).toContain(paused);
      // Called off before sending resumes: the next test counts what people receive.
      await admin.press(button(sent, 'desk.announce.cancel'));
    } finally {
      await admin.say('resume reminders');
    }
  });
});

describe('the IKM desk\'s files: the mailbox e-mail with the PDF, exports and downloads behind signed links', () => {
  const clock = new FixedClock('2024-10-01T09:00:00Z');
  const outbox = mkdtempSync(path.join(os.tmpdir(), 'hub-desk-mail-'));
  let bot: TestBot;

  beforeAll(async () => {
    bot = await new TestBot({ clock, env: { IKM_ADMIN_IDS: ADMIN, SESSIONS_FILE, MAIL_OUTBOX_DIR: outbox } }).start();
  });
  afterAll(async () => {
    await bot.stop();
    rmSync(outbox, { recursive: true, force: true });
  });
  afterEach(() => expect(bot.errors).toEqual([]));

  /** Every Action.OpenUrl of the replies, by title. */
  const links = (replies: Reply[]) =>
    Object.fromEntries(
      replies.flatMap((reply) => JSON.stringify(cardOf(reply) ?? {}).match(/"type":"Action.OpenUrl","title":"[^"]*","url":"[^"]*"/g) ?? [])
        .map((text) => JSON.parse(`{${text}}`) as { title: string; url: string })
        .map((action) => [action.title, action.url]),
    );

  it('words an idea\'s warning for IKM, the same way on the desk card, in the e-mail and in the export: no codes', async () => {
    const sections = completeIdeaSections('Kiosques pour tous');
    sections[2] = { ...sections[2], solution: FRENCH_SOLUTION };
    const reference = await submitIdea(bot.user({ locale: 'fr-FR' }), { title: 'Kiosques pour tous', opening: 'mon idée', sections });
    const admin = bot.user({ aadObjectId: ADMIN });

    const card = allText(await admin.press({ verb: 'desk.submission.open', reference }));
    expect(card).toContain(`Worth a second look\n⚠ ${IKM_NOT_ENGLISH}`);

    const mails = readdirSync(outbox).filter((file) => file.endsWith('.eml')).map((file) => parseEml(readFileSync(path.join(outbox, file), 'utf8')));
    const mail = mails.find((candidate) => candidate.headers.get('subject')?.includes(reference))!;
    expect(mail.text).toContain(IKM_NOT_ENGLISH);
    expect(mail.text).not.toContain('translate it before you submit');

    const csv = await (await fetch(links(await admin.press({ verb: 'desk.exports' }))['Submissions (CSV)'])).text();
    const [header, ...rows] = parseCsv(csv.replace(/^\ufeff/, ''));
    const row = rows.find((cells) => cells[0] === reference)!;
    expect(row[header.indexOf('Warnings')]).toBe(IKM_NOT_ENGLISH);
    expect(csv).not.toContain('notEnglish');
  });

  it('mails the whole idea with its PDF, and serves exports and the PDF only to valid, unexpired links', async () => {
    const reference = await submitIdea(bot.user(), { title: 'Réparer vite' });
    const mails = readdirSync(outbox).filter((file) => file.endsWith('.eml')).map((file) => parseEml(readFileSync(path.join(outbox, file), 'utf8')));
    const mail = mails.find((candidate) => candidate.headers.get('subject')?.includes(reference))!;
    expect(mail.headers.get('to')).toContain('ikm@iom.int');
    expect(mail.text).toContain('Problem and solution');
    expect(mail.attachments.map((file) => [file.filename, file.contentType])).toEqual([[`${reference}.pdf`, 'application/pdf']]);
    expect((await pdfParse(mail.attachments[0].content)).text).toContain('Réparer vite');

    const admin = bot.user({ aadObjectId: ADMIN });
    const exportsCard = await admin.press({ verb: 'desk.exports' });
    const urls = links(exportsCard);
    const workbook = await fetch(urls['Submissions and bookings (Excel)']);
    expect(workbook.status).toBe(200);
    expect(workbook.headers.get('content-type')).toContain('spreadsheetml');
    const csv = await fetch(urls['Submissions (CSV)']);
    expect(await csv.text()).toContain('Réparer vite');

    const open = await admin.press({ verb: 'desk.submission.open', reference });
    const pdf = await fetch(links(open)['Download PDF']);
    expect(pdf.status).toBe(200);
    expect((await pdfParse(Buffer.from(await pdf.arrayBuffer()))).text).toContain(reference);

    const good = new URL(urls['Submissions (CSV)']);
    const tampered = new URL(good);
    tampered.pathname = tampered.pathname.replace('submissions.csv', 'bookings.csv');
    const otherKind = new URL(good);
    otherKind.pathname = otherKind.pathname.replace('/files/export/', '/files/audit/');
    const badSignature = new URL(good);
    badSignature.searchParams.set('sig', 'x'.repeat(43));
    for (const url of [tampered, otherKind, badSignature]) expect([url.pathname, (await fetch(url)).status]).toEqual([url.pathname, 403]);
    clock.advance(2 * 60 * 60 * 1000);
    expect((await fetch(good)).status).toBe(403);
    // The audit log records who was given the links.
    expect(allText(await admin.press({ verb: 'desk.audit' }))).toContain('Download link · submissions+bookings');
  });
});

describe('the desk\'s submissions list (end to end over HTTP)', () => {
  const testBot = useTestBot({ env: { IKM_ADMIN_IDS: ADMIN } });

  it('brings a funding decision that cannot be saved back with what was written: a missing approval, no decision chosen', async () => {
    const bot = testBot();
    const admin = bot.user({ aadObjectId: ADMIN });
    const reference = await submitIdea(bot.user(), { title: 'Solar kiosks' });
    await admin.press({ verb: 'desk.shortlist.set', reference, on: true });
    const d = messages('en').desk.decision;
    const typed = { verb: 'desk.decision.save', reference, 'approval:ddg-operations': 'true', 'approval:director-dapc': 'false', note: 'Strong <b>fit</b>' };
    for (const [fields, problem] of [
      [{ ...typed, outcome: 'funded' }, d.approvalsMissing({ approvers: 'Director, Department of Data, Analysis and Policy Coordination' })],
      [typed, d.outcomeMissing],
      // A client sending the empty choice as '' (trial: "not one I recognise", the note lost).
      [{ ...typed, outcome: '' }, d.outcomeMissing],
    ] as const) {
      const replies = await admin.press(fields);
      const form = JSON.stringify(cardOf(replies[0]));
      expect(allText(replies)).toContain(`${problem} ${d.keptBelow}`);
      expect(form).toContain('"id":"note"');
      expect(form).toContain('Strong <b>fit</b>');
      expect(form).toMatch(/"id":"approval:ddg-operations"[^}]*"value":"true"/);
      expect(form).toContain(`"value":"${'outcome' in fields && fields.outcome ? 'funded' : ''}"`);
    }
    // The note's limit is in its label; a note past it comes back as written, with the limit said.
    expect(JSON.stringify(cardOf((await admin.press({ verb: 'desk.decision.form', reference }))[0]))).toContain('up to 500 characters');
    const longNote = `Strong fit. ${'x'.repeat(500)}`;
    const tooLong = await admin.press({ ...typed, outcome: 'funded', 'approval:director-dapc': 'true', note: longNote });
    expect(allText(tooLong)).toContain(messages('en').cards.tooLongNamed({ label: messages('en').desk.decision.note({ max: 500 }), count: '512', max: '500' }));
    expect(JSON.stringify(cardOf(tooLong[0]))).toContain(longNote);
    expect(allText(await admin.press({ verb: 'desk.submission.open', reference }))).not.toContain('Strong');
  });

  it('names, on the preview, the ideas whose teams the assistant cannot reach, to be told some other way', async () => {
    const bot = testBot();
    const admin = bot.user({ aadObjectId: ADMIN });
    const [reached, lost] = [bot.user(), bot.user()];
    const reachedIdea = await submitIdea(reached, { title: 'Reached' });
    const lostIdea = await submitIdea(lost, { title: 'Lost' });
    // The second team removed the assistant: its chat is gone.
    for (const record of await bot.assistant.store.list<unknown>('conversations/users/')) {
      if (record.key.endsWith(encodeURIComponent(lost.aadObjectId))) await bot.assistant.store.delete(record.key);
    }
    const notes = allText(await admin.press({ verb: 'desk.announce.preview', audience: 'submitters', textEn: 'Webinar on Friday.' }));
    // (Earlier tests' teams share this bot: one fewer reached than in the audience.)
    const [, reachedCount, total] = /(\d+) of the (\d+) people in this audience can be reached/.exec(notes)!.map(Number);
    expect(total - reachedCount).toBe(1);
    expect(notes).toContain(`Not reached, to tell some other way (type a reference to open its idea and its focal point): ${lostIdea}.`);
    expect(notes).not.toContain(`${reachedIdea}.`);
  });

  it('brings an announcement back with what was written when its English text is blank or too long, naming the box', async () => {
    const bot = testBot();
    const admin = bot.user({ aadObjectId: ADMIN });
    await submitIdea(bot.user(), { title: 'Solar kiosks' });
    const french = 'Le webinaire a lieu vendredi.';
    for (const [fields, problem] of [
      // Which of its three boxes is to be put right (it said "a box").
      [{ textEn: '   ', textFr: french }, '"Message in English (up to 2,000 characters)" needs an answer and was left empty'],
      [{ textFr: french }, '"Message in English (up to 2,000 characters)" needs an answer and was left empty'],
      [{ textEn: 'y'.repeat(2001), textFr: french }, '"Message in English (up to 2,000 characters)" holds 2,001 characters, more than its limit of 2,000'],
      [{ textEn: 'Webinar on Friday.', textFr: 'z'.repeat(2001) }, '"Message in French (optional, up to 2,000 characters)" holds 2,001 characters, more than its limit of 2,000'],
    ] as const) {
      for (const verb of ['desk.announce.preview', 'desk.announce.send']) {
        const replies = await admin.press({ verb, audience: 'submitters', ...fields, ...(verb === 'desk.announce.send' ? { previewId: randomUUID() } : {}) });
        const form = JSON.stringify(cardOf(replies.at(-1)));
        expect([verb, allText(replies)]).toEqual([verb, expect.stringContaining(problem)]);
        expect(form).toContain('"id":"textEn"');
        expect(form).toContain(french.slice(0, 10) === fields.textFr?.slice(0, 10) ? french : 'z'.repeat(2001));
        expect(allText(replies)).not.toContain(messages('en').cards.unknownAction);
      }
    }
    expect(allText(await admin.press({ verb: 'desk.announcements' }))).not.toContain('A-0001');
  });

  it('keeps a decision note and an announcement whole at their limits, counting an emoji or a flag as one character as their forms do', async () => {
    const bot = testBot();
    const admin = bot.user({ aadObjectId: ADMIN });
    const person = bot.user();
    const reference = await submitIdea(person, { title: 'Flags and notes' });
    await admin.press({ verb: 'desk.shortlist.set', reference, on: true });
    // 500 characters as the form counts them (a flag is four UTF-16 units): 1,100 units.
    const note = `${'🇫🇷'.repeat(200)}${'n'.repeat(299)}.`;
    const saved = await admin.press({ verb: 'desk.decision.save', reference, outcome: 'funded', 'approval:ddg-operations': 'true', 'approval:director-dapc': 'true', note });
    expect(allText(saved)).not.toContain(messages('en').cards.unknownAction);
    const status = (await bot.assistant.store.list<{ decision?: { note?: string } }>('')).find((record) => record.value?.decision?.note !== undefined);
    expect(status?.value.decision?.note).toBe(note);

    // 2,000 characters of which 1,000 are emoji: 3,000 units.
    const text = `${'🎉'.repeat(1000)}${'w'.repeat(999)}.`;
    const preview = await admin.press({ verb: 'desk.announce.preview', audience: 'submitters', textEn: text });
    expect(allText(preview)).not.toContain('more than its limit');
    const form = JSON.stringify(cardOf((await admin.press(button(preview, 'desk.announce.form')))[0]));
    expect(form).toContain(text);
    const sent = allText(await admin.press(button(preview, 'desk.announce.send')));
    expect(sent).toContain('Announcement A-0001');
    await admin.say('run reminders');
    expect(bot.connector.postedTo(person.conversationId).some((activity) => JSON.stringify(activity).includes(text))).toBe(true);
  });

  it('finds titles whatever accents are typed, and "Shortlisted" lists every shortlisted idea, decided or not', async () => {
    const bot = testBot();
    const admin = bot.user({ aadObjectId: ADMIN });
    const reference = await submitIdea(bot.user(), { title: 'Réfugiés et énergie solaire' });
    // ...and its office or country (trial: "Côte" found nothing for an idea from Côte d'Ivoire).
    for (const search of ['refugies', 'Réfugiés', 'ENERGIE', 'uganda', 'IOM Uganda']) {
      expect(allText(await admin.press({ verb: 'desk.submissions', page: 1, search }))).toContain(reference);
    }
    expect(allText(await admin.press({ verb: 'desk.submissions', page: 1, search: 'Kenya' }))).not.toContain(reference);
    // A search past its box's limit is said, not "not one I recognise".
    expect(allText(await admin.press({ verb: 'desk.submissions', page: 1, search: 'x'.repeat(201) }))).toBe(messages('en').cards.tooLongNamed({ label: messages('en').desk.submissions.search, count: '201', max: '200' }));
    // "Check" with the paste box empty (Teams leaves it out): said, and the box again.
    const blank = await admin.press({ verb: 'desk.shortlist.check' });
    expect(allText(blank)).toContain(messages('en').cards.leftBlankNamed({ label: messages('en').desk.shortlist.pasteLabel }));
    expect(JSON.stringify(blank)).toContain('desk.shortlist.check');
    await admin.press({ verb: 'desk.shortlist.set', reference, on: true });
    const approvals = { 'approval:ddg-operations': 'true', 'approval:director-dapc': 'true' };
    expect(allText(await admin.press({ verb: 'desk.decision.save', reference, outcome: 'funded', ...approvals }))).not.toContain('Nothing was saved');
    expect(allText(await admin.press({ verb: 'desk.submissions', page: 1, status: 'shortlisted', search: 'refugies' }))).toContain(reference);
    expect(allText(await admin.press({ verb: 'desk.submissions', page: 1, status: 'funded', search: 'refugies' }))).toContain(reference);
  });
});
