import { useTestBot, useTestBotWithClock } from '../support/test-bot';

/**
 * Issue 13: a turn writes only what changed. Saying "hi" again changes nothing about the person or
 * the conversation, so the only new record is the marker that stops Teams' resends.
 */
describe('a turn that changes nothing', () => {
  const bot = useTestBot();

  const versions = async () => {
    const records = await bot().assistant.store.list<unknown>('');
    return new Map(records.map((record) => [record.key, record.version]));
  };

  it('writes no record again, and the person record is still written when the client reports a new language', async () => {
    const user = bot().user();
    await user.say('hi');
    await user.say('hi');
    const before = await versions();
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
 * Issue 13: every wait for the database is a round trip on Postgres, and under load each one also
 * waits for the event loop to come round. An ordinary turn of someone known waits twice: once for
 * the resend marker and the conversation reference together, once for the turn state (the
 * conversation and the person, in one read).
 */
describe('the store work of an ordinary turn', () => {
  const { bot, clock } = useTestBotWithClock();

  it.each([
    ['in the middle of an hour', '2024-10-01T09:30:00Z', []],
    ["just after the hour turns (a resend may be in the last hour's records)", '2024-10-01T10:02:00Z', ['get seen']],
  ])('is three calls in two waits %s', async (_when, at, extra) => {
    clock.set(at);
    const user = bot().user();
    await user.say('hi');
    await user.say('how much funding can we get');
    const store = bot().assistant.store;
    const calls: string[] = [];
    let inFlight = 0;
    let waits = 0;
    const spies = (['get', 'getMany', 'put', 'delete', 'list', 'increment', 'transaction'] as const).map((method) => {
      const original = store[method].bind(store) as (...args: unknown[]) => Promise<unknown>;
      return jest.spyOn(store, method).mockImplementation(((...args: unknown[]) => {
        calls.push(method === 'getMany' ? `getMany ${(args[0] as string[]).map((key) => key.split('/')[0]).join('+')}` : `${method} ${String(args[0]).split('/')[0]}`);
        if (inFlight === 0) waits += 1;
        inFlight += 1;
        return original(...args).finally(() => (inFlight -= 1));
      }) as never);
    });
    try {
      expect((await user.say('how much funding can we get')).length).toBeGreaterThan(0);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    expect(calls.sort()).toEqual(['get conversations', ...extra, 'getMany bot+people', 'put seen'].sort());
    expect(waits).toBe(2);
  });
});
