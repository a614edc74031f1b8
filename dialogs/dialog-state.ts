import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { turnOf } from '../src/bot/turn';

/**
 * The dialog stack lives in the conversation state as plain JSON. teams-ai's own
 * TurnStateProperty would put the TurnContext itself into stored state, hence this small accessor.
 */
export class DialogStateAccessor implements StatePropertyAccessor<DialogState> {
  async get(context: TurnContext, defaultValue?: DialogState): Promise<DialogState> {
    const conversation = turnOf(context).state.conversation;
    if (!conversation.dialogState && defaultValue) conversation.dialogState = defaultValue;
    return conversation.dialogState as DialogState;
  }

  async set(context: TurnContext, value: DialogState): Promise<void> {
    turnOf(context).state.conversation.dialogState = value;
  }

  async delete(context: TurnContext): Promise<void> {
    delete turnOf(context).state.conversation.dialogState;
  }
}
