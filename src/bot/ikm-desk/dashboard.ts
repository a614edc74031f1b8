import type { TurnContext } from 'botbuilder';
import { dashboardNumbers, DashboardNumbers, REMINDER_OUTBOX_KINDS } from '../../desk';
import { formatDateTime } from '../../i18n/format';
import { sendCardOrText } from '../replies';
import { ButtonData, Fact, renderPanelCard } from './cards';
import { type DeskDependencies, deskZone } from './dependencies';
import { deskTurn } from './desk-language';

/** The desk's home: the call's numbers, computed now from what is stored, and every desk action. */
export class Dashboard {
  constructor(private readonly deps: DeskDependencies) {}

  async show(context: TurnContext): Promise<void> {
    const { t, language } = deskTurn();
    const timeZone = deskZone(this.deps);
    const d = t.desk;
    const numbers = await this.compute();
    const { call } = this.deps;
    const label = (entries: readonly { id: string; title?: { en: string }; label?: { en: string } }[], id: string) =>
      entries.find((entry) => entry.id === id)?.title?.en ?? entries.find((entry) => entry.id === id)?.label?.en ?? id;
    const counted = (record: Record<string, number>, entries: Parameters<typeof label>[0]): Fact[] =>
      Object.entries(record).map(([id, count]) => ({ label: label(entries, id), value: String(count) }));
    const groups = [
      {
        heading: d.dashboard.eligibility,
        facts: [
          { label: d.dashboard.checks, value: String(numbers.eligibility.checks) },
          { label: d.dashboard.eligible, value: String(numbers.eligibility.eligible) },
          { label: d.dashboard.notYet, value: String(numbers.eligibility.notYet) },
          { label: d.dashboard.notEligible, value: String(numbers.eligibility.notEligible) },
        ],
      },
      {
        heading: d.dashboard.ideas,
        facts: [
          { label: d.dashboard.draftsStarted, value: String(numbers.drafts.started) },
          { label: d.dashboard.draftsInProgress, value: String(numbers.drafts.inProgress) },
          { label: d.dashboard.draftsAbandoned, value: String(numbers.drafts.abandoned) },
          { label: d.dashboard.submitted, value: String(numbers.submissions.total) },
          { label: d.dashboard.shortlisted, value: String(numbers.shortlisted) },
          { label: d.dashboard.proposals, value: String(numbers.proposals) },
          { label: d.dashboard.funded, value: String(numbers.funded) },
        ],
      },
      { heading: d.dashboard.byObjective, facts: counted(numbers.submissions.byObjective, call.strategicObjectives) },
      { heading: d.dashboard.byPriority, facts: counted(numbers.submissions.byPriority, call.crossCuttingPriorities) },
      { heading: d.dashboard.byOfficeType, facts: counted(numbers.submissions.byOfficeType, call.eligibleSubmitters) },
      {
        heading: d.dashboard.byPlace,
        facts: numbers.submissions.byCountryOrRegion.slice(0, 15).map(([place, count]) => ({ label: place, value: String(count) })),
      },
      {
        heading: d.dashboard.support,
        facts: [
          { label: d.dashboard.seatsTaken, value: String(numbers.sessions.seatsTaken) },
          { label: d.dashboard.waitlisted, value: String(numbers.sessions.waitlisted) },
          { label: d.dashboard.openQuestions, value: String(numbers.openQuestions) },
          { label: d.dashboard.remindersSent, value: String(numbers.reminders.sent) },
          { label: d.dashboard.remindersFailed, value: String(numbers.reminders.failed) },
          { label: d.dashboard.remindersPending, value: String(numbers.reminders.pending) },
        ],
      },
    ].filter((group) => group.facts.length > 0);
    const computed = d.dashboard.computed({ at: formatDateTime(numbers.computedAt, language, timeZone) });
    const card = renderPanelCard({
      title: d.dashboard.title({ call: call.title[language] }),
      subtitle: computed,
      notes: [],
      groups,
      rows: [],
      actions: deskActions(d.actions),
      links: [],
    });
    const text = [
      d.dashboard.title({ call: call.title[language] }),
      computed,
      ...groups.map((group) => [group.heading, ...group.facts.map((fact) => `- ${fact.label}: ${fact.value}`)].join('\n')),
    ].join('\n\n');
    await sendCardOrText(context, card, text);
  }

  /** Every number, read from the store now. */
  async compute(): Promise<DashboardNumbers> {
    const { call, clock, ideas, review, eligibility, tickets, outbox, catalogue, bookings } = this.deps;
    const [checks, drafts, submissions, statuses, proposals, questions, reminders, sessions] = await Promise.all([
      eligibility.all(),
      ideas.listDrafts(),
      ideas.listSubmissions(),
      review.statuses(),
      this.deps.proposals(),
      tickets.listOpen(),
      outbox.counts('', REMINDER_OUTBOX_KINDS),
      catalogue.list({}),
    ]);
    const seats = { taken: 0, waitlisted: 0 };
    for (const session of sessions) {
      const attendees = await bookings.attendees(session.id);
      if (!attendees.ok) continue;
      seats.taken += attendees.confirmed.length;
      seats.waitlisted += attendees.waitlisted.length;
    }
    return dashboardNumbers({
      call,
      now: clock.now(),
      eligibility: checks,
      drafts,
      submissions,
      statuses,
      proposals,
      seats,
      openQuestions: questions.length,
      reminders,
    });
  }
}

/** The desk's actions, on the dashboard and wherever the admin may want to go next. */
export function deskActions(labels: {
  submissions: string;
  shortlist: string;
  announceShortlist: string;
  announceFunding: string;
  announce: string;
  announcements: string;
  questions: string;
  sessions: string;
  exports: string;
  audit: string;
}): ButtonData[] {
  return [
    { title: labels.submissions, data: { verb: 'desk.submissions', page: 1 } },
    { title: labels.shortlist, data: { verb: 'desk.shortlist.paste' } },
    { title: labels.announceShortlist, data: { verb: 'desk.decisions.preview', kind: 'shortlist' } },
    { title: labels.announceFunding, data: { verb: 'desk.decisions.preview', kind: 'funding' } },
    { title: labels.announce, data: { verb: 'desk.announce.form' } },
    { title: labels.announcements, data: { verb: 'desk.announcements' } },
    { title: labels.questions, data: { verb: 'desk.questions' } },
    { title: labels.sessions, data: { verb: 'desk.sessions' } },
    { title: labels.exports, data: { verb: 'desk.exports' } },
    { title: labels.audit, data: { verb: 'desk.audit' } },
  ];
}
