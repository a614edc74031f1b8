import path from 'node:path';
import { messages } from '../../src/i18n';
import { SessionCatalogue } from '../../src/bookings';
import { FixedClock } from '../../src/clock';
import { allText, button, cardOf, Reply, submitActions } from '../support/teams-user';
import { workshopForm } from '../support/session-forms';
import { DURING_2024_IDEA_WINDOW, TestBot } from '../support/test-bot';

/**
 * Clinics and workshops, the rest of issue 5 end to end: admins create and edit sessions from a
 * card, teams filter by topic and move a booking to another session (atomically).
 * Test clock: 2024-10-01 09:00 UTC; admins write times in Europe/Zurich (UTC+02:00 in October).
 */

const ADMIN = 'a0a0a0a0-1111-2222-3333-555555555555';
const SESSIONS_FILE = path.join(__dirname, 'fixtures', 'sessions-e2e.yaml');

const cardJson = (replies: Reply[]) => JSON.stringify(replies.map((reply) => cardOf(reply)));

describe('clinics and workshops: admin forms, topic filter, moving a booking (end to end over HTTP)', () => {
  let bot: TestBot;
  const clock = new FixedClock(DURING_2024_IDEA_WINDOW);

  /** A session an admin created or changed (stored), read back from the store. */
  const storedSession = (id: string) => new SessionCatalogue(bot.assistant.store, [], clock).get(id);

  const person = (aadObjectId?: string, localTimezone = 'Europe/Zurich') => bot.user({ aadObjectId, localTimezone });

  beforeAll(async () => {
    bot = await new TestBot({ clock, env: { IKM_ADMIN_IDS: ADMIN, SESSIONS_FILE } }).start();
  });
  afterAll(async () => {
    await bot.stop();
  });
  afterEach(() => {
    expect(bot.errors).toEqual([]);
  });

  it('non-admins cannot open the form nor save it', async () => {
    const someone = person();
    expect(allText(await someone.say('create session'))).toContain('This is for the IKM team');
    expect(allText(await someone.say('edit session workshop-big'))).toContain('This is for the IKM team');
    expect(allText(await someone.press(workshopForm({ id: 'workshop-forged' })))).toContain('This is for the IKM team');
    expect(await storedSession('workshop-forged')).toBeUndefined();
  });

  it('an admin creates a session from the card: it appears in the catalogue, in local time, and can be booked', async () => {
    const admin = person(ADMIN);
    const form = await admin.say('create session');
    expect(allText(form)).toContain('Create a session');
    expect(cardJson(form)).toContain('"id":"startDate"');
    expect(submitActions(form[0]).map((action) => action.data)).toContainEqual({ verb: 'session.save', editId: '', lang: 'en' });

    const created = await admin.press(workshopForm({ id: 'workshop-admin', titleEn: 'Workshop Admin', titleFr: 'Atelier admin' }));
    expect(allText(created)).toContain('"Workshop Admin" (workshop-admin) is created');
    const session = await storedSession('workshop-admin');
    // 10:00 in Zurich is 08:00 UTC; booking opens now and closes at the start by default.
    expect(session?.start).toBe('2024-10-10T08:00:00.000Z');
    expect(session?.bookingCloses).toBe('2024-10-10T08:00:00.000Z');
    expect(session?.title).toEqual({ en: 'Workshop Admin', fr: 'Atelier admin', es: 'Workshop Admin' });

    const newYork = person(undefined, 'America/New_York');
    const catalogue = allText(await newYork.say('workshops'));
    expect(catalogue).toContain('Workshop Admin');
    expect(catalogue).toContain('Thu 10 Oct, 04:00–05:00 (America/New_York, UTC−04:00)');
    expect(allText(await newYork.press({ verb: 'session.book', sessionId: 'workshop-admin' }))).toContain('Your seat is booked');

    // The same id again: refused on the card, with what was typed.
    const again = await admin.press(workshopForm({ id: 'workshop-admin', titleEn: 'Another title' }));
    expect(allText(again)).toContain('A session with the id "workshop-admin" already exists');
    expect(cardJson(again)).toContain('Another title');
  });

  it('names every invalid field on the card again, keeping what was typed', async () => {
    const admin = person(ADMIN);
    const replies = await admin.press(
      workshopForm({ id: 'Bad Id', joinUrl: 'http://example.com/meeting', durationMinutes: 'long', startDate: '2024-02-30' }),
    );
    const text = allText(replies);
    expect(text).toContain('Please correct:');
    expect(text).toContain('Id (lower-case letters, digits and hyphens): must be lower-case letters and digits joined by hyphens');
    expect(text).toContain('Teams meeting link: must be an https link to a Teams meeting');
    expect(text).toContain('Duration (minutes): must be a whole number.');
    expect(text).toContain('Start date: is not a date and time I can read');
    // The unreadable start is named once, not again as the booking close that defaults to it (the form's own label stays).
    expect(text).not.toMatch(/- Booking closes/);
    const json = cardJson(replies);
    expect(json).toContain('http://example.com/meeting');
    expect(json).toContain('"value":"Bad Id"');
    expect(await storedSession('bad-id')).toBeUndefined();
    // The rules between fields are told in the same reply as a field's own problem, not one round later.
    const capacity = await admin.press(
      workshopForm({ id: 'Too Big', durationMinutes: 'long', capacity: '0', closesDate: '2024-10-11', closesTime: '09:00', format: 'in-person', location: '' }),
    );
    expect(allText(capacity)).toContain('Duration (minutes): must be a whole number.');
    expect(allText(capacity)).toContain('Id (lower-case letters, digits and hyphens): must be lower-case letters and digits joined by hyphens');
    expect(allText(capacity)).toContain('Capacity (teams; one for a clinic): must be 1 to 500 teams for this kind of session.');
    expect(allText(capacity)).toContain('Booking closes: must be at or before the start.');
    expect(allText(capacity)).toContain('Location (in person): is required for an in-person session.');
    expect(await storedSession('too-big')).toBeUndefined();
    // A title past the box's limit (pasted where the limit is not enforced): the form again, with it.
    const longTitle = `Pitching ${'x'.repeat(200)}`;
    const long = await admin.press(workshopForm({ id: 'workshop-long-title', titleEn: longTitle }));
    expect(allText(long)).toContain(messages('en').cards.tooLong({ max: '200' }));
    expect(allText(long)).not.toContain(messages('en').cards.unknownAction);
    expect(cardJson(long)).toContain(longTitle);
    expect(await storedSession('workshop-long-title')).toBeUndefined();
  });

  it('C8: refuses a start in the past, naming the field, by the bot\'s clock; a session whose booking opens later is not called open', async () => {
    const admin = person(ADMIN);
    // The tester's payload: an in-person clinic that started years ago, with booking opening before it.
    const past = await admin.press(
      workshopForm({
        id: 'pitch-clinic-1',
        kind: 'clinic',
        titleEn: '**Pitch** clinic',
        startDate: '2020-01-01',
        durationMinutes: '45',
        format: 'in-person',
        location: 'Room 1',
        opensDate: '2019-12-01',
        opensTime: '09:00',
        cutoffHours: '5',
      }),
    );
    expect(allText(past)).toContain('Start date: is in the past: a new session must start later than now.');
    expect(allText(past)).not.toContain('open for booking');
    expect(await storedSession('pitch-clinic-1')).toBeUndefined();
    // Without a booking opening: the start is named, not only the booking close that follows from it.
    const noOpening = allText(await admin.press(workshopForm({ id: 'workshop-past', startDate: '2024-09-30' })));
    expect(noOpening).toContain('Start date: is in the past');
    expect(noOpening).not.toMatch(/- Booking closes/);
    // Earlier today (09:00 UTC is 11:00 in Zurich) is past too; later today is fine.
    expect(allText(await admin.press(workshopForm({ id: 'workshop-this-morning', startDate: '2024-10-01', startTime: '10:30' })))).toContain(
      'Start date: is in the past',
    );
    expect(allText(await admin.press(workshopForm({ id: 'workshop-this-evening', startDate: '2024-10-01', startTime: '18:00' })))).toContain(
      'is created and open for booking',
    );
    // Booking opening later: created, and told when booking opens.
    expect(allText(await admin.press(workshopForm({ id: 'workshop-opens-later', opensDate: '2024-10-05', opensTime: '09:00' })))).toContain(
      '(workshop-opens-later) is created and in the catalogue; booking opens on 5 October 2024',
    );
  });

  it('C8: the Teams link is required for an online session only, and its label says so', async () => {
    const admin = person(ADMIN);
    const form = await admin.say('create session');
    expect(allText(form)).toContain('Teams meeting link (required for online sessions)');
    const input = JSON.parse(cardJson(form))[0].body.find((node: Record<string, unknown>) => node.id === 'joinUrl');
    expect(input.isRequired).toBeUndefined();

    const inPerson = await admin.press(
      workshopForm({ id: 'workshop-in-room', titleEn: 'In The Room', format: 'in-person', location: 'Room 2', joinUrl: '' }),
    );
    expect(allText(inPerson)).toContain('"In The Room" (workshop-in-room) is created');
    expect((await storedSession('workshop-in-room'))?.joinUrl).toBeUndefined();
    const booked = await person().press({ verb: 'session.book', sessionId: 'workshop-in-room' });
    expect(allText(booked)).toContain('In person: Room 2');
    expect(allText(booked)).not.toContain('Teams link');
    expect(submitActions(booked[0]).length).toBeGreaterThan(0);
    expect(JSON.stringify(cardOf(booked[0]))).not.toContain('"title":"Join"');

    const online = allText(await admin.press(workshopForm({ id: 'workshop-no-link', joinUrl: '' })));
    expect(online).toContain('Teams meeting link: is required for an online session.');
    expect(await storedSession('workshop-no-link')).toBeUndefined();
  });

  it('an admin edits a session from the prefilled card: the new title and capacity show', async () => {
    const admin = person(ADMIN);
    await admin.press(workshopForm({ id: 'workshop-edit', titleEn: 'Workshop Edit', startDate: '2024-10-11' }));
    const booker = person();
    expect(allText(await booker.press({ verb: 'session.book', sessionId: 'workshop-edit' }))).toContain('Your seat is booked');

    const form = await admin.say('edit session workshop-edit');
    const json = cardJson(form);
    expect(allText(form)).toContain('Edit the session workshop-edit');
    expect(json).toContain('"value":"Workshop Edit"');
    expect(json).toContain('"value":"2024-10-11"');
    expect(json).toContain('"value":"10:00"');
    const values = Object.fromEntries(
      (JSON.parse(json)[0].body as Record<string, unknown>[])
        .flatMap(function flat(node: Record<string, unknown>): Record<string, unknown>[] {
          const children = [node.columns, node.items].filter(Array.isArray).flat() as Record<string, unknown>[];
          return [node, ...children.flatMap(flat)];
        })
        .filter((node) => String(node.type).startsWith('Input.'))
        .map((node) => [String(node.id), String(node.value ?? '')]),
    );
    expect(values.capacity).toBe('1');

    const updated = await admin.press({ ...values, verb: 'session.save', editId: 'workshop-edit', titleEn: 'Workshop Edited', capacity: '5' });
    expect(allText(updated)).toContain('"Workshop Edited" is updated');
    const catalogue = allText(await person().say('workshops'));
    expect(catalogue).toContain('Workshop Edited');
    expect(catalogue).toContain('4 seats left');

    expect(allText(await admin.press({ ...values, verb: 'session.save', editId: 'workshop-edit', kind: 'clinic', capacity: '5' }))).toContain(
      'Capacity (teams; one for a clinic): must be exactly 1 for this kind of session.',
    );
    // Lowering the capacity below the seats taken is refused, with the count.
    await person().press({ verb: 'session.book', sessionId: 'workshop-edit' });
    const lowered = await admin.press({ ...values, verb: 'session.save', editId: 'workshop-edit', capacity: '1' });
    expect(allText(lowered)).toContain('2 teams already hold a seat: the capacity cannot be lower than that.');
    expect((await storedSession('workshop-edit'))?.capacity).toBe(5);
    // With another problem beside it, both are named at once (a user trial got them one round at a time).
    const twice = allText(await admin.press({ ...values, verb: 'session.save', editId: 'workshop-edit', capacity: '1', joinUrl: 'javascript:alert(1)' }));
    expect(twice).toContain('must be an https link to a Teams meeting');
    expect(twice).toContain('cannot be lower than the 2 seats already taken.');
    expect((await storedSession('workshop-edit'))?.capacity).toBe(5);
    expect(allText(await admin.say('edit session no-such-session'))).toContain('There is no session with the id "no-such-session"');
  });

  it('filters the catalogue by topic as well as kind, in the user\'s language', async () => {
    const someone = person();
    const catalogue = await someone.say('clinics');
    expect(cardJson(catalogue)).toContain('"id":"topic"');
    expect(allText(catalogue)).toContain('All topics');
    const businessWorkshops = allText(await someone.press({ verb: 'session.list', kind: 'workshop', topic: 'business-model' }));
    expect(businessWorkshops).toContain('Workshop Cancel');
    expect(businessWorkshops).not.toContain('Workshop Big');
    expect(businessWorkshops).not.toContain('Clinic Alpha');
    const scaling = allText(await someone.press({ verb: 'session.list', kind: '', topic: 'scaling' }));
    expect(scaling).toContain('Workshop Big');
    expect(scaling).not.toContain('Workshop Cancel');

    const french = allText(await bot.user({ locale: 'fr-FR' }).say('cliniques'));
    expect(french).toContain('Tous les thèmes');
    expect(french).toContain('Passage à l’échelle');
    // Workshops typed ("workshops", "ateliers") shows the workshops; "clinics", the name of the whole offer, shows all.
    const workshops = allText(await someone.say('workshops'));
    expect(workshops).toContain('Workshop Big');
    expect(workshops).not.toContain('Clinic Alpha');
    const ateliers = allText(await bot.user({ locale: 'fr-FR' }).say('ateliers'));
    expect(ateliers).toContain('Workshop Big');
    expect(ateliers).not.toContain('Clinic Alpha');
    expect(allText(await someone.say('clinics and workshops'))).toContain('Clinic Alpha');
    // A kind and a topic with nothing under both: the filter is named, with how to see everything.
    const nothing = allText(await someone.press({ verb: 'session.list', kind: 'clinic', topic: 'scaling' }));
    const en = messages('en');
    expect(nothing).toContain(en.sessions.catalogue.none);
    // By e-mail, with no buttons, the way out is a word to type.
    const typed = allText(await bot.user({ channelId: 'email' }).press({ verb: 'session.list', kind: 'clinic', topic: 'scaling' }));
    expect(typed).toContain(en.sessions.catalogue.noneFilteredTyped({ filters: 'Clinics · Scaling' }));
    expect(typed).not.toContain(en.sessions.catalogue.filters.all);
    expect(nothing).toContain(en.sessions.catalogue.noneFiltered({ filters: 'Clinics · Scaling', all: 'All', allTopics: 'All topics', show: 'Show' }));
    // A filter that leaves sessions is said above them too ("All" keeps the topic; the buttons do not show the kind on).
    const filtered = allText(await someone.press({ verb: 'session.list', kind: 'workshop', topic: 'scaling' }));
    expect(filtered).toContain('Workshop Big');
    expect(filtered).toContain(en.sessions.catalogue.noneFiltered({ filters: 'Workshops · Scaling', all: 'All', allTopics: 'All topics', show: 'Show' }));
    expect(allText(await someone.press({ verb: 'session.list' }))).not.toContain('Shown:');
  });

  it('moves a booking to another session: a full target changes nothing; the freed seat goes to the waitlist, told proactively', async () => {
    const admin = person(ADMIN);
    await admin.press(workshopForm({ id: 'workshop-move-from', titleEn: 'Move From', startDate: '2024-10-14', capacity: '1' }));
    await admin.press(workshopForm({ id: 'workshop-move-to', titleEn: 'Move To', startDate: '2024-10-15', capacity: '2' }));
    await admin.press(workshopForm({ id: 'workshop-move-full', titleEn: 'Move Full', startDate: '2024-10-16', capacity: '1' }));
    const alice = person();
    const bob = person(undefined, 'Africa/Nairobi');
    const carol = person();

    const booked = await alice.press({ verb: 'session.book', sessionId: 'workshop-move-from' });
    expect(submitActions(booked[0]).map((action) => action.data)).toContainEqual({ verb: 'session.move', sessionId: 'workshop-move-from', lang: 'en' });
    expect(allText(await bob.press({ verb: 'session.book', sessionId: 'workshop-move-from' }))).toContain('number 1 on its waitlist');
    expect(allText(await carol.press({ verb: 'session.book', sessionId: 'workshop-move-full' }))).toContain('Your seat is booked');
    expect(submitActions((await alice.say('my bookings'))[0]).map((action) => action.data)).toContainEqual({
      verb: 'session.move',
      sessionId: 'workshop-move-from',
      lang: 'en',
    });

    const choices = await alice.press({ verb: 'session.move', sessionId: 'workshop-move-from' });
    expect(allText(choices)).toContain('Move "Move From"');
    const moves = submitActions(choices[0]).map((action) => action.data);
    expect(moves).toContainEqual({ verb: 'session.reschedule', from: 'workshop-move-from', to: 'workshop-move-to', lang: 'en' });
    // Full: listed, without a "Move here"; not the session it leaves; not a clinic.
    expect(allText(choices)).toContain('Move Full');
    expect(moves.map((data) => data.to)).not.toContain('workshop-move-full');
    expect(moves.map((data) => data.to)).not.toContain('workshop-move-from');
    expect(allText(choices)).not.toContain('Clinic Alpha');

    // A full target (an old card, a race): refused, nothing changes.
    const full = await alice.press({ verb: 'session.reschedule', from: 'workshop-move-from', to: 'workshop-move-full' });
    expect(allText(full)).toContain('"Move Full" has no free seat, so your booking stays where it was.');
    const confirmedIn = async (id: string) => {
      const attendees = await bot.assistant.bookings.attendees(id);
      return attendees.ok ? attendees.confirmed.length : -1;
    };
    expect(await confirmedIn('workshop-move-from')).toBe(1);
    expect(await confirmedIn('workshop-move-full')).toBe(1);
    expect(bot.connector.postedTo(bob.conversationId)).toHaveLength(0);

    const moved = await alice.press({ verb: 'session.reschedule', from: 'workshop-move-from', to: 'workshop-move-to' });
    expect(allText(moved)).toContain('Your booking has moved');
    // (Each time given as the list gives it, between commas: it ends in its zone's brackets, which
    // brackets of its own doubled.)
    expect(allText(moved)).toMatch(/you left "Move From", [^()]+ \([^()]+\), and have a seat in "Move To", [^()]+ \([^()]+\)\. If "Move From" is in your calendar, "Update calendar \(old\)" marks it cancelled there/);
    // The old session's button gives its calendar file, marked cancelled; the new one's adds it.
    const movedCard = JSON.stringify(moved.at(-1));
    const oldUrl = /"title":"Update calendar \(old\)","url":"([^"]+)"/.exec(movedCard)?.[1] ?? '';
    expect(oldUrl).toContain('/calendar/workshop-move-from.ics');
    const oldInvite = await (await fetch(oldUrl)).text();
    expect(oldInvite).toContain('STATUS:CANCELLED');
    expect(oldInvite).toContain('SUMMARY:Move From');
    expect(movedCard).toMatch(/"title":"Add to calendar","url":"[^"]+workshop-move-to\.ics/);
    await bot.connector.waitFor(() => bot.connector.postedTo(bob.conversationId).length > 0);
    const offer = allText(bot.connector.postedTo(bob.conversationId));
    expect(offer).toContain('A seat freed up for "Move From": it\'s yours');
    expect(offer).toContain('(Africa/Nairobi, UTC+03:00)');
    expect(await confirmedIn('workshop-move-to')).toBe(1);
    expect(await confirmedIn('workshop-move-from')).toBe(1);

    // Pressed again (an old card): nothing to move any more.
    expect(allText(await alice.press({ verb: 'session.reschedule', from: 'workshop-move-from', to: 'workshop-move-to' }))).toContain(
      'nothing changed',
    );
    expect(allText(await alice.press({ verb: 'session.reschedule', from: 'workshop-move-to', to: 'workshop-move-to' }))).toContain(
      'nothing changed',
    );
    expect(allText(await alice.press({ verb: 'session.reschedule', from: 'workshop-move-to', to: '../etc' }))).toContain(
      'not one I recognise',
    );
  });
  it('an admin moves a booked session: its teams are told the new time, and reminders follow it, not the old one', async () => {
    const admin = person(ADMIN);
    await admin.press(workshopForm({ id: 'workshop-moved', titleEn: 'Moved Workshop', startDate: '2024-10-12', startTime: '10:00' }));
    const alice = person();
    const bob = person(undefined, 'Africa/Nairobi');
    const aliceBooked = await alice.press({ verb: 'session.book', sessionId: 'workshop-moved' });
    expect(allText(aliceBooked)).toContain('Your seat is booked');
    const firstUrl = /"title":"Add to calendar","url":"([^"]+)"/.exec(JSON.stringify(aliceBooked))?.[1] ?? '';
    const firstInvite = await (await fetch(firstUrl)).text();
    expect(allText(await bob.press({ verb: 'session.book', sessionId: 'workshop-moved' }))).toContain('number 1 on its waitlist');
    try {
      // 09:30 Zurich on 11 Oct: the reminder for 10:00 tomorrow is queued for 10:00 today.
      clock.set('2024-10-11T07:30:00Z');
      await admin.say('run reminders');
      expect(bot.connector.postedTo(alice.conversationId)).toHaveLength(0);

      const form = await admin.say('edit session workshop-moved');
      const values = Object.fromEntries(
        (JSON.parse(cardJson(form))[0].body as Record<string, unknown>[])
          .flatMap(function flat(node: Record<string, unknown>): Record<string, unknown>[] {
            const children = [node.columns, node.items].filter(Array.isArray).flat() as Record<string, unknown>[];
            return [node, ...children.flatMap(flat)];
          })
          .filter((node) => String(node.type).startsWith('Input.'))
          .map((node) => [String(node.id), String(node.value ?? '')]),
      );
      // Booking closed at the start by default: the form shows that as the default, so it moves too.
      expect([values.closesDate, values.closesTime]).toEqual(['', '']);
      const saved = await admin.press({ ...values, verb: 'session.save', editId: 'workshop-moved', startTime: '14:00' });
      expect(allText(saved)).toContain('"Moved Workshop" is updated with its new time or place. I am telling the 2 teams that had a seat or a waitlist place.');
      expect((await storedSession('workshop-moved'))?.bookingCloses).toBe('2024-10-12T12:00:00.000Z');
      await bot.connector.waitFor(() => bot.connector.postedTo(bob.conversationId).length > 0);
      const aliceTold = bot.connector.postedTo(alice.conversationId);
      expect(allText(aliceTold)).toMatch(/"Moved Workshop" has changed \(new time\): it is now .*14:00.*Online \(Teams meeting\)\. Your seat holds/);
      // The seat's card carries a new calendar file (the same event, now a newer revision) and Join.
      const aliceCard = JSON.stringify(cardOf(aliceTold[0]));
      expect(aliceCard).toMatch(/"title":"Add to calendar","url":"http:[^"]+workshop-moved\.ics/);
      expect(aliceCard).toContain('"title":"Join"');
      expect(submitActions(aliceTold[0]).map((action) => action.title)).toContain('Cancel my booking');
      const calendarUrl = /"title":"Add to calendar","url":"([^"]+)"/.exec(aliceCard)?.[1] ?? '';
      const invite = await (await fetch(calendarUrl)).text();
      expect(invite).toContain('DTSTART:20241012T120000Z');
      const sequence = (ics: string) => Number(/SEQUENCE:(\d+)/.exec(ics)?.[1]);
      expect(sequence(invite)).toBeGreaterThan(sequence(firstInvite));
      expect(allText(bot.connector.postedTo(bob.conversationId))).toMatch(/it is now .*15:00.*\(Africa\/Nairobi, UTC\+03:00\)/);
      // ...and when it was, in the same zone, so that the change can be seen.
      expect(allText(bot.connector.postedTo(bob.conversationId))).toMatch(/\(Africa\/Nairobi, UTC\+03:00\) \(it was [^()]*\d{2}:\d{2}–\d{2}:\d{2}\)\./);
      // Bob waits for a seat: he keeps his place on the waitlist, he holds no booking (no calendar, no Join).
      const bobTold = bot.connector.postedTo(bob.conversationId);
      expect(allText(bobTold)).toContain('You keep your place on its waitlist');
      expect(JSON.stringify(cardOf(bobTold[0]))).not.toContain('Add to calendar');
      expect(submitActions(bobTold[0]).map((action) => action.title)).toContain('Leave the waitlist');
      const told = bot.connector.postedTo(alice.conversationId).length;

      // The reminder queued for the old time is not sent; the new time's comes 24 hours before it.
      clock.set('2024-10-11T08:00:00Z');
      await admin.say('run reminders');
      expect(bot.connector.postedTo(alice.conversationId)).toHaveLength(told);
      clock.set('2024-10-11T11:30:00Z');
      await admin.say('run reminders');
      clock.set('2024-10-11T12:00:00Z');
      await admin.say('run reminders');
      const reminders = bot.connector.postedTo(alice.conversationId).slice(told);
      expect(reminders).toHaveLength(1);
      expect(allText(reminders)).toContain('Moved Workshop');
      expect(allText(reminders)).toMatch(/14:00/);
      // What one needs before a session: its Teams meeting, and the bookings (not the catalogue).
      expect(JSON.stringify(cardOf(reminders[0]))).toContain('"type":"Action.OpenUrl","title":"Join","url":"https://teams.microsoft.com/l/meetup-join/test-admin"');
      expect(submitActions(reminders[0]).map((action) => action.title)).toEqual(['My bookings', 'Stop these reminders']);

      // A new place (in person now, still with its Teams link) is told too; a new title alone is not.
      const inPerson = await admin.press({ ...values, verb: 'session.save', editId: 'workshop-moved', startTime: '14:00', format: 'in-person', location: 'Geneva HQ, room 5' });
      expect(allText(inPerson)).toContain('I am telling the 2 teams');
      await bot.connector.waitFor(() => bot.connector.postedTo(alice.conversationId).length > told + 1);
      expect(allText(bot.connector.postedTo(alice.conversationId).slice(told + 1))).toContain('In person: Geneva HQ, room 5 (Teams link for remote participants)');
      // Said for what it is: a new place, not a new time.
      expect(allText(bot.connector.postedTo(alice.conversationId).slice(told + 1))).toContain('"Moved Workshop" has changed (new place)');
      expect(allText(bot.connector.postedTo(alice.conversationId).slice(told + 1))).not.toContain('(it was');
      // A new place is a newer revision of the calendar event too, so that importing it again updates it.
      expect(await (await fetch(calendarUrl)).text()).toContain('SEQUENCE:2');
      const renamed = await admin.press({ ...values, verb: 'session.save', editId: 'workshop-moved', startTime: '14:00', format: 'in-person', location: 'Geneva HQ, room 5', titleEn: 'Renamed Workshop' });
      expect(allText(renamed)).toContain('"Renamed Workshop" is updated.');
      // My bookings says where it is.
      expect(allText(await alice.say('my bookings'))).toContain('In person: Geneva HQ, room 5');
    } finally {
      clock.set(DURING_2024_IDEA_WINDOW);
    }
  });
  it('a session reminder queued before the team cancelled its seat is not sent', async () => {
    const admin = person(ADMIN);
    await admin.press(workshopForm({ id: 'workshop-left', titleEn: 'Left Workshop', startDate: '2024-10-13', startTime: '10:00' }));
    const dave = person();
    expect(allText(await dave.press({ verb: 'session.book', sessionId: 'workshop-left' }))).toContain('Your seat is booked');
    try {
      clock.set('2024-10-12T07:30:00Z');
      await admin.say('run reminders');
      expect(allText(await dave.press({ verb: 'session.cancel', sessionId: 'workshop-left' }))).toContain('cancelled');
      const before = bot.connector.postedTo(dave.conversationId).length;
      clock.set('2024-10-12T08:00:00Z');
      await admin.say('run reminders');
      expect(bot.connector.postedTo(dave.conversationId)).toHaveLength(before);
    } finally {
      clock.set(DURING_2024_IDEA_WINDOW);
    }
  });
  it('the desk lists every session to come with its id and seats; "Manage" edits, lists attendees and cancels it', async () => {
    const admin = person(ADMIN);
    await admin.press(workshopForm({ id: 'workshop-desk', titleEn: 'Desk Workshop', startDate: '2024-10-20', capacity: '3' }));
    await person().press({ verb: 'session.book', sessionId: 'workshop-desk' });
    const desk = await admin.say('ikm desk');
    expect(submitActions(desk[0]).map((action) => action.title)).toContain('Clinics and workshops');
    const list = await admin.press({ verb: 'desk.sessions' });
    expect(allText(list)).toContain('Desk Workshop · workshop-desk');
    expect(allText(list)).toContain('1 of 3 seats taken');
    expect(submitActions(list[0]).map((action) => action.data)).toContainEqual({ verb: 'session.admin.form', sessionId: '', lang: 'en' });
    const page = await admin.press({ verb: 'desk.session.open', sessionId: 'workshop-desk' });
    expect(submitActions(page[0]).map((action) => action.title)).toEqual(['Edit', 'Attendees', 'Cancel the session…', 'All sessions']);
    expect(allText(await admin.press(button(page, 'session.admin.form')))).toContain('Edit the session workshop-desk');
    expect(allText(await admin.press(button(page, 'session.admin.attendees')))).toContain('1 of 3 seats taken');
    expect(allText(await admin.press(button(page, 'session.admin.cancel.ask')))).toContain('Cancel "Desk Workshop" (workshop-desk)?');
    // Not for anyone else.
    expect(allText(await person().press(button(page, 'session.admin.attendees')))).toContain('This is for the IKM team');
    expect(allText(await person().press({ verb: 'desk.sessions' }))).toContain('This is for the IKM team');
  });

  it('an admin in another zone reads and types the same times as the desk: the call\'s zone, named', async () => {
    const admin = person(ADMIN, 'America/New_York');
    // 10:00 typed is 10:00 in Zurich (08:00 UTC), not in New York.
    await admin.press(workshopForm({ id: 'workshop-zones', titleEn: 'Zones Workshop', startDate: '2024-10-21' }));
    expect((await storedSession('workshop-zones'))?.start).toBe('2024-10-21T08:00:00.000Z');
    const list = allText(await admin.press({ verb: 'desk.sessions' }));
    expect(list).toContain("times in the call's zone (Europe/Zurich)");
    expect(list).toContain('Mon 21 Oct, 10:00–11:00 (Europe/Zurich');
    const form = await admin.say('edit session workshop-zones');
    expect(allText(form)).toContain("Dates and times are in the call's time zone, Europe/Zurich");
    expect(cardJson(form)).toContain('"value":"10:00"');
  });

  it('a second clinic on a topic is refused with the way on offered: move the one held there', async () => {
    const admin = person(ADMIN);
    expect(allText(await admin.press(workshopForm({ id: 'clinic-topic-a', kind: 'clinic', titleEn: 'Topic Clinic A', topic: 'business-model', startDate: '2024-10-22', capacity: '1' })))).toContain('is created');
    await admin.press(workshopForm({ id: 'clinic-topic-b', kind: 'clinic', titleEn: 'Topic Clinic B', topic: 'business-model', startDate: '2024-10-23', capacity: '1' }));
    const team = person();
    expect(allText(await team.press({ verb: 'session.book', sessionId: 'clinic-topic-a' }))).toContain('Your seat is booked');
    const refused = await team.press({ verb: 'session.book', sessionId: 'clinic-topic-b' });
    expect(allText(refused)).toContain('Your team already has a clinic on');
    expect(allText(refused)).toContain('You can move your booking of "Topic Clinic A", Tue 22 Oct');
    const move = button(refused, 'session.reschedule');
    expect(move).toEqual({ verb: 'session.reschedule', from: 'clinic-topic-a', to: 'clinic-topic-b', lang: 'en' });
    expect(allText(await team.press(move))).toContain('Your booking has moved');
    expect(allText(await team.say('my bookings'))).toContain('Topic Clinic B');
  });

  it('a session that has taken place cannot be cancelled: there is nothing left to cancel', async () => {
    const admin = person(ADMIN);
    await admin.press(workshopForm({ id: 'workshop-over', titleEn: 'Over Already', startDate: '2024-10-02', startTime: '10:00' }));
    try {
      clock.set('2024-10-03T09:00:00Z');
      expect(allText(await admin.say('cancel session workshop-over'))).toBe('"Over Already" has already taken place: there is nothing to cancel.');
      expect(allText(await admin.press({ verb: 'session.admin.cancel', sessionId: 'workshop-over' }))).toContain('has already taken place');
      expect((await storedSession('workshop-over'))?.status).toBe('scheduled');
    } finally {
      clock.set(DURING_2024_IDEA_WINDOW);
    }
  });
});

