import { CardFactory, CloudAdapter, TurnContext } from 'botbuilder';
import { z } from 'zod';
import {
  renderSessionAdminCard,
  renderSessionAttendeesCard,
  renderSessionBookingCard,
  renderSessionCatalogueCard,
  renderSessionMoveCard,
  renderSessionZoneCard,
  SESSION_ADMIN_FIELDS,
  SessionAdminField,
  SessionAdminSubmit,
  SessionListItemData,
  SessionMoveCardData,
} from '../../adaptive-cards/cards';
import {
  BookingService,
  BookResult,
  isValidTimeZone,
  localParts,
  MyBooking,
  Session,
  SESSION_AUDIENCES,
  SESSION_FORMATS,
  SESSION_KINDS,
  SessionCatalogue,
  SessionKind,
  SessionProblem,
  sessionEnd,
  zoneLabel,
} from '../bookings';
import { parseLocalDateTime } from '../call/local-time';
import type { Clock } from '../clock';
import type { AppConfig } from '../config';
import { ConversationReferences, toConversationReference, userConversationKey } from '../conversations';
import type { SignedLinks } from '../downloads';
import { Language, LANGUAGES, messages, Messages, resolveLanguage, foldForMatching, isLanguage } from '../i18n';
import { formatDateTime, formatSessionDay } from '../i18n/format';
import { describeError, Logger } from '../logger';
import type { Store } from '../storage/store';
import { isIkmAdmin } from '../tickets';
import { numberedList, sendCardOrText } from './replies';
import { turnOf } from './turn';

/** Zones offered by "Change my time zone": IOM headquarters and the regional offices' zones. */
export const COMMON_TIME_ZONES = [
  'UTC',
  'Europe/Zurich',
  'Europe/Brussels',
  'Europe/Vienna',
  'Africa/Dakar',
  'Africa/Cairo',
  'Africa/Nairobi',
  'Africa/Johannesburg',
  'Asia/Bangkok',
  'America/New_York',
  'America/Costa_Rica',
  'America/Argentina/Buenos_Aires',
] as const;

/** Most sessions one catalogue card lists (a card has a size limit). */
const MAX_LISTED = 20;
const SESSION_ID = /^[a-z0-9-]{1,80}$/;
/** What the bot remembers of a team for messages it sends later (a freed seat, a cancellation). */
const PREFS_PREFIX = 'sessions/people/';
const prefsSchema = z.object({ language: z.enum(LANGUAGES), timeZone: z.string().max(64) });
type Prefs = z.infer<typeof prefsSchema>;

export interface SessionDependencies {
  adapter: CloudAdapter;
  config: AppConfig;
  clock: Clock;
  store: Store;
  catalogue: SessionCatalogue;
  bookings: BookingService;
  references: ConversationReferences;
  links: SignedLinks;
  /** The public base URL of download links (known once the server listens). */
  baseUrl: () => string;
  logger: Logger;
}

type TypedCommand = 'book' | 'cancelBooking' | 'cancelSession' | 'attendees' | 'timeZone' | 'createSession' | 'editSession';

/** Folded prefix -> command, from every language, longest first ("cancel session" before "cancel"). */
const PREFIXES: readonly [string, TypedCommand][] = (() => {
  const found: [string, TypedCommand][] = [];
  for (const language of LANGUAGES) {
    const prefixes = messages(language).sessions.prefixes;
    for (const command of Object.keys(prefixes) as TypedCommand[]) {
      for (const word of prefixes[command]) found.push([foldForMatching(word), command]);
    }
  }
  return found.sort((a, b) => b[0].length - a[0].length);
})();

/** The canonical spelling of a zone typed in any case ("europe/paris" -> "Europe/Paris"), if known. */
export function canonicalTimeZone(zone: unknown): string | undefined {
  if (!isValidTimeZone(zone)) return undefined;
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
}

/** A session's fields as the admin form shows them, instants in the admin's zone. */
function adminValuesOf(session: Session, zone: string): Record<SessionAdminField, string> {
  const local = (at: string) => localParts(at, zone);
  const fallback = (text: string) => (text === session.title.en ? '' : text);
  return {
    id: session.id,
    kind: session.kind,
    titleEn: session.title.en,
    titleFr: fallback(session.title.fr),
    titleEs: fallback(session.title.es),
    topic: session.topic,
    host: session.host,
    startDate: local(session.start).date,
    startTime: local(session.start).time,
    durationMinutes: String(session.durationMinutes),
    format: session.format,
    location: session.location ?? '',
    joinUrl: session.joinUrl,
    capacity: String(session.capacity),
    opensDate: local(session.bookingOpens).date,
    opensTime: local(session.bookingOpens).time,
    closesDate: local(session.bookingCloses).date,
    closesTime: local(session.bookingCloses).time,
    cutoffHours: String(session.cancellationCutoffHours),
    audience: session.audience,
  };
}

