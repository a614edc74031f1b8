import { DefaultTempState, TurnState } from '@microsoft/teams-ai';
import type { DialogState } from 'botbuilder-dialogs';
import type { Language } from '../i18n';

/** What the bot remembers about one conversation (stored as plain JSON). */
export interface HubConversationState {
  /** The botbuilder dialog stack; written only through `dialogs/dialog-state.ts`. */
  dialogState?: DialogState;
  /** The last question answered from the FAQ, for "ask IKM" typed on text channels. */
  lastQuestion?: string;
}

/** What the bot remembers about one user across conversations. */
export interface HubUserState {
  /** The language the user chose explicitly; otherwise the Teams locale decides. */
  language?: Language;
  /** The IANA time zone the user chose for session times; otherwise Teams' `localTimezone` decides. */
  timeZone?: string;
}

/** Turn state loaded from and saved to storage by teams-ai around every turn. */
export class HubTurnState extends TurnState<HubConversationState, HubUserState, DefaultTempState> {}
