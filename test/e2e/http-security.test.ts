import fc from 'fast-check';
import { plausibleActivities } from '../../bench/fuzz-activities';
import { HubAdapter } from '../../src/hub-adapter';
import { TestBot } from '../support/test-bot';

const APP_ID = '0b6b3f52-7a0f-4c55-9a53-1e2d7c8e9f10';

/** A JWT segment: JSON in base64url. */
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The claims a Bot Framework channel token carries. */
function channelClaims(serviceUrl: string) {
  const now = Math.floor(Date.now() / 1000);
  return { iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600 };
}

/** A token of the right shape (RS256, a key id) whose signature nobody made: only the adapter can refuse it. */
const rsaShapedToken = () =>
  `${base64url({ alg: 'RS256', typ: 'JWT', kid: 'made-up-key' })}.${base64url(channelClaims('http://127.0.0.1/'))}.${Buffer.from('forged').toString('base64url')}`;

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/** Bodies that are not activities at all. */
const notActivities = ['', 'null', '[]', '"text"', '42', '{', '{"type":', '{"type":"message"}', '\u0000\u0001'];

describe('HTTP endpoint without an app id (local development)', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await new TestBot().start();
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('reports health with storage reachable', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', storage: 'ok' });
  });

  it('listens on loopback only', () => {
    expect(bot.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each(notActivities)('answers 400 to the body %p', async (body) => {
    expect((await post(bot.url, body)).status).toBe(400);
  });

  it('answers 413 to an oversized body, not 500', async () => {
    const { status } = await post(bot.url, JSON.stringify({ type: 'message', text: 'x'.repeat(600 * 1024) }));
    expect(status).toBe(413);
  });

  it('survives 1,000 random malformed activities: no 500, no crash, still answering', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(plausibleActivities(bot.serviceUrl), async (activity) => {
        const { status } = await post(bot.url, JSON.stringify(activity));
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        return status < 500;
      }),
      { numRuns: 1000, seed: 20241025 },
    );
    expect([...statuses.keys()].every((status) => status < 500)).toBe(true);
    expect(statuses.get(200)).toBeGreaterThan(0);
    expect(statuses.get(400)).toBeGreaterThan(0);
    // Accepted activities were handled, not failed: no turn ended in the error handler.
    expect(bot.errors).toEqual([]);
    // The bot still works for a real user afterwards.
    expect(await bot.user().say('hi')).toHaveLength(1);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});

describe('HTTP endpoint with an app id configured', () => {
  let bot: TestBot;

  beforeAll(async () => {
    // botbuilder prints every refused token to the console itself; keep the test output readable.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    bot = await new TestBot({
      env: { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'not-a-real-secret', HOST: '127.0.0.1' },
    }).start();
  });
  afterAll(async () => {
    await bot.stop();
    jest.restoreAllMocks();
  });

  const activity = () => bot.user().activity({ type: 'message', text: 'hi' });

  it('answers 401 to a request without a token, and does not run the bot', async () => {
    const sent = activity();
    expect((await post(bot.url, JSON.stringify(sent))).status).toBe(401);
    expect(bot.connector.repliesTo(sent.id as string)).toEqual([]);
  });

  it.each(['Bearer', 'Bearer not.a.jwt', 'Basic dXNlcjpwYXNz'])('answers 401 to the authorization %p', async (header) => {
    const { status } = await post(bot.url, JSON.stringify(activity()), { authorization: header });
    expect(status).toBe(401);
  });

  it.each(notActivities)('answers 401 to the body %p without a token, and names no problem of it', async (body) => {
    const { status, text } = await post(bot.url, body);
    expect(status).toBe(401);
    expect(text).not.toMatch(/problem|type|serviceUrl/i);
  });

  it.each([
    ['without a signature', ''],
    ['with something in the signature place', '.c2lnbmF0dXJl'],
  ])('answers 401 to an unsigned (alg: none) token %s, with no internal text', async (_name, signature) => {
    const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(channelClaims(bot.serviceUrl))}${signature ? signature : '.'}`;
    const { status, text } = await post(bot.url, JSON.stringify(activity()), { authorization: `Bearer ${token}` });
    expect(status).toBe(401);
    expect(JSON.parse(text)).toEqual({ error: 'Unauthorized' });
  });

  it('checks a token before the body: a refused token with a malformed body gets 401, not the body problems', async () => {
    const refused = Object.assign(new Error('Unauthorized. Invalid AppId passed on token'), { statusCode: 401 });
    const authenticate = jest.spyOn(HubAdapter.prototype, 'authenticate').mockRejectedValueOnce(refused);
    const { status, text } = await post(bot.url, JSON.stringify({ type: 'message' }), { authorization: `Bearer ${rsaShapedToken()}` });
    expect(authenticate).toHaveBeenCalledTimes(1);
    expect(status).toBe(401);
    expect(JSON.parse(text)).toEqual({ error: 'Unauthorized' });
  });

  it('answers 503 without internal text when the signing keys cannot be fetched', async () => {
    jest
      .spyOn(HubAdapter.prototype, 'authenticate')
      .mockRejectedValueOnce(new Error('Failed to load openID config: getaddrinfo ENOTFOUND login.botframework.com'));
    const sent = activity();
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${rsaShapedToken()}` },
      body: JSON.stringify(sent),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({ error: 'AuthenticationUnavailable' });
    expect(bot.connector.repliesTo(sent.id as string)).toEqual([]);
  });

  it('answers 1,000 random malformed activities with 400 or 401, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(plausibleActivities(bot.serviceUrl), async (sent) => {
        const { status } = await post(bot.url, JSON.stringify(sent), { authorization: 'Bearer x.y.z' });
        return status === 400 || status === 401;
      }),
      { numRuns: 1000, seed: 1115 },
    );
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});
