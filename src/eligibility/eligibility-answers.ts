import { z } from 'zod';
import type { CallConfig } from '../call';

/**
 * What the eligibility dialog collects. This file is the single source of truth for those answers:
 * the dialog, its cards and the stored dialog state all validate against these schemas.
 *
 * `eligibilityAnswersSchema` checks shape and bounds only; `answersSchemaFor(call)` also checks the
 * ids against a call. Rules (`rules.ts`) judge the answers; the schemas only refuse what cannot be an
 * answer at all (a negative budget, 0 months, an objective the call does not have).
 */

/** The submitter kind for anyone who is not an IOM office: a partner, government, NGO or individual. */
export const NOT_IOM = 'not-iom';

/** The languages a team may write its submission in; `other` is any language but these three. */
export const SUBMISSION_LANGUAGES = ['en', 'fr', 'es', 'other'] as const;
export type SubmissionLanguage = (typeof SUBMISSION_LANGUAGES)[number];

/** Sanity bound on the budget answer; the call's own range is a rule, not a schema limit. */
export const MAX_BUDGET_ANSWER = 10_000_000;
/** Sanity bounds on the duration answer, in months; the call's own maximum is a rule. */
export const MIN_DURATION_ANSWER = 1;
export const MAX_DURATION_ANSWER = 120;
/** Length bounds of the coordinating office's name. */
export const COORDINATING_OFFICE_MIN = 2;
export const COORDINATING_OFFICE_MAX = 150;

const id = z
  .string({ invalid_type_error: 'must be an id (text)' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an id such as country-office');

/** The answers, checked for shape and bounds (not against a call). */
export const eligibilityAnswersSchema = z
  .object({
    /** An id of `call.eligibleSubmitters`, or `not-iom`. */
    submitterKind: id,
    /** The country or regional office an HQ department works with; only kept when the kind needs one. */
    coordinatingOffice: z
      .string({ invalid_type_error: 'must be text' })
      .trim()
      .min(COORDINATING_OFFICE_MIN, `must be at least ${COORDINATING_OFFICE_MIN} characters`)
      .max(COORDINATING_OFFICE_MAX, `must be at most ${COORDINATING_OFFICE_MAX} characters`)
      .optional(),
    /** Ids of `call.strategicObjectives`; may be empty (the objectives rule then asks for one). */
    objectives: z.array(id, { invalid_type_error: 'must be a list of objective ids' }).superRefine((ids, ctx) => {
      const repeated = ids.filter((value, index) => ids.indexOf(value) !== index);
      if (repeated.length > 0) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `lists an objective more than once: ${[...new Set(repeated)].join(', ')}`,
        });
      }
    }),
    /** The funding requested, a whole amount in the call's currency (USD). */
    budgetUsd: z
      .number({ invalid_type_error: 'must be a number' })
      .int('must be a whole amount')
      .min(0, 'must not be negative')
      .max(MAX_BUDGET_ANSWER, `must be at most ${MAX_BUDGET_ANSWER}`),
    /** How long the project runs, in whole months. */
    durationMonths: z
      .number({ invalid_type_error: 'must be a number' })
      .int('must be a whole number of months')
      .min(MIN_DURATION_ANSWER, `must be at least ${MIN_DURATION_ANSWER} month`)
      .max(MAX_DURATION_ANSWER, `must be at most ${MAX_DURATION_ANSWER} months`),
    /** The language the team will write the submission in. */
    submissionLanguage: z.enum(SUBMISSION_LANGUAGES, {
      errorMap: () => ({ message: `must be one of ${SUBMISSION_LANGUAGES.join(', ')}` }),
    }),
  })
  .strict();

/** Answers of the eligibility dialog, valid in shape and bounds. */
export type EligibilityAnswers = z.output<typeof eligibilityAnswersSchema>;

/**
 * The answers schema for one call: `submitterKind` must be one of the call's submitter kinds or
 * `not-iom`, and every objective one of the call's strategic objectives. A coordinating office is
 * dropped when the chosen kind does not need one, so valid answers never carry a meaningless value.
 */
export function answersSchemaFor(call: CallConfig) {
  const kinds = call.eligibleSubmitters.map((kind) => kind.id);
  const objectives = call.strategicObjectives.map((objective) => objective.id);
  return eligibilityAnswersSchema
    .superRefine((answers, ctx) => {
      if (answers.submitterKind !== NOT_IOM && !kinds.includes(answers.submitterKind)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['submitterKind'],
          message: `must be one of ${[...kinds, NOT_IOM].join(', ')} (found ${JSON.stringify(answers.submitterKind)})`,
        });
      }
      answers.objectives.forEach((objective, index) => {
        if (!objectives.includes(objective)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['objectives', index],
            message: `is not a strategic objective of this call (found ${JSON.stringify(objective)}; known: ${objectives.join(', ')})`,
          });
        }
      });
    })
    .transform((answers): EligibilityAnswers => {
      const kind = call.eligibleSubmitters.find((candidate) => candidate.id === answers.submitterKind);
      if (kind?.needsCoordinatingOffice || answers.coordinatingOffice === undefined) return answers;
      const { coordinatingOffice: _dropped, ...rest } = answers;
      return rest;
    });
}
