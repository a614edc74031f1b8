import { z } from 'zod';
import { FIELD_IDS, type FieldId, type FieldKind, type IdeaAnswers, SECTION_IDS, type SectionId, kindOf } from './form';
import { CANDIDATE_LANGUAGES } from './language-check';
import type { FieldWarning } from './validation';

/**
 * The stored records of the idea form (drafts and submissions), their keys and the reference
 * number format. Every record read from the store is parsed with these schemas, so a damaged or
 * hand-edited row fails loudly with its key instead of travelling on as `unknown`.
 */

/** The value schema of each field kind, as stored (already validated against the form on save). */
const storedValueByKind: Record<FieldKind, z.ZodTypeAny> = {
  text: z.string(),
  longText: z.string(),
  email: z.string(),
  choice: z.string(),
  multiChoice: z.array(z.string()),
  number: z.number(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
};

/**
 * Stored answers: every field optional, each of its kind's type. Keys the form no longer has are
 * dropped (not refused), so that removing a field from the form does not make old drafts unreadable.
 */
export const storedAnswersSchema = z
  .object(Object.fromEntries(FIELD_IDS.map((field) => [field, storedValueByKind[kindOf(field)].optional()])))
  .strip() as unknown as z.ZodType<Partial<IdeaAnswers>, z.ZodTypeDef, unknown>;

const fieldIdSchema = z.enum(FIELD_IDS as [FieldId, ...FieldId[]]);
const sectionIdSchema = z.enum(SECTION_IDS);
const detectedLanguageSchema = z.enum(CANDIDATE_LANGUAGES).exclude(['en']);

export const fieldWarningSchema: z.ZodType<FieldWarning, z.ZodTypeDef, unknown> = z.discriminatedUnion('code', [
  z.object({ field: fieldIdSchema, code: z.literal('notEnglish'), params: z.object({ detected: detectedLanguageSchema }) }),
  z.object({ field: fieldIdSchema, code: z.literal('notIomAddress'), params: z.object({ domain: z.string() }) }),
]);

const isoInstant = z.string().datetime();
const revision = z.number().int().positive();

/** For each section, the draft revision at which its answers last changed (absent: never). */
const sectionRevisionsSchema = z
  .object(Object.fromEntries(SECTION_IDS.map((section) => [section, revision.optional()])))
  .strip() as unknown as z.ZodType<Partial<Record<SectionId, number>>, z.ZodTypeDef, unknown>;

/** A focal point's idea in progress (or submitted) for one call. */
export const draftSchema = z.object({
  callId: z.string(),
  /** Whom the draft belongs to: the user's AAD object id, or Teams id when there is none. */
  ownerId: z.string(),
  answers: storedAnswersSchema,
  /** 1 when created, +1 each time an answer changes. Cards carry it to detect out-of-date submits. */
  revision,
  sectionRevisions: sectionRevisionsSchema,
  status: z.enum(['draft', 'submitted']),
  /** Set once submitted. */
  reference: z.string().optional(),
  submittedAt: isoInstant.optional(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  /** The section saved most recently, to resume there. */
  lastSection: sectionIdSchema,
  /** Warnings about the stored answers (language, e-mail domain), shown on review and sent to IKM. */
  warnings: z.array(fieldWarningSchema),
}).refine((draft) => draft.status === 'draft' || (draft.reference !== undefined && draft.submittedAt !== undefined), {
  message: 'a submitted draft must have its reference and submittedAt',
});
export type Draft = z.output<typeof draftSchema>;

/** What IKM receives for one idea. */
export const submissionSchema = z.object({
  /** `IH-<callId>-0007`. */
  reference: z.string(),
  /** The number inside the reference, for ordering past 9999. */
  sequence: z.number().int().positive(),
  callId: z.string(),
  ownerId: z.string(),
  submittedAt: isoInstant,
  /** The draft revision that was submitted. */
  revision,
  /** The answers of the fields that apply (a coordinating office only for HQ departments...). */
  answers: storedAnswersSchema,
  warnings: z.array(fieldWarningSchema),
});
export type Submission = z.output<typeof submissionSchema>;

/** Key prefix of everything the idea form stores for a call. */
export function ideasPrefix(callId: string): string {
  return `ideas/${callId}/`;
}

/** Owner ids are AAD object ids or Teams ids ("29:1a2b..."): encoded so no "/" can shift the key. */
export function draftKey(callId: string, ownerId: string): string {
  return `${ideasPrefix(callId)}drafts/${encodeURIComponent(ownerId)}`;
}

export function draftsPrefix(callId: string): string {
  return `${ideasPrefix(callId)}drafts/`;
}

export function submissionKey(callId: string, reference: string): string {
  return `${submissionsPrefix(callId)}${reference}`;
}

export function submissionsPrefix(callId: string): string {
  return `${ideasPrefix(callId)}submissions/`;
}

/** The counter that numbers a call's submissions. */
export function referenceCounter(callId: string): string {
  return `${ideasPrefix(callId)}reference`;
}

/** `IH-2024-0007`: the call id and the sequence number on at least four digits. */
export function formatReference(callId: string, sequence: number): string {
  return `IH-${callId}-${String(sequence).padStart(4, '0')}`;
}

/**
 * A reference as a person may type it ("ih-2024-7", " IH-2024-0007 ") in its canonical form for
 * `callId`; undefined when it is not a reference of that call.
 */
export function normalizeReference(callId: string, text: string): string | undefined {
  const match = /^IH-(.+)-(\d{1,9})$/i.exec(text.trim());
  if (!match || match[1].toLowerCase() !== callId.toLowerCase()) return undefined;
  const sequence = Number(match[2]);
  return sequence > 0 ? formatReference(callId, sequence) : undefined;
}


export { parseRecord } from '../storage/parse-record';
