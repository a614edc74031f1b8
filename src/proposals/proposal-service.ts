import { z } from 'zod';
import type { CallConfig, ProposalItem } from '../call';
import type { Clock } from '../clock';
import { parseRecord } from '../storage/parse-record';
import { type ReadAhead, type Store, updateRecord } from '../storage/store';
import { cleanFileName, CONTENT_TYPES, detectFileType, extensionOf, PROPOSAL_FILE_TYPES, ProposalFileType } from './file-check';
import type { ProposalFileStore } from './file-store';

/**
 * The proposal stage of a shortlisted team: its checklist (from the call file) and the proposal
 * document it hands in, possibly several times until the deadline (each version kept). The record
 * lives in the store under the idea's reference; the files in a `ProposalFileStore`.
 */

const isoInstant = z.string().datetime();

export const proposalFileSchema = z.object({
  version: z.number().int().positive(),
  name: z.string().min(1).max(120),
  size: z.number().int().nonnegative(),
  type: z.enum(PROPOSAL_FILE_TYPES),
  storedAs: z.string().min(1).max(80),
  at: isoInstant,
});
export type ProposalFile = z.infer<typeof proposalFileSchema>;

/** A file received while a proposal is handed in, until the team says whether it replaces it. */
export const pendingFileSchema = proposalFileSchema.omit({ version: true });
export type PendingProposalFile = z.infer<typeof pendingFileSchema>;

export const proposalRecordSchema = z.object({
  callId: z.string(),
  /** The idea's reference: the proposal is the second stage of that idea. */
  reference: z.string(),
  ownerId: z.string(),
  /** Every version handed in, oldest first; the last one is the proposal. */
  files: z.array(proposalFileSchema),
  /** Checklist items the team ticked, with when. */
  checklist: z.record(z.string(), z.object({ at: isoInstant })),
  /**
   * A file sent after the proposal was handed in: a new version, or a budget or annex meant to go
   * with it? It replaces the proposal only once the team says so (`decideReplacement`).
   */
  pending: pendingFileSchema.optional(),
  updatedAt: isoInstant,
});
export type ProposalRecord = z.infer<typeof proposalRecordSchema>;

/** Where the proposal stage reads who may take part. */
export interface ProposalSources {
  /** The reference of the person's submitted idea in this call, if they submitted one (see `ReadAhead`). */
  referenceOf(ownerId: string, ahead?: ReadAhead): Promise<string | undefined>;
  /** Whether the team with this submitted idea is on the shortlist. */
  isShortlisted(ownerId: string, reference: string): Promise<boolean>;
}

/** One checklist item and whether it is done. */
export interface ChecklistEntry {
  item: ProposalItem;
  done: boolean;
  at?: string;
}

/** A shortlisted team's stage. */
export interface ProposalStage {
  reference: string;
  deadline: Date;
  checklist: ChecklistEntry[];
  /** The proposal handed in last, if any. */
  latest?: ProposalFile;
  versions: number;
}

export type HandInResult =
  | { ok: true; kind: 'handed-in'; reference: string; proposalReference: string; file: ProposalFile; replaced?: ProposalFile }
  /** A proposal is handed in already: the file waits until the team says whether it replaces it. */
  | { ok: true; kind: 'replace-asked'; reference: string; pending: PendingProposalFile; current: ProposalFile }
  | { ok: false; reason: 'not-shortlisted' }
  | { ok: false; reason: 'deadline-passed'; deadline: Date }
  | { ok: false; reason: 'too-large'; maxBytes: number }
  | { ok: false; reason: 'wrong-type' };

export type ReplacementResult =
  | Extract<HandInResult, { kind: 'handed-in' }>
  | { ok: true; kind: 'kept'; kept: ProposalFile; dropped: PendingProposalFile }
  | { ok: false; reason: 'not-shortlisted' | 'nothing-waiting' }
  /** The file this answer was about is already the proposal (the "replace" pressed twice). */
  | { ok: false; reason: 'already-handed-in'; file: ProposalFile; proposalReference: string }
  | { ok: false; reason: 'deadline-passed'; deadline: Date };

export function proposalKey(callId: string, reference: string): string {
  return `${proposalsPrefix(callId)}${reference}`;
}
export function proposalsPrefix(callId: string): string {
  return `proposals/${encodeURIComponent(callId)}/`;
}

/** "IH-2024-0007-P2": the idea's reference and the version of its proposal. */
export function proposalReference(reference: string, version: number): string {
  return `${reference}-P${version}`;
}

export class ProposalService {
  constructor(
    private readonly store: Store,
    private readonly call: CallConfig,
    private readonly clock: Clock,
    private readonly files: ProposalFileStore,
    private readonly sources: ProposalSources,
    private readonly options: { maxBytes: number },
  ) {}

