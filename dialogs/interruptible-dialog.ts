import type { TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, DialogContext, DialogInstance, DialogReason, DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';

/** What "help" and "cancel" do inside any dialog; given by the bot, so dialogs stay free of its replies. */
export interface Interruptions {
  /** `help` or `cancel` when the WHOLE message is that command word, in any language; else undefined. */
  recognize(text: string): 'help' | 'cancel' | undefined;
  /** Shows help for the dialog `dialogId`; the dialog then asks its question again (see `keepsCardAbove`). */
  help(context: TurnContext, dialogId: string): Promise<void>;
  /**
   * Whether the dialog `dialogId` waits on a card that stays above, keeping what the person typed in
   * it (a form on a channel that shows cards): after help it is not sent again, empty, below.
   */
  keepsCardAbove(context: TurnContext, dialogId: string): boolean;
  /** Says the dialog stopped (and how to come back); the dialog stack is then cleared. */
  cancelled(context: TurnContext, dialogId: string): Promise<void>;
}

/**
 * Base of every conversation dialog: "help" and "cancel" work at any step, here and nowhere else.
 * Only a message that is exactly a command word interrupts; a sentence containing one
 * ("Help for children") reaches the dialog as the answer it is.
 *
 * When a dialog started on top of this one ends (the language question), this one asks its pending
 * question again, and only that: a dialog showing a finished result (an eligibility verdict, the
 * review of an idea) sends nothing, since its card is still there with its buttons and the person
 * did not ask to see it again.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  constructor(
    dialogId: string,
    private readonly interruptions: Interruptions,
  ) {
    super(dialogId);
  }

  /**
   * Whether the dialog waits for an answer to a question (rather than shows a finished result).
   * `step` is the state of the dialog's own step (the inner dialog of this component).
   */
  protected isAskingQuestion(_step: DialogInstance | undefined): boolean {
    return true;
  }

  /**
   * After something that interrupted the dialog from outside (the language switched by name): its
   * pending question again, and only that, as when a dialog on top of it ends.
   */
  static async askAgain(dc: DialogContext): Promise<void> {
    const active = dc.activeDialog && dc.findDialog(dc.activeDialog.id);
    if (active instanceof InterruptibleDialog) await active.resumeDialog(dc, DialogReason.replaceCalled);
    else await dc.repromptDialog();
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, _result?: unknown): Promise<DialogTurnResult> {
    const instance = dc.activeDialog!;
    if (this.waitsForAnswer(instance)) await this.repromptDialog(dc.context, instance);
    return Dialog.EndOfTurn;
  }

  /** Whether this dialog, as `instance`, waits for an answer to a question (not a finished result). */
  waitsForAnswer(instance: DialogInstance): boolean {
    const inner = (instance.state as { dialogs?: { dialogStack?: DialogInstance[] } }).dialogs?.dialogStack?.[0];
    return this.isAskingQuestion(inner);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const text = innerDc.context.activity.text;
    const command = typeof text === 'string' ? this.interruptions.recognize(text) : undefined;
    if (command === 'cancel') {
      await this.interruptions.cancelled(innerDc.context, this.id);
      return innerDc.cancelAllDialogs();
    }
    if (command === 'help') {
      await this.interruptions.help(innerDc.context, this.id);
      if (!this.interruptions.keepsCardAbove(innerDc.context, this.id)) await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    return super.onContinueDialog(innerDc);
  }
}
