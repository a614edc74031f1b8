import type { TurnContext } from 'botbuilder';
import type { CallConfig, MilestoneId } from '../../call';
import type { Clock } from '../../clock';
import type { FaqEntry, KnowledgeBase } from '../../faq/knowledge-base';
import { renderAnswer, renderSource } from '../../faq/render-answer';
import type { FaqIndex } from '../../faq/search';
import { Language, messages } from '../../i18n';
import { formatAmount, formatDate, labelled } from '../../i18n/format';
import { withoutAddressees } from '../../input-hygiene';
import type { Store } from '../../storage/store';
import { bulletList, channelShowsCards, inPersonalChat, sendCardOrText } from '../replies';
import { noteWrittenLanguage, turnOf } from '../turn';
import type { PersonRecord } from '../../people';
import { askableQuestion, askerOf, rememberAskedQuestion } from './askable';
import { FaqAnswerCardData, renderAskIkmOfferCard, renderFaqAnswerCard } from './cards';

export interface FaqAnswerDependencies {
  call: CallConfig;
  clock: Clock;
  store: Store;
  knowledgeBase: KnowledgeBase;
  index: FaqIndex;
  /**
   * When IKM's announcement of a decision reached the teams, once it has: the call file only says
   * when it is due, and an answer saying "announced by 15 January (in 24 days)" after it was must
   * say so too.
   */
  decisionToldAt?: (kind: 'shortlist' | 'funding') => Promise<Date | undefined>;
}

/** The call's milestones that are IKM's announcements of a decision, as an answer names them. */
const DECISION_MILESTONES = [
  ['shortlist', 'shortlistAnnouncement'],
  ['funding', 'fundingAnnouncement'],
] as const satisfies readonly (readonly [string, MilestoneId])[];

