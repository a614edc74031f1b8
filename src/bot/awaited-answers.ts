import type { TurnContext } from 'botbuilder';
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

/** Notes that `what` was just asked of this turn's person (replacing what was asked of them before). */
export function awaitAnswer(context: TurnContext, what: AwaitedAnswer): void {
  const { state, personId } = turnOf(context);
  const others = (state.conversation.awaiting ?? []).filter((entry) => entry.by !== personId);
  state.conversation.awaiting = [...others, { what, by: personId, at: Date.now() }].slice(-AWAITED_KEPT);
}

/** What this turn's person was asked to type, within its time; forgotten now, answered or not. */
export function takeAwaitedAnswer(context: TurnContext): AwaitedAnswer | undefined {
  const { state, personId } = turnOf(context);
  const awaiting = state.conversation.awaiting;
  const mine = awaiting?.find((entry) => entry.by === personId);
  if (!awaiting || !mine) return undefined;
  const rest = awaiting.filter((entry) => entry !== mine);
  if (rest.length > 0) state.conversation.awaiting = rest;
  else delete state.conversation.awaiting;
  const age = Date.now() - mine.at;
  return age >= 0 && age < AWAITED_MS ? mine.what : undefined;
}
