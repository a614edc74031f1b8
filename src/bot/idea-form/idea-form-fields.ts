import type { TurnContext } from 'botbuilder';
import type { CallConfig } from '../../call';
import { Language } from '../../i18n';
import { formatAmount, formatDate, LOCALES } from '../../i18n/format';
import {
  Draft,
  FieldDefinition,
  FieldProblem,
  FieldWarning,
  fieldDefinition,
  formDefinition,
  isFieldRequired,
  rawFromAnswer,
  SECTION_IDS,
  SectionId,
  sectionProgress,
} from '../../ideas';
import type { FormFieldCardData, FormSectionCardData } from '../forms';
import { turnOf } from '../turn';
import type { IdeaFormState } from './idea-form-state';

/** The idea form's sections, problems and warnings in the person's language. */

export function sectionCard(context: TurnContext, call: CallConfig, draft: Draft, section: SectionId, state: IdeaFormState): FormSectionCardData {
  const { t } = turnOf(context);
  const texts = t.ideaForm;
  const progress = sectionProgress(call, draft.answers).find((entry) => entry.id === section)!;
  const number = SECTION_IDS.indexOf(section) + 1;
  const started = progress.answered > 0;
  // Fields still to do: the empty required ones, and those whose typed value was refused (they keep
  // their previous answer, so they do not count as empty): "1 field left" beside three problems misleads.
  // Only refused ones: an older card's values shown again are typed, not refused ("3 fields left" on
  // a section whose every field was answered).
  const refusedFields = new Set(state.section === section ? state.problems.map((problem) => problem.field) : []);
  const refused = [...refusedFields].filter((id) => rawFromAnswer(draft.answers[id as keyof Draft['answers']]) !== '').length;
  const toDo = progress.left + refused;
  return {
    progress: started && toDo > 0 ? texts.progress.fieldsLeft({ count: toDo, number }) : '',
    title: texts.progress.section({ number, total: SECTION_IDS.length, title: texts.sections[section].title }),
    intro: texts.sections[section].intro,
    problemsTitle: texts.progress.savedWithProblems({ count: state.problems.length }),
    problems: state.problems.map((problem) => problemText(context, call, problem)),
    fields: sectionFields(context, call, draft, section, state),
    submitLabel: texts.actions.saveAndContinue,
    cancelLabel: t.forms.cancel,
    verb: 'idea.section',
    form: 'idea',
    section,
    revision: draft.revision,
  };
}

/** The section's questions in the user's language, with the draft's answers (or what was typed). */
export function sectionFields(context: TurnContext, call: CallConfig, draft: Draft, section: SectionId, state: IdeaFormState): FormFieldCardData[] {
  const { t, language } = turnOf(context);
  const definition = formDefinition(call).sections.find((entry) => entry.id === section)!;
  return definition.fields.map((field) => {
    const texts = t.ideaForm.fields[field.id];
    const entered = state.section === section ? state.entered[field.id] : undefined;
    return {
      id: field.id,
      kind: field.kind,
      label: texts.label(labelParams(field, language)),
      hint: texts.hint,
      value: entered ?? rawFromAnswer(draft.answers[field.id]),
      // The date picker opens inside the allowed range.
      ...(field.kind === 'date' ? { minDate: field.min, maxDate: field.max } : {}),
      required: isFieldRequired(call, field.id, draft.answers),
      // Teams shows this when it refuses the answer: missing, or a date outside the picker's range.
      requiredMessage: field.kind === 'date' ? t.forms.dateInRange(labelParams(field, language)) : t.forms.requiredMessage,
      options:
        'options' in field
          ? field.options.map((option) => ({
              title: option.number ? `${option.number}. ${option.label[language]}` : option.label[language],
              value: option.id,
            }))
          : undefined,
    };
  });
}

function labelParams(field: FieldDefinition, language: Language) {
  const params = { maxChars: '', maxWords: '', min: '', max: '' };
  if ('maxChars' in field) params.maxChars = String(field.maxChars);
  if (field.kind === 'longText') params.maxWords = String(field.maxWords);
  if (field.kind === 'number') {
    const show = (n: number) => (typeof field.unit === 'object' ? formatAmount(n, field.unit.currency, language) : String(n));
    params.min = show(field.min);
    params.max = show(field.max);
  }
  if (field.kind === 'date') {
    params.min = localDate(field.min, language);
    params.max = localDate(field.max, language);
  }
  return params;
}

/** What is wrong with one answer, naming the field and the rule. */
export function problemText(context: TurnContext, call: CallConfig, problem: FieldProblem): string {
  const { t, language } = turnOf(context);
  const name = t.ideaForm.fields[problem.field].name;
  const definition = fieldDefinition(call, problem.field);
  const params: Record<string, string> = { field: name };
  for (const [key, value] of Object.entries(problem.params as Record<string, unknown>)) {
    let shown = String(value);
    if (typeof value === 'number' && key !== 'count' && definition.kind === 'number') {
      shown = definition.unit === 'months' ? t.forms.months({ count: value }) : formatAmount(value, definition.unit.currency, language);
    } else if (definition.kind === 'date' && (key === 'min' || key === 'max')) {
      shown = localDate(String(value), language);
    }
    params[key] = shown;
  }
  const text = t.ideaForm.problems[problem.code] as (p: Record<string, string>) => string;
  return text(params);
}

/** A kept answer's warning (another language than English, an address outside IOM). */
export function warningText(context: TurnContext, warning: FieldWarning): string {
  const { t } = turnOf(context);
  const field = t.ideaForm.fields[warning.field].name;
  return warning.code === 'notEnglish'
    ? t.ideaForm.warnings.notEnglish({ field, detected: t.ideaForm.languageNames[warning.params.detected] })
    : t.ideaForm.warnings.notIomAddress({ field, domain: warning.params.domain });
}

/**
 * The warnings of a save, each said once: answers in the same other language are named together
 * ("The problem and What is new: the text seems to be written in Spanish..."), not one sentence each.
 */
export function warningTexts(context: TurnContext, warnings: readonly FieldWarning[]): string[] {
  const { t, language } = turnOf(context);
  const texts: string[] = [];
  const notEnglish = new Map<string, string[]>();
  for (const warning of warnings) {
    if (warning.code === 'notEnglish') notEnglish.set(warning.params.detected, [...(notEnglish.get(warning.params.detected) ?? []), t.ideaForm.fields[warning.field].name]);
    else texts.push(warningText(context, warning));
  }
  const together = new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' });
  const languageWarnings = [...notEnglish].map(([detected, fields]) =>
    t.ideaForm.warnings.notEnglish({
      // Inside the sentence a field's name is no title: "The problem and the solution", "Le problème et la solution".
      field: together.format(fields.map((name, at) => (at === 0 || /^\p{L}\p{Lu}/u.test(name) ? name : name.charAt(0).toLocaleLowerCase(LOCALES[language]) + name.slice(1)))),
      several: fields.length > 1,
      detected: t.ideaForm.languageNames[detected as keyof typeof t.ideaForm.languageNames],
    }),
  );
  return [...languageWarnings, ...texts];
}

/** A calendar date (YYYY-MM-DD) written for the reader: "1 March 2025". */
export function localDate(isoDate: string, language: Language): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? formatDate(new Date(`${isoDate}T12:00:00Z`), language, 'UTC') : isoDate;
}
