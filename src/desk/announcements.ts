import { z } from 'zod';
import type { CallConfig } from '../call';
import type { Clock } from '../clock';
import { ConversationReferences, ownerIdOfReference } from '../conversations';
import type { Draft, Submission } from '../ideas';
import type { OutboxItem, OutboxState, ReminderOutbox } from '../reminders';
import { parseRecord } from '../storage/parse-record';
import type { Store } from '../storage/store';
import {
  Announcement,
  announcementCounter,
  announcementFromPreviewKey,
  announcementKey,
  announcementOutboxPrefix,
  announcementSchema,
  outboxPrefixOf,
  announcementsPrefix,
  AnnouncementText,
  Audience,
} from './records';
import type { IdeaReview } from './review';

const DAY_MS = 24 * 60 * 60 * 1000;
/** An announcement not delivered within a week is no longer news. */
const KEEP_TRYING_DAYS = 7;

const recipientsSchema = z.object({ userIds: z.array(z.string().min(1)) });
const fromPreviewSchema = z.object({ id: z.string().regex(/^A-\d{4,}$/) });

export interface AnnouncementSources {
  ideas: { listDrafts(): Promise<Draft[]>; listSubmissions(): Promise<Submission[]> };
  review: Pick<IdeaReview, 'announcedTeams'>;
  references: ConversationReferences;
}

/** Who an audience reaches: the people in it who have a personal chat with the bot. */
export interface AudienceCount {
  audience: Audience;
  /** Everyone in the audience. */
  total: number;
  /** Those the bot can write to (a personal chat with it). */
  reachable: string[];
  /**
   * The ideas of those it cannot reach, for an audience of ideas (submitters, shortlisted, funded):
   * IKM opens each by its reference and writes to its focal point.
   */
  unreachableIdeas: string[];
}

/** Where an announcement's messages are: delivered, failed, still to go, called off. */
export interface AnnouncementReport {
  announcement: Announcement;
  delivered: number;
  failed: number;
  pending: number;
  dropped: number;
}

/**
 * Messages IKM writes to a chosen audience. The recipients are fixed when IKM confirms (stored with
 * the announcement), and the messages are derived from that record on every outbox pass, so a crash
 * halfway through queues the rest later and nobody gets it twice (one outbox key per person).
 */
export class Announcements {
  constructor(
    private readonly store: Store,
    private readonly call: CallConfig,
    private readonly outbox: ReminderOutbox,
    private readonly sources: AnnouncementSources,
    private readonly clock: Clock,
  ) {}

  /** The audience and how many of it the bot can reach. */
  async count(audience: Audience): Promise<AudienceCount> {
    const members = await this.members(audience);
    const reachable = await this.reachable();
    const unreachable = new Set([...members].filter((id) => !reachable.has(id)));
    const ofIdeas = audience === 'submitters' || audience === 'shortlisted' || audience === 'funded';
    const unreachableIdeas =
      ofIdeas && unreachable.size > 0
        ? (await this.sources.ideas.listSubmissions()).filter((submission) => unreachable.has(submission.ownerId)).map((submission) => submission.reference).sort()
        : [];
    return { audience, total: members.size, reachable: [...members].filter((id) => reachable.has(id)).sort(), unreachableIdeas };
  }

  /**
   * Records the announcement for the audience as it is now; the outbox takes it from there. Once
   * per preview (`previewId`): a second press of its Send button, even at the same moment or on
   * another instance, gets the first announcement back (`first: false`) and sends nothing.
   */
  /** The id of the announcement sent from preview `previewId`, if one was. */
  async madeFromPreview(previewId: string): Promise<string | undefined> {
    const stored = await this.store.get<unknown>(announcementFromPreviewKey(this.call.id, previewId));
    return stored ? parseRecord(fromPreviewSchema, stored.key, stored.value).id : undefined;
  }