/** The button of what an answer sends people to, named as the menu (or the sessions' list, for the zone) names it. */
function openLabel(opens: NonNullable<FaqEntry['opens']>, language: Language): string {
  const t = messages(language);
  return opens === 'timeZone' ? t.sessions.catalogue.changeZone : t.menu[opens];
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
    const { language: chatLanguage, personLanguage, state } = turnOf(context);
    const questionId = await rememberAskedQuestion(context, this.deps.store, question);
    if (writtenInUnreadScript(question)) {
      const { unreadable } = messages(chatLanguage).faq;
      await this.sendAskIkmOffer(context, chatLanguage, unreadable.text, questionId, { hint: unreadable.hint, hintText: unreadable.hintText });
      return;
    }
    // Colleagues mentioned before or after the question are not what it asks (their names stay in what IKM would get).
    const { entities, recipient } = context.activity;
    const result = this.deps.index.search(entities?.length ? withoutAddressees(question, entities, recipient?.id) : question, chatLanguage);
    const language = result.language;
    const texts = messages(language).faq;
    if (result.kind === 'off-topic') {
      // Nothing in it is a word: no question to decline, say so (in the chat's language).
      if (result.unread) {
        const { notUnderstood } = messages(chatLanguage).faq;
        await this.sendAskIkmOffer(context, chatLanguage, notUnderstood.text, questionId, { hint: notUnderstood.hint, hintText: notUnderstood.hintText });
        return;
      }
      await this.sendAskIkmOffer(context, language, texts.offTopic, questionId, { hint: texts.offTopicAsk, hintText: texts.offTopicAskText });
      return;
    }
    // Said when the answer is not in the person's own language (not merely another than this turn's:
    // text typed beside a French form, in English, by someone whose language is English). The
    // sentence is in the question's language; the button it names, as the chat's menu shows it.
    const languageNote =
      language !== personLanguage && firstTime(state.user, 'answer-language') ? texts.languageNote : '';
    // Question after question in that language, it becomes the person's (the menu, reminders).
    noteWrittenLanguage(context, language);
    if (result.kind === 'answer') {
      await this.sendEntry(context, language, this.entry(result.entryId), { related: result.alternatives, questionId, languageNote });
      return;
    }
    const closest = result.candidates[0];
    if (closest) {
      await this.sendEntry(context, language, this.entry(closest), { intro: texts.unsure.closest, related: result.candidates.slice(1), questionId, languageNote });
      return;
    }
    await this.sendAskIkmOffer(context, language, texts.unsure.nothing, questionId, { hint: '', hintText: texts.unsure.askInsteadText });
  }

  /**
   * Whether the knowledge base has an answer for `question`: one it gives with confidence, or one of
   * the call's own subjects named (funding, criteria, ideas...; not a deadline alone).
   */
  hasAnswerFor(context: TurnContext, question: string): boolean {
    const { language } = turnOf(context);
    return this.deps.index.search(question, language).kind === 'answer' || this.deps.index.explain(question, language).namesCallSubject;
  }

  /**
   * A related question clicked: that entry's answer. Its "Ask IKM" sends the question the person
   * typed (`questionId`, carried by the card they clicked) while the conversation keeps it.
   */
  async open(context: TurnContext, entryId: string, questionId?: string): Promise<void> {
    const entry = this.deps.knowledgeBase.byId.get(entryId);
    if (!entry) {
      await context.sendActivity(turnOf(context).t.cards.unknownAction);
      return;
    }
    await this.sendEntry(context, turnOf(context).language, entry, { related: entry.related ?? [], questionId });
  }

  /** The language `text` is written in, as the search reads it (the chat's when it cannot tell). */
  languageOf(context: TurnContext, text: string): Language {
    return this.deps.index.search(text, turnOf(context).language).language;
  }

  /**
   * "Did this help?": counted once per person and answer card. "No" offers Ask IKM, for the same
   * question as the card's own button.
   */
  async feedback(context: TurnContext, entryId: string, helpful: boolean, questionId?: string): Promise<void> {
    const { t, personId, language } = turnOf(context);
    const entry = this.deps.knowledgeBase.byId.get(entryId);
    if (!entry) {
      await context.sendActivity(t.cards.unknownAction);
      return;
    }
    const card = context.activity.replyToId ?? 'no-card';
    const vote = `faq/feedback-votes/${entryId}/${encodeURIComponent(card)}/${encodeURIComponent(personId)}`;
    if ((await this.deps.store.put(vote, helpful, 0)) !== null) {
      await this.deps.store.increment(`faq/feedback/${entryId}/${helpful ? 'helpful' : 'not-helpful'}`);
    }
    if (helpful) {
      await context.sendActivity(t.faq.answer.feedback.thanksYes);
      return;
    }
    const askId = await this.askableId(context, entry, language, questionId);
    await this.sendAskIkmOffer(context, language, t.faq.answer.feedback.thanksNo, askId, { hint: '', hintText: t.faq.unsure.askInsteadText });
  }

  /**
   * The question an answer's "Ask IKM" sends: the person's own words (`questionId`) while the
   * conversation keeps them, else the entry's question in `language`, kept now.
   */
  private async askableId(context: TurnContext, entry: FaqEntry, language: Language, questionId: string | undefined): Promise<string> {
    const { state } = turnOf(context);
    if (questionId && askableQuestion(state.conversation, questionId, askerOf(context))?.kind === 'mine') return questionId;
    return rememberAskedQuestion(context, this.deps.store, entry.questions[language][0]);
  }

  /**
   * The decisions the answer dates that IKM has announced (their milestones), and for each "IKM
   * announced the shortlist on 26 October 2024...".
   */
  private async decisionsTold(entry: FaqEntry, language: Language, zone: string): Promise<{ told: Set<MilestoneId>; sentences: string[] }> {
    const told = new Set<MilestoneId>();
    const sentences: string[] = [];
    for (const [kind, milestone] of DECISION_MILESTONES) {
      if (!entry.answer[language].includes(`{${milestone}`)) continue;
      const at = await this.deps.decisionToldAt?.(kind);
      if (!at) continue;
      told.add(milestone);
      sentences.push(messages(language).faq.decisionTold[kind]({ date: formatDate(at, language, zone) }));
    }
    return { told, sentences };
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
    const { told, sentences } = await this.decisionsTold(entry, language, turnOf(context).timeZone);
    const answer = [
      renderAnswer(entry, language, this.deps.call, this.deps.clock.now(), { ...this.formatters(language, turnOf(context).timeZone), announced: told }),
      ...sentences,
    ].join('\n\n');
    // Every answer offers Ask IKM, however it was reached.
    const questionId = await this.askableId(context, entry, language, options.questionId);
    const related = options.related
      .map((id) => this.deps.knowledgeBase.byId.get(id))
      .filter((candidate): candidate is FaqEntry => candidate !== undefined && candidate.id !== entry.id)
      .slice(0, 3)
      .map((candidate) => ({ entryId: candidate.id, title: candidate.questions[language][0], questionId }));
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
      askIkmLabel: texts.askIkm.button,
      askIkmQuestionId: questionId,
      lang: language,
      // Where the answer sends people, one press away; in a group only what works there (the sessions' list).
      ...(entry.opens && (entry.opens === 'sessions' || inPersonalChat(context))
        ? { openItem: entry.opens, openLabel: openLabel(entry.opens, language) }
        : { openItem: '', openLabel: '' }),
    };
    const text = [
      options.intro,
      options.languageNote,
      answer,
      card.source,
      // (The label with its colon as the language writes it: "Questions liées :".)
      related.length ? `${labelled(texts.answer.related, '', language).trimEnd()}\n${bulletList(related.map((r) => r.title))}` : '',
      texts.unsure.askInsteadText,
    ]
      .filter(Boolean)
      .join('\n\n');
    await sendCardOrText(context, renderFaqAnswerCard(card), text);
  }

  /**
   * "I can't answer that", always with the way forward: Ask IKM (a button with `hint` under the text,
   * or, where cards do not show, `hintText`: the words to type).
   */
  private async sendAskIkmOffer(
    context: TurnContext,
    language: Language,
    text: string,
    questionId: string,
    options: { hint: string; hintText: string },
  ): Promise<void> {
    if (!channelShowsCards(context)) {
      await context.sendActivity(`${text}\n\n${options.hintText}`);
      return;
    }
    const card = renderAskIkmOfferCard({ text, hint: options.hint, askIkmLabel: messages(language).faq.askIkm.button, questionId, lang: language });
    await sendCardOrText(context, card, text);
  }

  /** Dates and times as the reader reads them: their language, their zone. */
  private formatters(language: Language, zone: string) {
    const { call } = this.deps;
    return {
      date: (date: Date, inZone = zone) => formatDate(date, language, inZone),
      zone,
      amount: (amount: number) => formatAmount(amount, call.currency, language),
    };
  }
}

/**
 * Whether a message is written mostly in a script the assistant does not read (Arabic, Chinese,
 * Cyrillic, ...): fewer than half its letters are Latin. Counting letters, not guessing a language,
 * holds for a two-word message and ignores digits, punctuation and emoji; a French or Spanish
 * question with a name in another script still reads as Latin.
 */
export function writtenInUnreadScript(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length;
  return letters.length > 0 && latin * 2 < letters.length;
}

/** Whether a one-off hint has not been given to this person yet; marks it given (saved with the turn). */
function firstTime(person: PersonRecord, hint: string): boolean {
  if (person.hintsGiven?.includes(hint)) return false;
  person.hintsGiven = [...(person.hintsGiven ?? []), hint].slice(-20);
  return true;
}
