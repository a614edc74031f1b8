import { DialogSet } from 'botbuilder-dialogs';
import type { FormId, MenuItem } from '../adaptive-cards/cards';
import { ELIGIBILITY_DIALOG, IDEA_FORM_DIALOG, LANGUAGE_DIALOG } from './dialog-ids';
import { DialogStateAccessor } from './dialog-state';
import { EligibilityDialog } from './eligibility-dialog';
import { IdeaFormDialog } from './idea-form-dialog';
import { LanguageDialog } from './language-dialog';
import type { DialogServices } from './services';

export { ELIGIBILITY_DIALOG, IDEA_FORM_DIALOG, LANGUAGE_DIALOG } from './dialog-ids';
export { isHandOff, isReplay } from './services';
export type { DialogServices, HandOff, Replay } from './services';

/** The menu entries that are built, and the dialog each one starts. Others say "not available yet". */
export const MENU_DIALOGS: Partial<Record<MenuItem, string>> = {
  eligibility: ELIGIBILITY_DIALOG,
  idea: IDEA_FORM_DIALOG,
};

/** The dialog that handles the submits of each form card. */
export const FORM_DIALOGS: Record<FormId, string> = {
  eligibility: ELIGIBILITY_DIALOG,
  assessment: ELIGIBILITY_DIALOG,
  idea: IDEA_FORM_DIALOG,
};

/** Every conversation dialog the bot can run, over the conversation's stored dialog stack. */
export function createDialogSet(services: DialogServices): DialogSet {
  const dialogs = new DialogSet(new DialogStateAccessor());
  dialogs.add(new LanguageDialog());
  dialogs.add(new EligibilityDialog(services));
  dialogs.add(new IdeaFormDialog(services));
  return dialogs;
}
