import {
  ConversationReferences,
  type StoredConversationReference,
  channelConversationKey,
  userConversationKey,
} from '../../src/conversations';
import type { Store } from '../../src/storage/store';
import { type EngineTarget, describeEachEngine, uniqueName } from '../storage/engines';
import { CHANNEL, PERSONAL } from './fixtures';

/** Conversation references on every engine; each test gets its own tables. */

const OWNER = PERSONAL.aadObjectId as string;

function personal(n: number): StoredConversationReference {
  return { ...PERSONAL, userId: `29:user-${n}`, aadObjectId: `0000000${n}-d9cb-469f-a165-70867728950e`, conversationId: `a:chat-${n}` };
}

describeEachEngine('ConversationReferences', (target) => {
  let prefix = '';
  let store: Store;
  let references: ConversationReferences;

  const open = (t: EngineTarget) => t.open({ tablePrefix: prefix });

  beforeEach(async () => {
    prefix = `c${uniqueName()}_`;
    store = await open(target());
    references = new ConversationReferences(store);
  });

  afterEach(async () => {
    await store.close();
  });

  it('saves a personal chat under its owner, gets it back and removes it', async () => {
    expect(await references.get(OWNER)).toBeUndefined();
    const saved = await references.save(PERSONAL);
    expect(saved).toEqual({ key: `conversations/users/${OWNER}`, reference: PERSONAL, changed: true });
    expect(saved.key).toBe(userConversationKey(OWNER));
    expect(await references.get(OWNER)).toEqual(PERSONAL);
    expect(await references.getByKey(saved.key)).toEqual(PERSONAL);

    expect(await references.remove(OWNER)).toBe(true);
    expect(await references.get(OWNER)).toBeUndefined();
    expect(await references.remove(OWNER)).toBe(false);
  });

  it('files a user without an Entra id under the Teams id', async () => {
    const { aadObjectId: _dropped, ...teamsOnly } = PERSONAL;
    const saved = await references.save(teamsOnly);
    expect(saved.key).toBe(`conversations/users/${encodeURIComponent('29:1AbCdEf-user')}`);
    expect(await references.get('29:1AbCdEf-user')).toEqual(teamsOnly);
  });

  it('writes only when something changed, so it can run on every turn', async () => {
    await references.save(PERSONAL);
    const first = await store.get(userConversationKey(OWNER));
    expect((await references.save({ ...PERSONAL })).changed).toBe(false);
    expect((await store.get(userConversationKey(OWNER)))?.version).toBe(first?.version);

    const moved = { ...PERSONAL, serviceUrl: 'https://smba.trafficmanager.net/amer/' };
    expect((await references.save(moved)).changed).toBe(true);
    expect(await references.get(OWNER)).toEqual(moved);
  });

  it('saves again after the reference was removed, and hands out copies a caller cannot spoil', async () => {
    const saved = await references.save(PERSONAL);
    saved.reference.serviceUrl = 'https://spoiled.example/';
    expect(await references.remove(OWNER)).toBe(true);
    const again = await references.save({ ...PERSONAL });
    expect(again.changed).toBe(true);
    expect(await references.get(OWNER)).toEqual(PERSONAL);
  });

  it('stores nothing personal beyond what sending needs', async () => {
    const withExtras = {
      ...PERSONAL,
      userName: 'Amina Okello',
      email: 'aokello@iom.int',
      conversationName: 'Chat with Amina',
      text: 'my question',
    } as StoredConversationReference;
    await references.save(withExtras);
    const raw = await store.get<Record<string, unknown>>(userConversationKey(OWNER));
    expect(Object.keys(raw?.value ?? {}).sort()).toEqual(
      ['aadObjectId', 'botId', 'botName', 'channelId', 'conversationId', 'conversationType', 'locale', 'serviceUrl', 'tenantId', 'userId'],
    );
    expect(JSON.stringify(raw?.value)).not.toMatch(/Amina|aokello|question/);
  });

  it('files a channel under the channel itself and keeps no user for it', async () => {
    const saved = await references.save({
      ...CHANNEL,
      conversationId: '19:ikm-channel@thread.tacv2;messageid=1714638600000',
      userId: '29:1Admin-user',
      aadObjectId: '11111111-2222-3333-4444-555555555555',
    });
    expect(saved.key).toBe(channelConversationKey('19:ikm-channel@thread.tacv2'));
    expect(saved.key).toBe(`conversations/channels/${encodeURIComponent('19:ikm-channel@thread.tacv2')}`);
    expect(await references.getByKey(saved.key)).toEqual(CHANNEL);
  });

  it('refuses a reference it could not send to, and keys of other records', async () => {
    await expect(references.save({ ...PERSONAL, serviceUrl: 'not a url' })).rejects.toThrow(/serviceUrl/);
    const { userId: _u, aadObjectId: _a, ...nobody } = PERSONAL;
    await expect(references.save(nobody)).rejects.toThrow(/userId/);
    await expect(references.getByKey('tickets/Q-0001')).rejects.toThrow(TypeError);
    await expect(references.removeByKey('ikm/channel')).rejects.toThrow(TypeError);
  });

  it('validates what it reads', async () => {
    await store.put(userConversationKey(OWNER), { ...PERSONAL, serviceUrl: 42 });
    await expect(references.get(OWNER)).rejects.toThrow(`Stored record "conversations/users/${OWNER}" is not valid`);
  });

  it('lists every reference page by page, or one kind only', async () => {
    for (let n = 1; n <= 5; n += 1) await references.save(personal(n));
    await references.save(CHANNEL);

    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await references.all({ after, limit: 2 });
      seen.push(...page.entries.map((entry) => entry.key));
      after = page.next;
      pages += 1;
    } while (after !== undefined);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(pages).toBe(4);

    const users = await references.all({ scope: 'users' });
    expect(users.entries.map((entry) => entry.reference.userId).sort()).toEqual(
      ['29:user-1', '29:user-2', '29:user-3', '29:user-4', '29:user-5'],
    );
    expect(users.next).toBeUndefined();
    const channels: string[] = [];
    for await (const entry of references.each('channels', 1)) channels.push(entry.reference.conversationId);
    expect(channels).toEqual([CHANNEL.conversationId]);
  });

  it('survives a restart', async () => {
    await references.save(PERSONAL);
    await store.close();
    store = await open(target());
    references = new ConversationReferences(store);
    expect(await references.get(OWNER)).toEqual(PERSONAL);
  });
});
