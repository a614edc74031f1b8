import { DialogSet } from 'botbuilder-dialogs';
import { DialogStateAccessor } from './dialog-state';
import { LanguageDialog } from './language-dialog';

export { LANGUAGE_DIALOG } from './language-dialog';

/** Every conversation dialog the bot can run, over the conversation's stored dialog stack. */
export function createDialogSet(): DialogSet {
  const dialogs = new DialogSet(new DialogStateAccessor());
  dialogs.add(new LanguageDialog());
  return dialogs;
}
