import { ReminderPreferences } from '../../src/reminders/preferences';
import { describeEachEngine, useStore } from '../storage/engines';

const NOW = new Date('2024-10-01T08:00:00Z');

describeEachEngine('ReminderPreferences', (target) => {
  const { store, ns } = useStore(target);

  it('gives defaults, stores changes, refuses night hours and unknown zones', async () => {
    const preferences = new ReminderPreferences(store(), { timeZone: 'Europe/Zurich', sendHour: 9 });
    const user = ns('ana');
    expect(await preferences.get(user)).toEqual({
      userId: user,
      kinds: { 'idea-deadline': true, 'proposal-deadline': true, announcements: true, sessions: true },
      timeZone: 'Europe/Zurich',
      sendHour: 9,
      introSent: false,
    });
    await preferences.setKind(user, 'announcements', false, NOW);
    const changed = await preferences.update(user, { timeZone: 'Africa/Nairobi', sendHour: 8 }, NOW);
    expect(changed).toMatchObject({ timeZone: 'Africa/Nairobi', sendHour: 8, kinds: { announcements: false, sessions: true } });
    await expect(preferences.update(user, { sendHour: 2 }, NOW)).rejects.toThrow(/night/);
    await expect(preferences.update(user, { timeZone: 'Mars/Olympus' }, NOW)).rejects.toThrow(/IANA/);
    expect((await preferences.all()).get(user)?.timeZone).toBe('Africa/Nairobi');
  });

  it('records the introduction once, even when asked twice at once', async () => {
    const preferences = new ReminderPreferences(store(), { timeZone: 'UTC' });
    const user = ns('bo');
    const firsts = await Promise.all([preferences.markIntroSent(user, NOW), preferences.markIntroSent(user, NOW)]);
    expect(firsts.filter(Boolean)).toHaveLength(1);
    expect((await preferences.get(user)).introSent).toBe(true);
  });
});
