import { BookResult, localParts, MyBooking, Session, SessionCatalogue, sessionEnd, zoneLabel } from '../../bookings';
import { Language, messages, Messages } from '../../i18n';
import { formatDateTime, formatSessionDay } from '../../i18n/format';
import type { SessionListItemData } from './cards';

/** How sessions are worded in every card of the feature, in a language and a time zone. */

/** "Tue 26 Nov, 09:00–09:45 (America/New_York, UTC−05:00)" */
export function sessionWhen(session: Session, language: Language, zone: string, now: Date): string {
  const start = new Date(session.start);
  return messages(language).sessions.when({
    date: formatSessionDay(start, language, zone, now),
    start: localParts(start, zone).time,
    end: localParts(sessionEnd(session), zone).time,
    zone,
    offset: zoneLabel(zone, start),
  });
}

/** A session's line in a list: title, kind, topic, time and host. */
export function listItem(catalogue: SessionCatalogue, session: Session, language: Language, zone: string, now: Date) {
  const t = messages(language).sessions;
  const topic = catalogue.topics().find((candidate) => candidate.id === session.topic);
  return {
    sessionId: session.id,
    title: session.title[language],
    kindLabel: t.kinds[session.kind],
    topicLabel: topic?.label[language] ?? session.topic,
    when: sessionWhen(session, language, zone, now),
    host: t.host({ host: session.host[language] }),
    // Only a booked seat has them (see the catalogue view).
    joinLabel: '',
    joinUrl: '',
    calendarLabel: '',
    calendarUrl: '',
  };
}

/** "Booked", "Waitlist, number 2", "A seat freed up: it's yours". */
export function bookingStatus(t: Messages, booking: MyBooking): Pick<SessionListItemData, 'status' | 'statusColor'> {
  if (booking.status === 'waitlisted') {
    return { status: t.sessions.mine.waitlisted({ position: booking.position ?? 0 }), statusColor: 'Default' };
  }
  return { status: booking.offered ? t.sessions.mine.offered : t.sessions.mine.confirmed, statusColor: 'Default' };
}

/** One sentence per refusal of the booking rules. */
export async function refusalText(
  catalogue: SessionCatalogue,
  language: Language,
  zone: string,
  result: Exclude<BookResult, { ok: true }>,
): Promise<string> {
  const texts = messages(language).sessions.refusals;
  const date = (at: Date) => formatDateTime(at, language, zone);
  switch (result.reason) {
    case 'not-found':
      return texts.notFound;
    case 'cancelled':
      return texts.cancelled;
    case 'in-the-past':
      return texts.inThePast;
    case 'window-not-open':
      return texts.windowNotOpen({ date: date(result.opens) });
    case 'window-closed':
      return texts.windowClosed({ date: date(result.closed) });
    case 'not-shortlisted':
      return texts.notShortlisted;
    case 'topic-limit': {
      const topic = catalogue.topics().find((candidate) => candidate.id === result.topic);
      return texts.topicLimit({ topic: topic?.label[language] ?? result.topic, limit: result.limit });
    }
    case 'overlap': {
      const other = await catalogue.get(result.sessionId);
      return texts.overlap({ title: other?.title[language] ?? result.sessionId });
    }
    case 'busy':
      return texts.busy;
  }
}
