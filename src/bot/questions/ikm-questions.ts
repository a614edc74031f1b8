import { TurnContext } from 'botbuilder';
import type { CallConfig } from '../../call';
import type { AuditLog } from '../../desk';
import {
  channelConversationKey,
  channelRootId,
  chatConversationKey,
  ConversationReferences,
  fromConversationReference,
  StoredConversationReference,
  threadOf,
} from '../../conversations';
import { messages } from '../../i18n';
import type { Store } from '../../storage/store';
import { clipped, firstCharacters, formatDateTime, formatNumber, readerLength } from '../../i18n/format';
import { describeError, Logger } from '../../logger';
import type { Mailer } from '../../mail';
import { mailBody } from '../../mail';
import { ERASED_ASKER, IkmChannel, MAX_ANSWER_LENGTH, Ticket, TicketService, ticketTextProblem } from '../../tickets';
import type { StoredRecord } from '../../storage/store';
import { requireIkmAdmin } from '../admin';
import type { Proactive, ProactiveOutcome } from '../proactive';
import type { AskableQuestion } from '../state';
import { cardActivity, channelShowsCards, inPersonalChat, sendCardOrText } from '../replies';
import { deskZone } from '../ikm-desk/dependencies';
import { turnOf } from '../turn';
import { awaitAnswer } from '../awaited-answers';
import { askableQuestion, askerOf, latestQuestionOf, noteAskedHere, rememberAskedQuestion } from './askable';
import { IkmTicketCardData, MAX_QUESTION_LENGTH, renderAskIkmConfirmCard, renderIkmTicketCard } from './cards';

/** How much of a question its answer recalls. */
const QUESTION_RECALLED = 200;

export interface IkmQuestionDependencies {
  call: CallConfig;
  /** Where the chats a person asked in are noted (see `rememberAskedQuestion`). */
  store: Store;
  tickets: TicketService;
  ikmChannel: IkmChannel;
  references: ConversationReferences;
  proactive: Proactive;
  mailer: Mailer;
  /** Where questions are mailed (ikm@iom.int). */
  ikmMailbox: string;
  audit: AuditLog;
  logger: Logger;
  /** Sends at once the submission and proposal cards a new IKM channel missed (never throws). */
  onChannelRegistered?: () => Promise<void>;
}

/**
 * Questions for IKM: a ticket, a card in the IKM channel and a copy to the mailbox; IKM answers from
 * the card (the first answer wins) and the answer goes back to the asker's chat, in their language.
 */
export class IkmQuestions {
  constructor(private readonly deps: IkmQuestionDependencies) {}

  /**
   * "Ask IKM" pressed: the question as it will be sent, when to expect an answer, Send and Don't send.
   * The button names the question by id; an id this conversation no longer keeps says "type it again".
   */
  async confirm(context: TurnContext, questionId: string): Promise<void> {
    const { t, language } = turnOf(context);
    const asked = await this.ownQuestion(context, questionId);
    if (!asked) return;
    const texts = t.faq.askIkm.confirm;
    const { contact } = this.deps.call;
    const card = renderAskIkmConfirmCard({
      title: texts.title,
      question: asked.question,
      shortened: asked.shortened ? texts.shortened({ max: formatNumber(MAX_QUESTION_LENGTH, language) }) : '',
      expect: texts.expect({ unit: contact.unit[language], days: contact.answerWithinWorkingDays }),
      sendLabel: texts.send,
      cancelLabel: texts.cancel,
      questionId,
      lang: language,
    });
    await sendCardOrText(context, card, `${texts.title}\n\n${asked.question}`);
  }

  /** "Send to IKM" on the confirmation. */
  async send(context: TurnContext, questionId: string): Promise<void> {
    const asked = await this.ownQuestion(context, questionId);
    if (asked) await this.forward(context, asked.question, questionId);
  }

  /**
   * The question a button names, when the person pressing it asked it. In a group chat another
   * person's question is theirs to send (it would reach IKM, and IKM's answer come back, under the
   * wrong name): the presser is told so, as they are when the conversation no longer keeps it.
   */
  private async ownQuestion(context: TurnContext, questionId: string): Promise<AskableQuestion | undefined> {
    const { t, state } = turnOf(context);
    const asked = askableQuestion(state.conversation, questionId, askerOf(context));
    if (asked?.kind === 'mine') return asked.question;
    await context.sendActivity(asked ? t.faq.askIkm.someoneElses : t.faq.askIkm.expired);
    return undefined;
  }

