import type { TurnContext } from 'botbuilder';
import type { BookingService, SessionCatalogue } from '../../bookings';
import type { CallConfig } from '../../call';
import type { Clock } from '../../clock';
import { formatDateTime, formatFileSize, relativeDate } from '../../i18n/format';
import type { HandInResult, ProposalFile, ProposalService } from '../../proposals';
import type { ReadAhead } from '../../storage/store';
import { channelShowsCards, sendCardOrText } from '../replies';
import { turnOf } from '../turn';
import { type ProposalReplaceSubmit, renderProposalCard, renderProposalReplaceCard } from './cards';
import { downloadFile, teamsFilesOf } from './file-download';

export interface ProposalStageDependencies {
  call: CallConfig;
  clock: Clock;
  proposals: ProposalService;
  catalogue: SessionCatalogue;
  bookings: BookingService;
  /** Files may come from 127.0.0.1 (a bot that does not authenticate: local runs and tests). */
  allowLoopbackDownloads: boolean;
  /** Whether the teams have been told the shortlist (a refusal then says the person is not on it). */
  shortlistAnnounced: () => Promise<boolean>;
  /** The funding decision on an idea, once it is announced to the teams (undefined before). */
  fundingOutcome: (reference: string) => Promise<'funded' | 'not-funded' | undefined>;
  /** IKM is told of a proposal handed in (a first one or a new version); never throws (failures are logged and retried). */
  onHandedIn?: (reference: string, file: ProposalFile) => Promise<void>;
}

/**
 * The proposal stage of a shortlisted team in the chat: "My proposal" (the deadline in the person's
 * zone and how long is left, the checklist, the sessions, the next step) and handing in the proposal
 * document as a file sent to the bot.
 */
export class ProposalStage {
  constructor(private readonly deps: ProposalStageDependencies) {}

  /**
   * Someone with no idea on the shortlist: before it is out, that it is not out; after, that theirs
   * is not on it, and that a team's proposal is handed in by the person who submitted its idea.
   * Said of a file they sent, that it was not stored (asked for "My proposal", nothing was sent).
   */
  private async refuseOutsideStage(context: TurnContext, fileSent = false): Promise<void> {
    const p = turnOf(context).t.proposal;
    const why = (await this.deps.shortlistAnnounced()) ? p.notShortlisted : p.beforeShortlist;
    await context.sendActivity(fileSent ? `${p.fileNotStored} ${why}` : why);
  }

  /** Whether the person has a shortlisted idea (the menu offers "My proposal" only then). */
  async isInStage(personId: string, ahead?: ReadAhead): Promise<boolean> {
    return (await this.deps.proposals.stage(personId, ahead)) !== undefined;
  }

