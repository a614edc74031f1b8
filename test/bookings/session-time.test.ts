import { formatUtcOffset, localParts, sessionEnd, utcOffsetMinutes, zoneLabel } from '../../src/bookings';
import { makeSession } from './booking-fixtures';

describe('session times in each user’s zone', () => {
  it('refuses a zone the runtime does not know', () => {
    expect(() => localParts('2025-03-10T14:00:00Z', 'Mars/Olympus')).toThrow(/unknown time zone/);
  });

  it('shows the same session at each user’s own local time (UTC−5 and UTC+3)', () => {
    const session = makeSession({ id: 'w', start: '2025-02-20T14:00:00Z' });
    expect(localParts(session.start, 'America/New_York')).toEqual({
      year: 2025,
      month: 2,
      day: 20,
      hour: 9,
      minute: 0,
      weekday: 4,
      date: '2025-02-20',
      time: '09:00',
      utcOffsetMinutes: -300,
    });
    expect(localParts(session.start, 'Africa/Nairobi')).toMatchObject({ date: '2025-02-20', time: '17:00', utcOffsetMinutes: 180 });
    expect(localParts(session.start, 'Europe/Istanbul')).toMatchObject({ time: '17:00', utcOffsetMinutes: 180 });
    expect(zoneLabel('America/New_York', session.start)).toBe('UTC\u221205:00');
    expect(zoneLabel('Africa/Nairobi', session.start)).toBe('UTC+03:00');
    expect(zoneLabel('America/New_York', session.start, 'abbreviation')).toBe('EST');
    // Nairobi has no letters in en-US ("GMT+3"): the offset label stands in.
    expect(zoneLabel('Africa/Nairobi', session.start, 'abbreviation')).toBe('UTC+03:00');
    expect(zoneLabel('UTC', session.start, 'abbreviation')).toBe('UTC');
  });

  it('gives the right local hour on both sides of the US change to summer time (Sunday 9 March 2025)', () => {
    // 14:00 UTC every day of that week is 09:00 in New York before the change and 10:00 after it.
    expect(localParts('2025-03-08T14:00:00Z', 'America/New_York')).toMatchObject({ time: '09:00', weekday: 6, utcOffsetMinutes: -300 });
    expect(localParts('2025-03-10T14:00:00Z', 'America/New_York')).toMatchObject({ time: '10:00', weekday: 1, utcOffsetMinutes: -240 });
    expect(zoneLabel('America/New_York', '2025-03-10T14:00:00Z', 'abbreviation')).toBe('EDT');
    // Geneva has not changed yet (30 March): a session at 15:00 Geneva time is 10:00 in New York
    // that week, 09:00 the week before.
    expect(localParts('2025-03-10T14:00:00Z', 'Europe/Zurich')).toMatchObject({ time: '15:00', utcOffsetMinutes: 60 });
    // Istanbul and Nairobi have no summer time: 17:00 on both sides.
    expect(localParts('2025-03-08T14:00:00Z', 'Europe/Istanbul').time).toBe('17:00');
    expect(localParts('2025-03-10T14:00:00Z', 'Europe/Istanbul').time).toBe('17:00');
  });

  it('shows a session running across the change with its true local end (01:00 EST to 04:00 EDT)', () => {
    const session = makeSession({ id: 'night', start: '2025-03-09T06:00:00Z', durationMinutes: 120 });
    expect(localParts(session.start, 'America/New_York')).toMatchObject({ date: '2025-03-09', time: '01:00' });
    expect(localParts(sessionEnd(session), 'America/New_York')).toMatchObject({ date: '2025-03-09', time: '04:00' });
  });

  it('handles half-hour offsets and dates that differ from UTC', () => {
    expect(localParts('2025-03-10T20:00:00Z', 'Asia/Kolkata')).toMatchObject({ date: '2025-03-11', time: '01:30', utcOffsetMinutes: 330 });
    expect(zoneLabel('Asia/Kolkata', '2025-03-10T20:00:00Z')).toBe('UTC+05:30');
    expect(utcOffsetMinutes('America/St_Johns', new Date('2025-01-15T12:00:00Z'))).toBe(-210);
    expect(formatUtcOffset(0)).toBe('UTC+00:00');
    expect(formatUtcOffset(-210)).toBe('UTC\u221203:30');
  });
});
