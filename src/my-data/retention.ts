import type { CallConfig } from '../call';
import type { Store } from '../storage/store';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a retention pass removed. */
export interface RetentionReport {
  drafts: number;
  checks: number;
}

/**
 * Removes, by itself, what has no use once a call is over: unsubmitted drafts and eligibility answers
 * of calls closed more than `retentionDays` ago. The running call closes when its funding is
 * announced; a call the bot no longer runs closed at the latest when its record was last touched.
 * Submitted ideas (and their drafts), proposals and IKM's decisions are kept.
 */
export async function applyRetention(store: Store, call: CallConfig, now: Date, retentionDays: number): Promise<RetentionReport> {
  const limit = now.getTime() - retentionDays * DAY_MS;
  const currentClosedLongAgo = call.timeline.fundingAnnouncement.getTime() < limit;
  const expired = (callId: string, touched: unknown) =>
    callId === encodeURIComponent(call.id) ? currentClosedLongAgo : typeof touched === 'string' && Date.parse(touched) < limit;
  const report: RetentionReport = { drafts: 0, checks: 0 };
  for (const record of await store.list<{ status?: unknown; updatedAt?: unknown }>('ideas/')) {
    const match = /^ideas\/([^/]+)\/drafts\//.exec(record.key);
    if (!match || record.value?.status === 'submitted') continue;
    if (expired(match[1], record.value?.updatedAt) && (await store.delete(record.key, record.version))) report.drafts += 1;
  }
  for (const record of await store.list<{ checkedAt?: unknown }>('eligibility/')) {
    const match = /^eligibility\/([^/]+)\/checks\//.exec(record.key);
    if (match && expired(match[1], record.value?.checkedAt) && (await store.delete(record.key, record.version))) report.checks += 1;
  }
  return report;
}
