import { createHash } from 'node:crypto';
import type { CallConfig } from '../call';
import type { Clock } from '../clock';
import { firstReaderCharacters } from '../i18n/format';
import { findReferences, type Submission } from '../ideas';
import { parseRecord } from '../storage/parse-record';
import { type Store, updateRecord } from '../storage/store';
import type { DecisionPayload } from './decision-messages';
import {
  DecisionAnnouncement,
  decisionAnnouncementKey,
  decisionAnnouncementSchema,
  MAX_DECISION_NOTE,
  DecisionKind,
  statusKey,
  statusPrefix,
  SubmissionStatus,
  submissionStatusSchema,
} from './records';

/**
 * IKM's review of the call's submissions: the shortlist and the funding decisions, in the store (so
 * every bot instance, on either engine, sees the same), each changed by compare-and-set. A decision
 * can change until it is announced; the announcement is made once and then holds.
 */

/** Where the submissions come from (IdeaService). */
export interface SubmissionSource {
  listSubmissions(): Promise<Submission[]>;
  getSubmission(reference: string): Promise<Submission | undefined>;
}

export type ReviewRefusal =
  | { ok: false; reason: 'not-found' }
  /** `at`: when it was announced; `tellAt`: when teams are (or were) told, so whether it can still be called off. */
  | { ok: false; reason: 'announced'; kind: DecisionKind; at: Date; tellAt: Date }
  | { ok: false; reason: 'not-shortlisted' }
  | { ok: false; reason: 'approvals-missing'; missing: string[] };

export type StatusResult = { ok: true; status: SubmissionStatus; changed: boolean } | ReviewRefusal;

/** A funding decision as IKM records it. */
export interface FundingDecisionInput {
  outcome: 'funded' | 'not-funded';
  /** Ids of the call's funding approvers whose approval IKM records now. */
  approvals: readonly string[];
  note?: string;
}

/** The references in a pasted list, checked one by one. */
export interface ReferenceCheck {
  found: Submission[];
  /** Written like a reference but not a submission of this call. */
  unknown: string[];
  /** Pasted pieces with a figure in them that are no reference ("0003", "sample-6"): said, not dropped. */
  notUnderstood: string[];
}

/** Who will be told what when a decision is announced. */
export interface AnnouncementPreview {
  kind: DecisionKind;
  positive: Submission[];
  negative: Submission[];
  /** Funding: shortlisted ideas without a decision yet (the announcement waits for them). */
  undecided: Submission[];
}

/**
 * What a preview showed, in a few characters: who was to be told what. An announcement pressed on
 * a preview that no longer matches (a decision changed since, by anyone) is refused, so that no
 * team is told what IKM did not see.
 */
export function previewFingerprint(preview: AnnouncementPreview): string {
  const references = (submissions: Submission[]) => submissions.map((submission) => submission.reference).sort().join(',');
  return createHash('sha256')
    .update(`${preview.kind}|${references(preview.positive)}|${references(preview.negative)}|${references(preview.undecided)}`)
    .digest('hex')
    .slice(0, 16);
}

/**
 * The pieces of pasted text with a figure that are no reference: meant as one ("0003", "IH2024"),
 * they must not silently stay off the list. Words around the references ("and", "again") are no
 * concern, nor a list's number before a reference or a figure ("1.", "2)", "3. 0003"), nor, on a
 * line that has a reference, the other cells of a row pasted from a spreadsheet (its title, its row
 * number).
 */
const LIST_NUMBER = /^\s*(?:\d{1,3}[.)]|[-*•])\s+/u;

function figuresLeftOut(text: string, callId: string): string[] {
  const left = new Set<string>();
  for (const line of text.split(/\r?\n/u)) {
    const cells = line.split('\t').map((cell) => findReferences(cell, callId));
    const withReference = cells.filter((cell) => cell.references.length + cell.others.length > 0);
    for (const cell of withReference.length > 0 ? withReference : cells) {
      // A list's number is no reference meant, before a reference or before a figure named below ("3. 0003").
      const unnumbered = cell.rest.replace(LIST_NUMBER, ' ');
      const rest = withReference.length > 0 || /\d/u.test(unnumbered) ? unnumbered : cell.rest;
      for (const piece of rest.split(/[\s,;]+/u)) {
        const trimmed = piece.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if (/\d/u.test(trimmed)) left.add(trimmed);
      }
    }
  }
  return [...left];
}

