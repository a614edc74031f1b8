import path from 'node:path';
import { FixedClock } from '../../src/clock';
import { SignedLinks } from '../../src/downloads';
import { messages } from '../../src/i18n';
import { allText, button, cardOf, Reply, submitActions, TeamsUser } from '../support/teams-user';
import { DURING_2024_IDEA_WINDOW, TestBot } from '../support/test-bot';
import { typeset } from '../support/french';

/**
 * Clinics and workshops end to end: through POST /api/messages and the real download routes, with
 * the sessions of `fixtures/sessions-e2e.yaml` resolved from the test clock (2024-10-01 09:00 UTC).
 */

const ADMIN = 'a0a0a0a0-1111-2222-3333-444444444444';
const SHORTLISTED = {
  alice: '00000000-0000-4000-8000-00000000000a',
  bob: '00000000-0000-4000-8000-00000000000b',
  carol: '00000000-0000-4000-8000-00000000000c',
  dan: '00000000-0000-4000-8000-00000000000d',
};
const SESSIONS_FILE = path.join(__dirname, 'fixtures', 'sessions-e2e.yaml');


/** Every Action.OpenUrl of a reply's card, by title. */
function openUrls(reply: Reply | undefined): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.OpenUrl') found[String(record.title)] = String(record.url);
      Object.values(record).forEach(walk);
    }
  };
  walk(cardOf(reply));
  return found;
}

