import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { BookingService, loadCatalogueFile, SessionCatalogue } from '../../src/bookings';
import { placesPrefix, seatsPrefix } from '../../src/bookings/records';
import { systemClock } from '../../src/clock';
import { openStore } from '../../src/storage/open-store';
import { BotProcess, freePort } from '../support/bot-process';
import { crashEngines } from '../support/crash-engines';
import { FakeConnector } from '../support/fake-connector';
import { messages } from '../../src/i18n';
import { allText, TeamsUser } from '../support/teams-user';

/**
 * Issue 13: the REAL bot process is SIGKILLed in the middle of a burst of bookings and started
 * again on the same database. Every seat or waitlist place a user was told about is still there,
 * no team holds two, and pressing Book again (a user retrying, or Teams resending) completes the
 * half-done ones without a second seat.
 */

const POSTGRES_URL = process.env.TEST_POSTGRES_URL?.trim() || undefined;
if (!POSTGRES_URL) console.warn('Booking crash test on Postgres skipped: set TEST_POSTGRES_URL');
const SESSIONS_FILE = path.join(__dirname, 'fixtures', 'sessions-burst.yaml');
const SESSIONS = ['burst-a', 'burst-b', 'burst-c'];
const CAPACITY = 40;
const TEAMS = 240;
const IN_FLIGHT = 40;
/** The process is killed once this many bookings were answered. */
const KILL_AFTER = 100;
/** What a turn says when the store is past its deadline (see below: a burst beyond what one process serves in time). */
const UNAVAILABLE = messages('en').errors.storageUnavailable;

type Told = 'seat' | 'waitlist';

/** What the user read in the answer to Book. */
function toldOf(text: string): Told | undefined {
  if (text.includes('Your seat is booked')) return 'seat';
  if (text.includes('on its waitlist')) return 'waitlist';
  return undefined;
}

const engines = crashEngines('bookcrash', POSTGRES_URL);

