import type { TurnContext } from 'botbuilder';
import type { People } from '../../people';
import { clipped, formatDateTime } from '../../i18n/format';
import { sendCardOrText } from '../replies';
import { renderPanelCard } from './cards';
import { type DeskDependencies, deskZone } from './dependencies';
import { deskTexts, deskTurn } from './desk-language';

/** Most rows one list card shows (a card has a size limit). */
const LISTED = 25;
/** Answered questions listed under the open ones. */
const ANSWERED_LISTED = 10;

/** The question queue (open questions for IKM, oldest first) and the audit log. */
export class QuestionsAndAudit {
  constructor(
    private readonly deps: DeskDependencies,
    private readonly people: Pick<People, 'labelOf'>,
  ) {}

  /** Open questions, oldest first, each with "Answer" (the ticket card, answered as from the channel). */
  async showQueue(context: TurnContext): Promise<void> {
    const { t, language } = deskTurn();
    const timeZone = deskZone(this.deps);
    const d = t.desk.questions;
    const [open, answered, channel] = await Promise.all([
      this.deps.tickets.listOpen(),
      this.deps.tickets.listAnswered(ANSWERED_LISTED),
      this.deps.channelRegistered(),
    ]);
    const names = deskTexts.faq.languageNames;
    const shown = (question: string) => clipped(question, 301);
    const card = renderPanelCard({
      title: d.title({ count: open.length }),
      subtitle: open.length === 0 ? d.none : d.intro,
      // Without the channel, questions reach IKM here and by e-mail only: how to add it.
      notes: [...(channel ? [] : [d.noChannel]), ...(answered.length ? [d.answeredBelow] : [])],
      groups: [],
      rows: [
        ...open.slice(0, LISTED).map((ticket) => ({
          text: shown(ticket.question),
          detail: `${ticket.id} · ${ticket.askerName ?? ticket.askerId} · ${names[ticket.language]} · ${formatDateTime(new Date(ticket.createdAt), language, timeZone)}`,
          actionTitle: d.answer,
          actionData: { verb: 'desk.question.open', ticketId: ticket.id },
        })),
        // Answered ones stay reachable: their card offers "Add to FAQ".
        ...answered.map((ticket) => ({
          text: shown(ticket.question),
          detail: `${ticket.id} · ${d.answeredBy({ name: ticket.answer?.byName ?? '' })}${ticket.status === 'answered' ? ` · ${d.notDelivered}` : ''}${ticket.addToFaq ? ` · ${d.inFaqSuggestions}` : ''}`,
          actionTitle: d.open,
          actionData: { verb: 'desk.question.open', ticketId: ticket.id },
        })),
      ],
      actions: [{ title: t.desk.actions.back, data: { verb: 'desk.home' } }],
      links: [],
    });
    const text = [d.title({ count: open.length }), ...open.slice(0, LISTED).map((ticket) => `${ticket.id}: ${ticket.question}`)].join('\n\n');
    await sendCardOrText(context, card, text);
  }

  async openQuestion(context: TurnContext, ticketId: string): Promise<void> {
    if (!(await this.deps.showTicket(context, ticketId))) await context.sendActivity(deskTexts.desk.refusals.notFound);
  }

  /** The latest entries of the audit log, and its download. */
  async showAudit(context: TurnContext, adminId: string): Promise<void> {
    const { t, language } = deskTurn();
    const timeZone = deskZone(this.deps);
    const d = t.desk.audit;
    const latest = await this.deps.audit.latest(LISTED);
    await this.deps.audit.record({ by: adminId, action: 'export.download', target: 'audit-log' });
    // Who did it, by their Teams name (an erasure is by "person", named by no one).
    const who = new Map(await Promise.all([...new Set(latest.map((entry) => entry.by))].map(async (id) => [id, await this.people.labelOf(id)] as const)));
    const card = renderPanelCard({
      title: d.title,
      subtitle: latest.length === 0 ? d.none : d.intro({ count: latest.length }),
      notes: [],
      groups: [],
      rows: latest.map((entry) => ({
        text: `${d.actions[entry.action]} · ${entry.target}`,
        detail: `${formatDateTime(new Date(entry.at), language, timeZone)} · ${who.get(entry.by) ?? entry.by}${entry.detail ? ` · ${entry.detail}` : ''}`,
        actionTitle: '',
        actionData: {},
      })),
      actions: [{ title: t.desk.actions.back, data: { verb: 'desk.home' } }],
      links: [{ title: d.download, url: this.deps.links.auditCsv() }],
    });
    await sendCardOrText(context, card, [d.title, ...latest.map((entry) => `${entry.at} ${who.get(entry.by) ?? entry.by} ${entry.action} ${entry.target}`)].join('\n'));
  }
}
