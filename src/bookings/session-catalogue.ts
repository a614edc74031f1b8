import type { Clock } from '../clock';
import { type Store, type StoredRecord, updateRecord } from '../storage/store';
import {
  CATALOGUE_PREFIX,
  type CatalogueRecord,
  catalogueKey,
  catalogueRecordSchema,
  numberOfKey,
  parseRecord,
  placeSchema,
  placesPrefix,
  seatSchema,
  seatsPrefix,
} from './records';
import { type Session, type SessionKind, type SessionProblem, type Topic, changedForTeams, parseInstant, sessionEnd, sessionProblems, sessionRuleProblems, sessionSchema } from './sessions';

/**
 * The sessions teams can book: those of the catalogue file, and those an admin created or changed
 * (stored under `bookings/catalogue/<id>`; a stored session wins over the file's session with the
 * same id). Reads always give validated `Session`s.
 */

/** Options of `SessionCatalogue.list`. */
export interface CatalogueListOptions {
  kind?: SessionKind;
  topic?: string;
  /** Only sessions starting at or after this instant. */
  from?: Date;
  /** Also list cancelled sessions. Default false. */
  includeCancelled?: boolean;
}

/** `create` / `update`: the session as stored, or why nothing was stored. */
export type CatalogueWriteResult =
  | { ok: true; session: Session }
  | { ok: false; reason: 'not-found' }
  /** `create`: a session with this id exists (in the file or the store). */
  | { ok: false; reason: 'exists' }
  | { ok: false; reason: 'invalid'; problems: SessionProblem[] }
  /** `update` of a cancelled session. */
  | { ok: false; reason: 'cancelled' }
  /**
   * `update` lowering the capacity below the `booked` seats (or, without `compactSeats`, below a
   * seat number already taken).
   */
  | { ok: false; reason: 'capacity-below-booked'; booked: number };

/** `cancel`: the teams to tell, or not-found. */
export type CancelSessionResult =
  | {
      ok: true;
      session: Session;
      /** True when it was already cancelled (nothing changed; the teams are listed again). */
      alreadyCancelled: boolean;
      /** Teams holding a seat, in seat order. */
      confirmed: string[];
      /** Teams on the waitlist, in waitlist order. */
      waitlisted: string[];
    }
  | { ok: false; reason: 'not-found' }
  /** It has ended: there is nothing left to cancel (its teams were there, or not). */
  | { ok: false; reason: 'over'; session: Session };

/** Options of the `SessionCatalogue`. */
export interface SessionCatalogueOptions {
  /**
   * The topics sessions may use (`loadCatalogueFile(...).topics`); when absent, admin sessions may
   * use only the topics of the file's sessions.
   */
  topics?: readonly Topic[];
  /**
   * Packs taken seats at the bottom before a capacity is lowered:
   * `(id) => bookings.compactSeats(id)` (the BookingService is made after the catalogue; a closure
   * over it is fine). Without it, lowering is refused while a seat above the new capacity is taken.
   */
  compactSeats?: (sessionId: string) => Promise<unknown>;
}

/** Fields an admin cannot change with `update` (`status` changes through `cancel`). */
const READ_ONLY_FIELDS = ['id', 'status', 'rescheduled', 'revision'] as const;

export class SessionCatalogue {
  private readonly fileSessions: ReadonlyMap<string, Session>;
  private readonly topicList: readonly Topic[];
  private readonly compactSeats: ((sessionId: string) => Promise<unknown>) | undefined;

  /** @param fileSessions the sessions of the catalogue file (`loadCatalogueFile(...).sessions`). */
  constructor(
    private readonly store: Store,
    fileSessions: readonly Session[],
    private readonly clock: Clock,
    options: SessionCatalogueOptions = {},
  ) {
    this.fileSessions = new Map(fileSessions.map((session) => [session.id, session]));
    this.topicList = options.topics ?? [];
    this.compactSeats = options.compactSeats;
  }

  /** The topics of the catalogue, in file order. */
  topics(): readonly Topic[] {
    return this.topicList;
  }

  /** Sessions matching the filters, by start time (then id). */
  async list(options: CatalogueListOptions = {}): Promise<Session[]> {
    const stored = await this.store.list<unknown>(CATALOGUE_PREFIX);
    const byId = new Map(this.fileSessions);
    for (const record of stored) {
      const parsed = parseRecord(catalogueRecordSchema, record.key, record.value);
      byId.set(parsed.session.id, parsed.session);
    }
    return [...byId.values()]
      .filter((session) => options.includeCancelled || session.status === 'scheduled')
      .filter((session) => options.kind === undefined || session.kind === options.kind)
      .filter((session) => options.topic === undefined || session.topic === options.topic)
      .filter((session) => options.from === undefined || Date.parse(session.start) >= options.from.getTime())
      .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  }

