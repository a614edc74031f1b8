import { TurnContext } from 'botbuilder';
import type { CallConfig } from '../../call';
import type { AuditLog } from '../../desk';
import { ConversationReferences, fromConversationReference } from '../../conversations';
import { messages } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { describeError, Logger } from '../../logger';
import type { Mailer } from '../../mail';
import { mailBody } from '../../mail';
import { IkmChannel, Ticket, TicketService, ticketTextProblem } from '../../tickets';
import { requireIkmAdmin } from '../admin';
import type { Proactive } from '../proactive';
import { cardActivity, channelShowsCards, sendCardOrText } from '../replies';
import { turnOf } from '../turn';
import { askableQuestion, rememberQuestion } from './askable';
import { IkmTicketCardData, MAX_QUESTION_LENGTH, renderAskIkmConfirmCard, renderIkmTicketCard } from './cards';

export interface IkmQuestionDependencies {
  call: CallConfig;
  tickets: TicketService;
  ikmChannel: IkmChannel;
  references: ConversationReferences;
  proactive: Proactive;
  mailer: Mailer;
  /** Where questions are mailed (ikm@iom.int). */
  ikmMailbox: string;
  audit: AuditLog;
  logger: Logger;
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
    const { t, language, state } = turnOf(context);
    const asked = askableQuestion(state.conversation, questionId);
    if (!asked) {
      await context.sendActivity(t.faq.askIkm.expired);
      return;
    }
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
    });
    await sendCardOrText(context, card, `${texts.title}\n\n${asked.question}`);
  }

  /** "Send to IKM" on the confirmation. */
  async send(context: TurnContext, questionId: string): Promise<void> {
    const { t, state } = turnOf(context);
    const asked = askableQuestion(state.conversation, questionId);
    if (!asked) {
      await context.sendActivity(t.faq.askIkm.expired);
      return;
    }
    await this.forward(context, asked.question);
  }

  /** "Don't send". */
  async cancel(context: TurnContext): Promise<void> {
    await context.sendActivity(turnOf(context).t.faq.askIkm.cancelled);
  }

  /**
   * "ask IKM" typed: the person's last question. With cards, the confirmation first; on a channel
   * without cards (e-mail) typing it is the confirmation, and the reply says when to expect an answer.
   */
  async askIkmLastQuestion(context: TurnContext): Promise<void> {
    const { state, t } = turnOf(context);
    const question = state.conversation.lastQuestion;
    if (!question) {
      await context.sendActivity(t.faq.askIkm.prompt);
      return;
    }
    if (channelShowsCards(context)) await this.confirm(context, rememberQuestion(state.conversation, question));
    else await this.forward(context, question);
  }

  /** Sends the question to IKM; the asker is told the ticket number, when to expect the answer and that it comes here. */
  private async forward(context: TurnContext, question: string): Promise<void> {
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
    const ticket = await tickets.create({
      question,
      language,
      askerId: personId,
      askerName: context.activity.from.name?.slice(0, 200) || undefined,
      source: context.activity.channelId === 'email' ? 'email' : 'teams',
      conversationKey: saved.key,
    });
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
  }

  /** An IKM member answers from the channel card: the first answer wins and goes to the asker. */
  async answerTicket(context: TurnContext, ticketId: string, answer: string): Promise<void> {
    const adminId = await requireIkmAdmin(context);
    if (!adminId) return;
    const { t } = turnOf(context);
    if (ticketTextProblem(answer, 4000)) {
      await context.sendActivity(t.cards.unknownAction);
      return;
    }
    const result = await this.deps.tickets.answer(ticketId, { text: answer, byId: adminId, byName: context.activity.from.name || undefined });
    if (!result.ok) {
      if (result.reason === 'not-found') await context.sendActivity(t.cards.unknownAction);
      else await context.sendActivity(t.faq.channel.alreadyAnswered({ name: result.ticket.answer?.byName ?? '' }));
      return;
    }
    await this.deps.audit.record({ by: adminId, action: 'ticket.answer', target: ticketId });
    await this.deliverAnswer(result.ticket);
    await this.updateChannelCard(context, result.ticket);
    this.deps.logger.info({ event: 'ticket.answered', ticket: ticketId }, 'IKM answered a question');
  }

  /** "Add to FAQ" on an answered ticket: stored as a suggested entry for IKM to review. */
  async addToFaq(context: TurnContext, ticketId: string): Promise<void> {
    const adminId = await requireIkmAdmin(context);
    if (!adminId) return;
    const result = await this.deps.tickets.suggestForFaq(ticketId, adminId);
    if (!result.ok) {
      await context.sendActivity(turnOf(context).t.cards.unknownAction);
      return;
    }
    const ticket = await this.deps.tickets.get(ticketId);
    if (ticket) await this.updateChannelCard(context, ticket);
  }

  /** A question's card (with the answer box while it is open) in this chat, for IKM's question queue. */
  async showTicket(context: TurnContext, ticketId: string): Promise<boolean> {
    const ticket = await this.deps.tickets.get(ticketId);
    if (!ticket) return false;
    await context.sendActivity(cardActivity(renderIkmTicketCard(this.ticketCard(ticket))));
    return true;
  }

  /** Answers stored but never delivered (the bot stopped in between): delivered at start-up. */
  async deliverPending(): Promise<void> {
    for (const ticket of await this.deps.tickets.listUndelivered()) await this.deliverAnswer(ticket);
  }

  /** The ticket card for IKM, in the unit's working language (English). */
  private ticketCard(ticket: Ticket): IkmTicketCardData {
    const t = messages('en').faq;
    return {
      title: t.channel.newQuestion({ name: ticket.askerName ?? ticket.askerId }),
      facts: [
        { label: t.channel.labels.ticket, value: ticket.id },
        { label: t.channel.labels.language, value: t.languageNames[ticket.language] },
        { label: t.channel.labels.asked, value: formatDateTime(new Date(ticket.createdAt), 'en', this.deps.call.timeline.timeZone) },
      ],
      question: ticket.question,
      ticketId: ticket.id,
      answered: ticket.answer ? t.channel.answeredBy({ name: ticket.answer.byName ?? ticket.answer.byId }) : '',
      answerText: ticket.answer?.text ?? '',
      answerLabel: t.channel.answerPlaceholder,
      answerRequired: t.channel.answerPlaceholder,
      sendLabel: t.channel.sendButton,
      addToFaqLabel: ticket.addToFaq ? '' : t.channel.addToFaqButton,
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

  /** Sends IKM's answer to the asker's chat, in their language, then closes the ticket. */
  private async deliverAnswer(ticket: Ticket): Promise<void> {
    const answer = ticket.answer;
    if (!answer) return;
    const outcome = await this.deps.proactive.toConversation(ticket.conversationKey, ticket.askerId, async (context, settings) => {
      await context.sendActivity(messages(settings.language).faq.askIkm.answered({ ticket: ticket.id, answer: answer.text }));
    });
    if (outcome === 'sent') await this.deps.tickets.close(ticket.id);
    else this.deps.logger.warn({ event: 'ticket.not_delivered', ticket: ticket.id, outcome }, 'answer not delivered');
  }

  private async updateChannelCard(context: TurnContext, ticket: Ticket): Promise<void> {
    if (!ticket.channelMessage) return;
    try {
      await context.updateActivity({
        ...cardActivity(renderIkmTicketCard(this.ticketCard(ticket))),
        id: ticket.channelMessage.activityId,
        conversation: { ...context.activity.conversation, id: ticket.channelMessage.conversationId },
      });
    } catch (error) {
      this.deps.logger.warn({ event: 'ticket.card_update_failed', ticket: ticket.id, error: describeError(error) }, 'card not updated');
    }
  }
}
