import { isDeepStrictEqual } from 'node:util';
import type { CallConfig } from '../call/call-schema';
import { isIdeaDeadlinePast } from '../call/timeline';
import type { Clock } from '../clock';
import { type ReadAhead, type Store, updateRecord } from '../storage/store';
import { FIELD_IDS, type FieldId, type IdeaAnswers, type SectionId, isAnswered, isFieldId, isSectionId, sectionOf } from './form';
import {
  type Draft,
  type Submission,
  draftKey,
  draftSchema,
  draftsPrefix,
  formatReference,
  normalizeReference,
  parseRecord,
  referenceCounter,
  submissionKey,
  submissionSchema,
  submissionsPrefix,
} from './records';
import {
  type FieldProblem,
  type FieldWarning,
  applicableAnswers,
  setAnswer,
  validateField,
  validateSection,
  validateSubmission,
} from './validation';

/**
 * Drafts and submissions of the idea form for one call, over a `Store`.
 *
 * One draft per focal point per call, under `ideas/<callId>/drafts/<ownerId>`. Every change is a
 * compare-and-set on the stored record, so concurrent turns (two cards, a Teams retry, two bot
 * processes) never overwrite each other's answers. Submitting allocates the reference number,
 * writes the submission and closes the draft in one transaction.
 *
 * Revisions and out-of-date cards: a card carries the draft revision it was drawn from. A section's
 * card is out of date ("stale") only when that section's answers changed after its revision: a card
 * for section 4 stays good while the user saves section 2 from another card. A submit that changes
 * nothing (Teams resending the same card) succeeds whatever its revision. The review card must show
 * exactly what is submitted, so `submit` needs the current revision.
 */

/** Longest accepted owner id (AAD object ids have 36 characters, Teams ids about 80). */
const MAX_OWNER_ID_LENGTH = 200;

/** Rounds of `submit` after its transaction saw the draft change under it. */
const SUBMIT_ATTEMPTS = 10;

/** `startDraft`: the draft, and whether this call created it. */
export interface StartDraftResult {
  draft: Draft;
  created: boolean;
}

/** `saveSection`: saved (possibly with problems for some fields), or refused with a reason. */
export type SaveSectionResult =
  | {
      ok: true;
      /** The draft as stored now. */
      draft: Draft;
      /** Fields that could not be accepted; every other sent field was stored. */
      problems: FieldProblem[];
      /** Warnings about the accepted answers of this save. */
      warnings: FieldWarning[];
      /** What was sent for each field with a problem, to show it again in the card. */
      entered: Partial<Record<FieldId, string>>;
    }
  | { ok: false; reason: 'no-draft' }
  | { ok: false; reason: 'submitted'; reference: string }
  /** After the idea deadline the draft no longer changes (an old section card pressed late). */
  | { ok: false; reason: 'deadline-passed'; deadline: Date }
  /** The section changed since the card's revision: nothing was stored; `draft` is the current one. */
  | { ok: false; reason: 'stale'; draft: Draft };

/** `submit`: the reference, or why the idea was not submitted. */
export type SubmitResult =
  | { ok: true; alreadySubmitted: boolean; reference: string; submittedAt: string }
  | { ok: false; reason: 'no-draft' }
  /** Before the call's launch. */
  | { ok: false; reason: 'not-open'; opens: Date }
  /** After the idea deadline (the deadline minute itself is still on time). */
  | { ok: false; reason: 'deadline-passed'; deadline: Date }
  /** The review card is older than the draft. */
  | { ok: false; reason: 'stale'; draft: Draft }
  | { ok: false; reason: 'incomplete'; problems: FieldProblem[] };

/** Thrown inside the submit transaction when the draft changed since it was read: run again. */
class DraftChanged extends Error {}

export class IdeaService {
  constructor(
    private readonly store: Store,
    private readonly call: CallConfig,
    private readonly clock: Clock,
  ) {}

  /** The call this service works for. */
  get callId(): string {
    return this.call.id;
  }

