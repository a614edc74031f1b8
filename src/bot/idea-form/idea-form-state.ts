import { z } from 'zod';
import { fieldProblemSchema, IdeaAnswers, SECTION_IDS } from '../../ideas';
import { firstCharacters } from '../../i18n/format';

/** Where the person is in the form (the answers themselves live in the draft, in the store). */
export const ideaFormStateSchema = z.object({
  section: z.enum([...SECTION_IDS, 'review']),
  /** Text channels: the question being asked within the section. */
  fieldIndex: z.number().int().min(0),
  /**
   * Problems of the last save, shown with the section again. Kept as codes, not words, so that they
   * are worded in the language of the turn that shows them (the person may switch in between);
   * words kept by an older version are dropped (the section's fields still show what was typed).
   */
  problems: z.preprocess(
    (value) => (Array.isArray(value) ? value.filter((problem) => typeof problem !== 'string') : value),
    z.array(fieldProblemSchema),
  ),
  /** What was typed for fields with a problem, shown back so nothing typed is lost. */
  entered: z.record(z.string()),
  /** Text channels: the section was opened from the review, so answered questions are asked again. */
  editing: z.boolean().optional(),
  /** Cards: the section on screen was opened again from the review card, whose Submit is still live. */
  reopenedFromReview: z.boolean().optional(),
});
export type IdeaFormState = z.infer<typeof ideaFormStateSchema>;

/**
 * What was typed in a section and refused (a text past its limit, say), kept in the conversation
 * when the form is cancelled, so that the form begun again shows it instead of an empty box.
 */
export const keptInputSchema = ideaFormStateSchema
  .pick({ problems: true, entered: true })
  .extend({ section: z.enum(SECTION_IDS), /** The draft's revision then: a draft changed or begun again since does not get it. */ revision: z.number().int() });
export type KeptInput = z.infer<typeof keptInputSchema>;

export function reviewState(): IdeaFormState {
  return { section: 'review', fieldIndex: 0, problems: [], entered: {} };
}

export interface IdeaFormOptions {
  /** Answers already known (from the eligibility check); they fill only empty fields. */
  prefill?: Partial<IdeaAnswers>;
  /** Set up the state without showing anything (a card button will be handled next). */
  silent?: boolean;
}

/** Longest typed value kept in the dialog state to show again (the form's limits are far lower). */
const MAX_TYPED = 5000;

/** A typed value as kept in dialog state: no control characters (the store refuses NUL), bounded. */
export function typedValue(text: string): string {
  return firstCharacters(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''), MAX_TYPED);
}

/** Values sent by a card (field -> value), kept as `IdeaFormState.entered` to show them again. */
export function typedValues(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([field, value]) => [field, typedValue(String(value ?? ''))]));
}
