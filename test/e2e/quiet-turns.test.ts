import { FixedClock } from '../../src/clock';
import { crashEngines } from '../support/crash-engines';
import { DURING_2024_IDEA_WINDOW, useTestBot, useTestBotWithClock } from '../support/test-bot';

/**
 * Issue 13: a turn writes only what changed. Saying "hi" again changes nothing about the person or
 * the conversation, so the only new record is the marker that stops Teams' resends. On both
 * engines, and with time passing between the messages: Postgres hands JSON objects back with their
 * keys in its own order, and a record compared as text would read as changed on every turn.
 */
describe.each(crashEngines('quiet', process.env.TEST_POSTGRES_URL?.trim() || undefined))('a turn that changes nothing ($name)', (engine) => {
  beforeAll(() => engine.setUp(), 30_000);
  const clock = new FixedClock(DURING_2024_IDEA_WINDOW);
  // SQLite: the test bot's own file in its temp folder (the engine's folder exists only after setUp).
  const bot = useTestBot({ clock, storageUrl: engine.name === 'Postgres' ? engine.storageUrl() : undefined });
  // After the bot's own afterAll has stopped it.
  afterAll(() => engine.tearDown());

  const versions = async () => {
    const records = await bot().assistant.store.list<unknown>('');
    return new Map(records.map((record) => [record.key, record.version]));
  };

  it('writes no record again, and the person record is still written when the client reports a new language', async () => {
    const user = bot().user();
    await user.say('hi');
    clock.advance(60_000);
    await user.say('hi');
    const before = await versions();
    clock.advance(60_000);
    await user.say('hi');
    const after = await versions();
    const changed = [...after].filter(([key, version]) => before.get(key) !== version).map(([key]) => key);
    expect(changed).toEqual([expect.stringMatching(/^seen\//)]);

    user.locale = 'fr-FR';
    await user.say('bonjour');
    const person = [...(await bot().assistant.store.list<{ reported?: { locale?: string } }>('people/'))];
    expect(person.map((record) => record.value.reported?.locale)).toEqual(['fr-FR']);
  });
});

/**
 * Issue 13: every call to the database is a query on Postgres (and a round trip), and under load
 * each wait also waits for the event loop to come round. An ordinary turn of someone known makes
 * one call: the claim of its activity against Teams' resends, with the turn state (the
 * conversation, the person, the personal chat's reference and the person's idea draft, which the
 * menu looks at to offer "My proposal") read in the same round trip.
 */
describe('the store work of an ordinary turn', () => {
  const { bot, clock } = useTestBotWithClock();

  it.each([
    ['an answer, in the middle of an hour', 'how much funding can we get', '2024-10-01T09:30:00Z', ''],
    ['the menu, in the middle of an hour', 'hi', '2024-10-01T09:30:00Z', ''],
    ["an answer, just after the hour turns (a resend may be in the last hour's records)", 'how much funding can we get', '2024-10-01T10:02:00Z', '+seen'],
  ])('claims the activity and reads the turn state in one call: %s', async (_when, text, at, earlierHour) => {
    clock.set(at);
    const user = bot().user();
    await user.say('hi');
    await user.say('how much funding can we get');
    const store = bot().assistant.store;
    const calls: string[] = [];
    let inFlight = 0;
    let waits = 0;
    const methods = ['get', 'getMany', 'put', 'insertMarker', 'insertMarkerAndGetMany', 'delete', 'list', 'increment', 'transaction'] as const;
    const prefixes = (keys: string[]) => keys.map((key) => key.split('/')[0]).join('+');
    const spies = methods.map((method) => {
      const original = store[method].bind(store) as (...args: unknown[]) => Promise<unknown>;
      return jest.spyOn(store, method).mockImplementation(((...args: unknown[]) => {
        if (method === 'getMany') calls.push(`getMany ${prefixes(args[0] as string[])}`);
        else if (method === 'insertMarkerAndGetMany') calls.push(`insertMarker ${prefixes([(args[0] as { key: string }).key])} and getMany ${prefixes(args[1] as string[])}`);
        else calls.push(`${method} ${String(args[0]).split('/')[0]}`);
        if (inFlight === 0) waits += 1;
        inFlight += 1;
        return original(...args).finally(() => (inFlight -= 1));
      }) as never);
    });
    try {
      expect((await user.say(text)).length).toBeGreaterThan(0);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    expect(calls).toEqual([`insertMarker seen and getMany bot+people+conversations+ideas+tickets-waiting${earlierHour}`]);
    expect(waits).toBe(1);
  });

  it('saves a new question (kept for "Ask IKM") in one statement, not a transaction', async () => {
    clock.set('2024-10-01T09:30:00Z');
    const user = bot().user();
    await user.say('hi');
    const store = bot().assistant.store;
    const calls: string[] = [];
    const spies = (['put', 'transaction'] as const).map((method) => {
      const original = store[method].bind(store) as (...args: unknown[]) => Promise<unknown>;
      return jest.spyOn(store, method).mockImplementation(((...args: unknown[]) => {
        calls.push(`${method} ${String(args[0]).split('/')[0]}`);
        return original(...args);
      }) as never);
    });
    try {
      expect((await user.say('how long can a project last')).length).toBeGreaterThan(0);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    expect(calls).toEqual(['put bot']);
  });

  it('answers a copy Teams re-sends once, whether it comes after the first or with it, and saves nothing for it', async () => {
    clock.set('2024-10-01T09:30:00Z');
    const user = bot().user();
    await user.say('hi');
    const records = async () => (await bot().assistant.store.list<unknown>('')).map((record) => `${record.key}@${record.version}`);
    // `send` keeps the fields it is given, the activity's id among them: a copy as Teams resends it.
    const post = async (activity: Record<string, unknown>) => (await user.send(activity)).status;

    const question = user.activity({ type: 'message', text: 'how much funding can we get' });
    expect(await post(question)).toBe(200);
    const before = await records();
    expect(await post(question)).toBe(200);
    expect(bot().connector.repliesTo(question.id as string)).toHaveLength(1);
    expect(await records()).toEqual(before);

    // A double click's copies at once: the second waits for the first, then finds it claimed.
    const check = user.activity({ type: 'message', text: 'check eligibility' });
    expect(await Promise.all([post(check), post(check)])).toEqual([200, 200]);
    expect(bot().connector.repliesTo(check.id as string)).toHaveLength(1);

    // A copy whose envelope differs (a new service address would be worth keeping in a turn that
    // runs) still saves nothing.
    const before2 = await records();
    expect(await post({ ...question, serviceUrl: 'http://127.0.0.1:9/elsewhere/' })).toBe(200);
    expect(await records()).toEqual(before2);
  });

  it('answers a copy of an invoke with 200, once, and a copy just after the hour turns as a copy', async () => {
    clock.set('2024-10-01T09:30:00Z');
    const user = bot().user();
    // The invoke's answer is in the HTTP body, which `send` does not return.
    const post = (activity: Record<string, unknown>) =>
      fetch(`${bot().url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const invoke = user.activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'x' } } });
    const first = await post(invoke);
    expect(first.status).toBe(200);
    expect(((await first.json()) as { value?: unknown }).value).toEqual(expect.any(String));
    const again = await post(invoke);
    expect(again.status).toBe(200);
    expect(await again.text()).toBe('');

    clock.set('2024-10-01T09:59:59Z');
    const late = user.activity({ type: 'message', text: 'how much funding can we get' });
    expect((await user.send(late)).status).toBe(200);
    clock.set('2024-10-01T10:00:04Z');
    expect((await user.send(late)).status).toBe(200);
    expect(bot().connector.repliesTo(late.id as string)).toHaveLength(1);
  });
});

/**
 * The personal chat's reference (how IKM's answers and reminders reach someone) is saved with the
 * turn's state: on the first turn, again only when Teams reports something new, never for a team
 * channel, and forgotten when the app is removed.
 */
describe("the personal chat's reference", () => {
  const bot = useTestBot();
  const referenceOf = async (userId: string) => bot().assistant.store.get<{ conversationId: string; locale?: string; userId: string }>(`conversations/users/${userId}`);

  it('is kept from the first message, rewritten only when it changes, and forgotten on uninstall', async () => {
    const user = bot().user();
    await user.say('hi');
    const first = await referenceOf(user.aadObjectId);
    expect(first?.value).toMatchObject({ conversationId: user.conversationId, userId: user.userId, locale: 'en-US' });
    await user.say('how much funding can we get');
    expect((await referenceOf(user.aadObjectId))?.version).toBe(first?.version);

    user.locale = 'fr-FR';
    await user.say('bonjour');
    const moved = await referenceOf(user.aadObjectId);
    expect(moved?.value.locale).toBe('fr-FR');
    expect(moved?.version).toBe(first!.version + 1);

    expect((await user.send({ type: 'installationUpdate', action: 'remove' })).status).toBe(200);
    expect(await referenceOf(user.aadObjectId)).toBeUndefined();
  });

  it('is forgotten when the bot is removed from the chat, and that event does not bring it back', async () => {
    const user = bot().user();
    await user.say('hi');
    expect(await referenceOf(user.aadObjectId)).toBeDefined();
    expect((await user.send({ type: 'conversationUpdate', membersRemoved: [{ id: '28:bot' }] })).status).toBe(200);
    expect(await referenceOf(user.aadObjectId)).toBeUndefined();
  });

  it('is kept on install, before any message', async () => {
    const user = bot().user();
    await user.install();
    expect((await referenceOf(user.aadObjectId))?.value.conversationId).toBe(user.conversationId);
  });

  it('is not kept for a team channel', async () => {
    const user = bot().user();
    const { status } = await user.send({
      type: 'message',
      text: 'how much funding can we get',
      conversation: { id: '19:channel@thread.tacv2;messageid=1', conversationType: 'channel', tenantId: '11111111-2222-3333-4444-555555555555' },
    });
    expect(status).toBe(200);
    expect(await referenceOf(user.aadObjectId)).toBeUndefined();
    expect(await bot().assistant.store.list('conversations/channels/')).toEqual([]);
  });
});
