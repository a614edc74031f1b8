import { DEFAULT_EVAL_SET, DEFAULT_FAQ_DIR, loadEvalSet } from '../scripts/eval-faq';
import { loadKnowledgeBase } from '../src/faq/knowledge-base';
import { createFaqIndex } from '../src/faq/search';
import { type BenchResult, measure } from './stats';

/**
 * FAQ search speed on the real knowledge base (`content/faq`): index build time, and query latency
 * over every question of the evaluation set (on-topic, off-topic, typos, three languages), cycled
 * many times so p99 means something. Queries run one at a time: the search is synchronous, so
 * concurrency would only measure the event loop.
 */
export async function benchFaq(smoke: boolean): Promise<BenchResult[]> {
  const knowledgeBase = loadKnowledgeBase(DEFAULT_FAQ_DIR);
  const questions = loadEvalSet(DEFAULT_EVAL_SET).questions;
  const entries = knowledgeBase.entries;

  // The index is built on its first question: build and first answer are timed together.
  const build = await measure('faq index build + first question', smoke ? 3 : 50, 1, async () => {
    createFaqIndex(entries).search('deadline', 'en');
  });
  build.extra = { entries: entries.length };

  const index = createFaqIndex(entries);
  const rounds = smoke ? 1 : 100;
  // A first pass warms the JIT, so that the figures describe a running bot, not its first seconds.
  // `search` keeps recent results; explain + decide is the search itself, as for a new question.
  for (const question of questions) index.decide(index.explain(question.q, question.lang));
  const search = await measure('faq search (eval set, not remembered)', questions.length * rounds, 1, async (position) => {
    const question = questions[position % questions.length];
    index.decide(index.explain(question.q, question.lang));
  });
  search.extra = { questions: questions.length, rounds };
  return [build, search];
}
