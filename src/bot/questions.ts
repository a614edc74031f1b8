import { CardFactory, CloudAdapter, TurnContext } from 'botbuilder';
import {
  FaqAnswerCardData,
  IkmTicketCardData,
  renderFaqAnswerCard,
  renderIkmTicketCard,
} from '../../adaptive-cards/cards';
import type { CallConfig } from '../call';
import type { Clock } from '../clock';
import type { AppConfig } from '../config';
import {
  ConversationReferences,
  fromConversationReference,
  toConversationReference,
} from '../conversations';
import type { FaqEntry, KnowledgeBase } from '../faq/knowledge-base';
import { renderAnswer, renderSource } from '../faq/render-answer';
import type { FaqIndex } from '../faq/search';
import { Language, messages } from '../i18n';
import { formatAmount, formatDate, formatDateTime } from '../i18n/format';
import { describeError, Logger } from '../logger';
import type { Mailer } from '../mail';
import { mailBody } from '../mail';
import type { Store } from '../storage/store';
import { IkmChannel, isIkmAdmin, Ticket, TicketService, ticketTextProblem } from '../tickets';
import { channelShowsCards, sendCardOrText } from './replies';
import { turnOf } from './turn';

export interface QuestionDependencies {
  adapter: CloudAdapter;
  config: AppConfig;
  call: CallConfig;
  clock: Clock;
  store: Store;
  knowledgeBase: KnowledgeBase;
  index: FaqIndex;
  tickets: TicketService;
  ikmChannel: IkmChannel;
  references: ConversationReferences;
  mailer: Mailer;
  logger: Logger;
}

/**
 * Questions: answered from the knowledge base in the asker's language, with the source; what the
 * base cannot answer goes to IKM (a ticket, a card in the IKM channel, a copy to the mailbox), and
 * IKM's answer comes back to the asker's chat.
 */
export class Questions {
  constructor(private readonly deps: QuestionDependencies) {}

  /** Answers a typed question (or declines it); remembers it in case the person asks IKM next. */
  async answer(context: TurnContext, question: string): Promise<void> {
    const { language, t, state } = turnOf(context);
    state.conversation.lastQuestion = question.slice(0, 2000);
    const result = this.deps.index.search(question, language);
    if (result.kind === 'off-topic') {
      await context.sendActivity(t.faq.offTopic);
      return;
    }
    if (result.kind === 'answer') {
      await this.sendEntry(context, this.entry(result.entryId), { related: result.alternatives, askIkm: question });
      return;
    }
    const closest = result.candidates[0];
    if (closest) {
      await this.sendEntry(context, this.entry(closest), {
        intro: t.faq.unsure.closest,
        related: result.candidates.slice(1),
        askIkm: question,
      });
      return;
    }
    await this.sendAskIkmOffer(context, question);
  }

  /** A related question's button: that entry's answer. */
  async open(context: TurnContext, entryId: string): Promise<void> {
    const entry = this.deps.knowledgeBase.byId.get(entryId);
    if (!entry) {
      await context.sendActivity(turnOf(context).t.cards.unknownAction);
      return;
    }
    await this.sendEntry(context, entry, { related: entry.related ?? [] });
  }

  /** "Did this help?": counted once per person and answer card. */
  async feedback(context: TurnContext, entryId: string, helpful: boolean): Promise<void> {
    const { t } = turnOf(context);
    if (!this.deps.knowledgeBase.byId.has(entryId)) {
      await context.sendActivity(t.cards.unknownAction);
      return;
    }
    const card = context.activity.replyToId ?? 'no-card';
    const voter = context.activity.from.aadObjectId ?? context.activity.from.id;
    const first = await this.deps.store.put(`faq/feedback-votes/${entryId}/${encodeURIComponent(card)}/${encodeURIComponent(voter)}`, helpful, 0);
    if (first !== null) await this.deps.store.increment(`faq/feedback/${entryId}/${helpful ? 'helpful' : 'not-helpful'}`);
    await context.sendActivity(helpful ? t.faq.answer.feedback.thanksYes : t.faq.answer.feedback.thanksNo);
  }

