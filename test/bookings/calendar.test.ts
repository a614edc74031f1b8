import { calendarInvite, calendarSequence, sessionUid } from '../../src/bookings';
import { makeSession } from './booking-fixtures';

/** Unfolds iCalendar lines (a CRLF followed by a space continues the line). */
function lines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('calendarInvite', () => {
  const session = makeSession({
    id: 'workshop-hcd',
    start: '2025-03-10T10:00:00-04:00',
    durationMinutes: 90,
    title: { en: 'Human-centred design; part 1', fr: 'Conception centrée sur l’humain', es: 'Diseño centrado en las personas' },
    description: { en: 'Bring your idea, and a colleague.', fr: 'Apportez votre idée.', es: 'Traiga su idea.' },
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d',
  });

  it('writes a PUBLISH event with UTC times, the join link and a stable UID', () => {
    const ics = calendarInvite(session, 'en', { now: new Date('2025-03-01T09:00:00Z') });
    const all = lines(ics);
    expect(all[0]).toBe('BEGIN:VCALENDAR');
    expect(all).toContain('METHOD:PUBLISH');
    expect(all).toContain('DTSTART:20250310T140000Z');
    expect(all).toContain('DTEND:20250310T153000Z');
    expect(all).toContain('DTSTAMP:20250301T090000Z');
    expect(all).toContain(`UID:${sessionUid(session)}`);
    expect(all).toContain('SUMMARY:Human-centred design\\; part 1');
    expect(all).toContain(`URL:${session.joinUrl}`);
    expect(all).toContain(`LOCATION:${session.joinUrl}`);
    expect(all).toContain('STATUS:CONFIRMED');
    expect(all.find((line) => line.startsWith('DESCRIPTION:'))).toContain('Bring your idea\\, and a colleague.\\n\\nhttps://teams.microsoft.com/');
    expect(ics).toMatch(/\r\n$/);
    // Long lines (the join link) are folded to at most 75 octets, as iCalendar requires.
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    // Same session, same UID whenever the file is made.
    expect(lines(calendarInvite(session, 'fr', { now: new Date('2025-03-05T00:00:00Z') }))).toContain(`UID:${sessionUid(session)}`);
  });

  it('writes the chosen language, the room of an in-person session and a cancelled status', () => {
    const inPerson = makeSession({ id: 'geneva', format: 'in-person', location: 'IOM HQ, Geneva', status: 'cancelled' });
    const all = lines(calendarInvite(inPerson, 'es', { organizerName: 'IKM', organizerEmail: 'ikm@iom.int', sequence: 3 }));
    expect(all).toContain('SUMMARY:Session geneva (es)');
    expect(all).toContain('LOCATION:IOM HQ\\, Geneva');
    expect(all).toContain(`URL:${inPerson.joinUrl}`);
    expect(all).toContain('STATUS:CANCELLED');
    expect(all).toContain('SEQUENCE:3');
    expect(all.find((line) => line.startsWith('ORGANIZER'))).toBe('ORGANIZER;CN="IKM":MAILTO:ikm@iom.int');
    // Without an address there is no ORGANIZER (iCalendar requires one).
    expect(lines(calendarInvite(inPerson, 'en', { organizerName: 'IKM' })).some((line) => line.startsWith('ORGANIZER'))).toBe(false);
  });
});

describe('a seat given up, in the calendar', () => {
  const session = makeSession({ id: 'clinic-one' });

  it('marks a running session cancelled for the person who left it', () => {
    expect(lines(calendarInvite(session, 'en', { cancelled: true }))).toContain('STATUS:CANCELLED');
    expect(lines(calendarInvite(session, 'en'))).toContain('STATUS:CONFIRMED');
  });

  it('numbers each later file higher: IKM changes, a cancellation, booking again later', () => {
    const now = new Date('2024-11-02T10:00:00Z');
    expect(calendarSequence(now, 1)).toBe(calendarSequence(now, 0) + 1);
    expect(calendarSequence(new Date(now.getTime() + 5000), 0)).toBeGreaterThan(calendarSequence(now, 1) + 1);
    // SEQUENCE is a 32-bit integer in most calendars: decades of seconds fit.
    expect(calendarSequence(new Date('2060-01-01T00:00:00Z'), 1000)).toBeLessThan(2 ** 31);
  });
});
