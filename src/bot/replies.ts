import { Activity, CardFactory, TurnContext } from 'botbuilder';
import { CARD_CHANNELS } from '../../adaptive-cards/card-text';
import type { CardJson } from '../../adaptive-cards/render';

export function channelShowsCards(context: TurnContext): boolean {
  return CARD_CHANNELS.has(context.activity.channelId);
}

/**
 * Whether only the person writing reads the replies: a personal chat, or a channel with no
 * conversation types (e-mail). Group chats and team channels are read by everyone in them, and so
 * is a conversation that says it is a group (`isGroup`) without a type.
 */
export function inPersonalChat(context: TurnContext): boolean {
  const conversation = context.activity.conversation;
  if (conversation?.isGroup === true) return false;
  const type = conversation?.conversationType;
  return type === undefined || type === 'personal';
}

/** The card where cards render, otherwise the same content as text (for prompts, which re-send it). */
export function cardOrText(context: TurnContext, card: CardJson, fallbackText: string): Partial<Activity> {
  return channelShowsCards(context) ? cardActivity(card) : { type: 'message', text: fallbackText };
}

/** Sends the card where cards render, otherwise the same content as text. */
export async function sendCardOrText(context: TurnContext, card: CardJson, fallbackText: string): Promise<void> {
  await context.sendActivity(cardOrText(context, card, fallbackText));
}

/**
 * "1. First\n2. Second": a list of choices for text-only channels, answered by number (the menu, a
 * form's options, the languages). Only where a number typed chooses from it: elsewhere a typed
 * number is the menu's, so a list that is no choice is `bulletList`.
 */
export function numberedList(lines: string[]): string {
  return lines.map((line, index) => `${index + 1}. ${line}`).join('\n');
}

/** "• First\n• Second": a list to read on a text-only channel (sessions, settings, facts), with no numbers to take for choices. */
export function bulletList(lines: string[]): string {
  return lines.map((line) => `• ${line}`).join('\n');
}

/**
 * A message carrying one card (on a channel without cards, `cardsAsTextWhereNoCards` sends its
 * text); `language`, when the card is written in one, goes as the message's locale (what that
 * middleware says of the card's buttons is said in it).
 */
export function cardActivity(card: CardJson, language?: string): Partial<Activity> {
  return { type: 'message', attachments: [CardFactory.adaptiveCard(card)], ...(language ? { locale: language } : {}) };
}