  /**
   * Sends the question to IKM: a ticket, a card in the IKM channel (if one is registered) and a copy
   * to the mailbox. The asker is told the ticket number; the answer will come to this chat.
   */
  async askIkm(context: TurnContext, question: string): Promise<void> {
    const { t, language } = turnOf(context);
    const { tickets, references, logger } = this.deps;
    if (ticketTextProblem(question, 2000)) {
      await context.sendActivity(t.cards.unknownAction);
      return;
    }
    const reference = fromConversationReference(conversationReferenceOf(context));
    if (!reference) {
      await context.sendActivity(t.faq.askIkm.failed({ mailbox: this.deps.config.mail.ikmMailbox }));
      return;
    }
    const saved = await references.save(reference);
    const ticket = await tickets.create({
      question,
      language,
      askerId: context.activity.from.aadObjectId ?? context.activity.from.id,
      askerName: context.activity.from.name?.slice(0, 200) || undefined,
      source: context.activity.channelId === 'email' ? 'email' : 'teams',
      conversationKey: saved.key,
    });
    await context.sendActivity(t.faq.askIkm.sent({ ticket: ticket.id }));
    logger.info({ event: 'ticket.created', ticket: ticket.id }, 'question sent to IKM');
    await this.postToChannel(ticket).catch((error: unknown) =>
      logger.error({ event: 'ticket.channel_failed', ticket: ticket.id, error: describeError(error) }, 'IKM channel not reached'),
    );
    await this.mailToMailbox(ticket).catch((error: unknown) =>
      logger.error({ event: 'ticket.mail_failed', ticket: ticket.id, error: describeError(error) }, 'mailbox not reached'),
    );
  }

  /** "ask IKM" typed in a text channel: sends the person's last question. */
  async askIkmLastQuestion(context: TurnContext): Promise<void> {
    const { state, t } = turnOf(context);
    const question = state.conversation.lastQuestion;
    if (!question) {
      await context.sendActivity(t.faq.askIkm.prompt);
      return;
    }
    await this.askIkm(context, question);
  }

  /** "register channel", typed by an IKM administrator in a team channel. */
  async registerChannel(context: TurnContext): Promise<void> {
    const { t } = turnOf(context);
    const { config, ikmChannel, references } = this.deps;
    if (!isIkmAdmin(config, context.activity.from.aadObjectId)) {
      await context.sendActivity(t.faq.adminOnly);
      return;
    }
    if (context.activity.conversation.conversationType !== 'channel') {
      await context.sendActivity(t.faq.registration.channelOnly);
      return;
    }
    const reference = fromConversationReference(conversationReferenceOf(context));
    if (!reference) return;
    await references.save(reference);
    const { previous } = await ikmChannel.register(reference, context.activity.from.aadObjectId!);
    const same = previous?.reference.conversationId === reference.conversationId;
    await context.sendActivity(
      !previous ? t.faq.registration.registered : same ? t.faq.registration.alreadyRegistered : t.faq.registration.moved,
    );
  }

  /** An IKM member answers from the channel card: the first answer wins and goes to the asker. */
  async answerTicket(context: TurnContext, ticketId: string, answer: string): Promise<void> {
    const { t } = turnOf(context);
    const { tickets, config, logger } = this.deps;
    const byId = context.activity.from.aadObjectId;
    if (!isIkmAdmin(config, byId)) {
      await context.sendActivity(t.faq.adminOnly);
      return;
    }
    if (ticketTextProblem(answer, 4000)) {
      await context.sendActivity(t.cards.unknownAction);
      return;
    }
    const result = await tickets.answer(ticketId, { text: answer, byId: byId!, byName: context.activity.from.name || undefined });
    if (!result.ok) {
      if (result.reason === 'not-found') await context.sendActivity(t.cards.unknownAction);
      else await context.sendActivity(t.faq.channel.alreadyAnswered({ name: result.ticket.answer?.byName ?? '' }));
      return;
    }
    await this.deliverAnswer(result.ticket);
    await this.updateChannelCard(context, result.ticket);
    logger.info({ event: 'ticket.answered', ticket: ticketId }, 'IKM answered a question');
  }