  /** One session (the admin version when there is one), or undefined. */
  async get(id: string): Promise<Session | undefined> {
    if (typeof id !== 'string' || !/^[a-z0-9-]{1,80}$/.test(id)) return undefined;
    const record = await this.store.get<unknown>(catalogueKey(id));
    if (record) return parseRecord(catalogueRecordSchema, record.key, record.value).session;
    return this.fileSessions.get(id);
  }

  /**
   * Adds a session; refused when its id is taken, it does not pass the schema and topic list, or it
   * starts before now (by the clock): nobody could book it.
   */
  async create(input: unknown, byAdminId: string): Promise<CatalogueWriteResult> {
    const checked = this.validate(input, { startAfter: this.clock.now() });
    if (!checked.ok) return checked;
    const session = checked.session;
    if (this.fileSessions.has(session.id)) return { ok: false, reason: 'exists' };
    const now = this.clock.now().toISOString();
    const record: CatalogueRecord = { session, createdBy: byAdminId, updatedBy: byAdminId, updatedAt: now };
    const version = await this.store.put(catalogueKey(session.id), record, 0);
    return version === null ? { ok: false, reason: 'exists' } : { ok: true, session };
  }

  /**
   * Changes some fields of a session (not `id` nor `status`). Lowering the capacity below the number
   * of teams holding a seat is refused; otherwise taken seats are first packed below the new
   * capacity (`compactSeats`), and bookings racing the change are checked again after it is
   * written. After raising the capacity, call `BookingService.fillFreeSeats` so the waitlist moves up.
   */
  async update(id: string, patch: unknown, byAdminId: string): Promise<CatalogueWriteResult> {
    if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
      return { ok: false, reason: 'invalid', problems: [{ path: '(session)', code: 'invalid-type' }] };
    }
    const readOnly = READ_ONLY_FIELDS.filter((field) => Object.prototype.hasOwnProperty.call(patch, field));
    if (readOnly.length > 0) {
      return { ok: false, reason: 'invalid', problems: readOnly.map((field) => ({ path: field, code: 'read-only' })) };
    }
    const key = catalogueKey(id);
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const stored = await this.store.get<unknown>(key);
      const current = stored ? parseRecord(catalogueRecordSchema, key, stored.value) : undefined;
      const session = current?.session ?? this.fileSessions.get(id);
      if (!session) return { ok: false, reason: 'not-found' };
      if (session.status === 'cancelled') return { ok: false, reason: 'cancelled' };
      // A start moved into the past is refused; an unchanged one may have passed (a title fixed afterwards).
      const merged = { ...session, ...patch, id: session.id, status: session.status };
      const startChanged = parseInstant((merged as { start?: unknown }).start)?.toISOString() !== session.start;
      const checked = this.validate(merged, startChanged ? { startAfter: this.clock.now() } : {});
      if (!checked.ok) {
        // Every problem at once: a capacity below the seats taken is named beside the others, not
        // in a second round once they are mended.
        const capacity = (merged as { capacity?: unknown }).capacity;
        const capacityRead = typeof capacity === 'number' && Number.isInteger(capacity) && !checked.problems.some((problem) => problem.path === 'capacity');
        if (capacityRead && capacity < session.capacity) {
          const seats = await this.takenSeats(id);
          if (seats.count > capacity) checked.problems.push({ path: 'capacity', code: 'below-booked', params: { booked: seats.count } });
        }
        return checked;
      }
      const lowered = checked.session.capacity < session.capacity;
      if (lowered) {
        const seats = await this.takenSeats(id);
        if (seats.count > checked.session.capacity) return { ok: false, reason: 'capacity-below-booked', booked: seats.count };
        if (seats.highest > checked.session.capacity && this.compactSeats) await this.compactSeats(id);
        const packed = await this.takenSeats(id);
        if (packed.highest > checked.session.capacity) return { ok: false, reason: 'capacity-below-booked', booked: packed.count };
      }
      const told = changedForTeams(session, checked.session);
      const record: CatalogueRecord = {
        session: {
          ...checked.session,
          ...(startChanged ? { rescheduled: (session.rescheduled ?? 0) + 1 } : {}),
          ...(told ? { revision: (session.revision ?? 0) + 1 } : {}),
        },
        ...(current?.createdBy ? { createdBy: current.createdBy } : {}),
        updatedBy: byAdminId,
        updatedAt: this.clock.now().toISOString(),
      };
      const version = await this.store.put(key, record, stored?.version ?? 0);
      if (version === null) continue;
      if (lowered) {
        // A booker may have read the old capacity and taken a high seat between our check and
        // write. Bookers check the capacity again after taking a seat, and we check the seats again
        // after writing: one of the two sees the other, so a seat above the capacity never stays.
        const seats = await this.takenSeats(id);
        if (seats.highest > checked.session.capacity) {
          await this.revert(key, stored, version);
          return { ok: false, reason: 'capacity-below-booked', booked: seats.count };
        }
      }
      return { ok: true, session: checked.session };
    }
    throw new Error(`SessionCatalogue.update: session "${id}" kept changing under 10 attempts`);
  }

  /**
   * Cancels a session and lists the teams to tell. Their bookings stay recorded (they show as a
   * cancelled session); reminders stop. A booking racing the cancellation either sees it (and is
   * refused) or is listed here, because bookers read the status after taking their seat or place
   * and this lists them after writing it.
   */
  async cancel(id: string, byAdminId: string): Promise<CancelSessionResult> {
    const key = catalogueKey(id);
    let alreadyCancelled = false;
    let over = false;
    let session: Session | undefined;
    await updateRecord<unknown>(this.store, key, (current) => {
      const parsed = current === undefined ? undefined : parseRecord(catalogueRecordSchema, key, current);
      const found = parsed?.session ?? this.fileSessions.get(id);
      session = found;
      alreadyCancelled = found?.status === 'cancelled';
      if (!found || alreadyCancelled) return undefined;
      if (sessionEnd(found).getTime() <= this.clock.now().getTime()) {
        over = true;
        return undefined;
      }
      // A newer revision: a calendar importing the file again takes the cancellation.
      session = { ...found, status: 'cancelled', revision: (found.revision ?? 0) + 1 };
      return {
        ...parsed,
        session,
        updatedBy: byAdminId,
        updatedAt: this.clock.now().toISOString(),
      } satisfies CatalogueRecord;
    });
    if (!session) return { ok: false, reason: 'not-found' };
    if (over) return { ok: false, reason: 'over', session };
    const seats = await this.store.list<unknown>(seatsPrefix(id));
    const places = await this.store.list<unknown>(placesPrefix(id));
    const confirmed = unique(seats.map((seat) => parseRecord(seatSchema, seat.key, seat.value).teamId));
    const held = new Set(confirmed);
    const waitlisted = unique(places.map((place) => parseRecord(placeSchema, place.key, place.value).teamId)).filter(
      (teamId) => !held.has(teamId),
    );
    return { ok: true, session, alreadyCancelled, confirmed, waitlisted };
  }

  /**
   * The schema, the topic list and, for a new start, `startAfter` (now). The schema itself cannot
   * say "not in the past": it also reads stored and file sessions, which pass their start in time.
   */
  private validate(
    input: unknown,
    options: { startAfter?: Date } = {},
  ): { ok: true; session: Session } | { ok: false; reason: 'invalid'; problems: SessionProblem[] } {
    const parsed = sessionSchema.safeParse(input);
    const problems = parsed.success ? [] : sessionProblems(parsed.error.issues);
    // The rules between fields, which the schema skips while a field fails: every problem at once.
    if (!parsed.success) {
      for (const problem of sessionRuleProblems(input)) {
        if (!problems.some((known) => known.path === problem.path && known.code === problem.code)) problems.push(problem);
      }
    }
    const start = parseInstant((input as { start?: unknown } | null)?.start);
    if (options.startAfter && start && start.getTime() <= options.startAfter.getTime()) {
      problems.unshift({ path: 'start', code: 'start-in-past', params: { now: options.startAfter.toISOString() } });
    }
    const topic = (input as { topic?: unknown } | null)?.topic;
    const known = this.knownTopics();
    if (typeof topic === 'string' && !known.has(topic) && !problems.some((problem) => problem.path === 'topic')) {
      problems.push({ path: 'topic', code: 'unknown-topic', params: { topics: [...known] } });
    }
    if (!parsed.success || problems.length > 0) return { ok: false, reason: 'invalid', problems };
    return { ok: true, session: parsed.data };
  }

  private knownTopics(): Set<string> {
    if (this.topicList.length > 0) return new Set(this.topicList.map((topic) => topic.id));
    return new Set([...this.fileSessions.values()].map((session) => session.topic));
  }

  /** How many seats of a session are taken, and the highest number taken (0 when none). */
  private async takenSeats(sessionId: string): Promise<{ count: number; highest: number }> {
    const seats = await this.store.list<unknown>(seatsPrefix(sessionId));
    return { count: seats.length, highest: seats.reduce((highest, seat) => Math.max(highest, numberOfKey(seat.key)), 0) };
  }

  /** Puts back what was stored before our write, unless someone wrote after us. */
  private async revert(key: string, before: StoredRecord<unknown> | undefined, ourVersion: number): Promise<void> {
    if (before) await this.store.put(key, before.value, ourVersion);
    else await this.store.delete(key, ourVersion);
  }
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
