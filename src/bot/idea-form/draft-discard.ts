import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { cardTemplate } from '../../../adaptive-cards/render';
import type { CallConfig } from '../../call';
import type { IdeaService } from '../../ideas';
import { sectionProgress } from '../../ideas/validation';
import { sendCardOrText } from '../replies';
import type { HubConversationState } from '../state';
import { turnOf } from '../turn';
import discardCard from './discard.card.json';

/** "Discard your draft?": what goes, and that it cannot be undone. */
export interface DiscardCardData {
  question: string;
  note: string;
  yesLabel: string;
  keepLabel: string;
  /** The draft's revision when asked: a draft changed since is not discarded by this card. */
  revision: number;
}
export const renderDiscardCard = cardTemplate<DiscardCardData>(discardCard);

export const draftDiscardSchema = z.object({ verb: z.literal('draft.discard'), revision: z.coerce.number().int().min(0) });
export const draftKeepSchema = z.object({ verb: z.literal('draft.keep') });

/**
 * Starting over: "discard my draft" deletes an unsubmitted draft after a confirmation, so that "my
 * idea" starts a new one. A submitted idea is IKM's to withdraw, not the person's to discard.
 */
export class DraftDiscard {
  constructor(private readonly deps: { call: CallConfig; ideas: IdeaService }) {}

  async ask(context: TurnContext): Promise<void> {
    const { t, personId } = turnOf(context);
    const texts = t.ideaForm.discard;
    const draft = await this.deps.ideas.getDraft(personId);
    if (!draft) {
      await context.sendActivity(texts.none);
      return;
    }
    if (draft.status === 'submitted') {
      await context.sendActivity(texts.submitted({ reference: draft.reference ?? '', mailbox: this.deps.call.contact.mailbox }));
      return;
    }
    const done = sectionProgress(this.deps.call, draft.answers).filter((section) => section.complete).length;
    const card: DiscardCardData = {
      question: texts.question({ title: draft.answers.title ?? '' }),
      note: texts.note({ done, total: sectionProgress(this.deps.call, draft.answers).length }),
      yesLabel: texts.yes,
      keepLabel: texts.no,
      revision: draft.revision,
    };
    await sendCardOrText(context, renderDiscardCard(card), `${card.question}\n${card.note}\n${texts.textHint}`);
  }

  /** "Yes, discard it": the draft goes, unless it changed since the card was shown or was submitted. */
  async discard(context: TurnContext, revision: number): Promise<void> {
    const { t, personId } = turnOf(context);
    const texts = t.ideaForm.discard;
    const draft = await this.deps.ideas.getDraft(personId);
    if (!draft || draft.status === 'submitted' || draft.revision !== revision) {
      await context.sendActivity(draft?.status === 'submitted' ? texts.submitted({ reference: draft.reference ?? '', mailbox: this.deps.call.contact.mailbox }) : texts.changed);
      return;
    }
    await this.deps.ideas.deleteDraft(personId);
    // Text kept from a refused card of that draft goes with it (see `keptInputSchema`).
    delete (turnOf(context).state.conversation as HubConversationState).ideaInputKept;
    await context.sendActivity(texts.done);
  }

  /** "discard my draft now" (typed where cards do not show): the draft as it is now. */
  async discardNow(context: TurnContext): Promise<void> {
    const draft = await this.deps.ideas.getDraft(turnOf(context).personId);
    if (!draft) return void (await context.sendActivity(turnOf(context).t.ideaForm.discard.none));
    await this.discard(context, draft.revision);
  }

  async keep(context: TurnContext): Promise<void> {
    await context.sendActivity(turnOf(context).t.ideaForm.discard.kept);
  }
}