  /** The owner's draft (submitted or not), or undefined; from `ahead` when it was read ahead. */
  async getDraft(ownerId: string, ahead?: ReadAhead): Promise<Draft | undefined> {
    const key = this.draftKey(ownerId);
    const known = ahead?.(key);
    const record = known ? known.record : await this.store.get<unknown>(key);
    return record ? parseRecord(draftSchema, key, record.value) : undefined;
  }

  /** Every draft of the call (submitted ones included), by owner id order. */
  /**
   * Removes the person's draft unless it was submitted (a submitted idea stays with IKM, and its
   * draft is what keeps the person at one idea per call). True when a draft was removed.
   */
  async deleteDraft(ownerId: string): Promise<boolean> {
    const key = this.draftKey(ownerId);
    const stored = await this.store.get<unknown>(key);
    if (!stored || parseRecord(draftSchema, key, stored.value).status === 'submitted') return false;
    return this.store.delete(key, stored.version);
  }

  async listDrafts(): Promise<Draft[]> {
    const records = await this.store.list<unknown>(draftsPrefix(this.call.id));
    return records.map((record) => parseRecord(draftSchema, record.key, record.value));
  }

  /**
   * The owner's draft, created when there is none. `prefill` (from the Teams profile, the
   * eligibility check...) fills only fields without an answer, and only with values that pass the
   * form's checks; others are left out silently. A submitted draft is returned unchanged.
   */
  async startDraft(ownerId: string, prefill: Partial<IdeaAnswers> = {}): Promise<StartDraftResult> {
    const key = this.draftKey(ownerId);
    const now = this.clock.now();
    let created = false;
    const record = await updateRecord<unknown>(this.store, key, (current) => {
      created = current === undefined;
      const draft = current === undefined ? this.newDraft(ownerId, now) : parseRecord(draftSchema, key, current);
      if (draft.status === 'submitted') return undefined;
      const filled = this.fillEmpty(draft, prefill, now, created);
      return created || filled !== draft ? filled : undefined;
    });
    if (!record) throw new Error(`Draft "${key}" vanished while being created`);
    return { draft: parseRecord(draftSchema, key, record.value), created };
  }

  /**
   * Validates and stores what a section's card sent (see `validateSection`: present keys are set or
   * cleared, absent keys kept, other sections' keys ignored). Accepted answers are stored even when
   * other fields have problems, so nothing valid that was typed is lost; the problem fields keep
   * their previous answer and come back in `entered` as they were typed. A save that accepts
   * nothing and has problems stores nothing at all (not even the resume point).
   */
  async saveSection(
    ownerId: string,
    expectedRevision: number,
    sectionId: SectionId,
    rawValues: Record<string, unknown>,
  ): Promise<SaveSectionResult> {
    const key = this.draftKey(ownerId);
    if (!isSectionId(sectionId)) throw new TypeError(`IdeaService: unknown section "${String(sectionId)}"`);
    const now = this.clock.now();
    let outcome: SaveSectionResult = { ok: false, reason: 'no-draft' };
    await updateRecord<unknown>(this.store, key, (current) => {
      if (current === undefined) {
        outcome = { ok: false, reason: 'no-draft' };
        return undefined;
      }
      const draft = parseRecord(draftSchema, key, current);
      if (draft.status === 'submitted') {
        outcome = { ok: false, reason: 'submitted', reference: draft.reference ?? '' };
        return undefined;
      }
      if (isIdeaDeadlinePast(this.call, now)) {
        outcome = { ok: false, reason: 'deadline-passed', deadline: this.call.timeline.ideaDeadline };
        return undefined;
      }
      const check = validateSection(this.call, sectionId, rawValues, draft.answers, now);
      const answers: Partial<IdeaAnswers> = { ...draft.answers, ...check.values };
      for (const field of check.cleared) setAnswer(answers, field, undefined);
      const entered = enteredValues(rawValues, check.problems);
      const saved = (stored: Draft): SaveSectionResult => ({
        ok: true,
        draft: stored,
        problems: check.problems,
        warnings: check.warnings,
        entered,
      });

      const stale =
        !Number.isSafeInteger(expectedRevision) ||
        expectedRevision > draft.revision ||
        (draft.sectionRevisions[sectionId] ?? 0) > expectedRevision;
      // An older card whose refused answer stands where the draft now has a good one (a title too
      // long, corrected since): it changes nothing, yet is no "saved, but the title needs a fix".
      if (stale && check.problems.length > 0) {
        outcome = { ok: false, reason: 'stale', draft };
        return undefined;
      }
      if (sameAnswers(answers, draft.answers)) {
        // Nothing to change (a resent card, or "next" on an unchanged section): never stale. Only a
        // clean save moves the resume point: a refused one (a forged or old card for a later
        // section) must not make "continue my idea" skip the empty sections before it.
        if (stale || check.problems.length > 0 || draft.lastSection === sectionId) {
          outcome = saved(draft);
          return undefined;
        }
        const moved: Draft = { ...draft, lastSection: sectionId, updatedAt: now.toISOString() };
        outcome = saved(moved);
        return moved;
      }
      if (stale) {
        outcome = { ok: false, reason: 'stale', draft };
        return undefined;
      }
      const touched = new Set<FieldId>([...(Object.keys(check.values) as FieldId[]), ...check.cleared]);
      const next = draft.revision + 1;
      const updated: Draft = {
        ...draft,
        answers,
        revision: next,
        sectionRevisions: { ...draft.sectionRevisions, [sectionId]: next },
        updatedAt: now.toISOString(),
        lastSection: sectionId,
        warnings: [...draft.warnings.filter((warning) => !touched.has(warning.field)), ...check.warnings],
      };
      outcome = saved(updated);
      return updated;
    });
    return outcome;
  }