/** The team a person books for: their Entra object id, else their Teams id (as conversation references). */
function teamIdOf(context: TurnContext): string {
  return context.activity.from.aadObjectId ?? context.activity.from.id;
}

/**
 * Clinics and workshops in the conversation: the catalogue in the user's own time zone, booking,
 * the waitlist (with proactive offers of freed seats), "my bookings", and the IKM admin commands.
 * The rules live in `src/bookings`; this class words their answers.
 */
export class Sessions {
  constructor(private readonly deps: SessionDependencies) {}

  /**
   * The catalogue card: upcoming sessions still open for booking (or booked by this person), with
   * seats left, filters, "my bookings" and the zone.
   */
  async showCatalogue(context: TurnContext, filter: { kind?: SessionKind; topic?: string } = {}): Promise<void> {
    const { t, language } = turnOf(context);
    const zone = this.zoneOf(context);
    const now = this.deps.clock.now();
    const mine = new Map((await this.deps.bookings.myBookings(teamIdOf(context))).map((booking) => [booking.session.id, booking]));
    // Sessions whose booking has closed are left out, except the person's own.
    const sessions = (await this.deps.catalogue.list({ ...filter, from: now }))
      .filter((session) => mine.has(session.id) || Date.parse(session.bookingCloses) > now.getTime())
      .slice(0, MAX_LISTED);
    const items: SessionListItemData[] = [];
    for (const session of sessions) {
      const booking = mine.get(session.id);
      const item = this.listItem(session, language, zone);
      if (booking) {
        items.push({
          ...item,
          ...this.bookingStatus(t, booking),
          actionLabel: t.sessions.booking.cancel,
          actionVerb: 'session.cancel',
          moveLabel: t.sessions.move.button,
        });
        continue;
      }
      if (Date.parse(session.bookingOpens) > now.getTime()) {
        // Not bookable yet: say when instead of offering a button that can only be refused.
        items.push({
          ...item,
          status: t.sessions.refusals.windowNotOpen({ date: formatDateTime(new Date(session.bookingOpens), language, zone) }),
          statusColor: 'Warning',
          actionLabel: '',
          actionVerb: 'session.book',
          moveLabel: '',
        });
        continue;
      }
      const attendees = await this.deps.bookings.attendees(session.id);
      const left = attendees.ok ? Math.max(0, session.capacity - attendees.confirmed.length) : 0;
      items.push({
        ...item,
        status: left > 0 ? t.sessions.seatsLeft({ count: left }) : t.sessions.full,
        statusColor: left > 0 ? 'Good' : 'Warning',
        actionLabel: left > 0 ? t.sessions.bookButton : t.sessions.waitlistButton,
        actionVerb: 'session.book',
        moveLabel: '',
      });
    }
    const texts = t.sessions.catalogue;
    const card = renderSessionCatalogueCard({
      title: texts.title,
      intro: texts.intro,
      zoneLine: texts.zone({ zone }),
      filters: [
        { label: texts.filters.all, kind: '' },
        { label: texts.filters.clinic, kind: 'clinic' },
        { label: texts.filters.workshop, kind: 'workshop' },
      ],
      topicLabel: texts.topic,
      topicChoices: [
        // A real value for "all": an empty one shows as an empty box in Teams.
        { title: texts.allTopics, value: 'all' },
        ...this.deps.catalogue.topics().map((topic) => ({ title: topic.label[language], value: topic.id })),
      ],
      currentTopic: filter.topic ?? 'all',
      currentKind: filter.kind ?? '',
      showLabel: texts.show,
      empty: items.length === 0 ? texts.none : '',
      sessions: items,
      mineLabel: texts.mine,
      zoneLabel: texts.changeZone,
    });
    const lines = items.map((item) => `${item.title} (${item.sessionId})\n   ${item.when}\n   ${item.host}\n   ${item.status}`);
    const text = [texts.title, texts.zone({ zone }), items.length ? numberedList(lines) : texts.none, items.length ? texts.textHint : '']
      .filter(Boolean)
      .join('\n\n');
    await sendCardOrText(context, card, text);
  }

  /** Books a seat (or a waitlist place) for the person's team. */
  async book(context: TurnContext, sessionId: string): Promise<void> {
    const { t, language } = turnOf(context);
    const teamId = teamIdOf(context);
    const zone = this.zoneOf(context);
    const result = await this.deps.bookings.book(teamId, sessionId);
    if (!result.ok) {
      await context.sendActivity(await this.refusalText(t, language, zone, result));
      return;
    }
    await this.rememberPrefs(teamId, { language, timeZone: zone });
    const session = await this.deps.catalogue.get(sessionId);
    if (!session) return;
    const texts = t.sessions.booking;
    const title = session.title[language];
    const text =
      result.status === 'confirmed'
        ? result.alreadyBooked
          ? texts.alreadyConfirmed
          : texts.confirmed({ title })
        : result.alreadyBooked
          ? texts.alreadyWaitlisted({ position: result.position })
          : texts.waitlisted({ title, position: result.position });
    const heading = result.status === 'confirmed' ? texts.confirmedTitle : texts.waitlistedTitle;
    await this.sendBookingCard(context, session, language, zone, {
      heading,
      headingColor: result.status === 'confirmed' ? 'Good' : 'Warning',
      text,
      links: result.status === 'confirmed',
      action: { label: texts.cancel, verb: 'session.cancel' },
      move: true,
    });
  }

