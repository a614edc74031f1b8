import path from 'node:path';
import { FixedClock } from '../../src/clock';
import { messages } from '../../src/i18n';
import { allText, button, TeamsUser, visibleText } from '../support/teams-user';
import { fillIdea } from '../support/ideas';
import { DURING_2024_IDEA_WINDOW, TestBot, useTestBot } from '../support/test-bot';
import { typeset } from '../support/french';

/**
 * One home for a person's language and time zone: chosen once in the chat, used by every feature,
 * including messages the bot sends later (waitlist offers, reminders), over the Teams client's
 * own locale and zone.
 */

const ADMIN = 'a0a0a0a0-1111-2222-3333-444444444444';
const ALICE = '00000000-0000-4000-8000-00000000000a';
const BOB = '00000000-0000-4000-8000-00000000000b';
const SESSIONS_FILE = path.join(__dirname, 'fixtures', 'sessions-e2e.yaml');
const fr = messages('fr');
/** How every date is labelled in Bangkok, in session lines and in deadlines. */
const BANGKOK_SESSION = '(Asia/Bangkok, UTC+07:00)';
const BANGKOK_DATE = '(Asia/Bangkok)';

describe('a person picks a zone and a language; everything they get afterwards uses both', () => {
  const clock = new FixedClock(DURING_2024_IDEA_WINDOW);
  let bot: TestBot;
  let bob: TeamsUser;

  beforeAll(async () => {
    bot = await new TestBot({ clock, env: { IKM_ADMIN_IDS: ADMIN, SESSIONS_FILE } }).start();
    // Bob's Teams client is English, in New York; he chooses French and Bangkok.
    bob = bot.user({ aadObjectId: BOB, locale: 'en-US', localTimezone: 'America/New_York' });
  });
  afterAll(async () => {
    await bot.stop();
  });
  afterEach(() => {
    expect(bot.errors).toEqual([]);
  });

  it('booking confirmation, waitlist offer, reminder and submission confirmation', async () => {
    expect(allText(await bob.press({ verb: 'language', language: 'fr' }))).toContain(fr.language.changed);
    expect(allText(await bob.say('fuseau horaire Asia/Bangkok'))).toContain('Asia/Bangkok');

    // A booking confirmation: French, Bangkok times (workshop-big: 6 Oct 14:00 in Geneva).
    const booked = allText(await bob.say('book workshop-big'));
    expect(booked).toContain(fr.sessions.booking.confirmedTitle);
    expect(booked).toContain(`19:00–20:00 ${BANGKOK_SESSION}`);

    // A waitlist offer, sent while Bob is not talking: Alice holds the one seat, then cancels.
    const alice = bot.user({ aadObjectId: ALICE, localTimezone: 'Europe/Zurich' });
    await alice.say('book clinic-alpha');
    await bob.say('book clinic-alpha');
    const before = bot.connector.postedTo(bob.conversationId).length;
    await alice.say('cancel booking clinic-alpha');
    const offer = bot.connector.postedTo(bob.conversationId).slice(before).map(visibleText).join('\n');
    expect(offer).toContain(fr.sessions.offer.title);
    expect(offer).toContain(`15:00–15:45 ${BANGKOK_SESSION}`);

    // A reminder the day before the clinic (4 Oct 10:00 in Geneva), run by IKM.
    const admin = bot.user({ aadObjectId: ADMIN });
    const sent = bot.connector.postedTo(bob.conversationId).length;
    clock.set('2024-10-03T07:30:00Z'); // the outbox takes what is due within the hour
    await admin.say('run reminders');
    clock.set('2024-10-03T08:05:00Z');
    expect(allText(await admin.say('run reminders'))).toMatch(/[1-9]\d* sent/);
    const reminder = bot.connector.postedTo(bob.conversationId).slice(sent).map(visibleText).join('\n');
    expect(reminder).toContain('Clinic Alpha (fr)');
    expect(reminder).toContain(typeset(`4 octobre 2024 à 15:00 ${BANGKOK_DATE}`));

    // The submission confirmation: French, submitted at Bangkok time.
    const form = await fillIdea(bob, { title: 'Kiosques solaires', opening: 'mon idée' });
    const confirmation = allText(await bob.press(button(form, 'idea.submit')));
    expect(confirmation).toContain(fr.forms.submittedTitle);
    expect(confirmation).toContain(typeset(`3 octobre 2024 à 15:05 ${BANGKOK_DATE}`));
  });
});

describe('a zone whose name is its offset', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await new TestBot({ env: { SESSIONS_FILE } }).start();
  });
  afterAll(async () => {
    await bot.stop();
  });

  it.each([
    ['time zone UTC', '(UTC)'],
    ['time zone Etc/UTC', '(UTC)'],
    ['time zone UTC+6', '(UTC+6)'],
    ['time zone Dhaka', '(Asia/Dhaka, UTC+06:00)'],
  ])('"%s": session times say %s, not the offset twice', async (typed, label) => {
    const user = bot.user({ localTimezone: 'Europe/Zurich' });
    await user.say(typed);
    const booked = allText(await user.say('book workshop-big'));
    expect(booked).toContain(label);
    expect(booked).not.toMatch(/UTC[^,)]*, UTC/);
  });
});

