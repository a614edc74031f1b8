import { nextSendTime } from '../../src/reminders/schedule';

describe("a late reminder waits for the person's send hour", () => {
  it.each([
    ['2024-10-18T07:00:00Z', 'America/New_York', 9, '2024-10-18T13:00:00.000Z'], // 03:00 there -> 09:00
    ['2024-10-18T11:30:00Z', 'America/New_York', 9, '2024-10-18T13:00:00.000Z'], // 07:30: not before their hour
    ['2024-10-18T13:00:00Z', 'America/New_York', 9, '2024-10-18T13:00:00.000Z'], // 09:00: now
    ['2024-10-18T16:00:00Z', 'America/New_York', 14, '2024-10-18T18:00:00.000Z'], // 12:00, their hour is 14:00
    ['2024-10-18T19:30:00Z', 'Africa/Nairobi', 9, '2024-10-19T06:00:00.000Z'], // 22:30 -> 09:00 next day
    ['2024-10-18T17:30:00Z', 'Africa/Nairobi', 20, '2024-10-18T17:30:00.000Z'], // 20:30 with 20:00 chosen: now
    ['2024-03-31T00:30:00Z', 'Europe/Zurich', 9, '2024-03-31T07:00:00.000Z'], // the night clocks go forward
  ])('at %s in %s (hour %s): %s', (now, timeZone, sendHour, expected) => {
    expect(nextSendTime(new Date(now), { timeZone, sendHour }).toISOString()).toBe(expected);
  });
});
