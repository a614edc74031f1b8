/**
 * Conversation references for proactive messages: answers delivered to askers, ticket cards in the
 * IKM channel, reminders. The stored shape and its keys are free of botbuilder; `convert.ts` is the
 * one place that speaks `ConversationReference`, `continue.ts` the one that runs a proactive turn.
 */
export {
  CONVERSATIONS_PREFIX,
  CONVERSATION_SCOPES,
  CONVERSATION_STATE_PREFIX,
  CONVERSATION_TYPES,
  channelConversationKey,
  channelRootId,
  chatConversationKey,
  conversationKeyOf,
  conversationStateKey,
  inThread,
  isConversationKey,
  ownerIdOfReference,
  prepareConversationReference,
  storedConversationReferenceSchema,
  threadOf,
  userConversationKey,
} from './reference-schema';
export type { ConversationScope, ConversationType, StoredConversationReference } from './reference-schema';
export { fromConversationReference, toConversationReference } from './convert';
export { continueStoredConversation } from './continue';
export { ConversationReferences, referenceUpdate, storableReference } from './conversation-references';
export type {
  ConversationReferenceEntry,
  ConversationReferencePage,
  ConversationReferencePageOptions,
  SavedConversationReference,
} from './conversation-references';
