import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { BookingService, calendarInvite, calendarSequence, SessionCatalogue } from './bookings';
import type { Clock } from './clock';
import { isLanguage } from './i18n';
import type { Store } from './storage/store';

/**
 * Files users download from links in cards: a session's calendar file and, for IKM admins, a
 * session's attendee list. The links carry an HMAC signature (and the CSV link an expiry), so the
 * download needs no sign-in yet nobody can guess the link of another session's list.
 */

/** Where the signing secret lives; made once, so links survive restarts and work on every process. */
export const LINK_SECRET_KEY = 'secrets/links';
/** How long an attendee-list link works. */
export const ATTENDEES_LINK_TTL_MS = 60 * 60 * 1000;

const secretSchema = z.object({ secret: z.string().regex(/^[0-9a-f]{64}$/) });
const SESSION_ID = /^[a-z0-9-]{1,80}$/;

/** Signs and checks download links. */
export class SignedLinks {
  private constructor(
    private readonly secret: Buffer,
    private readonly clock: Clock,
  ) {}

  /** The secret from the store, created (insert-if-absent, so two processes agree) on first use. */
  static async open(store: Store, clock: Clock): Promise<SignedLinks> {
    await store.put(LINK_SECRET_KEY, { secret: randomBytes(32).toString('hex') }, 0);
    const stored = await store.get<unknown>(LINK_SECRET_KEY);
    const parsed = secretSchema.safeParse(stored?.value);
    if (!parsed.success) throw new Error(`${LINK_SECRET_KEY}: the stored link secret is not valid`);
    return new SignedLinks(Buffer.from(parsed.data.secret, 'hex'), clock);
  }

  /**
   * `/calendar/<id>.ics?sig=...` (no expiry: the calendar file holds nothing private); with
   * `cancelled`, the file that marks the event cancelled in the calendar of someone who left it.
   */
  calendarPath(sessionId: string, language?: string, options: { cancelled?: boolean } = {}): string {
    const path = `/calendar/${sessionId}.ics`;
    const signed = options.cancelled ? `${path}?cancelled` : path;
    return `${path}?sig=${this.sign(signed)}${language ? `&lang=${language}` : ''}${options.cancelled ? '&cancelled=1' : ''}`;
  }

  /** `/exports/attendees/<id>.csv?exp=...&sig=...`, valid for an hour. */
  attendeesPath(sessionId: string): string {
    const path = `/exports/attendees/${sessionId}.csv`;
    const exp = Math.floor((this.clock.now().getTime() + ATTENDEES_LINK_TTL_MS) / 1000);
    return `${path}?exp=${exp}&sig=${this.sign(`${path}?exp=${exp}`)}`;
  }

  /** `/files/<kind>/<name>?exp=...&sig=...`, valid for `ttlMs`: a file the bot makes when it is fetched. */
  filePath(kind: string, name: string, ttlMs: number): string {
    const path = `/files/${kind}/${encodeURIComponent(name)}`;
    const exp = Math.floor((this.clock.now().getTime() + ttlMs) / 1000);
    return `${path}?exp=${exp}&sig=${this.sign(`${path}?exp=${exp}`)}`;
  }

  /**
   * The name a person's deletion is logged under: keyed with the deployment's secret, so that the
   * assistant can check a given id against it and nobody holding an id (an export lists them) can.
   */
  personHash(personId: string): string {
    return `hmac:${createHmac('sha256', this.secret).update(`person:${personId}`).digest('hex').slice(0, 32)}`;
  }

  verifyFile(kind: string, name: string, exp: unknown, sig: unknown): boolean {
    if (typeof exp !== 'string' || !/^\d{1,12}$/.test(exp)) return false;
    if (Number(exp) * 1000 < this.clock.now().getTime()) return false;
    return this.matches(`/files/${kind}/${encodeURIComponent(name)}?exp=${exp}`, sig);
  }

  verifyCalendar(sessionId: string, sig: unknown, cancelled = false): boolean {
    return this.matches(`/calendar/${sessionId}.ics${cancelled ? '?cancelled' : ''}`, sig);
  }

