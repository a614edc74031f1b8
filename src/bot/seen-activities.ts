import type { Clock } from '../clock';
import type { Store, StoredRecord } from '../storage/store';

const PREFIX = 'seen/';
/** Teams retries within seconds; two hours of memory is plenty and keeps the table small. */
const KEEP_HOURS = 2;
/** Teams stops resending well within this; a copy arriving later is treated as new. */
const RETRY_WINDOW_MS = 10 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** "2024-10-01T09": the hour an activity was first seen, in UTC (keys sort by time). */
function hourBucket(at: Date): string {
  return at.toISOString().slice(0, 13);
}

/** An incoming activity Teams may send twice: a message or an invoke, with its id. */
export function claimableActivity(activity: { type?: string; id?: string; conversation?: { id?: string } }): { conversationId: string; activityId: string } | undefined {
  const { type, id, conversation } = activity;
  if (!id || (type !== 'message' && type !== 'invoke')) return undefined;
  return { conversationId: conversation?.id ?? '', activityId: id };
}

/**
 * Which activities were already handled. Teams re-sends a message it got no timely answer for
 * (15 s) and an invoke after 5 s, with the same id. Claiming is an insert-if-absent, so two copies
 * arriving together cannot both pass, even on two bot instances.
 */
export class SeenActivities {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** True the first time this activity is seen; false for a retry. */
  async claim(conversationId: string, activityId: string): Promise<boolean> {
    return (await this.claimReading(conversationId, activityId, [])).firstCopy;
  }

  /**
   * Claims the activity and reads `keys` in the same round trip (a turn reads its state so):
   * `firstCopy` as `claim` says, and the records as `Store.getMany`.
   */
  async claimReading<T>(
    conversationId: string,
    activityId: string,
    keys: readonly string[],
  ): Promise<{ firstCopy: boolean; records: (StoredRecord<T> | undefined)[] }> {
    const now = this.clock.now();
    const id = `${encodeURIComponent(conversationId)}/${encodeURIComponent(activityId)}`;
    // A retry just after the hour turns finds its first copy in the previous bucket (only then is
    // that bucket read, with the rest).
    const earlier = now.getTime() % HOUR_MS < RETRY_WINDOW_MS ? `${PREFIX}${hourBucket(new Date(now.getTime() - HOUR_MS))}/${id}` : undefined;
    const { inserted, records } = await this.store.insertMarkerAndGetMany<T>(
      { key: `${PREFIX}${hourBucket(now)}/${id}`, value: 1 },
      earlier ? [...keys, earlier] : keys,
    );
    const previous = earlier ? records.pop() : undefined;
    return { firstCopy: inserted && previous === undefined, records };
  }

  /** Deletes the records of hours long past; returns how many went. Cheap: keys sort by hour. */
  async purge(batch = 500): Promise<number> {
    const cutoff = hourBucket(new Date(this.clock.now().getTime() - KEEP_HOURS * 60 * 60 * 1000));
    let removed = 0;
    for (;;) {
      const old = (await this.store.list(PREFIX, { limit: batch })).filter((record) => record.key.slice(PREFIX.length, PREFIX.length + 13) < cutoff);
      if (old.length === 0) return removed;
      for (const record of old) if (await this.store.delete(record.key)) removed += 1;
      if (old.length < batch) return removed;
    }
  }
}
