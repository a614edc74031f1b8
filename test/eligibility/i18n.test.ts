import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallLanguage } from '../../src/call';
import {
  type EligibilityAnswers,
  type EligibilityTexts,
  type Overall,
  type ProblemCode,
  RULE_CODES,
  RULE_IDS,
  type RuleCode,
  type RuleVerdict,
  SUBMISSION_LANGUAGES,
  type VerdictFormatters,
  checkEligibility,
  formatVerdictParams,
  verdictSentences,
} from '../../src/eligibility';
import { eligibility as en } from '../../src/i18n/en/eligibility';
import { eligibility as es } from '../../src/i18n/es/eligibility';
import { eligibility as fr } from '../../src/i18n/fr/eligibility';
import { formatAmount, formatDateTime } from '../../src/i18n/format';
import { AT, answers, call2024, changedCall } from './fixtures';

const TEXTS: Record<CallLanguage, EligibilityTexts> = { en, fr, es };
const LANGUAGES: CallLanguage[] = ['en', 'fr', 'es'];
const ALL_CODES = Object.keys(RULE_CODES) as RuleCode[];

// Compile-time: the English rule texts are keyed by exactly the rule codes, and every code that is
// not a pass has a fix (fr and es follow through `typeof en`).
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const keyedByCodes: Exactly<keyof typeof en.rules, RuleCode> = true;
const problemsHaveFixes: { [C in ProblemCode]: { fix: unknown } } = en.rules;
void keyedByCodes;
void problemsHaveFixes;

function formatters(language: CallLanguage): VerdictFormatters {
  return {
    amount: (value, currency) => formatAmount(value, currency, language),
    instant: (iso, timeZone) => formatDateTime(new Date(iso), language, timeZone),
    list: (items) => items.join('; '),
  };
}

/** Answers and moments that, together, make the rules produce every code. */
const SCENARIOS: [Partial<EligibilityAnswers>, Date][] = [
  [{}, AT.open],
  [{ submitterKind: 'hq-department', coordinatingOffice: 'IOM Kenya', objectives: ['saving-lives', 'regular-pathways'] }, AT.open],
  [{ submitterKind: 'hq-department', objectives: [], budgetUsd: 49_999, durationMonths: 13, submissionLanguage: 'other' }, AT.beforeLaunch],
  [{ submitterKind: 'not-iom', objectives: ['space-travel'], budgetUsd: 80_001, submissionLanguage: 'fr' }, AT.afterDeadline],
  [{ submitterKind: 'liaison-office' }, AT.open],
];

function producedVerdicts(): RuleVerdict[] {
  return SCENARIOS.flatMap(([changes, now]) => checkEligibility(call2024, answers(changes), now).rules);
}

