import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { zoneName } from '../../time-zone';
import type { Clock } from '../../clock';
import { messages } from '../../i18n';
import { clipped, formatDateTime, labelled, listOf } from '../../i18n/format';
import { type ErasureReport, holdsErasable, type PersonalDataService } from '../../my-data';
import { REMINDER_KINDS } from '../../reminders';
import { bulletList, sendCardOrText } from '../replies';
import { turnOf } from '../turn';
import { adoptedWrittenLanguage } from '../../people';
import { renderEraseCard, renderMyDataCard } from './cards';

export interface MyDataDependencies {
  clock: Clock;
  personalData: PersonalDataService;
  /** A signed link to the JSON of everything stored about the person. */
  downloadLink: (personId: string) => string;
  /** How long drafts and eligibility answers are kept after a call closes. */
  retentionDays: number;
  /** Teams promoted into seats the person gave up are told; the erased questions' cards in IKM's channel are cleared. */
  afterErase: (report: ErasureReport) => Promise<void>;
  /** Where people write about their submitted idea (the call's mailbox). */
  mailbox: string;
}

/** How long a "Delete my data" confirmation stays good after it is shown. */
const ERASE_CONFIRMATION_TTL_MS = 15 * 60 * 1000;
/** How much of each question to IKM "My data" shows: enough to know which one it is. */
const QUESTION_SHOWN = 60;

/** "My data": see what the assistant stores about you, download it, delete it. */
export class MyDataView {
  constructor(private readonly deps: MyDataDependencies) {}

  async show(context: TurnContext): Promise<void> {
    const { t, language, personLanguage, timeZone, personId, state } = turnOf(context);
    const d = t.myData;
    const data = await this.deps.personalData.collect(personId);
    const when = (iso: string) => formatDateTime(new Date(iso), language, timeZone);
    const profile = data.profile;
    const kinds = [
      {
        label: d.kinds.profile,
        summary: d.profile({
          language: messages(personLanguage).languageName,
          languageFrom: profile?.language !== undefined ? 'choice' : adoptedWrittenLanguage(profile) !== undefined ? 'writing' : 'teams',
          zone: zoneName(timeZone),
          chosenZone: profile?.timeZone !== undefined,
        }),
      },
      { label: d.kinds.eligibility, summary: data.eligibility ? d.eligibility({ at: when(data.eligibility.checkedAt), verdict: t.eligibility.overall[data.eligibility.overall].title }) : d.nothing },
      {
        label: d.kinds.idea,
        summary: data.submission
          ? d.submitted({ reference: data.submission.reference, title: data.submission.answers.title ?? '' })
          : data.draft
            ? d.draft({ title: data.draft.answers.title ?? '', at: when(data.draft.updatedAt) })
            : d.nothing,
      },
      ...(data.proposal
        ? [
            {
              label: d.kinds.proposal,
              summary: data.proposal.files.length
                ? d.proposal({ count: data.proposal.files.length, name: data.proposal.files.at(-1)!.name })
                : d.proposalTicksOnly({ ticked: Object.keys(data.proposal.checklist).length }),
            },
          ]
        : []),
      {
        label: d.kinds.bookings,
        summary: data.bookings.length
          ? listOf(data.bookings.map((booking) => `${booking.session.title[language]} (${d.bookingStatus[booking.status]})`), language)
          : d.nothing,
      },
      {
        label: d.kinds.reminders,
        summary: d.reminders({
          off: listOf(REMINDER_KINDS.filter((kind) => data.reminderSettings?.kinds[kind] === false).map((kind) => t.reminders.kinds[kind]), language) || d.none,
          sent: data.messages.filter((row) => row.state === 'sent').length,
          pending: data.messages.filter((row) => row.state === 'pending' || row.state === 'claimed').length,
        }),
      },
      {
        label: d.kinds.questions,
        summary:
          [
            data.questions.length
              ? listOf(data.questions.map((ticket) => d.question({ id: ticket.id, question: clipped(ticket.question, QUESTION_SHOWN), answered: ticket.status !== 'open' })), language)
              : '',
            data.keptQuestions.length ? d.keptQuestions({ count: data.keptQuestions.length }) : '',
          ]
            .filter(Boolean)
            .join(' ') || d.nothing,
      },
      // (A person's first message keeps this chat when its turn is saved, after this card.)
      { label: d.kinds.conversation, summary: data.conversation || state.keepsConversationReference() ? d.conversation : d.nothing },
      ...(data.ikmActions.length ? [{ label: d.kinds.ikm, summary: d.ikmActions({ count: data.ikmActions.length }) }] : []),
    ];
    const card = renderMyDataCard({
      title: d.title,
      intro: d.intro,
      kinds,
      note: d.note({ days: this.deps.retentionDays }),
      downloadLabel: d.download,
      downloadUrl: this.deps.downloadLink(personId),
      deleteLabel: d.delete,
    });
    await sendCardOrText(context, card, [d.title, ...kinds.map((kind) => labelled(kind.label, kind.summary, language)), labelled(d.download, this.deps.downloadLink(personId), language), d.deleteHint].join('\n\n'));
  }

