import type { TurnContext } from 'botbuilder';
import type { MyBooking, Session } from '../../bookings';
import { Language, messages } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { sendCardOrText } from '../replies';
import { turnOf } from '../turn';
import { sendBookingCard } from './booking-card';
import { renderSessionCancelConfirmCard, renderSessionTopicLimitCard } from './cards';
import type { SessionDependencies } from './dependencies';
import type { SessionNotices } from './notices';
import { refusalText, sessionWhen } from './session-texts';

/**
 * What a person does with a session: book (a seat or a waitlist place), cancel, give up an offered
 * seat, move to another session. The rules are the booking service's; this words its answers.
 */
export class BookingActions {
  constructor(
    private readonly deps: SessionDependencies,
    private readonly notices: SessionNotices,
  ) {}

  /** Books a seat (or a waitlist place) for the person's team. */
  async book(context: TurnContext, sessionId: string): Promise<void> {
    const { t, language, timeZone: zone, personId } = turnOf(context);
    const result = await this.deps.bookings.book(personId, sessionId);
    if (!result.ok) {
      const refusal = await refusalText(this.deps, language, zone, result);
      // One clinic per topic and the team holds it: the way on is to move it here, offered.
      const held = result.reason === 'topic-limit' && result.sessionIds.length === 1 ? await this.deps.catalogue.get(result.sessionIds[0]) : undefined;
      if (held) {
        const move = t.sessions.refusals;
        const text = `${refusal} ${move.moveInstead({ title: held.title[language], when: sessionWhen(held, language, zone, this.deps.clock.now()) })}`;
        await sendCardOrText(context, renderSessionTopicLimitCard({ text, moveLabel: move.moveInsteadButton, from: held.id, to: sessionId }), refusal);
        return;
      }
      await context.sendActivity(refusal);
      return;
    }
    const session = await this.deps.catalogue.get(sessionId);
    if (!session) return;
    const texts = t.sessions.booking;
    const title = session.title[language];
    const confirmed = result.status === 'confirmed';
    // Pressed again (a double click, an old card): the line that says so, not the card a second time
    // ("My bookings" shows it).
    if (result.alreadyBooked) {
      await context.sendActivity(confirmed ? texts.alreadyConfirmed : texts.alreadyWaitlisted({ position: result.position }));
      return;
    }
    const text = confirmed ? texts.confirmed({ title }) : texts.waitlisted({ title, position: result.position });
    await sendBookingCard(context, this.deps, session, language, zone, {
      heading: confirmed ? texts.confirmedTitle : texts.waitlistedTitle,
      headingColor: 'Default',
      text,
      links: confirmed,
      action: { label: confirmed ? texts.cancel : texts.leaveWaitlist, verb: 'session.cancel.ask' },
      move: true,
    });
  }

  /**
   * The person's live booking of a session, or, having said why there is none, undefined: IKM
   * cancelled the session (nothing to act on), or there is no booking (`fallback`).
   */
  private async liveBooking(context: TurnContext, sessionId: string, fallback: (title: string) => string): Promise<MyBooking | undefined> {
    const { t, language, personId } = turnOf(context);
    const mine = await this.deps.bookings.myBookings(personId, { includeCancelled: true });
    const booking = mine.find((candidate) => candidate.session.id === sessionId);
    if (booking?.status === 'cancelled') {
      await context.sendActivity(t.sessions.cancelledByHub({ title: booking.session.title[language] }));
      return undefined;
    }
    if (booking) return booking;
    const session = await this.deps.catalogue.get(sessionId);
    await context.sendActivity(fallback(session?.title[language] ?? sessionId));
    return undefined;
  }

