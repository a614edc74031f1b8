import { People, personKey } from '../../src/people';
import { ReminderPreferences } from '../../src/reminders/preferences';
import { describeEachEngine, useStore } from '../storage/engines';

const NOW = new Date('2024-10-01T08:00:00Z');

describeEachEngine('ReminderPreferences', (target) => {
  const { store, ns } = useStore(target);
  const preferencesOver = () => new ReminderPreferences(store(), { sendHour: 9 }, new People(store(), { timeZone: 'Europe/Zurich' }));

  it('gives defaults, stores changes and refuses night hours', async () => {
    const preferences = preferencesOver();
    const user = ns('ana');
    expect(await preferences.get(user)).toEqual({
      userId: user,
      kinds: { 'idea-deadline': true, 'proposal-deadline': true, announcements: true, sessions: true },
      timeZone: 'Europe/Zurich',
      sendHour: 9,
      introSent: false,
    });
    await preferences.setKind(user, 'announcements', false, NOW);
    const changed = await preferences.update(user, { sendHour: 8 }, NOW);
    expect(changed).toMatchObject({ sendHour: 8, kinds: { announcements: false, sessions: true } });
    await expect(preferences.update(user, { sendHour: 2 }, NOW)).rejects.toThrow(/night/);
  });

  it('takes the zone from the person record: chosen first, then what Teams reported, then the default', async () => {
    const preferences = preferencesOver();
    const [chose, reported, silent] = [ns('chose'), ns('reported'), ns('silent')];
    await store().put(personKey(chose), { timeZone: 'Africa/Nairobi', reported: { timeZone: 'America/New_York' } });
    await store().put(personKey(reported), { reported: { timeZone: 'America/New_York' } });
    expect((await preferences.get(chose)).timeZone).toBe('Africa/Nairobi');
    expect((await preferences.get(reported)).timeZone).toBe('America/New_York');
    expect((await preferences.get(silent)).timeZone).toBe('Europe/Zurich');
    const resolve = await preferences.resolver();
    expect([chose, reported, silent].map((user) => resolve(user).timeZone)).toEqual(['Africa/Nairobi', 'America/New_York', 'Europe/Zurich']);
  });

  it('records the introduction once, even when asked twice at once', async () => {
    const preferences = preferencesOver();
    const user = ns('bo');
    const firsts = await Promise.all([preferences.markIntroSent(user, NOW), preferences.markIntroSent(user, NOW)]);
    expect(firsts.filter(Boolean)).toHaveLength(1);
    expect((await preferences.get(user)).introSent).toBe(true);
  });
});
