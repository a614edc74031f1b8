import type { TurnContext } from 'botbuilder';
import { zoneName } from '../../time-zone';
import { changesForTeams, sessionEnd, SESSION_AUDIENCES, SESSION_FORMATS, SESSION_KINDS } from '../../bookings';
import { messages } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { requireIkmAdmin } from '../admin';
import { sendCardOrText } from '../replies';
import { turnOf } from '../turn';
import { adminInput, adminProblemText, adminValuesOf, emptyAdminValues } from './admin-form';
import {
  renderSessionAdminCancelCard,
  renderSessionAdminCard,
  renderSessionAttendeesCard,
  SESSION_ADMIN_FIELDS,
  SessionAdminField,
  SessionAdminSubmit,
} from './cards';
import { sessionWhen } from './session-texts';
import type { SessionDependencies } from './dependencies';
import type { SessionNotices } from './notices';

/**
 * IKM's session work: create and edit sessions from a card (times in the desk's zone), cancel
 * a session (every team holding a seat or a place is told), see and download who attends.
 */
export class SessionAdmin {
  constructor(
    private readonly deps: SessionDependencies,
    private readonly notices: SessionNotices,
  ) {}

  /** `create session` (an empty form) or `edit session <id>` (the form prefilled). */
  async showForm(context: TurnContext, editId?: string): Promise<void> {
    if (!(await requireIkmAdmin(context))) return;
    const { t } = turnOf(context);
    const timeZone = this.deps.deskZone;
    if (editId === undefined) {
      await this.sendForm(context, '', emptyAdminValues(this.deps.catalogue.topics()[0]?.id), []);
      return;
    }
    const session = await this.deps.catalogue.get(editId);
    if (!session) {
      await context.sendActivity(t.sessions.admin.notFound({ id: editId }));
      return;
    }
    await this.sendForm(context, editId, adminValuesOf(session, timeZone), []);
  }

  /** The form's submit, checked by the catalogue; every problem goes back on the form. */
  /** The form again with what was typed and `problem` above it (a box past its limit): nothing saved. */
  async showUnfinished(context: TurnContext, data: SessionAdminSubmit, problem: string): Promise<void> {
    if (!(await requireIkmAdmin(context))) return;
    const values = Object.fromEntries(SESSION_ADMIN_FIELDS.map((field) => [field, (data[field] ?? '').trim()])) as Record<SessionAdminField, string>;
    await this.sendForm(context, data.editId, values, [problem]);
  }

