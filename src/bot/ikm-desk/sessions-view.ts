import type { TurnContext } from 'botbuilder';
import { sessionEnd } from '../../bookings';
import { formatDateTime } from '../../i18n/format';
import { zoneName } from '../../time-zone';
import { sendCardOrText } from '../replies';
import { sessionPlace, sessionWhen, topicLabel } from '../sessions/session-texts';
import { renderPanelCard } from './cards';
import { type DeskDependencies, deskZone } from './dependencies';
import { deskTurn } from './desk-language';

/** Most sessions the list shows (a card has a size limit); the soonest first. */
const LISTED = 25;

/**
 * IKM's clinics and workshops on the desk: every session not yet over with its id and its seats,
 * and one session's page with Edit, Attendees and Cancel. The same work as the typed commands
 * (`create session`, `edit session <id>`, `attendees <id>`, `cancel session <id>`), found without
 * knowing them.
 */
export class SessionsView {
  constructor(private readonly deps: DeskDependencies) {}

  async list(context: TurnContext): Promise<void> {
    const { t, language } = deskTurn();
    const timeZone = deskZone(this.deps);
    const d = t.desk.sessions;
    const now = this.deps.clock.now();
    const upcoming = (await this.deps.catalogue.list({ includeCancelled: true })).filter((session) => sessionEnd(session).getTime() > now.getTime());
    const rows = [];
    for (const session of upcoming.slice(0, LISTED)) {
      const attendees = await this.deps.bookings.attendees(session.id);
      const seats =
        session.status === 'cancelled'
          ? d.cancelled
          : d.seats({ taken: attendees.ok ? attendees.confirmed.length : 0, capacity: session.capacity, waiting: attendees.ok ? attendees.waitlisted.length : 0 });
      rows.push({
        text: `${session.title[language]} · ${session.id}`,
        detail: `${sessionWhen(session, language, timeZone, now)} · ${seats}`,
        actionTitle: d.manage,
        actionData: { verb: 'desk.session.open', sessionId: session.id },
      });
    }
    const card = renderPanelCard({
      title: d.title({ count: upcoming.length }),
      subtitle: upcoming.length === 0 ? d.none : d.intro({ zone: zoneName(timeZone) }),
      notes: upcoming.length > LISTED ? [d.more({ shown: LISTED, count: upcoming.length })] : [],
      groups: [],
      rows,
      actions: [
        { title: d.create, data: { verb: 'session.admin.form', sessionId: '' } },
        { title: t.desk.actions.back, data: { verb: 'desk.home' } },
      ],
      links: [],
    });
    const text = [d.title({ count: upcoming.length }), ...rows.map((row) => `${row.text}\n${row.detail}`), d.typed].join('\n\n');
    await sendCardOrText(context, card, text);
  }

  async open(context: TurnContext, sessionId: string): Promise<void> {
    const { t, language } = deskTurn();
    const timeZone = deskZone(this.deps);
    const d = t.desk.sessions;
    const attendees = await this.deps.bookings.attendees(sessionId);
    if (!attendees.ok) {
      await context.sendActivity(t.sessions.admin.notFound({ id: sessionId }));
      return;
    }
    const { session } = attendees;
    const now = this.deps.clock.now();
    const cancelled = session.status === 'cancelled';
    const facts = [
      { label: d.facts.when, value: sessionWhen(session, language, timeZone, now) },
      { label: d.facts.where, value: sessionPlace(session, language) },
      { label: d.facts.kind, value: `${t.sessions.kinds[session.kind]} · ${topicLabel(this.deps.catalogue, session.topic, language)}` },
      { label: d.facts.audience, value: t.sessions.admin.form.audiences[session.audience] },
      {
        label: d.facts.seats,
        value: cancelled ? d.cancelled : d.seats({ taken: attendees.confirmed.length, capacity: session.capacity, waiting: attendees.waitlisted.length }),
      },
      { label: d.facts.booking, value: d.bookingWindow({ opens: formatDateTime(new Date(session.bookingOpens), language, timeZone), closes: formatDateTime(new Date(session.bookingCloses), language, timeZone) }) },
    ];
    const card = renderPanelCard({
      title: `${session.title[language]} · ${session.id}`,
      subtitle: '',
      notes: [],
      groups: [{ heading: '', facts }],
      rows: [],
      actions: [
        ...(cancelled ? [] : [{ title: d.edit, data: { verb: 'session.admin.form', sessionId: session.id } }]),
        { title: d.attendees, data: { verb: 'session.admin.attendees', sessionId: session.id } },
        ...(cancelled ? [] : [{ title: d.cancel, data: { verb: 'session.admin.cancel.ask', sessionId: session.id } }]),
        { title: d.back, data: { verb: 'desk.sessions' } },
      ],
      links: [],
    });
    await sendCardOrText(context, card, [`${session.title[language]} · ${session.id}`, ...facts.map((fact) => `${fact.label}: ${fact.value}`)].join('\n'));
  }
}
