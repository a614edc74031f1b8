import type { CallConfig } from '../call';
import { Language, messages } from '../i18n';
import { formatAmount, formatDate, formatDateTime } from '../i18n/format';
import { type FieldWarning, formDefinition, isFieldApplicable, rawFromAnswer, Submission } from '../ideas';

/**
 * A submitted idea as a reviewer reads it, in IKM's working language (English): every section in
 * form order, each question's name and its answer worded (option titles, amounts, months, dates),
 * and the warnings kept with it. One model for the desk's card, the PDF and the e-mail, so the three
 * never disagree.
 */
export interface IdeaDocument {
  /** The language it is written in (English for IKM; the team's own copy in theirs). */
  language: Language;
  reference: string;
  title: string;
  callTitle: string;
  submittedAt: string;
  /** The idea in short: office, country, budget, duration, focal point. */
  facts: { label: string; value: string }[];
  sections: { title: string; answers: { label: string; value: string }[] }[];
  warnings: string[];
  /** Said at the top of the PDF when some of its writing cannot be drawn as typed (see `idea-pdf.ts`). */
  notAsTyped: string;
}

/**
 * A warning kept with a submitted idea, worded for IKM ("The team wrote "The solution" in French;
 * the call asks for English."), not for the team that was asked to fix it. The one wording every
 * IKM view uses: the desk's card, the channel's notice, the e-mail, the PDF and the export.
 */
export function warningForIkm(warning: FieldWarning): string {
  const t = messages('en');
  const field = t.ideaForm.fields[warning.field].name;
  return warning.code === 'notEnglish'
    ? t.desk.warnings.notEnglish({ field, detected: t.ideaForm.languageNames[warning.params.detected] })
    : t.desk.warnings.notIomAddress({ field, domain: warning.params.domain });
}

/**
 * The idea as IKM reads it (English, the call's zone, the warnings worded for IKM), or, for the
 * team's own copy (`reader`), in the team's language and zone, as their confirmation card gives it:
 * without IKM's warnings, which the form showed them when they wrote.
 */
export function ideaDocument(call: CallConfig, submission: Submission, reader?: { language: Language; zone: string }): IdeaDocument {
  const language = reader?.language ?? 'en';
  const t = messages(language);
  const texts = t.ideaForm;
  const a = submission.answers;
  const zone = reader?.zone ?? call.timeline.timeZone;
  const months = (count: number) => t.forms.months({ count });
  const date = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`), language, 'UTC');
  const sections = formDefinition(call).sections.map((section) => ({
    title: texts.sections[section.id].title,
    answers: section.fields
      .filter((field) => isFieldApplicable(call, field.id, a))
      .map((field) => {
        const value = a[field.id];
        let shown = rawFromAnswer(value);
        if ('options' in field && shown) {
          shown = shown
            .split(',')
            .map((id) => field.options.find((option) => option.id === id)?.label[language] ?? id)
            .join('; ');
        } else if (field.kind === 'number' && typeof value === 'number') {
          shown = field.unit === 'months' ? months(value) : formatAmount(value, field.unit.currency, language);
        } else if (field.kind === 'date' && shown) {
          shown = date(shown);
        }
        return { label: texts.fields[field.id].name, value: shown || texts.review.notAnswered };
      }),
  }));
  const warnings = reader ? [] : submission.warnings.map(warningForIkm);
  const submittedAt = formatDateTime(new Date(submission.submittedAt), language, zone);
  const labels = reader
    ? { office: t.forms.submittedFacts.office, country: texts.fields.countryOrRegion.name, budget: t.forms.submittedFacts.budget, duration: t.forms.submittedFacts.duration, submitted: t.forms.submittedFacts.submittedAt }
    : t.desk.notice;
  return {
    language,
    reference: submission.reference,
    title: a.title ?? '',
    callTitle: call.title[language],
    submittedAt,
    facts: [
      { label: labels.office, value: a.officeName ?? '' },
      { label: labels.country, value: a.countryOrRegion ?? '' },
      { label: labels.budget, value: a.budgetUsd ? formatAmount(a.budgetUsd, call.currency, language) : '' },
      { label: labels.duration, value: a.durationMonths ? months(a.durationMonths) : '' },
      { label: texts.fields.focalPointName.name, value: [a.focalPointName, a.focalPointEmail].filter(Boolean).join(', ') },
      { label: labels.submitted, value: submittedAt },
    ],
    sections,
    warnings,
    notAsTyped: t.forms.copy.notAsTyped,
  };
}