  /** "Add to FAQ" on an answered ticket: stored as a suggested entry for IKM to review. */
  async addToFaq(context: TurnContext, ticketId: string): Promise<void> {
    const { t } = turnOf(context);
    const byId = context.activity.from.aadObjectId;
    if (!isIkmAdmin(this.deps.config, byId)) {
      await context.sendActivity(t.faq.adminOnly);
      return;
    }
    const result = await this.deps.tickets.suggestForFaq(ticketId, byId!);
    if (!result.ok) {
      await context.sendActivity(t.cards.unknownAction);
      return;
    }
    const ticket = await this.deps.tickets.get(ticketId);
    if (ticket) await this.updateChannelCard(context, ticket);
  }

  /** Answers stored but never delivered (the bot stopped in between): delivered at start-up. */
  async deliverPending(): Promise<void> {
    for (const ticket of await this.deps.tickets.listUndelivered()) await this.deliverAnswer(ticket);
  }

  private entry(id: string): FaqEntry {
    const entry = this.deps.knowledgeBase.byId.get(id);
    if (!entry) throw new Error(`FAQ entry ${id} is not in the knowledge base`);
    return entry;
  }

  private async sendEntry(
    context: TurnContext,
    entry: FaqEntry,
    options: { intro?: string; related: readonly string[]; askIkm?: string },
  ): Promise<void> {
    const { t, language } = turnOf(context);
    const texts = t.faq;
    const answer = renderAnswer(entry, language, this.deps.call, this.deps.clock.now(), this.formatters(language));
    const related = options.related
      .map((id) => this.deps.knowledgeBase.byId.get(id))
      .filter((candidate): candidate is FaqEntry => candidate !== undefined && candidate.id !== entry.id)
      .slice(0, 3)
      .map((candidate) => ({ entryId: candidate.id, title: candidate.questions[language][0] }));
    const card: FaqAnswerCardData = {
      intro: options.intro ?? '',
      question: entry.questions[language][0],
      answer,
      source: renderSource(entry, language),
      relatedTitle: texts.answer.related,
      related,
      entryId: entry.id,
      feedbackQuestion: texts.answer.feedback.prompt,
      yesLabel: texts.answer.feedback.yes,
      noLabel: texts.answer.feedback.no,
      askIkmLabel: options.askIkm ? texts.askIkm.button : '',
    };
    const text = [
      options.intro,
      answer,
      card.source,
      related.length ? `${texts.answer.related}:\n${related.map((r) => `- ${r.title}`).join('\n')}` : '',
      options.askIkm ? texts.unsure.askInsteadText : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    const rendered = renderFaqAnswerCard(card);
    // The card's "Ask IKM" sends the person's own words, not the entry's question.
    if (options.askIkm) setAskIkmQuestion(rendered, options.askIkm);
    await sendCardOrText(context, rendered, text);
  }

  private async sendAskIkmOffer(context: TurnContext, question: string): Promise<void> {
    const { t } = turnOf(context);
    if (!channelShowsCards(context)) {
      await context.sendActivity(`${t.faq.unsure.nothing}\n\n${t.faq.unsure.askInsteadText}`);
      return;
    }
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: t.faq.unsure.nothing, wrap: true }],
      actions: [{ type: 'Action.Submit', title: t.faq.askIkm.button, data: { verb: 'faq.askIkm', question } }],
    };
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  }

  private formatters(language: Language) {
    const { call } = this.deps;
    return {
      date: (date: Date) => formatDate(date, language, call.timeline.timeZone),
      amount: (amount: number) => formatAmount(amount, call.currency, language),
    };
  }

  /** The ticket card for IKM, in the unit's working language (English). */
  private ticketCard(ticket: Ticket): IkmTicketCardData {
    const t = messages('en').faq;
    const { call } = this.deps;
    return {
      title: t.channel.newQuestion({ name: ticket.askerName ?? ticket.askerId }),
      facts: [
        { label: t.channel.labels.ticket, value: ticket.id },
        { label: t.channel.labels.language, value: t.languageNames[ticket.language] },
        { label: t.channel.labels.asked, value: formatDateTime(new Date(ticket.createdAt), 'en', call.timeline.timeZone) },
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
    await this.proactive(toConversationReference(channel.reference), async (context) => {
      const response = await context.sendActivity({ attachments: [CardFactory.adaptiveCard(renderIkmTicketCard(this.ticketCard(ticket)))] });
      if (response?.id) {
        await this.deps.tickets.recordChannelMessage(ticket.id, {
          conversationId: context.activity.conversation.id,
          activityId: response.id,
        });
      }
    });
  }

  private async mailToMailbox(ticket: Ticket): Promise<void> {
    const t = messages('en').faq;
    const text = t.email.body({
      ticket: ticket.id,
      name: ticket.askerName ?? ticket.askerId,
      office: '',
      language: t.languageNames[ticket.language],
      question: ticket.question,
    });
    const body = mailBody(text.split('\n\n'));
    await this.deps.mailer.send({
      to: this.deps.config.mail.ikmMailbox,
      subject: t.email.subject({ ticket: ticket.id }),
      text: body.text,
      html: body.html,
    });
  }

  /** Sends IKM's answer to the asker's chat, in their language, then closes the ticket. */
  private async deliverAnswer(ticket: Ticket): Promise<void> {
    const { references, tickets, logger } = this.deps;
    if (!ticket.answer) return;
    const stored = await references.getByKey(ticket.conversationKey);
    if (!stored) {
      logger.warn({ event: 'ticket.no_reference', ticket: ticket.id }, 'asker cannot be reached');
      return;
    }
    const t = messages(ticket.language).faq;
    try {
      await this.proactive(toConversationReference(stored), async (context) => {
        await context.sendActivity(t.askIkm.answered({ ticket: ticket.id, answer: ticket.answer!.text }));
      });
      await tickets.close(ticket.id);
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      // Teams answers 403 when the bot was removed or blocked: that chat cannot be reached any more.
      if (status === 403 || status === 404) await references.removeByKey(ticket.conversationKey);
      logger.error({ event: 'ticket.delivery_failed', ticket: ticket.id, status, error: describeError(error) }, 'answer not delivered');
    }
  }

  private async updateChannelCard(context: TurnContext, ticket: Ticket): Promise<void> {
    if (!ticket.channelMessage) return;
    const card = CardFactory.adaptiveCard(renderIkmTicketCard(this.ticketCard(ticket)));
    try {
      await context.updateActivity({
        id: ticket.channelMessage.activityId,
        type: 'message',
        conversation: { ...context.activity.conversation, id: ticket.channelMessage.conversationId },
        attachments: [card],
      });
    } catch (error) {
      this.deps.logger.warn({ event: 'ticket.card_update_failed', ticket: ticket.id, error: describeError(error) }, 'card not updated');
    }
  }

  private async proactive(reference: ReturnType<typeof toConversationReference>, send: (context: TurnContext) => Promise<void>) {
    await this.deps.adapter.continueConversationAsync(this.deps.config.bot.appId ?? '', reference, send);
  }
}

/** The reference of this conversation (what a later proactive message needs). */
function conversationReferenceOf(context: TurnContext) {
  return TurnContext.getConversationReference(context.activity);
}

/** Puts the person's own question into the card's "Ask IKM" button. */
function setAskIkmQuestion(card: Record<string, unknown>, question: string): void {
  for (const action of (card.actions as { data?: { verb?: string; question?: string } }[] | undefined) ?? []) {
    if (action.data?.verb === 'faq.askIkm') action.data.question = question;
  }
}
