import type { TurnContext } from 'botbuilder';
import type { People } from '../../people';
import { DESK_LINK_TTL_MS, ideaDocument, type SubmissionStatus } from '../../desk';
import { formatAmount, formatDateTime } from '../../i18n/format';
import { foldForMatching, type Messages } from '../../i18n';
import { formatReference } from '../../ideas';
import { proposalReference } from '../../proposals';
import { sendCardOrText } from '../replies';
import { ButtonData, DeskSubmit, renderSubmissionCard, renderSubmissionsCard } from './cards';
import { PAGE_SIZE, type DeskDependencies, deskZone } from './dependencies';
import { DESK_LANGUAGE, deskTurn } from './desk-language';

/** The proposal versions an idea's card links to, newest first (every one is listed above them). */
const MAX_VERSION_LINKS = 3;

type Filter = Omit<DeskSubmit<'desk.submissions'>, 'verb' | 'page'>;
type StatusName = 'submitted' | 'shortlisted' | 'funded' | 'not-funded';

/** Where a submission stands, in one word. */
function statusName(status: SubmissionStatus | undefined): StatusName {
  if (status?.decision) return status.decision.outcome;
  return status?.shortlisted ? 'shortlisted' : 'submitted';
}

/**
 * How an idea's status reads on the desk: "Submitted" while the shortlist is not announced (no
 * decision yet), "Not shortlisted" once it is.
 */
function statusLabel(d: Messages['desk']['submissions'], status: SubmissionStatus | undefined, shortlistAnnounced: boolean): string {
  const name = statusName(status);
  return name === 'submitted' && !shortlistAnnounced ? d.submittedOnly : d.statuses[name];
}

/**
 * Whether a submission is in a status filter: "Shortlisted" is every shortlisted idea, with a
 * funding decision or not (the dashboard counts them so); the others are the status itself.
 */
function hasStatus(status: SubmissionStatus | undefined, filter: string): boolean {
  return filter === 'shortlisted' ? status?.shortlisted !== undefined : statusName(status) === filter;
}

/** The submissions: a list with filters, search and pages; each opens as the whole idea. */
export class SubmissionsView {
  /** Links logged, by administrator and file, and when (see `logLinks`). */
  private readonly linksLogged = new Map<string, number>();

  constructor(
    private readonly deps: DeskDependencies,
    private readonly people: Pick<People, 'nameOf'>,
  ) {}

  async list(context: TurnContext, filter: Filter, page: number): Promise<void> {
    const { t } = deskTurn();
    const d = t.desk.submissions;
    const { call } = this.deps;
    const [all, statuses, shortlistAnnounced] = await Promise.all([
      this.deps.ideas.listSubmissions(),
      this.deps.review.statuses(),
      // Announced, even for a later day: the shortlist no longer changes, so an idea not on it is not shortlisted.
      this.deps.review.announcement('shortlist').then((announcement) => announcement !== undefined),
    ]);
    const words = foldForMatching(filter.search ?? '').split(/\s+/).filter(Boolean);
    const matching = all.filter((submission) => {
      const a = submission.answers;
      if (filter.objective && filter.objective !== 'all' && !(a.objectives ?? []).includes(filter.objective)) return false;
      if (filter.officeType && filter.officeType !== 'all' && a.officeType !== filter.officeType) return false;
      if (filter.status && filter.status !== 'all' && !hasStatus(statuses.get(submission.reference), filter.status)) return false;
      // Accents folded on both sides: "refugies" finds "réfugiés" as "réfugiés" does; an office or
      // a country finds its ideas ("Côte d'Ivoire", "cote").
      const haystack = foldForMatching(`${submission.reference} ${a.title ?? ''} ${a.officeName ?? ''} ${a.countryOrRegion ?? ''}`);
      return words.every((word) => haystack.includes(word));
    });
    const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
    const current = Math.min(page, pages);
    const shown = matching.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
    const all_ = (title: string) => ({ title, value: 'all' });
    const card = renderSubmissionsCard({
      title: d.title,
      summary: d.summary({ shown: matching.length, total: all.length, page: current, pages }),
      objectiveLabel: d.objective,
      objective: filter.objective ?? 'all',
      objectives: [all_(d.any), ...call.strategicObjectives.map((objective) => ({ title: `${objective.number}. ${objective.title.en}`, value: objective.id }))],
      officeTypeLabel: d.officeType,
      officeType: filter.officeType ?? 'all',
      officeTypes: [all_(d.any), ...call.eligibleSubmitters.map((kind) => ({ title: kind.label.en, value: kind.id }))],
      statusLabel: d.status,
      status: filter.status ?? 'all',
      statuses: [all_(d.any), ...(['submitted', 'shortlisted', 'funded', 'not-funded'] as const).map((name) => ({ title: d.statuses[name], value: name }))],
      searchLabel: d.search,
      searchPlaceholder: d.searchPlaceholder({ example: formatReference(this.deps.call.id, 7) }),
      search: filter.search ?? '',
      showLabel: d.show,
      empty: shown.length === 0 ? d.none : '',
      rows: shown.map((submission) => ({
        reference: submission.reference,
        title: `${submission.reference} · ${submission.answers.title ?? ''}`,
        detail: [submission.answers.officeName, submission.answers.countryOrRegion, statusLabel(d, statuses.get(submission.reference), shortlistAnnounced)]
          .filter(Boolean)
          .join(' · '),
        openLabel: d.open,
      })),
      pages: [
        ...(current > 1 ? [{ title: d.previous, page: current - 1 }] : []),
        ...(current < pages ? [{ title: d.next, page: current + 1 }] : []),
      ],
    });
    const text = [d.title, ...shown.map((submission) => `${submission.reference}: ${submission.answers.title ?? ''}`)].join('\n');
    await sendCardOrText(context, card, text);
  }

