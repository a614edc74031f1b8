import { nextWakingTime } from '../../src/reminders/schedule';

describe('late reminders wait for the person\'s waking hours', () => {
  it.each([
    ['2024-10-18T07:00:00Z', 'America/New_York', '2024-10-18T11:00:00.000Z'], // 03:00 there -> 07:00
    ['2024-10-18T13:00:00Z', 'America/New_York', '2024-10-18T13:00:00.000Z'], // 09:00: now
    ['2024-10-18T19:30:00Z', 'Africa/Nairobi', '2024-10-19T04:00:00.000Z'], // 22:30 -> 07:00 next day
    ['2024-03-31T00:30:00Z', 'Europe/Zurich', '2024-03-31T05:00:00.000Z'], // the night clocks go forward
  ])('at %s in %s: %s', (now, zone, expected) => {
    expect(nextWakingTime(new Date(now), zone).toISOString()).toBe(expected);
  });
});
