import type { ConversationReference } from 'botbuilder';
import {
  CONVERSATION_TYPES,
  type ConversationType,
  type StoredConversationReference,
  prepareConversationReference,
} from './reference-schema';

/**
 * The pure translation between botbuilder's `ConversationReference` (what
 * `TurnContext.getConversationReference(activity)` gives and `continueConversationAsync` takes) and
 * the stored shape. Only a type is imported from botbuilder, so nothing of the SDK runs here.
 */

function isConversationType(value: unknown): value is ConversationType {
  return typeof value === 'string' && (CONVERSATION_TYPES as readonly string[]).includes(value);
}

/**
 * The storable part of a reference, or undefined when it lacks what a proactive message needs
 * (conversation id, service URL, bot, channel; the user of a personal chat). Names of people and
 * conversations are dropped; a channel reference keeps no user and points at the channel, not at
 * the thread the message came from. Without a Teams conversation type (the Emulator), `isGroup`
 * decides between a personal and a group chat.
 */
export function fromConversationReference(
  reference: Partial<ConversationReference>,
): StoredConversationReference | undefined {
  const conversation = reference.conversation;
  if (!conversation) return undefined;
  const conversationType: ConversationType = isConversationType(conversation.conversationType)
    ? conversation.conversationType
    : conversation.isGroup
      ? 'groupChat'
      : 'personal';
  const personal = conversationType === 'personal';
  const candidate = {
    conversationId: conversation.id,
    conversationType,
    tenantId: conversation.tenantId || undefined,
    serviceUrl: reference.serviceUrl,
    channelId: reference.channelId,
    botId: reference.bot?.id,
    botName: reference.bot?.name || undefined,
    userId: personal ? reference.user?.id || undefined : undefined,
    aadObjectId: personal ? reference.user?.aadObjectId || undefined : undefined,
    locale: reference.locale || undefined,
  };
  try {
    return prepareConversationReference(withoutUndefined(candidate) as StoredConversationReference);
  } catch {
    return undefined;
  }
}

/**
 * The reference to hand to `adapter.continueConversationAsync(appId, reference, logic)`. Names are
 * not stored, so they come back empty (Teams ignores them when the bot posts).
 */
export function toConversationReference(stored: StoredConversationReference): ConversationReference {
  const reference: ConversationReference = {
    channelId: stored.channelId,
    serviceUrl: stored.serviceUrl,
    bot: { id: stored.botId, name: stored.botName ?? '' },
    conversation: {
      id: stored.conversationId,
      conversationType: stored.conversationType,
      isGroup: stored.conversationType !== 'personal',
      name: '',
      ...(stored.tenantId !== undefined ? { tenantId: stored.tenantId } : {}),
    },
  };
  if (stored.userId !== undefined) {
    reference.user = {
      id: stored.userId,
      name: '',
      ...(stored.aadObjectId !== undefined ? { aadObjectId: stored.aadObjectId } : {}),
    };
  }
  if (stored.locale !== undefined) reference.locale = stored.locale;
  return reference;
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
