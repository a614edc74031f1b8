import { fromConversationReference, toConversationReference } from '../../src/conversations';
import { CHANNEL, PERSONAL, channelTurnReference, personalTurnReference } from './fixtures';

describe('converting conversation references', () => {
  it('keeps what a proactive message needs from a personal chat, and drops names and the activity', () => {
    const stored = fromConversationReference(personalTurnReference());
    expect(stored).toEqual(PERSONAL);
    expect(JSON.stringify(stored)).not.toContain('Amina');
  });

  it('files a channel message under the channel, without the thread or the person who wrote', () => {
    const stored = fromConversationReference(channelTurnReference());
    expect(stored).toEqual(CHANNEL);
    expect(JSON.stringify(stored)).not.toMatch(/Pat Admin|29:1Admin|11111111|IKM questions|messageid/);
  });

  it('gives back what continueConversationAsync takes', () => {
    expect(toConversationReference(PERSONAL)).toEqual({
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      locale: 'fr-FR',
      bot: { id: '28:0b6b3f52-7a0f-4c55-9a53-1e2d7c8e9f10', name: 'Innovation Hub Assistant' },
      conversation: {
        id: 'a:1xYz-personal-chat',
        conversationType: 'personal',
        isGroup: false,
        name: '',
        tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      },
      user: { id: '29:1AbCdEf-user', name: '', aadObjectId: '0f8fad5b-d9cb-469f-a165-70867728950e' },
    });
    const channel = toConversationReference(CHANNEL);
    expect(channel.conversation).toMatchObject({ id: '19:ikm-channel@thread.tacv2', isGroup: true, conversationType: 'channel' });
    expect(channel.user).toBeUndefined();
  });

  it('round-trips', () => {
    expect(fromConversationReference(toConversationReference(PERSONAL))).toEqual(PERSONAL);
    expect(fromConversationReference(toConversationReference(CHANNEL))).toEqual(CHANNEL);
  });

  it('reads a reference without a Teams conversation type (Emulator) by isGroup', () => {
    const base = personalTurnReference();
    const stored = fromConversationReference({
      ...base,
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:5173',
      conversation: { id: 'emulator-chat', isGroup: false, conversationType: '', name: '' },
      user: { id: 'user-1', name: 'User' },
    });
    expect(stored).toMatchObject({ conversationType: 'personal', userId: 'user-1', serviceUrl: 'http://127.0.0.1:5173' });
    expect(stored?.tenantId).toBeUndefined();
  });

  it('gives undefined for a reference it could not write to', () => {
    expect(fromConversationReference({})).toBeUndefined();
    expect(fromConversationReference(personalTurnReference({ serviceUrl: undefined }))).toBeUndefined();
    expect(fromConversationReference(personalTurnReference({ serviceUrl: 'ftp://example.org' }))).toBeUndefined();
    expect(fromConversationReference(personalTurnReference({ user: undefined }))).toBeUndefined();
    expect(fromConversationReference({ ...personalTurnReference(), bot: undefined })).toBeUndefined();
  });

  it('gives each caller its own copy when the same reference comes again, and refuses a bad one every time', () => {
    const first = fromConversationReference(personalTurnReference())!;
    first.serviceUrl = 'https://spoiled.example/';
    expect(fromConversationReference(personalTurnReference())).toEqual(PERSONAL);
    for (let turn = 0; turn < 2; turn += 1) {
      expect(fromConversationReference(personalTurnReference({ serviceUrl: 'ftp://example.org' }))).toBeUndefined();
    }
  });
});
