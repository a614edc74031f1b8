import type { DialogInstance } from 'botbuilder-dialogs';
import { z } from 'zod';
import { ELIGIBILITY_FIELDS, EligibilityField } from '../../eligibility';
import { firstCharacters } from '../../i18n/format';

/** A problem as kept in the state: an answer to fix, or a self-assessment question left unanswered. */
export type EligibilityProblem = EligibilityField | 'pickOne';
const STATE_PROBLEMS = [...ELIGIBILITY_FIELDS, 'pickOne'] as [EligibilityProblem, ...EligibilityProblem[]];

/** The check's progress, stored in the dialog stack (plain JSON, validated when read back). */
export const eligibilityStateSchema = z.object({
  stage: z.enum(['questions', 'result', 'assessment', 'feedback']),
  /** Answers as typed or chosen, by field id (also the criteria ids in the assessment). */
  raw: z.record(z.string()),
  /** Text channels: the question being asked. */
  fieldIndex: z.number().int().min(0),
  /** Increases whenever a new card is shown; a submit from an older card is refused. */
  revision: z.number().int().min(0),
  /**
   * What to fix, worded only when shown (the person may switch language in between): the questions'
   * fields, or `pickOne` for a self-assessment left unanswered. Words kept by an older version are dropped.
   */
  problems: z.preprocess(
    (value) => (Array.isArray(value) ? value.filter((problem) => STATE_PROBLEMS.includes(problem)) : value),
    z.array(z.enum(STATE_PROBLEMS)),
  ),
});
export type EligibilityState = z.infer<typeof eligibilityStateSchema>;

export function freshEligibilityState(): EligibilityState {
  return { stage: 'questions', raw: {}, fieldIndex: 0, revision: 1, problems: [] };
}

/** The stored state, or a fresh start when it is damaged or from an older version of the bot. */
export function eligibilityStateOf(instance: DialogInstance): EligibilityState {
  const parsed = eligibilityStateSchema.safeParse(instance.state);
  return (instance.state = parsed.success ? parsed.data : freshEligibilityState());
}

/** The next steps a result card offers, as verbs (buttons) or numbers (text). */
export const RESULT_ACTIONS = ['eligibility.assess', 'eligibility.startIdea', 'eligibility.change'] as const;
export type ResultAction = (typeof RESULT_ACTIONS)[number];
export const FEEDBACK_ACTIONS = ['eligibility.startIdea', 'eligibility.change'] as const;

/** Longest typed value kept in the dialog state; longer ones are refused by the schema anyway. */
const MAX_TYPED = 1000;

/** A typed value as kept in dialog state: no control characters (the store refuses NUL), bounded. */
export function typedValue(text: string): string {
  return firstCharacters(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''), MAX_TYPED);
}
