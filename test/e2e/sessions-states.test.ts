import path from 'node:path';
import { FixedClock } from '../../src/clock';
import { messages } from '../../src/i18n';
import { allText, cardOf, Reply, submitActions, TeamsUser, visibleText } from '../support/teams-user';
import { workshopForm } from '../support/session-forms';
import { DURING_2024_IDEA_WINDOW, TestBot, useTestBotWithClock } from '../support/test-bot';

/**
 * What a booking looks like, and what its buttons say, after it changed: IKM cancelled the session,
 * the team cancelled, gave up or moved it, or was never allowed to book it. End to end over HTTP,
 * with sessions an admin creates from the form (test clock: 2024-10-01 09:00 UTC; Europe/Zurich).
 */

const ADMIN = 'a0a0a0a0-1111-2222-3333-666666666666';
const SESSIONS_FILE = path.join(__dirname, 'fixtures', 'sessions-e2e.yaml');
const en = messages('en').sessions;

/** Every Action.OpenUrl title of a reply's card. */
function openUrlTitles(reply: Reply | undefined): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.OpenUrl') found.push(String(record.title));
      Object.values(record).forEach(walk);
    }
  };
  walk(cardOf(reply));
  return found;
}

/** The buttons a card offers for one session (by its id). */
const buttonsFor = (reply: Reply | undefined, sessionId: string) =>
  submitActions(reply)
    .filter((action) => action.data.sessionId === sessionId || action.data.from === sessionId)
    .map((action) => ({ title: action.title, verb: action.data.verb }));

