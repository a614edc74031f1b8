import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { FixedClock } from '../../src/clock';
import { messages } from '../../src/i18n';
import { allText, button, type Reply, submitActions, TeamsUser, visibleText } from '../support/teams-user';
import { DURING_2024_IDEA_WINDOW, TestBot } from '../support/test-bot';

const SESSIONS_FILE = path.join(__dirname, 'fixtures', 'sessions-e2e.yaml');

const ADMIN = '00000000-0000-4000-8000-0000000000ad';
const AMINA = '00000000-0000-4000-8000-0000000000a1';
const BRUNO = '00000000-0000-4000-8000-0000000000b1';
const DAN = '00000000-0000-4000-8000-0000000000d1';
const en = messages('en');

/** A message to the bot in a group, as Teams sends it: "@Innovation Hub" in the text and a mention entity. */
async function mention(person: TeamsUser, text: string): Promise<Reply[]> {
  const tag = '<at>Innovation Hub</at>';
  const { replies } = await person.send({
    type: 'message',
    text: `${tag} ${text}`,
    entities: [{ type: 'mention', text: tag, mentioned: { id: '28:bot', name: 'Innovation Hub' } }],
  });
  return replies;
}

/**
 * Several people in one Teams group chat with the assistant (end to end over HTTP): what one of
 * them asks or keeps stays theirs, and what the group is shown is what works there.
 */
