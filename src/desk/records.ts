import { z } from 'zod';
import { readerText } from '../i18n/reader-text';

/**
 * What IKM decides about the call's submissions, as stored records: one status record per
 * submission (shortlisted, funding decision), one record per decision announcement, one per
 * announcement IKM writes to people. Keys are per call, so a new cycle starts empty.
 */

const isoInstant = z.string().datetime();
const adminId = z.string().min(1).max(200);
/** The longest note IKM may keep with a funding decision, in characters (the form's label says so). */
export const MAX_DECISION_NOTE = 500;
/** The longest text of an announcement in each language, in characters (the form's labels say so). */
export const MAX_ANNOUNCEMENT_TEXT = 2000;

/** Where a submission stands with IKM. */
export const submissionStatusSchema = z.object({
  reference: z.string().min(1).max(40),
  /** The submitter (their person id): the team that books clinics and is told decisions. */
  ownerId: z.string().min(1).max(200),
  /** Set while the idea is on the shortlist. */
  shortlisted: z.object({ at: isoInstant, by: adminId }).optional(),
  /** The funding decision on a shortlisted idea, with the approvals recorded. */
  decision: z
    .object({
      outcome: z.enum(['funded', 'not-funded']),
      /** Approver id (from the call file) -> when IKM recorded the approval and who recorded it. */
      approvals: z.record(z.string(), z.object({ at: isoInstant, by: adminId })),
      note: readerText(MAX_DECISION_NOTE).optional(),
      at: isoInstant,
      by: adminId,
    })
    // The approvers approve funding: a decision not to fund carries none, also one stored before
    // that was kept (boxes left ticked showed "approved by" beside "Not funded").
    .transform((decision) => (decision.outcome === 'funded' ? decision : { ...decision, approvals: {} }))
    .optional(),
  updatedAt: isoInstant,
});
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

/** The two decisions teams are told of. */
export const DECISION_KINDS = ['shortlist', 'funding'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** A decision announcement: made once; after it, the decision it announces can no longer change. */
export const decisionAnnouncementSchema = z.object({
  kind: z.enum(DECISION_KINDS),
  /** When teams are told (the call's date, or the moment IKM chose "now"). */
  tellAt: isoInstant,
  madeAt: isoInstant,
  by: adminId,
  /** How many teams were told each outcome. */
  positive: z.number().int().nonnegative(),
  negative: z.number().int().nonnegative(),
  /**
   * How many earlier announcements of this kind were called off (absent: none). It names this
   * one's messages, so that announcing again after a call-off tells the teams anew.
   */
  round: z.number().int().positive().optional(),
  /** Called off before its day: nobody was told, and the decisions may change again. */
  calledOff: z.object({ at: isoInstant, by: adminId }).optional(),
});
export type DecisionAnnouncement = z.infer<typeof decisionAnnouncementSchema>;

/** Who an announcement goes to. */
export const AUDIENCES = ['everyone', 'drafts', 'submitters', 'shortlisted', 'funded'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The text of an announcement: English, optionally French and Spanish (else English for them). */
export const announcementTextSchema = z.object({
  en: readerText(MAX_ANNOUNCEMENT_TEXT, z.string().trim().min(1)),
  fr: readerText(MAX_ANNOUNCEMENT_TEXT, z.string().trim()).optional(),
  es: readerText(MAX_ANNOUNCEMENT_TEXT, z.string().trim()).optional(),
});
export type AnnouncementText = z.infer<typeof announcementTextSchema>;

/** A message IKM sent to an audience through the outbox. */
export const announcementSchema = z.object({
  id: z.string().regex(/^A-\d{4,}$/),
  text: announcementTextSchema,
  audience: z.enum(AUDIENCES),
  /** How many people it was queued for. */
  recipients: z.number().int().nonnegative(),
  createdAt: isoInstant,
  by: adminId,
  /** Set when IKM called off what was still pending. */
  cancelledAt: isoInstant.optional(),
  /**
   * Where its messages are in the outbox (`announcementOutboxPrefix`). Absent on announcements
   * recorded before messages were kept per call: theirs stay where they were sent from.
   */
  outboxPrefix: z.string().min(1).optional(),
  /**
   * Recipients who had their data deleted since, by where their message was then: the report keeps
   * counting a message delivered before as delivered, though its outbox row is gone with them.
   */
  erased: z.object({ delivered: z.number().int().nonnegative(), failed: z.number().int().nonnegative(), unsent: z.number().int().nonnegative() }).optional(),
});
export type Announcement = z.infer<typeof announcementSchema>;

export function deskPrefix(callId: string): string {
  return `desk/${encodeURIComponent(callId)}/`;
}
export function statusKey(callId: string, reference: string): string {
  return `${deskPrefix(callId)}status/${reference}`;
}
export function statusPrefix(callId: string): string {
  return `${deskPrefix(callId)}status/`;
}
export function decisionAnnouncementKey(callId: string, kind: DecisionKind): string {
  return `${deskPrefix(callId)}decisions/${kind}`;
}
export function announcementKey(callId: string, id: string): string {
  return `${deskPrefix(callId)}announcements/${id}`;
}
export function announcementsPrefix(callId: string): string {
  return `${deskPrefix(callId)}announcements/`;
}
/**
 * The announcement made from one preview (its Send button carries the preview's id): a second press
 * of the same button finds it and sends nothing again.
 */
export function announcementFromPreviewKey(callId: string, previewId: string): string {
  return `${deskPrefix(callId)}announcement-previews/${previewId}`;
}
export function announcementCounter(callId: string): string {
  return `${deskPrefix(callId)}announcement-number`;
}
/**
 * The outbox keys of a new announcement's messages start with this: per call, as the announcement's
 * id is, so the next cycle's A-0001 is another message.
 */
export function announcementOutboxPrefix(callId: string, id: string): string {
  return `announcement/${encodeURIComponent(callId)}/${id}/`;
}
/** Where an announcement's messages are: as recorded with it, else where they were before (`announcement/A-0001/`). */
export function outboxPrefixOf(announcement: Pick<Announcement, 'id' | 'outboxPrefix'>): string {
  return announcement.outboxPrefix ?? `announcement/${announcement.id}/`;
}