  async create(text: AnnouncementText, audience: Audience, adminId: string, previewId: string): Promise<{ announcement: Announcement; first: boolean }> {
    const previewKey = announcementFromPreviewKey(this.call.id, previewId);
    const madeFrom = () => this.madeFromPreview(previewId);
    let id = await madeFrom();
    if (id === undefined) {
      const candidate = `A-${String(await this.store.increment(announcementCounter(this.call.id))).padStart(4, '0')}`;
      id = (await this.store.put(previewKey, { id: candidate }, 0)) === null ? await madeFrom() : candidate;
    } else {
      const made = await this.get(id);
      if (made) return { announcement: made, first: false };
    }
    // The id is this preview's from here on; whoever writes the records first wins, and a press
    // that finds them written (or a crash that left them half written) completes nothing twice.
    const key = announcementKey(this.call.id, id!);
    const { reachable } = await this.count(audience);
    // Recipients first, then the announcement that points at them: a crash in between leaves nothing to send.
    if ((await this.store.put(`${key}/recipients`, { userIds: reachable }, 0)) === null) {
      const stored = await this.store.get<unknown>(`${key}/recipients`);
      reachable.splice(0, reachable.length, ...parseRecord(recipientsSchema, `${key}/recipients`, stored?.value).userIds);
    }
    const announcement: Announcement = announcementSchema.parse({
      id,
      text,
      audience,
      recipients: reachable.length,
      createdAt: this.clock.now().toISOString(),
      by: adminId,
      outboxPrefix: announcementOutboxPrefix(this.call.id, id!),
    });
    if ((await this.store.put(key, announcement, 0)) === null) return { announcement: (await this.get(id!))!, first: false };
    return { announcement, first: true };
  }

  async get(id: string): Promise<Announcement | undefined> {
    if (!/^A-\d{4,}$/.test(id)) return undefined;
    const stored = await this.store.get<unknown>(announcementKey(this.call.id, id));
    return stored ? parseRecord(announcementSchema, stored.key, stored.value) : undefined;
  }

  /** Every announcement, newest first. */
  async list(): Promise<Announcement[]> {
    const records = await this.store.list<unknown>(announcementsPrefix(this.call.id));
    return records
      .filter((record) => !record.key.endsWith('/recipients'))
      .map((record) => parseRecord(announcementSchema, record.key, record.value))
      .reverse();
  }

  /** Delivered, failed and pending, counted from the outbox. */
  async report(id: string): Promise<AnnouncementReport | undefined> {
    const announcement = await this.get(id);
    if (!announcement) return undefined;
    const counts: Record<OutboxState, number> = await this.outbox.counts(outboxPrefixOf(announcement));
    const erased = announcement.erased ?? { delivered: 0, failed: 0, unsent: 0 };
    // Messages not yet queued (the next pass queues them) are pending too; those of people who
    // deleted their data are counted where they were then.
    const queued = Object.values(counts).reduce((sum, count) => sum + count, 0);
    const unqueued = Math.max(0, announcement.recipients - erased.delivered - erased.failed - erased.unsent - queued);
    return {
      announcement,
      delivered: counts.sent + erased.delivered,
      failed: counts.failed + erased.failed,
      pending: counts.pending + counts.claimed + (announcement.cancelledAt ? 0 : unqueued),
      dropped: counts.dropped + erased.unsent + (announcement.cancelledAt ? unqueued : 0),
    };
  }

  /** Calls off what has not gone yet; what was sent stays sent. With nothing pending, nothing changes. */
  async cancel(id: string): Promise<AnnouncementReport | undefined> {
    const key = announcementKey(this.call.id, id);
    const stored = await this.store.get<unknown>(key);
    if (!stored) return undefined;
    const announcement = parseRecord(announcementSchema, key, stored.value);
    const before = await this.report(id);
    if (before?.pending === 0) return before;
    if (!announcement.cancelledAt) {
      await this.store.put(key, { ...announcement, cancelledAt: this.clock.now().toISOString() }, stored.version);
    }
    await this.outbox.dropPending(outboxPrefixOf(announcement), 'cancelled', this.clock.now());
    return this.report(id);
  }

