import type { TurnContext } from 'botbuilder';
import { zoneName } from '../../time-zone';
import { MoveTargets, type Session, type SessionKind } from '../../bookings';
import { formatDateTime } from '../../i18n/format';
import { type Language, messages } from '../../i18n';
import { bulletList, inPersonalChat, sendCardOrText } from '../replies';
import { turnOf } from '../turn';
import { renderSessionCatalogueCard, renderSessionMoveCard, SessionListItemData, SessionMoveCardData } from './cards';
import { MAX_LISTED, SessionDependencies } from './dependencies';
import { bookingListParts, listItem, sessionWhen, topicLabel } from './session-texts';

/** The lists a person sees: the catalogue, "My bookings", and where a booking can move. */
export class CatalogueView {
  private readonly moves: MoveTargets;

  constructor(private readonly deps: SessionDependencies) {
    this.moves = new MoveTargets(deps, MAX_LISTED);
  }

  /**
   * The catalogue card: upcoming sessions still open for booking (or booked by this person), with
   * seats left, filters, "my bookings" and the zone.
   */
  async showCatalogue(context: TurnContext, filter: { kind?: SessionKind; topic?: string } = {}): Promise<void> {
    const { t, language, timeZone: zone, personId } = turnOf(context);
    const { catalogue, bookings, clock } = this.deps;
    const now = clock.now();
    // In a group chat or channel everyone reads the list: it is nobody's (no seat of the asker's, no
    // Book that would post their booking there; times in the deployment's zone), and says where to book.
    const shared = !inPersonalChat(context);
    const mine = new Map(shared ? [] : (await bookings.myBookings(personId)).map((booking) => [booking.session.id, booking]));
    // Sessions whose booking has closed are left out, except the person's own.
    const upcoming = (await catalogue.list({ ...filter, from: now })).filter(
      (session) => mine.has(session.id) || Date.parse(session.bookingCloses) > now.getTime(),
    );
    // What the reader can book (or has booked) comes first, each part by date: sessions for
    // shortlisted teams only, which they can only read about, after (and first to be left out).
    const forTeam = await bookings.forTeam(personId, upcoming);
    const forReader = (session: Session) => shared || mine.has(session.id) || forTeam(session);
    const sessions = [...upcoming.filter(forReader), ...upcoming.filter((session) => !forReader(session))].slice(0, MAX_LISTED);
    const items: SessionListItemData[] = [];
    // Counted for the line above the list: sessions for shortlisted teams only, and those bookable now.
    let notYours = 0;
    let openNow = 0;
    // Read once, and only when a session is not the reader's.
    let shortlistAnnounced: boolean | undefined;
    for (const session of sessions) {
      const booking = mine.get(session.id);
      const item = listItem(catalogue, session, language, zone, now);
      if (booking) {
        const canMove = booking.status !== 'cancelled' && (await this.moves.canMove(personId, booking.session, new Set(mine.keys())));
        items.push({ ...item, ...bookingListParts(this.deps, booking, language, canMove) });
        continue;
      }
      // In a group every session shows its seats (and who it is for), with nobody's button.
      if (!forReader(session)) {
        // Someone else's session (shortlisted teams only): say who it is for, offer nothing to refuse
        // (and, once the shortlist is announced, no promise that it will open to them).
        notYours += 1;
        shortlistAnnounced ??= await this.deps.shortlistAnnounced();
        const status = shortlistAnnounced ? t.sessions.forShortlistedOnly : t.sessions.forShortlisted;
        items.push({ ...item, status, statusColor: 'Default', actionLabel: '', actionVerb: 'session.book', moveLabel: '' });
        continue;
      }
      const { status, bookable, left } = await this.availability(session, language, zone, now);
      // (In a group it is nobody's team: who the session is for, and no more.)
      const forWhom = shared && session.audience === 'shortlisted' ? `${t.sessions.forShortlistedOnly} · ` : '';
      if (bookable) openNow += 1;
      items.push({
        ...item,
        status: `${forWhom}${status}`,
        statusColor: 'Default',
        // Not bookable yet: when it opens is said instead of a button that can only be refused.
        actionLabel: bookable && !shared ? (left > 0 ? t.sessions.bookButton : t.sessions.waitlistButton) : '',
        actionVerb: 'session.book',
        moveLabel: '',
      });
    }
    const texts = t.sessions.catalogue;
    // Nothing under a filter: say which filter, and how to see everything (a kind kept from an
    // earlier press, then a topic chosen, left the list empty with no word of why).
    const filtersOn = [filter.kind ? texts.filters[filter.kind] : '', filter.topic ? topicLabel(catalogue, filter.topic, language) : ''].filter(Boolean).join(' · ');
    const none = filtersOn ? `${texts.none} ${texts.noneFiltered({ filters: filtersOn, all: texts.filters.all, allTopics: texts.allTopics, show: texts.show })}` : texts.none;
    // Where there are no buttons, the way to every session is a word to type.
    const noneTyped = filtersOn ? `${texts.none} ${texts.noneFilteredTyped({ filters: filtersOn })}` : texts.none;
    // A filter in force is said above the list too, not only when it leaves nothing: "All" keeps the
    // topic chosen, and nothing on the buttons shows which kind is on.
    const introWith = (filtered: string) =>
      [texts.intro, shared ? texts.bookInPersonalChat : notYours > 0 ? texts.shortlistedOnly({ notYours, openNow, announced: shortlistAnnounced ?? false }) : '', items.length > 0 ? filtered : '']
        .filter(Boolean)
        .join(' ');
    const intro = introWith(filtersOn ? texts.noneFiltered({ filters: filtersOn, all: texts.filters.all, allTopics: texts.allTopics, show: texts.show }) : '');
    const zoneLine = shared ? texts.zoneShared({ zone: zoneName(zone) }) : texts.zone({ zone: zoneName(zone) });
    const card = renderSessionCatalogueCard({
      title: texts.title,
      intro,
      zoneLine,
      filters: [
        { label: texts.filters.all, kind: '' },
        { label: texts.filters.clinic, kind: 'clinic' },
        { label: texts.filters.workshop, kind: 'workshop' },
      ],
      topicLabel: texts.topic,
      topicChoices: [
        // A real value for "all": an empty one shows as an empty box in Teams.
        { title: texts.allTopics, value: 'all' },
        ...catalogue.topics().map((topic) => ({ title: topic.label[language], value: topic.id })),
      ],
      currentTopic: filter.topic ?? 'all',
      currentKind: filter.kind ?? '',
      showLabel: texts.show,
      empty: items.length === 0 ? none : '',
      sessions: items,
      mineLabel: shared ? '' : texts.mine,
      zoneLabel: shared ? '' : texts.changeZone,
    });
    const lines = items.map((item) => `${item.title} (${item.sessionId})\n   ${item.when}\n   ${item.host}\n   ${item.place}\n   ${item.status}`);
    const text = [texts.title, introWith(filtersOn ? texts.noneFilteredTyped({ filters: filtersOn }) : ''), zoneLine, items.length ? bulletList(lines) : noneTyped, items.length && !shared ? texts.textHint : '']
      .filter(Boolean)
      .join('\n\n');
    await sendCardOrText(context, card, text);
  }

