import http from 'node:http';
import https from 'node:https';
import type { TeamsAdapter } from './teams-ai';

/**
 * Bounds on sending to the Bot Connector (replies, proactive messages).
 *
 * Where a send used to wait: the connector client retries a refused connection or an unknown host
 * three times with growing pauses (about 1, 2 and 4 s), so a reply to an address that cannot be
 * reached held the turn for about 5 s, and the error handler's apology to the same address as long
 * again, while Teams waited for the HTTP answer (it resends after 15 s). An address that does not
 * answer at all was waited for without any limit.
 *
 * The fix is the HTTP client the connector client is given (the one option its factory passes on;
 * it overwrites `requestPolicyFactories`). The client runs inside the library's retry loop, so:
 * - a refused connection or an unknown host fails at once, with an error the loop does not retry;
 * - every send has a deadline, retries and their pauses included (the loop honours the abort signal
 *   the client puts on the request at its first attempt);
 * - resets and 5xx/429 answers are still retried by the library, within that deadline.
 */

/** The connector client's options, as the adapter's constructor takes them. */
export type ConnectorClientOptions = NonNullable<ConstructorParameters<typeof TeamsAdapter>[3]>;
type HttpClient = NonNullable<ConnectorClientOptions['httpClient']>;
type WebResource = Parameters<HttpClient['sendRequest']>[0];
type CompatResponse = Awaited<ReturnType<HttpClient['sendRequest']>>;

/** Connection failures that retrying within seconds cannot mend. */
const UNREACHABLE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Why a send to the Bot Connector was given up. */
export type DeliveryFailure = 'unreachable' | 'timeout';

/** Thrown when a send was given up: the service did not answer in time, or cannot be reached. */
export class DeliveryFailedError extends Error {
  override readonly name = 'DeliveryFailedError';

  constructor(
    readonly failure: DeliveryFailure,
    options?: { cause?: unknown },
  ) {
    super(failure === 'timeout' ? 'the Bot Connector did not answer in time' : 'the Bot Connector cannot be reached', options);
  }
}

/**
 * True when `error` (or an error it wraps, as `cause` or as a dialog's `error`) is a send that was given up. When the deadline falls
 * during one of the retry loop's pauses, the loop throws its own `AbortError`; nothing else cancels
 * a send to the connector here, so that one counts too.
 */
export function isDeliveryFailure(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof DeliveryFailedError || (current as { name?: unknown }).name === 'AbortError') return true;
    // botbuilder-dialogs wraps a failure in a DialogContextError that keeps it as `error`.
    const wrapper = current as { cause?: unknown; error?: unknown };
    current = wrapper.cause ?? wrapper.error;
  }
  return false;
}

/**
 * A socket error the library's retry loop may retry (it retries errors named "RestError" whose
 * code is a transient system error, such as a reset keep-alive connection).
 */
function retryableError(cause: Error & { code?: string }): Error {
  const error = new Error(cause.message, { cause }) as Error & { code?: string };
  error.name = 'RestError';
  error.code = cause.code;
  return error;
}

/** Options of `boundedDeliveryOptions`. */
export interface DeliveryLimits {
  /** Longest a send may take, retries and their pauses included, before it is given up. */
  timeoutMs: number;
}

/** Signals this client put on requests, so that a retry of the same request keeps its first deadline. */
const deadlines = new WeakSet<object>();

/**
 * Puts a deadline on the request the first time it is seen (the retry loop reads the same signal
 * for its pauses and later attempts), following the caller's own signal if it had one.
 */
function applyDeadline(resource: WebResource, timeoutMs: number): AbortSignal {
  const current = resource.abortSignal;
  if (current && deadlines.has(current)) return current as AbortSignal;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DeliveryFailedError('timeout')), timeoutMs);
  // The retry loop may finish long before the deadline; the timer must not keep the process alive.
  timer.unref();
  if (current) {
    if (current.aborted) controller.abort(new DeliveryFailedError('timeout'));
    else current.addEventListener('abort', () => controller.abort(new DeliveryFailedError('timeout')));
  }
  deadlines.add(controller.signal);
  resource.abortSignal = controller.signal;
  return controller.signal;
}

/** The request body as bytes; the connector only sends JSON text. */
function bodyOf(resource: WebResource): string | Buffer | undefined {
  const body: unknown = resource.body;
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
  throw new TypeError('Bot Connector client: only text or byte bodies are supported');
}

/** One attempt of one request, over Node's http/https with keep-alive agents. */
function attempt(resource: WebResource, signal: AbortSignal, agents: { http: http.Agent; https: https.Agent }): Promise<CompatResponse> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const url = new URL(resource.url);
    const secure = url.protocol === 'https:';
    const body = bodyOf(resource);
    const headers: Record<string, string> = { ...resource.headers.rawHeaders() };
    if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-length')) {
      headers['Content-Length'] = String(Buffer.byteLength(body));
    }
    const request = (secure ? https : http).request(
      url,
      {
        method: resource.method,
        headers,
        // A proxy configured for the pipeline brings its own agent.
        agent: (resource.agent as http.Agent | undefined) ?? (secure ? agents.https : agents.http),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (error) => reject(retryableError(error)));
        response.on('end', () => {
          // The request's own header set, emptied and refilled, is the header type the client expects.
          const responseHeaders = resource.headers.clone();
          for (const name of responseHeaders.headerNames()) responseHeaders.remove(name);
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
          }
          resolve({ request: resource, status: response.statusCode ?? 0, headers: responseHeaders, bodyAsText: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    const onAbort = () => request.destroy(signal.reason instanceof Error ? signal.reason : new DeliveryFailedError('timeout'));
    signal.addEventListener('abort', onAbort, { once: true });
    request.on('close', () => signal.removeEventListener('abort', onAbort));
    request.on('error', (error: Error & { code?: string }) => {
      if (error instanceof DeliveryFailedError) reject(error);
      else if (error.code && UNREACHABLE_CODES.has(error.code)) reject(new DeliveryFailedError('unreachable', { cause: error }));
      else reject(retryableError(error));
    });
    request.end(body);
  });
}

/**
 * Connector client options that bound every send (see the top of this file). Pass them to the
 * adapter; one set is shared by every client it creates, and so are its keep-alive connections.
 */
export function boundedDeliveryOptions(limits: DeliveryLimits): ConnectorClientOptions {
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  const httpClient: HttpClient = {
    sendRequest: (resource) => attempt(resource, applyDeadline(resource, limits.timeoutMs), agents),
  };
  return { httpClient };
}
