import { FixedClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import type { Store } from '../../src/storage/store';
import { IkmChannel, isIkmAdmin } from '../../src/tickets';
import { type EngineTarget, describeEachEngine, uniqueName } from '../storage/engines';
import { CHANNEL, PERSONAL } from '../conversations/fixtures';

const ADMIN = '11111111-2222-3333-4444-555555555555';
const AT = '2024-05-02T08:30:00.000Z';

describeEachEngine('IkmChannel', (target) => {
  let prefix = '';
  let store: Store;
  let clock: FixedClock;
  let channel: IkmChannel;

  const open = (t: EngineTarget) => t.open({ tablePrefix: prefix });

  beforeEach(async () => {
    prefix = `k${uniqueName()}_`;
    store = await open(target());
    clock = new FixedClock(AT);
    channel = new IkmChannel(store, clock);
  });

  afterEach(async () => {
    await store.close();
  });

  it('registers a channel, replaces it, and forgets it', async () => {
    expect(await channel.get()).toBeUndefined();
    const thread = { ...CHANNEL, conversationId: `${CHANNEL.conversationId};messageid=1714638600000` };
    const first = await channel.register(thread, ADMIN);
    expect(first).toEqual({ channel: { reference: CHANNEL, registeredBy: ADMIN, registeredAt: AT } });
    expect(await channel.get()).toEqual(first.channel);

    clock.advance(3_600_000);
    const other = { ...CHANNEL, conversationId: '19:other@thread.tacv2' };
    const second = await channel.register(other, ADMIN);
    expect(second.previous).toEqual(first.channel);
    expect((await channel.get())?.reference.conversationId).toBe('19:other@thread.tacv2');

    expect(await channel.unregister()).toBe(true);
    expect(await channel.get()).toBeUndefined();
    expect(await channel.unregister()).toBe(false);
  });

  it('refuses a personal chat and an empty admin id', async () => {
    await expect(channel.register(PERSONAL, ADMIN)).rejects.toThrow('not a personal chat');
    await expect(channel.register(CHANNEL, ' ')).rejects.toThrow('byAdminId');
    expect(await channel.get()).toBeUndefined();
  });

  it('validates what it reads, and survives a restart', async () => {
    await channel.register(CHANNEL, ADMIN);
    await store.close();
    store = await open(target());
    channel = new IkmChannel(store, clock);
    expect((await channel.get())?.reference).toEqual(CHANNEL);

    await store.put('ikm/channel', { reference: { conversationId: 'x' }, registeredBy: ADMIN, registeredAt: AT });
    await expect(channel.get()).rejects.toThrow('Stored record "ikm/channel" is not valid');
  });
});

describe('isIkmAdmin', () => {
  const config = loadConfig({ IKM_ADMIN_IDS: `${ADMIN.toUpperCase()}, 0b6b3f52-7a0f-4c55-9a53-1e2d7c8e9f10` });

  it('knows the configured administrators, whatever the case', () => {
    expect(isIkmAdmin(config, ADMIN)).toBe(true);
    expect(isIkmAdmin(config, ` ${ADMIN.toUpperCase()} `)).toBe(true);
    expect(isIkmAdmin(config, '0B6B3F52-7A0F-4C55-9A53-1E2D7C8E9F10')).toBe(true);
  });

  it('refuses everyone else, and people without an Entra id', () => {
    expect(isIkmAdmin(config, '99999999-2222-3333-4444-555555555555')).toBe(false);
    expect(isIkmAdmin(config, undefined)).toBe(false);
    expect(isIkmAdmin(config, '')).toBe(false);
    expect(isIkmAdmin(loadConfig({}), ADMIN)).toBe(false);
  });
});
