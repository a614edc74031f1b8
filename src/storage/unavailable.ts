/**
 * "The database is away", as one error type. Both drivers report it in many shapes (a timeout of
 * their own, a socket error, a server shutting down, a lock never granted); callers only need to
 * know that the operation did not happen for want of a database, so that the user is told to try
 * again in a moment rather than that something broke.
 */

/** A storage call failed because the database did not answer in time or cannot be reached. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';

  constructor(operation: string, cause: unknown) {
    super(`Store.${operation}: the database is unavailable (${describeCause(cause)})`, { cause });
  }
}

function describeCause(cause: unknown): string {
  const { code, message } = (cause ?? {}) as { code?: unknown; message?: unknown };
  if (typeof message !== 'string') return String(cause);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}

/** True when `error`, or an error it wraps (as `cause`, or as a dialog's `error`), is a `StorageUnavailableError`. */
export function isStorageUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof StorageUnavailableError) return true;
    // botbuilder-dialogs wraps a failure in a DialogContextError that keeps it as `error`.
    const wrapper = current as { cause?: unknown; error?: unknown };
    current = wrapper.cause ?? wrapper.error;
  }
  return false;
}

/**
 * SQLSTATEs that mean the server cannot serve now: connection exceptions (class 08), a statement
 * cancelled by `statement_timeout` (57014), a server shutting down or starting (57P01-57P03), no
 * free connection slot (53300), a session ended for idling in a transaction (25P03).
 */
const POSTGRES_UNAVAILABLE = /^(08...|57014|57P0[123]|53300|25P03)$/;

/** Errors node-postgres raises itself when the server is silent or the connection is gone. */
const PG_CLIENT_UNAVAILABLE =
  /^(Query read timeout|Connection terminated|timeout exceeded when trying to connect|timeout expired|Client has encountered a connection error)/;

/**
 * SQLite result codes for a database file that is locked too long or cannot be read or written,
 * with their extended forms (better-sqlite3 reports `SQLITE_IOERR_WRITE`, `SQLITE_BUSY_SNAPSHOT`...).
 */
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN)(_|$)/;

/** True for errors of `engine` that mean the database is away rather than the call being wrong. */
export function meansUnavailable(engine: 'sqlite' | 'postgres', error: unknown): boolean {
  // Duck-typed: errors made by a native driver need not be instances of this realm's Error.
  if (error === null || typeof error !== 'object') return false;
  const { code, syscall, message } = error as { code?: unknown; syscall?: unknown; message?: unknown };
  if (engine === 'sqlite') return typeof code === 'string' && SQLITE_UNAVAILABLE.test(code);
  if (typeof code === 'string' && POSTGRES_UNAVAILABLE.test(code)) return true;
  // A socket error (ECONNREFUSED, ECONNRESET, ETIMEDOUT...) carries the system call that failed.
  if (typeof code === 'string' && typeof syscall === 'string') return true;
  return typeof message === 'string' && PG_CLIENT_UNAVAILABLE.test(message);
}

/** `error` as a `StorageUnavailableError` when it means the database is away; otherwise unchanged. */
export function classifyStorageError(engine: 'sqlite' | 'postgres', operation: string, error: unknown): unknown {
  if (error instanceof StorageUnavailableError || !meansUnavailable(engine, error)) return error;
  return new StorageUnavailableError(operation, error);
}
