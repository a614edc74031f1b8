import type { TurnContext } from 'botbuilder';
import type { CallConfig } from '../../call';
import type { Clock } from '../../clock';
import { clipped, formatAmount, formatDateTime, labelled, listOf } from '../../i18n/format';
import { Draft, formDefinition, isFieldApplicable, rawFromAnswer, SECTION_IDS, SectionId, sectionProgress, validateSubmission } from '../../ideas';
import { bulletList, sendCardOrText } from '../replies';
import { turnOf } from '../turn';
import { IdeaReviewCardData, renderIdeaConfirmationCard, renderIdeaReviewCard } from './cards';
import type { IdeaFormDependencies } from './idea-form-dialog';
import { localDate, problemText, warningText } from './idea-form-fields';

/** Longest answer the review card shows in full; the rest is in the draft (keeps the card well under Teams' size limit). */
const REVIEW_ANSWER_CHARS = 600;

/** Every answer, per section, with an edit button each; submit only when nothing is missing. */
export async function showReview(context: TurnContext, call: CallConfig, clock: Clock, draft: Draft): Promise<void> {
  const { t, language } = turnOf(context);
  const texts = t.ideaForm;
  const problems = validateSubmission(call, draft.answers, clock.now());
  const progress = sectionProgress(call, draft.answers);
  const card: IdeaReviewCardData = {
    title: texts.review.title,
    intro: `${texts.review.intro} ${texts.review.finalNote}`,
    // Complete with warnings (text to translate) is not "all good": said so, in the warning colour.
    status: problems.length
      ? `${texts.review.missing({ count: problems.length })} ${problems.map((p) => problemText(context, call, p)).join(' ')}`
      : draft.warnings.length
        ? texts.progress.allCompleteWithWarnings({ count: draft.warnings.length })
        : texts.progress.allComplete,
    statusStyle: problems.length || draft.warnings.length ? 'warning' : 'good',
    sections: SECTION_IDS.map((section, index) => ({
      id: section,
      title: texts.progress.section({ number: index + 1, total: SECTION_IDS.length, title: texts.sections[section].title }),
      state: progress[index].complete ? '✔' : texts.progress.fieldsLeft({ count: progress[index].left, number: index + 1 }),
      answers: reviewAnswers(context, call, draft, section),
      editLabel: texts.review.editSection({ title: texts.sections[section].title }),
      revision: draft.revision,
    })),
    canSubmit: problems.length === 0,
    submitLabel: texts.actions.submit,
    cancelLabel: t.forms.cancel,
    revision: draft.revision,
  };
  const text = [
    card.title,
    card.status,
    ...card.sections.map((section) =>
      [`${section.title} (${section.state})`, ...section.answers.map((a) => `- ${labelled(a.label, a.value, language)}`)].join('\n'),
    ),
    t.forms.reviewTextHint,
  ].join('\n\n');
  await sendCardOrText(context, renderIdeaReviewCard(card), text);
}

/** The answers of one section as a reader sees them (option titles, formatted amounts). */
function reviewAnswers(context: TurnContext, call: CallConfig, draft: Draft, section: SectionId) {
  const { t, language } = turnOf(context);
  const texts = t.ideaForm;
  const definition = formDefinition(call).sections.find((entry) => entry.id === section)!;
  return definition.fields
    .filter((field) => isFieldApplicable(call, field.id, draft.answers))
    .map((field) => {
      const value = draft.answers[field.id];
      let shown = rawFromAnswer(value);
      if ('options' in field && shown) {
        const titles = new Map(field.options.map((option) => [option.id, option.label[language]]));
        shown = listOf(
          shown.split(',').map((id) => titles.get(id) ?? id),
          language,
        );
      } else if (field.kind === 'number' && typeof value === 'number') {
        shown = field.unit === 'months' ? t.forms.months({ count: value }) : formatAmount(value, field.unit.currency, language);
      } else if (field.kind === 'date' && shown) {
        shown = localDate(shown, language);
      }
      // A warning given when the answer was saved stays with it until the answer changes.
      const warning = draft.warnings.find((entry) => entry.field === field.id);
      return { label: texts.fields[field.id].name, value: shorten(shown) || texts.review.notAnswered, warning: warning ? `⚠ ${warningText(context, warning)}` : '' };
    });
}

const shorten = (text: string): string => clipped(text, REVIEW_ANSWER_CHARS + 1);

/** The confirmation: reference number and a summary (also for a draft already submitted), times in the person's zone. */
export async function showSubmitted(
  context: TurnContext,
  deps: Pick<IdeaFormDependencies, 'call' | 'copyLink' | 'toldOutcome'>,
  draft: Draft,
  justNow = false,
): Promise<void> {
  const { call } = deps;
  const { t, language, timeZone, personId } = turnOf(context);
  const { mailbox } = call.contact;
  const reference = draft.reference ?? '';
  const a = draft.answers;
  const facts = [
    { label: t.forms.submittedFacts.title, value: a.title ?? '' },
    { label: t.forms.submittedFacts.office, value: [a.officeName, a.countryOrRegion].filter(Boolean).join(', ') },
    { label: t.forms.submittedFacts.budget, value: a.budgetUsd ? formatAmount(a.budgetUsd, call.currency, language) : '' },
    { label: t.forms.submittedFacts.duration, value: a.durationMonths ? t.forms.months({ count: a.durationMonths }) : '' },
    { label: t.forms.submittedFacts.submittedAt, value: formatDateTime(new Date(draft.updatedAt), language, timeZone) },
  ];
  // Once the team has been told what became of the idea, the idea says so too.
  const outcome = !justNow && reference ? await deps.toldOutcome?.(reference, personId) : undefined;
  const told = outcome && {
    shortlisted: t.ideaForm.review.shortlisted,
    'not-shortlisted': t.teamMessages.notShortlisted.text({ mailbox }),
    funded: t.proposal.next.funded({ mailbox }),
    'not-funded': t.proposal.next['not-funded']({ mailbox }),
  }[outcome];
  const next = justNow ? t.ideaForm.review.submitted({ reference, mailbox }) : t.ideaForm.review.readOnly({ reference });
  // A copy to keep, in the person's language and zone as this card; the link is fresh each time the
  // card is shown ("my idea").
  const copyUrl = reference && deps.copyLink ? deps.copyLink(reference, { language, zone: timeZone }) : '';
  const card = {
    title: t.forms.submittedTitle,
    reference,
    facts,
    next,
    outcome: told ?? '',
    // Shortlisted, funded or not: "My proposal" shows the stage, and the decision once told.
    proposalLabel: outcome && outcome !== 'not-shortlisted' ? t.menu.proposal : '',
    copyLabel: t.forms.copy.button,
    copyNote: copyUrl ? t.forms.copy.note : '',
    copyUrl,
  };
  const text = [
    card.title,
    reference,
    bulletList(facts.map((f) => labelled(f.label, f.value, language))),
    next,
    card.outcome,
    copyUrl ? t.forms.copy.text({ url: copyUrl }) : '',
  ]
    .filter(Boolean)
    .join('\n');
  await sendCardOrText(context, renderIdeaConfirmationCard(card), text);
}