  /** Whether a session can be booked now, and what its line says: when booking opens, or the seats left. */
  private async availability(session: Session, language: Language, zone: string, now: Date): Promise<{ status: string; bookable: boolean; left: number }> {
    const t = messages(language).sessions;
    if (Date.parse(session.bookingOpens) > now.getTime()) {
      return { status: t.refusals.windowNotOpen({ date: formatDateTime(new Date(session.bookingOpens), language, zone) }), bookable: false, left: 0 };
    }
    const left = await this.deps.bookings.seatsLeft(session);
    return { status: left > 0 ? t.seatsLeft({ count: left }) : t.full, bookable: true, left };
  }

  /**
   * The person's seats and waitlist places, each with its buttons; bookings of sessions IKM
   * cancelled show as such, with none.
   */
  async showMine(context: TurnContext): Promise<void> {
    const { t, language, timeZone: zone, personId } = turnOf(context);
    const bookings = await this.deps.bookings.myBookings(personId, { includeCancelled: true });
    const texts = t.sessions.mine;
    const held = new Set(bookings.filter((booking) => booking.status !== 'cancelled').map((booking) => booking.session.id));
    const items: SessionListItemData[] = [];
    for (const booking of bookings) {
      const canMove = booking.status !== 'cancelled' && (await this.moves.canMove(personId, booking.session, held));
      items.push({
        ...listItem(this.deps.catalogue, booking.session, language, zone, this.deps.clock.now()),
        ...bookingListParts(this.deps, booking, language, canMove),
      });
    }
    const none = items.length === 0;
    const card = renderSessionCatalogueCard({
      title: texts.title,
      // Nothing booked: the sentence first, then the way to the sessions as a button (not only a
      // word to type), and nothing of time zones on a card without times.
      intro: none ? texts.none : '',
      zoneLine: none ? '' : t.sessions.catalogue.zone({ zone: zoneName(zone) }),
      filters: none ? [{ label: t.menu.sessions, kind: '' }] : [],
      topicLabel: '',
      topicChoices: [],
      currentTopic: '',
      currentKind: '',
      showLabel: '',
      empty: '',
      sessions: items,
      mineLabel: '',
      zoneLabel: none ? '' : t.sessions.catalogue.changeZone,
    });
    const lines = items.map((item) => `${item.title} (${item.sessionId})\n   ${item.when}\n   ${item.place}\n   ${item.status}`);
    const live = bookings.some((booking) => booking.status !== 'cancelled');
    const text = items.length ? [texts.title, bulletList(lines), live ? texts.cancelHint : ''].filter(Boolean).join('\n\n') : texts.none;
    await sendCardOrText(context, card, text);
  }