  /** "Don't send": nothing is sent, unless the question already was (then that is said, not "nothing was sent"). */
  async cancel(context: TurnContext, questionId?: string): Promise<void> {
    const { t, personId, state } = turnOf(context);
    // Someone else's confirmation (a group chat): theirs to send or not; "Not sent" would tell everyone otherwise.
    if (questionId && askableQuestion(state.conversation, questionId, askerOf(context))?.kind === 'theirs') {
      await context.sendActivity(t.faq.askIkm.someoneElses);
      return;
    }
    const sent = questionId ? await this.deps.tickets.forRequest(personId, questionId) : undefined;
    await context.sendActivity(sent ? t.faq.askIkm.cannotWithdraw({ ticket: sent.id, mailbox: this.deps.call.contact.mailbox }) : t.faq.askIkm.cancelled);
  }

  /**
   * "ask IKM" typed: the person's last question. With cards, the confirmation first; on a channel
   * without cards (e-mail) typing it is the confirmation, and the reply says when to expect an answer.
   */
  async askIkmLastQuestion(context: TurnContext): Promise<void> {
    const { state, t } = turnOf(context);
    const latest = latestQuestionOf(state.conversation, askerOf(context));
    if (!latest) {
      // Their next message is the question (the prompt says so); the chat now names them.
      awaitAnswer(context, 'ikmQuestion');
      await noteAskedHere(context, this.deps.store);
      await context.sendActivity(t.faq.askIkm.prompt);
      return;
    }
    if (channelShowsCards(context)) await this.confirm(context, latest.id);
    else await this.forward(context, latest.question, latest.id);
  }

  /**
   * The message after "Type your question for IKM", from the person who was asked for it (see
   * `awaited-answers.ts`): taken as that question, and confirmed as "Ask IKM" confirms one (on a
   * channel without cards, sent: they asked for it twice).
   */
  async askAwaited(context: TurnContext, text: string): Promise<void> {
    const { state } = turnOf(context);
    const questionId = await rememberAskedQuestion(context, this.deps.store, text);
    if (channelShowsCards(context)) await this.confirm(context, questionId);
    // As kept: shortened to what IKM takes when it was longer.
    else await this.forward(context, state.conversation.askable?.find((kept) => kept.id === questionId)?.question ?? text, questionId);
  }

  /**
   * Sends the question to IKM; the asker is told the ticket number, when to expect the answer and
   * that it comes here. The same question (`questionId`) sent again, by a double click, a Teams retry
   * or on another bot instance, opens no second ticket and mails nothing: the asker is told the first
   * ticket's number (see `TicketService.createOnce`).
   */
  private async forward(context: TurnContext, question: string, questionId: string): Promise<void> {
    const { t, language, personId } = turnOf(context);
    const { tickets, references, logger } = this.deps;
    if (ticketTextProblem(question, MAX_QUESTION_LENGTH)) {
      await context.sendActivity(t.cards.unknownAction);
      return;
    }
    const reference = fromConversationReference(TurnContext.getConversationReference(context.activity));
    if (!reference) {
      await context.sendActivity(t.faq.askIkm.failed({ mailbox: this.deps.ikmMailbox }));
      return;
    }
    const saved = await references.save(reference);
    const thread = reference.conversationType === 'channel' ? threadOf(context.activity.conversation.id) : undefined;
    const { ticket, created } = await tickets.createOnce(
      {
        question,
        language,
        askerId: personId,
        askerName: context.activity.from.name ? firstCharacters(context.activity.from.name, 200) : undefined,
        source: context.activity.channelId === 'email' ? 'email' : 'teams',
        conversationKey: saved.key,
        // In a channel's thread, the answer goes to that thread (not a new post of the channel).
        ...(thread ? { thread } : {}),
      },
      questionId,
    );
    if (!created) {
      await context.sendActivity(t.faq.askIkm.alreadySent({ ticket: ticket.id }));
      return;
    }
    await context.sendActivity(t.faq.askIkm.sent({ ticket: ticket.id, days: this.deps.call.contact.answerWithinWorkingDays }));
    logger.info({ event: 'ticket.created', ticket: ticket.id }, 'question sent to IKM');
    await this.postToChannel(ticket).catch((error: unknown) =>
      logger.error({ event: 'ticket.channel_failed', ticket: ticket.id, error: describeError(error) }, 'IKM channel not reached'),
    );
    await this.mailToMailbox(ticket).catch((error: unknown) =>
      logger.error({ event: 'ticket.mail_failed', ticket: ticket.id, error: describeError(error) }, 'mailbox not reached'),
    );
  }