  /** Cancels the person's own booking; a freed seat goes to the waitlist, whose team is told. */
  async cancel(context: TurnContext, sessionId: string): Promise<void> {
    const { t, language } = turnOf(context);
    const result = await this.deps.bookings.cancel(teamIdOf(context), sessionId);
    const texts = t.sessions.cancel;
    if (!result.ok) {
      if (result.reason === 'cutoff-passed') {
        await context.sendActivity(texts.cutoff({ date: formatDateTime(result.cutoff, language, this.zoneOf(context)) }));
      } else if (result.reason === 'busy') await context.sendActivity(t.sessions.refusals.busy);
      else if (result.reason === 'not-found') await context.sendActivity(t.sessions.refusals.notFound);
      else await context.sendActivity(texts.notBooked);
      return;
    }
    const session = await this.deps.catalogue.get(sessionId);
    const title = session?.title[language] ?? sessionId;
    await context.sendActivity(result.was === 'confirmed' ? texts.confirmed({ title }) : texts.waitlisted({ title }));
    if (result.promoted) await this.sendPromotionNotices();
  }

  /** A promoted team gives its seat up; the next waitlisted team is told. */
  async decline(context: TurnContext, sessionId: string): Promise<void> {
    const { t, language } = turnOf(context);
    const result = await this.deps.bookings.declineOffer(teamIdOf(context), sessionId);
    if (!result.ok) {
      const refusals = t.sessions.refusals;
      if (result.reason === 'in-the-past') await context.sendActivity(refusals.inThePast);
      else if (result.reason === 'busy') await context.sendActivity(refusals.busy);
      else if (result.reason === 'not-found') await context.sendActivity(refusals.notFound);
      else await context.sendActivity(t.sessions.offer.notOffered);
      return;
    }
    const session = await this.deps.catalogue.get(sessionId);
    await context.sendActivity(t.sessions.offer.declined({ title: session?.title[language] ?? sessionId }));
    if (result.promoted) await this.sendPromotionNotices();
  }

  /**
   * "Move to another session": the other upcoming sessions of the same kind (and topic, for a
   * clinic) still open for booking, each with "Move here" when it has a free seat.
   */
  async showMoveChoices(context: TurnContext, fromId: string): Promise<void> {
    const { t, language } = turnOf(context);
    const zone = this.zoneOf(context);
    const now = this.deps.clock.now();
    const teamId = teamIdOf(context);
    const mine = await this.deps.bookings.myBookings(teamId);
    const booking = mine.find((candidate) => candidate.session.id === fromId);
    const texts = t.sessions.move;
    if (!booking) {
      await context.sendActivity(texts.notBooked);
      return;
    }
    const from = booking.session;
    const held = new Set(mine.map((candidate) => candidate.session.id));
    const targets = (await this.deps.catalogue.list({ kind: from.kind, topic: from.kind === 'clinic' ? from.topic : undefined, from: now }))
      .filter((session) => !held.has(session.id))
      .filter((session) => Date.parse(session.bookingOpens) <= now.getTime() && Date.parse(session.bookingCloses) > now.getTime())
      .slice(0, MAX_LISTED);
    const items: SessionMoveCardData['sessions'] = [];
    for (const session of targets) {
      const attendees = await this.deps.bookings.attendees(session.id);
      const left = attendees.ok ? Math.max(0, session.capacity - attendees.confirmed.length) : 0;
      items.push({
        sessionId: session.id,
        from: from.id,
        title: session.title[language],
        when: this.when(session, language, zone),
        host: t.sessions.host({ host: session.host }),
        status: left > 0 ? t.sessions.seatsLeft({ count: left }) : t.sessions.refusals.full,
        statusColor: left > 0 ? 'Good' : 'Warning',
        moveLabel: left > 0 ? texts.here : '',
      });
    }
    const title = texts.title({ title: from.title[language] });
    const card = renderSessionMoveCard({
      title,
      intro: texts.intro,
      zoneLine: t.sessions.catalogue.zone({ zone }),
      empty: items.length === 0 ? texts.none : '',
      sessions: items,
      mineLabel: t.sessions.catalogue.mine,
    });
    const lines = items.map((item) => `${item.title} (${item.sessionId})\n   ${item.when}\n   ${item.status}`);
    const text = [title, items.length ? numberedList(lines) : texts.none, texts.textHint].join('\n\n');
    await sendCardOrText(context, card, text);
  }