  /**
   * Submits the owner's draft: refused before launch, after the idea deadline, for an old review
   * card or with problems; otherwise, in one transaction, numbers it `IH-<callId>-NNNN`, stores the
   * submission and marks the draft submitted. Submitting again returns the first reference.
   */
  async submit(ownerId: string, expectedRevision: number): Promise<SubmitResult> {
    const key = this.draftKey(ownerId);
    const now = this.clock.now();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.store.transaction(async (tx): Promise<SubmitResult> => {
          const record = await tx.get<unknown>(key);
          if (!record) return { ok: false, reason: 'no-draft' };
          const draft = parseRecord(draftSchema, key, record.value);
          if (draft.status === 'submitted') {
            return {
              ok: true,
              alreadySubmitted: true,
              reference: draft.reference ?? '',
              submittedAt: draft.submittedAt ?? draft.updatedAt,
            };
          }
          if (now.getTime() < this.call.timeline.launch.getTime()) {
            return { ok: false, reason: 'not-open', opens: this.call.timeline.launch };
          }
          if (isIdeaDeadlinePast(this.call, now)) {
            return { ok: false, reason: 'deadline-passed', deadline: this.call.timeline.ideaDeadline };
          }
          if (expectedRevision !== draft.revision) return { ok: false, reason: 'stale', draft };
          const problems = validateSubmission(this.call, draft.answers, now);
          if (problems.length > 0) return { ok: false, reason: 'incomplete', problems };

          const sequence = await tx.increment(referenceCounter(this.call.id));
          const reference = formatReference(this.call.id, sequence);
          const submittedAt = now.toISOString();
          const answers = applicableAnswers(this.call, draft.answers);
          const submission: Submission = {
            reference,
            sequence,
            callId: this.call.id,
            ownerId: draft.ownerId,
            submittedAt,
            revision: draft.revision,
            answers,
            warnings: draft.warnings.filter((warning) => isAnswered(answers[warning.field])),
          };
          if ((await tx.put(submissionKey(this.call.id, reference), submission, 0)) === null) {
            // The counter is behind the stored submissions (restored or edited by hand): stop
            // rather than overwrite an idea someone sent.
            throw new Error(`Reference ${reference} is already taken: the counter ${referenceCounter(this.call.id)} is behind`);
          }
          const closed: Draft = { ...draft, status: 'submitted', reference, submittedAt, updatedAt: submittedAt };
          if ((await tx.put(key, closed, record.version)) === null) throw new DraftChanged();
          return { ok: true, alreadySubmitted: false, reference, submittedAt };
        });
      } catch (error) {
        if (!(error instanceof DraftChanged) || attempt >= SUBMIT_ATTEMPTS) throw error;
      }
    }
  }

  /** Every submission of the call, in reference order. */
  async listSubmissions(): Promise<Submission[]> {
    const records = await this.store.list<unknown>(submissionsPrefix(this.call.id));
    return records
      .map((record) => parseRecord(submissionSchema, record.key, record.value))
      .sort((a, b) => a.sequence - b.sequence);
  }

  /** One submission by reference (typed forms such as "ih-2024-7" are accepted), or undefined. */
  async getSubmission(reference: string): Promise<Submission | undefined> {
    const canonical = normalizeReference(this.call.id, reference);
    if (!canonical) return undefined;
    const key = submissionKey(this.call.id, canonical);
    const record = await this.store.get<unknown>(key);
    return record ? parseRecord(submissionSchema, key, record.value) : undefined;
  }

  /** Where the owner's draft is stored (read ahead with a turn's state). Throws a TypeError for an invalid owner id. */
  draftKey(ownerId: string): string {
    if (typeof ownerId !== 'string' || ownerId.trim() === '' || ownerId.length > MAX_OWNER_ID_LENGTH) {
      throw new TypeError(`IdeaService: owner id must be a non-empty string of at most ${MAX_OWNER_ID_LENGTH} characters`);
    }
    return draftKey(this.call.id, ownerId);
  }

  private newDraft(ownerId: string, now: Date): Draft {
    const at = now.toISOString();
    return {
      callId: this.call.id,
      ownerId,
      answers: {},
      revision: 1,
      sectionRevisions: {},
      status: 'draft',
      createdAt: at,
      updatedAt: at,
      lastSection: 'idea',
      warnings: [],
    };
  }

  /** The draft with `prefill` in its empty fields (the same object when nothing was filled). */
  private fillEmpty(draft: Draft, prefill: Partial<IdeaAnswers>, now: Date, isNew: boolean): Draft {
    const answers: Partial<IdeaAnswers> = { ...draft.answers };
    const warnings: FieldWarning[] = [];
    const sections = new Set<SectionId>();
    for (const field of FIELD_IDS) {
      if (!Object.prototype.hasOwnProperty.call(prefill, field) || isAnswered(answers[field])) continue;
      // Passed as given: a value of the wrong type is refused by the field's schema, not stringified.
      const result = validateField(this.call, field, prefill[field] as unknown, answers, now);
      if (!result.ok || result.value === undefined) continue;
      setAnswer(answers, field, result.value);
      warnings.push(...result.warnings);
      sections.add(sectionOf(field));
    }
    if (sections.size === 0) return draft;
    // A new draft is born with its prefill at revision 1; filling an existing one is a change.
    const revision = isNew ? draft.revision : draft.revision + 1;
    const sectionRevisions = { ...draft.sectionRevisions };
    for (const section of sections) sectionRevisions[section] = revision;
    return { ...draft, answers, revision, sectionRevisions, warnings: [...draft.warnings, ...warnings], updatedAt: now.toISOString() };
  }
}

/** Equal answers whatever the key order (Postgres JSONB reorders keys). */
function sameAnswers(a: Partial<IdeaAnswers>, b: Partial<IdeaAnswers>): boolean {
  return FIELD_IDS.every((field) => isDeepStrictEqual(a[field], b[field]));
}

/** The text sent for each field with a problem, to put back into the card. */
function enteredValues(raw: Record<string, unknown>, problems: FieldProblem[]): Partial<Record<FieldId, string>> {
  const entered: Partial<Record<FieldId, string>> = {};
  for (const { field } of problems) {
    if (!isFieldId(field) || typeof raw !== 'object' || raw === null) continue;
    const value = Object.prototype.hasOwnProperty.call(raw, field) ? raw[field] : undefined;
    if (typeof value === 'string') entered[field] = value;
    else if (typeof value === 'number') entered[field] = String(value);
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) entered[field] = value.join(',');
  }
  return entered;
}
