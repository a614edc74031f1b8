import { z } from 'zod';
import { cardTemplate } from '../../../adaptive-cards/render';
import { MAX_ANSWER_LENGTH } from '../../tickets';
import { requiredText } from '../card-submit';
import { cardLanguage } from '../turn';
import askIkmConfirmCard from './ask-ikm-confirm.card.json';
import askIkmOfferCard from './ask-ikm-offer.card.json';
import faqAnswerCard from './faq-answer.card.json';
import ikmTicketCard from './ikm-ticket.card.json';

/** The longest question the assistant forwards to IKM. */
export const MAX_QUESTION_LENGTH = 2000;

/** An answer from the knowledge base, with related questions, feedback and "Ask IKM". */
export interface FaqAnswerCardData {
  /** A line above the answer ("Here is the closest I found"), '' for none. */
  intro: string;
  /** Said once: the answer is in the language the question was written in, and how to switch. */
  languageNote: string;
  /** The question the answer belongs to (the entry's own phrasing). */
  question: string;
  answer: string;
  /** "Source: call page, What we offer" */
  source: string;
  relatedTitle: string;
  /**
   * Shown as lines of text that open the entry when clicked: a question is longer than a button.
   * Each carries the question "Ask IKM" sends (`askIkmQuestionId`), so the opened answer offers it too.
   */
  related: { entryId: string; title: string; questionId: string }[];
  entryId: string;
  /** "Did this help?", '' to leave the buttons out. */
  feedbackQuestion: string;
  yesLabel: string;
  noLabel: string;
  /** The "ask IKM" button's title. */
  askIkmLabel: string;
  /**
   * Which of the conversation's questions "Ask IKM" sends, by id: the person's own words, or the
   * entry's question when they typed none. "No" under "Did this help?" carries it too.
   */
  askIkmQuestionId: string;
  /** The card's language: its buttons are answered in it. */
  lang: string;
  /** The menu entry the answer sends people to, as a button ('' for none), and its title. */
  openItem: string;
  openLabel: string;
}

/** When nothing in the base comes close, or the question is about something else: say so, and offer to ask IKM. */
export interface AskIkmOfferCardData {
  text: string;
  /** A second line (the way forward under a decline), '' for none. */
  hint: string;
  askIkmLabel: string;
  questionId: string;
  /** The card's language: its button is answered in it. */
  lang: string;
}

/** Before a question goes to IKM: the question as it will be sent, and when to expect an answer. */
export interface AskIkmConfirmCardData {
  title: string;
  question: string;
  /** '' unless only the start of a long question will be sent. */
  shortened: string;
  expect: string;
  sendLabel: string;
  cancelLabel: string;
  questionId: string;
  /** The card's language: its buttons are answered in it. */
  lang: string;
}

/** A question for IKM, as the IKM channel sees it, with the answer box until it is answered. */
export interface IkmTicketCardData {
  title: string;
  facts: { label: string; value: string }[];
  question: string;
  ticketId: string;
  /** "Answered by Amina K." once answered, '' while open. */
  answered: string;
  answerText: string;
  /** What the answer box holds when the card comes back (an answer that could not be sent), '' otherwise. */
  draft: string;
  answerLabel: string;
  answerRequired: string;
  sendLabel: string;
  /** '' once the answer was suggested for the FAQ. */
  addToFaqLabel: string;
}

/** An id of `state.conversation.askable` (see `rememberQuestion`). */
const questionIdSchema = z.string().regex(/^[a-z0-9]{1,12}$/);
/** `questionId`: the question the card's "Ask IKM" sends (absent on cards sent before it was carried). */
export const faqOpenSchema = z.object({
  verb: z.literal('faq.open'),
  entryId: z.string().min(1).max(100),
  questionId: questionIdSchema.optional(),
  lang: cardLanguage,
});
export const faqFeedbackSchema = z.object({
  verb: z.literal('faq.feedback'),
  entryId: z.string().min(1).max(100),
  helpful: z.boolean(),
  questionId: questionIdSchema.optional(),
  lang: cardLanguage,
});
export const faqAskIkmSchema = z.object({ verb: z.literal('faq.askIkm'), questionId: questionIdSchema, lang: cardLanguage });
export const faqAskIkmSendSchema = z.object({ verb: z.literal('faq.askIkm.send'), questionId: questionIdSchema, lang: cardLanguage });
/** ("questionId" absent: a card from before it named its question.) */
export const faqAskIkmCancelSchema = z.object({ verb: z.literal('faq.askIkm.cancel'), questionId: questionIdSchema.optional(), lang: cardLanguage });
export const ticketAnswerSchema = z.object({
  verb: z.literal('ticket.answer'),
  ticketId: z.string().min(1).max(40),
  /** The answer box: left empty, it is "type an answer first", not a forged submit. */
  answer: requiredText(MAX_ANSWER_LENGTH),
});
export const ticketAddToFaqSchema = z.object({ verb: z.literal('ticket.addToFaq'), ticketId: z.string().min(1).max(40) });

// The id of the question a card's buttons send is new with every question typed (see `opaque`).
export const renderFaqAnswerCard = cardTemplate<FaqAnswerCardData>(faqAnswerCard, { opaque: ['questionId', 'askIkmQuestionId'] });
export const renderAskIkmOfferCard = cardTemplate<AskIkmOfferCardData>(askIkmOfferCard, { opaque: ['questionId'] });
export const renderAskIkmConfirmCard = cardTemplate<AskIkmConfirmCardData>(askIkmConfirmCard);
export const renderIkmTicketCard = cardTemplate<IkmTicketCardData>(ikmTicketCard);