  /** A cancel button: first the question, with what is lost; "Yes, cancel" then cancels. */
  async askCancel(context: TurnContext, sessionId: string): Promise<void> {
    const { t, language, timeZone } = turnOf(context);
    const booking = await this.liveBooking(context, sessionId, () => t.sessions.cancel.notBooked);
    if (!booking) return;
    const texts = t.sessions.cancel.ask;
    const title = booking.session.title[language];
    const seat = booking.status === 'confirmed';
    // "The seat goes to the next team on the waitlist" only when a team is waiting.
    const attendees = seat ? await this.deps.bookings.attendees(sessionId) : undefined;
    const someoneWaits = attendees?.ok === true && attendees.waitlisted.length > 0;
    const card = renderSessionCancelConfirmCard({
      question: seat ? texts.seat({ title }) : texts.place({ title }),
      when: sessionWhen(booking.session, language, timeZone, this.deps.clock.now()),
      note: seat ? (someoneWaits ? texts.seatNote : texts.seatNoteFree) : texts.placeNote,
      yesLabel: texts.yes,
      keepLabel: texts.keep,
      sessionId,
    });
    await sendCardOrText(context, card, `${seat ? texts.seat({ title }) : texts.place({ title })}`);
  }

  /**
   * "No, keep it": says the booking is kept only when there is one (the card may be older than a
   * cancel, or than IKM cancelling the session).
   */
  async keep(context: TurnContext, sessionId: string): Promise<void> {
    const { t, language } = turnOf(context);
    const booking = await this.liveBooking(context, sessionId, (title) => t.sessions.cancel.nothingToKeep({ title }));
    if (booking) await context.sendActivity(t.sessions.cancel.kept({ title: booking.session.title[language] }));
  }

  /** Cancels the person's own booking; a freed seat goes to the waitlist, whose team is told. */
  async cancel(context: TurnContext, sessionId: string): Promise<void> {
    const { t, language, timeZone, personId } = turnOf(context);
    const result = await this.deps.bookings.cancel(personId, sessionId);
    const texts = t.sessions.cancel;
    if (!result.ok) {
      if (result.reason === 'cutoff-passed') await context.sendActivity(texts.cutoff({ date: formatDateTime(result.cutoff, language, timeZone) }));
      else if (result.reason === 'busy') await context.sendActivity(t.sessions.refusals.busy);
      else if (result.reason === 'not-found') await context.sendActivity(t.sessions.refusals.notFound);
      else if (result.reason === 'session-cancelled') await context.sendActivity(await this.cancelledByHub(sessionId, language));
      else await context.sendActivity(texts.notBooked);
      return;
    }
    const session = await this.deps.catalogue.get(sessionId);
    const title = session?.title[language] ?? sessionId;
    if (result.was === 'confirmed' && session) {
      await this.sendSeatGivenUp(context, session, texts.title, texts.confirmed({ title, button: t.sessions.booking.calendarUpdate }));
    } else {
      await context.sendActivity(texts.waitlisted({ title }));
    }
    if (result.promoted) await this.notices.sendPromotionNotices();
  }

  /** A promoted team gives its seat up; the next waitlisted team is told. */
  async decline(context: TurnContext, sessionId: string): Promise<void> {
    const { t, language, personId } = turnOf(context);
    const result = await this.deps.bookings.declineOffer(personId, sessionId);
    if (!result.ok) {
      const refusals = t.sessions.refusals;
      if (result.reason === 'in-the-past') await context.sendActivity(refusals.inThePast);
      else if (result.reason === 'busy') await context.sendActivity(refusals.busy);
      else if (result.reason === 'not-found') await context.sendActivity(refusals.notFound);
      else if (result.reason === 'session-cancelled') await context.sendActivity(await this.cancelledByHub(sessionId, language));
      else await context.sendActivity(t.sessions.offer.notOffered);
      return;
    }
    const session = await this.deps.catalogue.get(sessionId);
    const title = session?.title[language] ?? sessionId;
    // "It goes to the next team" only when a waitlisted team got it.
    const given = result.promoted ? t.sessions.offer.declined({ title }) : t.sessions.offer.declinedFree({ title });
    if (session) {
      // The offer's card had Add to calendar, as a booking's has.
      const hint = t.sessions.offer.calendarHint({ button: t.sessions.booking.calendarUpdate });
      await this.sendSeatGivenUp(context, session, t.sessions.offer.declinedTitle, `${given} ${hint}`);
    } else {
      await context.sendActivity(given);
    }
    if (result.promoted) await this.notices.sendPromotionNotices();
  }

