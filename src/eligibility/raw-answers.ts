import type { CallConfig } from '../call';
import { answersSchemaFor, type EligibilityAnswers } from './eligibility-answers';

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

/**
 * A whole number as people type it: "60000", "60,000", "60 000", "USD 60'000", "US$ 60.000".
 * Undefined for anything else (decimals, words, several numbers).
 */
export function parseWholeNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw
    .trim()
    .replace(/^(usd|us\$|\$)\s*/i, '')
    .replace(/\s*(usd|dollars?|months?|mois|meses)$/i, '')
    .trim();
  if (!/^\d{1,3}([,.' \u00a0\u202f]\d{3})*$|^\d+$/.test(text)) return undefined;
  const value = Number(text.replace(/[,.' \u00a0\u202f]/g, ''));
  return Number.isSafeInteger(value) ? value : undefined;
}

export type EligibilityInput =
  | { ok: true; answers: EligibilityAnswers }
  /** The fields that could not be read, in question order. */
  | { ok: false; problems: EligibilityField[] };

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
    budgetUsd: parseWholeNumber(raw.budgetUsd),
    durationMonths: parseWholeNumber(raw.durationMonths),
    submissionLanguage: text(raw.submissionLanguage) ?? '',
  };
  const parsed = answersSchemaFor(call).safeParse(candidate);
  if (parsed.success) return { ok: true, answers: parsed.data };
  const failing = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  return { ok: false, problems: ELIGIBILITY_FIELDS.filter((field) => failing.has(field)) };
}
