import { FixedClock } from '../../src/clock';
import { type DecisionKind, type IdeaReview, previewFingerprint } from '../../src/desk';
import { IdeaService, SECTION_IDS } from '../../src/ideas';
import type { Store } from '../../src/storage/store';
import { uniqueName } from '../storage/engines';
import { AT, COMPLETE_RAW, call2024 } from '../ideas/idea-fixtures';

/** A call of its own per test (the 2024 rules under a unique id), so tests on one database never meet. */
export function freshCall() {
  return { ...call2024, id: `t${uniqueName()}` };
}

/** Submits a complete idea for `ownerId`; returns its reference. */
export async function submitFor(ideas: IdeaService, ownerId: string, title = COMPLETE_RAW.idea.title): Promise<string> {
  const { draft } = await ideas.startDraft(ownerId, {});
  let revision = draft.revision;
  for (const section of SECTION_IDS) {
    const raw = section === 'idea' ? { ...COMPLETE_RAW.idea, title } : COMPLETE_RAW[section];
    const saved = await ideas.saveSection(ownerId, revision, section, raw);
    if (!saved.ok) throw new Error(`section ${section} not saved: ${saved.reason}`);
    revision = saved.draft.revision;
  }
  const result = await ideas.submit(ownerId, revision);
  if (!result.ok) throw new Error(`not submitted: ${result.reason}`);
  return result.reference;
}

/** An idea service over `store` for the call, at a time inside its idea window. */
export function ideasFor(store: Store, call: ReturnType<typeof freshCall>, clock = new FixedClock(AT.during)) {
  return new IdeaService(store, call, clock);
}

/** What IKM saw on the announcement's preview, as its button carries it. */
export async function seenBy(review: IdeaReview, kind: DecisionKind): Promise<string> {
  return previewFingerprint(await review.preview(kind));
}
