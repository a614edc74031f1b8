import type { ConversationReference } from 'botbuilder';
import type { StoredConversationReference } from '../../src/conversations';

/** What `TurnContext.getConversationReference(activity)` gives for a message in a personal chat. */
export function personalTurnReference(overrides: Partial<ConversationReference> = {}): Partial<ConversationReference> {
  return {
    activityId: '1714638600000',
    user: { id: '29:1AbCdEf-user', name: 'Amina Okello', aadObjectId: '0f8fad5b-d9cb-469f-a165-70867728950e' },
    bot: { id: '28:0b6b3f52-7a0f-4c55-9a53-1e2d7c8e9f10', name: 'Innovation Hub Assistant' },
    conversation: {
      id: 'a:1xYz-personal-chat',
      conversationType: 'personal',
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      isGroup: false,
      name: '',
    },
    channelId: 'msteams',
    locale: 'fr-FR',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    ...overrides,
  };
}

/** The same for a message in a thread of a team channel, sent by an IKM administrator. */
export function channelTurnReference(overrides: Partial<ConversationReference> = {}): Partial<ConversationReference> {
  return {
    activityId: '1714638600123',
    user: { id: '29:1Admin-user', name: 'Pat Admin', aadObjectId: '11111111-2222-3333-4444-555555555555' },
    bot: { id: '28:0b6b3f52-7a0f-4c55-9a53-1e2d7c8e9f10', name: 'Innovation Hub Assistant' },
    conversation: {
      id: '19:ikm-channel@thread.tacv2;messageid=1714638600000',
      conversationType: 'channel',
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      isGroup: true,
      name: 'IKM questions',
    },
    channelId: 'msteams',
    locale: 'en-GB',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    ...overrides,
  };
}

export const PERSONAL: StoredConversationReference = {
  conversationId: 'a:1xYz-personal-chat',
  conversationType: 'personal',
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  channelId: 'msteams',
  botId: '28:0b6b3f52-7a0f-4c55-9a53-1e2d7c8e9f10',
  botName: 'Innovation Hub Assistant',
  userId: '29:1AbCdEf-user',
  aadObjectId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  locale: 'fr-FR',
};

export const CHANNEL: StoredConversationReference = {
  conversationId: '19:ikm-channel@thread.tacv2',
  conversationType: 'channel',
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  channelId: 'msteams',
  botId: '28:0b6b3f52-7a0f-4c55-9a53-1e2d7c8e9f10',
  botName: 'Innovation Hub Assistant',
  locale: 'en-GB',
};
