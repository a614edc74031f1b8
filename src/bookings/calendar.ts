import { type EventAttributes, createEvent } from 'ics';
import type { CallLanguage } from '../call/call-schema';
import { type Session, sessionEnd } from './sessions';

/**
 * The calendar file (`.ics`, iCalendar) of a session, for "add to my calendar".
 *
 * Times are UTC (`DTSTART:20241120T080000Z`), so every calendar shows them in its own zone. The UID
 * is the same for every download of a session, so importing again after a change updates the event
 * instead of adding a second one; METHOD:PUBLISH makes it an announcement, not a meeting request
 * (the Teams meeting itself is the join link). A person who gives up their seat gets the same event
 * marked cancelled, to take it out of their own calendar.
 */

/** Where `calendarSequence` counts from. */
const SEQUENCE_EPOCH_MS = Date.UTC(2024, 0, 1);

/**
 * SEQUENCE of a file made at `now` for a session at `revision`: a calendar keeps the highest one it
 * has seen, so it must grow with every file a person may import after another, in any order of
 * events: IKM's change (the revision), their own cancellation, booking the session again later (the
 * time, in seconds).
 */
export function calendarSequence(now: Date, revision = 0): number {
  return Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH_MS) / 1000)) + revision;
}

/** Options of `calendarInvite`. */
export interface CalendarInviteOptions {
  /** Who runs the session, as the calendar shows the organizer (needs `organizerEmail`). */
  organizerName?: string;
  /**
   * The organizer's address. iCalendar requires an address for ORGANIZER, so without one the
   * organizer is left out.
   */
  organizerEmail?: string;
  /** DTSTAMP, when the file was made (from the clock). Default: the ics package's current time. */
  now?: Date;
  /** Revision for calendars that order updates (SEQUENCE): see `calendarSequence`. */
  sequence?: number;
  /** The event marked cancelled whatever the session's status: the person gave up their seat. */
  cancelled?: boolean;
}

/** The stable iCalendar UID of a session. */
export function sessionUid(session: Pick<Session, 'id'>): string {
  return `${session.id}.session@innovation-hub.iom.int`;
}

/** iCalendar text of one session in `language`. Throws if the ics package refuses the event. */
export function calendarInvite(session: Session, language: CallLanguage, options: CalendarInviteOptions = {}): string {
  const start = Date.parse(session.start);
  const end = sessionEnd(session).getTime();
  const description = session.joinUrl ? `${session.description[language]}\n\n${session.joinUrl}` : session.description[language];
  const attributes: EventAttributes & { timestamp?: number } = {
    uid: sessionUid(session),
    productId: '-//IOM Innovation Hub//Innovation Hub Assistant//EN',
    method: 'PUBLISH',
    title: session.title[language],
    description,
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end,
    endInputType: 'utc',
    endOutputType: 'utc',
    ...(session.joinUrl ? { url: session.joinUrl } : {}),
    ...((session.format === 'in-person' && session.location) || session.joinUrl
      ? { location: session.format === 'in-person' && session.location ? session.location : session.joinUrl }
      : {}),
    status: session.status === 'cancelled' || options.cancelled ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
    ...(options.organizerEmail ? { organizer: { name: options.organizerName ?? session.host.en, email: options.organizerEmail } } : {}),
    ...(options.sequence !== undefined ? { sequence: options.sequence } : {}),
    ...(options.now ? { timestamp: options.now.getTime() } : {}),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`calendarInvite: cannot make the event of session ${session.id}: ${error?.message ?? 'no output'}`);
  return value;
}