describe('bookings after changes: cancelled sessions, kept, given up, moved, not for everyone (end to end over HTTP)', () => {
  let bot: TestBot;
  const clock = new FixedClock(DURING_2024_IDEA_WINDOW);
  const person = (aadObjectId?: string, locale = 'en-US') => bot.user({ aadObjectId, locale, localTimezone: 'Europe/Zurich' });
  let admin: TeamsUser;

  /** Creates a session from the admin form (a one-hour online workshop on the given day, everyone). */
  const createWorkshop = async (id: string, title: string, fields: Record<string, string> = {}) => {
    const replies = await admin.press(workshopForm({ id, titleEn: title, joinUrl: `https://teams.microsoft.com/l/meetup-join/${id}`, ...fields }));
    expect(allText(replies)).toContain(`(${id}) is created`);
  };

  beforeAll(async () => {
    bot = await new TestBot({ clock, env: { IKM_ADMIN_IDS: ADMIN, SESSIONS_FILE } }).start();
    admin = person(ADMIN);
  });
  afterAll(async () => {
    await bot.stop();
  });
  afterEach(() => {
    expect(bot.errors).toEqual([]);
  });

  it('C3: after IKM cancels a session, My bookings shows it cancelled with no buttons; My data holds no seat, attendees say who was told; old buttons say so', async () => {
    await createWorkshop('workshop-hub-off', 'Hub Off', { capacity: '5' });
    const team = person();
    const booked = await team.press({ verb: 'session.book', sessionId: 'workshop-hub-off' });
    expect(allText(booked)).toContain('Your seat is booked');
    const oldButtons = submitActions(booked[0]).map((action) => action.data);
    expect(oldButtons).toContainEqual({ verb: 'session.cancel.ask', sessionId: 'workshop-hub-off', lang: 'en' });
    const seatUrl = /"title":"Add to calendar","url":"([^"]+)"/.exec(JSON.stringify(booked[0]))![1];
    const seatInvite = await (await fetch(seatUrl)).text();

    expect(allText(await admin.press({ verb: 'session.admin.cancel', sessionId: 'workshop-hub-off' }))).toContain('I am telling the 1 team');
    await bot.connector.waitFor(() => bot.connector.postedTo(team.conversationId).length > 0);
    // Told on the session's card, with the calendar file to update: it now says the event is cancelled.
    const [notice] = bot.connector.postedTo(team.conversationId);
    expect(visibleText(notice)).toContain(en.cancelledTitle);
    expect(openUrlTitles(notice)).toEqual([en.booking.calendarUpdate]);
    const calendarUrl = /"title":"Update my calendar","url":"([^"]+)"/.exec(JSON.stringify(notice))![1];
    const invite = await (await fetch(calendarUrl)).text();
    expect(invite).toContain('STATUS:CANCELLED');
    // A newer revision of the event the seat's file added, so that calendars update it.
    const sequence = (ics: string) => Number(/SEQUENCE:(\d+)/.exec(ics)?.[1]);
    expect(sequence(invite)).toBeGreaterThan(sequence(seatInvite));

    const mine = await team.say('my bookings');
    const text = allText(mine);
    expect(text).toContain('Hub Off');
    expect(text).toContain('Cancelled by the Innovation Hub');
    expect(text).not.toContain(en.mine.confirmed);
    expect(buttonsFor(mine[0], 'workshop-hub-off')).toEqual([]);
    expect(openUrlTitles(mine[0])).toEqual([]);

    // In French too, with no "Réservée".
    const french = allText(await bot.user({ aadObjectId: team.aadObjectId, locale: 'fr-FR' }).say('mes réservations'));
    expect(french).toContain('Annulée par le Centre d’innovation');
    expect(french).not.toContain('Réservée');

    const data = allText(await team.say('my data'));
    expect(data).not.toMatch(/Hub Off \((seat|waitlist)/i);

    // IKM's list says who held what when it was cancelled (they were told), and holds no seat.
    const attendeesCard = await admin.say('attendees workshop-hub-off');
    const attendees = allText(attendeesCard);
    expect(attendees).toContain(en.admin.cancelledSession({ count: 1 }));
    expect(attendees).toContain(team.aadObjectId);
    expect(attendees).not.toContain('1 of 5 seats taken');
    const csvUrl = /"title":"Download CSV[^"]*","url":"([^"]+)"/.exec(JSON.stringify(attendeesCard))![1];
    const csv = await (await fetch(csvUrl)).text();
    expect(csv).toContain(`cancelled-confirmed,,${team.aadObjectId}`);

    // Buttons of older cards: nothing to cancel, keep, give up or move.
    const cancelledText = en.cancelledByHub({ title: 'Hub Off' });
    expect(allText(await team.press({ verb: 'session.cancel.ask', sessionId: 'workshop-hub-off' }))).toBe(cancelledText);
    expect(allText(await team.press({ verb: 'session.cancel', sessionId: 'workshop-hub-off' }))).toBe(cancelledText);
    expect(allText(await team.press({ verb: 'session.cancel.keep', sessionId: 'workshop-hub-off' }))).toBe(cancelledText);
    expect(allText(await team.press({ verb: 'session.decline', sessionId: 'workshop-hub-off' }))).toBe(cancelledText);
    expect(allText(await team.press({ verb: 'session.move', sessionId: 'workshop-hub-off' }))).toBe(cancelledText);
    expect(allText(await team.press({ verb: 'session.reschedule', from: 'workshop-hub-off', to: 'workshop-big' }))).toBe(cancelledText);
    // Still shown as cancelled afterwards: the old buttons changed nothing.
    expect(allText(await team.say('my bookings'))).toContain('Cancelled by the Innovation Hub');
  });

  it('C12: "No, keep it" pressed after the booking was cancelled says there is no booking any more, and how to book again', async () => {
    await createWorkshop('workshop-keep', 'Keep Me', { startDate: '2024-10-11' });
    const team = person();
    await team.press({ verb: 'session.book', sessionId: 'workshop-keep' });
    const question = await team.press({ verb: 'session.cancel.ask', sessionId: 'workshop-keep' });
    expect(submitActions(question[0]).map((action) => action.data)).toContainEqual({ verb: 'session.cancel.keep', sessionId: 'workshop-keep', lang: 'en' });
    // While the booking holds, "No, keep it" keeps it.
    expect(allText(await team.press({ verb: 'session.cancel.keep', sessionId: 'workshop-keep' }))).toBe(en.cancel.kept({ title: 'Keep Me' }));

    expect(allText(await team.press({ verb: 'session.cancel', sessionId: 'workshop-keep' }))).toContain('is cancelled');
    const kept = allText(await team.press({ verb: 'session.cancel.keep', sessionId: 'workshop-keep' }));
    expect(kept).not.toContain('you keep your booking');
    expect(kept).toBe('You no longer have a booking of "Keep Me", so there is nothing to keep. Type "clinics" to see the sessions and book again.');
  });

  it('C13: someone not shortlisted is told a shortlisted-only session is for shortlisted teams, not when booking opens', async () => {
    await createWorkshop('workshop-shortlist-later', 'Shortlist Later', {
      audience: 'shortlisted',
      opensDate: '2024-10-05',
      opensTime: '09:00',
      capacity: '10',
    });
    const outsider = person();
    for (const replies of [
      await outsider.say('book workshop-shortlist-later'),
      await outsider.press({ verb: 'session.book', sessionId: 'workshop-shortlist-later' }),
    ]) {
      // (No shortlist announced: nobody is told they are off it.)
      expect(allText(replies)).toBe(en.refusals.notShortlistedYet);
    }
    // A shortlisted team (in the catalogue file) is told when booking opens.
    const shortlisted = person('00000000-0000-4000-8000-00000000000d');
    expect(allText(await shortlisted.say('book workshop-shortlist-later'))).toContain('Booking for this session opens on 5 October 2024');
  });

  it('16 and 17: a waitlist place offers "Leave the waitlist"; giving up a seat with nobody waiting does not promise it to a next team', async () => {
    await createWorkshop('workshop-one-seat', 'One Seat', { startDate: '2024-10-12' });
    const holder = person();
    const waiting = person();
    await holder.press({ verb: 'session.book', sessionId: 'workshop-one-seat' });

    const place = await waiting.press({ verb: 'session.book', sessionId: 'workshop-one-seat' });
    expect(allText(place)).toContain('number 1 on its waitlist');
    expect(buttonsFor(place[0], 'workshop-one-seat')).toContainEqual({ title: 'Leave the waitlist', verb: 'session.cancel.ask' });
    expect(allText(place)).not.toContain(en.booking.cancel);
    const mine = await waiting.say('my bookings');
    expect(buttonsFor(mine[0], 'workshop-one-seat')).toContainEqual({ title: 'Leave the waitlist', verb: 'session.cancel.ask' });
    expect(allText(mine)).not.toContain(en.booking.cancel);

    // With someone waiting, the cancel question says the seat goes to them.
    expect(allText(await holder.press({ verb: 'session.cancel.ask', sessionId: 'workshop-one-seat' }))).toContain(en.cancel.ask.seatNote);
    expect(allText(await holder.press({ verb: 'session.cancel', sessionId: 'workshop-one-seat' }))).toContain('is cancelled');
    await bot.connector.waitFor(() => bot.connector.postedTo(waiting.conversationId).length > 0);
    expect(allText(bot.connector.postedTo(waiting.conversationId))).toContain('A seat freed up');

    // Nobody waits now: neither the cancel question nor "Give up this seat" speak of a next team.
    const question = allText(await waiting.press({ verb: 'session.cancel.ask', sessionId: 'workshop-one-seat' }));
    expect(question).not.toContain('next team on the waitlist');
    expect(question).toContain(en.cancel.ask.seatNoteFree);
    const givenUp = await waiting.press({ verb: 'session.decline', sessionId: 'workshop-one-seat' });
    const given = allText(givenUp);
    expect(given).toContain('You gave up your seat in "One Seat"; it is free again for other teams to book.');
    expect(given).not.toContain('next team on the waitlist');
    // The offer's card had Add to calendar: the seat given up comes with the file that marks it cancelled.
    expect(openUrlTitles(givenUp.at(-1))).toEqual([en.booking.calendarUpdate]);
    const fileUrl = /"title":"Update my calendar","url":"([^"]+)"/.exec(JSON.stringify(givenUp))![1];
    expect(await (await fetch(fileUrl)).text()).toContain('STATUS:CANCELLED');
  });

  it('17: the waitlist button reads "Leave the waitlist" in French and Spanish too', async () => {
    await createWorkshop('workshop-full-fr-es', 'Full Fr Es', { startDate: '2024-10-16' });
    await person().press({ verb: 'session.book', sessionId: 'workshop-full-fr-es' });
    for (const [locale, label, command, cancel] of [
      ['fr-FR', 'Quitter la liste d’attente', 'mes réservations', messages('fr').sessions.booking.cancel],
      ['es-ES', 'Salir de la lista de espera', 'mis reservas', messages('es').sessions.booking.cancel],
    ]) {
      const waiting = person(undefined, locale);
      const place = await waiting.press({ verb: 'session.book', sessionId: 'workshop-full-fr-es' });
      expect(buttonsFor(place[0], 'workshop-full-fr-es')).toContainEqual({ title: label, verb: 'session.cancel.ask' });
      const mine = await waiting.say(command);
      expect(buttonsFor(mine[0], 'workshop-full-fr-es')).toContainEqual({ title: label, verb: 'session.cancel.ask' });
      expect(allText(mine)).not.toContain(cancel);
    }
  });

  it('16: giving up a seat with a team waiting says it goes to that team', async () => {
    await createWorkshop('workshop-pass-on', 'Pass On', { startDate: '2024-10-13' });
    const [holder, first, second] = [person(), person(), person()];
    await holder.press({ verb: 'session.book', sessionId: 'workshop-pass-on' });
    await first.press({ verb: 'session.book', sessionId: 'workshop-pass-on' });
    await second.press({ verb: 'session.book', sessionId: 'workshop-pass-on' });
    await holder.press({ verb: 'session.cancel', sessionId: 'workshop-pass-on' });
    await bot.connector.waitFor(() => bot.connector.postedTo(first.conversationId).length > 0);
    expect(allText(await first.press({ verb: 'session.decline', sessionId: 'workshop-pass-on' }))).toContain(
      `${en.offer.declined({ title: 'Pass On' })} ${en.offer.calendarHint({ button: en.booking.calendarUpdate })}`,
    );
  });

  it('18: Move pressed twice says the booking already moved, not that there is none', async () => {
    await createWorkshop('workshop-hop-from', 'Hop From', { startDate: '2024-10-14' });
    await createWorkshop('workshop-hop-to', 'Hop To', { startDate: '2024-10-15' });
    const team = person();
    await team.press({ verb: 'session.book', sessionId: 'workshop-hop-from' });
    const move = { verb: 'session.reschedule', from: 'workshop-hop-from', to: 'workshop-hop-to' };
    expect(allText(await team.press(move))).toContain('Your booking has moved');
    const again = allText(await team.press(move));
    expect(again).not.toContain(en.move.notBooked);
    // With the times: two sessions may share a title.
    expect(again).toMatch(/^Your booking was already moved: you have a seat in "Hop To", Tue 15 Oct, [^"]+, and none in "Hop From", Mon 14 Oct, [^"]+, any more, so nothing changed\.$/);
    // Someone who never had a booking there still hears there is none.
    expect(allText(await person().press(move))).toBe(en.move.notBooked);
  });

  it('past its cut-off, a seat is kept without Cancel or Move, and says why', async () => {
    await createWorkshop('workshop-locked', 'Locked In', { capacity: '5', startDate: '2024-10-03', startTime: '10:00' });
    await createWorkshop('workshop-later', 'Later One', { capacity: '5', startDate: '2024-10-08', startTime: '10:00' });
    const team = person();
    expect(allText(await team.press({ verb: 'session.book', sessionId: 'workshop-locked' }))).toContain('Your seat is booked');
    expect(buttonsFor((await team.say('my bookings'))[0], 'workshop-locked').map((b) => b.title)).toContain(en.booking.cancel);
    try {
      // 2 October, 11:00 in Zurich: less than 24 hours before the start.
      clock.set('2024-10-02T09:00:00Z');
      const mine = await team.say('my bookings');
      expect(allText(mine)).toContain(en.mine.confirmedLocked);
      expect(buttonsFor(mine[0], 'workshop-locked')).toEqual([]);
      expect(openUrlTitles(mine[0])).toContain(en.booking.join);
    } finally {
      clock.set(DURING_2024_IDEA_WINDOW);
    }
  });
});


describe('"My bookings" once a booked session has taken place', () => {
  const { bot, clock } = useTestBotWithClock({ env: { SESSIONS_FILE: path.join(__dirname, 'fixtures', 'sessions-e2e.yaml') } });

  it('says there is no booking of a session to come, not "no bookings yet"', async () => {
    const user = bot().user();
    expect(allText(await user.say('book workshop-big'))).toContain('Your seat is booked');
    clock.set('2024-10-07T09:00:00Z');
    const mine = allText(await user.say('my bookings'));
    expect(mine).toContain('You have no booking of a session to come');
    expect(mine).not.toContain('yet');
  });
});