  get maxBytes(): number {
    return this.options.maxBytes;
  }

  /** The team's stage, or undefined when the person has no shortlisted idea. */
  async stage(ownerId: string, ahead?: ReadAhead): Promise<ProposalStage | undefined> {
    const reference = await this.shortlistedReference(ownerId, ahead);
    if (!reference) return undefined;
    const record = await this.record(reference);
    const latest = record?.files.at(-1);
    return {
      reference,
      deadline: this.call.timeline.proposalDeadline,
      checklist: this.call.proposalChecklist.map((item) => {
        const ticked = record?.checklist[item.id];
        if (item.kind === 'document') return { item, done: latest !== undefined, at: latest?.at };
        return { item, done: ticked !== undefined, at: ticked?.at };
      }),
      latest,
      versions: record?.files.length ?? 0,
    };
  }

  /**
   * Hands in a proposal document: the team must be shortlisted, the deadline not passed, the file a
   * PDF, Word or Excel document (by its bytes and its name) within the size limit. A later file
   * replaces the earlier one as the proposal once the team confirms it (it may be an annex sent
   * after the proposal, which must not take its place unasked); every version is kept.
   */
  async handIn(ownerId: string, file: { name: string; bytes: Buffer }): Promise<HandInResult> {
    const reference = await this.shortlistedReference(ownerId);
    if (!reference) return { ok: false, reason: 'not-shortlisted' };
    const deadline = this.call.timeline.proposalDeadline;
    if (this.clock.now().getTime() > deadline.getTime()) return { ok: false, reason: 'deadline-passed', deadline };
    if (file.bytes.length > this.options.maxBytes) return { ok: false, reason: 'too-large', maxBytes: this.options.maxBytes };
    const name = cleanFileName(file.name);
    const type = detectFileType(file.bytes);
    if (!type || extensionOf(name) !== type) return { ok: false, reason: 'wrong-type' };
    const storedAs = await this.files.put(file.bytes, type);
    const at = this.clock.now().toISOString();
    const received: PendingProposalFile = { name, size: file.bytes.length, type, storedAs, at };
    let outcome: HandInResult | undefined;
    let dropped: string | undefined;
    const key = proposalKey(this.call.id, reference);
    await updateRecord<unknown>(this.store, key, (stored) => {
      const current = stored ? parseRecord(proposalRecordSchema, key, stored) : this.emptyRecord(reference, ownerId, at);
      const handedIn = current.files.at(-1);
      if (handedIn) {
        // A file already waiting for an answer gives way to the newer one.
        dropped = current.pending?.storedAs;
        outcome = { ok: true, kind: 'replace-asked', reference, pending: received, current: handedIn };
        return proposalRecordSchema.parse({ ...current, pending: received, updatedAt: at });
      }
      dropped = undefined;
      const written: ProposalFile = { ...received, version: 1 };
      outcome = { ok: true, kind: 'handed-in', reference, proposalReference: proposalReference(reference, 1), file: written };
      return proposalRecordSchema.parse({ ...current, files: [written], updatedAt: at });
    });
    if (dropped) await this.files.remove(dropped);
    return outcome!;
  }

  /**
   * The team's answer about a file waiting (`replace-asked`): it replaces the proposal (a new
   * version; the earlier ones are kept), or it is dropped. Named by its stored name, so that an old
   * card's answer cannot decide about a newer file.
   */
  async decideReplacement(ownerId: string, storedAs: string, replace: boolean): Promise<ReplacementResult> {
    const reference = await this.shortlistedReference(ownerId);
    if (!reference) return { ok: false, reason: 'not-shortlisted' };
    const deadline = this.call.timeline.proposalDeadline;
    const key = proposalKey(this.call.id, reference);
    const at = this.clock.now().toISOString();
    let result: ReplacementResult = { ok: false, reason: 'nothing-waiting' };
    await updateRecord<unknown>(this.store, key, (stored) => {
      const current = stored ? parseRecord(proposalRecordSchema, key, stored) : undefined;
      const pending = current?.pending;
      if (!current || !pending || pending.storedAs !== storedAs) {
        // Pressed again after this very file became the proposal (and nothing newer came since).
        const latest = current?.files.at(-1);
        const handedIn = latest?.storedAs === storedAs ? latest : undefined;
        result = handedIn
          ? { ok: false, reason: 'already-handed-in', file: handedIn, proposalReference: proposalReference(reference, handedIn.version) }
          : { ok: false, reason: 'nothing-waiting' };
        return undefined;
      }
      const { pending: _answered, ...rest } = current;
      if (!replace) {
        result = { ok: true, kind: 'kept', kept: current.files.at(-1)!, dropped: pending };
        return proposalRecordSchema.parse({ ...rest, updatedAt: at });
      }
      // Replacing is handing in: not after the deadline (the file then stays unanswered, and is dropped).
      if (this.clock.now().getTime() > deadline.getTime()) {
        result = { ok: false, reason: 'deadline-passed', deadline };
        return proposalRecordSchema.parse({ ...rest, updatedAt: at });
      }
      const written: ProposalFile = { ...pending, version: current.files.length + 1, at };
      result = {
        ok: true,
        kind: 'handed-in',
        reference,
        proposalReference: proposalReference(reference, written.version),
        file: written,
        replaced: current.files.at(-1),
      };
      return proposalRecordSchema.parse({ ...rest, files: [...current.files, written], updatedAt: at });
    });
    const outcome = result as ReplacementResult;
    if ((outcome.ok && outcome.kind === 'kept') || (!outcome.ok && outcome.reason === 'deadline-passed')) await this.files.remove(storedAs);
    return outcome;
  }

