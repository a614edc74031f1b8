import path from 'node:path';
import { messages } from '../../src/i18n';
import { allText, button, cardOf, Reply, submitActions, visibleText } from '../support/teams-user';
import { useTestBot } from '../support/test-bot';

const SESSIONS_FILE = path.join(__dirname, 'fixtures', 'sessions-audience.yaml');
const SHORTLISTED = '00000000-0000-4000-8000-00000000000c';
const s = messages('en').sessions;

/** The part of the catalogue card about one session, by its title. */
function sessionBlock(reply: Reply | undefined, title: string): Record<string, unknown> {
  const body = (cardOf(reply) as { body: Record<string, unknown>[] }).body;
  const block = body.find((element) => JSON.stringify(element).includes(`"text":"${title}"`));
  if (!block) throw new Error(`no "${title}" in the card`);
  return block;
}
const buttonsOf = (block: Record<string, unknown>) => [...JSON.stringify(block).matchAll(/"title":"([^"]+)","(?:data|url)"/g)].map((match) => match[1]);

/** What the session cards offer each person (end to end over HTTP). */
describe('session cards', () => {
  const bot = useTestBot({ env: { SESSIONS_FILE } });

  it('shows a shortlisted-only session to someone else with who it is for, and no Book button', async () => {
    const catalogue = await bot().user().say('clinics');
    const alpha = sessionBlock(catalogue.at(-1), 'Clinic Alpha');
    expect(JSON.stringify(alpha)).toContain(s.forShortlisted);
    expect(buttonsOf(alpha)).toEqual([]);
    // The top of the list says what is for shortlisted teams and what is open now.
    expect(allText(catalogue)).toMatch(/\d+ sessions? below (is|are) for shortlisted teams and will open to yours once its idea is shortlisted; (\d+ others? can|none of the others can)/);
    // A shortlisted team sees its Book button, and no such line.
    const theirCatalogue = await bot().user({ aadObjectId: SHORTLISTED }).say('clinics');
    const theirs = sessionBlock(theirCatalogue.at(-1), 'Clinic Alpha');
    expect(buttonsOf(theirs)).toContain(s.bookButton);
    expect(allText(theirCatalogue)).not.toContain('for shortlisted teams and will open');
  });

  it('lists what the reader can book before the sessions for shortlisted teams only', async () => {
    const body = (cardOf((await bot().user().say('clinics')).at(-1)) as { body: unknown[] }).body.map((element) => JSON.stringify(element));
    const bookable = body.flatMap((element, index) => (element.includes(`"title":"${s.bookButton}"`) || element.includes(`"title":"${s.waitlistButton}"`) ? [index] : []));
    const notTheirs = body.flatMap((element, index) => (element.includes(s.forShortlisted) ? [index] : []));
    expect(bookable.length).toBeGreaterThan(0);
    expect(notTheirs.length).toBeGreaterThan(1);
    // Clinic Alpha starts before most workshops open to everyone, and is still listed after them.
    expect(Math.min(...notTheirs)).toBeGreaterThan(Math.max(...bookable));
    // A shortlisted team sees the same sessions by date alone: Clinic Alpha is among its first.
    const theirs = (cardOf((await bot().user({ aadObjectId: SHORTLISTED }).say('clinics')).at(-1)) as { body: unknown[] }).body.map((element) => JSON.stringify(element));
    expect(theirs.findIndex((element) => element.includes('"text":"Clinic Alpha"'))).toBeLessThan(body.findIndex((element) => element.includes('"text":"Clinic Alpha"')));
  });

  it('"My bookings" gives each seat Join and Add to calendar, and a cancel that asks first', async () => {
    const user = bot().user();
    expect(allText(await user.say('book workshop-big'))).toContain(s.booking.confirmedTitle);
    const mine = await user.say('my bookings');
    const big = sessionBlock(mine.at(-1), 'Workshop Big');
    expect(buttonsOf(big)).toEqual([s.booking.join, s.booking.calendar, s.booking.cancel, s.move.button]);

    const ask = await user.press(button(mine, 'session.cancel.ask'));
    expect(allText(ask)).toContain(s.cancel.ask.seat({ title: 'Workshop Big' }));
    expect(allText(await user.press(button(ask, 'session.cancel.keep')))).toBe(s.cancel.kept({ title: 'Workshop Big' }));
    expect(allText(await user.say('my bookings'))).toContain('Workshop Big');
    const cancelled = await user.press(button(ask, 'session.cancel'));
    expect(allText(cancelled)).toContain(s.cancel.title);
    expect(allText(cancelled)).toContain(s.cancel.confirmed({ title: 'Workshop Big', button: s.booking.calendarUpdate }));
    // The seat's calendar entry is marked cancelled by the file of the card's one button (no Join,
    // nothing to cancel or move any more), a newer revision than the file the seat offered.
    const card = JSON.stringify(cardOf(cancelled.at(-1)));
    expect(submitActions(cancelled.at(-1)!)).toEqual([]);
    expect(card).not.toContain(`"title":"${s.booking.join}"`);
    const removeUrl = new RegExp(`"title":"${s.booking.calendarUpdate}","url":"([^"]+)"`).exec(card)?.[1] ?? '';
    const addUrl = /"title":"Add to calendar","url":"([^"]+)"/.exec(JSON.stringify(cardOf(mine.at(-1))))?.[1] ?? '';
    const [removal, addition] = await Promise.all([removeUrl, addUrl].map(async (url) => (await fetch(url)).text()));
    expect(removal).toContain('STATUS:CANCELLED');
    expect(addition).toContain('STATUS:CONFIRMED');
    const sequence = (ics: string) => Number(/SEQUENCE:(\d+)/.exec(ics)?.[1]);
    expect(sequence(removal)).toBeGreaterThan(sequence(addition));
    // The removal link is signed for removal: the seat's own link cannot be turned into it.
    expect((await fetch(`${addUrl}&cancelled=1`)).status).toBe(403);
    const none = await user.say('my bookings');
    expect(allText(none)).toContain(s.mine.none);
    // The sentence comes before the button it explains, and no time zone on a card without times.
    const shown = visibleText(none.at(-1));
    expect(shown.indexOf(s.mine.none)).toBeLessThan(shown.indexOf(messages('en').menu.sessions));
    expect(shown).not.toContain('Times are shown');
    expect(shown).not.toContain(s.catalogue.changeZone);
    // Nothing booked: a button leads to the sessions, and pressing it shows them.
    const toSessions = submitActions(none.at(-1)).find((action) => action.title === messages('en').menu.sessions);
    expect(toSessions?.data).toEqual({ verb: 'session.list', kind: '', lang: 'en' });
    expect(allText(await user.press(toSessions!.data))).toContain(s.catalogue.title);
  });

  it('offers to move a booking only to sessions the person may book', async () => {
    const user = bot().user();
    await user.say('book workshop-overlap-a');
    const choices = await user.press({ verb: 'session.move', sessionId: 'workshop-overlap-a' });
    expect(allText(choices)).toContain('Workshop Big');
    expect(allText(choices)).not.toContain('Workshop Teams Only');
    expect(submitActions(choices.at(-1)).map((action) => action.data.to)).not.toContain('workshop-teams-only');
    // A shortlisted team is offered it.
    const team = bot().user({ aadObjectId: SHORTLISTED });
    await team.say('book workshop-overlap-a');
    expect(allText(await team.press({ verb: 'session.move', sessionId: 'workshop-overlap-a' }))).toContain('Workshop Teams Only');
  });

  it('offers "Move" only where there is another session to move to', async () => {
    // Clinic Alpha is the only clinic of its topic: moving it could only end on "no other session".
    const team = bot().user({ aadObjectId: SHORTLISTED });
    const booked = await team.say('book clinic-alpha');
    expect(allText(booked)).toContain(s.booking.confirmedTitle);
    expect(submitActions(booked.at(-1)).map((action) => action.title)).not.toContain(s.move.button);
    await team.say('book workshop-big');
    const mine = await team.say('my bookings');
    expect(buttonsOf(sessionBlock(mine.at(-1), 'Clinic Alpha'))).toEqual([s.booking.join, s.booking.calendar, s.booking.cancel]);
    // Other workshops have seats: Workshop Big can move.
    expect(buttonsOf(sessionBlock(mine.at(-1), 'Workshop Big'))).toContain(s.move.button);
  });
});
