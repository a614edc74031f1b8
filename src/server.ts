import type { Application } from './teams-ai';
import type { Activity } from 'botbuilder';
import restify, { Next, Request, RequestHandler, Response } from 'restify';
import { describeActivityProblems, incomingActivitySchema } from './activity-schema';
import type { HubTurnState } from './bot/state';
import type { Download, Downloads } from './downloads';
import type { Authenticated, HubAdapter } from './hub-adapter';
import { cleanActivityInput } from './input-hygiene';
import { LANGUAGES, messages } from './i18n';
import { describeError, Logger } from './logger';

/** Largest request body accepted; Teams activities are far smaller. */
const MAX_BODY_BYTES = 512 * 1024;
/** How long shutdown waits for turns in progress before closing storage anyway. */
const DRAIN_TIMEOUT_MS = 10_000;
/** Longest wait for the Bot Framework's signing keys before answering 503 (Teams retries). */
const AUTHENTICATION_TIMEOUT_MS = 5_000;
/** Default of `healthTimeoutMs`. */
const HEALTH_TIMEOUT_MS = 700;

/** The algorithms Bot Framework tokens are signed with; anything else (notably `none`) is refused unread. */
const SIGNING_ALGORITHMS = new Set(['RS256', 'RS384', 'RS512']);

export interface HttpServerDependencies {
  adapter: HubAdapter;
  app: Application<HubTurnState>;
  logger: Logger;
  /** Throws when storage is unreachable. */
  checkStorage: () => Promise<void>;
  /** GET /healthz answers 503 when `checkStorage` has not answered within this. Default 700 ms. */
  healthTimeoutMs?: number;
  /** Signed file downloads (calendar files, attendee lists); absent: no download routes. */
  downloads?: Downloads;
}

export interface HttpServer {
  listen(host: string, port: number): Promise<{ host: string; port: number }>;
  /** Stops accepting requests and waits for turns in progress. */
  close(): Promise<void>;
}

/**
 * True when `authorization` is `Bearer <JWT>` whose header names an RSA signature and a key id:
 * the only shape the Bot Framework issues. Checked before anything else, without the network.
 */
export function looksLikeBotToken(authorization: unknown): boolean {
  if (typeof authorization !== 'string') return false;
  const match = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(authorization);
  if (!match) return false;
  try {
    const header: unknown = JSON.parse(Buffer.from(match[1], 'base64url').toString('utf8'));
    if (header === null || typeof header !== 'object') return false;
    const { alg, kid } = header as { alg?: unknown; kid?: unknown };
    return typeof alg === 'string' && SIGNING_ALGORITHMS.has(alg) && typeof kid === 'string' && kid.length > 0;
  } catch {
    return false;
  }
}

/** True for a refused token (as opposed to "could not check it now"). */
function isTokenRefused(error: unknown): boolean {
  const { statusCode, name } = (error ?? {}) as { statusCode?: unknown; name?: unknown };
  if (statusCode === 401 || statusCode === 403) return true;
  // jsonwebtoken's own errors (bad signature, malformed, expired, not yet valid) pass through the adapter.
  return name === 'JsonWebTokenError' || name === 'TokenExpiredError' || name === 'NotBeforeError';
}

/** `promise`, or a rejection with `Error(message)` after `ms`. */
function withDeadline<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * restify: POST /api/messages (Bot Framework), GET /healthz, and the signed downloads
 * GET /calendar/:id.ics and GET /exports/attendees/:id.csv.
 */