export class IdeaReview {
  constructor(
    private readonly store: Store,
    private readonly call: CallConfig,
    private readonly submissions: SubmissionSource,
    private readonly clock: Clock,
  ) {}

  /** Every submission's status by reference (submissions IKM never touched have none). */
  async statuses(): Promise<Map<string, SubmissionStatus>> {
    const records = await this.store.list<unknown>(statusPrefix(this.call.id));
    const statuses = new Map<string, SubmissionStatus>();
    for (const record of records) {
      const status = parseRecord(submissionStatusSchema, record.key, record.value);
      statuses.set(status.reference, status);
    }
    return statuses;
  }

  async status(reference: string): Promise<SubmissionStatus | undefined> {
    const stored = await this.store.get<unknown>(statusKey(this.call.id, reference));
    return stored ? parseRecord(submissionStatusSchema, stored.key, stored.value) : undefined;
  }

  /** Puts an idea on the shortlist or takes it off, until the shortlist is announced. */
  async setShortlisted(reference: string, on: boolean, adminId: string): Promise<StatusResult> {
    const announced = await this.refusalOnceAnnounced('shortlist');
    if (announced) return announced;
    const submission = await this.submissions.getSubmission(reference);
    if (!submission) return { ok: false, reason: 'not-found' };
    const now = this.clock.now().toISOString();
    return this.update(submission, (status) => {
      if (on === (status.shortlisted !== undefined)) return undefined;
      // Off the shortlist, a funding decision recorded for it no longer stands.
      const { shortlisted: _off, decision: _decision, ...rest } = status;
      return on ? { ...status, shortlisted: { at: now, by: adminId }, updatedAt: now } : { ...rest, updatedAt: now };
    });
  }

  /** Finds every reference in pasted text ("IH-2024-0003, IH-2024-0017 ...") and checks each. */
  async checkReferences(text: string): Promise<ReferenceCheck> {
    const { references, others } = findReferences(text, this.call.id);
    const found: Submission[] = [];
    const unknown: string[] = [...others];
    for (const reference of references) {
      const submission = await this.submissions.getSubmission(reference);
      if (submission) found.push(submission);
      else unknown.push(reference);
    }
    return { found, unknown, notUnderstood: figuresLeftOut(text, this.call.id) };
  }

  /** Records a funding decision on a shortlisted idea; "funded" needs every approver of the call. */
  async decide(reference: string, input: FundingDecisionInput, adminId: string): Promise<StatusResult> {
    const announced = await this.refusalOnceAnnounced('funding');
    if (announced) return announced;
    const submission = await this.submissions.getSubmission(reference);
    if (!submission) return { ok: false, reason: 'not-found' };
    const known = new Set(this.call.fundingApprovers.map((approver) => approver.id));
    const approvals = [...new Set(input.approvals)].filter((id) => known.has(id));
    if (input.outcome === 'funded') {
      const missing = this.call.fundingApprovers.map((approver) => approver.id).filter((id) => !approvals.includes(id));
      if (missing.length > 0) return { ok: false, reason: 'approvals-missing', missing };
    }
    const current = await this.status(reference);
    if (!current?.shortlisted) return { ok: false, reason: 'not-shortlisted' };
    const now = this.clock.now().toISOString();
    return this.update(submission, (status) => {
      if (!status.shortlisted) return undefined;
      const kept = status.decision?.approvals ?? {};
      return {
        ...status,
        decision: {
          outcome: input.outcome,
          // (A decision not to fund keeps none: see `submissionStatusSchema`, which this goes through.)
          approvals: Object.fromEntries(approvals.map((id) => [id, kept[id] ?? { at: now, by: adminId }])),
          ...(input.note ? { note: firstReaderCharacters(input.note, MAX_DECISION_NOTE) } : {}),
          at: now,
          by: adminId,
        },
        updatedAt: now,
      };
    });
  }

  /** The teams (submitters' person ids) of shortlisted ideas. */
  async shortlistedTeams(): Promise<string[]> {
    return [...(await this.statuses()).values()].filter((status) => status.shortlisted).map((status) => status.ownerId);
  }

  /** The teams of funded ideas. */
  async fundedTeams(): Promise<string[]> {
    return [...(await this.statuses()).values()].filter((status) => status.decision?.outcome === 'funded').map((status) => status.ownerId);
  }

