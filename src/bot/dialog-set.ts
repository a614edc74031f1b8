import type { TurnContext } from 'botbuilder';
import { DialogContext, DialogSet, type DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { DialogStateAccessor, ELIGIBILITY_DIALOG, IDEA_FORM_DIALOG, Interruptions } from '../../dialogs';
import { recognizeCommand } from './commands';
import { EligibilityDependencies, EligibilityDialog } from './eligibility/eligibility-dialog';
import type { FormId } from './forms';
import { sendHelp } from './home/menu';
import { channelShowsCards } from './replies';
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
  help: (context: TurnContext, dialogId: string) => sendHelp(context, helpPlace(context, dialogId)),
  keepsCardAbove: (context: TurnContext, dialogId: string) => inCardForm(context, dialogId),
  cancelled: (context: TurnContext, dialogId: string) => sayCancelled(context, dialogId),
};

/** What "cancel" says when it stops the dialog `dialogId`, typed or pressed: how to come back. */
export async function sayCancelled(context: TurnContext, dialogId: string): Promise<void> {
  const { cancel } = turnOf(context).t;
  await context.sendActivity(dialogId === IDEA_FORM_DIALOG ? cancel.ideaForm : dialogId === ELIGIBILITY_DIALOG ? cancel.eligibility : cancel.done);
}

/** Where botbuilder-dialogs looks for a dialog state configuration already made in this turn. */
const STATE_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

/**
 * A DialogSet whose dialog contexts share one memory-scope configuration. botbuilder-dialogs builds
 * it again for every turn (a dependency-injection container making about a dozen memory scopes and
 * path resolvers, which keep nothing per turn): about 8% of a menu turn's CPU. It is made once here
 * and handed to each turn where the library looks for it.
 */
class SharedConfigurationDialogSet extends DialogSet {
  private configuration?: DialogStateManagerConfiguration;

  override async createContext(context: TurnContext): Promise<DialogContext> {
    if (this.configuration && context.turnState.get(STATE_CONFIGURATION_KEY) === undefined) {
      context.turnState.set(STATE_CONFIGURATION_KEY, this.configuration);
    }
    const dc = await super.createContext(context);
    this.configuration ??= dc.state.configuration;
    return dc;
  }
}

/** Every conversation dialog the bot can run, over the conversation's stored dialog stack. */
export function createDialogSet(deps: EligibilityDependencies & IdeaFormDependencies): DialogSet {
  const dialogs = new SharedConfigurationDialogSet(new DialogStateAccessor((context) => turnOf(context).state.conversation));
  dialogs.add(new LanguageDialog(interruptions));
  dialogs.add(new EligibilityDialog(deps, interruptions));
  dialogs.add(new IdeaFormDialog(deps, interruptions));
  return dialogs;
}

/** Where help finds the person in the dialog `dialogId`: a card form (and the words that show it again), or a question. */
export function helpPlace(context: TurnContext, dialogId: string): { resume: string } | 'text' {
  return inCardForm(context, dialogId) ? { resume: resumeWords(context, dialogId) } : 'text';
}

/** The words that show the form of the dialog `dialogId` again ("continue my idea"). */
export function resumeWords(context: TurnContext, dialogId: string): string {
  const { resume } = turnOf(context).t.forms;
  return dialogId === IDEA_FORM_DIALOG ? resume.idea : resume.eligibility;
}

/** Whether the dialog `dialogId` is a form shown as a card (its answers typed into the card, not the chat). */
export function inCardForm(context: TurnContext, dialogId: string | undefined): boolean {
  return dialogId !== undefined && channelShowsCards(context) && Object.values(FORM_DIALOGS).includes(dialogId);
}
