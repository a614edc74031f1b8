import type { CallConfig } from '../../call';
import type { Clock } from '../../clock';
import { formatAmount, formatDateTime, formatFileSize } from '../../i18n/format';
import { warningForIkm } from '../../desk';
import type { Submission } from '../../ideas';
import { describeError, Logger } from '../../logger';
import type { Mailer, MailMessage } from '../../mail';
import { type ProposalFile, type ProposalRecord, proposalReference } from '../../proposals';
import type { Store } from '../../storage/store';
import type { IkmChannel } from '../../tickets';
import type { Proactive } from '../proactive';
import { cardActivity } from '../replies';
import { renderPanelCard } from './cards';
import { DESK_LANGUAGE, deskTexts } from './desk-language';

export interface SubmissionNoticeDependencies {
  call: CallConfig;
  clock: Clock;
  store: Store;
  ikmChannel: IkmChannel;
  proactive: Proactive;
  mailer: Mailer;
  /** The e-mail for IKM's mailbox: the whole idea, its PDF attached (absent: no e-mail). */
  composeMail?: (submission: Submission) => Promise<MailMessage>;
  ideas: { listSubmissions(): Promise<Submission[]>; getSubmission(reference: string): Promise<Submission | undefined> };
  /** The proposal stage's records (absent: proposals are not told). */
  proposals?: { all(): Promise<ProposalRecord[]> };
  logger: Logger;
}

type Channel = 'channel' | 'mailbox';

/**
 * IKM is told of every submission: a card in the IKM channel (with "Open") and an e-mail with the
 * whole idea and its PDF; and of every proposal handed in (each version), by a card in the channel
 * (the file is on the idea's page of the desk). Each is marked done in the store once it went out;
 * `sendPending` (at start-up and with the session upkeep) sends whatever a crash or an outage left
 * unsent, so nothing goes untold. A notice can, rarely, go twice (a crash between sending and marking).
 */
export class SubmissionNotices {
  private readonly inFlight = new Set<string>();

  constructor(private readonly deps: SubmissionNoticeDependencies) {}

  /** Tells IKM of one submission (both ways); failures are logged and retried later. */
  async notify(submission: Submission): Promise<void> {
    const { reference } = submission;
    await Promise.all([
      this.once(reference, 'channel', () => this.postCard(submissionNoticeCard(this.deps.call, submission))),
      ...(this.deps.composeMail ? [this.once(reference, 'mailbox', () => this.mail(submission))] : []),
    ]);
  }

  /** Tells IKM's channel that a team handed in a version of its proposal (`reference`: the idea's). */
  async notifyProposal(reference: string, file: ProposalFile): Promise<void> {
    await this.once(proposalReference(reference, file.version), 'channel', async () => {
      const submission = await this.deps.ideas.getSubmission(reference);
      return this.postCard(proposalNoticeCard(this.deps.call, reference, file, submission));
    });
  }

  /** Every submission of the call, and every proposal's latest version, IKM was not yet told of. */
  async sendPending(): Promise<void> {
    for (const submission of await this.deps.ideas.listSubmissions()) await this.notify(submission);
    for (const record of (await this.deps.proposals?.all()) ?? []) {
      const latest = record.files.at(-1);
      if (latest) await this.notifyProposal(record.reference, latest);
    }
  }

  /** Runs `send` (true: it went out) unless the notice of `reference` on `channel` was sent, and marks it sent. */
  private async once(reference: string, channel: Channel, send: () => Promise<boolean>): Promise<void> {
    const key = `desk/${encodeURIComponent(this.deps.call.id)}/notified/${channel}/${reference}`;
    if (this.inFlight.has(key)) return;
    this.inFlight.add(key);
    try {
      // Inside the try: a store that fails here is an untold notice, retried later, never the team's error.
      if (await this.deps.store.get(key)) return;
      if (await send()) await this.deps.store.put(key, { at: this.deps.clock.now().toISOString() }, 'any');
    } catch (error) {
      this.deps.logger.error({ event: 'submission.notice_failed', channel, reference, error: describeError(error) }, 'IKM not told yet');
    } finally {
      this.inFlight.delete(key);
    }
  }

  /** A card in the IKM channel; false when no channel is registered yet (sent once one is). */
  private async postCard(card: ReturnType<typeof renderPanelCard>): Promise<boolean> {
    const channel = await this.deps.ikmChannel.get();
    if (!channel) return false;
    await this.deps.proactive.run(channel.reference, async (context) => {
      await context.sendActivity(cardActivity(card));
    });
    return true;
  }

  private async mail(submission: Submission): Promise<boolean> {
    if (!this.deps.composeMail) return false;
    await this.deps.mailer.send(await this.deps.composeMail(submission));
    return true;
  }
}

/** The IKM channel's card for a new submission, in IKM's working language. */
export function submissionNoticeCard(call: CallConfig, submission: Submission) {
  const t = deskTexts.desk.notice;
  const a = submission.answers;
  const objectives = (a.objectives ?? []).map((id) => call.strategicObjectives.find((objective) => objective.id === id)?.title.en ?? id);
  return renderPanelCard({
    title: t.title({ reference: submission.reference }),
    subtitle: a.title ?? '',
    notes: submission.warnings.map((warning) => `⚠ ${warningForIkm(warning)}`),
    groups: [
      {
        heading: t.facts,
        facts: [
          { label: t.office, value: a.officeName ?? '' },
          { label: t.country, value: a.countryOrRegion ?? '' },
          { label: t.objectives, value: objectives.join('; ') },
          { label: t.budget, value: a.budgetUsd ? formatAmount(a.budgetUsd, call.currency, DESK_LANGUAGE) : '' },
          { label: t.duration, value: a.durationMonths ? deskTexts.forms.months({ count: a.durationMonths }) : '' },
          { label: t.submitted, value: formatDateTime(new Date(submission.submittedAt), DESK_LANGUAGE, call.timeline.timeZone) },
        ],
      },
    ],
    rows: [],
    actions: [{ title: t.open, data: { verb: 'desk.submission.open', reference: submission.reference } }],
    links: [],
  });
}

/** The IKM channel's card for a proposal handed in (or a new version of it), in IKM's working language. */
export function proposalNoticeCard(call: CallConfig, reference: string, file: ProposalFile, submission: Submission | undefined) {
  const t = deskTexts.desk.proposalNotice;
  return renderPanelCard({
    title: t.title({ reference: proposalReference(reference, file.version) }),
    subtitle: submission?.answers.title ?? '',
    notes: file.version > 1 ? [t.newVersion({ version: file.version })] : [],
    groups: [
      {
        heading: deskTexts.desk.notice.facts,
        facts: [
          { label: deskTexts.desk.notice.office, value: submission?.answers.officeName ?? '' },
          { label: t.file, value: `${file.name} (${formatFileSize(file.size, DESK_LANGUAGE)})` },
          { label: t.handedIn, value: formatDateTime(new Date(file.at), DESK_LANGUAGE, call.timeline.timeZone) },
        ],
      },
    ],
    rows: [],
    actions: [{ title: deskTexts.desk.notice.open, data: { verb: 'desk.submission.open', reference } }],
    links: [],
  });
}

