import { createHash } from 'node:crypto';
import path from 'node:path';
import { FixedClock } from '../../src/clock';
import { messages } from '../../src/i18n';
import { SignedLinks } from '../../src/downloads';
import { submitIdea } from '../support/ideas';
import { allText, button, cardOf, submitActions, TeamsUser, visibleText } from '../support/teams-user';
import { announceDecision } from '../support/desk';
import { DURING_2024_IDEA_WINDOW, TestBot, useTestBot, useTestBotWithClock } from '../support/test-bot';

const SESSIONS_FILE = path.join(__dirname, 'fixtures', 'sessions-e2e.yaml');
const ALICE = '00000000-0000-4000-8000-00000000000a';
const BOB = '00000000-0000-4000-8000-00000000000b';
const d = messages('en').myData;

describe('"My data" and "Delete my data" (end to end over HTTP)', () => {
  const clock = new FixedClock(DURING_2024_IDEA_WINDOW);
  let bot: TestBot;
  let alice: TeamsUser;
  let bob: TeamsUser;
  let reference: string;

  beforeAll(async () => {
    bot = await new TestBot({ clock, env: { SESSIONS_FILE } }).start();
    alice = bot.user({ aadObjectId: ALICE, localTimezone: 'Africa/Nairobi' });
    bob = bot.user({ aadObjectId: BOB });
    // Alice leaves a trace in every part of the assistant.
    await alice.install();
    await alice.press({ verb: 'language', language: 'fr' });
    await alice.press({ verb: 'language', language: 'en' });
    const check = await alice.say('eligibility');
    await alice.press({ ...button(check, 'eligibility.answers'), submitterKind: 'country-office', objectives: 'saving-lives', budgetUsd: '60000', durationMonths: '12', submissionLanguage: 'en' });
    reference = await submitIdea(alice, { title: 'Solar kiosks' });
    const answer = await alice.say('Can a private company co-fund our project?');
    await alice.press({ ...button(answer, 'faq.feedback'), helpful: true });
    await alice.press(button(await alice.press(button(answer, 'faq.askIkm')), 'faq.askIkm.send'));
    await alice.press({ verb: 'reminders.stop', kind: 'announcements' });
    // Alice takes the only seat of a clinic; Bob waits for it.
    expect(allText(await alice.say('book clinic-alpha'))).toContain('Your seat is booked');
    expect(allText(await bob.say('book clinic-alpha'))).toContain('waitlist');
  });
  afterAll(() => bot.stop());
  afterEach(() => expect(bot.errors).toEqual([]));

  it('lists what is stored, kind by kind, with a JSON download of all of it', async () => {
    const card = await alice.say('my data');
    const text = allText(card);
    expect(text).toContain(d.title);
    expect(text).toContain(`Submitted as ${reference}: Solar kiosks.`);
    expect(text).toContain('Clinic Alpha (seat)');
    // A question to IKM is named by its words and where it stands, not by its reference alone.
    expect(text).toContain('Q-0001 “Can a private company co-fund our project?” (waiting for IKM)');
    expect(text).toContain('Reminders switched off: Shortlist and funding announcements');
    expect(text).toContain('English (your choice), Africa/Nairobi (from Teams, or the default).');
    const url = JSON.stringify(cardOf(card[0])).match(/"type":"Action.OpenUrl","title":"[^"]*","url":"([^"]+)"/)![1];
    const json = (await (await fetch(url)).json()) as Record<string, unknown>;
    expect(json).toMatchObject({ personId: ALICE, submission: { reference }, questions: [{ id: 'Q-0001' }], profile: { language: 'en' } });
    expect((json.bookings as unknown[]).length).toBe(1);
  });

  it('shows nothing of it in a channel or a group chat, where others would read it and open its link', async () => {
    const inChannel = (fields: Record<string, unknown>) =>
      alice.send({ ...fields, conversation: { id: '19:general@thread.tacv2', conversationType: 'channel', tenantId: '11111111-2222-3333-4444-555555555555' } });
    const inGroup = (fields: Record<string, unknown>) =>
      alice.send({ ...fields, conversation: { id: '19:group-chat@unq.gbl.spaces', conversationType: 'groupChat', tenantId: '11111111-2222-3333-4444-555555555555' } });
    // Typed in French, it is answered in French.
    expect(allText((await inGroup({ type: 'message', text: 'mes données' })).replies)).toBe(messages('fr').personalView);
    for (const replies of [
      (await inChannel({ type: 'message', text: 'my data' })).replies,
      (await inChannel({ type: 'message', value: { verb: 'mydata.show' } })).replies,
      (await inChannel({ type: 'message', value: { verb: 'mydata.erase.confirm', confirmation: 'any' } })).replies,
      (await inGroup({ type: 'message', text: 'my bookings' })).replies,
      (await inGroup({ type: 'message', text: 'my reminders' })).replies,
    ]) {
      expect(allText(replies)).toBe(messages('en').personalView);
      expect(JSON.stringify(replies)).not.toContain('/files/');
    }
    // Nothing was erased by the button pressed in the channel.
    expect(allText(await alice.say('my data'))).toContain(`Submitted as ${reference}: Solar kiosks.`);
  });

  it('lists this chat even when "my data" is the very first message (the chat is kept as that turn ends)', async () => {
    const newcomer = bot.user();
    const text = allText(await newcomer.say('my data'));
    expect(text).toContain(`${d.kinds.conversation}`);
    expect(text).toContain(d.conversation);
  });

  it('deletes everything but the submitted idea, after saying what goes and what stays; the freed seat goes to the waitlist', async () => {
    const confirm = await alice.say('delete my data');
    expect(allText(confirm)).toContain(d.erase.staysTitle);
    expect(allText(confirm)).toContain('your submitted idea');
    // Her question to IKM still waits: said before it is withdrawn.
    expect(allText(confirm)).toContain(d.erase.waiting({ count: 1 }));
    // "Keep it" changes nothing.
    expect(allText(await alice.press(button(confirm, 'mydata.show')))).toContain(d.title);
    const bobBefore = bot.connector.postedTo(bob.conversationId).length;
    // Her client reports another locale in the very turn that deletes: the chat's reference, which
    // that turn would otherwise note, goes too.
    alice.locale = 'fr-CH';
    const done = allText(await alice.press(button(confirm, 'mydata.erase.confirm')));
    alice.locale = 'en-US';
    expect(done).toContain('Done: your data is deleted (1 booking freed; 1 question to IKM withdrawn: no answer will come).');

    // Bob was offered the seat, in his chat.
    expect(bot.connector.postedTo(bob.conversationId).slice(bobBefore).map(visibleText).join('\n')).toContain('A seat freed up');
    const attendees = await bot.assistant.bookings.attendees('clinic-alpha');
    expect(attendees.ok && attendees.confirmed.map((attendee) => attendee.teamId)).toEqual([BOB]);

    // Nothing about Alice is left in the store, except her submitted idea (and its draft, which
    // keeps her at one idea per call); the audit log names her only by a one-way hash.
    const mentions = [ALICE, alice.userId, alice.conversationId, encodeURIComponent(alice.userId), encodeURIComponent(alice.conversationId)];
    const left = (await bot.assistant.store.list<unknown>(''))
      .filter((record) => mentions.some((mention) => `${record.key} ${JSON.stringify(record.value)}`.includes(mention)))
      .map((record) => record.key);
    expect(left.sort()).toEqual([`ideas/2024/drafts/${ALICE}`, `ideas/2024/submissions/${reference}`].sort());
    const audit = (await bot.assistant.store.list<{ action: string; target: string }>('audit/')).map((record) => record.value);
    // Keyed with the deployment's secret: the assistant can check an id against it, an export's reader cannot.
    const links = await SignedLinks.open(bot.assistant.store, clock);
    expect(audit).toContainEqual(expect.objectContaining({ action: 'person.delete', target: links.personHash(ALICE) }));
    expect(JSON.stringify(audit)).not.toContain(createHash('sha256').update(ALICE).digest('hex').slice(0, 32));

    // Writing again starts afresh: the greeting's choices, no remembered language.
    expect(submitActions((await alice.say('hi'))[0]).length).toBeGreaterThan(0);
  });
});

describe('"My data" after IKM cancels a session (end to end over HTTP)', () => {
  const clock = new FixedClock(DURING_2024_IDEA_WINDOW);
  const ADMIN = 'a0a0a0a0-1111-2222-3333-444444444444';
  let bot: TestBot;

  beforeAll(async () => {
    bot = await new TestBot({ clock, env: { SESSIONS_FILE, IKM_ADMIN_IDS: ADMIN } }).start();
  });
  afterAll(() => bot.stop());
  afterEach(() => expect(bot.errors).toEqual([]));

  it('still lists the booking, as cancelled by the Hub, and deletes it with the rest', async () => {
    const person = bot.user({ aadObjectId: ALICE });
    expect(allText(await person.say('book workshop-big'))).toContain('Your seat is booked');
    await bot.user({ aadObjectId: ADMIN }).press({ verb: 'session.admin.cancel', sessionId: 'workshop-big' });
    expect(allText(await person.say('my data'))).toContain('Workshop Big (session cancelled by the Hub)');
    const confirm = await person.say('delete my data');
    // (Her data went in the test before: no question waits now, and none is said to.)
    expect(allText(confirm)).not.toContain('still waiting for an answer');
    const erased = allText(await person.press(button(confirm, 'mydata.erase.confirm')));
    expect(erased).toContain('1 booking freed');
    // What there was not is not counted ("0 questions removed").
    expect(erased).not.toMatch(/\b0 /);
    const left = (await bot.assistant.store.list<unknown>('bookings/')).filter((record) => `${record.key} ${JSON.stringify(record.value)}`.includes(ALICE));
    expect(left.map((record) => record.key)).toEqual([]);
  });

  it('on e-mail, where there are no buttons, "delete my data now" confirms what "delete my data" asked', async () => {
    const person = bot.user({ channelId: 'email' });
    expect(allText(await person.say('book workshop-overlap-b'))).toContain('You have a seat in "Workshop Overlap B"');
    const asked = allText(await person.say('delete my data'));
    expect(asked).toContain(messages('en').myData.erase.textConfirm);
    // Asking again only asks again.
    expect(allText(await person.say('delete my data'))).toContain(messages('en').myData.erase.textConfirm);
    expect(allText(await person.say('delete my data now'))).toContain('Done: your data is deleted (1 booking freed');
  });

  it('refuses a confirmation shown long ago: nothing is deleted, and the question comes again', async () => {
    const person = bot.user();
    expect(allText(await person.say('book workshop-overlap-a'))).toContain('Your seat is booked');
    const old = await person.say('delete my data');
    clock.advance(60 * 60 * 1000);
    const replies = await person.press(button(old, 'mydata.erase.confirm'));
    expect(allText(replies)).toContain(messages('en').myData.erase.stale);
    expect(allText(replies)).toContain(messages('en').myData.erase.goesTitle);
    expect(allText(await person.say('my bookings'))).toContain('Workshop Overlap A');
    // A confirmation that names none is not one of the assistant's buttons.
    expect(allText(await person.press({ verb: 'mydata.erase.confirm' }))).toBe(messages('en').cards.unknownAction);
    // The card just shown deletes.
    expect(allText(await person.press(button(replies, 'mydata.erase.confirm')))).toContain('1 booking freed');

    // A language chosen is theirs to delete too: an old card is not "already deleted" while it is kept.
    const chooser = bot.user();
    await chooser.say('français');
    const asked = await chooser.say('supprimer mes données');
    clock.advance(60 * 60 * 1000);
    expect(allText(await chooser.press(button(asked, 'mydata.erase.confirm')))).toContain(messages('fr').myData.erase.stale);
    // Nor is the old card of someone who never deleted and holds nothing it removes (it said "already
    // deleted", and that turn then forgot their chat): asked again, their chat kept.
    const newcomer = bot.user();
    const offered = await newcomer.say('delete my data');
    clock.advance(60 * 60 * 1000);
    expect(allText(await newcomer.press(button(offered, 'mydata.erase.confirm')))).toContain(messages('en').myData.erase.stale);
    expect((await bot.assistant.store.list<unknown>('conversations/users/')).some((record) => record.key.endsWith(encodeURIComponent(newcomer.aadObjectId)))).toBe(true);
  });

  it('deletes once per confirmation: pressed again after a new booking, it deletes nothing and asks again', async () => {
    const person = bot.user();
    const asked = await person.say('delete my data');
    expect(allText(await person.press(button(asked, 'mydata.erase.confirm')))).toContain('Done: your data is deleted');
    expect(allText(await person.say('book workshop-overlap-a'))).toContain('Your seat is booked');
    const again = await person.press(button(asked, 'mydata.erase.confirm'));
    expect(allText(again)).toContain(messages('en').myData.erase.stale);
    expect(allText(await person.say('my bookings'))).toContain('Workshop Overlap A');
    // An older card of two shown is no longer the one that deletes.
    const first = await person.say('delete my data');
    await person.say('delete my data');
    const refused = await person.press(button(first, 'mydata.erase.confirm'));
    expect(allText(refused)).toContain(messages('en').myData.erase.stale);
    // The card that refusal shows is the latest, and deletes.
    expect(allText(await person.press(button(refused, 'mydata.erase.confirm')))).toContain('Done: your data is deleted (1 booking freed');
  });

  it('pressed twice (a double click), deletes once and then says it is already done, in the card\'s language', async () => {
    // An English Teams, French chosen in the chat.
    const person = bot.user({ locale: 'en-US' });
    await person.say('français');
    await person.say('book workshop-overlap-a');
    const asked = await person.say('supprimer mes données');
    const fr = messages('fr').myData.erase;
    expect(allText(await person.press(button(asked, 'mydata.erase.confirm')))).toContain(fr.done({ bookings: 1, withdrawn: 0, answered: 0 }).slice(0, 20));
    const again = await person.press(button(asked, 'mydata.erase.confirm'));
    // The deletion forgot the chosen French; the card's button still carries it.
    expect(allText(again)).toBe(fr.alreadyDeleted);
    expect(JSON.stringify(again)).not.toContain('mydata.erase.confirm');
    // ...and that press stores nothing of them again: no record, no chat address (it stored both).
    const theirs = async () =>
      (await bot.assistant.store.list<unknown>('')).filter((record) => record.key.includes(encodeURIComponent(person.aadObjectId)) || record.key.includes(person.aadObjectId));
    expect((await theirs()).map((record) => record.key).filter((key) => !key.startsWith('audit/'))).toEqual([]);
    // Back since, with an idea submitted: the old card asks again, and forgets nothing unasked (the
    // review: it said "already deleted" and dropped the chat's address the team is told decisions at).
    await submitIdea(person, { title: 'Back again' });
    const back = await person.press(button(asked, 'mydata.erase.confirm'));
    expect(allText(back)).toContain(fr.stale);
    expect((await bot.assistant.store.list<unknown>('conversations/users/')).some((record) => record.key.endsWith(encodeURIComponent(person.aadObjectId)))).toBe(true);
  });

  it('answers every older card in its own language after the deletion forgot the chosen one: a form section, "Keep them"', async () => {
    const person = bot.user({ locale: 'en-US' });
    await person.say('français');
    const section = await person.say('mon idée');
    const asked = await person.say('supprimer mes données');
    await person.press(button(asked, 'mydata.erase.confirm'));
    const fr = messages('fr');
    expect(allText(await person.press(button(section, 'idea.section')))).toBe(fr.ideaForm.review.noDraft);
    expect(allText(await person.press(button(asked, 'mydata.show')))).toContain(fr.myData.title);
  });
});

describe('"My data" of a shortlisted team that ticked its proposal checklist but handed in no file', () => {
  const ADMIN = 'a0a0a0a0-1111-2222-3333-444444444444';
  const { bot: testBot, clock } = useTestBotWithClock({ env: { IKM_ADMIN_IDS: ADMIN } });

  it('names the ticks (not "0 versions handed in, the latest ."), and deletes them with the rest', async () => {
    const bot = testBot();
    const admin = bot.user({ aadObjectId: ADMIN });
    const team = bot.user({ locale: 'fr-FR' });
    const reference = await submitIdea(team, { title: 'Kiosques solaires' });
    await admin.press({ verb: 'desk.shortlist.set', reference, on: true });
    clock.set('2024-10-28T09:00:00Z');
    await announceDecision(admin, 'shortlist', 'date');
    clock.set('2024-11-20T09:00:00Z');
    await team.press({ ...button(await team.say('ma proposition'), 'proposal.item'), itemId: 'budget', done: true });

    const mine = allText(await team.say('mes données'));
    expect(mine).toContain(messages('fr').myData.proposalTicksOnly({ ticked: 1 }));
    expect(mine).not.toMatch(/\b0\sversions/);
    const confirm = await team.say('supprimer mes données');
    expect(allText(confirm)).toContain(messages('fr').myData.erase.goes[6]);
    await team.press(button(confirm, 'mydata.erase.confirm'));
    // The submitted idea stays (and its shortlisting): the checklist starts unticked.
    expect(allText(await team.say('ma proposition'))).not.toMatch(/✔\n/);
    expect(allText(await team.say('mes données'))).not.toContain(messages('fr').myData.kinds.proposal);
  });
});

describe('"My data" of an IKM administrator', () => {
  const ADMIN = 'a0a0a0a0-1111-2222-3333-444444444444';
  const testBot = useTestBot({ env: { IKM_ADMIN_IDS: ADMIN } });

  it('lists what they did as IKM (the audit log names them), and says it stays when they delete their data', async () => {
    const bot = testBot();
    const admin = bot.user({ aadObjectId: ADMIN });
    const reference = await submitIdea(bot.user(), { title: 'Solar kiosks' });
    await admin.press({ verb: 'desk.shortlist.set', reference, on: true });
    await admin.press({ verb: 'desk.shortlist.set', reference, on: false });
    // Two changes, and the idea's PDF link on the card they brought back (logged once an hour).
    expect(allText(await admin.say('my data'))).toContain(d.ikmActions({ count: 3 }));
    const confirm = await admin.say('delete my data');
    expect(allText(confirm)).toContain(d.erase.staysIkm);
    await admin.press(button(confirm, 'mydata.erase.confirm'));
    // The record of the call keeps its entries; the person's own data is gone.
    expect(allText(await admin.say('my data'))).toContain(d.ikmActions({ count: 3 }));
    // Someone who never acted as IKM has no such line, nor is told it stays.
    const applicant = bot.user();
    expect(allText(await applicant.say('my data'))).not.toContain(d.kinds.ikm);
    expect(allText(await applicant.say('delete my data'))).not.toContain(d.erase.staysIkm);
  });
});