  /**
   * Takes a person off every announcement's recipients (they asked for their data to be deleted),
   * keeping in each report where their message was: call before their outbox rows are deleted.
   */
  async forget(userId: string): Promise<void> {
    const states = new Map((await this.outbox.rowsFor(userId)).map((row) => [row.key, row.state]));
    for (const announcement of await this.list()) {
      const key = announcementKey(this.call.id, announcement.id);
      const state = states.get(`${outboxPrefixOf(announcement)}${encodeURIComponent(userId)}`);
      const bucket = state === 'sent' ? 'delivered' : state === 'failed' ? 'failed' : 'unsent';
      await this.store.transaction(async (tx) => {
        const recipients = await tx.get<unknown>(`${key}/recipients`);
        if (!recipients) return;
        const { userIds } = parseRecord(recipientsSchema, `${key}/recipients`, recipients.value);
        if (!userIds.includes(userId)) return;
        await tx.put(`${key}/recipients`, { userIds: userIds.filter((id) => id !== userId) }, recipients.version);
        const stored = await tx.get<unknown>(key);
        if (!stored) return;
        const current = parseRecord(announcementSchema, key, stored.value);
        const erased = current.erased ?? { delivered: 0, failed: 0, unsent: 0 };
        await tx.put(key, { ...current, erased: { ...erased, [bucket]: erased[bucket] + 1 } }, stored.version);
      });
    }
  }

  /** The messages of every announcement still worth sending (for the outbox pass). */
  async items(now: Date): Promise<OutboxItem[]> {
    const items: OutboxItem[] = [];
    for (const announcement of await this.list()) {
      const created = new Date(announcement.createdAt);
      const expires = new Date(created.getTime() + KEEP_TRYING_DAYS * DAY_MS);
      if (announcement.cancelledAt || expires.getTime() <= now.getTime()) continue;
      const key = `${announcementKey(this.call.id, announcement.id)}/recipients`;
      const stored = await this.store.get<unknown>(key);
      if (!stored) continue;
      for (const userId of parseRecord(recipientsSchema, key, stored.value).userIds) {
        items.push({
          key: `${outboxPrefixOf(announcement)}${encodeURIComponent(userId)}`,
          userId,
          kind: 'announcement',
          due: created,
          expires,
          payload: { announcement: announcement.id },
        });
      }
    }
    return items;
  }

  private async members(audience: Audience): Promise<Set<string>> {
    const { ideas, review } = this.sources;
    switch (audience) {
      case 'everyone':
        return this.reachable();
      case 'drafts':
        return new Set((await ideas.listDrafts()).filter((draft) => draft.status === 'draft').map((draft) => draft.ownerId));
      case 'submitters':
        return new Set((await ideas.listSubmissions()).map((submission) => submission.ownerId));
      case 'shortlisted':
        return new Set(await review.announcedTeams('shortlist'));
      case 'funded':
        return new Set(await review.announcedTeams('funding'));
    }
  }

  /** Everyone with a personal chat with the bot. */
  /** Those of `ownerIds` the bot has no chat with (never chatted, removed it, or deleted their data). */
  async unreachable(ownerIds: Iterable<string>): Promise<Set<string>> {
    const reachable = await this.reachable();
    return new Set([...ownerIds].filter((id) => !reachable.has(id)));
  }

  private async reachable(): Promise<Set<string>> {
    const ids = new Set<string>();
    let after: string | undefined;
    do {
      const page = await this.sources.references.all({ scope: 'users', after, limit: 500 });
      for (const entry of page.entries) {
        const owner = ownerIdOfReference(entry.reference);
        if (owner) ids.add(owner);
      }
      after = page.next;
    } while (after);
    return ids;
  }
}
