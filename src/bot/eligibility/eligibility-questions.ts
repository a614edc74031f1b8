import type { TurnContext } from 'botbuilder';
import type { CallConfig } from '../../call';
import {
  COORDINATING_OFFICE_MAX,
  COORDINATING_OFFICE_MIN,
  criterionQuestion,
  ELIGIBILITY_FIELDS,
  EligibilityField,
  INNOVATION_ANSWERS,
  MAX_BUDGET_ANSWER,
  MAX_DURATION_ANSWER,
  NOT_IOM,
  readNumberAnswer,
  type RuleId,
  selfAssessmentAnswersSchemaFor,
} from '../../eligibility';
import { formatAmount, formatNumber, labelled } from '../../i18n/format';
import { FormFieldCardData, FormSectionCardData } from '../forms';
import { channelShowsCards } from '../replies';
import { turnOf } from '../turn';
import type { EligibilityState } from './eligibility-state';

/** The questions and the self-assessment as form cards, in the person's language. */

export function sectionCard(context: TurnContext, call: CallConfig, state: EligibilityState): FormSectionCardData {
  const { t, language } = turnOf(context);
  const assessing = state.stage === 'assessment';
  return {
    progress: call.title[language],
    title: assessing ? t.eligibility.selfAssessment.title : t.eligibility.title,
    intro: assessing ? t.eligibility.selfAssessment.intro({ count: call.innovationCriteria.length }) : t.eligibility.intro,
    problemsTitle: t.forms.problemsTitle,
    problems: state.problems.map((problem) => (problem === 'pickOne' ? t.forms.pickOne : problemText(context, call, problem, state.raw))),
    fields: assessing ? assessmentFields(context, call, state) : questionFields(context, call, state),
    submitLabel: t.forms.saveAndContinue,
    cancelLabel: t.forms.cancel,
    verb: assessing ? 'eligibility.assessment' : 'eligibility.answers',
    form: assessing ? 'assessment' : 'eligibility',
    section: state.stage,
    revision: state.revision,
  };
}

/** The questions; the coordinating office is asked in text only when the chosen kind needs one. */
export function questionFields(context: TurnContext, call: CallConfig, state: EligibilityState): FormFieldCardData[] {
  const { t, language } = turnOf(context);
  const q = t.eligibility.questions;
  const amount = (value: number) => formatAmount(value, call.currency, language);
  const required = t.forms.requiredMessage;
  return [
    {
      id: 'submitterKind',
      kind: 'choice',
      label: q.submitter.prompt,
      required: true,
      requiredMessage: required,
      value: state.raw.submitterKind,
      options: [
        ...call.eligibleSubmitters.map((kind) => ({ title: kind.label[language], value: kind.id })),
        { title: q.submitter.notIom, value: NOT_IOM },
      ],
    },
    {
      id: 'coordinatingOffice',
      kind: 'text',
      label: q.coordinatingOffice.prompt,
      hint: q.coordinatingOffice.placeholder,
      required: false,
      value: state.raw.coordinatingOffice,
    },
    {
      id: 'objectives',
      kind: 'multiChoice',
      label: q.objectives.prompt,
      required: false,
      value: state.raw.objectives,
      options: call.strategicObjectives.map((objective) => ({
        title: `${objective.number}. ${objective.title[language]}`,
        value: objective.id,
      })),
    },
    {
      id: 'budgetUsd',
      kind: 'number',
      label: q.budget.prompt({ min: amount(call.funding.min), max: amount(call.funding.max), currency: call.currency }),
      hint: q.budget.placeholder,
      required: true,
      requiredMessage: required,
      value: state.raw.budgetUsd,
    },
    {
      id: 'durationMonths',
      kind: 'number',
      label: q.duration.prompt({ maxMonths: call.maxDurationMonths }),
      hint: q.duration.placeholder,
      required: true,
      requiredMessage: required,
      value: state.raw.durationMonths,
    },
    {
      id: 'submissionLanguage',
      kind: 'choice',
      label: q.language.prompt,
      required: true,
      requiredMessage: required,
      value: state.raw.submissionLanguage,
      options: (['en', 'fr', 'es', 'other'] as const).map((code) => ({ title: q.language.options[code], value: code })),
    },
  ];
}