  async show(context: TurnContext): Promise<void> {
    const { t, language, timeZone, personId } = turnOf(context);
    const p = t.proposal;
    const stage = await this.deps.proposals.stage(personId);
    if (!stage) {
      await this.refuseOutsideStage(context);
      return;
    }
    const now = this.deps.clock.now();
    const passed = now.getTime() > stage.deadline.getTime();
    const deadline = formatDateTime(stage.deadline, language, timeZone);
    // Once the decision is announced, the stage ends with it, not with "IKM reviews the proposals".
    const outcome = passed ? await this.deps.fundingOutcome(stage.reference) : undefined;
    const items = stage.checklist.map(({ item, done, at }) => {
      const document = item.kind === 'document' && stage.latest;
      return {
        id: item.id,
        // Decided, the checklist is a record: what was not recorded here is no longer to do.
        mark: done ? '✔' : outcome ? '–' : '○',
        label: item.label[language],
        detail: document
          ? p.handedIn({ name: stage.latest!.name, size: formatFileSize(stage.latest!.size, language), at: formatDateTime(new Date(stage.latest!.at), language, timeZone), version: stage.versions })
          : item.kind === 'document' && !passed
            ? p.howToHandIn({ max: formatFileSize(this.deps.proposals.maxBytes, language) })
            : at && done
              ? p.doneOn({ at: formatDateTime(new Date(at), language, timeZone) })
              : '',
        actionTitle: item.kind === 'confirm' && !passed ? (done ? p.undo : p.markDone) : '',
        done: !done,
      };
    });
    const missing = stage.checklist.filter((entry) => !entry.done);
    const mine = await this.deps.bookings.myBookings(personId);
    const upcoming = (await this.deps.catalogue.list({ from: now })).filter((session) => !mine.some((b) => b.session.id === session.id));
    const open = upcoming.filter((session) => Date.parse(session.bookingOpens) <= now.getTime() && Date.parse(session.bookingCloses) > now.getTime());
    // None open yet: when the first opens (the shortlist message said so; "My proposal" did not).
    const firstOpening = Math.min(...upcoming.map((session) => Date.parse(session.bookingOpens)).filter((opens) => opens > now.getTime()));
    const other = mine.length > 0;
    const sessions = [
      ...mine.map((booking) => p.booked({ title: booking.session.title[language], when: formatDateTime(new Date(booking.session.start), language, timeZone) })),
      open.length
        ? p.openToBook({ count: open.length, other })
        : Number.isFinite(firstOpening)
          ? p.opensOn({ date: formatDateTime(new Date(firstOpening), language, timeZone) })
          : p.noneOpen({ other }),
    ];
    const next = outcome
      ? p.next[outcome]({ mailbox: this.deps.call.contact.mailbox })
      : passed
      ? p.next.passed({ mailbox: this.deps.call.contact.mailbox })
      : !stage.latest
        ? p.next.handIn
        : missing.length
          ? p.next.finish({ count: missing.length })
          : p.next.ready;
    // The open items as a list under the sentence: each label is written to stand alone (capital,
    // colon, brackets), so it cannot be run into a sentence in any language.
    const nextItems = !passed && stage.latest ? missing.map((entry) => entry.item.label[language]) : [];
    const card = renderProposalCard({
      title: p.title,
      idea: stage.reference,
      // Once announced, the decision is the news: first, and the next step is its own.
      outcome: outcome ? next : '',
      deadline: passed
        ? p.deadlinePassed({ date: deadline })
        : p.deadline({ date: deadline, relative: relativeDate(stage.deadline, now, language, timeZone) }),
      checklistTitle: outcome ? p.checklistRecorded : p.checklist,
      items,
      sessionsTitle: passed ? '' : p.sessions,
      sessions: passed ? [] : sessions,
      next: outcome ? '' : next,
      nextItems,
      // Nothing to book once the stage is over, or while no session is open.
      bookLabel: passed || open.length === 0 ? '' : p.book,
      refreshLabel: p.refresh,
    });
    // Files come only through Teams: elsewhere, the way to hand the proposal in (or a newer version)
    // is said instead of "send it in this chat", and not at all once the deadline has passed.
    const howElsewhere = passed ? [] : [p.noFiles({ mailbox: this.deps.call.contact.mailbox })];
    const text = [
      p.title,
      stage.reference,
      ...(outcome ? [next] : []),
      passed ? p.deadlinePassed({ date: deadline }) : p.deadline({ date: deadline, relative: relativeDate(stage.deadline, now, language, timeZone) }),
      ...items.map((item) => `${item.mark} ${item.label}`),
      ...((stage.latest || passed) && !outcome ? [next] : []),
      ...nextItems.map((label) => `• ${label}`),
      ...howElsewhere,
    ].join('\n');
    await sendCardOrText(context, card, text);
  }

  async setItem(context: TurnContext, itemId: string, done: boolean): Promise<void> {
    const { t, personId } = turnOf(context);
    const stage = await this.deps.proposals.stage(personId);
    if (!stage) {
      await this.refuseOutsideStage(context);
      return;
    }
    if (this.deps.clock.now().getTime() > stage.deadline.getTime()) {
      await context.sendActivity(t.proposal.tooLate({ date: formatDateTime(stage.deadline, turnOf(context).language, turnOf(context).timeZone) }));
      return;
    }
    if (!(await this.deps.proposals.setItem(personId, itemId, done))) {
      await context.sendActivity(t.cards.unknownAction);
      return;
    }
    await this.show(context);
  }

