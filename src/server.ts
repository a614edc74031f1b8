import type { Application } from '@microsoft/teams-ai';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import restify, { Request, Response } from 'restify';
import { describeActivityProblems, incomingActivitySchema } from './activity-schema';
import type { HubTurnState } from './bot/state';
import type { Download, Downloads } from './downloads';
import { describeError, Logger } from './logger';
import { cleanIncomingActivity } from './text-hygiene';

/** Largest request body accepted; Teams activities are far smaller. */
const MAX_BODY_BYTES = 512 * 1024;
/** How long shutdown waits for turns in progress before closing storage anyway. */
const DRAIN_TIMEOUT_MS = 10_000;

export interface HttpServerDependencies {
  adapter: TeamsAdapter;
  app: Application<HubTurnState>;
  logger: Logger;
  /** Throws when storage is unreachable. */
  checkStorage: () => Promise<void>;
  /** Signed file downloads (calendar files, attendee lists); absent: no download routes. */
  downloads?: Downloads;
}

export interface HttpServer {
  listen(host: string, port: number): Promise<{ host: string; port: number }>;
  /** Stops accepting requests and waits for turns in progress. */
  close(): Promise<void>;
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

  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }));
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (closing) {
      res.send(503, { error: 'ShuttingDown' });
      return;
    }
    const parsed = incomingActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      logger.info({ event: 'http.bad_activity' }, 'request body is not an activity');
      res.send(400, { error: 'BadRequest', problems: describeActivityProblems(parsed.error) });
      return;
    }
    // What the adapter and the bot read from here on: people's text cleaned once (src/text-hygiene.ts).
    req.body = cleanIncomingActivity(parsed.data);
    inFlight += 1;
    const started = Date.now();
    try {
      await adapter.process(req, res, async (context) => {
        await app.run(context);
      });
    } catch (error) {
      logger.error({ event: 'http.process_failed', error: describeError(error) }, 'activity not processed');
      if (!res.headersSent) res.send(400, { error: 'BadRequest' });
    } finally {
      inFlight -= 1;
      logger.debug(
        { event: 'http.activity', type: parsed.data.type, status: res.statusCode, ms: Date.now() - started },
        'activity handled',
      );
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    try {
      await deps.checkStorage();
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
          res.end(file.status === 403 ? 'Forbidden' : 'Not found');
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
