import { ConversationState, TestAdapter, TurnContext } from 'botbuilder';
import { BotStorage } from '../../src/storage/bot-storage';
import { describeEachEngine, useStore } from './engines';

/** botbuilder Storage over a Store: eTag rules and all-or-nothing batches, on both engines. */

describeEachEngine('BotStorage', (target) => {
  const { store, ns } = useStore(target);
  let storage: BotStorage;
  beforeEach(() => {
    storage = new BotStorage(store());
  });

  it('reads back what it wrote, with the version as eTag, stored under bot/ without the eTag', async () => {
    await storage.write({ [ns('conv')]: { topic: 'ideas', count: 1 } });
    expect(await storage.read([ns('conv'), ns('absent')])).toEqual({
      [ns('conv')]: { topic: 'ideas', count: 1, eTag: '1' },
    });
    expect(await store().get(`bot/${ns('conv')}`)).toEqual({
      key: `bot/${ns('conv')}`,
      value: { topic: 'ideas', count: 1 },
      version: 1,
    });
  });

  it('writes over the current eTag and rejects a stale one', async () => {
    await storage.write({ [ns('s')]: { n: 1 } });
    const first = (await storage.read([ns('s')]))[ns('s')];
    await storage.write({ [ns('s')]: { ...first, n: 2 } });
    await expect(storage.write({ [ns('s')]: { ...first, n: 3 } })).rejects.toThrow(
      `Storage: eTag conflict for key "${ns('s')}"`,
    );
    expect((await storage.read([ns('s')]))[ns('s')]).toEqual({ n: 2, eTag: '2' });
  });

  it("writes unconditionally when the eTag is '*' or missing", async () => {
    await storage.write({ [ns('w')]: { n: 1 } });
    await storage.write({ [ns('w')]: { n: 2 } });
    await storage.write({ [ns('w')]: { n: 3, eTag: '*' } });
    expect((await storage.read([ns('w')]))[ns('w')]).toEqual({ n: 3, eTag: '3' });
  });

  it('rejects an eTag for an item that no longer exists, or that is not one of ours', async () => {
    await expect(storage.write({ [ns('gone')]: { n: 1, eTag: '4' } })).rejects.toThrow(/eTag conflict/);
    await expect(storage.write({ [ns('odd')]: { n: 1, eTag: 'W/"abc"' } })).rejects.toThrow(/eTag conflict/);
    expect(await storage.read([ns('gone'), ns('odd')])).toEqual({});
  });

  it('applies a batch all or nothing', async () => {
    await storage.write({ [ns('conversation')]: { step: 1 }, [ns('user')]: { lang: 'en' } });
    const read = await storage.read([ns('conversation'), ns('user')]);
    // Another turn saved the user meanwhile: our batch carries a stale user eTag.
    await storage.write({ [ns('user')]: { ...read[ns('user')], lang: 'fr' } });
    await expect(
      storage.write({
        [ns('conversation')]: { ...read[ns('conversation')], step: 2 },
        [ns('new')]: { created: true },
        [ns('user')]: { ...read[ns('user')], lang: 'es' },
      }),
    ).rejects.toThrow(`Storage: eTag conflict for key "${ns('user')}"`);
    expect(await storage.read([ns('conversation'), ns('user'), ns('new')])).toEqual({
      [ns('conversation')]: { step: 1, eTag: '1' },
      [ns('user')]: { lang: 'fr', eTag: '2' },
    });
  });

  it('stores plain JSON: Dates become strings, undefined and functions vanish', async () => {
    const state = { at: new Date('2024-01-02T03:04:05.000Z'), gone: undefined, fn: () => 1, list: [{ a: 1 }] };
    await storage.write({ [ns('json')]: state });
    expect((await storage.read([ns('json')]))[ns('json')]).toEqual({
      at: '2024-01-02T03:04:05.000Z',
      list: [{ a: 1 }],
      eTag: '1',
    });
  });

  it('refuses items that are not objects', async () => {
    await expect(storage.write({ [ns('bad')]: 'text' })).rejects.toThrow(TypeError);
    await expect(storage.write({ [ns('bad')]: [1, 2] })).rejects.toThrow(TypeError);
  });

  it('deletes keys, ignoring absent ones', async () => {
    await storage.write({ [ns('d1')]: { a: 1 }, [ns('d2')]: { b: 2 } });
    await storage.delete([ns('d1'), ns('absent')]);
    expect(await storage.read([ns('d1'), ns('d2')])).toEqual({ [ns('d2')]: { b: 2, eTag: '1' } });
    await storage.delete([]);
    await storage.write({});
  });

  it('serves botbuilder ConversationState across turns', async () => {
    const conversationState = new ConversationState(storage);
    const counter = conversationState.createProperty<number>('count');
    const conversation = { id: ns('conversation-id') };
    const adapter = new TestAdapter(async (context: TurnContext) => {
      const count = (await counter.get(context, 0)) ?? 0;
      await counter.set(context, count + 1);
      await context.sendActivity(`count ${count + 1}`);
      await conversationState.saveChanges(context);
    });
    adapter.conversation.conversation = { ...adapter.conversation.conversation, ...conversation };
    await adapter.send('one').assertReply('count 1').send('two').assertReply('count 2').startTest();
    const items = await storage.read([`test/conversations/${conversation.id}/`]);
    expect(items[`test/conversations/${conversation.id}/`]).toEqual({ count: 2, eTag: '2' });
  });
});