  /** "register channel", typed by an IKM administrator in a team channel. */
  async registerChannel(context: TurnContext): Promise<void> {
    const adminId = await requireIkmAdmin(context);
    if (!adminId) return;
    const { t } = turnOf(context);
    if (context.activity.conversation.conversationType !== 'channel') {
      await context.sendActivity(t.faq.registration.channelOnly);
      return;
    }
    const reference = fromConversationReference(TurnContext.getConversationReference(context.activity));
    if (!reference) return;
    await this.deps.references.save(reference);
    const { previous } = await this.deps.ikmChannel.register(reference, adminId);
    const same = previous?.reference.conversationId === reference.conversationId;
    await context.sendActivity(
      !previous ? t.faq.registration.registered : same ? t.faq.registration.alreadyRegistered : t.faq.registration.moved,
    );
    if (same) return;
    // Where IKM's cards go changed: recorded, and what the channel missed is sent now.
    await this.deps.audit.record({ by: adminId, action: 'channel.register', target: previous ? 'moved' : 'registered' });
    for (const ticket of await this.deps.tickets.listOpen()) {
      if (ticket.channelMessage || ticket.answer) continue;
      await this.postToChannel(ticket).catch((error: unknown) =>
        this.deps.logger.warn({ event: 'ticket.channel_catch_up_failed', ticket: ticket.id, error: describeError(error) }, 'missed question not posted'),
      );
    }
    // Not awaited: a channel that missed many cards is not answered after all of them.
    void this.deps.onChannelRegistered?.();
  }

  /**
   * An IKM member answers from the ticket card, in the IKM channel or in their own chat (the desk's
   * question queue): the first answer wins and goes to the asker. The member is told whether it
   * reached the asker; the card they pressed and the card in the channel show it answered. An empty
   * answer box gets "type an answer first" and the card again.
   */
  async answerTicket(context: TurnContext, ticketId: string, answer: string): Promise<void> {
    const adminId = await requireIkmAdmin(context);
    if (!adminId) return;
    const { t } = turnOf(context);
    const problem = ticketTextProblem(answer, MAX_ANSWER_LENGTH);
    if (problem === 'empty') {
      await this.askForAnswer(context, ticketId);
      return;
    }
    if (problem === 'too-long') {
      await this.askForAnswer(context, ticketId, answer);
      return;
    }
    const result = await this.deps.tickets.answer(ticketId, { text: answer, byId: adminId, byName: context.activity.from.name || undefined });
    if (!result.ok) {
      if (result.reason === 'not-found') {
        // Its asker deleted their data meanwhile: the answer has nowhere to go, but is not lost.
        await context.sendActivity(t.faq.channel.notFound({ ticket: ticketId }));
        await context.sendActivity(t.faq.channel.yourAnswer({ answer }));
      } else {
        // Answered from another card meanwhile: who answered, and the text just typed, not lost.
        await context.sendActivity(t.faq.channel.alreadyAnswered({ name: result.ticket.answer?.byName ?? '' }));
        await context.sendActivity(t.faq.channel.yourAnswer({ answer }));
      }
      return;
    }
    const ticket = result.ticket;
    await this.deps.audit.record({ by: adminId, action: 'ticket.answer', target: ticket.id });
    const outcome = await this.deliverAnswer(ticket);
    await this.showCards(context, ticket);
    const asker = { ticket: ticket.id, name: ticket.askerName ?? ticket.askerId };
    await context.sendActivity(outcome === 'sent' ? t.faq.channel.answerSent(asker) : t.faq.channel.answerSaved(asker));
    this.deps.logger.info({ event: 'ticket.answered', ticket: ticket.id }, 'IKM answered a question');
  }

  /** "Add to FAQ" on an answered ticket: stored as a suggested entry for IKM to review. */
  async addToFaq(context: TurnContext, ticketId: string): Promise<void> {
    const adminId = await requireIkmAdmin(context);
    if (!adminId) return;
    const { t } = turnOf(context);
    const result = await this.deps.tickets.suggestForFaq(ticketId, adminId);
    if (!result.ok) {
      await context.sendActivity(
        result.reason === 'not-found'
          ? t.faq.channel.notFound({ ticket: ticketId })
          : result.reason === 'erased'
            ? t.faq.channel.erasedNoSuggestion({ ticket: ticketId })
            : t.cards.unknownAction,
      );
      return;
    }
    if (result.created) await this.deps.audit.record({ by: adminId, action: 'ticket.suggest', target: ticketId });
    const ticket = await this.deps.tickets.get(ticketId);
    if (ticket) await this.showCards(context, ticket);
    await context.sendActivity(result.created ? t.faq.channel.suggested({ ticket: ticketId }) : t.faq.channel.alreadySuggested({ ticket: ticketId }));
  }

