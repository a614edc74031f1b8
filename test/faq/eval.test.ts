import {
  DEFAULT_EVAL_SET,
  DEFAULT_FAQ_DIR,
  GATES,
  type EvalItem,
  evaluate,
  failedGates,
  formatReport,
  indexOptionsFor,
  isOffTopic,
  loadEvalSet,
} from '../../scripts/eval-faq';
import { loadKnowledgeBase } from '../../src/faq/knowledge-base';
import { createFaqIndex } from '../../src/faq/search';

/**
 * The FAQ search on the real knowledge base, judged on the labelled questions of `eval-set.yaml`
 * with the gates of `scripts/eval-faq.ts` (run that script to read every failure).
 */
const knowledgeBase = loadKnowledgeBase(DEFAULT_FAQ_DIR);
const items: EvalItem[] = loadEvalSet(DEFAULT_EVAL_SET, new Set(knowledgeBase.byId.keys())).questions;
const index = createFaqIndex(knowledgeBase.entries, indexOptionsFor());
const report = evaluate(index, items);

describe('the evaluation set', () => {
  it('is large and varied enough to mean something', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(items.filter((item) => item.lang === 'fr').length).toBeGreaterThanOrEqual(30);
    expect(items.filter((item) => item.lang === 'es').length).toBeGreaterThanOrEqual(30);
    expect(items.filter(isOffTopic).length).toBeGreaterThanOrEqual(20);
    for (const category of ['typo', 'keyword', 'cross-language'] as const) {
      expect(items.filter((item) => item.category === category).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('is not copied from the knowledge base: no question is an entry question', () => {
    const written = new Set(
      knowledgeBase.entries.flatMap((entry) =>
        (['en', 'fr', 'es'] as const).flatMap((language) => entry.questions[language].map((q) => q.trim().toLowerCase())),
      ),
    );
    expect(items.filter((item) => written.has(item.q.trim().toLowerCase())).map((item) => item.q)).toEqual([]);
  });
});

describe('FAQ search on the evaluation set', () => {
  it(`finds the right entry for at least ${GATES.minOnTopicAccuracy * 100}% of on-topic questions`, () => {
    const accuracy = report.onTopic.right / report.onTopic.total;
    // The report names every failure with what the index saw: far more useful than two numbers.
    if (accuracy < GATES.minOnTopicAccuracy) throw new Error(formatReport(report, index));
    expect(accuracy).toBeGreaterThanOrEqual(GATES.minOnTopicAccuracy);
  });

  it('declines every off-topic question', () => {
    const notDeclined = report.outcomes
      .filter((outcome) => isOffTopic(outcome.item) && !outcome.correct)
      .map((outcome) => ({ q: outcome.item.q, got: outcome.result }));
    expect(notDeclined).toEqual([]);
  });

  it(`answers confidently but wrongly at most ${GATES.maxConfidentlyWrong * 100}% of on-topic questions`, () => {
    expect(report.confidentlyWrong.right / report.confidentlyWrong.total).toBeLessThanOrEqual(GATES.maxConfidentlyWrong);
  });

  it('declines no question about the call', () => {
    const declined = report.outcomes.filter((outcome) => !isOffTopic(outcome.item) && outcome.result.kind === 'off-topic').map((outcome) => outcome.item.q);
    expect(declined).toEqual([]);
  });

  it('passes every gate', () => {
    expect(failedGates(report)).toEqual([]);
  });
});
