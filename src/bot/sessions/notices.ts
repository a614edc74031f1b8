import type { Session, SessionChange } from '../../bookings';
import { messages } from '../../i18n';
import { describeError } from '../../logger';
import { cardActivity, channelShowsCards } from '../replies';
import { bookingCard, bookingCardData } from './booking-card';
import { renderSessionBookingCard } from './cards';
import type { SessionDependencies } from './dependencies';
import { sessionPlace, sessionWhen } from './session-texts';

/**
 * What teams are told when they are not talking to the assistant: a seat freed up for them, a
 * session was cancelled or moved. Each in the person's own language and time zone.
 */
export class SessionNotices {
  constructor(private readonly deps: SessionDependencies) {}

  /**
   * Tells every team promoted from a waitlist (by any path: a cancel, a decline, a repair) that the
   * seat is theirs, once: each notice is claimed in the store before it is sent.
   */
  async sendPromotionNotices(): Promise<void> {
    const { bookings, catalogue, clock, store, proactive } = this.deps;
    for (const notice of await bookings.promotionNotices(clock.now())) {
      const claimed = await store.put(`sessions/notices/${notice.key}`, { at: clock.now().toISOString() }, 0);
      if (claimed === null) continue;
      const session = await catalogue.get(notice.sessionId);
      if (!session) continue;
      await proactive.toPerson(notice.teamId, async (context, { language, timeZone }) => {
        const t = messages(language);
        const card = renderSessionBookingCard({
          ...bookingCardData(this.deps, session, language, timeZone, true),
          heading: t.sessions.offer.title,
          headingColor: 'Default',
          // Where there is no button to press (e-mail), the words that give the seat up.
          text: [
            t.sessions.offer.text({ title: session.title[language] }),
            channelShowsCards(context) ? '' : t.sessions.offer.declineText({ command: `${t.sessions.prefixes.cancelBooking[0]} ${session.id}` }),
          ]
            .filter(Boolean)
            .join(' '),
          actionLabel: t.sessions.offer.decline,
          actionVerb: 'session.decline',
          moveLabel: '',
        });
        await context.sendActivity(cardActivity(card, language));
      });
    }
  }

  /**
   * Tells every team that held a seat or a place in a session IKM cancelled, on the session's card;
   * a seat's card updates the calendar (the file now says the event is cancelled, in a newer revision).
   */
  async sendCancellations(session: Session, seats: readonly string[], places: readonly string[]): Promise<void> {
    const told = [...seats.map((teamId) => [teamId, true] as const), ...places.map((teamId) => [teamId, false] as const)];
    for (const [teamId, hadSeat] of told) {
      await this.deps.proactive.toPerson(teamId, async (context, { language, timeZone }) => {
        const t = messages(language).sessions;
        const date = sessionWhen(session, language, timeZone, this.deps.clock.now());
        const card = renderSessionBookingCard({
          ...bookingCardData(this.deps, session, language, timeZone, hadSeat),
          joinUrl: '',
          calendarLabel: t.booking.calendarUpdate,
          heading: t.cancelledTitle,
          headingColor: 'Attention',
          text: [t.sessionCancelled({ title: session.title[language], date }), hadSeat ? t.calendarUpdateHint : ''].filter(Boolean).join(' '),
          actionLabel: '',
          actionVerb: 'session.cancel.ask',
          moveLabel: '',
        });
        await context.sendActivity(cardActivity(card, language));
      });
    }
  }

  /**
   * Tells every team that holds a seat or a place in a session IKM moved (or gave another place or
   * link) where and when it is now (and when it was, from `before`, if its time changed), on the
   * booking's card: a seat gets Join and a new Add to calendar (the same event, updated), and both
   * can cancel or move.
   */
  async sendChanges(session: Session, before: Session, changes: readonly SessionChange[], seats: readonly string[], places: readonly string[]): Promise<void> {
    const told = [...seats.map((teamId) => [teamId, true] as const), ...places.map((teamId) => [teamId, false] as const)];
    for (const [teamId, hasSeat] of told) {
      await this.deps.proactive.toPerson(teamId, async (context, { language, timeZone }) => {
        const date = sessionWhen(session, language, timeZone, this.deps.clock.now());
        const place = sessionPlace(session, language);
        const t = messages(language).sessions;
        // A team on the waitlist holds a place in the queue, not a booking.
        const { card } = await bookingCard(this.deps, session, language, timeZone, teamId, {
          heading: t.changedTitle,
          headingColor: 'Attention',
          text: (hasSeat ? t.sessionChanged : t.sessionChangedWaitlist)({
            title: session.title[language],
            what: changes.map((change) => t.changeKinds[change]).join(', '),
            date,
            before: changes.includes('time') ? sessionWhen(before, language, timeZone, this.deps.clock.now(), { zoneNamed: false }) : '',
            place,
          }),
          links: hasSeat,
          action: { label: hasSeat ? t.booking.cancel : t.booking.leaveWaitlist, verb: 'session.cancel.ask' },
          move: true,
        });
        await context.sendActivity(cardActivity(card, language));
      });
    }
  }

  /** The timer's work: repair upcoming sessions (crashed bookings), then send pending offers. */
  async maintain(): Promise<void> {
    const { bookings, catalogue, clock, logger } = this.deps;
    for (const session of await catalogue.list({ from: clock.now() })) {
      try {
        await bookings.reconcile(session.id);
      } catch (error) {
        logger.warn({ event: 'session.reconcile_failed', session: session.id, error: describeError(error) }, 'reconcile failed');
      }
    }
    await this.sendPromotionNotices();
  }
}
