import type { TurnContext } from 'botbuilder';
import type { CardJson } from '../../../adaptive-cards/render';
import { MoveTargets, type Session } from '../../bookings';
import { Language, messages } from '../../i18n';
import { labelled } from '../../i18n/format';
import { sendCardOrText } from '../replies';
import { turnOf } from '../turn';
import { renderSessionBookingCard, SessionBookingCardData } from './cards';
import { MAX_LISTED, type SessionDependencies } from './dependencies';
import { sessionPlace, sessionWhen } from './session-texts';

/** The session part of a booking card: time, host, place, and (for a seat) Join and Add to calendar. */
export function bookingCardData(deps: SessionDependencies, session: Session, language: Language, zone: string, links: boolean) {
  const t = messages(language).sessions;
  return {
    title: session.title[language],
    when: sessionWhen(session, language, zone, deps.clock.now()),
    host: t.host({ host: session.host[language] }),
    place: sessionPlace(session, language),
    joinLabel: t.booking.join,
    joinUrl: links ? (session.joinUrl ?? '') : '',
    calendarLabel: t.booking.calendar,
    calendarUrl: links ? `${deps.baseUrl()}${deps.links.calendarPath(session.id, language)}` : '',
    leftCalendarLabel: '',
    leftCalendarUrl: '',
    sessionId: session.id,
  };
}

/** What a booking card says above the session and which buttons it offers. */
export interface BookingCardOptions {
  heading: string;
  headingColor: SessionBookingCardData['headingColor'];
  text: string;
  /** Join and Add to calendar (a seat, not a waitlist place). */
  links: boolean;
  action: { label: string; verb: SessionBookingCardData['actionVerb'] };
  /** "Move to another session", offered when another session has a free seat for this person (`MoveTargets`). */
  move: boolean;
  /**
   * A seat the person has just given up (cancelled, or moved from), with the label of its calendar
   * button: the file marks the event cancelled, for whoever had added it to their calendar.
   */
  left?: { session: Session; label: string };
}

/** A booking's card (or its text): a confirmation, a waitlist place, a move, a session IKM changed. */
export async function sendBookingCard(
  context: TurnContext,
  deps: SessionDependencies,
  session: Session,
  language: Language,
  zone: string,
  options: BookingCardOptions,
): Promise<void> {
  const { card, text } = await bookingCard(deps, session, language, zone, turnOf(context).personId, options);
  await sendCardOrText(context, card, text);
}

/** The card of `sendBookingCard` and the text that stands for it where cards do not show. */
export async function bookingCard(
  deps: SessionDependencies,
  session: Session,
  language: Language,
  zone: string,
  personId: string,
  options: BookingCardOptions,
): Promise<{ card: CardJson; text: string }> {
  const t = messages(language).sessions;
  const moves = new MoveTargets(deps, MAX_LISTED);
  const canMove = options.move && (await moves.canMove(personId, session, await moves.heldBy(personId)));
  const data: SessionBookingCardData = {
    ...bookingCardData(deps, session, language, zone, options.links),
    heading: options.heading,
    headingColor: options.headingColor,
    text: options.text,
    actionLabel: options.action.label,
    actionVerb: options.action.verb,
    moveLabel: canMove ? t.move.button : '',
    ...(options.left
      ? {
          leftCalendarLabel: options.left.label,
          leftCalendarUrl: `${deps.baseUrl()}${deps.links.calendarPath(options.left.session.id, language, { cancelled: true })}`,
        }
      : {}),
  };
  const text = [
    options.text,
    `${data.title}\n${data.when}\n${data.host}\n${data.place}`,
    options.links ? t.booking.links({ join: data.joinUrl, calendar: data.calendarUrl }) : '',
    data.leftCalendarUrl ? labelled(data.leftCalendarLabel, data.leftCalendarUrl, language) : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  return { card: renderSessionBookingCard(data), text };
}