export function assessmentFields(context: TurnContext, call: CallConfig, state: EligibilityState): FormFieldCardData[] {
  const { t, language } = turnOf(context);
  const texts = t.eligibility;
  return call.innovationCriteria.map((criterion) => ({
    id: criterion.id,
    kind: 'choice' as const,
    label: labelled(criterion.title[language], criterionQuestion(texts, criterion, language), language),
    required: false,
    value: state.raw[criterion.id],
    options: INNOVATION_ANSWERS.map((answer) => ({ title: texts.selfAssessment.answers[answer], value: answer })),
  }));
}

/** The first field from `from` on that applies (text channels skip the coordinating office unless needed). */
export function nextFieldIndex(context: TurnContext, call: CallConfig, state: EligibilityState, from: number): number {
  if (state.stage !== 'questions' || channelShowsCards(context)) return from;
  const kind = call.eligibleSubmitters.find((k) => k.id === state.raw.submitterKind);
  const skipOffice = !kind?.needsCoordinatingOffice;
  let index = from;
  while (skipOffice && ELIGIBILITY_FIELDS[index] === 'coordinatingOffice') index += 1;
  return index;
}

/** The rule (and so the name on the result card) each question is judged by. */
const FIELD_RULES = {
  submitterKind: 'submitter',
  coordinatingOffice: 'coordination',
  objectives: 'objectives',
  budgetUsd: 'budget',
  durationMonths: 'duration',
  submissionLanguage: 'language',
} as const satisfies Record<EligibilityField, RuleId>;

/**
 * What to fix in one answer, in the person's language, naming the answer ("Budget: ..."): on the
 * card the problems are listed together, away from their inputs. `raw` is what was sent: a whole
 * number past the check's sanity bound is told so, with the call's own limit, not the bound.
 */
export function problemText(context: TurnContext, call: CallConfig, field: EligibilityField, raw: Record<string, unknown>): string {
  const { t, language } = turnOf(context);
  const q = t.eligibility.questions;
  const name = t.eligibility.ruleNames[FIELD_RULES[field]];
  const amount = (value: number) => formatAmount(value, call.currency, language);
  switch (field) {
    case 'submitterKind':
    case 'submissionLanguage':
      return q.chooseOne({ field: name });
    case 'coordinatingOffice':
      return q.coordinatingOffice.retry({ field: name, min: COORDINATING_OFFICE_MIN, max: COORDINATING_OFFICE_MAX });
    case 'objectives':
      return q.objectives.retry({ field: name });
    case 'budgetUsd': {
      const value = readNumberAnswer(call, raw, field);
      return value !== undefined && value > MAX_BUDGET_ANSWER
        ? q.budget.tooHigh({ field: name, amount: amount(value), min: amount(call.funding.min), max: amount(call.funding.max) })
        : q.budget.retry({ field: name });
    }
    case 'durationMonths': {
      const value = readNumberAnswer(call, raw, field);
      return value !== undefined && value > MAX_DURATION_ANSWER
        ? q.duration.tooLong({ field: name, months: formatNumber(value, language), maxMonths: call.maxDurationMonths })
        : q.duration.retry({ field: name });
    }
  }
}

/** The self-assessment answers given so far, if they are all valid choices. */
export function assessmentAnswers(call: CallConfig, state: EligibilityState) {
  const chosen = Object.fromEntries(
    call.innovationCriteria
      .map((criterion) => [criterion.id, state.raw[criterion.id]] as const)
      .filter(([, answer]) => answer !== undefined && answer !== ''),
  );
  const parsed = selfAssessmentAnswersSchemaFor(call).safeParse(chosen);
  return parsed.success ? parsed.data : undefined;
}
