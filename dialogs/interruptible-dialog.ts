import type { TurnContext } from 'botbuilder';
import { ComponentDialog, DialogContext, DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';

/** What "help" and "cancel" do inside any dialog; given by the bot, so dialogs stay free of its replies. */
export interface Interruptions {
  /** `help` or `cancel` when the WHOLE message is that command word, in any language; else undefined. */
  recognize(text: string): 'help' | 'cancel' | undefined;
  /** Shows help; the dialog then asks its question again. */
  help(context: TurnContext): Promise<void>;
  /** Says the dialog stopped (and how to come back); the dialog stack is then cleared. */
  cancelled(context: TurnContext, dialogId: string): Promise<void>;
}

/**
 * Base of every conversation dialog: "help" and "cancel" work at any step, here and nowhere else.
 * Only a message that is exactly a command word interrupts; a sentence containing one
 * ("Help for children") reaches the dialog as the answer it is.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  constructor(
    dialogId: string,
    private readonly interruptions: Interruptions,
  ) {
    super(dialogId);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const text = innerDc.context.activity.text;
    const command = typeof text === 'string' ? this.interruptions.recognize(text) : undefined;
    if (command === 'cancel') {
      await this.interruptions.cancelled(innerDc.context, this.id);
      return innerDc.cancelAllDialogs();
    }
    if (command === 'help') {
      await this.interruptions.help(innerDc.context);
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    return super.onContinueDialog(innerDc);
  }
}