describe.each(engines.map((engine) => [engine.name, engine] as const))('SIGKILL in the middle of a booking burst (%s)', (_name, engine) => {
  const connector = new FakeConnector();
  const processes: BotProcess[] = [];
  let serviceUrl = '';

  const startBot = async () => {
    const port = await freePort();
    const bot = new BotProcess({ PORT: String(port), STORAGE_URL: engine.storageUrl(), SESSIONS_FILE, LOG_LEVEL: 'warn', REMINDERS_ENABLED: 'false' });
    processes.push(bot);
    const url = `http://127.0.0.1:${port}`;
    await bot.ready(url);
    return { bot, url };
  };

  /** The seats and places as stored, and the bookings as the service reads them. */
  const readBookings = async () => {
    const store = await openStore(engine.storageUrl());
    try {
      const file = loadCatalogueFile(SESSIONS_FILE, { now: systemClock.now() });
      const catalogue = new SessionCatalogue(store, file.sessions, systemClock, { topics: file.topics });
      const bookings = new BookingService(store, catalogue, systemClock, { shortlisted: () => [], clinicsPerTopicPerTeam: 1 });
      const result = new Map<string, { seatTeams: string[]; placeTeams: string[]; confirmed: string[]; waitlisted: string[] }>();
      for (const sessionId of SESSIONS) {
        const seats = await store.list<{ teamId: string }>(seatsPrefix(sessionId));
        const places = await store.list<{ teamId: string }>(placesPrefix(sessionId));
        const list = await bookings.attendees(sessionId);
        if (!list.ok) throw new Error(`${sessionId} not found`);
        result.set(sessionId, {
          seatTeams: seats.map((record) => record.value.teamId),
          placeTeams: places.map((record) => record.value.teamId),
          confirmed: list.confirmed.map((attendee) => attendee.teamId),
          waitlisted: list.waitlisted.map((attendee) => attendee.teamId),
        });
      }
      return result;
    } finally {
      await store.close();
    }
  };

  /** No team holds two seat or place records in one session, and no session more seats than its capacity. */
  const expectNoneTwice = (bookings: Awaited<ReturnType<typeof readBookings>>) => {
    for (const [sessionId, held] of bookings) {
      const holders = [...held.seatTeams, ...held.placeTeams];
      expect({ sessionId, twice: holders.filter((team, index) => holders.indexOf(team) !== index) }).toEqual({ sessionId, twice: [] });
      expect(held.seatTeams.length).toBeLessThanOrEqual(CAPACITY);
    }
  };

  beforeAll(async () => {
    await engine.setUp();
    serviceUrl = await connector.start();
  }, 30_000);

  afterAll(async () => {
    processes.forEach((bot) => bot.kill());
    await Promise.all(processes.map((bot) => bot.exited));
    await connector.stop();
    await engine.tearDown();
  });

  it('keeps every acknowledged seat and place, none twice; pressing Book again takes no second seat', async () => {
    const { bot: first, url: firstUrl } = await startBot();
    let botUrl = firstUrl;
    const users = Array.from({ length: TEAMS }, () => new TeamsUser({ botUrl: () => botUrl, serviceUrl, connector }));
    const sessionOf = (index: number) => SESSIONS[index % SESSIONS.length];
    const told = new Map<number, Told>();
    let answered = 0;
    let killed = false;
    /**
     * The activities answered "try again" (the store past its deadline), in every burst, and those
     * whose connection died with the process (their turn may have failed just before).
     */
    const shedActivities = new Set<string>();
    const cutActivities = new Set<string>();
    let next = 0;

    /** Presses Book as activity `id`; what the bot answered. */
    const pressBook = async (index: number, id = `act-${randomUUID()}`) => {
      const { status, replies } = await users[index].send({ id, type: 'message', value: { verb: 'session.book', sessionId: sessionOf(index) } });
      const text = allText(replies);
      if (text === UNAVAILABLE) shedActivities.add(id);
      return { status, text };
    };

    const burst = async () => {
      while (next < TEAMS) {
        const index = next++;
        const beforeKill = !killed;
        const id = `act-${randomUUID()}`;
        try {
          const { status, text } = await pressBook(index, id);
          const outcome = status === 200 ? toldOf(text) : undefined;
          if (outcome && !killed) told.set(index, outcome);
        } catch {
          // The connection died with the process: this user was told nothing.
          if (beforeKill) cutActivities.add(id);
        }
        answered += 1;
        if (answered === KILL_AFTER && !killed) {
          killed = true;
          first.signal('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, burst));
    expect(await first.exited).toBeNull();
    const acknowledged = told.size;
    expect(acknowledged).toBeGreaterThanOrEqual(KILL_AFTER - IN_FLIGHT);
    expect(acknowledged).toBeLessThan(TEAMS);

    // Restarted on the same database: nothing anyone was told is missing, and no one holds two.
    const { bot: second, url: secondUrl } = await startBot();
    botUrl = secondUrl;
    const afterRestart = await readBookings();
    expectNoneTwice(afterRestart);
    const missing = [...told].filter(([index, outcome]) => {
      const held = afterRestart.get(sessionOf(index))!;
      return !(outcome === 'seat' ? held.confirmed : held.waitlisted).includes(users[index].aadObjectId);
    });
    expect(missing).toEqual([]);

    // Everyone presses Book again: those told keep what they were told; the others get a seat or a
    // place, or, when the killed process left their claim half-made, "still working" (the claim is
    // abandoned after the booking service's pending timeout and repaired then).
    const again = await Promise.all(users.map((_user, index) => pressBook(index)));
    // All 240 at once on one fresh process is more than its 10 connections serve within the storage
    // deadline on a busy machine (CI runs other suites beside this one): those past it are told,
    // politely, that nothing was saved and to try again. They do, in smaller groups, and are then
    // answered like everyone else: shed, never lost.
    const shed = (answer: { text: string }) => answer.text === UNAVAILABLE;
    const firstShed = again.filter(shed).length;
    for (let round = 0; round < 3 && again.some(shed); round += 1) {
      const retry = again.flatMap((answer, index) => (shed(answer) ? [index] : []));
      for (let start = 0; start < retry.length; start += 20) {
        const group = retry.slice(start, start + 20);
        const answers = await Promise.all(group.map((index) => pressBook(index)));
        group.forEach((index, position) => (again[index] = answers[position]));
      }
    }
    expect(again.filter((answer) => answer.status !== 200)).toEqual([]);
    const changedTheirMind = [...told].filter(([index, outcome]) => {
      const text = again[index].text;
      return outcome === 'seat' ? !/already have this seat|Your seat is booked/.test(text) : /Your seat is booked/.test(text);
    });
    expect(changedTheirMind).toEqual([]);
    const stillWorking = again.filter((answer) => answer.text.includes('still working on your previous request')).length;
    const unexpected = again.filter((answer) => !/Your seat is booked|already have this seat|waitlist|still working/.test(answer.text));
    expect(unexpected).toEqual([]);

    const final = await readBookings();
    expectNoneTwice(final);
    for (const sessionId of SESSIONS) {
      const held = final.get(sessionId)!;
      const teams = new Set(users.filter((_user, index) => sessionOf(index) === sessionId).map((user) => user.aadObjectId));
      expect([...held.confirmed, ...held.waitlisted].filter((team) => !teams.has(team))).toEqual([]);
      expect(held.confirmed.length).toBeLessThanOrEqual(CAPACITY);
    }
    const placedTeams = new Set([...final.values()].flatMap((held) => [...held.confirmed, ...held.waitlisted]));
    const placed = placedTeams.size;
    const neither = users.filter((user, index) => !placedTeams.has(user.aadObjectId) && !again[index].text.includes('still working'));
    expect(neither).toEqual([]);
    console.log(
      `bookings crash test (${engine.name}): ${JSON.stringify({ teams: TEAMS, answeredBeforeKill: KILL_AFTER, acknowledgedBeforeKill: acknowledged, placedAfterRetry: placed, stillWorkingAfterRetry: stillWorking, shedThenRetried: firstShed })}`,
    );
    second.signal('SIGTERM');
    expect(await second.exited).toBe(0);
    // No turn failed but those whose sender was told, and only told, to try again (or whose
    // connection died with the process), each logged as the store being unavailable.
    const failed = processes.flatMap((bot) => bot.logs().filter((entry) => Number(entry.level) >= 50));
    const shedTurn = (entry: Record<string, unknown>) => (entry.error as { name?: string } | undefined)?.name === 'StorageUnavailableError';
    expect(failed.filter((entry) => !shedTurn(entry))).toEqual([]);
    const untold = failed.filter(shedTurn).filter((entry) => !shedActivities.has(String(entry.activityId)) && !cutActivities.has(String(entry.activityId)));
    expect(untold).toEqual([]);
  }, 120_000);
});
