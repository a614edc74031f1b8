import type { TurnContext } from 'botbuilder';
import { Language, messages, Messages, resolveLanguage } from '../i18n';
import type { HubTurnState } from './state';

const TURN = Symbol('hub.turn');

/** This turn's state and language, reachable from dialogs, which only receive a TurnContext. */
export interface HubTurn {
  state: HubTurnState;
  language: Language;
  t: Messages;
}

/** Called once at the start of every handled turn. */
export function bindTurn(context: TurnContext, state: HubTurnState): HubTurn {
  const language = resolveLanguage(state.user.language, context.activity.locale);
  const turn: HubTurn = { state, language, t: messages(language) };
  context.turnState.set(TURN, turn);
  return turn;
}

export function turnOf(context: TurnContext): HubTurn {
  const turn = context.turnState.get(TURN) as HubTurn | undefined;
  if (!turn) throw new Error('bindTurn was not called for this turn');
  return turn;
}

/** Switches the user's language for this turn and every later one. */
export function chooseLanguage(context: TurnContext, language: Language): HubTurn {
  const turn = turnOf(context);
  turn.state.user.language = language;
  turn.language = language;
  turn.t = messages(language);
  return turn;
}