  /**
   * Moves the person's booking: atomic in the domain (the old seat is released only once the new
   * one is taken). A team promoted into the seat left behind is told, as after a cancel.
   */
  async reschedule(context: TurnContext, fromId: string, toId: string): Promise<void> {
    const { t, language } = turnOf(context);
    const teamId = teamIdOf(context);
    const zone = this.zoneOf(context);
    const result = await this.deps.bookings.reschedule(teamId, fromId, toId);
    const texts = t.sessions.move;
    if (!result.ok) {
      const target = await this.deps.catalogue.get(toId);
      switch (result.reason) {
        case 'same-session':
          await context.sendActivity(texts.sameSession);
          return;
        case 'not-booked':
          await context.sendActivity(texts.notBooked);
          return;
        case 'cutoff-passed':
          await context.sendActivity(texts.cutoff({ date: formatDateTime(result.cutoff, language, zone) }));
          return;
        case 'already-booked':
          await context.sendActivity(texts.alreadyBooked);
          return;
        case 'full':
          await context.sendActivity(texts.full({ title: target?.title[language] ?? toId }));
          return;
        default:
          await context.sendActivity(await this.refusalText(t, language, zone, result));
          return;
      }
    }
    await this.rememberPrefs(teamId, { language, timeZone: zone });
    const [from, to] = await Promise.all([this.deps.catalogue.get(fromId), this.deps.catalogue.get(toId)]);
    if (to) {
      await this.sendBookingCard(context, to, language, zone, {
        heading: texts.movedTitle,
        headingColor: 'Good',
        text: texts.moved({ from: from?.title[language] ?? fromId, to: to.title[language] }),
        links: true,
        action: { label: t.sessions.booking.cancel, verb: 'session.cancel' },
        move: true,
      });
    }
    this.deps.logger.info({ event: 'session.rescheduled', from: fromId, to: toId }, 'booking moved');
    if (result.promoted) await this.sendPromotionNotices();
  }

  /** Admin: `create session` (an empty form) or `edit session <id>` (the form prefilled). */
  async adminForm(context: TurnContext, editId?: string): Promise<void> {
    const { t } = turnOf(context);
    if (!isIkmAdmin(this.deps.config, context.activity.from.aadObjectId)) {
      await context.sendActivity(t.faq.adminOnly);
      return;
    }
    const zone = this.zoneOf(context);
    if (editId === undefined) {
      await this.sendAdminForm(context, '', this.emptyAdminValues(), []);
      return;
    }
    const session = await this.deps.catalogue.get(editId);
    if (!session) {
      await context.sendActivity(t.sessions.admin.notFound({ id: editId }));
      return;
    }
    await this.sendAdminForm(context, editId, adminValuesOf(session, zone), []);
  }

  /** Admin: the form's submit, checked by the catalogue; every problem goes back on the form. */
  async adminSave(context: TurnContext, data: SessionAdminSubmit): Promise<void> {
    const { t, language } = turnOf(context);
    const adminId = context.activity.from.aadObjectId;
    if (!isIkmAdmin(this.deps.config, adminId)) {
      await context.sendActivity(t.faq.adminOnly);
      return;
    }
    const texts = t.sessions.admin.form;
    const zone = this.zoneOf(context);
    const values = Object.fromEntries(SESSION_ADMIN_FIELDS.map((field) => [field, (data[field] ?? '').trim()])) as Record<
      SessionAdminField,
      string
    >;
    const input = this.adminInput(values, zone);
    const result = data.editId
      ? await this.deps.catalogue.update(data.editId, input, adminId!)
      : await this.deps.catalogue.create({ ...input, id: values.id || undefined }, adminId!);
    if (!result.ok) {
      let problems: string[];
      if (result.reason === 'invalid') {
        // An unreadable start is named once, not again as the booking close that defaults to it.
        const startWrong = result.problems.some((problem) => problem.path === 'start');
        const closesTyped = values.closesDate !== '' || values.closesTime !== '';
        problems = result.problems
          .filter((problem) => !(startWrong && !closesTyped && problem.path === 'bookingCloses'))
          .map((problem) => this.problemText(t, problem));
      }
      else if (result.reason === 'exists') problems = [texts.exists({ id: values.id })];
      else if (result.reason === 'capacity-below-booked') problems = [texts.capacityBelowBooked({ booked: result.booked })];
      else if (result.reason === 'cancelled') problems = [texts.cancelled];
      else problems = [t.sessions.admin.notFound({ id: data.editId })];
      this.deps.logger.info({ event: 'session.admin_refused', reason: result.reason }, 'session form refused');
      await this.sendAdminForm(context, data.editId, values, problems);
      return;
    }
    const session = result.session;
    this.deps.logger.info({ event: data.editId ? 'session.updated' : 'session.created', session: session.id }, 'session saved by an admin');
    await context.sendActivity(
      data.editId ? texts.updated({ title: session.title[language] }) : texts.created({ title: session.title[language], id: session.id }),
    );
    if (data.editId) {
      // A raised capacity moves the waitlist up; those teams are told.
      const promoted = await this.deps.bookings.fillFreeSeats(session.id);
      if (promoted.length > 0) await this.sendPromotionNotices();
    }
  }

