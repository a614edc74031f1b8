import type { TurnContext } from 'botbuilder';
import type { CallConfig } from '../../call';
import type { Clock } from '../../clock';
import type { FaqEntry, KnowledgeBase } from '../../faq/knowledge-base';
import { renderAnswer, renderSource } from '../../faq/render-answer';
import type { FaqIndex } from '../../faq/search';
import { Language, messages } from '../../i18n';
import { formatAmount, formatDate } from '../../i18n/format';
import type { Store } from '../../storage/store';
import { channelShowsCards, sendCardOrText } from '../replies';
import { turnOf } from '../turn';
import type { PersonRecord } from '../../people';
import { rememberQuestion } from './askable';
import { FaqAnswerCardData, renderAskIkmOfferCard, renderFaqAnswerCard } from './cards';

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

  /**
   * Answers a typed question (or declines it), in the language the question is written in, and
   * keeps it in case the person sends it to IKM. Every reply that does not answer offers IKM.
   */
  async answer(context: TurnContext, question: string): Promise<void> {
    const { language: chatLanguage, state } = turnOf(context);
    const questionId = rememberQuestion(state.conversation, question);
    const result = this.deps.index.search(question, chatLanguage);
    const language = result.language;
    const texts = messages(language).faq;
    if (result.kind === 'off-topic') {
      await this.sendAskIkmOffer(context, language, texts.offTopic, questionId, { declined: true });
      return;
    }
    const languageNote = language !== chatLanguage && firstTime(state.user, 'answer-language') ? texts.languageNote : '';
    if (result.kind === 'answer') {
      await this.sendEntry(context, language, this.entry(result.entryId), { related: result.alternatives, questionId, languageNote });
      return;
    }
    const closest = result.candidates[0];
    if (closest) {
      await this.sendEntry(context, language, this.entry(closest), { intro: texts.unsure.closest, related: result.candidates.slice(1), questionId, languageNote });
      return;
    }
    await this.sendAskIkmOffer(context, language, texts.unsure.nothing, questionId, { declined: false });
  }

  /** A related question's button: that entry's answer. */
  async open(context: TurnContext, entryId: string): Promise<void> {
    const entry = this.deps.knowledgeBase.byId.get(entryId);
    if (!entry) {
      await context.sendActivity(turnOf(context).t.cards.unknownAction);
      return;
    }
    await this.sendEntry(context, turnOf(context).language, entry, { related: entry.related ?? [] });
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
    language: Language,
    entry: FaqEntry,
    options: { intro?: string; related: readonly string[]; questionId?: string; languageNote?: string },
  ): Promise<void> {
    const texts = messages(language).faq;
    const answer = renderAnswer(entry, language, this.deps.call, this.deps.clock.now(), this.formatters(language));
    const related = options.related
      .map((id) => this.deps.knowledgeBase.byId.get(id))
      .filter((candidate): candidate is FaqEntry => candidate !== undefined && candidate.id !== entry.id)
      .slice(0, 3)
      .map((candidate) => ({ entryId: candidate.id, title: candidate.questions[language][0] }));
    const card: FaqAnswerCardData = {
      intro: options.intro ?? '',
      languageNote: options.languageNote ?? '',
      question: entry.questions[language][0],
      answer,
      source: renderSource(entry, language),
      relatedTitle: texts.answer.related,
      related,
      entryId: entry.id,
      feedbackQuestion: texts.answer.feedback.prompt,
      yesLabel: texts.answer.feedback.yes,
      noLabel: texts.answer.feedback.no,
      askIkmLabel: options.questionId ? texts.askIkm.button : '',
      // The card's "Ask IKM" sends the person's own words (kept in the conversation), not the entry's question.
      askIkmQuestionId: options.questionId ?? '',
    };
    const text = [
      options.intro,
      options.languageNote,
      answer,
      card.source,
      related.length ? `${texts.answer.related}:\n${related.map((r) => `- ${r.title}`).join('\n')}` : '',
      options.questionId ? texts.unsure.askInsteadText : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    await sendCardOrText(context, renderFaqAnswerCard(card), text);
  }

  /** "I can't answer that", always with the way forward: Ask IKM (a button, or the words to type). */
  private async sendAskIkmOffer(context: TurnContext, language: Language, text: string, questionId: string, options: { declined: boolean }): Promise<void> {
    const texts = messages(language).faq;
    if (!channelShowsCards(context)) {
      await context.sendActivity(`${text}\n\n${options.declined ? texts.offTopicAskText : texts.unsure.askInsteadText}`);
      return;
    }
    const card = renderAskIkmOfferCard({ text, hint: options.declined ? texts.offTopicAsk : '', askIkmLabel: texts.askIkm.button, questionId });
    await sendCardOrText(context, card, text);
  }

  private formatters(language: Language) {
    const { call } = this.deps;
    return {
      date: (date: Date) => formatDate(date, language, call.timeline.timeZone),
      amount: (amount: number) => formatAmount(amount, call.currency, language),
    };
  }
}

/** Whether a one-off hint has not been given to this person yet; marks it given (saved with the turn). */
function firstTime(person: PersonRecord, hint: string): boolean {
  if (person.hintsGiven?.includes(hint)) return false;
  person.hintsGiven = [...(person.hintsGiven ?? []), hint].slice(-20);
  return true;
}
