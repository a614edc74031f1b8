import pino, { Logger } from 'pino';

export type { Logger };

/**
 * Structured logs. They carry ids, routes, timings and error kinds, never message text,
 * card values, tokens or names: redaction is a safety net, not the plan.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'innovation-hub-assistant' },
      redact: {
        paths: [
          'req.headers.authorization',
          'headers.authorization',
          '*.password',
          '*.appPassword',
          '*.token',
          'text',
          '*.text',
          'value',
          '*.value',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const BEARER_OR_JWT = /(Bearer\s+)?eyJ[\w-]+\.[\w-]+\.[\w-]*/g;

/**
 * What we log about an error: its kind and a scrubbed, shortened message. Library errors can quote
 * addresses or tokens, so those are masked before anything reaches the log.
 */
export function describeError(error: unknown): { name: string; code?: string; message: string; stack?: string } {
  const err = error instanceof Error ? error : new Error(String(error));
  const scrub = (text: string) => text.replace(BEARER_OR_JWT, '[token]').replace(EMAIL, '[email]').slice(0, 300);
  const code = (err as { code?: unknown }).code;
  return {
    name: err.name,
    code: typeof code === 'string' || typeof code === 'number' ? String(code) : undefined,
    message: scrub(err.message),
    stack: err.stack
      ?.split('\n')
      .slice(1, 6)
      .map((line) => line.trim())
      .join(' | '),
  };
}