  /** A question's card (with the answer box while it is open) in this chat, for IKM's question queue. */
  async showTicket(context: TurnContext, ticketId: string): Promise<boolean> {
    const ticket = await this.deps.tickets.get(ticketId);
    if (!ticket) return false;
    await context.sendActivity(cardActivity(renderIkmTicketCard(this.ticketCard(ticket))));
    return true;
  }

  /**
   * A ticket number typed by someone who is not IKM: their own question's status, with IKM's answer
   * once there is one (given again, and closed if it had not reached them); anyone else's, or one
   * that does not exist, is not theirs, and nothing of it is said.
   */
  async showToAsker(context: TurnContext, ticketId: string): Promise<void> {
    const { t, personId } = turnOf(context);
    const ticket = await this.deps.tickets.get(ticketId);
    if (!ticket || ticket.askerId !== personId) {
      await context.sendActivity(t.faq.askIkm.notYours({ ticket: ticketId }));
      return;
    }
    if (!ticket.answer) {
      const question = clipped(ticket.question, QUESTION_RECALLED + 1);
      await context.sendActivity(t.faq.askIkm.waiting({ ticket: ticket.id, question, days: this.deps.call.contact.answerWithinWorkingDays }));
      return;
    }
    await context.sendActivity(this.answerMessage(ticket, !inPersonalChat(context)));
    if (ticket.status === 'answered') await this.deps.tickets.close(ticket.id);
  }

  /** Answers stored but never delivered (the bot stopped in between): delivered at start-up. */
  async deliverPending(): Promise<void> {
    for (const ticket of await this.deps.tickets.listUndelivered()) await this.deliverAnswer(ticket);
  }

  /**
   * IKM's answers that could not reach this person (their chat was lost or refused), given in their
   * next turn in a personal chat, after that turn's own reply; `waiting` is their record of them,
   * read with the turn's state (so an ordinary turn makes no extra read). In a group chat they wait:
   * others would read them there.
   */
  async deliverWaiting(context: TurnContext, waiting: StoredRecord<unknown>): Promise<void> {
    if (!inPersonalChat(context)) return;
    const { personId } = turnOf(context);
    for (const ticket of await this.deps.tickets.waitingFor(personId, waiting.value)) {
      // Closed first, as a claim: the start-up pass or another instance may be giving it too, and
      // only one may send it. (A reply failing after the claim fails this turn; the answer stays
      // readable by its ticket number.)
      const closed = await this.deps.tickets.close(ticket.id);
      if (!closed.ok || closed.alreadyClosed) continue;
      await context.sendActivity(this.answerMessage(ticket, false));
      this.deps.logger.info({ event: 'ticket.delivered_late', ticket: ticket.id }, 'answer delivered when its asker wrote again');
    }
    await this.deps.tickets.clearWaiting(personId, waiting.version);
  }

  /**
   * "Send answer" with the box empty, or with more than an answer may hold (`tooLong`, what was
   * written): says so, and the card again with it in the box, unless the card pressed is the one in
   * the IKM channel, which still shows its box (a copy there would stay open after the answer; a
   * long answer is given back in words). A question already answered or unknown says so instead.
   */
  private async askForAnswer(context: TurnContext, ticketId: string, tooLong?: string): Promise<void> {
    const { t, language } = turnOf(context);
    const ticket = await this.deps.tickets.get(ticketId);
    if (!ticket) {
      await context.sendActivity(t.faq.channel.notFound({ ticket: ticketId }));
      if (tooLong) await context.sendActivity(t.faq.channel.yourAnswer({ answer: tooLong }));
      return;
    }
    if (ticket.answer) {
      await context.sendActivity(t.faq.channel.alreadyAnswered({ name: ticket.answer.byName ?? ticket.answer.byId }));
      return;
    }
    const count = (text: string) => formatNumber(readerLength(text), language);
    await context.sendActivity(
      tooLong === undefined ? t.faq.channel.answerFirst : t.faq.channel.answerTooLong({ max: formatNumber(MAX_ANSWER_LENGTH, language), count: count(tooLong) }),
    );
    if (this.pressedChannelCard(context, ticket)) {
      if (tooLong) await context.sendActivity(t.faq.channel.yourAnswer({ answer: tooLong }));
      return;
    }
    await context.sendActivity(cardActivity(renderIkmTicketCard({ ...this.ticketCard(ticket), draft: tooLong ?? '' })));
  }