  async save(context: TurnContext, data: SessionAdminSubmit): Promise<void> {
    const adminId = await requireIkmAdmin(context);
    if (!adminId) return;
    const { t, language } = turnOf(context);
    const { catalogue, bookings, clock, logger, deskZone: timeZone } = this.deps;
    const texts = t.sessions.admin.form;
    const values = Object.fromEntries(SESSION_ADMIN_FIELDS.map((field) => [field, (data[field] ?? '').trim()])) as Record<
      SessionAdminField,
      string
    >;
    const existing = data.editId ? await catalogue.get(data.editId) : undefined;
    const input = adminInput(values, timeZone, clock.now(), existing);
    const result = data.editId
      ? await catalogue.update(data.editId, input, adminId)
      : await catalogue.create({ ...input, id: values.id || undefined }, adminId);
    if (!result.ok) {
      let problems: string[];
      if (result.reason === 'invalid') {
        // An unreadable start is named once, not again as the booking close that defaults to it.
        const startWrong = result.problems.some((problem) => problem.path === 'start');
        const closesTyped = values.closesDate !== '' || values.closesTime !== '';
        problems = result.problems
          .filter((problem) => !(startWrong && !closesTyped && problem.path === 'bookingCloses'))
          .map((problem) => adminProblemText(t, problem));
      } else if (result.reason === 'exists') problems = [texts.exists({ id: values.id })];
      else if (result.reason === 'capacity-below-booked') problems = [texts.capacityBelowBooked({ booked: result.booked })];
      else if (result.reason === 'cancelled') problems = [texts.cancelled];
      else problems = [t.sessions.admin.notFound({ id: data.editId })];
      logger.info({ event: 'session.admin_refused', reason: result.reason }, 'session form refused');
      await this.sendForm(context, data.editId, values, problems);
      return;
    }
    const session = result.session;
    logger.info({ event: data.editId ? 'session.updated' : 'session.created', session: session.id }, 'session saved by an admin');
    await this.deps.audit.record({ by: adminId, action: data.editId ? 'session.update' : 'session.create', target: session.id });
    const title = session.title[language];
    const opens = new Date(session.bookingOpens);
    const changes = existing ? changesForTeams(existing, session) : [];
    if (existing && changes.length > 0) {
      const attendees = await bookings.attendees(session.id);
      const seats = attendees.ok ? attendees.confirmed.map((attendee) => attendee.teamId) : [];
      const places = attendees.ok ? attendees.waitlisted.map((attendee) => attendee.teamId) : [];
      await context.sendActivity(texts.updatedTold({ title, count: seats.length + places.length }));
      await this.notices.sendChanges(session, existing, changes, seats, places);
    } else {
      await context.sendActivity(
        data.editId
          ? texts.updated({ title })
          : opens.getTime() > clock.now().getTime()
            ? texts.createdOpensLater({ title, id: session.id, date: formatDateTime(opens, language, timeZone) })
            : texts.created({ title, id: session.id }),
      );
    }
    if (data.editId) {
      // A raised capacity moves the waitlist up; those teams are told.
      const promoted = await bookings.fillFreeSeats(session.id);
      if (promoted.length > 0) await this.notices.sendPromotionNotices();
    }
  }

  /**
   * `cancel session <id>` (or Cancel on the desk's list): what the session is, how many teams hold a
   * seat or a place and will be told, and that it cannot be undone; nothing happens until "Yes".
   */
  async askCancelSession(context: TurnContext, sessionId: string): Promise<void> {
    if (!(await requireIkmAdmin(context))) return;
    const { t, language } = turnOf(context);
    const timeZone = this.deps.deskZone;
    const texts = t.sessions.admin;
    const attendees = await this.deps.bookings.attendees(sessionId);
    if (!attendees.ok) {
      await context.sendActivity(texts.notFound({ id: sessionId }));
      return;
    }
    const { session } = attendees;
    const title = session.title[language];
    if (session.status === 'cancelled') {
      await context.sendActivity(texts.alreadyCancelled({ title }));
      return;
    }
    if (sessionEnd(session).getTime() <= this.deps.clock.now().getTime()) {
      await context.sendActivity(texts.over({ title }));
      return;
    }
    const card = {
      question: texts.cancelAsk({ title, id: session.id }),
      when: sessionWhen(session, language, timeZone, this.deps.clock.now()),
      note: texts.cancelNote({ confirmed: attendees.confirmed.length, waitlisted: attendees.waitlisted.length }),
      yesLabel: texts.cancelYes,
      keepLabel: texts.cancelKeep,
      sessionId: session.id,
    };
    await sendCardOrText(context, renderSessionAdminCancelCard(card), [card.question, card.when, card.note].join('\n'));
  }

  /** "Keep it" on the confirmation: nothing changes. */
  async keepSession(context: TurnContext, sessionId: string): Promise<void> {
    if (!(await requireIkmAdmin(context))) return;
    const { t, language } = turnOf(context);
    const session = await this.deps.catalogue.get(sessionId);
    await context.sendActivity(session ? t.sessions.admin.kept({ title: session.title[language] }) : t.sessions.admin.notFound({ id: sessionId }));
  }