  /** A message with a file (or files): the first Teams file is the proposal document. */
  async handIn(context: TurnContext): Promise<boolean> {
    const files = teamsFilesOf(context.activity.attachments);
    if (files.length === 0) return false;
    const { t, language, timeZone, personId } = turnOf(context);
    const p = t.proposal;
    const maxBytes = this.deps.proposals.maxBytes;
    // Refusals that need no download come first: nothing is fetched for a file that cannot be taken.
    const stage = await this.deps.proposals.stage(personId);
    if (!stage) {
      await this.refuseOutsideStage(context, true);
      return true;
    }
    if (this.deps.clock.now().getTime() > stage.deadline.getTime()) {
      await context.sendActivity(p.tooLate({ date: formatDateTime(stage.deadline, language, timeZone) }));
      return true;
    }
    const file = files[0];
    const downloaded = await downloadFile(file.content.downloadUrl, maxBytes, { allowLoopback: this.deps.allowLoopbackDownloads });
    if (!downloaded.ok) {
      await context.sendActivity(downloaded.reason === 'too-large' ? p.tooLarge({ max: formatFileSize(maxBytes, language) }) : p.downloadFailed);
      return true;
    }
    const result = await this.deps.proposals.handIn(personId, { name: file.name, bytes: downloaded.bytes });
    if (!result.ok) {
      switch (result.reason) {
        case 'not-shortlisted':
          await this.refuseOutsideStage(context, true);
          break;
        case 'deadline-passed':
          await context.sendActivity(p.tooLate({ date: formatDateTime(result.deadline, language, timeZone) }));
          break;
        case 'too-large':
          await context.sendActivity(p.tooLarge({ max: formatFileSize(result.maxBytes, language) }));
          break;
        case 'wrong-type':
          await context.sendActivity(p.wrongType);
          break;
      }
      return true;
    }
    if (result.kind === 'replace-asked') {
      const names = { name: result.pending.name, current: result.current.name };
      const card = renderProposalReplaceCard({
        question: p.replace.question(names),
        note: p.replace.note(names),
        file: result.pending.storedAs,
        replaceLabel: p.replace.yes,
        keepLabel: p.replace.no,
      });
      // Said before the question, which is then the last thing to answer.
      if (files.length > 1) await context.sendActivity(p.oneFile);
      await sendCardOrText(context, card, `${p.replace.question(names)}\n${p.replace.note(names)}`);
      return true;
    }
    await this.confirmReceived(context, result);
    if (files.length > 1) await context.sendActivity(p.oneFile);
    if (channelShowsCards(context)) await this.show(context);
    return true;
  }

  /** The answer on the "replace your proposal?" card. */
  async decideReplacement(context: TurnContext, data: ProposalReplaceSubmit): Promise<void> {
    const { t, language, timeZone, personId } = turnOf(context);
    const p = t.proposal;
    const result = await this.deps.proposals.decideReplacement(personId, data.file, data.replace);
    if (!result.ok) {
      if (result.reason === 'not-shortlisted') await this.refuseOutsideStage(context, true);
      else if (result.reason === 'deadline-passed') await context.sendActivity(p.tooLate({ date: formatDateTime(result.deadline, language, timeZone) }));
      else if (result.reason === 'already-handed-in') await context.sendActivity(p.replace.already({ name: result.file.name, reference: result.proposalReference }));
      else await context.sendActivity(p.replace.nothingWaiting);
      return;
    }
    if (result.kind === 'kept') {
      await context.sendActivity(p.replace.kept({ kept: result.kept.name, dropped: result.dropped.name }));
      return;
    }
    await this.confirmReceived(context, result);
    if (channelShowsCards(context)) await this.show(context);
  }

  /** Tells the team its proposal is in, then IKM that it came (whose failure is only logged: the file is stored). */
  private async confirmReceived(context: TurnContext, result: Extract<HandInResult, { kind: 'handed-in' }>): Promise<void> {
    const { t, language } = turnOf(context);
    await context.sendActivity(
      t.proposal.received({
        name: result.file.name,
        size: formatFileSize(result.file.size, language),
        reference: result.proposalReference,
        replaced: result.replaced ? result.replaced.name : '',
      }),
    );
    await this.deps.onHandedIn?.(result.reference, result.file);
  }

  /** On a channel without files (e-mail): how to hand the proposal in instead. */
  async explainNoFiles(context: TurnContext): Promise<void> {
    await context.sendActivity(turnOf(context).t.proposal.noFiles({ mailbox: this.deps.call.contact.mailbox }));
  }
}