export function createHttpServer(deps: HttpServerDependencies): HttpServer {
  const { adapter, app, logger } = deps;
  const server = restify.createServer({ name: 'innovation-hub-assistant', handleUncaughtExceptions: false });
  let inFlight = 0;
  let closing = false;

  server.use(restify.plugins.queryParser({ mapParams: false }));

  /**
   * Before the body is read: refuse at once while shutting down, and, with an app id, any request
   * whose Authorization header cannot be a Bot Framework token. Nothing of the body is looked at
   * for a caller that has not shown a token.
   */
  const admit: RequestHandler = (req: Request, res: Response, next: Next) => {
    if (closing) {
      res.send(503, { error: 'ShuttingDown' });
      return next(false);
    }
    if (adapter.authenticates && !looksLikeBotToken(req.headers.authorization)) {
      res.send(401, { error: 'Unauthorized' });
      return next(false);
    }
    return next();
  };

  /**
   * The order matters: authenticate (401, or 503 when the signing keys cannot be fetched), then
   * validate (400 with the problems, for authenticated callers only), then clean what people typed
   * (`input-hygiene.ts`), then run the turn. A failure of the adapter answers without detail.
   */
  const handleActivity: RequestHandler = async (req: Request, res: Response) => {
    inFlight += 1;
    try {
      await answerActivity(req, res);
    } finally {
      inFlight -= 1;
    }
  };

  const answerActivity = async (req: Request, res: Response) => {
    const body: unknown = req.body;
    const subject = (body ?? {}) as { channelId?: unknown; serviceUrl?: unknown };
    let authenticated: Authenticated;
    try {
      authenticated = await withDeadline(
        adapter.authenticate(
          {
            channelId: typeof subject.channelId === 'string' ? subject.channelId : undefined,
            serviceUrl: typeof subject.serviceUrl === 'string' ? subject.serviceUrl : undefined,
          },
          typeof req.headers.authorization === 'string' ? req.headers.authorization : '',
        ),
        AUTHENTICATION_TIMEOUT_MS,
        'the signing keys did not arrive in time',
      );
    } catch (error) {
      if (isTokenRefused(error)) {
        logger.info({ event: 'http.unauthorized' }, 'token refused');
        res.send(401, { error: 'Unauthorized' });
      } else {
        logger.warn({ event: 'http.authentication_unavailable', error: describeError(error) }, 'token could not be checked');
        res.header('Retry-After', '5');
        res.send(503, { error: 'AuthenticationUnavailable' });
      }
      return;
    }
    const parsed = incomingActivitySchema.safeParse(body);
    if (!parsed.success) {
      logger.info({ event: 'http.bad_activity' }, 'request body is not an activity');
      res.send(400, { error: 'BadRequest', problems: describeActivityProblems(parsed.error) });
      return;
    }
    // Checked by the schema above; botbuilder's Activity names optional fields the schema leaves open.
    const activity = cleanActivityInput(parsed.data) as unknown as Activity;
    const started = Date.now();
    try {
      const invokeResponse = await adapter.processAuthenticated(authenticated, activity, async (context) => {
        await app.run(context);
      });
      res.send(invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (error) {
      logger.error({ event: 'http.process_failed', error: describeError(error) }, 'activity not processed');
      if (!res.headersSent) res.send(500, { error: 'InternalError' });
    } finally {
      logger.debug(
        { event: 'http.activity', type: parsed.data.type, status: res.statusCode, ms: Date.now() - started },
        'activity handled',
      );
    }
  };

  server.post(
    '/api/messages',
    admit,
    restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }),
    handleActivity,
  );

  const healthTimeoutMs = deps.healthTimeoutMs ?? HEALTH_TIMEOUT_MS;
  server.get('/healthz', async (_req: Request, res: Response) => {
    try {
      // A database that stops answering (rather than refusing) must still read as down, quickly.
      await withDeadline(deps.checkStorage(), healthTimeoutMs, `storage did not answer within ${healthTimeoutMs} ms`);
      res.send(closing ? 503 : 200, { status: closing ? 'shutting-down' : 'ok', storage: 'ok' });
    } catch (error) {
      logger.warn({ event: 'health.storage_down', error: describeError(error) }, 'storage unreachable');
      res.send(503, { status: 'degraded', storage: 'unreachable' });
    }
  });

  const downloads = deps.downloads;
  if (downloads) {
    /** Sends a file, or only the refusal status (403 bad or expired signature, 404 unknown session). */
    const sendDownload = async (res: Response, make: () => Promise<Download>) => {
      try {
        const file = await make();
        if (file.status !== 200) {
          res.writeHead(file.status, { 'content-type': 'text/plain; charset=utf-8' });
          // Whoever opens an old link is told why and where to get a new one, in the three languages.
          res.end(file.status === 403 ? LANGUAGES.map((language) => messages(language).downloadRefused).join('\n\n') : 'Not found');
          return;
        }
        res.writeHead(200, {
          'content-type': file.contentType,
          'content-disposition': contentDisposition(file.filename),
          'cache-control': 'private, no-store',
          'x-content-type-options': 'nosniff',
        });
        res.end(file.body);
      } catch (error) {
        logger.error({ event: 'http.download_failed', error: describeError(error) }, 'download failed');
        if (!res.headersSent) res.send(500, { error: 'InternalError' });
      }
    };
    server.get('/calendar/:file', async (req: Request, res: Response) =>
      sendDownload(res, () => downloads.calendar(String(req.params.file ?? ''), (req.query ?? {}) as Record<string, unknown>)),
    );
    server.get('/exports/attendees/:file', async (req: Request, res: Response) =>
      sendDownload(res, () => downloads.attendeesCsv(String(req.params.file ?? ''), (req.query ?? {}) as Record<string, unknown>)),
    );
    server.get('/files/:kind/:name', async (req: Request, res: Response) =>
      sendDownload(res, () =>
        downloads.file(String(req.params.kind ?? ''), String(req.params.name ?? ''), (req.query ?? {}) as Record<string, unknown>),
      ),
    );
  }

  // restify answers its own errors (bad JSON 400, too large 413, unknown route 404);
  // anything unexpected is logged by kind and answered without detail.
  server.on('restifyError', (_req: Request, _res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    if ((error.statusCode ?? 500) >= 500) {
      logger.error({ event: 'http.error', error: describeError(error) }, 'request failed');
    }
    callback();
  });

  return {
    listen: (host, port) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve({ host, port: address.port });
        });
      }),
    close: async () => {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = Date.now() + DRAIN_TIMEOUT_MS;
      while (inFlight > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      if (inFlight > 0) logger.warn({ event: 'shutdown.drain_timeout', inFlight }, 'turns still running at shutdown');
      // Idle keep-alive sockets would hold server.close() open; nothing is in flight now.
      server.server.closeAllConnections?.();
      await closed;
    },
  };
}

/** `attachment` with the name as ASCII and, for accents, as RFC 5987 UTF-8. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