describe('The assistant in a group chat', () => {
  let bot: TestBot;
  let group: string;
  let amina: TeamsUser;
  let bruno: TeamsUser;
  let dan: TeamsUser;

  beforeAll(async () => {
    bot = await new TestBot({ clock: new FixedClock(DURING_2024_IDEA_WINDOW), env: { IKM_ADMIN_IDS: ADMIN, SESSIONS_FILE } }).start();
  });
  afterAll(() => bot.stop());
  afterEach(() => expect(bot.errors).toEqual([]));

  beforeEach(() => {
    group = `19:${randomUUID()}@unq.gbl.spaces`;
    const inGroup = { conversationId: group, conversationType: 'groupChat' as const };
    amina = bot.user({ ...inGroup, aadObjectId: AMINA, name: 'Amina Yusuf', localTimezone: 'Pacific/Kiritimati' });
    bruno = bot.user({ ...inGroup, aadObjectId: BRUNO, name: 'Bruno Lefèvre' });
    dan = bot.user({ ...inGroup, aadObjectId: DAN, name: 'Dan Okafor' });
  });

  it('shows everyone a menu of what works in a group, with nobody\'s own entries (nor the language question), and says where the rest is', async () => {
    const admin = bot.user({ conversationId: group, conversationType: 'groupChat', aadObjectId: ADMIN });
    for (const person of [admin, amina]) {
      const [menu] = await mention(person, 'menu');
      expect(submitActions(menu).map((action) => action.data.item)).toEqual(['ask', 'sessions', 'help']);
      expect(visibleText(menu)).toContain(en.welcome.introShared);
    }
    // Installed in the group: the same.
    const [welcome] = await admin.send({ type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }] }).then((r) => r.replies);
    expect(submitActions(welcome).map((action) => action.data.item)).toEqual(['ask', 'sessions', 'help']);
    // In a personal chat, everything.
    const [own] = await bot.user({ aadObjectId: ADMIN }).say('menu');
    expect(submitActions(own).map((action) => action.data.item)).toEqual(['eligibility', 'idea', 'ask', 'sessions', 'reminders', 'myData', 'desk', 'language', 'help']);
  });

  it('reads a command however Teams writes the mentions: the bot\'s name as one mention per word, a colleague addressed too', async () => {
    const bot1 = { id: '28:bot', name: 'Innovation Hub' };
    const ana = { id: '29:ana', name: 'Ana Silva' };
    const ask = (text: string, entities: object[]) => amina.send({ type: 'message', text, entities }).then((r) => r.replies);
    // Newer clients: "<at>Innovation</at> <at>Hub</at>", two mentions of the bot.
    const split = await ask('<at>Innovation</at> <at>Hub</at> menu', [
      { type: 'mention', text: '<at>Innovation</at>', mentioned: bot1 },
      { type: 'mention', text: '<at>Hub</at>', mentioned: bot1 },
    ]);
    expect(submitActions(split[0]).map((action) => action.data.item)).toEqual(['ask', 'sessions', 'help']);
    // A colleague mentioned before or after the command is addressed, not part of it.
    for (const text of ['<at>Innovation Hub</at> <at>Ana Silva</at> menu', '<at>Innovation Hub</at> menu <at>Ana Silva</at>']) {
      const replies = await ask(text, [
        { type: 'mention', text: '<at>Innovation Hub</at>', mentioned: bot1 },
        { type: 'mention', text: '<at>Ana Silva</at>', mentioned: ana },
      ]);
      expect(submitActions(replies[0]).map((action) => action.data.item)).toEqual(['ask', 'sessions', 'help']);
    }
    // A colleague addressed around a plain question does not blur it: answered, not hedged.
    const plain = await ask('<at>Innovation Hub</at> <at>Ana Silva</at> when is the deadline for ideas?', [
      { type: 'mention', text: '<at>Innovation Hub</at>', mentioned: bot1 },
      { type: 'mention', text: '<at>Ana Silva</at>', mentioned: ana },
    ]);
    expect(allText(plain)).toContain('25 October 2024');
    expect(allText(plain)).not.toContain(en.faq.unsure.closest);
    // In a question, the colleague at the end is its subject: kept in what IKM would get.
    const asked = await ask('<at>Innovation Hub</at> can the idea be submitted by <at>Ana Silva</at>', [
      { type: 'mention', text: '<at>Innovation Hub</at>', mentioned: bot1 },
      { type: 'mention', text: '<at>Ana Silva</at>', mentioned: ana },
    ]);
    expect(allText(await amina.press(button(asked, 'faq.askIkm')))).toContain('can the idea be submitted by Ana Silva');
  });

  it('answers "what can you do here?" with the help, what works in a group first', async () => {
    const help = visibleText((await mention(dan, 'what can you do in this group?'))[0]);
    expect(help).toContain(en.help.title);
    for (const line of en.help.shared) expect(help).toContain(line);
    // Not the personal chat's words ("language", "my reminders"), which a group refuses.
    expect(help).not.toContain(en.help.body[2]);
    // In French, in a personal chat: the help, without the group's line.
    const french = visibleText((await bot.user({ locale: 'fr-FR' }).say('que pouvez-vous faire ?'))[0]);
    expect(french).toContain(messages('fr').help.title);
    expect(french).not.toContain(messages('fr').help.shared[0]);
  });

  it('lists the clinics and workshops as nobody\'s, in the default zone, with nothing to book there', async () => {
    const [list] = await mention(amina, 'clinics');
    const text = visibleText(list);
    expect(text).toContain(en.sessions.catalogue.bookInPersonalChat);
    expect(text).toContain(en.sessions.catalogue.zoneShared({ zone: 'Europe/Zurich' }));
    expect(text).toContain('Workshop Big');
    // Nobody's team in a group: who a session is for, no more.
    expect(text).toContain(`${en.sessions.forShortlistedOnly} · `);
    expect(text).not.toContain(en.sessions.forShortlisted);
    const verbs = submitActions(list).map((action) => action.data.verb);
    expect(verbs).not.toContain('session.book');
    expect(verbs).not.toContain('session.mine');
    expect(verbs).not.toContain('zone');
    // A Book pressed or typed there (an old card, a forged one) books nothing and posts nothing.
    expect(allText(await amina.press({ verb: 'session.book', sessionId: 'workshop-big' }))).toBe(en.personalView);
    expect(allText(await mention(amina, 'book workshop-big'))).toBe(en.personalView);
    expect(allText(await bot.user({ aadObjectId: AMINA }).say('my bookings'))).toContain(en.sessions.mine.none);
  });

  it('gives dates in the default zone, where everyone reads them, and in the person\'s own in their chat', async () => {
    // The idea deadline, 25 October 23:59 in Geneva, is already the 26th in Kiritimati.
    expect(allText(await mention(amina, 'when is the deadline for ideas?'))).toContain('25 October 2024');
    expect(allText(await bot.user({ aadObjectId: AMINA, localTimezone: 'Pacific/Kiritimati' }).say('when is the deadline for ideas?'))).toContain('26 October 2024');
  });

  it('says that what concerns one person is done in a personal chat, for actions as for views', async () => {
    for (const typed of ['delete my data', 'my data', 'my reminders', 'time zone Asia/Manila']) {
      expect(allText(await mention(dan, typed))).toBe(en.personalView);
    }
    // What does work here is said instead: a language by its name; nothing to cancel; the desk where it opens.
    expect(allText(await mention(dan, 'language'))).toBe(en.language.inShared);
    expect(allText(await mention(dan, 'cancel'))).toBe(en.cancel.nothingShared);
    const admin = bot.user({ conversationId: group, conversationType: 'groupChat', aadObjectId: ADMIN });
    expect(allText(await mention(admin, 'ikm desk'))).toBe(en.personalViewDesk);
    // A zone chosen there would be shown where times are the deployment's: nothing is changed.
    expect(allText(await dan.press({ verb: 'zone', timeZone: 'Asia/Manila' }))).toBe(en.personalView);
    expect(allText(await bot.user({ aadObjectId: DAN }).say('my data'))).not.toContain('Asia/Manila');
    expect(allText(await dan.press({ verb: 'language', language: 'es' }))).toBe(en.personalView);
    // A group that says so without a conversation type (some channels) is a group.
    const untyped = await dan.send({ type: 'message', text: 'my data', conversation: { id: group, isGroup: true, tenantId: '11111111-2222-3333-4444-555555555555' } });
    expect(allText(untyped.replies)).toBe(en.personalView);
    // The language question is not asked where it would wait for whoever writes next.
    expect(allText(await mention(bruno, 'when is the deadline for ideas?'))).toContain('25 October 2024');
    // A language's name typed switches the writer's own.
    const carla = bot.user({ conversationId: group, conversationType: 'groupChat' });
    expect(allText(await mention(carla, 'français'))).toBe(messages('fr').language.changed);
    expect(allText(await bot.user({ aadObjectId: carla.aadObjectId }).say('menu'))).toContain(messages('fr').welcome.greeting);
  });

  it('keeps a question kept before questions named their asker from anyone in a group', async () => {
    // As the conversation's state held it before the change: no asker on the question.
    await bot.assistant.store.put(`bot/msteams/28:bot/conversations/${group}`, { askable: [{ id: 'old1', question: 'Can we hire a consultant?' }] }, 0);
    expect(allText(await bruno.press({ verb: 'faq.askIkm', questionId: 'old1', lang: 'en' }))).toBe(en.faq.askIkm.someoneElses);
    expect(allText(await mention(bruno, 'ask IKM'))).toBe(en.faq.askIkm.prompt);
  });

  it("sends a question to IKM only under the name of the person who asked it", async () => {
    const question = 'Can our office buy a vehicle with part of the funding?';
    const answer = await mention(amina, question);
    const askButton = button(answer, 'faq.askIkm');
    // Bruno presses Amina's "Ask IKM", then the Send of her confirmation: neither is his to press.
    expect(allText(await bruno.press(askButton))).toBe(en.faq.askIkm.someoneElses);
    const confirm = await amina.press(askButton);
    expect(allText(await bruno.press(button(confirm, 'faq.askIkm.send')))).toBe(en.faq.askIkm.someoneElses);
    // ...nor her "Don't send" (it told the whole group "Not sent." while she could still send it).
    expect(allText(await bruno.press(button(confirm, 'faq.askIkm.cancel')))).toBe(en.faq.askIkm.someoneElses);
    // "ask IKM" typed by Dan, who asked nothing here, offers nothing of hers.
    expect(allText(await dan.say('ask IKM'))).toBe(en.faq.askIkm.prompt);
    expect(await bot.assistant.store.get('tickets/Q-0001')).toBeUndefined();

    // Amina sends it: the ticket is hers.
    expect(allText(await amina.press(button(confirm, 'faq.askIkm.send')))).toContain('Q-0001');
    const ticket = await bot.assistant.store.get<{ askerId: string; askerName: string }>('tickets/Q-0001');
    expect(ticket?.value).toMatchObject({ askerId: AMINA, askerName: 'Amina Yusuf' });

    // IKM's answer comes back here, where everyone reads it: whose question it answers (it said "your question").
    const admin = bot.user({ aadObjectId: ADMIN });
    expect(allText(await admin.press({ verb: 'ticket.answer', ticketId: 'Q-0001', answer: 'Yes, if the budget shows it serves the project.' }))).not.toContain('not one I recognise');
    const told = bot.connector.postedTo(group).map((activity) => activity.text ?? '').join('\n');
    expect(told).toContain(en.faq.askIkm.answeredFor({ name: 'Amina Yusuf', ticket: 'Q-0001', question, answer: 'Yes, if the budget shows it serves the project.' }));
    expect(told).not.toContain('IKM answered your question');
  });

  it('lists the questions a person asked here in their "My data", and takes them out of the group when they delete their data', async () => {
    // Someone new, whose only questions are these.
    const ERIN = randomUUID();
    const erin = bot.user({ conversationId: group, conversationType: 'groupChat', aadObjectId: ERIN, name: 'Erin Park' });
    const theirs = await mention(erin, 'Can the grant pay a translator for the community sessions?');
    await mention(bruno, 'Is a letter from the ministry needed for our idea?');
    // Erin also leaves the group waiting for a question for IKM (what it waits for names her).
    await mention(erin, 'ask IKM');
    const own = bot.user({ aadObjectId: ERIN, name: 'Erin Park' });
    expect(allText(await own.say('my data'))).toContain(en.myData.keptQuestions({ count: 1 }));
    const confirm = await own.say('delete my data');
    expect(allText(await own.press(button(confirm, 'mydata.erase.confirm')))).toContain('Done');
    // Gone from the group's state, Bruno's kept; the old "Ask IKM" button finds nothing to send.
    const state = await bot.assistant.store.get<{ askable?: { question: string; askedBy?: string }[] }>(`bot/msteams/28:bot/conversations/${group}`);
    expect(state?.value.askable?.map((question) => question.question)).toEqual(['Is a letter from the ministry needed for our idea?']);
    expect(JSON.stringify(state?.value)).not.toContain(ERIN);
    expect(allText(await erin.press(button(theirs, 'faq.askIkm')))).not.toContain('translator');
    expect(allText(await own.say('my data'))).not.toContain(en.myData.keptQuestions({ count: 1 }));

    // Someone who only typed "ask IKM" in a group (asked nothing): what the group waits for from them goes too.
    const FRED = randomUUID();
    await mention(bot.user({ conversationId: group, conversationType: 'groupChat', aadObjectId: FRED }), 'ask IKM');
    const fred = bot.user({ aadObjectId: FRED });
    expect(allText(await fred.press(button(await fred.say('delete my data'), 'mydata.erase.confirm')))).toContain('Done');
    expect(JSON.stringify((await bot.assistant.store.get(`bot/msteams/28:bot/conversations/${group}`))?.value)).not.toContain(FRED);
  });

  it('keeps each person\'s latest question for "ask IKM" typed', async () => {
    await amina.say('Can we pay a translator with the grant for the community sessions?');
    await bruno.say('Is a letter from the ministry needed for our idea?');
    const offered = allText(await amina.say('ask IKM'));
    expect(offered).toContain('Can we pay a translator with the grant for the community sessions?');
    expect(offered).not.toContain('ministry');
  });
});
