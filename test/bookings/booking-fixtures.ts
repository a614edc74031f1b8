import { FixedClock } from '../../src/clock';
import {
  BookingService,
  type BookingServiceOptions,
  type Session,
  SessionCatalogue,
  type SessionInput,
  type Topic,
  sessionSchema,
} from '../../src/bookings';
import type { Store } from '../../src/storage/store';
import { type EngineTarget, uniqueName } from '../storage/engines';

/** Shared pieces of the bookings tests: a fixed "now", sessions around it, services over a store. */

/** Saturday 1 March 2025, 09:00 UTC. */
export const NOW = new Date('2025-03-01T09:00:00.000Z');

const text = (en: string) => ({ en, fr: `${en} (fr)`, es: `${en} (es)` });

export const TOPICS: Topic[] = [
  { id: 'business-model', label: text('Business model') },
  { id: 'monitoring-evaluation', label: text('Monitoring and evaluation') },
  { id: 'scaling', label: text('Scaling') },
  { id: 'proposal-writing', label: text('Proposal writing') },
];

/**
 * A valid session: by default a 10-seat workshop on 10 March 2025 at 09:00 UTC, open to everyone,
 * booking open from 20 February until one hour before the start.
 */
export function makeSession(overrides: Partial<SessionInput> & { id: string }): Session {
  const clinic = overrides.kind === 'clinic';
  const start = overrides.start ?? '2025-03-10T09:00:00Z';
  return sessionSchema.parse({
    kind: 'workshop',
    title: text(`Session ${overrides.id}`),
    description: text(`About ${overrides.id}`),
    topic: 'business-model',
    host: 'IKM unit',
    start: '2025-03-10T09:00:00Z',
    durationMinutes: clinic ? 45 : 60,
    format: 'online',
    joinUrl: `https://teams.microsoft.com/l/meetup-join/${overrides.id}`,
    capacity: clinic ? 1 : 10,
    bookingOpens: '2025-02-20T00:00:00Z',
    bookingCloses: new Date(Date.parse(start) - 3_600_000).toISOString(),
    cancellationCutoffHours: 24,
    audience: 'everyone',
    status: 'scheduled',
    ...overrides,
  });
}

/** Opens a store on fresh tables (a unique table prefix), so tests never share rows. */
export async function openFreshStore(target: EngineTarget, tablePrefix = `b${uniqueName()}_`): Promise<Store> {
  return target.open({ tablePrefix });
}

export interface Harness {
  store: Store;
  clock: FixedClock;
  catalogue: SessionCatalogue;
  bookings: BookingService;
}

/** Catalogue and booking service over `store`, with a clock standing at `NOW`. */
export function makeHarness(
  store: Store,
  sessions: readonly Session[],
  options: Partial<BookingServiceOptions> & { clock?: FixedClock } = {},
): Harness {
  const clock = options.clock ?? new FixedClock(NOW);
  // Wired as the bot does: the catalogue packs seats through the booking service made after it.
  const catalogue: SessionCatalogue = new SessionCatalogue(store, sessions, clock, {
    topics: TOPICS,
    compactSeats: (sessionId) => bookings.compactSeats(sessionId),
  });
  const bookings: BookingService = new BookingService(store, catalogue, clock, {
    shortlisted: () => [],
    clinicsPerTopicPerTeam: 1,
    ...options,
  });
  return { store, clock, catalogue, bookings };
}

/** `count` team ids `<prefix>-000`, `<prefix>-001`, ... */
export function teamIds(count: number, prefix = 'team'): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}-${String(index).padStart(3, '0')}`);
}

/** A store on fresh tables before each test, closed after it. */
export function useFreshStore(target: () => EngineTarget): () => Store {
  let store: Store | undefined;
  beforeEach(async () => {
    store = await openFreshStore(target());
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
  return () => {
    if (!store) throw new Error('store not open');
    return store;
  };
}

/** Hours in milliseconds. */
export const HOUR = 3_600_000;
