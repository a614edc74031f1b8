import { type EligibilityAnswers, NOT_IOM } from './eligibility-answers';

/**
 * What the idea form can take over from the eligibility answers, so the team does not type it twice.
 * The idea form module maps these fields onto its own; values are copies, never shared arrays.
 */
export interface IdeaPrefill {
  /** An id of `call.eligibleSubmitters`; absent for `not-iom` (not an office type). */
  officeType?: string;
  /** Only present when the submitter kind needs a coordinating office and one was named. */
  coordinatingOffice?: string;
  /** Strategic objective ids. */
  objectives: string[];
  /** Whole amount in the call's currency. */
  budgetUsd: number;
  durationMonths: number;
}

/** The idea form's starting values from validated eligibility answers (see `answersSchemaFor`). */
export function ideaPrefillFromEligibility(answers: EligibilityAnswers): IdeaPrefill {
  const prefill: IdeaPrefill = {
    objectives: [...answers.objectives],
    budgetUsd: answers.budgetUsd,
    durationMonths: answers.durationMonths,
  };
  if (answers.submitterKind !== NOT_IOM) prefill.officeType = answers.submitterKind;
  if (answers.coordinatingOffice !== undefined) prefill.coordinatingOffice = answers.coordinatingOffice;
  return prefill;
}
