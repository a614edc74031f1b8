import { z } from 'zod';
import { cardTemplate } from '../../../adaptive-cards/render';
import askIkmOfferCard from './ask-ikm-offer.card.json';
import faqAnswerCard from './faq-answer.card.json';
import ikmTicketCard from './ikm-ticket.card.json';

/** The longest question the assistant forwards to IKM. */
export const MAX_QUESTION_LENGTH = 2000;

/** An answer from the knowledge base, with related questions, feedback and "Ask IKM". */
export interface FaqAnswerCardData {
  /** A line above the answer ("Here is the closest I found"), '' for none. */
  intro: string;
  /** The question the answer belongs to (the entry's own phrasing). */
  question: string;
  answer: string;
  /** "Source: call page, What we offer" */
  source: string;
  relatedTitle: string;
  related: { entryId: string; title: string }[];
  entryId: string;
  /** "Did this help?", '' to leave the buttons out. */
  feedbackQuestion: string;
  yesLabel: string;
  noLabel: string;
  /** The "ask IKM" button's title, '' to leave it out. */
  askIkmLabel: string;
  /** What "Ask IKM" sends: the person's own words. */
  askIkmQuestion: string;
}

/** When nothing in the base comes close: say so, and offer to ask IKM. */
export interface AskIkmOfferCardData {
  text: string;
  askIkmLabel: string;
  question: string;
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
  answerLabel: string;
  answerRequired: string;
  sendLabel: string;
  /** '' once the answer was suggested for the FAQ. */
  addToFaqLabel: string;
}

export const faqOpenSchema = z.object({ verb: z.literal('faq.open'), entryId: z.string().min(1).max(100) });
export const faqFeedbackSchema = z.object({ verb: z.literal('faq.feedback'), entryId: z.string().min(1).max(100), helpful: z.boolean() });
export const faqAskIkmSchema = z.object({ verb: z.literal('faq.askIkm'), question: z.string().trim().min(1).max(MAX_QUESTION_LENGTH) });
export const ticketAnswerSchema = z.object({
  verb: z.literal('ticket.answer'),
  ticketId: z.string().min(1).max(40),
  answer: z.string().trim().min(1).max(4000),
});
export const ticketAddToFaqSchema = z.object({ verb: z.literal('ticket.addToFaq'), ticketId: z.string().min(1).max(40) });

export const renderFaqAnswerCard = cardTemplate<FaqAnswerCardData>(faqAnswerCard);
export const renderAskIkmOfferCard = cardTemplate<AskIkmOfferCardData>(askIkmOfferCard);
export const renderIkmTicketCard = cardTemplate<IkmTicketCardData>(ikmTicketCard);