  /**
   * The ticket card for IKM, in the unit's working language (English), its time in the call's zone,
   * as everywhere on the desk (one clock for the unit, wherever the card is read).
   */
  private ticketCard(ticket: Ticket): IkmTicketCardData {
    const zone = deskZone(this.deps);
    const t = messages('en').faq;
    const asker = ticket.askerName ?? ticket.askerId;
    return {
      title: ticket.erasedAt
        ? t.channel.erasedQuestion({ ticket: ticket.id })
        : ticket.answer
          ? t.channel.answeredQuestion({ name: asker })
          : t.channel.newQuestion({ name: asker }),
      facts: [
        { label: t.channel.labels.ticket, value: ticket.id },
        { label: t.channel.labels.language, value: t.languageNames[ticket.language] },
        { label: t.channel.labels.asked, value: formatDateTime(new Date(ticket.createdAt), 'en', zone) },
      ],
      question: ticket.question,
      ticketId: ticket.id,
      answered: ticket.answer ? t.channel.answeredBy({ name: ticket.answer.byName ?? ticket.answer.byId }) : '',
      answerText: ticket.answer?.text ?? '',
      draft: '',
      answerLabel: t.channel.answerPlaceholder,
      answerRequired: t.channel.answerPlaceholder,
      sendLabel: t.channel.sendButton,
      // Nothing to suggest once suggested, or without its question (its asker's data was deleted).
      addToFaqLabel: ticket.addToFaq || ticket.erasedAt ? '' : t.channel.addToFaqButton,
    };
  }

  private async postToChannel(ticket: Ticket): Promise<void> {
    const channel = await this.deps.ikmChannel.get();
    if (!channel) {
      this.deps.logger.warn({ event: 'ticket.no_channel', ticket: ticket.id }, 'no IKM channel registered');
      return;
    }
    await this.deps.proactive.run(channel.reference, async (context) => {
      const response = await context.sendActivity(cardActivity(renderIkmTicketCard(this.ticketCard(ticket))));
      if (response?.id) {
        await this.deps.tickets.recordChannelMessage(ticket.id, { conversationId: context.activity.conversation.id, activityId: response.id });
      }
    });
  }

  private async mailToMailbox(ticket: Ticket): Promise<void> {
    const t = messages('en').faq;
    const text = t.email.body({
      ticket: ticket.id,
      name: ticket.askerName ?? ticket.askerId,
      language: t.languageNames[ticket.language],
      question: ticket.question,
    });
    const body = mailBody(text.split('\n\n'));
    await this.deps.mailer.send({ to: this.deps.ikmMailbox, subject: t.email.subject({ ticket: ticket.id }), text: body.text, html: body.html });
  }

  /**
   * Sends IKM's answer to the asker's chat, then closes the ticket: in the language the question was
   * asked in (IKM answers in it), which need not be the chat's ("Est-ce qu'on peut..." asked from an
   * English Teams client).
   */
  private async deliverAnswer(ticket: Ticket): Promise<ProactiveOutcome | undefined> {
    const answer = ticket.answer;
    if (!answer) return undefined;
    const outcome = await this.deps.proactive.toConversation(
      ticket.conversationKey,
      ticket.askerId,
      async (context) => {
        // In a group chat or a channel, several people read it: whose question it answers.
        await context.sendActivity(this.answerMessage(ticket, !inPersonalChat(context)));
      },
      ticket.thread,
    );
    if (outcome === 'sent') await this.deps.tickets.close(ticket.id);
    else {
      this.deps.logger.warn({ event: 'ticket.not_delivered', ticket: ticket.id, outcome }, 'answer not delivered');
      // Given in the asker's next turn, wherever their personal chat now is.
      if (ticket.askerId !== ERASED_ASKER) await this.deps.tickets.noteWaiting(ticket.askerId, ticket.id);
    }
    return outcome;
  }