  /**
   * Logs the links a card gives `adminId`, as the exports' are: once per file an hour (as long as a
   * link lasts), so that a card shown again after each action does not crowd the log's latest
   * entries with the same link. (Per instance: another instance may log it once more.)
   */
  private async logLinks(adminId: string, targets: readonly string[]): Promise<void> {
    const now = this.deps.clock.now().getTime();
    for (const [key, at] of this.linksLogged) if (now - at >= DESK_LINK_TTL_MS) this.linksLogged.delete(key);
    for (const target of targets) {
      const key = `${adminId}\n${target}`;
      if (this.linksLogged.has(key)) continue;
      await this.deps.audit.record({ by: adminId, action: 'export.download', target });
      this.linksLogged.set(key, now);
    }
  }
  /**
   * One whole idea, with what IKM can do with it now, shown to the administrator `openedBy` (who
   * opened it, or whose action brought it back). Its links, to the whole idea as a PDF (the focal
   * point's e-mail with it) and to the proposal's files, are logged as the exports' links are.
   */
  async open(context: TurnContext, reference: string, openedBy: string): Promise<void> {
    const { t, language } = deskTurn();
    const timeZone = deskZone(this.deps);
    const d = t.desk.submission;
    const [submission, status, shortlistAnnounced, fundingAnnounced, proposal] = await Promise.all([
      this.deps.ideas.getSubmission(reference),
      this.deps.review.status(reference),
      this.deps.review.announcement('shortlist'),
      this.deps.review.announcement('funding'),
      this.deps.proposalOf(reference),
    ]);
    if (!submission) {
      await context.sendActivity(t.desk.refusals.notFound);
      return;
    }
    const a = submission.answers;
    // Newest first: the one IKM reads, then those it replaced (a budget sent as the proposal by mistake, say).
    const versions = [...(proposal?.files ?? [])].reverse();
    const linked = versions.slice(0, MAX_VERSION_LINKS);
    await this.logLinks(openedBy, [`${reference}.pdf`, ...linked.map((file) => `${proposalReference(reference, file.version)}.${file.type}`)]);
    const actions: ButtonData[] = [];
    if (!shortlistAnnounced) {
      actions.push(
        status?.shortlisted
          ? { title: d.unshortlist, data: { verb: 'desk.shortlist.set', reference, on: false } }
          : { title: d.shortlist, data: { verb: 'desk.shortlist.set', reference, on: true } },
      );
    }
    if (status?.shortlisted && !fundingAnnounced) actions.push({ title: d.decide, data: { verb: 'desk.decision.form', reference } });
    actions.push({ title: d.backToList, data: { verb: 'desk.submissions', page: 1 } });
    const decision = status?.decision;
    const statusLine = [
      statusLabel(t.desk.submissions, status, shortlistAnnounced !== undefined),
      // The name alone, as the card's other people are named (the audit log keeps the id beside it).
      decision ? d.decisionBy({ by: (await this.people.nameOf(decision.by)) ?? decision.by, at: formatDateTime(new Date(decision.at), language, timeZone) }) : '',
      decision && Object.keys(decision.approvals).length
        ? d.approvals({ approvers: Object.keys(decision.approvals).map((id) => this.deps.call.fundingApprovers.find((approver) => approver.id === id)?.title.en ?? id).join('; ') })
        : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const document = ideaDocument(this.deps.call, submission);
    const card = renderSubmissionCard({
      reference,
      title: a.title ?? '',
      status: statusLine,
      facts: [
        { label: d.submittedAt, value: formatDateTime(new Date(submission.submittedAt), language, timeZone) },
        { label: d.submittedBy, value: (await this.people.nameOf(submission.ownerId)) ?? submission.ownerId },
        { label: d.office, value: [a.officeName, a.countryOrRegion].filter(Boolean).join(', ') },
        { label: d.budget, value: a.budgetUsd ? formatAmount(a.budgetUsd, this.deps.call.currency, DESK_LANGUAGE) : '' },
        ...(decision?.note ? [{ label: d.note, value: decision.note }] : []),
        ...versions.map((file, at) => ({
          label: versions.length > 1 ? d.proposalVersion({ version: file.version, latest: at === 0 }) : d.proposal,
          value: `${file.name} · ${formatDateTime(new Date(file.at), language, timeZone)}`,
        })),
      ],
      warningsTitle: document.warnings.length ? t.desk.warnings.title : '',
      warnings: document.warnings.map((warning) => `⚠ ${warning}`),
      sections: document.sections.map((section) => ({
        title: section.title,
        answers: section.answers.map((answer) => ({ label: answer.label, value: answer.value })),
      })),
      actions,
      links: [
        { title: d.pdf, url: this.deps.links.ideaPdf(reference) },
        ...linked.map((file) => ({
          title: versions.length > 1 ? d.proposalDownloadVersion({ version: file.version }) : d.proposalDownload,
          url: this.deps.links.proposal(proposalReference(reference, file.version), file.type),
        })),
      ],
    });
    await sendCardOrText(context, card, [reference, a.title ?? '', statusLine, ...document.warnings].join('\n'));
  }
}
