import { type CallConfig, areIdeasOpen, isIdeaDeadlinePast } from '../call';
import { type EligibilityAnswers, NOT_IOM } from './eligibility-answers';

/**
 * The eligibility rules of a call. Every limit comes from the `CallConfig`: change the call file and
 * the verdicts change. A verdict is data (a code and raw params); the sentences live in
 * `src/i18n/<lang>/eligibility.ts`, and the bot formats the params (amounts, dates, ids -> labels)
 * before calling them (see `VERDICT_PARAM_KINDS` and `verdictTexts`).
 */

/** The rules, in the order the result lists them. */
export const RULE_IDS = ['submitter', 'coordination', 'objectives', 'budget', 'duration', 'language', 'deadline'] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** `fixable`: the team can change something and check again; `fail`: this idea cannot enter this call. */
export type RuleOutcome = 'pass' | 'fixable' | 'fail';

/**
 * Every code a rule can produce, with its rule and outcome. Params (raw values, see
 * `VERDICT_PARAM_KINDS`) by code:
 * - `submitter.iom-office` / `submitter.not-iom` / `submitter.unknown-kind`: submitterKind
 * - `coordination.not-needed`: submitterKind; `coordination.named`: submitterKind, coordinatingOffice;
 *   `coordination.missing`: submitterKind
 * - `objectives.chosen`: objectives, count; `objectives.none`: available;
 *   `objectives.unknown`: unknown, available
 * - `budget.within`: amount, min, max, currency; `budget.too-low` / `budget.too-high`: the same + gap
 * - `duration.within`: months, maxMonths; `duration.too-long`: months, maxMonths, overMonths
 * - `language.matches` / `language.other`: language, required
 * - `deadline.open`: deadline, timeZone; `deadline.not-yet-open`: opensOn, deadline, timeZone;
 *   `deadline.closed`: closedOn, timeZone
 */
export const RULE_CODES = {
  'submitter.iom-office': { rule: 'submitter', outcome: 'pass' },
  'submitter.not-iom': { rule: 'submitter', outcome: 'fail' },
  'submitter.unknown-kind': { rule: 'submitter', outcome: 'fixable' },
  'coordination.not-needed': { rule: 'coordination', outcome: 'pass' },
  'coordination.named': { rule: 'coordination', outcome: 'pass' },
  'coordination.missing': { rule: 'coordination', outcome: 'fixable' },
  'objectives.chosen': { rule: 'objectives', outcome: 'pass' },
  'objectives.none': { rule: 'objectives', outcome: 'fixable' },
  'objectives.unknown': { rule: 'objectives', outcome: 'fixable' },
  'budget.within': { rule: 'budget', outcome: 'pass' },
  'budget.too-low': { rule: 'budget', outcome: 'fixable' },
  'budget.too-high': { rule: 'budget', outcome: 'fixable' },
  'duration.within': { rule: 'duration', outcome: 'pass' },
  'duration.too-long': { rule: 'duration', outcome: 'fixable' },
  'language.matches': { rule: 'language', outcome: 'pass' },
  'language.other': { rule: 'language', outcome: 'fixable' },
  'deadline.open': { rule: 'deadline', outcome: 'pass' },
  'deadline.not-yet-open': { rule: 'deadline', outcome: 'fixable' },
  'deadline.closed': { rule: 'deadline', outcome: 'fail' },
} as const satisfies Record<string, { rule: RuleId; outcome: RuleOutcome }>;
export type RuleCode = keyof typeof RULE_CODES;
/** The codes whose outcome is not `pass`: each has a "how to fix" text. */
export type ProblemCode = {
  [C in RuleCode]: (typeof RULE_CODES)[C]['outcome'] extends 'pass' ? never : C;
}[RuleCode];

/**
 * What each param holds, so one formatter serves every code:
 * - `amount`: a whole number in the param `currency` (format as money);
 * - `instant`: an ISO 8601 UTC instant (format as a date and time in the param `timeZone`);
 * - `count` / `months`: a whole number;
 * - `submitter-kind`: an id of `call.eligibleSubmitters` or `not-iom` (show its label);
 * - `objective-ids`: ids of `call.strategicObjectives` joined by "," (show their titles as a list);
 * - `language`: `en`, `fr`, `es` or `other` (show the language's name);
 * - `text`: typed by the user, show as is;
 * - `currency` / `time-zone`: used to format the others, not shown themselves.
 */
export const VERDICT_PARAM_KINDS = {
  submitterKind: 'submitter-kind',
  coordinatingOffice: 'text',
  objectives: 'objective-ids',
  available: 'objective-ids',
  unknown: 'objective-ids',
  count: 'count',
  amount: 'amount',
  min: 'amount',
  max: 'amount',
  gap: 'amount',
  currency: 'currency',
  months: 'months',
  maxMonths: 'months',
  overMonths: 'months',
  language: 'language',
  required: 'language',
  deadline: 'instant',
  opensOn: 'instant',
  closedOn: 'instant',
  timeZone: 'time-zone',
} as const;
export type VerdictParamName = keyof typeof VERDICT_PARAM_KINDS;
export type VerdictParamKind = (typeof VERDICT_PARAM_KINDS)[VerdictParamName];

/** The judgement of one rule: a code for the text and the raw values the text needs. */
export interface RuleVerdict {
  rule: RuleId;
  outcome: RuleOutcome;
  code: RuleCode;
  params: Record<string, string | number>;
}