  /** IKM's answer as its asker reads it, in the question's language; `shared`: where others read it too. */
  private answerMessage(ticket: Ticket, shared: boolean): string {
    const answer = ticket.answer!.text;
    // A long question is recalled by its start: enough to know which one it was.
    const question = clipped(ticket.question, QUESTION_RECALLED + 1);
    const texts = messages(ticket.language).faq.askIkm;
    return shared && ticket.askerName !== undefined
      ? texts.answeredFor({ name: ticket.askerName, ticket: ticket.id, question, answer })
      : texts.answered({ ticket: ticket.id, question, answer });
  }

  /**
   * Shows the ticket as it now is on the card in the IKM channel and on the card that was pressed,
   * when that is another one (the desk's question queue, in an admin's own chat).
   */
  private async showCards(context: TurnContext, ticket: Ticket): Promise<void> {
    await this.updateChannelCard(ticket);
    const pressed = context.activity.replyToId;
    if (!pressed || this.pressedChannelCard(context, ticket)) return;
    try {
      await context.updateActivity({ ...cardActivity(renderIkmTicketCard(this.ticketCard(ticket))), id: pressed });
    } catch (error) {
      this.deps.logger.warn({ event: 'ticket.card_update_failed', ticket: ticket.id, error: describeError(error) }, 'pressed card not updated');
    }
  }

  /** True when the card pressed in this turn is the ticket's card in the IKM channel. */
  private pressedChannelCard(context: TurnContext, ticket: Ticket): boolean {
    const posted = ticket.channelMessage;
    return (
      posted !== undefined &&
      context.activity.replyToId === posted.activityId &&
      channelRootId(context.activity.conversation.id) === channelRootId(posted.conversationId)
    );
  }

  /**
   * The channel cards of questions erased with their asker's data become a closed card that names
   * only the ticket: the question and the person's name no longer show, and no "Send answer" is left.
   */
  async withdrawCards(tickets: readonly Ticket[]): Promise<void> {
    const t = messages('en').faq.channel;
    for (const ticket of tickets) {
      // One IKM answered is kept without its asker: its card shows that, with the answer.
      const kept = await this.deps.tickets.get(ticket.id);
      if (kept) {
        await this.updateChannelCard({ ...kept, channelMessage: kept.channelMessage ?? ticket.channelMessage });
        continue;
      }
      await this.updateChannelCard(ticket, {
        title: t.withdrawn.title({ ticket: ticket.id }),
        facts: [],
        question: t.withdrawn.question,
        ticketId: ticket.id,
        answered: t.withdrawn.closed,
        answerText: t.withdrawn.nothingToDo,
        draft: '',
        answerLabel: '',
        answerRequired: '',
        sendLabel: '',
        addToFaqLabel: '',
      });
    }
  }

  /**
   * Updates the ticket's card in the IKM channel (to `card`, by default the ticket as it now is),
   * through that channel's own conversation, the way the card was posted. Not through this turn's
   * context: `TurnContext.updateActivity` puts this turn's conversation on the activity, so an answer
   * given from an admin's own chat would update "the channel's message id" in that chat.
   */
  private async updateChannelCard(ticket: Ticket, card: IkmTicketCardData = this.ticketCard(ticket)): Promise<void> {
    const posted = ticket.channelMessage;
    if (!posted) return;
    try {
      const reference = await this.channelCardReference(posted.conversationId);
      if (!reference) {
        this.deps.logger.warn({ event: 'ticket.card_update_failed', ticket: ticket.id }, 'the channel of the card is not known any more');
        return;
      }
      await this.deps.proactive.run(reference, async (context) => {
        await context.updateActivity({ ...cardActivity(renderIkmTicketCard(card)), id: posted.activityId });
      });
    } catch (error) {
      this.deps.logger.warn({ event: 'ticket.card_update_failed', ticket: ticket.id, error: describeError(error) }, 'card not updated');
    }
  }

  /**
   * The conversation a ticket card was posted in: the IKM channel, or, when IKM moved to another
   * channel since, the earlier one's reference, stored when it was registered.
   */
  private async channelCardReference(conversationId: string): Promise<StoredConversationReference | undefined> {
    const channel = await this.deps.ikmChannel.get();
    if (channel && channelRootId(channel.reference.conversationId) === channelRootId(conversationId)) return channel.reference;
    const { references } = this.deps;
    return (await references.getByKey(channelConversationKey(conversationId))) ?? (await references.getByKey(chatConversationKey(conversationId)));
  }
}
