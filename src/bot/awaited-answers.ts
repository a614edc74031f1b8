import type { TurnContext } from 'botbuilder';
import type { Language } from '../i18n';
import type { HubConversationState } from './state';
import { turnOf } from './turn';

/**
 * What the bot asked a person to type, so that their next message is read as that answer first:
 * "Type your question for IKM" (after "ask IKM" with nothing asked yet), "Which time zone should I
 * use?" (the zone card, or "which city?" after a country with several zones). Kept in the
 * conversation's state per person (a group chat has several), for a short while: a message much
 * later is a new subject.
 */
export type AwaitedAnswer = 'ikmQuestion' | 'timeZone';

/** How long a question waits for its typed answer. */
const AWAITED_MS = 30 * 60 * 1000;
/** People a conversation waits for at once (a group chat). */
const AWAITED_KEPT = 20;

/**
 * Notes that `what` was just asked of this turn's person (replacing what was asked of them before),
 * in this turn's language: the answer, a city's name in no language, is answered in it too.
 */
export function awaitAnswer(context: TurnContext, what: AwaitedAnswer): void {
  const { state, personId, language } = turnOf(context);
  const others = (state.conversation.awaiting ?? []).filter((entry) => entry.by !== personId);
  state.conversation.awaiting = [...others, { what, by: personId, at: Date.now(), language }].slice(-AWAITED_KEPT);
}

/** `context.turnState` key: what this message may answer (see `receiveAwaitedAnswer`). */
const AWAITED_BY_THIS_MESSAGE = Symbol('answer awaited from this message');

/**
 * At the start of a message's turn: what the bot was waiting for from its sender, within its time,
 * taken out of the state. Only the very next message answers it: a command, a button or a form in
 * between ("ask IKM", then "help") ends the wait, so nothing later is sent to IKM unasked.
 */
export function receiveAwaitedAnswer(context: TurnContext, conversation: HubConversationState, personId: string): void {
  const awaiting = conversation.awaiting;
  const mine = awaiting?.find((entry) => entry.by === personId);
  if (!awaiting || !mine) return;
  const rest = awaiting.filter((entry) => entry !== mine);
  if (rest.length > 0) conversation.awaiting = rest;
  else delete conversation.awaiting;
  // Wall-clock time, as for a double click: how long ago the person was asked, not the call's date.
  const age = Date.now() - mine.at;
  if (age >= 0 && age < AWAITED_MS) context.turnState.set(AWAITED_BY_THIS_MESSAGE, mine);
}

/** What this message may answer (see `receiveAwaitedAnswer`). */
export function awaitedAnswer(context: TurnContext): AwaitedAnswer | undefined {
  return (context.turnState.get(AWAITED_BY_THIS_MESSAGE) as { what: AwaitedAnswer } | undefined)?.what;
}

/** The language the awaited question was asked in ("zona horaria Valencia" in an English chat: Spanish). */
export function awaitedAnswerLanguage(context: TurnContext): Language | undefined {
  return (context.turnState.get(AWAITED_BY_THIS_MESSAGE) as { language?: Language } | undefined)?.language;
}