  /**
   * Drops what of the team's proposal was never handed in (their data erased): a file waiting for
   * their "replace it?" answer, and checklist ticks when no file was handed in at all (with a file,
   * the ticks are part of the proposal, which stays with IKM). True when something was dropped.
   */
  async dropUnhandedIn(ownerId: string): Promise<boolean> {
    const reference = await this.sources.referenceOf(ownerId);
    if (!reference) return false;
    const key = proposalKey(this.call.id, reference);
    let dropped: string | undefined;
    await updateRecord<unknown>(this.store, key, (stored) => {
      const current = stored ? parseRecord(proposalRecordSchema, key, stored) : undefined;
      if (!current?.pending) return undefined;
      dropped = current.pending.storedAs;
      const { pending: _dropped, ...rest } = current;
      return proposalRecordSchema.parse(rest);
    });
    if (dropped) await this.files.remove(dropped);
    const left = await this.store.get<unknown>(key);
    const ticksOnly = left !== undefined && parseRecord(proposalRecordSchema, key, left.value).files.length === 0;
    return (ticksOnly && (await this.store.delete(key, left.version))) || dropped !== undefined;
  }

  private emptyRecord(reference: string, ownerId: string, at: string): ProposalRecord {
    return { callId: this.call.id, reference, ownerId, files: [], checklist: {}, updatedAt: at };
  }

  /** Ticks or unticks a checklist item the team confirms; false when there is no such item or no shortlisted idea. */
  async setItem(ownerId: string, itemId: string, done: boolean): Promise<boolean> {
    const item = this.call.proposalChecklist.find((candidate) => candidate.id === itemId);
    const reference = await this.shortlistedReference(ownerId);
    if (!item || item.kind !== 'confirm' || !reference) return false;
    const at = this.clock.now().toISOString();
    const key = proposalKey(this.call.id, reference);
    await updateRecord<unknown>(this.store, key, (stored) => {
      const current = stored ? parseRecord(proposalRecordSchema, key, stored) : this.emptyRecord(reference, ownerId, at);
      const checklist = { ...current.checklist };
      if (done === (checklist[itemId] !== undefined)) return undefined;
      if (done) checklist[itemId] = { at };
      else delete checklist[itemId];
      return { ...current, checklist, updatedAt: at };
    });
    return true;
  }

  async record(reference: string): Promise<ProposalRecord | undefined> {
    const key = proposalKey(this.call.id, reference);
    const stored = await this.store.get<unknown>(key);
    return stored ? parseRecord(proposalRecordSchema, key, stored.value) : undefined;
  }

  /** Every proposal record of the call (for IKM: the dashboard, the exports). */
  async all(): Promise<ProposalRecord[]> {
    const records = await this.store.list<unknown>(proposalsPrefix(this.call.id));
    return records.map((record) => parseRecord(proposalRecordSchema, record.key, record.value));
  }

  /** How many teams handed in a proposal document. */
  async count(): Promise<number> {
    return (await this.all()).filter((record) => record.files.length > 0).length;
  }

  /** A handed-in file's bytes (the latest, or a given version), for IKM's download. */
  async file(reference: string, version?: number): Promise<{ file: ProposalFile; bytes: Buffer; contentType: string } | undefined> {
    const record = await this.record(reference);
    const file = version === undefined ? record?.files.at(-1) : record?.files.find((candidate) => candidate.version === version);
    if (!file) return undefined;
    const bytes = await this.files.get(file.storedAs);
    return bytes ? { file, bytes, contentType: CONTENT_TYPES[file.type as ProposalFileType] } : undefined;
  }

  private async shortlistedReference(ownerId: string, ahead?: ReadAhead): Promise<string | undefined> {
    // Asked on every menu turn: most people have no submitted idea, and their draft is read ahead.
    const reference = await this.sources.referenceOf(ownerId, ahead);
    return reference && (await this.sources.isShortlisted(ownerId, reference)) ? reference : undefined;
  }
}
