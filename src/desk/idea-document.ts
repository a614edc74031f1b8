import type { CallConfig } from '../call';
import { messages } from '../i18n';
import { formatAmount, formatDate, formatDateTime } from '../i18n/format';
import { type FieldWarning, formDefinition, isFieldApplicable, rawFromAnswer, Submission } from '../ideas';

/**
 * A submitted idea as a reviewer reads it, in IKM's working language (English): every section in
 * form order, each question's name and its answer worded (option titles, amounts, months, dates),
 * and the warnings kept with it. One model for the desk's card, the PDF and the e-mail, so the three
 * never disagree.
 */
export interface IdeaDocument {
  reference: string;
  title: string;
  callTitle: string;
  submittedAt: string;
  /** The idea in short: office, country, budget, duration, focal point. */
  facts: { label: string; value: string }[];
  sections: { title: string; answers: { label: string; value: string }[] }[];
  warnings: string[];
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

export function ideaDocument(call: CallConfig, submission: Submission): IdeaDocument {
  const t = messages('en');
  const texts = t.ideaForm;
  const a = submission.answers;
  const zone = call.timeline.timeZone;
  const months = (count: number) => t.forms.months({ count });
  const date = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`), 'en', 'UTC');
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
            .map((id) => field.options.find((option) => option.id === id)?.label.en ?? id)
            .join('; ');
        } else if (field.kind === 'number' && typeof value === 'number') {
          shown = field.unit === 'months' ? months(value) : formatAmount(value, field.unit.currency, 'en');
        } else if (field.kind === 'date' && shown) {
          shown = date(shown);
        }
        return { label: texts.fields[field.id].name, value: shown || texts.review.notAnswered };
      }),
  }));
  const warnings = submission.warnings.map(warningForIkm);
  return {
    reference: submission.reference,
    title: a.title ?? '',
    callTitle: call.title.en,
    submittedAt: formatDateTime(new Date(submission.submittedAt), 'en', zone),
    facts: [
      { label: t.desk.notice.office, value: a.officeName ?? '' },
      { label: t.desk.notice.country, value: a.countryOrRegion ?? '' },
      { label: t.desk.notice.budget, value: a.budgetUsd ? formatAmount(a.budgetUsd, call.currency, 'en') : '' },
      { label: t.desk.notice.duration, value: a.durationMonths ? months(a.durationMonths) : '' },
      { label: texts.fields.focalPointName.name, value: [a.focalPointName, a.focalPointEmail].filter(Boolean).join(', ') },
      { label: t.desk.notice.submitted, value: formatDateTime(new Date(submission.submittedAt), 'en', zone) },
    ],
    sections,
    warnings,
  };
}
