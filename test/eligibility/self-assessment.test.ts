import type { CallConfig, CallLanguage } from '../../src/call';
import {
  INNOVATION_ANSWERS,
  type InnovationAnswer,
  assessInnovation,
  criterionFeedback,
  criterionQuestion,
  selfAssessmentAnswersSchemaFor,
} from '../../src/eligibility';
import { eligibility as en } from '../../src/i18n/en/eligibility';
import { eligibility as es } from '../../src/i18n/es/eligibility';
import { eligibility as fr } from '../../src/i18n/fr/eligibility';
import { call2024 } from './fixtures';

const TEXTS = { en, fr, es } as const;
const LANGUAGES: CallLanguage[] = ['en', 'fr', 'es'];

describe('assessInnovation', () => {
  it('rates each criterion of the call, in the call order', () => {
    const result = assessInnovation(call2024, {
      novelty: 'yes',
      effectiveness: 'partly',
      sustainability: 'no',
      'transformation-scaling': 'yes',
    });
    expect(result.criteria).toEqual([
      { criterion: 'novelty', answer: 'yes', strength: 'strong' },
      { criterion: 'effectiveness', answer: 'partly', strength: 'developing' },
      { criterion: 'sustainability', answer: 'no', strength: 'weak' },
      { criterion: 'accessibility-participation', strength: 'unanswered' },
      { criterion: 'transformation-scaling', answer: 'yes', strength: 'strong' },
    ]);
    expect(result.summary).toEqual({ strong: 2, developing: 1, weak: 1, unanswered: 1, total: 5 });
  });

  it.each<[InnovationAnswer, string]>([
    ['yes', 'strong'],
    ['partly', 'developing'],
    ['no', 'weak'],
  ])('%s -> %s for every criterion', (answer, strength) => {
    const all = Object.fromEntries(call2024.innovationCriteria.map((criterion) => [criterion.id, answer]));
    const result = assessInnovation(call2024, all);
    expect(result.criteria.every((entry) => entry.strength === strength)).toBe(true);
    expect(result.summary.strong).toBe(answer === 'yes' ? 5 : 0);
  });

  it('with no answers, everything is unanswered', () => {
    expect(assessInnovation(call2024, {}).summary).toEqual({ strong: 0, developing: 0, weak: 0, unanswered: 5, total: 5 });
  });

  it('ignores answers for criteria the call does not have, and follows a changed list', () => {
    const call: CallConfig = {
      ...call2024,
      innovationCriteria: [
        call2024.innovationCriteria[0],
        {
          id: 'cost-efficiency',
          title: { en: 'Cost efficiency', fr: 'Efficience', es: 'Eficiencia' },
          description: {
            en: 'Gets more done for the money than current practice.',
            fr: 'Fait plus avec le même argent que les pratiques actuelles.',
            es: 'Logra más con el mismo dinero que las prácticas actuales.',
          },
        },
      ],
    };
    const result = assessInnovation(call, { novelty: 'partly', 'cost-efficiency': 'yes', effectiveness: 'yes' });
    expect(result.criteria.map((entry) => [entry.criterion, entry.strength])).toEqual([
      ['novelty', 'developing'],
      ['cost-efficiency', 'strong'],
    ]);
    expect(result.summary).toEqual({ strong: 1, developing: 1, weak: 0, unanswered: 0, total: 2 });
  });
});

describe('the self-assessment submit schema', () => {
  const schema = selfAssessmentAnswersSchemaFor(call2024);

  it('accepts answers for some or all criteria', () => {
    expect(schema.parse({ novelty: 'yes', 'accessibility-participation': 'no' })).toEqual({
      novelty: 'yes',
      'accessibility-participation': 'no',
    });
    expect(schema.parse({})).toEqual({});
  });

  it.each<[string, unknown]>([
    ['an answer outside yes/partly/no', { novelty: 'maybe' }],
    ['a criterion the call does not have', { 'cost-efficiency': 'yes' }],
    ['not an object', 'yes'],
  ])('rejects %s', (_name, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });
});

describe('self-assessment texts', () => {
  it.each(LANGUAGES)('every 2024 criterion has its own question and feedback per answer (%s)', (language) => {
    const texts = TEXTS[language];
    for (const criterion of call2024.innovationCriteria) {
      expect(Object.keys(texts.selfAssessment.criteria)).toContain(criterion.id);
      const question = criterionQuestion(texts, criterion, language);
      expect(question).toBe(texts.selfAssessment.criteria[criterion.id as keyof typeof en.selfAssessment.criteria].question);
      const feedback = INNOVATION_ANSWERS.map((answer) => criterionFeedback(texts, criterion, answer));
      for (const text of feedback) expect(text.length).toBeGreaterThan(20);
      expect(new Set(feedback).size).toBe(3);
    }
  });

  it.each(LANGUAGES)('questions and feedback differ between criteria (%s)', (language) => {
    const texts = TEXTS[language];
    const questions = call2024.innovationCriteria.map((criterion) => criterionQuestion(texts, criterion, language));
    expect(new Set(questions).size).toBe(questions.length);
    for (const answer of INNOVATION_ANSWERS) {
      const feedback = call2024.innovationCriteria.map((criterion) => criterionFeedback(texts, criterion, answer));
      expect(new Set(feedback).size).toBe(feedback.length);
    }
  });

  it.each(LANGUAGES)('a criterion without its own texts falls back to the call wording (%s)', (language) => {
    const texts = TEXTS[language];
    const criterion = {
      id: 'cost-efficiency',
      title: { en: 'Cost efficiency', fr: 'Efficience', es: 'Eficiencia' },
      description: {
        en: 'Gets more done for the money.',
        fr: 'Fait plus avec le même argent.',
        es: 'Logra más con el mismo dinero.',
      },
    };
    const question = criterionQuestion(texts, criterion, language);
    expect(question).toContain(criterion.title[language]);
    expect(question).toContain(criterion.description[language]);
    const feedback = INNOVATION_ANSWERS.map((answer) => criterionFeedback(texts, criterion, answer));
    // Shown under the criterion's title and strength, it does not name them again (it read "Novelty: Not answered / Novelty: not answered").
    for (const text of feedback) expect(text).not.toContain(criterion.title[language]);
    expect(new Set(feedback).size).toBe(3);
  });

  it.each(LANGUAGES)('an unanswered criterion gets a nudge, not its title again (%s)', (language) => {
    const criterion = call2024.innovationCriteria[1];
    const nudge = criterionFeedback(TEXTS[language], criterion, undefined);
    expect(nudge).not.toContain(criterion.title[language]);
    expect(nudge.length).toBeGreaterThan(10);
  });

  it.each(LANGUAGES)('intro, answer labels, strengths and summary are there (%s)', (language) => {
    const { selfAssessment } = TEXTS[language];
    expect(selfAssessment.intro({ count: 5 })).toContain('5');
    expect(Object.keys(selfAssessment.answers)).toEqual([...INNOVATION_ANSWERS]);
    expect(Object.keys(selfAssessment.strengths)).toEqual(['strong', 'developing', 'weak', 'unanswered']);
    expect(selfAssessment.summary({ strong: 3, total: 5 })).toMatch(/3.*5/);
    expect(selfAssessment.summary({ strong: 1, total: 5 })).toMatch(/1.*5/);
  });
});
