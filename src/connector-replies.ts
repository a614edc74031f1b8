import { createHttpHeaders, createPipelineRequest, RestError } from '@azure/core-rest-pipeline';
import type { Activity, ResourceResponse } from 'botbuilder';

/**
 * Replies posted to the Bot Connector as the JSON they already are.
 *
 * The connector client turns every outgoing activity into a request body by walking the Activity
 * model's mappers: a key-by-key copy of the activity and of every card in it. An allocation profile
 * of a menu turn put that walk at about a third of everything the turn allocates (some 90 KB of
 * 260), which the garbage collector then has to clear while other turns wait. The activity is plain
 * data already; here it is posted as `JSON.stringify` writes it, through the same client's pipeline,
 * so that the credentials, the retry policy and the bounded HTTP client (`connector-delivery.ts`)
 * apply as before, and a refusal is thrown as a `RestError` with the status, and the code and
 * message of the connector's error body, as the client threw it.
 *
 * Every client the adapter makes goes this way, for replies and proactive messages alike (kept per
 * service URL, see `hub-adapter.ts`). The connector gets the same activity as the client's copy
 * gave it, but for fields the client's model does not know, which the copy left out.
 */

/** The part of a connector client this touches (`ConnectorClient` from botframework-connector). */
interface ConnectorClientLike {
  /** The service URL the client was made for. */
  baseUri?: string;
  /** The pipeline client underneath (@azure/core-client's ServiceClient). */
  client: { sendRequest(request: ReturnType<typeof createPipelineRequest>): Promise<PipelineResponseLike> };
  conversations: {
    replyToActivity(conversationId: string, activityId: string, activity: Partial<Activity>, ...rest: unknown[]): Promise<ResourceResponse>;
    sendToConversation(conversationId: string, activity: Partial<Activity>, ...rest: unknown[]): Promise<ResourceResponse>;
  };
}

interface PipelineResponseLike {
  status: number;
  bodyAsText?: string | null;
  request: ReturnType<typeof createPipelineRequest>;
  headers: ReturnType<typeof createHttpHeaders>;
}

/**
 * `client` with its two per-turn sends posting JSON text; every other operation is left as it was.
 * The pipeline client and the service URL are internals of the connector client (private in its
 * types): when a later version lacks them, the client is returned untouched and works as before.
 */
export function withJsonReplies<C extends object>(connectorClient: C): C {
  const client = connectorClient as unknown as Partial<ConnectorClientLike>;
  if (typeof client.baseUri !== 'string' || typeof client.client?.sendRequest !== 'function' || !client.conversations) return connectorClient;
  const pipeline = client.client;
  const base = client.baseUri.replace(/\/+$/u, '');
  const conversations = client.conversations;
  const post = async (conversationId: string, path: string, activity: Partial<Activity>, headers: Record<string, string>): Promise<ResourceResponse> => {
    const request = createPipelineRequest({
      url: `${base}/v3/conversations/${encodeURIComponent(conversationId)}/activities${path}`,
      method: 'POST',
      body: JSON.stringify(activity),
      headers: createHttpHeaders({ 'Content-Type': 'application/json; charset=utf-8', Accept: 'application/json', ...headers }),
      // As the client allows it for a service URL on http (the Emulator, a local stand-in).
      allowInsecureConnection: base.startsWith('http:'),
    });
    const response = await pipeline.sendRequest(request);
    if (response.status < 200 || response.status >= 300) throw refusal(request, response);
    return parseResourceResponse(response.bodyAsText);
  };
  // A call with options or a callback (none in this bot) keeps the client's own operation.
  const replyToActivity = conversations.replyToActivity.bind(conversations);
  const sendToConversation = conversations.sendToConversation.bind(conversations);
  const given = (rest: unknown[]) => rest.some((argument) => argument !== undefined);
  // The client sends a reply's conversation id as a header too.
  conversations.replyToActivity = (conversationId, activityId, activity, ...rest) =>
    given(rest)
      ? replyToActivity(conversationId, activityId, activity, ...rest)
      : post(conversationId, `/${encodeURIComponent(activityId)}`, activity, { 'x-ms-conversation-id': conversationId });
  conversations.sendToConversation = (conversationId, activity, ...rest) =>
    given(rest) ? sendToConversation(conversationId, activity, ...rest) : post(conversationId, '', activity, {});
  return connectorClient;
}

/** The `RestError` for a refused send: its status, and the code and message of the connector's error body when it has one. */
function refusal(request: ReturnType<typeof createPipelineRequest>, response: PipelineResponseLike): RestError {
  const error = (jsonOf(response.bodyAsText) as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const code = typeof error?.code === 'string' ? error.code : undefined;
  const message = typeof error?.message === 'string' && error.message ? error.message : `The Bot Connector answered ${response.status}`;
  return new RestError(message, { code, statusCode: response.status, request, response: response as never });
}

/** The `{ id }` the connector answers with; an empty or odd body reads as no id, as the client did. */
function parseResourceResponse(body: string | null | undefined): ResourceResponse {
  const id = (jsonOf(body) as { id?: unknown } | undefined)?.id;
  return { id: typeof id === 'string' ? id : '' };
}

/** A response body read as JSON; undefined when it is empty or not JSON. */
function jsonOf(body: string | null | undefined): unknown {
  if (!body) return undefined;
  try {
    return JSON.parse(body) ?? undefined;
  } catch {
    return undefined;
  }
}