describe('clinics and workshops (end to end over HTTP)', () => {
  let bot: TestBot;
  const clock = new FixedClock(DURING_2024_IDEA_WINDOW);

  /** A person of a shortlisted team (or anyone), in a personal chat, in a given zone. */
  const person = (aadObjectId?: string, localTimezone?: string) => bot.user({ aadObjectId, localTimezone });

  beforeAll(async () => {
    bot = await new TestBot({ clock, env: { IKM_ADMIN_IDS: ADMIN, SESSIONS_FILE } }).start();
  });
  afterAll(async () => {
    await bot.stop();
  });
  afterEach(() => {
    expect(bot.errors).toEqual([]);
  });

  it('shows the catalogue in each user\'s own time zone, with the zone named', async () => {
    const newYork = allText(await person(undefined, 'America/New_York').say('clinics'));
    const nairobi = allText(await person(undefined, 'Africa/Nairobi').say('clinics'));
    // clinic-alpha starts 2024-10-04 10:00 in Geneva (08:00 UTC).
    expect(newYork).toContain('Fri 4 Oct, 04:00–04:45 (America/New_York, UTC−04:00)');
    expect(nairobi).toContain('Fri 4 Oct, 11:00–11:45 (Africa/Nairobi, UTC+03:00)');
    expect(newYork).toContain('Clinic Alpha');
    expect(newYork).toContain('10 seats left');
    expect(newYork).toContain('Business model');

    const french = allText(await bot.user({ locale: 'fr-FR' }).say('cliniques'));
    expect(french).toContain(typeset('Les heures sont indiquées dans votre fuseau horaire : Europe/Zurich.'));
    expect(french).toContain(typeset('ven. 4 oct., 10:00–10:45 (Europe/Zurich, UTC+02:00)'));
    expect(french).toContain('Réserver');
  });

  it('a session not yet open for booking says when it opens, with no Book button', async () => {
    const catalogue = await bot.user().say('clinics');
    expect(allText(catalogue)).toContain('Booking for this session opens on 3 October 2024');
    const books = submitActions(catalogue[0]).filter((action) => action.data.verb === 'session.book');
    expect(books.map((action) => action.data.sessionId)).not.toContain('workshop-late');
    expect(books.length).toBeGreaterThan(0);
  });

  it('a sentence that merely starts with a command word is a question, not a command', async () => {
    const reply = allText(await person(SHORTLISTED.dan).say('book keeping for migrants?'));
    expect(reply).not.toContain('could not find that session');
    expect(reply).not.toContain('Your seat is booked');
  });

  it('opens from the menu button, filters by kind, and answers in text where cards do not render', async () => {
    const someone = person();
    const menu = await someone.press({ verb: 'menu', item: 'sessions' });
    expect(allText(menu)).toContain('Clinics and workshops');
    expect(submitActions(menu[0]).map((action) => action.data.verb)).toEqual(
      expect.arrayContaining(['session.list', 'session.book', 'session.mine', 'zone']),
    );
    const workshops = allText(await someone.press({ verb: 'session.list', kind: 'workshop' }));
    expect(workshops).not.toContain('Clinic Alpha');
    expect(workshops).toContain('Workshop Big');
    // Booking closed: not offered any more.
    expect(workshops).not.toContain('Workshop Closed');

    const email = bot.user({ channelId: 'email' });
    const text = (await email.say('clinics'))[0];
    expect(text.attachments ?? []).toHaveLength(0);
    // Listed with no numbers: a number typed is the menu's.
    expect(text.text).toMatch(/^• .*\(/m);
    expect(text.text).not.toMatch(/^1\. /m);
    expect(text.text).toContain('book clinic-scaling-1');
  });

  it('changes the time zone from the card and by typing it', async () => {
    const someone = person(undefined, 'America/New_York');
    const picker = await someone.press({ verb: 'zone' });
    expect(JSON.stringify(cardOf(picker[0]))).toContain('Input.ChoiceSet');
    expect(allText(await someone.press({ verb: 'zone', timeZone: 'Asia/Bangkok' }))).toContain('Asia/Bangkok');
    expect(allText(await someone.say('clinics'))).toContain('Fri 4 Oct, 15:00–15:45 (Asia/Bangkok, UTC+07:00)');
    expect(allText(await someone.say('time zone europe/paris'))).toContain('Europe/Paris');
    expect(allText(await someone.press({ verb: 'zone', timeZone: 'Mars/Olympus' }))).toContain('not a time zone I know');
    // Cards sent before the choice moved out of the catalogue still work.
    expect(allText(await someone.press({ verb: 'session.zone', timeZone: 'UTC' }))).toContain('UTC');
  });

  it('books: confirmation with join and calendar links; the .ics downloads; a bad signature gets 403', async () => {
    const alice = person(SHORTLISTED.alice, 'America/New_York');
    const replies = await alice.press({ verb: 'session.book', sessionId: 'clinic-alpha' });
    const text = allText(replies);
    expect(text).toContain('Your seat is booked');
    expect(text).toContain('Fri 4 Oct, 04:00–04:45 (America/New_York, UTC−04:00)');
    const urls = openUrls(replies[0]);
    expect(urls.Join).toBe('https://teams.microsoft.com/l/meetup-join/test-clinic-alpha');
    const calendar = urls['Add to calendar'];
    expect(calendar.startsWith(`${bot.url}/calendar/clinic-alpha.ics?sig=`)).toBe(true);
    expect(submitActions(replies[0]).map((action) => action.data)).toContainEqual({ verb: 'session.cancel.ask', sessionId: 'clinic-alpha', lang: 'en' });

    const ics = await fetch(calendar);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(ics.headers.get('content-disposition')).toContain('clinic-alpha.ics');
    expect(await ics.text()).toContain('DTSTART:20241004T080000Z');

    const forged = await fetch(calendar.replace(/sig=[^&]+/, 'sig=AAAA'));
    expect(forged.status).toBe(403);
    await forged.arrayBuffer();
    const otherSession = await fetch(calendar.replace('clinic-alpha', 'workshop-big'));
    expect(otherSession.status).toBe(403);
    await otherSession.arrayBuffer();
    // A correctly signed link of a session that does not exist.
    const links = await SignedLinks.open(bot.assistant.store, clock);
    const unknown = await fetch(`${bot.url}${links.calendarPath('no-such-session')}`);
    expect(unknown.status).toBe(404);
    await unknown.arrayBuffer();

    // A double click or an old card: the same seat, said so.
    // Book pressed again: the line that says so, not the booking card a second time.
    const again = await alice.press({ verb: 'session.book', sessionId: 'clinic-alpha' });
    expect(again).toHaveLength(1);
    expect(again[0].text).toBe(messages('en').sessions.booking.alreadyConfirmed);
    expect(cardOf(again[0])).toBeUndefined();
  });

  it('waitlists when full; a cancel gives the seat to the first waitlisted team, told proactively; a decline passes it on', async () => {
    const alice = person(SHORTLISTED.alice);
    const bob = person(SHORTLISTED.bob, 'Africa/Nairobi');
    const carol = person(SHORTLISTED.carol);
    expect(allText(await bob.press({ verb: 'session.book', sessionId: 'clinic-alpha' }))).toContain('number 1 on its waitlist');
    expect(allText(await carol.press({ verb: 'session.book', sessionId: 'clinic-alpha' }))).toContain('number 2 on its waitlist');
    expect(allText(await bob.say('my bookings'))).toContain('Waitlist, number 1');

    expect(allText(await alice.press({ verb: 'session.cancel', sessionId: 'clinic-alpha' }))).toContain('is cancelled');
    await bot.connector.waitFor(() => bot.connector.postedTo(bob.conversationId).length > 0);
    const offer = bot.connector.postedTo(bob.conversationId);
    expect(allText(offer)).toContain('A seat freed up for "Clinic Alpha": it\'s yours');
    expect(allText(offer)).toContain('(Africa/Nairobi, UTC+03:00)');
    const decline = submitActions(offer[0]).find((action) => action.data.verb === 'session.decline');
    expect(decline?.data).toEqual({ verb: 'session.decline', sessionId: 'clinic-alpha' });

    expect(allText(await bob.press(decline!.data))).toContain('You gave up your seat');
    await bot.connector.waitFor(() => bot.connector.postedTo(carol.conversationId).length > 0);
    expect(allText(bot.connector.postedTo(carol.conversationId))).toContain('A seat freed up');
    // Told once: a second decline is harmless and the notices are not sent again.
    expect(allText(await bob.press(decline!.data))).toContain('nothing changed');
    expect(bot.connector.postedTo(carol.conversationId)).toHaveLength(1);

    const attendees = await bot.assistant.bookings.attendees('clinic-alpha');
    expect(attendees.ok && attendees.confirmed.map((a) => a.teamId)).toEqual([SHORTLISTED.carol]);
  });

  it('offers a freed seat on e-mail as text in the reader\'s language, saying its buttons are in Teams', async () => {
    const holder = person(SHORTLISTED.carol);
    const reader = bot.user({ aadObjectId: SHORTLISTED.dan, channelId: 'email', locale: 'fr-FR' });
    await reader.say('bonjour');
    expect(allText(await reader.say('book clinic-alpha'))).toMatch(/liste d.attente/);
    await holder.press({ verb: 'session.cancel', sessionId: 'clinic-alpha' });
    await bot.connector.waitFor(() => bot.connector.postedTo(reader.conversationId).length > 0);
    const [offer] = bot.connector.postedTo(reader.conversationId);
    expect(offer.attachments ?? []).toEqual([]);
    expect(offer.text).toContain('Clinic Alpha');
    expect(offer.text).toContain(messages('fr').input.buttonsInTeams);
    // ...and the words that give the seat up there, which do.
    expect(offer.text).toContain(messages('fr').sessions.offer.declineText({ command: 'annuler la reservation clinic-alpha' }));
    expect(allText(await reader.say('annuler la reservation clinic-alpha'))).not.toMatch(/inconnu|not one I/);
    await holder.press({ verb: 'session.book', sessionId: 'clinic-alpha' });
    // As it was for the tests after this one: the seat back with its holder.
    const attendees = await bot.assistant.bookings.attendees('clinic-alpha');
    expect(attendees.ok && attendees.confirmed.map((a) => a.teamId)).toEqual([SHORTLISTED.carol]);
  });

  it('refuses with a clear sentence: window closed, not open yet, overlap, not shortlisted, unknown', async () => {
    const dan = person(SHORTLISTED.dan);
    expect(allText(await dan.press({ verb: 'session.book', sessionId: 'workshop-closed' }))).toContain('Booking for this session closed on');
    expect(allText(await dan.press({ verb: 'session.book', sessionId: 'workshop-late' }))).toContain(
      'Booking for this session opens on 3 October 2024',
    );
    expect(allText(await dan.press({ verb: 'session.book', sessionId: 'workshop-overlap-a' }))).toContain('Your seat is booked');
    expect(allText(await dan.press({ verb: 'session.book', sessionId: 'workshop-overlap-b' }))).toContain(
      'You already have a seat in "Workshop Overlap A" at the same time',
    );
    expect(allText(await person().press({ verb: 'session.book', sessionId: 'clinic-alpha' }))).toContain('shortlisted teams only');
    expect(allText(await dan.press({ verb: 'session.book', sessionId: 'no-such-session' }))).toContain('could not find that session');
  });

  it('forged and old submits change nothing', async () => {
    const mallory = person();
    expect(allText(await mallory.press({ verb: 'session.book', sessionId: '../../etc/passwd' }))).toContain('not one I recognise');
    expect(allText(await mallory.press({ verb: 'session.cancel' }))).toContain('not one I recognise');
    // Someone else's booking: the domain keys by the sender, so it is simply not theirs.
    expect(allText(await mallory.press({ verb: 'session.cancel', sessionId: 'clinic-alpha' }))).toContain('no booking of that session');
    expect(allText(await mallory.press({ verb: 'session.decline', sessionId: 'clinic-alpha' }))).toContain('nothing changed');
    const attendees = await bot.assistant.bookings.attendees('clinic-alpha');
    expect(attendees.ok && attendees.confirmed.map((a) => a.teamId)).toEqual([SHORTLISTED.carol]);
  });

  it('admins cancel a session and every booked team is told; others are refused', async () => {
    const first = person();
    const second = person();
    await first.press({ verb: 'session.book', sessionId: 'workshop-cancel' });
    expect(allText(await second.press({ verb: 'session.book', sessionId: 'workshop-cancel' }))).toContain('waitlist');

    expect(allText(await person().say('cancel session workshop-cancel'))).toContain('This is for the IKM team');
    const admin = person(ADMIN);
    // Nothing happens before "Yes": the confirmation says who is told and that it cannot be undone.
    const asked = await admin.say('cancel session workshop-cancel');
    expect(allText(asked)).toContain('1 team holds a seat and 1 waits: each is told at once. A cancelled session cannot be opened again');
    expect(submitActions(asked[0]).map((action) => action.title)).toEqual(['Yes, cancel the session', 'No, keep it']);
    expect(allText(await admin.press(button(asked, 'session.admin.keep')))).toContain('stays as it is; nothing changed');
    expect(bot.connector.postedTo(first.conversationId)).toHaveLength(0);
    // Someone else's press of "Yes" (a forged submit) is refused.
    expect(allText(await person().press(button(asked, 'session.admin.cancel')))).toContain('This is for the IKM team');
    expect(allText(await admin.press(button(asked, 'session.admin.cancel')))).toContain('I am telling the 2 teams');
    for (const user of [first, second]) {
      await bot.connector.waitFor(() => bot.connector.postedTo(user.conversationId).length > 0);
      expect(allText(bot.connector.postedTo(user.conversationId))).toContain('has been cancelled by the Innovation Hub');
    }
    expect(allText(await first.press({ verb: 'session.book', sessionId: 'workshop-cancel' }))).toContain('has been cancelled');
    expect(allText(await admin.say('cancel session workshop-cancel'))).toContain('already cancelled');
    expect(allText(await admin.press(button(asked, 'session.admin.cancel')))).toContain('already cancelled');
  });

  it('admins list attendees with a CSV link that downloads (and expires)', async () => {
    expect(allText(await person().say('attendees clinic-alpha'))).toContain('This is for the IKM team');
    const admin = person(ADMIN);
    const replies = await admin.say('attendees clinic-alpha');
    // Named as Teams names the person, with the id beside it.
    expect(allText(replies)).toContain(`Test User (${SHORTLISTED.carol})`);
    const link = Object.values(openUrls(replies[0]))[0];
    expect(link).toMatch(/\/exports\/attendees\/clinic-alpha\.csv\?exp=\d+&sig=/);
    const csv = await fetch(link);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attendees-clinic-alpha.csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A byte-order mark, as every CSV the assistant gives, so that Excel reads accents right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = bytes.toString('utf8');
    expect(body).toContain('session_id');
    expect(body).toContain(`${SHORTLISTED.carol},Test User,`);

    const tampered = await fetch(link.replace(/exp=\d+/, 'exp=99999999999'));
    expect(tampered.status).toBe(403);
    await tampered.arrayBuffer();
    clock.advance(2 * 60 * 60 * 1000);
    try {
      const expired = await fetch(link);
      expect(expired.status).toBe(403);
      await expired.arrayBuffer();
    } finally {
      clock.advance(-2 * 60 * 60 * 1000);
    }
  });

  it('200 simultaneous bookings of a 10-seat workshop through HTTP: exactly 10 seats, the rest waitlisted', async () => {
    const users: TeamsUser[] = Array.from({ length: 200 }, () => bot.user());
    const results = await Promise.all(
      users.map((user) => user.send({ type: 'message', value: { verb: 'session.book', sessionId: 'workshop-big' } })),
    );
    expect(results.every((result) => result.status === 200)).toBe(true);
    const texts = results.map((result) => allText(result.replies));
    const confirmed = texts.filter((text) => text.includes('Your seat is booked')).length;
    const waitlisted = texts.filter((text) => text.includes('on its waitlist')).length;
    expect(confirmed).toBe(10);
    expect(waitlisted).toBe(190);

    const attendees = await bot.assistant.bookings.attendees('workshop-big');
    if (!attendees.ok) throw new Error('workshop-big not found');
    expect(attendees.confirmed).toHaveLength(10);
    expect(attendees.waitlisted).toHaveLength(190);
    expect(new Set(attendees.waitlisted.map((a) => a.position))).toEqual(new Set(Array.from({ length: 190 }, (_, i) => i + 1)));
    expect(allText(await person().say('workshops'))).toContain('Full: join the waitlist');
  }, 120_000);
});