  /** What "Delete my data" removes and keeps, before anything is removed. */
  async askErase(context: TurnContext): Promise<void> {
    const d = turnOf(context).t.myData.erase;
    // An administrator's name stays on what they did as IKM.
    const stays = turnOf(context).adminId ? [...d.stays, d.staysIkm] : d.stays;
    // Questions still waiting for IKM are said before they are withdrawn, not only after.
    const waiting = await this.deps.personalData.waitingQuestions(turnOf(context).personId);
    const warning = waiting ? d.waiting({ count: waiting }) : '';
    const why = d.why({ mailbox: this.deps.mailbox });
    const card = renderEraseCard({
      title: d.title,
      goesTitle: d.goesTitle,
      goes: d.goes,
      staysTitle: d.staysTitle,
      stays,
      warning,
      why,
      confirmLabel: d.confirm,
      keepLabel: d.keep,
      confirmation: this.newConfirmation(context),
      // The deletion forgets the person's language: a second press is still answered in this one.
      lang: turnOf(context).language,
    });
    await sendCardOrText(context, card, [d.title, d.goesTitle, bulletList(d.goes), d.staysTitle, bulletList(stays), ...(warning ? [warning] : []), why, d.textConfirm].join('\n\n'));
  }

  /**
   * "Delete my data" on a confirmation card. Only the card shown last deletes, once, and within 15
   * minutes: one scrolled up to later, or pressed again after a deletion (when new bookings may have
   * been made since), erases nothing, and the question is asked again.
   */
  async confirmErase(context: TurnContext, confirmation: string): Promise<void> {
    const shown = turnOf(context).state.conversation.eraseConfirmation;
    const current = shown?.id === confirmation && this.deps.clock.now().getTime() - shown.at <= ERASE_CONFIRMATION_TTL_MS;
    if (!current) {
      // Pressed again after the deletion (which forgot the confirmation with the chat's state):
      // said so, and this turn stores nothing of them again (not their record, not the chat's
      // address). Someone who never deleted, or who came back since (the chat's address stored
      // again, an idea submitted), is asked again below.
      const { personId } = turnOf(context);
      const { held, deletedBefore } = await this.deps.personalData.standing(personId);
      if (deletedBefore && !holdsErasable(held) && !held.conversation && !held.submission) {
        this.forgetThisTurn(context);
        await context.sendActivity(turnOf(context).t.myData.erase.alreadyDeleted);
        return;
      }
      await context.sendActivity(turnOf(context).t.myData.erase.stale);
      return this.askErase(context);
    }
    return this.erase(context);
  }

  /** Makes this turn save nothing of the person: the chat's state, their record, the chat's address. */
  private forgetThisTurn(context: TurnContext): void {
    const { state } = turnOf(context);
    state.deleteConversationState();
    state.deleteUserState();
    state.deleteConversationReference();
  }

  /** A new confirmation for the card about to be shown; any earlier one no longer deletes. */
  private newConfirmation(context: TurnContext): string {
    const id = randomUUID();
    turnOf(context).state.conversation.eraseConfirmation = { id, at: this.deps.clock.now().getTime() };
    return id;
  }

  /**
   * Erases (confirmed on the card, or typed as "delete my data now"), then forgets this chat's own
   * state too (it is saved again otherwise at the end of the turn).
   */
  async erase(context: TurnContext): Promise<void> {
    const { t, state, personId } = turnOf(context);
    const report = await this.deps.personalData.erase(personId);
    this.forgetThisTurn(context);
    await context.sendActivity(t.myData.erase.done({ bookings: report.bookings, withdrawn: report.withdrawn, answered: report.questions - report.withdrawn }));
    await this.deps.afterErase(report);
  }
}