  private emptyAdminValues(): Record<SessionAdminField, string> {
    const values = Object.fromEntries(SESSION_ADMIN_FIELDS.map((field) => [field, ''])) as Record<SessionAdminField, string>;
    return { ...values, kind: 'workshop', format: 'online', audience: 'everyone', cutoffHours: '24', topic: this.deps.catalogue.topics()[0]?.id ?? '' };
  }

  /** The form's text as a session input: local dates in the admin's zone to UTC, numbers as numbers. */
  private adminInput(values: Record<SessionAdminField, string>, zone: string): Record<string, unknown> {
    const instant = (date: string, time: string): string | undefined => {
      if (!date && !time) return undefined;
      const parsed = parseLocalDateTime(`${date}T${time.slice(0, 5)}`, zone, 'start');
      // Unreadable: passed on as typed, so the catalogue names the field.
      return parsed.ok ? parsed.value.toISOString() : `${date} ${time}`.trim();
    };
    const whole = (text: string): unknown => (text === '' ? undefined : /^-?\d{1,9}$/.test(text) ? Number(text) : text);
    const start = instant(values.startDate, values.startTime);
    const en = values.titleEn;
    return {
      kind: values.kind || undefined,
      title: en ? { en, fr: values.titleFr || en, es: values.titleEs || en } : undefined,
      description: en ? { en, fr: values.titleFr || en, es: values.titleEs || en } : undefined,
      topic: values.topic || undefined,
      host: values.host || undefined,
      start,
      durationMinutes: whole(values.durationMinutes),
      format: values.format || undefined,
      location: values.location || undefined,
      joinUrl: values.joinUrl || undefined,
      capacity: whole(values.capacity),
      bookingOpens: instant(values.opensDate, values.opensTime) ?? this.deps.clock.now().toISOString(),
      bookingCloses: instant(values.closesDate, values.closesTime) ?? start,
      cancellationCutoffHours: whole(values.cutoffHours),
      audience: values.audience || undefined,
    };
  }

  /** "Capacity (teams): must be 1 to 500 teams for this kind of session." */
  private problemText(t: Messages, problem: SessionProblem): string {
    const texts = t.sessions.admin.form;
    const root = problem.path.split('.')[0];
    const field: SessionAdminField | undefined = {
      id: 'id',
      kind: 'kind',
      title: problem.path === 'title.fr' ? 'titleFr' : problem.path === 'title.es' ? 'titleEs' : 'titleEn',
      description: problem.path === 'description.fr' ? 'titleFr' : problem.path === 'description.es' ? 'titleEs' : 'titleEn',
      topic: 'topic',
      host: 'host',
      start: 'startDate',
      durationMinutes: 'durationMinutes',
      format: 'format',
      location: 'location',
      joinUrl: 'joinUrl',
      capacity: 'capacity',
      bookingOpens: 'opensDate',
      bookingCloses: 'closesDate',
      cancellationCutoffHours: 'cutoffHours',
      audience: 'audience',
    }[root] as SessionAdminField | undefined;
    const label = field ? texts.labels[field].replace(/ \((date|fecha)\)$/, '') : problem.path;
    const params = problem.params ?? {};
    const n = (key: string) => Number(params[key] ?? 0);
    const reasons = texts.reasons;
    const reason = (() => {
      switch (problem.code) {
        case 'required':
          return reasons.required;
        case 'not-whole-number':
          return reasons.notWholeNumber;
        case 'invalid-type':
          return params.expected === 'number' ? reasons.notWholeNumber : reasons.other;
        case 'invalid-value':
          return reasons.invalidValue;
        case 'invalid-slug':
          return reasons.invalidSlug;
        case 'too-long':
          return reasons.tooLong({ maximum: n('maximum') });
        case 'too-short':
          return reasons.required;
        case 'too-small':
          return reasons.tooSmall({ minimum: n('minimum') });
        case 'too-big':
          return reasons.tooBig({ maximum: n('maximum') });
        case 'invalid-instant':
          return reasons.invalidDate;
        case 'not-teams-link':
          return reasons.notTeamsLink;
        case 'duration-out-of-range':
          return reasons.durationOutOfRange({ min: n('min'), max: n('max') });
        case 'capacity-out-of-range':
          return reasons.capacityOutOfRange({ min: n('min'), max: n('max') });
        case 'location-required':
          return reasons.locationRequired;
        case 'closes-before-opens':
          return reasons.closesBeforeOpens;
        case 'closes-after-start':
          return reasons.closesAfterStart;
        case 'unknown-topic':
          return reasons.unknownTopic;
        default:
          return reasons.other;
      }
    })();
    return texts.problem({ field: label, reason });
  }

