import { type DefaultTempState, TurnState } from '../teams-ai';
import type { Storage, TurnContext } from 'botbuilder';
import type { DialogStateHolder } from '../../dialogs';
import { personIdOf, personKey, PersonRecord } from '../people';

/** What the bot remembers about one conversation (stored as plain JSON). */
export interface HubConversationState extends DialogStateHolder {
  /** The last question answered from the FAQ, for "ask IKM" typed on text channels. */
  lastQuestion?: string;
  /**
   * The latest questions asked here, by a short id: an "Ask IKM" button carries the id, never the
   * question itself (a long question would not fit in a button's data, and need not travel twice).
   */
  askable?: AskableQuestion[];
}

/** A question someone asked in this conversation, which they may still send to IKM. */
export interface AskableQuestion {
  id: string;
  question: string;
  /** The person wrote more than IKM gets (see MAX_QUESTION_LENGTH). */
  shortened?: boolean;
}

/** Where turn state lives in the store: conversations under `bot/`, the person's own record under `people/`. */
export const CONVERSATION_STATE_PREFIX = 'bot/';

/**
 * Turn state loaded from and saved to storage by teams-ai around every turn. Its user scope is the
 * person's record (`people/<id>`: language and time zone), the same record features read when they
 * write to someone later, so a person's settings have one home and are saved with the turn.
 */
export class HubTurnState extends TurnState<HubConversationState, PersonRecord, DefaultTempState> {
  protected override async onComputeStorageKeys(context: TurnContext): Promise<Record<string, string>> {
    const keys = await super.onComputeStorageKeys(context);
    return {
      ...keys,
      conversation: CONVERSATION_STATE_PREFIX + keys.conversation,
      user: personKey(personIdOf(context.activity.from)),
    };
  }

  /**
   * A person's record is written last-writer-wins, as before it had an eTag: two conversations of
   * one person (desktop and phone) may each note what their client reports, and neither should fail
   * for it. The eTag stays on during the turn so that an unchanged record reads as unchanged and is
   * not written again.
   */
  override save(context: TurnContext, storage?: Storage): Promise<void> {
    const user = this.getScope('user');
    if (user?.hasChanged) delete (user.value as { eTag?: string }).eTag;
    return super.save(context, storage);
  }
}
