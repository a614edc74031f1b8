import { personIdOf } from '../people/person-id';
import { z } from 'zod';

/**
 * What a proactive message needs to reach a conversation, and nothing more: ids, the service URL,
 * the tenant, the locale. No names of people, no message text. Free of botbuilder, so domain
 * modules (the IKM channel registry, reminders) can hold a reference without importing the SDK;
 * `convert.ts` translates to and from botbuilder's `ConversationReference`.
 */

/** The kinds of Teams conversation a bot can be in. */
export const CONVERSATION_TYPES = ['personal', 'channel', 'groupChat'] as const;
export type ConversationType = (typeof CONVERSATION_TYPES)[number];

/** Teams ids are at most a few hundred characters; the bound keeps a damaged record from growing. */
const id = z.string().min(1).max(400);

/** http(s) only: the Bot Connector, or the Agents Playground on loopback during development. */
const serviceUrl = z
  .string()
  .max(400)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

/**
 * A stored conversation reference. Unknown properties are dropped, so whatever else a caller hands
 * in (a user's name, a conversation title) is never written.
 */
export const storedConversationReferenceSchema = z
  .object({
    /** The conversation to post to. For a channel: the channel itself, without `;messageid=`. */
    conversationId: id,
    conversationType: z.enum(CONVERSATION_TYPES),
    /** The Entra tenant of the conversation; Teams needs it for proactive messages. */
    tenantId: z.string().min(1).max(100).optional(),
    serviceUrl,
    /** The Bot Framework channel, `msteams` in Teams. */
    channelId: z.string().min(1).max(64),
    botId: id,
    botName: z.string().max(200).optional(),
    /** Personal chats only: the user's Teams id ("29:..."). */
    userId: id.optional(),
    /** Personal chats only: the user's Entra object id, when Teams gives it. */
    aadObjectId: z.string().min(1).max(100).optional(),
    /** The client's locale ("fr-FR") when the reference was saved, to pick the language of a reminder. */
    locale: z.string().min(1).max(35).optional(),
  })
  .refine((reference) => reference.conversationType !== 'personal' || reference.userId !== undefined, {
    message: 'a personal conversation needs its userId',
    path: ['userId'],
  })
  .refine(
    (reference) =>
      reference.conversationType === 'personal' || (reference.userId === undefined && reference.aadObjectId === undefined),
    { message: 'only a personal conversation stores a user', path: ['userId'] },
  );

export type StoredConversationReference = z.output<typeof storedConversationReferenceSchema>;

/** Key prefix of every stored conversation reference. */
export const CONVERSATIONS_PREFIX = 'conversations/';

/** Where each kind of conversation is filed: one personal chat per user, one record per channel or chat. */
export const CONVERSATION_SCOPES = {
  users: `${CONVERSATIONS_PREFIX}users/`,
  channels: `${CONVERSATIONS_PREFIX}channels/`,
  chats: `${CONVERSATIONS_PREFIX}chats/`,
} as const;
export type ConversationScope = keyof typeof CONVERSATION_SCOPES;

/**
 * Who a personal conversation belongs to: the Entra object id when known, else the Teams id. The
 * same rule as `personIdOf` (src/people), so drafts, tickets and references agree.
 */
export function ownerIdOfReference(reference: Pick<StoredConversationReference, 'userId' | 'aadObjectId'>): string | undefined {
  return reference.userId === undefined ? reference.aadObjectId : personIdOf({ id: reference.userId, aadObjectId: reference.aadObjectId });
}

/** A channel's own id: a message in a thread arrives as `19:...@thread.tacv2;messageid=123`. */
export function channelRootId(conversationId: string): string {
  return conversationId.replace(/;messageid=.*$/i, '');
}

/** The id of the thread's first message in a channel message's conversation id, when it has one. */
export function threadOf(conversationId: string): string | undefined {
  return /;messageid=([^;]+)$/i.exec(conversationId)?.[1];
}

/** A channel's reference pointed at one of its threads (its first message's id), to reply there. */
export function inThread(reference: StoredConversationReference, thread: string): StoredConversationReference {
  return { ...reference, conversationId: `${channelRootId(reference.conversationId)};messageid=${thread}` };
}

/** Where turn state lives in the store: a conversation's under `bot/`, teams-ai's own key after it. */
export const CONVERSATION_STATE_PREFIX = 'bot/';

/** The store key of a conversation's turn state (its chat's: what "Delete my data" removes). */
export function conversationStateKey(conversation: { channelId: string; botId: string; conversationId: string }): string {
  return `${CONVERSATION_STATE_PREFIX}${conversation.channelId}/${conversation.botId}/conversations/${conversation.conversationId}`;
}

/** Ids are encoded so that no "/" in them can shift a key into another scope. */
export function userConversationKey(ownerId: string): string {
  return CONVERSATION_SCOPES.users + encodeURIComponent(ownerId);
}

export function channelConversationKey(conversationId: string): string {
  return CONVERSATION_SCOPES.channels + encodeURIComponent(channelRootId(conversationId));
}

export function chatConversationKey(conversationId: string): string {
  return CONVERSATION_SCOPES.chats + encodeURIComponent(conversationId);
}

/** The key a reference is stored under: the user's for a personal chat, the conversation's otherwise. */
export function conversationKeyOf(reference: StoredConversationReference): string {
  switch (reference.conversationType) {
    case 'personal': {
      const owner = ownerIdOfReference(reference);
      if (owner === undefined) throw new TypeError('conversationKeyOf: a personal conversation needs its userId');
      return userConversationKey(owner);
    }
    case 'channel':
      return channelConversationKey(reference.conversationId);
    case 'groupChat':
      return chatConversationKey(reference.conversationId);
  }
}

/** True when `key` names a stored conversation reference. */
export function isConversationKey(key: string): boolean {
  return Object.values(CONVERSATION_SCOPES).some((prefix) => key.startsWith(prefix) && key.length > prefix.length);
}

/** How many checked references `prepareConversationReference` keeps. */
const KEPT_PREPARED = 1000;
const preparedByInput = new Map<string, StoredConversationReference>();

/**
 * Checks a reference before it is stored, in the shape it is stored in: a channel reference points
 * at the channel (not a thread) and holds no user, since whoever wrote in the channel is not needed
 * to post there. Throws a TypeError naming the problems.
 *
 * Every turn brings the same reference again, so the last results are kept by the input's JSON
 * (checking is a pure function of it); each caller gets its own copy (a reference is flat).
 */
export function prepareConversationReference(input: StoredConversationReference): StoredConversationReference {
  const text = JSON.stringify(input);
  const kept = preparedByInput.get(text);
  if (kept !== undefined) return { ...kept };
  const shaped: Record<string, unknown> = { ...input };
  if (input.conversationType !== 'personal') {
    delete shaped.userId;
    delete shaped.aadObjectId;
  }
  if (input.conversationType === 'channel' && typeof input.conversationId === 'string') {
    shaped.conversationId = channelRootId(input.conversationId);
  }
  const parsed = storedConversationReferenceSchema.safeParse(shaped);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(reference)'}: ${issue.message}`);
    throw new TypeError(`Conversation reference is not valid: ${problems.join('; ')}`);
  }
  if (preparedByInput.size >= KEPT_PREPARED) preparedByInput.delete(preparedByInput.keys().next().value!);
  preparedByInput.set(text, parsed.data);
  return { ...parsed.data };
}
