import { cardTemplate } from '../../../adaptive-cards/render';
import confirmationCard from './confirmation.card.json';
import reviewCard from './review.card.json';

/** The review: every answer per section, an edit button each, and submit when nothing is missing. */
export interface IdeaReviewCardData {
  title: string;
  intro: string;
  /** A status line ("3 answers are missing"), '' for none. */
  status: string;
  statusStyle: 'good' | 'warning' | 'attention' | 'default';
  sections: {
    id: string;
    title: string;
    state: string;
    /** `warning`: what a kept answer still needs (translate it into English...), '' for none. */
    answers: { label: string; value: string; warning: string }[];
    editLabel: string;
    revision: number;
  }[];
  canSubmit: boolean;
  submitLabel: string;
  /** Stops the form as "cancel" does (the draft stays): a way out of the review, as from a section. */
  cancelLabel: string;
  revision: number;
}

/** The confirmation of a submitted idea: its reference and a summary. */
export interface IdeaConfirmationCardData {
  title: string;
  reference: string;
  facts: { label: string; value: string }[];
  next: string;
  /** What the team was told of the idea (shortlisted, funded...), once it was ('' before). */
  outcome: string;
  /** "My proposal", on an idea in the proposal stage ('' offers none). */
  proposalLabel: string;
  /** "Download a copy (PDF)", with its short-lived link ('' offers none) and a note on how long it works. */
  copyLabel: string;
  copyUrl: string;
  copyNote: string;
}

export const renderIdeaReviewCard = cardTemplate<IdeaReviewCardData>(reviewCard);
export const renderIdeaConfirmationCard = cardTemplate<IdeaConfirmationCardData>(confirmationCard);
