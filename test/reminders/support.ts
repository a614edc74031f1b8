import type { StoredConversationReference } from '../../src/conversations/reference-schema';
import type { ReminderOccurrence } from '../../src/reminders/schedule';
import type { SendFunction } from '../../src/reminders/sender';

/** A personal-chat reference for `userId` at the connector `serviceUrl`. */
export function referenceFor(userId: string, serviceUrl: string): StoredConversationReference {
  return {
    conversationId: `a:conv-${userId}`,
    conversationType: 'personal',
    serviceUrl,
    channelId: 'msteams',
    botId: '28:bot',
    userId: `29:${userId}`,
    aadObjectId: userId,
    tenantId: 'tenant-1',
  };
}

/** A plain HTTP send (what CloudAdapter does, without its own retries): throws `{ status, headers }`. */
export const fetchSend: SendFunction = async (reference, activity) => {
  const url = `${reference.serviceUrl.replace(/\/?$/, '/')}v3/conversations/${encodeURIComponent(reference.conversationId)}/activities`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...activity, conversation: { id: reference.conversationId } }),
  });
  const body = (await response.json().catch(() => ({}))) as { id?: string };
  if (!response.ok) {
    throw Object.assign(new Error(`connector answered ${response.status}`), {
      status: response.status,
      headers: { 'retry-after': response.headers.get('retry-after') ?? undefined },
    });
  }
  return body.id;
};

/** A one-off occurrence (kind announcements) for outbox tests. */
export function occurrence(userId: string, due: string, expires: string, tag = 'x'): ReminderOccurrence {
  return {
    key: `announcements/test/${tag}/${userId}`,
    userId,
    kind: 'announcements',
    due: new Date(due),
    expires: new Date(expires),
    payload: { kind: 'announcements', announcement: 'shortlist', at: expires, daysBefore: 0 },
  };
}
