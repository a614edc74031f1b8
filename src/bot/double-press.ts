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

/** What a card button that shows something sent: a message with data and no text, or a card's invoke. */
function pressOf(context: TurnContext): unknown {
  const { type, value, text, name } = context.activity;
  const sent = (type === 'message' && !text?.trim()) || (type === 'invoke' && name === 'adaptiveCard/action') ? value : undefined;
  if (sent === null || typeof sent !== 'object') return undefined;
  const verb = (sent as { verb?: unknown }).verb;
  return typeof verb === 'string' && SHOWING_VERBS.has(verb) ? sent : undefined;
}

/**
 * Whether this turn is the same person pressing the same showing button (`SHOWING_VERBS`) with the
 * same inputs as the last such press in this conversation, within `DOUBLE_PRESS_MS`: answered once
 * (the first press), the second says nothing. Notes the press otherwise (saved with the turn's state). Turns of a
 * conversation run one at a time in a process (`oneTurnPerConversation`), so the second click sees
 * the first; on two instances at once, both may run, as before.
 */
export function isDoublePress(context: TurnContext, conversation: HubConversationState, nowMs = Date.now()): boolean {
  const press = pressOf(context);
  if (press === undefined) return false;
  const key = createHash('sha256')
    .update(`${context.activity.from?.id ?? ''}\n${JSON.stringify(press)}`)
    .digest('base64url')
    .slice(0, 16);
  const last = conversation.lastPress;
  if (last?.key === key && nowMs - last.at >= 0 && nowMs - last.at < DOUBLE_PRESS_MS) return true;
  conversation.lastPress = { key, at: nowMs };
  return false;
}
