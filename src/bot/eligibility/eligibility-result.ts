import type { TurnContext } from 'botbuilder';
import type { CallConfig } from '../../call';
import type { Clock } from '../../clock';
import { assessInnovation, checkEligibility, criterionFeedback, type Overall, readEligibilityInput, RuleOutcome, verdictSentences } from '../../eligibility';
import type { Messages } from '../../i18n';
import { formatAmount, formatDateTime, labelled, listOf } from '../../i18n/format';
import { numberedList, sendCardOrText } from '../replies';
import { turnOf } from '../turn';
import { EligibilityResultCardData, renderEligibilityResultCard } from './cards';
import { assessmentAnswers } from './eligibility-questions';
import { EligibilityState, FEEDBACK_ACTIONS, RESULT_ACTIONS, ResultAction } from './eligibility-state';

/** The verdict card and the self-assessment feedback card (or their text), in the person's language. */

// Text colours stay dark enough to read in every Teams theme: the mark says pass or fix, and only a
// failure is coloured (Teams' "good" green and "warning" yellow are pale on a light background).
const MARKS: Record<RuleOutcome, { mark: string; color: 'Default' | 'Attention' }> = {
  pass: { mark: '✔', color: 'Default' },
  fixable: { mark: '!', color: 'Default' },
  fail: { mark: '✖', color: 'Attention' },
};

/**
 * Whether the person can still start an idea, and if not why: their idea is in already (its
 * reference), or the idea deadline has passed. The result offers the idea form only when they can.
 */
export type IdeaStart = { open: true } | { open: false; submitted?: string };

/** The next steps a verdict offers: no idea form after a "not eligible", nor when an idea cannot be started. */
export function resultActions(call: CallConfig, clock: Clock, state: EligibilityState, idea: IdeaStart): ResultAction[] {
  const input = readEligibilityInput(call, state.raw);
  const overall = input.ok ? checkEligibility(call, input.answers, clock.now()).overall : undefined;
  return RESULT_ACTIONS.filter((verb) => verb !== 'eligibility.startIdea' || (overall !== 'not-eligible' && idea.open));
}

export async function showResult(context: TurnContext, call: CallConfig, clock: Clock, state: EligibilityState, idea: IdeaStart): Promise<void> {
  const { t, language, timeZone } = turnOf(context);
  const input = readEligibilityInput(call, state.raw);
  if (!input.ok) return;
  const result = checkEligibility(call, input.answers, clock.now());
  const texts = t.eligibility;
  const formatters = {
    amount: (value: number, currency: string) => formatAmount(value, currency, language),
    // Moments in the reader's zone, as everywhere else (the verdict names the call's).
    instant: (iso: string) => formatDateTime(new Date(iso), language, timeZone),
    list: (items: readonly string[]) => listOf(items, language),
  };
  const rules = result.rules.map((verdict) => {
    const sentences = verdictSentences(verdict, call, language, texts, formatters);
    return {
      ...MARKS[verdict.outcome],
      title: texts.ruleNames[verdict.rule],
      reason: sentences.reason,
      fix: sentences.fix ? t.forms.labelled({ label: texts.fixLabel, text: sentences.fix }) : '',
    };
  });
  const actions = resultActions(call, clock, state, idea);
  const labels: Record<ResultAction, string> = {
    'eligibility.assess': texts.closing.selfAssessment,
    'eligibility.startIdea': texts.closing.startIdeaForm,
    'eligibility.change': texts.closing.changeAnswers,
  };
  const card: EligibilityResultCardData = {
    verdict: texts.overall[result.overall].title,
    verdictStyle: result.overall === 'eligible' ? 'good' : result.overall === 'not-yet' ? 'warning' : 'attention',
    summary: resultSummary(texts, result.overall, idea),
    rules,
    actions: actions.map((verb) => ({ title: labels[verb], verb, revision: state.revision })),
  };
  const text = [
    card.verdict,
    card.summary,
    ...rules.map((rule) => `${rule.mark} ${labelled(rule.title, rule.reason, language)}${rule.fix ? ` ${rule.fix}` : ''}`),
    numberedList(actions.map((verb) => labels[verb])),
  ].join('\n');
  await sendCardOrText(context, renderEligibilityResultCard(card), text);
}

/** The verdict's sentence, and what comes next: the idea form, or why not (in already, too late). */
function resultSummary(texts: Messages['eligibility'], overall: Overall, idea: IdeaStart): string {
  if (overall === 'not-eligible') return texts.overall[overall].summary;
  if (idea.open) return `${texts.overall[overall].summary} ${texts.closing.offer}`;
  const why = idea.submitted ? texts.closing.submitted({ reference: idea.submitted }) : texts.closing.ideasClosed;
  return overall === 'eligible' ? `${texts.closing.checksPass} ${why}` : `${texts.overall[overall].summary} ${why}`;
}

export async function showFeedback(context: TurnContext, call: CallConfig, state: EligibilityState): Promise<void> {
  const { t, language } = turnOf(context);
  const texts = t.eligibility;
  const assessment = assessInnovation(call, assessmentAnswers(call, state) ?? {});
  const strengthMark = { strong: MARKS.pass, developing: MARKS.fixable, weak: MARKS.fail, unanswered: MARKS.fixable };
  const rules = assessment.criteria.map((entry) => {
    const criterion = call.innovationCriteria.find((c) => c.id === entry.criterion)!;
    return {
      ...strengthMark[entry.strength],
      title: labelled(criterion.title[language], texts.selfAssessment.strengths[entry.strength], language),
      reason: criterionFeedback(texts, criterion, entry.answer),
      fix: '',
    };
  });
  const labels = { 'eligibility.startIdea': texts.closing.startIdeaForm, 'eligibility.change': texts.closing.changeAnswers };
  const card: EligibilityResultCardData = {
    verdict: texts.selfAssessment.title,
    // The header's colour follows the criteria: green only when every one is strong.
    verdictStyle: assessment.summary.weak > 0 ? 'warning' : assessment.summary.strong === assessment.summary.total ? 'good' : 'emphasis',
    summary: texts.selfAssessment.summary({ strong: assessment.summary.strong, total: assessment.summary.total }),
    rules,
    actions: FEEDBACK_ACTIONS.map((verb) => ({ title: labels[verb], verb, revision: state.revision })),
  };
  const text = [
    card.verdict,
    card.summary,
    ...rules.map((rule) => `${rule.mark} ${labelled(rule.title, rule.reason, language)}`),
    numberedList(FEEDBACK_ACTIONS.map((verb) => labels[verb])),
  ].join('\n');
  await sendCardOrText(context, renderEligibilityResultCard(card), text);
}
