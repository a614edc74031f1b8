import type { TurnContext } from 'botbuilder';
import type { CallConfig } from '../../call';
import type { Clock } from '../../clock';
import type { FaqEntry, KnowledgeBase } from '../../faq/knowledge-base';
import { renderAnswer, renderSource } from '../../faq/render-answer';
import type { FaqIndex } from '../../faq/search';
import { Language } from '../../i18n';
import { formatAmount, formatDate } from '../../i18n/format';
import type { Store } from '../../storage/store';
import { channelShowsCards, sendCardOrText } from '../replies';
import { turnOf } from '../turn';
import { FaqAnswerCardData, MAX_QUESTION_LENGTH, renderAskIkmOfferCard, renderFaqAnswerCard } from './cards';

export interface FaqAnswerDependencies {
  call: CallConfig;
  clock: Clock;
  store: Store;
  knowledgeBase: KnowledgeBase;
  index: FaqIndex;
}

/**
 * Questions answered from the knowledge base in the asker's language, with the source, related
 * questions and "Did this help?"; what the base cannot answer is offered to IKM.
 */
export class FaqAnswers {
  constructor(private readonly deps: FaqAnswerDependencies) {}

  /** Answers a typed question (or declines it); remembers it in case the person asks IKM next. */
  async answer(context: TurnContext, question: string): Promise<void> {
    const { language, t, state } = turnOf(context);
    state.conversation.lastQuestion = question.slice(0, MAX_QUESTION_LENGTH);
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
      await this.sendEntry(context, this.entry(closest), { intro: t.faq.unsure.closest, related: result.candidates.slice(1), askIkm: question });
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
    const { t, personId } = turnOf(context);
    if (!this.deps.knowledgeBase.byId.has(entryId)) {
      await context.sendActivity(t.cards.unknownAction);
      return;
    }
    const card = context.activity.replyToId ?? 'no-card';
    const vote = `faq/feedback-votes/${entryId}/${encodeURIComponent(card)}/${encodeURIComponent(personId)}`;
    if ((await this.deps.store.put(vote, helpful, 0)) !== null) {
      await this.deps.store.increment(`faq/feedback/${entryId}/${helpful ? 'helpful' : 'not-helpful'}`);
    }
    await context.sendActivity(helpful ? t.faq.answer.feedback.thanksYes : t.faq.answer.feedback.thanksNo);
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
      // The card's "Ask IKM" sends the person's own words, not the entry's question.
      askIkmQuestion: options.askIkm ?? '',
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
    await sendCardOrText(context, renderFaqAnswerCard(card), text);
  }

  private async sendAskIkmOffer(context: TurnContext, question: string): Promise<void> {
    const { t } = turnOf(context);
    if (!channelShowsCards(context)) {
      await context.sendActivity(`${t.faq.unsure.nothing}\n\n${t.faq.unsure.askInsteadText}`);
      return;
    }
    await sendCardOrText(context, renderAskIkmOfferCard({ text: t.faq.unsure.nothing, askIkmLabel: t.faq.askIkm.button, question }), t.faq.unsure.nothing);
  }

  private formatters(language: Language) {
    const { call } = this.deps;
    return {
      date: (date: Date) => formatDate(date, language, call.timeline.timeZone),
      amount: (amount: number) => formatAmount(amount, call.currency, language),
    };
  }
}
