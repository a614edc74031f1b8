import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';

/** Where a conversation's dialog stack is kept (a plain JSON field of the conversation state). */
export interface DialogStateHolder {
  dialogState?: DialogState;
}

/**
 * The dialog stack lives in the conversation state as plain JSON. teams-ai's own
 * TurnStateProperty would put the TurnContext itself into stored state, hence this small accessor
 * over whatever holder the bot gives for the turn.
 */
export class DialogStateAccessor implements StatePropertyAccessor<DialogState> {
  constructor(private readonly holderOf: (context: TurnContext) => DialogStateHolder) {}

  async get(context: TurnContext, defaultValue?: DialogState): Promise<DialogState> {
    const holder = this.holderOf(context);
    if (!holder.dialogState && defaultValue) holder.dialogState = defaultValue;
    return holder.dialogState as DialogState;
  }

  async set(context: TurnContext, value: DialogState): Promise<void> {
    this.holderOf(context).dialogState = value;
  }

  async delete(context: TurnContext): Promise<void> {
    delete this.holderOf(context).dialogState;
  }
}
