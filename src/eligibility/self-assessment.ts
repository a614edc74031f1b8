import { z } from 'zod';
import type { CallConfig } from '../call';

/**
 * The innovation self-assessment: one question per `call.innovationCriteria` entry, answered yes,
 * partly or no. It is advisory: it never changes the eligibility verdict, it tells the team where the
 * idea is still thin before the selection looks at it. Questions and feedback are in i18n (known
 * criterion ids have their own texts; others fall back to the criterion's title and description,
 * see `selfAssessmentTexts`).
 */

export const INNOVATION_ANSWERS = ['yes', 'partly', 'no'] as const;
export type InnovationAnswer = (typeof INNOVATION_ANSWERS)[number];

export type CriterionStrength = 'strong' | 'developing' | 'weak' | 'unanswered';

const STRENGTH_OF: Record<InnovationAnswer, Exclude<CriterionStrength, 'unanswered'>> = {
  yes: 'strong',
  partly: 'developing',
  no: 'weak',
};

/** Answers by criterion id; a missing criterion is unanswered. */
export type InnovationAnswers = Partial<Record<string, InnovationAnswer>>;

/** The answers of a self-assessment card for one call: only the call's criteria, each yes/partly/no. */
export function selfAssessmentAnswersSchemaFor(call: CallConfig): z.ZodType<InnovationAnswers, z.ZodTypeDef, unknown> {
  const answer = z.enum(INNOVATION_ANSWERS, {
    errorMap: () => ({ message: `must be one of ${INNOVATION_ANSWERS.join(', ')}` }),
  });
  const shape = Object.fromEntries(call.innovationCriteria.map((criterion) => [criterion.id, answer.optional()]));
  return z.object(shape).strict();
}

/** How one criterion stands. `answer` is absent when the question was not answered. */
export interface CriterionAssessment {
  criterion: string;
  answer?: InnovationAnswer;
  strength: CriterionStrength;
}

export interface InnovationAssessment {
  /** One entry per criterion of the call, in the call's order. */
  criteria: CriterionAssessment[];
  summary: { strong: number; developing: number; weak: number; unanswered: number; total: number };
}

/**
 * Rates each criterion of the call from the team's answers: yes -> strong, partly -> developing,
 * no -> weak, none -> unanswered. Answers for ids the call does not have are ignored.
 */
export function assessInnovation(call: CallConfig, answers: InnovationAnswers): InnovationAssessment {
  const criteria = call.innovationCriteria.map((criterion): CriterionAssessment => {
    const answer = answers[criterion.id];
    return answer
      ? { criterion: criterion.id, answer, strength: STRENGTH_OF[answer] }
      : { criterion: criterion.id, strength: 'unanswered' };
  });
  const count = (strength: CriterionStrength) => criteria.filter((entry) => entry.strength === strength).length;
  return {
    criteria,
    summary: {
      strong: count('strong'),
      developing: count('developing'),
      weak: count('weak'),
      unanswered: count('unanswered'),
      total: criteria.length,
    },
  };
}
