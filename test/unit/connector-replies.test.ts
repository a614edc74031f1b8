import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import { boundedDeliveryOptions, isDeliveryFailure } from '../../src/connector-delivery';
import { withJsonReplies } from '../../src/connector-replies';
import { loadConfig } from '../../src/config';
import { HubAdapter } from '../../src/hub-adapter';

/** A connector on loopback that records each request and answers with `status` and `body`. */
async function connector(status: number, body: string) {
  const received: { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, headers: req.headers, body: text });
      // Not chained: restify, loaded by other test files in the same worker, patches writeHead to return nothing.
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { received, url: `http://127.0.0.1:${port}/`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A connector client as the adapter makes one (the bounded HTTP client), anonymous unless given credentials. */
const clientFor = (baseUri: string, credentials = new MicrosoftAppCredentials('', '')) =>
  withJsonReplies(new ConnectorClient(credentials, { baseUri, ...boundedDeliveryOptions({ timeoutMs: 2000 }) }));

const card: Partial<Activity> & { speakAs: string } = {
  type: 'message',
  attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hello *there*' }] } }],
  conversation: { id: 'a:1/2 3', isGroup: false, conversationType: 'personal', name: '' },
  replyToId: 'act-1',
  timestamp: new Date('2026-12-06T10:00:00Z'),
  // Not in the connector client's model, which left it out: posted as JSON writes it.
  speakAs: 'plain',
};

describe('replies posted to the Bot Connector as JSON text', () => {
  it('posts the activity, card and all, to the reply address of its conversation, and returns the id the connector gives', async () => {
    const fake = await connector(200, JSON.stringify({ id: 'msg-9' }));
    try {
      const response = await clientFor(fake.url).conversations.replyToActivity('a:1/2 3', 'act-1', card);
      expect(response.id).toBe('msg-9');
      expect(fake.received).toHaveLength(1);
      const [sent] = fake.received;
      expect(sent.method).toBe('POST');
      expect(sent.url).toBe(`/v3/conversations/${encodeURIComponent('a:1/2 3')}/activities/act-1`);
      expect(sent.headers['content-type']).toMatch(/^application\/json/);
      expect(sent.headers['x-ms-conversation-id']).toBe('a:1/2 3');
      expect(JSON.parse(sent.body)).toEqual({ ...card, timestamp: '2026-12-06T10:00:00.000Z' });
    } finally {
      await fake.stop();
    }
  });

  it('posts a message that replies to nothing to the conversation itself', async () => {
    const fake = await connector(201, JSON.stringify({ id: 'msg-10' }));
    try {
      const response = await clientFor(fake.url).conversations.sendToConversation('a:1', { type: 'message', text: 'hi' });
      expect(response.id).toBe('msg-10');
      expect(fake.received[0].url).toBe('/v3/conversations/a%3A1/activities');
      // As the client does: the conversation id goes as a header on replies only.
      expect(fake.received[0].headers['x-ms-conversation-id']).toBeUndefined();
    } finally {
      await fake.stop();
    }
  });

  it("throws a refusal with its status code and the connector's code and message, as the connector client did (a user who blocked the bot: 403)", async () => {
    const fake = await connector(403, JSON.stringify({ error: { code: 'ConversationBlockedByUser', message: 'User blocked the conversation with the bot.' } }));
    try {
      await expect(clientFor(fake.url).conversations.sendToConversation('a:1', { type: 'message', text: 'hi' })).rejects.toMatchObject({
        statusCode: 403,
        code: 'ConversationBlockedByUser',
        message: 'User blocked the conversation with the bot.',
      });
    } finally {
      await fake.stop();
    }
  });

  it("signs the request with the bot's token when the bot has an app id", async () => {
    const fake = await connector(200, JSON.stringify({ id: 'msg-11' }));
    const credentials = new MicrosoftAppCredentials('app-id', 'secret');
    // No identity provider here: the token is what the credentials would have fetched.
    credentials.getToken = async () => 'token-1';
    try {
      await clientFor(fake.url, credentials).conversations.replyToActivity('a:1', 'act-1', { type: 'message', text: 'hi' });
      expect(fake.received[0].headers.authorization).toBe('Bearer token-1');
    } finally {
      await fake.stop();
    }
  });

  it('still gives up at once on an address that refuses connections', async () => {
    const fake = await connector(200, '{}');
    await fake.stop();
    const error = await clientFor(fake.url).conversations.sendToConversation('a:1', { type: 'message', text: 'hi' }).catch((caught: unknown) => caught);
    expect(isDeliveryFailure(error)).toBe(true);
  });
});

describe('the adapter', () => {
  it('posts proactive messages as JSON text too', async () => {
    const fake = await connector(200, JSON.stringify({ id: 'msg-12' }));
    try {
      const adapter = new HubAdapter(loadConfig({}));
      const reference = { serviceUrl: fake.url, channelId: 'msteams', conversation: { id: 'a:9', isGroup: false, conversationType: 'personal', name: '' } };
      for (const text of ['first', 'second']) {
        await adapter.continueConversationAsync('', reference, async (context) => {
          await context.sendActivity({ type: 'message', text, speakAs: 'plain' } as Partial<Activity>);
        });
      }
      expect(fake.received.map((sent) => JSON.parse(sent.body) as Record<string, unknown>)).toMatchObject([
        { text: 'first', speakAs: 'plain' },
        { text: 'second', speakAs: 'plain' },
      ]);
    } finally {
      await fake.stop();
    }
  });
});