  /**
   * The teams that know they are shortlisted (or funded): IKM's list once its announcement's day
   * has come. Before, the list is IKM's working list and nobody else sees it: no My proposal, no
   * shortlisted-only clinic, no proposal reminder, no message to "shortlisted teams".
   */
  async announcedTeams(kind: DecisionKind): Promise<string[]> {
    if (!(await this.isAnnounced(kind))) return [];
    return kind === 'shortlist' ? this.shortlistedTeams() : this.fundedTeams();
  }

  /**
   * What the team of an idea has been told of it: the funding decision once announced, else whether
   * it is on the shortlist once that is announced; undefined before (IKM's working lists are its own).
   */
  async toldOutcome(reference: string): Promise<DecisionPayload['outcome'] | undefined> {
    if (!(await this.isAnnounced('shortlist'))) return undefined;
    const status = await this.status(reference);
    if (!status?.shortlisted) return 'not-shortlisted';
    const decided = status.decision?.outcome;
    return decided && (await this.isAnnounced('funding')) ? decided : 'shortlisted';
  }

  /** Whether the teams have been told `kind` (its announcement's day has come). */
  async isAnnounced(kind: DecisionKind): Promise<boolean> {
    return (await this.toldAt(kind)) !== undefined;
  }

  /** When the teams were told of a decision, once they have been (an announcement for a later day is not yet). */
  async toldAt(kind: DecisionKind): Promise<Date | undefined> {
    const announcement = await this.announcement(kind);
    return announcement && Date.parse(announcement.tellAt) <= this.clock.now().getTime() ? new Date(announcement.tellAt) : undefined;
  }

  /** The refusal of any change to a decision once its announcement is made, or undefined while none is. */
  async refusalOnceAnnounced(kind: DecisionKind): Promise<Extract<StatusResult, { reason: 'announced' }> | undefined> {
    const announced = await this.announcement(kind);
    return announced ? { ok: false, reason: 'announced', kind, at: new Date(announced.madeAt), tellAt: new Date(announced.tellAt) } : undefined;
  }

  /** The announcement of a decision, once made (and not called off). */
  async announcement(kind: DecisionKind): Promise<DecisionAnnouncement | undefined> {
    const stored = await this.storedAnnouncement(kind);
    return stored && !stored.value.calledOff ? stored.value : undefined;
  }

  private async storedAnnouncement(kind: DecisionKind): Promise<{ value: DecisionAnnouncement; version: number } | undefined> {
    const stored = await this.store.get<unknown>(decisionAnnouncementKey(this.call.id, kind));
    return stored ? { value: parseRecord(decisionAnnouncementSchema, stored.key, stored.value), version: stored.version } : undefined;
  }

  /**
   * Calls off an announcement made for a later day, before anyone is told: the decisions may change
   * again, and announcing again tells the teams anew. Once its day has come it holds.
   */
  async callOff(
    kind: DecisionKind,
    adminId: string,
  ): Promise<{ ok: true; announcement: DecisionAnnouncement } | { ok: false; reason: 'none' } | { ok: false; reason: 'told'; at: Date }> {
    for (;;) {
      const stored = await this.storedAnnouncement(kind);
      if (!stored || stored.value.calledOff) return { ok: false, reason: 'none' };
      const tellAt = new Date(stored.value.tellAt);
      if (tellAt.getTime() <= this.clock.now().getTime()) return { ok: false, reason: 'told', at: tellAt };
      const calledOff = { ...stored.value, calledOff: { at: this.clock.now().toISOString(), by: adminId } };
      if ((await this.store.put(decisionAnnouncementKey(this.call.id, kind), calledOff, stored.version)) !== null) return { ok: true, announcement: calledOff };
    }
  }

  /** Who would be told what, if the decision were announced now. */
  async preview(kind: DecisionKind): Promise<AnnouncementPreview> {
    const [submissions, statuses] = await Promise.all([this.submissions.listSubmissions(), this.statuses()]);
    const preview: AnnouncementPreview = { kind, positive: [], negative: [], undecided: [] };
    for (const submission of submissions) {
      const status = statuses.get(submission.reference);
      if (kind === 'shortlist') {
        (status?.shortlisted ? preview.positive : preview.negative).push(submission);
      } else if (status?.shortlisted) {
        const outcome = status.decision?.outcome;
        (outcome === 'funded' ? preview.positive : outcome === 'not-funded' ? preview.negative : preview.undecided).push(submission);
      }
    }
    return preview;
  }

