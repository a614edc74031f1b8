import type { Clock } from '../clock';
import { type Store, updateRecord } from '../storage/store';
import type { RuleRefusal } from './booking-results';
import { teamRuleRefusal } from './booking-rules';
import {
  type BookingEntry,
  type PlaceRecord,
  type TeamBookings,
  TEAMS_PREFIX,
  numberOfKey,
  parseRecord,
  placeSchema,
  placesPrefix,
  seatKey,
  seatsPrefix,
  teamBookingsSchema,
  teamKey,
} from './records';
import type { Session } from './sessions';

/**
 * The records every part of the booking service reads and changes: team records (compare-and-set),
 * seat and place records (insert-if-absent), and the rules that span a team's sessions. The parts
 * (claims, waitlist, moves, repair, lists) extend this class; see `BookingService` for the whole.
 */

/** Where the service reads sessions: a `SessionCatalogue`. */
export interface SessionLookup {
  get(id: string): Promise<Session | undefined>;
}

/** Longest accepted team id (Entra object ids have 36 characters, Teams ids about 80). */
const MAX_TEAM_ID_LENGTH = 200;

/** A seat or place record as listed. */
export interface Holding {
  key: string;
  version: number;
  number: number;
  teamId: string;
  value: PlaceRecord;
}

/** A seat this process holds and may hand over. */
export interface HeldSeat {
  seat: number;
  version: number;
}

export type SeatOutcome = HeldSeat | 'none' | 'closed';

/** What every part shares: the store, the sessions, the clock and the two rules' settings. */
export interface BookingContext {
  store: Store;
  sessions: SessionLookup;
  clock: Clock;
  /** How many clinics of the same topic one team may hold. */
  topicLimit: number;
  /** Age (by the clock) after which a pending claim holding nothing is abandoned. */
  pendingTimeoutMs: number;
}

export class BookingRecords {
  protected readonly store: Store;
  protected readonly sessions: SessionLookup;
  protected readonly clock: Clock;

  constructor(protected readonly context: BookingContext) {
    this.store = context.store;
    this.sessions = context.sessions;
    this.clock = context.clock;
  }

  /**
   * Takes a free seat (1..capacity) for the team: an insert-if-absent per candidate, lowest number
   * first so that taken seats stay packed at the bottom (an admin can then lower the capacity down
   * to the number of teams). After taking one it reads the session again: an admin lowering the
   * capacity or cancelling meanwhile is seen here or sees us.
   */
  async takeSeat(sessionId: string, teamId: string, now: Date): Promise<SeatOutcome> {
    const session = await this.sessions.get(sessionId);
    if (!session || session.status !== 'scheduled') return 'closed';
    const held = new Set((await this.store.list<unknown>(seatsPrefix(sessionId))).map((record) => numberOfKey(record.key)));
    const free: number[] = [];
    for (let seat = 1; seat <= session.capacity; seat += 1) if (!held.has(seat)) free.push(seat);
    for (const seat of free) {
      const version = await this.store.put(seatKey(sessionId, seat), { teamId, since: now.toISOString() }, 0);
      if (version === null) continue;
      const fresh = await this.sessions.get(sessionId);
      if (fresh && fresh.status === 'scheduled' && seat <= fresh.capacity) return { seat, version };
      await this.store.delete(seatKey(sessionId, seat), version);
      return fresh && fresh.status === 'scheduled' ? 'none' : 'closed';
    }
    return 'none';
  }

  isStale(entry: BookingEntry, now: Date): boolean {
    return now.getTime() - Date.parse(entry.updatedAt) > this.context.pendingTimeoutMs;
  }

  /** `teamRuleRefusal` with the configured topic limit. */
  ruleRefusal(
    target: Session,
    team: TeamBookings,
    sessions: ReadonlyMap<string, Session | undefined>,
    ignore?: string,
  ): RuleRefusal | 'reload' | undefined {
    return teamRuleRefusal(target, team, sessions, this.context.topicLimit, ignore);
  }

  async loadSessions(team: TeamBookings, sessions: Map<string, Session | undefined>): Promise<void> {
    for (const sessionId of Object.keys(team.entries)) await this.cachedSession(sessionId, sessions);
  }

  async cachedSession(sessionId: string, sessions: Map<string, Session | undefined>): Promise<Session | undefined> {
    if (!sessions.has(sessionId)) sessions.set(sessionId, await this.sessions.get(sessionId));
    return sessions.get(sessionId);
  }

  async readTeam(teamId: string): Promise<TeamBookings> {
    const key = teamKey(teamId);
    const record = await this.store.get<unknown>(key);
    return record ? parseRecord(teamBookingsSchema, key, record.value) : { teamId, entries: {} };
  }

  async readTeams(teamIds: readonly string[]): Promise<Map<string, TeamBookings>> {
    const unique = [...new Set(teamIds)];
    const teams = await Promise.all(unique.map((teamId) => this.readTeam(teamId)));
    return new Map(teams.map((team) => [team.teamId, team]));
  }

  async listTeams(): Promise<TeamBookings[]> {
    const records = await this.store.list<unknown>(TEAMS_PREFIX);
    return records.map((record) => parseRecord(teamBookingsSchema, record.key, record.value));
  }

  /** Compare-and-set of the team record; `fn` may run more than once and must only compute. */
  async updateTeam(teamId: string, fn: (team: TeamBookings) => TeamBookings | undefined): Promise<TeamBookings> {
    const key = teamKey(teamId);
    const record = await updateRecord<unknown>(this.store, key, (current) =>
      fn(current === undefined ? { teamId, entries: {} } : parseRecord(teamBookingsSchema, key, current)),
    );
    return record ? parseRecord(teamBookingsSchema, key, record.value) : { teamId, entries: {} };
  }

  async listHoldings(prefix: string): Promise<Holding[]> {
    const records = await this.store.list<unknown>(prefix);
    return records.map((record) => {
      const value = parseRecord(placeSchema, record.key, record.value);
      return { key: record.key, version: record.version, number: numberOfKey(record.key), teamId: value.teamId, value };
    });
  }

  /** 1 + the places ahead of `place` on the session's waitlist. */
  async positionOf(sessionId: string, place: number): Promise<number> {
    const places = await this.store.list<unknown>(placesPrefix(sessionId));
    return places.filter((record) => numberOfKey(record.key) < place).length + 1;
  }
}

/** The entry holding `seat`, no longer pending nor waiting; a finished move names what it left. */
export function confirmedEntry(entry: BookingEntry, seat: number, now: Date): BookingEntry {
  const { rescheduledFrom: from, ...rest } = entry;
  return { ...rest, state: 'confirmed', seat, updatedAt: now.toISOString(), ...(from ? { movedFrom: from } : {}) };
}

/** `updated` with the timestamps of `before`, to compare what else changed. */
export function sameTimes(updated: BookingEntry, before: BookingEntry): BookingEntry {
  return { ...updated, updatedAt: before.updatedAt };
}

/** The team record with one entry set, or removed when `entry` is undefined. */
export function withEntry(team: TeamBookings, sessionId: string, entry: BookingEntry | undefined): TeamBookings {
  const entries = { ...team.entries };
  if (entry === undefined) delete entries[sessionId];
  else entries[sessionId] = entry;
  return { ...team, entries };
}

export function assertTeamId(teamId: string): void {
  if (typeof teamId !== 'string' || teamId.trim() === '' || teamId.length > MAX_TEAM_ID_LENGTH) {
    throw new TypeError(`BookingService: team id must be a non-empty string of at most ${MAX_TEAM_ID_LENGTH} characters`);
  }
}