  /**
   * "Move to another session": the other upcoming sessions of the same kind (and topic, for a
   * clinic) still open for booking, each with "Move here" when it has a free seat.
   */
  async showMoveChoices(context: TurnContext, fromId: string): Promise<void> {
    const { t, language, timeZone: zone, personId } = turnOf(context);
    const now = this.deps.clock.now();
    const mine = await this.deps.bookings.myBookings(personId, { includeCancelled: true });
    const booking = mine.find((candidate) => candidate.session.id === fromId);
    const texts = t.sessions.move;
    if (!booking || booking.status === 'cancelled') {
      await context.sendActivity(booking ? t.sessions.cancelledByHub({ title: booking.session.title[language] }) : texts.notBooked);
      return;
    }
    const from = booking.session;
    const held = new Set(mine.filter((candidate) => candidate.status !== 'cancelled').map((candidate) => candidate.session.id));
    const items: SessionMoveCardData['sessions'] = (await this.moves.list(personId, from, held)).map(({ session, seatsLeft }) => ({
      sessionId: session.id,
      from: from.id,
      title: session.title[language],
      when: sessionWhen(session, language, zone, now),
      host: t.sessions.host({ host: session.host[language] }),
      status: seatsLeft > 0 ? t.sessions.seatsLeft({ count: seatsLeft }) : t.sessions.refusals.full,
      statusColor: 'Default',
      moveLabel: seatsLeft > 0 ? texts.here : '',
    }));
    const title = texts.title({ title: from.title[language] });
    const card = renderSessionMoveCard({
      title,
      intro: texts.intro,
      zoneLine: t.sessions.catalogue.zone({ zone: zoneName(zone) }),
      empty: items.length === 0 ? texts.none : '',
      sessions: items,
      mineLabel: t.sessions.catalogue.mine,
    });
    const lines = items.map((item) => `${item.title} (${item.sessionId})\n   ${item.when}\n   ${item.status}`);
    const text = [title, items.length ? bulletList(lines) : texts.none, texts.textHint].join('\n\n');
    await sendCardOrText(context, card, text);
  }
}
