import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../clock';
import { parseRecord } from '../storage/parse-record';
import type { Store } from '../storage/store';

/**
 * What IKM administrators did, for IKM to read back: who, what, when, on what. Entries are only ever
 * added (insert-if-absent under a key no one else can have); this class has no way to change or
 * remove one, and nothing else in the bot writes under its prefix. Entries name records (a reference,
 * a session id), never the content people typed.
 */

export const AUDIT_PREFIX = 'audit/';

export const AUDIT_ACTIONS = [
  'shortlist.add',
  'shortlist.remove',
  'decision.record',
  'decision.announce',
  /** Announced for a later day: nobody told yet, and it can still be called off. */
  'decision.schedule',
  'decision.calloff',
  'announcement.send',
  'announcement.cancel',
  'channel.register',
  'session.create',
  'session.update',
  'session.cancel',
  'export.download',
  'reminders.pause',
  'reminders.resume',
  'reminders.run',
  'ticket.answer',
  'ticket.suggest',
  'person.delete',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEntrySchema = z.object({
  at: z.string().datetime(),
  /** The administrator's Entra object id (or, for `person.delete`, the person themselves). */
  by: z.string().min(1).max(200),
  action: z.enum(AUDIT_ACTIONS),
  /** What it was done to: a reference, a session id, an announcement id, an export name. */
  target: z.string().max(200),
  /** A short summary in IKM's words (counts, an outcome, a date as people read it): never someone's typed text. */
  detail: z.string().max(300).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export class AuditLog {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Adds an entry; the key sorts by time, and its random tail makes it one no other entry has. */
  async record(entry: Omit<AuditEntry, 'at'>): Promise<AuditEntry> {
    const at = this.clock.now().toISOString();
    const full = auditEntrySchema.parse({ ...entry, at });
    const written = await this.store.put(`${AUDIT_PREFIX}${at}-${randomUUID()}`, full, 0);
    if (written === null) throw new Error('AuditLog: an entry key was already taken');
    return full;
  }

  /** The latest entries, newest first. */
  async latest(limit: number): Promise<AuditEntry[]> {
    const all = await this.all();
    return all.slice(-limit).reverse();
  }

  /** Every entry, oldest first. */
  async all(): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await this.store.list<unknown>(AUDIT_PREFIX, { after, limit: 1000 });
      for (const record of page) entries.push(parseRecord(auditEntrySchema, record.key, record.value));
      if (page.length < 1000) return entries;
      after = page[page.length - 1].key;
    }
  }
}