  /**
   * Moves the person's booking: atomic in the domain (the old seat is released only once the new
   * one is taken). A team promoted into the seat left behind is told, as after a cancel.
   */
  async reschedule(context: TurnContext, fromId: string, toId: string): Promise<void> {
    const { t, language, timeZone: zone, personId } = turnOf(context);
    const { bookings, catalogue, logger } = this.deps;
    const result = await bookings.reschedule(personId, fromId, toId);
    const texts = t.sessions.move;
    if (!result.ok) {
      switch (result.reason) {
        case 'same-session':
          await context.sendActivity(texts.sameSession);
          return;
        case 'not-booked':
          await context.sendActivity(texts.notBooked);
          return;
        case 'already-moved': {
          const [from, to] = await Promise.all([catalogue.get(fromId), catalogue.get(toId)]);
          // Two clinics may share a title: the times tell them apart ("a seat in X and none in X").
          const when = (session: typeof from) => (session ? sessionWhen(session, language, zone, this.deps.clock.now()) : '');
          await context.sendActivity(
            texts.alreadyMoved({ from: from?.title[language] ?? fromId, fromWhen: when(from), to: to?.title[language] ?? toId, toWhen: when(to) }),
          );
          return;
        }
        case 'session-cancelled':
          await context.sendActivity(await this.cancelledByHub(fromId, language));
          return;
        case 'cutoff-passed':
          await context.sendActivity(texts.cutoff({ date: formatDateTime(result.cutoff, language, zone) }));
          return;
        case 'already-booked':
          await context.sendActivity(texts.alreadyBooked);
          return;
        case 'full': {
          const target = await catalogue.get(toId);
          await context.sendActivity(texts.full({ title: target?.title[language] ?? toId }));
          return;
        }
        default:
          await context.sendActivity(await refusalText(this.deps, language, zone, result));
          return;
      }
    }
    const [from, to] = await Promise.all([catalogue.get(fromId), catalogue.get(toId)]);
    if (to) {
      await sendBookingCard(context, this.deps, to, language, zone, {
        heading: texts.movedTitle,
        headingColor: 'Default',
        // Two clinics may share a title: the times tell them apart.
        text: texts.moved({
          from: from?.title[language] ?? fromId,
          fromWhen: from ? sessionWhen(from, language, zone, this.deps.clock.now()) : '',
          to: to.title[language],
          toWhen: sessionWhen(to, language, zone, this.deps.clock.now()),
          button: texts.leftCalendar,
        }),
        links: true,
        action: { label: t.sessions.booking.cancel, verb: 'session.cancel.ask' },
        move: true,
        ...(from ? { left: { session: from, label: texts.leftCalendar } } : {}),
      });
    }
    logger.info({ event: 'session.rescheduled', from: fromId, to: toId }, 'booking moved');
    if (result.promoted) await this.notices.sendPromotionNotices();
  }

  /**
   * A seat the person gave up, on the session's card, with the calendar file that marks it cancelled
   * in their calendar (**Update my calendar**) and nothing else to press.
   */
  private async sendSeatGivenUp(context: TurnContext, session: Session, heading: string, text: string): Promise<void> {
    const { t, language, timeZone } = turnOf(context);
    await sendBookingCard(context, this.deps, session, language, timeZone, {
      heading,
      headingColor: 'Default',
      text,
      links: false,
      action: { label: '', verb: 'session.cancel.ask' },
      move: false,
      left: { session, label: t.sessions.booking.calendarUpdate },
    });
  }

  /** "... was cancelled by the Innovation Hub, so your booking no longer holds". */
  private async cancelledByHub(sessionId: string, language: Language): Promise<string> {
    const session = await this.deps.catalogue.get(sessionId);
    return messages(language).sessions.cancelledByHub({ title: session?.title[language] ?? sessionId });
  }
}
