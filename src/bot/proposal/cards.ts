import { z } from 'zod';
import { cardTemplate } from '../../../adaptive-cards/render';
import { STORED_FILE_NAME } from '../../proposals';
import proposalCard from './proposal.card.json';
import replaceCard from './replace.card.json';

/** "My proposal": the deadline, the checklist with what is done, the sessions, and the next step. */
export interface ProposalCardData {
  title: string;
  idea: string;
  /** The funding decision once announced, first on the card (empty before). */
  outcome: string;
  deadline: string;
  checklistTitle: string;
  items: { id: string; mark: string; label: string; detail: string; actionTitle: string; done: boolean }[];
  /** Empty once the stage is over: there is nothing left to book for the proposal. */
  sessionsTitle: string;
  sessions: string[];
  /** Empty when the outcome says what comes next. */
  next: string;
  /** What the next step still needs, one line each under `next` (empty when there is nothing to list). */
  nextItems: string[];
  bookLabel: string;
  refreshLabel: string;
}

export const proposalShowSchema = z.object({ verb: z.literal('proposal.show') });
/** "Mark as done" / "Mark as not done" on a checklist item the team confirms. */
export const proposalItemSchema = z.object({
  verb: z.literal('proposal.item'),
  itemId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80),
  done: z.boolean(),
});

export const renderProposalCard = cardTemplate<ProposalCardData>(proposalCard);

/** A file sent after the proposal was handed in: does it replace the proposal? */
export interface ProposalReplaceCardData {
  question: string;
  note: string;
  /** The waiting file's stored name: the answer is about that file only. */
  file: string;
  replaceLabel: string;
  keepLabel: string;
}

/** "Replace" / "Keep" on a file waiting for the team's answer (`ProposalService.decideReplacement`). */
export const proposalReplaceSchema = z.object({
  verb: z.literal('proposal.replace'),
  file: z.string().regex(STORED_FILE_NAME),
  replace: z.boolean(),
});
export type ProposalReplaceSubmit = z.infer<typeof proposalReplaceSchema>;

export const renderProposalReplaceCard = cardTemplate<ProposalReplaceCardData>(replaceCard);
