import type { CallConfig, CallLanguage, InnovationCriterion } from '../call';
import type { eligibility as englishTexts } from '../i18n/en/eligibility';
import { NOT_IOM } from './eligibility-answers';
import { type RuleVerdict, VERDICT_PARAM_KINDS, type VerdictParamName, splitIds } from './rules';
import type { InnovationAnswer } from './self-assessment';

/**
 * From verdicts and self-assessment answers to sentences, given one language's texts. The values are
 * formatted by functions the caller passes in (the bot's `src/i18n/format.ts`), so this module makes
 * no choice of locale or clock; it only knows which param holds what (`VERDICT_PARAM_KINDS`) and where
 * labels come from (the call for submitter kinds and objectives, the texts for languages).
 */

/** The shape of every language's eligibility texts. */
export type EligibilityTexts = typeof englishTexts;

/** How values are written in the language at hand. */
export interface VerdictFormatters {
  /** A whole amount with its currency, e.g. "US$50,000". */
  amount(value: number, currency: string): string;
  /**
   * An ISO 8601 instant written in the call's zone, e.g. "25 October 2024 at 23:59 (Europe/Zurich)".
   * (Parsing is left to the caller so this module never constructs dates.)
   */
  instant(iso: string, timeZone: string): string;
  /**
   * A list of labels in a sentence. Objective titles themselves contain "and", so a "; " join reads
   * better than "A, B and C".
   */
  list(items: readonly string[]): string;
}

/** The sentences of one verdict; `fix` only when the rule did not pass. */
export interface VerdictSentences {
  reason: string;
  fix?: string;
}

type TextParams = Record<string, string | number>;
type RuleText = { reason: (p: TextParams) => string; fix?: (p: TextParams) => string };

function isParamName(name: string): name is VerdictParamName {
  return Object.hasOwn(VERDICT_PARAM_KINDS, name);
}

/** A verdict's raw params turned into what its texts expect: money, dates, labels. */
export function formatVerdictParams(
  verdict: RuleVerdict,
  call: CallConfig,
  language: CallLanguage,
  texts: EligibilityTexts,
  format: VerdictFormatters,
): TextParams {
  const { params } = verdict;
  const currency = String(params.currency ?? call.currency);
  const timeZone = String(params.timeZone ?? call.timeline.timeZone);
  const objectiveTitle = (id: string) =>
    call.strategicObjectives.find((objective) => objective.id === id)?.title[language] ?? id;
  const formatted: TextParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (!isParamName(name)) {
      formatted[name] = value;
      continue;
    }
    switch (VERDICT_PARAM_KINDS[name]) {
      case 'amount':
        formatted[name] = format.amount(Number(value), currency);
        break;
      case 'instant':
        formatted[name] = format.instant(String(value), timeZone);
        break;
      case 'submitter-kind':
        formatted[name] =
          value === NOT_IOM
            ? texts.questions.submitter.notIom
            : (call.eligibleSubmitters.find((kind) => kind.id === value)?.label[language] ?? String(value));
        break;
      case 'objective-ids':
        formatted[name] = format.list(splitIds(value).map(objectiveTitle));
        break;
      case 'language':
        formatted[name] = Object.hasOwn(texts.languageNames, value)
          ? texts.languageNames[value as keyof EligibilityTexts['languageNames']]
          : String(value);
        break;
      default:
        formatted[name] = value;
    }
  }
  return formatted;
}

/** The reason (and, unless it passed, the fix) of one verdict, in the language of `texts`. */
export function verdictSentences(
  verdict: RuleVerdict,
  call: CallConfig,
  language: CallLanguage,
  texts: EligibilityTexts,
  format: VerdictFormatters,
): VerdictSentences {
  // Each code's functions take that code's params; the verdict carries exactly those.
  const text = texts.rules[verdict.code] as unknown as RuleText;
  const params = formatVerdictParams(verdict, call, language, texts, format);
  const reason = text.reason(params);
  return verdict.outcome === 'pass' || !text.fix ? { reason } : { reason, fix: text.fix(params) };
}

type KnownCriterion = keyof EligibilityTexts['selfAssessment']['criteria'];

function knownCriterion(texts: EligibilityTexts, id: string): id is KnownCriterion {
  return Object.hasOwn(texts.selfAssessment.criteria, id);
}

/** The self-assessment question for a criterion: its own text, or one built from the call's wording. */
export function criterionQuestion(texts: EligibilityTexts, criterion: InnovationCriterion, language: CallLanguage): string {
  if (knownCriterion(texts, criterion.id)) return texts.selfAssessment.criteria[criterion.id].question;
  return texts.selfAssessment.generic.question({
    title: criterion.title[language],
    description: criterion.description[language],
  });
}

/** What to strengthen for a criterion given the team's answer (`undefined`: not answered). */
export function criterionFeedback(texts: EligibilityTexts, criterion: InnovationCriterion, answer: InnovationAnswer | undefined): string {
  // (Shown under the criterion's title and strength: the text does not name them again.)
  if (answer === undefined) return texts.selfAssessment.unanswered;
  if (knownCriterion(texts, criterion.id)) return texts.selfAssessment.criteria[criterion.id].feedback[answer];
  return texts.selfAssessment.generic.feedback[answer];
}
