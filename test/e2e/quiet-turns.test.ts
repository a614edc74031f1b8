import { useTestBot } from '../support/test-bot';

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