  private async sendAdminForm(
    context: TurnContext,
    editId: string,
    values: Record<SessionAdminField, string>,
    problems: string[],
  ): Promise<void> {
    const { t, language } = turnOf(context);
    const texts = t.sessions.admin.form;
    const zone = this.zoneOf(context);
    const card = renderSessionAdminCard({
      title: editId ? texts.editTitle({ id: editId }) : texts.createTitle,
      intro: texts.intro({ zone }),
      problemsTitle: texts.problemsTitle,
      problems,
      editId,
      labels: texts.labels,
      values,
      kindChoices: SESSION_KINDS.map((kind) => ({ title: t.sessions.kinds[kind], value: kind })),
      topicChoices: this.deps.catalogue.topics().map((topic) => ({ title: topic.label[language], value: topic.id })),
      formatChoices: SESSION_FORMATS.map((format) => ({ title: texts.formats[format], value: format })),
      audienceChoices: SESSION_AUDIENCES.map((audience) => ({ title: texts.audiences[audience], value: audience })),
      requiredMessage: texts.required,
      saveLabel: texts.save,
    });
    const text = [texts.cardsOnly, problems.length ? `${texts.problemsTitle}\n${problems.map((p) => `- ${p}`).join('\n')}` : '']
      .filter(Boolean)
      .join('\n\n');
    await sendCardOrText(context, card, text);
  }

  /** The person's seats and waitlist places, each with a cancel button. */
  async showMine(context: TurnContext): Promise<void> {
    const { t, language } = turnOf(context);
    const zone = this.zoneOf(context);
    const bookings = await this.deps.bookings.myBookings(teamIdOf(context));
    const texts = t.sessions.mine;
    const items = bookings.map((booking) => ({
      ...this.listItem(booking.session, language, zone),
      ...this.bookingStatus(t, booking),
      actionLabel: booking.offered ? t.sessions.offer.decline : t.sessions.booking.cancel,
      actionVerb: 'session.cancel' as const,
      moveLabel: t.sessions.move.button,
    }));
    const card = renderSessionCatalogueCard({
      title: texts.title,
      intro: '',
      zoneLine: t.sessions.catalogue.zone({ zone }),
      filters: [],
      topicLabel: '',
      topicChoices: [],
      currentTopic: '',
      currentKind: '',
      showLabel: '',
      empty: items.length === 0 ? texts.none : '',
      sessions: items,
      mineLabel: '',
      zoneLabel: t.sessions.catalogue.changeZone,
    });
    const lines = items.map((item) => `${item.title} (${item.sessionId})\n   ${item.when}\n   ${item.status}`);
    const text = items.length ? [texts.title, numberedList(lines), texts.cancelHint].join('\n\n') : texts.none;
    await sendCardOrText(context, card, text);
  }

  /** Without a zone: the choice of zones. With one: stored as the person's choice, when it is a real zone. */
  async chooseZone(context: TurnContext, typed?: string): Promise<void> {
    const { t, state } = turnOf(context);
    const texts = t.sessions.zone;
    if (typed === undefined) {
      const current = this.zoneOf(context);
      const zones: string[] = [...COMMON_TIME_ZONES];
      if (!zones.includes(current)) zones.unshift(current);
      const card = renderSessionZoneCard({
        prompt: texts.prompt({ zone: current }),
        label: texts.label,
        current,
        choices: zones.map((zone) => ({ title: zone, value: zone })),
        saveLabel: texts.save,
      });
      await sendCardOrText(context, card, `${texts.prompt({ zone: current })}\n${texts.textHint}`);
      return;
    }
    const zone = canonicalTimeZone(typed.trim());
    if (!zone) {
      await context.sendActivity(texts.unknown({ zone: typed.trim().slice(0, 64) }));
      return;
    }
    state.user.timeZone = zone;
    await context.sendActivity(texts.changed({ zone }));
  }

  /** Admin: `cancel session <id>`; every team holding a seat or a place is told. */
  async adminCancel(context: TurnContext, sessionId: string): Promise<void> {
    const { t, language } = turnOf(context);
    const adminId = context.activity.from.aadObjectId;
    if (!isIkmAdmin(this.deps.config, adminId)) {
      await context.sendActivity(t.faq.adminOnly);
      return;
    }
    const result = await this.deps.catalogue.cancel(sessionId, adminId!);
    if (!result.ok) {
      await context.sendActivity(t.sessions.admin.notFound({ id: sessionId }));
      return;
    }
    const title = result.session.title[language];
    const teams = [...result.confirmed, ...result.waitlisted];
    if (result.alreadyCancelled) {
      await context.sendActivity(t.sessions.admin.alreadyCancelled({ title }));
      return;
    }
    await context.sendActivity(t.sessions.admin.cancelled({ title, count: teams.length }));
    this.deps.logger.info({ event: 'session.cancelled', session: sessionId, teams: teams.length }, 'session cancelled by an admin');
    for (const teamId of teams) {
      await this.tell(teamId, async (proactive, prefs) => {
        const tt = messages(prefs.language);
        const date = this.when(result.session, prefs.language, prefs.timeZone);
        await proactive.sendActivity(tt.sessions.sessionCancelled({ title: result.session.title[prefs.language], date }));
      });
    }
  }