  verifyAttendees(sessionId: string, exp: unknown, sig: unknown): boolean {
    if (typeof exp !== 'string' || !/^\d{1,12}$/.test(exp)) return false;
    if (Number(exp) * 1000 < this.clock.now().getTime()) return false;
    return this.matches(`/exports/attendees/${sessionId}.csv?exp=${exp}`, sig);
  }

  private sign(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('base64url');
  }

  private matches(text: string, sig: unknown): boolean {
    if (typeof sig !== 'string' || sig.length > 100) return false;
    const expected = Buffer.from(this.sign(text));
    const given = Buffer.from(sig);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

/** A file to send, or the status that refuses it. */
export type Download = { status: 200; contentType: string; filename: string; body: string | Buffer } | { status: 403 | 404 };

/** A file a signed `/files/<kind>/<name>` link makes when fetched. */
export interface FileContent {
  contentType: string;
  filename: string;
  body: string | Buffer;
}

/** Makes the file `name` of one kind, or undefined when there is no such file. */
export type FileMaker = (name: string) => Promise<FileContent | undefined>;

/** What the HTTP server asks for; `file` is the last path segment (`<id>.ics`). */
export interface Downloads {
  calendar(file: string, query: Record<string, unknown>): Promise<Download>;
  attendeesCsv(file: string, query: Record<string, unknown>): Promise<Download>;
  /** A signed `/files/<kind>/<name>` link: 403 for a bad or expired signature, 404 for nothing to give. */
  file(kind: string, name: string, query: Record<string, unknown>): Promise<Download>;
}

/** The download handlers over the catalogue and the bookings. */
export function createDownloads(deps: {
  links: SignedLinks;
  catalogue: SessionCatalogue;
  bookings: BookingService;
  clock: Clock;
  /** The kinds of file `/files/<kind>/<name>` serves (idea PDFs, exports, ...). */
  files?: Record<string, FileMaker>;
  /** A team's display name for the attendee list (the person's Teams name), if known. */
  teamName?: (teamId: string) => Promise<string | undefined>;
}): Downloads {
  const { links, catalogue, bookings, clock } = deps;
  const files = deps.files ?? {};
  const idOf = (file: string, extension: string) => {
    const id = file.endsWith(extension) ? file.slice(0, -extension.length) : '';
    return SESSION_ID.test(id) ? id : undefined;
  };
  return {
    async calendar(file, query) {
      const id = idOf(file, '.ics');
      const cancelled = query.cancelled === '1';
      if (!id || !links.verifyCalendar(id, query.sig, cancelled)) return { status: 403 };
      const session = await catalogue.get(id);
      if (!session) return { status: 404 };
      const language = isLanguage(query.lang) ? query.lang : 'en';
      const now = clock.now();
      return {
        status: 200,
        contentType: 'text/calendar; charset=utf-8',
        filename: `${id}.ics`,
        // A later file is a newer revision of the same event: calendars that import it update it. The
        // seat given up is newer than the seat's own file, even made in the same second.
        body: calendarInvite(session, language, { now, sequence: calendarSequence(now, session.revision ?? 0) + (cancelled ? 1 : 0), cancelled }),
      };
    },
    async attendeesCsv(file, query) {
      const id = idOf(file, '.csv');
      if (!id || !links.verifyAttendees(id, query.exp, query.sig)) return { status: 403 };
      const result = await bookings.attendeesCsv(id, { teamName: deps.teamName });
      if (!result.ok) return { status: 404 };
      return { status: 200, contentType: 'text/csv; charset=utf-8', filename: result.filename, body: result.csv };
    },
    async file(kind, name, query) {
      const make = Object.hasOwn(files, kind) ? files[kind] : undefined;
      if (!make || name.length > 200 || !links.verifyFile(kind, name, query.exp, query.sig)) return { status: 403 };
      const file = await make(name);
      return file ? { status: 200, ...file } : { status: 404 };
    },
  };
}
