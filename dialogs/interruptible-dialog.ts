import { ComponentDialog, DialogContext, DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import { recognizeCommand } from '../src/bot/commands';
import { sendHelp } from '../src/bot/menu';
import { turnOf } from '../src/bot/turn';

/**
 * Base of every conversation dialog: "help" and "cancel" work at any step, here and nowhere else.
 * Only a message that is exactly a command word interrupts; a sentence containing one
 * ("Help for children") reaches the dialog as the answer it is.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const text = innerDc.context.activity.text;
    const command = typeof text === 'string' ? recognizeCommand(text) : undefined;
    if (command === 'cancel') {
      await innerDc.context.sendActivity(turnOf(innerDc.context).t.cancel.done);
      return innerDc.cancelAllDialogs();
    }
    if (command === 'help') {
      await sendHelp(innerDc.context, true);
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    return super.onContinueDialog(innerDc);
  }
}
