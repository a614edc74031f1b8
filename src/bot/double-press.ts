import { createHash } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { HubConversationState } from './state';

/**
 * How soon the same button pressed again is a double click. Teams sends each click of a card's
 * button as its own activity (its own id), so the retry check cannot see it; a person meaning to
 * press twice waits longer than this for the first answer.
 */
export const DOUBLE_PRESS_MS = 2000;

/**
 * The buttons that show something (a menu entry, a list, the next section of a form, a verdict):
 * pressed twice, they would show it twice. Buttons that do something (send, book, move, cancel,
 * submit, delete) answer a second press themselves ("already sent", "already moved"), which tells
 * the person the first one worked: they are left to do so.
 */
const SHOWING_VERBS: ReadonlySet<string> = new Set([
  'menu', 'idea.section', 'idea.edit', 'eligibility.answers', 'faq.open', 'session.list', 'session.mine', 'session.move',
  'mydata.show', 'proposal.show', 'session.admin.form',
]);

/** Where the moment a turn's activity came is kept (`noteArrival`). */
const ARRIVED = Symbol('arrived');

/** Notes when this turn's activity came, before it waits behind another turn of its chat. */
export function noteArrival(context: TurnContext, nowMs = Date.now()): void {
  context.turnState.set(ARRIVED, nowMs);
}

/** What a card button that shows something sent: a message with data and no text (the bot's cards use Action.Submit). */
function pressOf(context: TurnContext): object | undefined {
  const { type, value, text } = context.activity;
  const sent = type === 'message' && !text?.trim() ? value : undefined;
  if (sent === null || typeof sent !== 'object') return undefined;
  const verb = (sent as { verb?: unknown }).verb;
  return typeof verb === 'string' && SHOWING_VERBS.has(verb) ? sent : undefined;
}

/**
 * Whether this turn is the same person pressing the same showing button (`SHOWING_VERBS`) with the
 * same inputs as the last such press in this conversation, within `DOUBLE_PRESS_MS` of it: answered
 * once (the first press), the second says nothing. Only showing presses are noted (saved with the
 * turn's state): a press that does something writes nothing more, so two instances taking two
 * presses at once do not collide over it. Turns of a conversation run one at a time in a process
 * (`oneTurnPerConversation`), so the second click sees the first; on two instances at once, both
 * may run, as before.
 */
export function isDoublePress(context: TurnContext, conversation: HubConversationState, nowMs?: number): boolean {
  const press = pressOf(context);
  if (press === undefined) return false;
  // Judged by when each click came, not when its turn ran: behind a slow first turn the second waits.
  const at = nowMs ?? (context.turnState.get(ARRIVED) as number | undefined) ?? Date.now();
  const key = createHash('sha256')
    .update(`${context.activity.from?.id ?? ''}\n${JSON.stringify(press)}`)
    .digest('base64url')
    .slice(0, 16);
  const last = conversation.lastPress;
  if (last?.key === key && at - last.at >= 0 && at - last.at < DOUBLE_PRESS_MS) return true;
  conversation.lastPress = { key, at };
  return false;
}