/** `not-yet`: only fixable problems; `not-eligible`: at least one rule fails. */
export type Overall = 'eligible' | 'not-yet' | 'not-eligible';

/** The verdict on a set of answers: one verdict per rule, always in `RULE_IDS` order. */
export interface EligibilityResult {
  overall: Overall;
  rules: RuleVerdict[];
}

type Params = Partial<Record<VerdictParamName, string | number>>;

function verdict(code: RuleCode, params: Params): RuleVerdict {
  const { rule, outcome } = RULE_CODES[code];
  return { rule, outcome, code, params: params as Record<string, string | number> };
}

/** Ids joined the way params carry lists. */
export function joinIds(ids: readonly string[]): string {
  return ids.join(',');
}

/** The ids of a list param (`objectives`, `available`, `unknown`). */
export function splitIds(value: string | number | undefined): string[] {
  return typeof value === 'string' && value !== '' ? value.split(',') : [];
}

function submitterRule(call: CallConfig, answers: EligibilityAnswers): RuleVerdict {
  const submitterKind = answers.submitterKind;
  if (submitterKind === NOT_IOM) return verdict('submitter.not-iom', { submitterKind });
  // A kind the call does not list: stored answers from before the call file changed.
  const known = call.eligibleSubmitters.some((kind) => kind.id === submitterKind);
  return verdict(known ? 'submitter.iom-office' : 'submitter.unknown-kind', { submitterKind });
}

function coordinationRule(call: CallConfig, answers: EligibilityAnswers): RuleVerdict {
  const { submitterKind } = answers;
  const kind = call.eligibleSubmitters.find((candidate) => candidate.id === submitterKind);
  if (!kind?.needsCoordinatingOffice) return verdict('coordination.not-needed', { submitterKind });
  const office = answers.coordinatingOffice?.trim();
  return office
    ? verdict('coordination.named', { submitterKind, coordinatingOffice: office })
    : verdict('coordination.missing', { submitterKind });
}

function objectivesRule(call: CallConfig, answers: EligibilityAnswers): RuleVerdict {
  const available = call.strategicObjectives.map((objective) => objective.id);
  const unknown = answers.objectives.filter((id) => !available.includes(id));
  if (unknown.length > 0) {
    return verdict('objectives.unknown', { unknown: joinIds(unknown), available: joinIds(available) });
  }
  if (answers.objectives.length === 0) return verdict('objectives.none', { available: joinIds(available) });
  return verdict('objectives.chosen', { objectives: joinIds(answers.objectives), count: answers.objectives.length });
}

function budgetRule(call: CallConfig, answers: EligibilityAnswers): RuleVerdict {
  const { min, max } = call.funding;
  const amount = answers.budgetUsd;
  const range = { amount, min, max, currency: call.currency };
  if (amount < min) return verdict('budget.too-low', { ...range, gap: min - amount });
  if (amount > max) return verdict('budget.too-high', { ...range, gap: amount - max });
  return verdict('budget.within', range);
}

function durationRule(call: CallConfig, answers: EligibilityAnswers): RuleVerdict {
  const months = answers.durationMonths;
  const maxMonths = call.maxDurationMonths;
  return months > maxMonths
    ? verdict('duration.too-long', { months, maxMonths, overMonths: months - maxMonths })
    : verdict('duration.within', { months, maxMonths });
}

function languageRule(call: CallConfig, answers: EligibilityAnswers): RuleVerdict {
  const params = { language: answers.submissionLanguage, required: call.submissionLanguage };
  return verdict(answers.submissionLanguage === call.submissionLanguage ? 'language.matches' : 'language.other', params);
}

function deadlineRule(call: CallConfig, now: Date): RuleVerdict {
  const { launch, ideaDeadline, timeZone } = call.timeline;
  if (areIdeasOpen(call, now)) return verdict('deadline.open', { deadline: ideaDeadline.toISOString(), timeZone });
  if (isIdeaDeadlinePast(call, now)) return verdict('deadline.closed', { closedOn: ideaDeadline.toISOString(), timeZone });
  return verdict('deadline.not-yet-open', {
    opensOn: launch.toISOString(),
    deadline: ideaDeadline.toISOString(),
    timeZone,
  });
}

/** The overall verdict: any `fail` -> not eligible; else any `fixable` -> not yet; else eligible. */
export function overallOf(rules: readonly Pick<RuleVerdict, 'outcome'>[]): Overall {
  if (rules.some((rule) => rule.outcome === 'fail')) return 'not-eligible';
  if (rules.some((rule) => rule.outcome === 'fixable')) return 'not-yet';
  return 'eligible';
}

/**
 * Judges the answers against the call at `now`. Every rule is always judged, so the team sees all it
 * has to change at once.
 * @param answers valid in shape (`eligibilityAnswersSchema`); ids the call does not know give
 *   fixable verdicts rather than errors, since stored answers may predate a change of call file.
 * @param now the moment of the check (from the injected clock); the deadline minute is inclusive.
 */
export function checkEligibility(call: CallConfig, answers: EligibilityAnswers, now: Date): EligibilityResult {
  const rules = [
    submitterRule(call, answers),
    coordinationRule(call, answers),
    objectivesRule(call, answers),
    budgetRule(call, answers),
    durationRule(call, answers),
    languageRule(call, answers),
    deadlineRule(call, now),
  ];
  return { overall: overallOf(rules), rules };
}