describe('a zone typed in answer to the zone card, or to "which city?"', () => {
  let bot: TestBot;
  const zone = messages('en').sessions.zone;

  beforeAll(async () => {
    bot = await new TestBot({ env: { SESSIONS_FILE } }).start();
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('takes a city typed alone after the card asked, and reads any other message as a question', async () => {
    const user = bot.user({ localTimezone: 'Europe/Zurich' });
    await user.say('time zone');
    expect(allText(await user.say('Nairobi'))).toBe(zone.changed({ zone: 'Africa/Nairobi' }));
    // Asked once: a city typed later is no answer to anything.
    await user.say('time zone');
    expect(allText(await user.say('when is the idea deadline?'))).toContain('The deadline for ideas is');
    expect(allText(await user.say('Lima'))).not.toContain('Done:');
    // A place it cannot read is told so, as "time zone Kalobeyei" is (it was declined as off-topic).
    await user.say('time zone');
    expect(allText(await user.say('Kalobeyei'))).toBe(zone.unknown({ zone: 'Kalobeyei' }));
    // A field location that is no zone's own city is read (it was "not a time zone I know").
    await user.say('time zone');
    expect(allText(await user.say('Goma'))).toBe(zone.changed({ zone: 'Africa/Lubumbashi' }));
  });

  it('takes the city typed after "which city?" for a country over several zones', async () => {
    const user = bot.user({ localTimezone: 'Europe/Zurich' });
    expect(allText(await user.say('time zone USA'))).toContain('Chicago');
    expect(allText(await user.say('Chicago'))).toContain('America/Chicago');
    // "Congo" is two countries: their cities are offered, Kinshasa's time and eastern Congo's.
    expect(allText(await user.say('time zone Congo'))).toContain('Lubumbashi');
    expect(allText(await user.say('Montreal'))).toMatch(/America\/(Montreal|Toronto)/);
  });

  it('asks which one for a town whose name places of like size share in different zones, and takes the city typed next', async () => {
    // (An English Teams: the zone asked for in Spanish is answered in Spanish, the city typed after it too.)
    const user = bot.user({ locale: 'en-US', localTimezone: 'Europe/Zurich' });
    // Valencia is in Venezuela and in Spain: it was taken as Caracas, six hours off for Spain.
    expect(allText(await user.say('zona horaria Valencia'))).toBe(
      messages('es').sessions.zone.severalPlaces({ zone: 'Valencia', cities: 'Caracas, Madrid', example: 'Caracas' }),
    );
    expect(allText(await user.say('Madrid'))).toBe(messages('es').sessions.zone.changed({ zone: 'Europe/Madrid' }));
    // One clearly larger than the others is the one meant: Hyderabad in India.
    expect(allText(await user.say('zona horaria Hyderabad'))).toBe(messages('es').sessions.zone.changed({ zone: 'Asia/Kolkata' }));
  });
});

describe('someone who keeps writing in another language than their Teams client\'s', () => {
  const testBot = useTestBot({ env: { SESSIONS_FILE } });
  const menuOf = async (user: TeamsUser) => allText(await user.say('menu'));

  it('is answered in it from then on, the menu too, once two messages running are in it', async () => {
    const user = testBot().user({ locale: 'en-US' });
    expect(allText(await user.say('hola'))).toContain(messages('es').welcome.greeting);
    // One message is not enough: "menu" (the same word in English) is still the client's.
    expect(await menuOf(user)).toContain(messages('en').menu.eligibility);
    await user.say('hola');
    await user.say('mis datos');
    expect(await menuOf(user)).toContain(messages('es').menu.eligibility);
  });

  it('keeps the client\'s language after one question in another, and a chosen language always', async () => {
    const once = testBot().user({ locale: 'en-US' });
    await once.say('quand est la date limite ?');
    expect(await menuOf(once)).toContain(messages('en').menu.eligibility);

    const chose = testBot().user({ locale: 'en-US' });
    await chose.press({ verb: 'language', language: 'en' });
    await chose.say('¿cuándo es la fecha límite?');
    await chose.say('¿cuánto dinero dan?');
    expect(await menuOf(chose)).toContain(messages('en').menu.eligibility);

    // Writing in the client's language again ends the run.
    const back = testBot().user({ locale: 'en-US' });
    await back.say('¿cuándo es la fecha límite?');
    await back.say('when is the deadline?');
    await back.say('¿cuánto dinero dan?');
    expect(await menuOf(back)).toContain(messages('en').menu.eligibility);
  });
});
