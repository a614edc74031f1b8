import { BookResult, isPastCancellation, localParts, MyBooking, Session, SessionCatalogue, sessionEnd, zoneLabel } from '../../bookings';
import { nameStatesOffset, zoneName } from '../../time-zone';
import { Language, messages } from '../../i18n';
import { formatDateTime, formatSessionDay } from '../../i18n/format';
import type { SessionListItemData } from './cards';
import type { SessionDependencies } from './dependencies';

/** How sessions are worded in every card of the feature, in a language and a time zone. */

/** "Tue 26 Nov, 09:00–09:45 (America/New_York, UTC−05:00)"; "… (UTC)" in UTC. */
export function sessionWhen(session: Session, language: Language, zone: string, now: Date, options: { zoneNamed?: boolean } = {}): string {
  const start = new Date(session.start);
  return messages(language).sessions.when({
    date: formatSessionDay(start, language, zone, now),
    start: localParts(start, zone).time,
    end: localParts(sessionEnd(session), zone).time,
    // (Left out where the same zone was just named: "it is now ... (Africa/Nairobi, UTC+03:00) (it was ...)".)
    zone: options.zoneNamed === false ? '' : nameStatesOffset(zone) ? zoneName(zone) : `${zoneName(zone)}, ${zoneLabel(zone, start)}`,
  });
}

/** Where a session happens: online, or in person (with a Teams link for remote participants when it has one). */
export function sessionPlace(session: Session, language: Language): string {
  const t = messages(language).sessions;
  if (session.format !== 'in-person' || !session.location) return t.online;
  return session.joinUrl ? t.inPerson({ location: session.location }) : t.inPersonOnly({ location: session.location });
}

/** A topic's name in `language`; its id when the catalogue has no such topic (any more). */
export function topicLabel(catalogue: Pick<SessionCatalogue, 'topics'>, topicId: string, language: Language): string {
  return catalogue.topics().find((candidate) => candidate.id === topicId)?.label[language] ?? topicId;
}

/** A session's line in a list: title, kind, topic, time and host. */
export function listItem(catalogue: SessionCatalogue, session: Session, language: Language, zone: string, now: Date) {
  const t = messages(language).sessions;
  return {
    sessionId: session.id,
    title: session.title[language],
    kindLabel: t.kinds[session.kind],
    topicLabel: topicLabel(catalogue, session.topic, language),
    when: sessionWhen(session, language, zone, now),
    host: t.host({ host: session.host[language] }),
    place: sessionPlace(session, language),
    // Only a booked seat has them (see the catalogue view).
    joinLabel: '',
    joinUrl: '',
    calendarLabel: '',
    calendarUrl: '',
  };
}

/**
 * How a booking shows in a list: its status ("Booked", "Waitlist, number 2", "Seat given from the
 * waitlist", "Cancelled by the Innovation Hub") and the buttons it offers. A seat has Join (when the
 * session has a Teams link) and Add to calendar; a seat or a place can be cancelled ("Leave the
 * waitlist" for a place, "Give up this seat" for an offered one) and moved when `canMove` (see
 * `MoveTargets`); a booking of a session IKM cancelled offers nothing.
 */
export function bookingListParts(
  deps: Pick<SessionDependencies, 'baseUrl' | 'links' | 'clock'>,
  booking: MyBooking,
  language: Language,
  canMove: boolean,
): Pick<
  SessionListItemData,
  'status' | 'statusColor' | 'actionLabel' | 'actionVerb' | 'moveLabel' | 'joinLabel' | 'joinUrl' | 'calendarLabel' | 'calendarUrl'
> {
  const t = messages(language).sessions;
  const none = { joinLabel: '', joinUrl: '', calendarLabel: '', calendarUrl: '' };
  switch (booking.status) {
    case 'cancelled':
      return { ...none, status: t.mine.cancelledByHub, statusColor: 'Attention', actionLabel: '', actionVerb: 'session.cancel.ask', moveLabel: '' };
    case 'waitlisted':
      return {
        ...none,
        status: t.mine.waitlisted({ position: booking.position ?? 0 }),
        statusColor: 'Default',
        actionLabel: t.booking.leaveWaitlist,
        actionVerb: 'session.cancel.ask',
        moveLabel: canMove ? t.move.button : '',
      };
    case 'confirmed': {
      // Past its cut-off a seat is kept: no Cancel or Move that could only be refused.
      if (isPastCancellation(booking.session, deps.clock.now())) {
        return {
          status: t.mine.confirmedLocked,
          statusColor: 'Default',
          joinLabel: t.booking.join,
          joinUrl: booking.session.joinUrl ?? '',
          calendarLabel: t.booking.calendar,
          calendarUrl: `${deps.baseUrl()}${deps.links.calendarPath(booking.session.id, language)}`,
          actionLabel: '',
          actionVerb: 'session.cancel.ask',
          moveLabel: '',
        };
      }
      return {
        status: booking.offered ? t.mine.offered : t.mine.confirmed,
        statusColor: 'Default',
        joinLabel: t.booking.join,
        joinUrl: booking.session.joinUrl ?? '',
        calendarLabel: t.booking.calendar,
        calendarUrl: `${deps.baseUrl()}${deps.links.calendarPath(booking.session.id, language)}`,
        actionLabel: booking.offered ? t.offer.decline : t.booking.cancel,
        actionVerb: 'session.cancel.ask',
        moveLabel: canMove ? t.move.button : '',
      };
    }
  }
}

/** One sentence per refusal of the booking rules. */
export async function refusalText(
  { catalogue, shortlistAnnounced }: Pick<SessionDependencies, 'catalogue' | 'shortlistAnnounced'>,
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
      return (await shortlistAnnounced()) ? texts.notShortlisted : texts.notShortlistedYet;
    case 'topic-limit':
      return texts.topicLimit({ topic: topicLabel(catalogue, result.topic, language), limit: result.limit });
    case 'overlap': {
      const other = await catalogue.get(result.sessionId);
      return texts.overlap({ title: other?.title[language] ?? result.sessionId });
    }
    case 'busy':
      return texts.busy;
  }
}