  /** Admin: `attendees <id>`: who holds a seat, who waits, and a CSV link valid for an hour. */
  async adminAttendees(context: TurnContext, sessionId: string): Promise<void> {
    const { t, language } = turnOf(context);
    if (!isIkmAdmin(this.deps.config, context.activity.from.aadObjectId)) {
      await context.sendActivity(t.faq.adminOnly);
      return;
    }
    const result = await this.deps.bookings.attendees(sessionId);
    const texts = t.sessions.admin;
    if (!result.ok) {
      await context.sendActivity(texts.notFound({ id: sessionId }));
      return;
    }
    const rows = [
      ...result.confirmed.map((attendee) => ({ teamId: attendee.teamId, status: texts.confirmed })),
      ...result.waitlisted.map((attendee) => ({ teamId: attendee.teamId, status: texts.waitlisted({ position: attendee.position ?? 0 }) })),
    ];
    const title = texts.attendeesTitle({ title: result.session.title[language] });
    const counts = texts.counts({ confirmed: result.confirmed.length, capacity: result.session.capacity, waitlisted: result.waitlisted.length });
    const downloadUrl = `${this.deps.baseUrl()}${this.deps.links.attendeesPath(sessionId)}`;
    const card = renderSessionAttendeesCard({
      title,
      counts,
      empty: rows.length === 0 ? texts.none : '',
      rows,
      downloadLabel: texts.download,
      downloadUrl,
    });
    const text = [title, counts, rows.map((row) => `- ${row.teamId}: ${row.status}`).join('\n'), `${texts.download}: ${downloadUrl}`]
      .filter(Boolean)
      .join('\n\n');
    await sendCardOrText(context, card, text);
  }

  /**
   * Typed commands with an argument ("book clinic-scaling-1", "cancel session x", "attendees x",
   * "time zone Europe/Paris"). True when the message was one; a sentence that merely starts with
   * such a word ("book keeping for migrants?") is not, and goes on to the FAQ.
   */
  async handleTyped(context: TurnContext, text: string): Promise<boolean> {
    const folded = foldForMatching(text);
    for (const [prefix, command] of PREFIXES) {
      if (command === 'createSession') {
        if (folded.trim() !== prefix) continue;
        await this.adminForm(context);
        return true;
      }
      if (!folded.startsWith(`${prefix} `)) continue;
      const argument = folded.slice(prefix.length).trim();
      if (command === 'timeZone') {
        if (!/^[a-z_]+(\/[a-z0-9_+-]+){0,2}$/i.test(argument)) return false;
        // The zone's capitals come from the runtime's own spelling (the folded text is lower case).
        await this.chooseZone(context, argument);
        return true;
      }
      if (!SESSION_ID.test(argument) || !argument.includes('-')) return false;
      if (command === 'book') await this.book(context, argument);
      else if (command === 'cancelBooking') await this.cancel(context, argument);
      else if (command === 'cancelSession') await this.adminCancel(context, argument);
      else if (command === 'editSession') await this.adminForm(context, argument);
      else await this.adminAttendees(context, argument);
      return true;
    }
    return false;
  }

