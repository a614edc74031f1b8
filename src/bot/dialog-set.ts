import type { TurnContext } from 'botbuilder';
import { DialogSet } from 'botbuilder-dialogs';
import { DialogStateAccessor, ELIGIBILITY_DIALOG, IDEA_FORM_DIALOG, Interruptions } from '../../dialogs';
import { recognizeCommand } from './commands';
import { EligibilityDependencies, EligibilityDialog } from './eligibility/eligibility-dialog';
import type { FormId } from './forms';
import { sendHelp } from './home/menu';
import { IdeaFormDependencies, IdeaFormDialog } from './idea-form/idea-form-dialog';
import { LanguageDialog } from './person';
import { turnOf } from './turn';

/** The dialog that handles the submits of each form card. */
export const FORM_DIALOGS: Record<FormId, string> = {
  eligibility: ELIGIBILITY_DIALOG,
  assessment: ELIGIBILITY_DIALOG,
  idea: IDEA_FORM_DIALOG,
};

/** "help" and "cancel" inside any dialog. */
const interruptions: Interruptions = {
  recognize(text) {
    const command = recognizeCommand(text);
    return command === 'help' || command === 'cancel' ? command : undefined;
  },
  help: (context: TurnContext) => sendHelp(context, true),
  async cancelled(context: TurnContext, dialogId: string) {
    const { cancel } = turnOf(context).t;
    await context.sendActivity(dialogId === IDEA_FORM_DIALOG ? cancel.ideaForm : dialogId === ELIGIBILITY_DIALOG ? cancel.eligibility : cancel.done);
  },
};

/** Every conversation dialog the bot can run, over the conversation's stored dialog stack. */
export function createDialogSet(deps: EligibilityDependencies & IdeaFormDependencies): DialogSet {
  const dialogs = new DialogSet(new DialogStateAccessor((context) => turnOf(context).state.conversation));
  dialogs.add(new LanguageDialog(interruptions));
  dialogs.add(new EligibilityDialog(deps, interruptions));
  dialogs.add(new IdeaFormDialog(deps, interruptions));
  return dialogs;
}