describe('rule texts', () => {
  it('the scenarios produce every rule code, so the checks below cover them all', () => {
    expect(new Set(producedVerdicts().map((verdict) => verdict.code))).toEqual(new Set(ALL_CODES));
  });

  describe.each(LANGUAGES)('%s', (language) => {
    const texts = TEXTS[language];

    it.each(ALL_CODES)('%s has a reason, and a fix unless it is a pass', (code) => {
      const entry = texts.rules[code] as { reason?: unknown; fix?: unknown };
      expect(typeof entry.reason).toBe('function');
      expect(typeof entry.fix).toBe(RULE_CODES[code].outcome === 'pass' ? 'undefined' : 'function');
    });

    it('renders every verdict without holes', () => {
      for (const verdict of producedVerdicts()) {
        const sentences = verdictSentences(verdict, call2024, language, texts, formatters(language));
        const all = [sentences.reason, sentences.fix ?? ''];
        for (const sentence of all) expect(sentence).not.toMatch(/undefined|NaN|\[object|null/);
        expect(sentences.reason.length).toBeGreaterThan(5);
        if (verdict.outcome === 'pass') expect(sentences.fix).toBeUndefined();
        else expect(sentences.fix?.length).toBeGreaterThan(5);
        // Raw values never reach the user: no ISO instants, no objective ids.
        for (const sentence of all) expect(sentence).not.toMatch(/\d{4}-\d\d-\d\dT|saving-lives|regular-pathways/);
      }
    });
  });
});

describe('formatting verdict params', () => {
  const verdictFor = (changes: Partial<EligibilityAnswers>, now: Date, rule: string, call = call2024) =>
    checkEligibility(call, answers(changes), now).rules.find((verdict) => verdict.rule === rule)!;

  it('writes amounts with their currency and the gap', () => {
    const params = formatVerdictParams(verdictFor({ budgetUsd: 49_999 }, AT.open, 'budget'), call2024, 'en', en, formatters('en'));
    expect(params).toMatchObject({
      amount: formatAmount(49_999, 'USD', 'en'),
      min: formatAmount(50_000, 'USD', 'en'),
      max: formatAmount(80_000, 'USD', 'en'),
      gap: formatAmount(1, 'USD', 'en'),
    });
    expect(verdictSentences(verdictFor({ budgetUsd: 49_999 }, AT.open, 'budget'), call2024, 'en', en, formatters('en'))).toEqual({
      reason: `${formatAmount(49_999, 'USD', 'en')} is ${formatAmount(1, 'USD', 'en')} below the minimum of ${formatAmount(50_000, 'USD', 'en')}.`,
      fix: `Plan a request between ${formatAmount(50_000, 'USD', 'en')} and ${formatAmount(80_000, 'USD', 'en')}.`,
    });
  });

  it('writes dates in the call zone', () => {
    const verdict = verdictFor({}, AT.afterDeadline, 'deadline');
    expect(verdictSentences(verdict, call2024, 'fr', fr, formatters('fr')).reason).toBe(
      `L’appel à idées a fermé le ${formatDateTime(call2024.timeline.ideaDeadline, 'fr', 'Europe/Zurich')}.`,
    );
    expect(formatDateTime(call2024.timeline.ideaDeadline, 'en', 'Europe/Zurich')).toContain('23:59');
  });

  it('writes labels from the call and language names from the texts', () => {
    const hq = verdictFor({ submitterKind: 'hq-department' }, AT.open, 'coordination');
    expect(formatVerdictParams(hq, call2024, 'es', es, formatters('es')).submitterKind).toBe('Departamento de la Sede de la OIM');
    const objectives = verdictFor({ objectives: ['saving-lives', 'regular-pathways'] }, AT.open, 'objectives');
    expect(formatVerdictParams(objectives, call2024, 'en', en, formatters('en')).objectives).toBe(
      'Saving lives and protecting people on the move; Facilitating pathways for regular migration',
    );
    const language = verdictFor({ submissionLanguage: 'other' }, AT.open, 'language');
    expect(verdictSentences(language, call2024, 'en', en, formatters('en')).fix).toBe(
      'Write the idea, and later the proposal, in English.',
    );
    expect(verdictSentences(language, call2024, 'es', es, formatters('es')).reason).toBe(
      'Esta convocatoria solo acepta presentaciones en inglés.',
    );
  });

  it('follows a changed call', () => {
    const budget = verdictFor({}, new Date('2025-10-01T09:00:00.000Z'), 'budget', changedCall);
    expect(verdictSentences(budget, changedCall, 'en', en, formatters('en')).reason).toBe(
      `${formatAmount(60_000, 'USD', 'en')} is ${formatAmount(40_000, 'USD', 'en')} above the maximum of ${formatAmount(20_000, 'USD', 'en')}.`,
    );
    const duration = verdictFor({ durationMonths: 7 }, new Date('2025-10-01T09:00:00.000Z'), 'duration', changedCall);
    expect(verdictSentences(duration, changedCall, 'en', en, formatters('en'))).toEqual({
      reason: '7 months is 1 month over the limit of 6 months.',
      fix: 'Plan the project to finish within 6 months.',
    });
  });
});

describe('dialog and card texts', () => {
  it.each(LANGUAGES)('cover every rule, outcome, verdict and language option (%s)', (language) => {
    const texts = TEXTS[language];
    expect(Object.keys(texts.ruleNames)).toEqual([...RULE_IDS]);
    expect(Object.keys(texts.outcomeLabels)).toEqual(['pass', 'fixable', 'fail']);
    expect(Object.keys(texts.languageNames)).toEqual([...SUBMISSION_LANGUAGES]);
    expect(Object.keys(texts.questions.language.options)).toEqual([...SUBMISSION_LANGUAGES]);
    for (const overall of ['eligible', 'not-yet', 'not-eligible'] as Overall[]) {
      expect(texts.overall[overall].title.length).toBeGreaterThan(3);
      expect(texts.overall[overall].summary.length).toBeGreaterThan(10);
    }
    expect(texts.closing.startIdeaForm.length).toBeGreaterThan(10);
  });

  it.each(LANGUAGES)('the budget and duration questions state the call limits they are given (%s)', (language) => {
    const texts = TEXTS[language];
    const min = formatAmount(10_000, 'USD', language);
    const max = formatAmount(20_000, 'USD', language);
    const prompt = texts.questions.budget.prompt({ min, max, currency: 'USD' });
    expect(prompt).toContain(min);
    expect(prompt).toContain(max);
    expect(texts.questions.duration.prompt({ maxMonths: 6 })).toContain('6');
    expect(texts.contact({ unit: call2024.contact.unit[language], mailbox: call2024.contact.mailbox })).toContain('ikm@iom.int');
  });

  it.each(['en', 'fr', 'es'])('the %s file does not hard-code the call (amounts, months, dates)', (language) => {
    const source = readFileSync(join(__dirname, '..', '..', 'src', 'i18n', language, 'eligibility.ts'), 'utf8');
    expect(source).not.toMatch(/\b[58]0[ ,.\u202f]?000\b|\b12 (months|mois|meses)\b|\b2024\b|Zurich|ikm@iom\.int/i);
  });
});
