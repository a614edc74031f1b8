import type { CallConfig } from '../call';
import { readWholeNumber } from '../ideas/validation';
import { answersSchemaFor, type EligibilityAnswers, NOT_IOM } from './eligibility-answers';

/** The questions of the eligibility check, in the order they are asked. */
export const ELIGIBILITY_FIELDS = [
  'submitterKind',
  'coordinatingOffice',
  'objectives',
  'budgetUsd',
  'durationMonths',
  'submissionLanguage',
] as const;
export type EligibilityField = (typeof ELIGIBILITY_FIELDS)[number];

export type EligibilityInput =
  | { ok: true; answers: EligibilityAnswers }
  /** The fields that could not be read, in question order. */
  | { ok: false; problems: EligibilityField[] };

/**
 * A number answer read as the check reads it ("USD 60,000" -> 60000, "18 months" -> 18), before
 * any bound: undefined when it is not a whole number at all.
 */
export function readNumberAnswer(call: CallConfig, raw: Record<string, unknown>, field: 'budgetUsd' | 'durationMonths'): number | undefined {
  return field === 'budgetUsd' ? readWholeNumber(raw.budgetUsd, { currency: call.currency }) : readWholeNumber(raw.durationMonths, 'months');
}

/**
 * Reads what the eligibility card (or the typed answers) sent: strings, as Teams submits them
 * (objectives as "id1,id2"). Each field is read on its own so that every unreadable answer is named.
 */
export function readEligibilityInput(call: CallConfig, raw: Record<string, unknown>): EligibilityInput {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);
  const candidate = {
    submitterKind: text(raw.submitterKind) ?? '',
    coordinatingOffice: text(raw.coordinatingOffice) || undefined,
    objectives: (text(raw.objectives) ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id.length > 0),
    budgetUsd: readNumberAnswer(call, raw, 'budgetUsd'),
    durationMonths: readNumberAnswer(call, raw, 'durationMonths'),
    submissionLanguage: text(raw.submissionLanguage) ?? '',
  };
  const parsed = answersSchemaFor(call).safeParse(candidate);
  if (parsed.success) return { ok: true, answers: parsed.data };
  const failing = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  // zod runs the call's own checks only once the shape is valid; check the ids here as well so
  // that every unreadable answer is named in one go.
  const kinds = [...call.eligibleSubmitters.map((kind) => kind.id), NOT_IOM];
  if (!kinds.includes(candidate.submitterKind)) failing.add('submitterKind');
  const objectives = call.strategicObjectives.map((objective) => objective.id);
  if (candidate.objectives.some((id) => !objectives.includes(id))) failing.add('objectives');
  return { ok: false, problems: ELIGIBILITY_FIELDS.filter((field) => failing.has(field)) };
}