  /**
   * The deadline before which `kind` cannot be announced: the shortlist while ideas can still come
   * in (a team sending one after it would be told at once it is not shortlisted), the funding while
   * shortlisted teams can still send their proposal. Undefined once it is past.
   */
  announcementWaitsFor(kind: DecisionKind): Date | undefined {
    const deadline = kind === 'shortlist' ? this.call.timeline.ideaDeadline : this.call.timeline.proposalDeadline;
    return this.clock.now().getTime() > deadline.getTime() ? undefined : deadline;
  }

  /**
   * The deadline after which `kind` can no longer be announced: the shortlist once proposals have
   * closed (teams would be congratulated and asked for a proposal they can no longer send). IKM
   * moves the proposal deadline in the call file first, or tells the teams itself.
   */
  announcementTooLateSince(kind: DecisionKind): Date | undefined {
    if (kind !== 'shortlist') return undefined;
    const deadline = this.call.timeline.proposalDeadline;
    return this.clock.now().getTime() > deadline.getTime() ? deadline : undefined;
  }

  /**
   * Announces a decision (once: a second call, from any instance, changes nothing and returns the
   * first). Teams are told through the outbox from the record (see `DecisionMessages`). Refused
   * before the stage's deadline (see `announcementWaitsFor`).
   */
  async announce(
    kind: DecisionKind,
    tellAt: Date,
    adminId: string,
    /** `previewFingerprint` of the preview the announcement was pressed on; none is refused as changed. */
    seen: string | undefined,
  ): Promise<
    | { ok: true; announcement: DecisionAnnouncement; first: boolean }
    | { ok: false; reason: 'undecided'; undecided: Submission[] }
    | { ok: false; reason: 'too-early'; deadline: Date }
    | { ok: false; reason: 'too-late'; deadline: Date }
    | { ok: false; reason: 'changed' }
  > {
    // Made already, it is said as it stands, whatever the date.
    const standing = await this.storedAnnouncement(kind);
    if (standing && !standing.value.calledOff) return { ok: true, announcement: standing.value, first: false };
    const deadline = this.announcementWaitsFor(kind);
    if (deadline) return { ok: false, reason: 'too-early', deadline };
    const closed = this.announcementTooLateSince(kind);
    if (closed) return { ok: false, reason: 'too-late', deadline: closed };
    const preview = await this.preview(kind);
    if (preview.undecided.length > 0) return { ok: false, reason: 'undecided', undecided: preview.undecided };
    if (seen !== previewFingerprint(preview)) return { ok: false, reason: 'changed' };
    const key = decisionAnnouncementKey(this.call.id, kind);
    for (;;) {
      // Insert-if-absent, or in place of one called off (compare-and-set): one announcement stands.
      const stored = await this.storedAnnouncement(kind);
      if (stored && !stored.value.calledOff) return { ok: true, announcement: stored.value, first: false };
      const round = stored ? (stored.value.round ?? 0) + 1 : undefined;
      const announcement: DecisionAnnouncement = {
        kind,
        tellAt: tellAt.toISOString(),
        madeAt: this.clock.now().toISOString(),
        by: adminId,
        positive: preview.positive.length,
        negative: preview.negative.length,
        ...(round ? { round } : {}),
      };
      const version = await this.store.put(key, announcement, stored?.version ?? 0);
      if (version === null) continue;
      // A decision saved between the preview above and this record (by a colleague) would be told
      // unseen: then the announcement is called off at once, before anyone is told, and said changed.
      if (previewFingerprint(await this.preview(kind)) !== seen) {
        const calledOff = { ...announcement, calledOff: { at: this.clock.now().toISOString(), by: adminId } };
        if ((await this.store.put(key, calledOff, version)) !== null) return { ok: false, reason: 'changed' };
      }
      return { ok: true, announcement, first: true };
    }
  }

  private async update(submission: Submission, change: (status: SubmissionStatus) => SubmissionStatus | undefined): Promise<StatusResult> {
    const key = statusKey(this.call.id, submission.reference);
    let changed = false;
    const record = await updateRecord<unknown>(this.store, key, (stored) => {
      const current: SubmissionStatus = stored
        ? parseRecord(submissionStatusSchema, key, stored)
        : { reference: submission.reference, ownerId: submission.ownerId, updatedAt: this.clock.now().toISOString() };
      const next = change(current);
      changed = next !== undefined;
      return next === undefined ? undefined : submissionStatusSchema.parse(next);
    });
    const status = record
      ? parseRecord(submissionStatusSchema, key, record.value)
      : { reference: submission.reference, ownerId: submission.ownerId, updatedAt: this.clock.now().toISOString() };
    return { ok: true, status, changed };
  }
}