  /**
   * Tells every team promoted from a waitlist (by any path: a cancel, a decline, a repair) that the
   * seat is theirs, once: each notice is claimed in the store before it is sent.
   */
  async sendPromotionNotices(): Promise<void> {
    const { bookings, catalogue, clock, store } = this.deps;
    for (const notice of await bookings.promotionNotices(clock.now())) {
      const claimed = await store.put(`sessions/notices/${notice.key}`, { at: clock.now().toISOString() }, 0);
      if (claimed === null) continue;
      const session = await catalogue.get(notice.sessionId);
      if (!session) continue;
      await this.tell(notice.teamId, async (proactive, prefs) => {
        const t = messages(prefs.language);
        await proactive.sendActivity({
          attachments: [
            CardFactory.adaptiveCard(
              renderSessionBookingCard({
                ...this.bookingCardData(session, prefs.language, prefs.timeZone, true),
                heading: t.sessions.offer.title,
                headingColor: 'Good',
                text: t.sessions.offer.text({ title: session.title[prefs.language] }),
                actionLabel: t.sessions.offer.decline,
                actionVerb: 'session.decline',
                moveLabel: '',
              }),
            ),
          ],
        });
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

  /** The person's zone: their explicit choice, else what Teams says, else the configured default. */
  private zoneOf(context: TurnContext): string {
    const { state } = turnOf(context);
    return (
      canonicalTimeZone(state.user.timeZone) ??
      canonicalTimeZone(context.activity.localTimezone) ??
      this.deps.config.defaultTimeZone
    );
  }

  /** "Tue 26 Nov, 09:00–09:45 (America/New_York, UTC−05:00)" */
  private when(session: Session, language: Language, zone: string): string {
    const start = new Date(session.start);
    return messages(language).sessions.when({
      date: formatSessionDay(start, language, zone),
      start: localParts(start, zone).time,
      end: localParts(sessionEnd(session), zone).time,
      zone,
      offset: zoneLabel(zone, start),
    });
  }

  private listItem(session: Session, language: Language, zone: string) {
    const t = messages(language).sessions;
    const topic = this.deps.catalogue.topics().find((candidate) => candidate.id === session.topic);
    return {
      sessionId: session.id,
      title: session.title[language],
      kindLabel: t.kinds[session.kind],
      topicLabel: topic?.label[language] ?? session.topic,
      when: this.when(session, language, zone),
      host: t.host({ host: session.host }),
    };
  }

  private bookingStatus(t: Messages, booking: MyBooking): Pick<SessionListItemData, 'status' | 'statusColor'> {
    if (booking.status === 'waitlisted') {
      return { status: t.sessions.mine.waitlisted({ position: booking.position ?? 0 }), statusColor: 'Warning' };
    }
    return { status: booking.offered ? t.sessions.mine.offered : t.sessions.mine.confirmed, statusColor: 'Good' };
  }

  private bookingCardData(session: Session, language: Language, zone: string, links: boolean) {
    const t = messages(language).sessions;
    return {
      title: session.title[language],
      when: this.when(session, language, zone),
      host: t.host({ host: session.host }),
      place: session.format === 'in-person' && session.location ? t.inPerson({ location: session.location }) : t.online,
      joinLabel: t.booking.join,
      joinUrl: links ? session.joinUrl : '',
      calendarLabel: t.booking.calendar,
      calendarUrl: links ? `${this.deps.baseUrl()}${this.deps.links.calendarPath(session.id, language)}` : '',
      sessionId: session.id,
    };
  }

  private async sendBookingCard(
    context: TurnContext,
    session: Session,
    language: Language,
    zone: string,
    options: {
      heading: string;
      headingColor: 'Good' | 'Warning';
      text: string;
      links: boolean;
      action: { label: string; verb: 'session.cancel' };
      move: boolean;
    },
  ): Promise<void> {
    const t = messages(language).sessions;
    const data = {
      ...this.bookingCardData(session, language, zone, options.links),
      heading: options.heading,
      headingColor: options.headingColor,
      text: options.text,
      actionLabel: options.action.label,
      actionVerb: options.action.verb,
      moveLabel: options.move ? t.move.button : '',
    };
    const text = [
      options.text,
      `${data.title}\n${data.when}\n${data.host}\n${data.place}`,
      options.links ? t.booking.links({ join: data.joinUrl, calendar: data.calendarUrl }) : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    await sendCardOrText(context, renderSessionBookingCard(data), text);
  }

  /** One sentence per refusal of the booking rules. */
  private async refusalText(t: Messages, language: Language, zone: string, result: Exclude<BookResult, { ok: true }>): Promise<string> {
    const texts = t.sessions.refusals;
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
        const topic = this.deps.catalogue.topics().find((candidate) => candidate.id === result.topic);
        return texts.topicLimit({ topic: topic?.label[language] ?? result.topic, limit: result.limit });
      }
      case 'overlap': {
        const other = await this.deps.catalogue.get(result.sessionId);
        return texts.overlap({ title: other?.title[language] ?? result.sessionId });
      }
      case 'busy':
        return texts.busy;
    }
  }

  private async rememberPrefs(teamId: string, prefs: Prefs): Promise<void> {
    const key = PREFS_PREFIX + encodeURIComponent(teamId);
    const stored = await this.deps.store.get<unknown>(key);
    const parsed = prefsSchema.safeParse(stored?.value);
    if (parsed.success && parsed.data.language === prefs.language && parsed.data.timeZone === prefs.timeZone) return;
    await this.deps.store.put(key, prefs);
  }

  /**
   * Sends to a team's personal chat, in the language and zone it last booked with (else its Teams
   * locale and the default zone). A team that never chatted, or removed the bot, cannot be reached.
   */
  private async tell(teamId: string, send: (context: TurnContext, prefs: Prefs) => Promise<void>): Promise<void> {
    const { references, logger, store, config } = this.deps;
    const key = userConversationKey(teamId);
    const reference = await references.getByKey(key);
    if (!reference) {
      logger.warn({ event: 'session.no_reference' }, 'a team cannot be reached');
      return;
    }
    const stored = prefsSchema.safeParse((await store.get<unknown>(PREFS_PREFIX + encodeURIComponent(teamId)))?.value);
    const prefs: Prefs = stored.success
      ? stored.data
      : { language: resolveLanguage(undefined, reference.locale), timeZone: config.defaultTimeZone };
    if (!isLanguage(prefs.language) || !isValidTimeZone(prefs.timeZone)) return;
    try {
      await this.deps.adapter.continueConversationAsync(config.bot.appId ?? '', toConversationReference(reference), (context) =>
        send(context, prefs),
      );
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 403 || status === 404) await references.removeByKey(key);
      logger.error({ event: 'session.notify_failed', status, error: describeError(error) }, 'a team was not told');
    }
  }
}