  /** "Yes, cancel the session" on the confirmation; every team holding a seat or a place is told. */
  async cancelSession(context: TurnContext, sessionId: string): Promise<void> {
    const adminId = await requireIkmAdmin(context);
    if (!adminId) return;
    const { t, language } = turnOf(context);
    const result = await this.deps.catalogue.cancel(sessionId, adminId);
    if (!result.ok) {
      await context.sendActivity(
        result.reason === 'over' ? t.sessions.admin.over({ title: result.session.title[language] }) : t.sessions.admin.notFound({ id: sessionId }),
      );
      return;
    }
    const title = result.session.title[language];
    const teams = [...result.confirmed, ...result.waitlisted];
    if (result.alreadyCancelled) {
      await context.sendActivity(t.sessions.admin.alreadyCancelled({ title }));
      return;
    }
    await this.deps.audit.record({ by: adminId, action: 'session.cancel', target: sessionId, detail: messages('en').desk.audit.details.sessionCancelled({ count: teams.length }) });
    await context.sendActivity(t.sessions.admin.cancelled({ title, count: teams.length }));
    this.deps.logger.info({ event: 'session.cancelled', session: sessionId, teams: teams.length }, 'session cancelled by an admin');
    await this.notices.sendCancellations(result.session, result.confirmed, result.waitlisted);
  }

  /** `attendees <id>`: who holds a seat, who waits, and a CSV link valid for an hour. */
  async showAttendees(context: TurnContext, sessionId: string): Promise<void> {
    const adminId = await requireIkmAdmin(context);
    if (!adminId) return;
    const { t, language } = turnOf(context);
    const result = await this.deps.bookings.attendees(sessionId, { heldWhenCancelled: true });
    if (result.ok) await this.deps.audit.record({ by: adminId, action: 'export.download', target: `attendees ${sessionId}` });
    const texts = t.sessions.admin;
    if (!result.ok) {
      await context.sendActivity(texts.notFound({ id: sessionId }));
      return;
    }
    const named = (teamId: string) => this.deps.people.labelOf(teamId);
    const rows = [
      ...(await Promise.all(result.confirmed.map(async (attendee) => ({ teamId: await named(attendee.teamId), status: texts.confirmed })))),
      ...(await Promise.all(
        result.waitlisted.map(async (attendee) => ({ teamId: await named(attendee.teamId), status: texts.waitlisted({ position: attendee.position ?? 0 }) })),
      )),
    ];
    const title = texts.attendeesTitle({ title: result.session.title[language] });
    // A cancelled session holds nobody: it lists who held a seat or a place when it was cancelled
    // (they were told), rather than "0 of 20".
    const cancelled = result.session.status === 'cancelled';
    const counts = cancelled
      ? texts.cancelledSession({ count: rows.length })
      : texts.counts({ confirmed: result.confirmed.length, capacity: result.session.capacity, waitlisted: result.waitlisted.length });
    const downloadUrl = `${this.deps.baseUrl()}${this.deps.links.attendeesPath(sessionId)}`;
    const card = renderSessionAttendeesCard({
      title,
      counts,
      empty: rows.length === 0 && !cancelled ? texts.none : '',
      rows,
      downloadLabel: texts.download,
      downloadUrl,
    });
    const text = [title, counts, rows.map((row) => `- ${row.teamId}: ${row.status}`).join('\n'), `${texts.download}: ${downloadUrl}`]
      .filter(Boolean)
      .join('\n\n');
    await sendCardOrText(context, card, text);
  }

  private async sendForm(context: TurnContext, editId: string, values: Record<SessionAdminField, string>, problems: string[]): Promise<void> {
    const { t, language } = turnOf(context);
    const texts = t.sessions.admin.form;
    const card = renderSessionAdminCard({
      title: editId ? texts.editTitle({ id: editId }) : texts.createTitle,
      intro: texts.intro({ zone: zoneName(this.deps.deskZone) }),
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
      cancelLabel: turnOf(context).t.desk.actions.cancel,
    });
    const text = [texts.cardsOnly, problems.length ? `${texts.problemsTitle}\n${problems.map((p) => `- ${p}`).join('\n')}` : '']
      .filter(Boolean)
      .join('\n\n');
    await sendCardOrText(context, card, text);
  }
}
