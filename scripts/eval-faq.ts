/**
 * Evaluates the FAQ search on the labelled questions of `test/faq/eval-set.yaml`, against the real
 * knowledge base in `content/faq`:
 *
 *   npm run eval:faq            (tsx scripts/eval-faq.ts [--set <file>] [--faq <dir>] [--tune])
 *
 * prints accuracy overall, per language and per category, then every failure with what the index
 * saw, and exits 1 when a gate fails (see `GATES`). `test/faq/eval.test.ts` asserts the same gates.
 * With `--tune` it grid-searches the thresholds instead (see `tuneThresholds`).
 *
 * How a question is scored
 * - On-topic (`expect` is an entry id, or a list of ids that answer equally well): right when the
 *   search answers with one of those ids, or is `unsure` and lists one of them first. The second
 *   counts because the bot's "not sure" reply shows the closest answer under a hedge and offers
 *   IKM: the asker does read the right answer. Being sure is still measured: the report gives
 *   "answered" (confident and right) apart, and a gate caps confident *wrong* answers, so a search
 *   cannot pass by being unsure of everything.
 * - Off-topic (`expect: off-topic`): right only when declined as `off-topic`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { loadCallFile } from '../src/call/load-call';
import { faqIndexOptionsOf } from '../src/faq/call-index';
import { loadKnowledgeBase } from '../src/faq/knowledge-base';
import {
  type FaqIndex,
  type FaqIndexOptions,
  type FaqSearchResult,
  type FaqThresholds,
  createFaqIndex,
} from '../src/faq/search';
import { FAQ_LANGUAGES, type FaqLanguage } from '../src/faq/text-normalize';

export const DEFAULT_EVAL_SET = join(__dirname, '..', 'test', 'faq', 'eval-set.yaml');
export const DEFAULT_FAQ_DIR = join(__dirname, '..', 'content', 'faq');
export const DEFAULT_CALL_FILE = join(__dirname, '..', 'content', 'call-2024.yaml');

/** What the bot gives the index from its call file (`src/main.ts`). */
export function indexOptionsFor(callFile = DEFAULT_CALL_FILE): FaqIndexOptions {
  return faqIndexOptionsOf(loadCallFile(callFile));
}

/** What a question is testing. */
export const EVAL_CATEGORIES = ['paraphrase', 'typo', 'keyword', 'cross-language', 'off-topic'] as const;
export type EvalCategory = (typeof EVAL_CATEGORIES)[number];

export const OFF_TOPIC = 'off-topic';

/** Questions tuned on, and questions written after the tuning to check it generalises. */
export const EVAL_SPLITS = ['tuning', 'holdout'] as const;
export type EvalSplit = (typeof EVAL_SPLITS)[number];

/** The pass marks. */
export const GATES = {
  /** Share of on-topic questions whose right entry is given (answer, or first candidate when unsure). */
  minOnTopicAccuracy: 0.9,
  /** Share of off-topic questions that must be declined. */
  minOffTopicDeclined: 1,
  /** Share of on-topic questions that may get a confident but wrong answer. */
  maxConfidentlyWrong: 0.05,
  /** On-topic questions that may be declined as off-topic: none (a hesitant answer is better). */
  maxOnTopicDeclined: 0,
} as const;

const evalItemSchema = z
  .object({
    /** The question, as a user would type it. */
    q: z.string().min(1),
    /** The conversation's language (the text itself may be in another: category cross-language). */
    lang: z.enum(FAQ_LANGUAGES),
    /** The entry id that answers it, a list of ids that answer equally well, or `off-topic`. */
    expect: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    category: z.enum(EVAL_CATEGORIES),
    /** `tuning` (default): used to tune synonyms and thresholds; `holdout`: written after, never tuned on. */
    split: z.enum(EVAL_SPLITS).default('tuning'),
  })
  .strict();
export type EvalItem = z.infer<typeof evalItemSchema>;

const evalSetSchema = z
  .object({
    questions: z.array(evalItemSchema).min(1),
    /** Questions the search is known to get wrong, with no principled fix yet: reported, not gated. */
    knownLimitations: z.array(evalItemSchema).default([]),
  })
  .strict();

/** The evaluation set: the gated questions and the known limitations. */
export interface EvalSet {
  questions: EvalItem[];
  knownLimitations: EvalItem[];
}

/** The acceptable ids of an item (empty for off-topic). */
export function expectedIds(item: EvalItem): string[] {
  const ids = Array.isArray(item.expect) ? item.expect : [item.expect];
  return ids.filter((id) => id !== OFF_TOPIC);
}

export const isOffTopic = (item: EvalItem): boolean => item.expect === OFF_TOPIC;

/**
 * Reads and checks the evaluation set. With `knownIds`, every expected id must be an entry id.
 * @throws Error listing every problem.
 */
export function loadEvalSet(file: string, knownIds?: ReadonlySet<string>): EvalSet {
  const parsed = evalSetSchema.safeParse(YAML.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${file} is not a valid evaluation set:\n${problems.join('\n')}`);
  }
  const items = [...parsed.data.questions, ...parsed.data.knownLimitations];
  const problems: string[] = [];
  items.forEach((item, position) => {
    if (isOffTopic(item) !== (item.category === 'off-topic')) {
      const question = `  - questions[${position}] ${JSON.stringify(item.q)}`;
      problems.push(`${question}: category off-topic if and only if expect is off-topic`);
    }
    if (Array.isArray(item.expect) && item.expect.includes(OFF_TOPIC)) {
      problems.push(`  - questions[${position}] ${JSON.stringify(item.q)}: off-topic cannot be one of several answers`);
    }
    for (const id of knownIds ? expectedIds(item) : []) {
      if (!knownIds?.has(id)) {
        problems.push(`  - questions[${position}] ${JSON.stringify(item.q)}: no entry has the id "${id}"`);
      }
    }
  });
  const seen = new Set<string>();
  for (const item of items) {
    const key = `${item.lang}:${item.q.trim().toLowerCase()}`;
    if (seen.has(key)) problems.push(`  - ${JSON.stringify(item.q)} (${item.lang}) is listed twice`);
    seen.add(key);
  }
  if (problems.length > 0) throw new Error(`${file} has problems:\n${problems.join('\n')}`);
  return parsed.data;
}

/** How one question fared. */
export interface EvalOutcome {
  item: EvalItem;
  result: FaqSearchResult;
  correct: boolean;
  /** Answered confidently with a right id. */
  answeredRight: boolean;
  /** Answered confidently with a wrong id (on-topic), or answered at all (off-topic). */
  confidentlyWrong: boolean;
}

/** Right and total counts. */
export interface Tally {
  right: number;
  total: number;
}

/** The figures of a run. */
export interface EvalReport {
  outcomes: EvalOutcome[];
  overall: Tally;
  onTopic: Tally;
  /** On-topic questions answered confidently with a right id. */
  answered: Tally;
  /** On-topic questions answered confidently with a wrong id. */
  confidentlyWrong: Tally;
  /** On-topic questions declined as off-topic. */
  onTopicDeclined: Tally;
  offTopicDeclined: Tally;
  byLanguage: Record<FaqLanguage, Tally>;
  byCategory: Record<EvalCategory, Tally>;
  /** On-topic accuracy and off-topic declines per split. */
  bySplit: Record<EvalSplit, { onTopic: Tally; offTopicDeclined: Tally }>;
}

/** Judges one result against its item (see the scoring rules at the top of this file). */
export function judge(item: EvalItem, result: FaqSearchResult): EvalOutcome {
  if (isOffTopic(item)) {
    const declined = result.kind === 'off-topic';
    return { item, result, correct: declined, answeredRight: false, confidentlyWrong: result.kind === 'answer' };
  }
  const ids = expectedIds(item);
  const answeredRight = result.kind === 'answer' && ids.includes(result.entryId);
  const unsureRight = result.kind === 'unsure' && ids.includes(result.candidates[0]);
  return {
    item,
    result,
    correct: answeredRight || unsureRight,
    answeredRight,
    confidentlyWrong: result.kind === 'answer' && !answeredRight,
  };
}

const tally = (outcomes: readonly EvalOutcome[], right: (outcome: EvalOutcome) => boolean): Tally => ({
  right: outcomes.filter(right).length,
  total: outcomes.length,
});

/** Runs every question through the index. */
export function evaluate(index: FaqIndex, items: readonly EvalItem[]): EvalReport {
  return summarise(items.map((item) => judge(item, index.search(item.q, item.lang))));
}

/** The figures of a set of judged questions. */
export function summarise(outcomes: EvalOutcome[]): EvalReport {
  const onTopic = outcomes.filter((outcome) => !isOffTopic(outcome.item));
  const offTopic = outcomes.filter((outcome) => isOffTopic(outcome.item));
  const byLanguage = Object.fromEntries(
    FAQ_LANGUAGES.map((language) => [
      language,
      tally(outcomes.filter((outcome) => outcome.item.lang === language), (outcome) => outcome.correct),
    ]),
  ) as Record<FaqLanguage, Tally>;
  const byCategory = Object.fromEntries(
    EVAL_CATEGORIES.map((category) => [
      category,
      tally(outcomes.filter((outcome) => outcome.item.category === category), (outcome) => outcome.correct),
    ]),
  ) as Record<EvalCategory, Tally>;
  const bySplit = Object.fromEntries(
    EVAL_SPLITS.map((split) => {
      const inSplit = outcomes.filter((outcome) => outcome.item.split === split);
      return [
        split,
        {
          onTopic: tally(inSplit.filter((outcome) => !isOffTopic(outcome.item)), (outcome) => outcome.correct),
          offTopicDeclined: tally(inSplit.filter((outcome) => isOffTopic(outcome.item)), (outcome) => outcome.correct),
        },
      ];
    }),
  ) as EvalReport['bySplit'];
  return {
    outcomes,
    bySplit,
    overall: tally(outcomes, (outcome) => outcome.correct),
    onTopic: tally(onTopic, (outcome) => outcome.correct),
    answered: tally(onTopic, (outcome) => outcome.answeredRight),
    confidentlyWrong: tally(onTopic, (outcome) => outcome.confidentlyWrong),
    onTopicDeclined: tally(onTopic, (outcome) => outcome.result.kind === 'off-topic'),
    offTopicDeclined: tally(offTopic, (outcome) => outcome.correct),
    byLanguage,
    byCategory,
  };
}

const share = ({ right, total }: Tally): number => (total === 0 ? 1 : right / total);

/** The gates a report fails, as sentences (empty when it passes). */
export function failedGates(report: EvalReport): string[] {
  const failed: string[] = [];
  if (share(report.onTopic) < GATES.minOnTopicAccuracy) {
    failed.push(`on-topic accuracy ${percent(report.onTopic)} is below ${GATES.minOnTopicAccuracy * 100}%`);
  }
  if (share(report.offTopicDeclined) < GATES.minOffTopicDeclined) {
    const missed = report.offTopicDeclined.total - report.offTopicDeclined.right;
    failed.push(`${missed} off-topic question(s) were not declined`);
  }
  if (share(report.confidentlyWrong) > GATES.maxConfidentlyWrong) {
    failed.push(`confident wrong answers ${percent(report.confidentlyWrong)} exceed ${GATES.maxConfidentlyWrong * 100}%`);
  }
  if (report.onTopicDeclined.right > GATES.maxOnTopicDeclined) {
    failed.push(`${report.onTopicDeclined.right} on-topic question(s) were declined as off-topic`);
  }
  return failed;
}

const percent = (t: Tally): string => `${((100 * t.right) / Math.max(1, t.total)).toFixed(1)}% (${t.right}/${t.total})`;

function describe(result: FaqSearchResult): string {
  switch (result.kind) {
    case 'answer':
      return `answer ${result.entryId} (confidence ${result.confidence})`;
    case 'unsure':
      return `unsure [${result.candidates.join(', ')}] (confidence ${result.confidence})`;
    case 'off-topic':
      return 'off-topic';
  }
}

/**
 * The report as text: figures, then failures (with the index's view of each when `index` is given),
 * then how the known limitations fare.
 */
export function formatReport(report: EvalReport, index?: FaqIndex, knownLimitations: readonly EvalItem[] = []): string {
  const lines = [
    `FAQ search evaluation: ${report.outcomes.length} questions`,
    `  overall            ${percent(report.overall)}`,
    `  on-topic           ${percent(report.onTopic)}  (right entry answered or first when unsure)`,
    `    answered right   ${percent(report.answered)}`,
    `    answered wrong   ${percent(report.confidentlyWrong)}`,
    `    declined         ${percent(report.onTopicDeclined)}`,
    `  off-topic declined ${percent(report.offTopicDeclined)}`,
    '  by conversation language:',
    ...FAQ_LANGUAGES.map((language) => `    ${language}  ${percent(report.byLanguage[language])}`),
    '  by category:',
    ...EVAL_CATEGORIES.map((category) => `    ${category.padEnd(15)}${percent(report.byCategory[category])}`),
    '  by split (on-topic right; off-topic declined):',
    ...EVAL_SPLITS.map(
      (split) =>
        `    ${split.padEnd(8)} ${percent(report.bySplit[split].onTopic)}; ` +
        percent(report.bySplit[split].offTopicDeclined),
    ),
  ];
  const failures = report.outcomes.filter((outcome) => !outcome.correct);
  const unsure = report.outcomes.filter((outcome) => outcome.correct && outcome.result.kind === 'unsure');
  if (failures.length > 0) {
    lines.push('', `Failures (${failures.length}):`);
    for (const { item, result } of failures) {
      lines.push(`  - [${item.lang}/${item.category}/${item.split}] ${JSON.stringify(item.q)}`);
      lines.push(`      expected ${[item.expect].flat().join(' | ')}, got ${describe(result)}`);
      if (index) lines.push(`      ${traceLine(index, item)}`);
    }
  }
  if (unsure.length > 0) {
    lines.push('', `Right but unsure (${unsure.length}):`);
    for (const { item, result } of unsure) lines.push(`  - [${item.lang}] ${JSON.stringify(item.q)}: ${describe(result)}`);
  }
  if (index && knownLimitations.length > 0) {
    lines.push('', `Known limitations, not gated (${knownLimitations.length}):`);
    for (const item of knownLimitations) {
      const outcome = judge(item, index.search(item.q, item.lang));
      const verdict = outcome.correct ? 'now right' : 'still wrong';
      const expected = [item.expect].flat().join(' | ');
      lines.push(`  - [${item.lang}] ${JSON.stringify(item.q)}: expected ${expected}, got ${describe(outcome.result)} (${verdict})`);
    }
  }
  return lines.join('\n');
}

function traceLine(index: FaqIndex, item: EvalItem): string {
  const { chosen } = index.explain(item.q, item.lang);
  const hits = chosen.hits
    .slice(0, 3)
    .map((hit) => `${hit.id} cov ${hit.coverage.toFixed(2)} (${hit.matched}) bm25 ${hit.score.toFixed(1)}`)
    .join('; ');
  return `read as ${chosen.language}: [${chosen.terms.join(' ')}] → ${hits || 'nothing'}`;
}

/** One combination of thresholds tried by `tuneThresholds`, with its figures. */
export interface TuningRow {
  thresholds: FaqThresholds;
  onTopic: number;
  offTopicDeclined: number;
  answeredRight: number;
  confidentlyWrong: number;
}

/** The values each threshold is tried at. */
const GRID = {
  answer: [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7],
  offTopicCoverage: [0, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5],
  singleMatchCoverage: [0, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8],
  manyMatchWeight: [Infinity, 4, 4.5, 5, 5.5, 6, 7],
} as const;

/**
 * Tries every combination of `GRID` (on traces computed once) and returns them best first: every
 * gate met before anything else, then the most off-topic questions declined, the most on-topic
 * questions right, the fewest confident wrong answers, the most confident right answers. Among
 * equals, prefer thresholds in the middle of a plateau to those at its edge: read the list.
 */
export function tuneThresholds(index: FaqIndex, items: readonly EvalItem[]): TuningRow[] {
  const traces = items.map((item) => index.explain(item.q, item.lang));
  const rows: TuningRow[] = [];
  for (const answer of GRID.answer) {
    for (const offTopicCoverage of GRID.offTopicCoverage) {
      for (const singleMatchCoverage of GRID.singleMatchCoverage) {
        for (const manyMatchWeight of GRID.manyMatchWeight) {
          const thresholds = { answer, offTopicCoverage, singleMatchCoverage, manyMatchWeight };
          const outcomes = items.map((item, position) => judge(item, index.decide(traces[position], thresholds)));
          const report = summarise(outcomes);
          rows.push({
            thresholds,
            onTopic: share(report.onTopic),
            offTopicDeclined: share(report.offTopicDeclined),
            answeredRight: share(report.answered),
            confidentlyWrong: share(report.confidentlyWrong),
          });
        }
      }
    }
  }
  const passes = (row: TuningRow) =>
    row.onTopic >= GATES.minOnTopicAccuracy &&
    row.offTopicDeclined >= GATES.minOffTopicDeclined &&
    row.confidentlyWrong <= GATES.maxConfidentlyWrong;
  return rows.sort(
    (a, b) =>
      Number(passes(b)) - Number(passes(a)) ||
      b.offTopicDeclined - a.offTopicDeclined ||
      b.onTopic - a.onTopic ||
      a.confidentlyWrong - b.confidentlyWrong ||
      b.answeredRight - a.answeredRight,
  );
}

function argument(name: string): string | undefined {
  const position = process.argv.indexOf(name);
  return position >= 0 ? process.argv[position + 1] : undefined;
}

function main(): number {
  const knowledgeBase = loadKnowledgeBase(argument('--faq') ?? DEFAULT_FAQ_DIR);
  const { questions: items, knownLimitations } = loadEvalSet(
    argument('--set') ?? DEFAULT_EVAL_SET,
    new Set(knowledgeBase.byId.keys()),
  );
  if (process.argv.includes('--tune')) {
    // Tune on the tuning split only: the hold-out split stays a fair measure.
    const tuning = items.filter((item) => item.split === 'tuning');
    const rows = tuneThresholds(createFaqIndex(knowledgeBase.entries, indexOptionsFor()), tuning).slice(0, Number(argument("--top") ?? 25));
    const pct = (value: number) => `${(100 * value).toFixed(1)}%`;
    console.table(
      rows.map((row) => ({
        ...row.thresholds,
        'on-topic': pct(row.onTopic),
        'off-topic declined': pct(row.offTopicDeclined),
        'answered right': pct(row.answeredRight),
        'answered wrong': pct(row.confidentlyWrong),
      })),
    );
    return 0;
  }
  const index = createFaqIndex(knowledgeBase.entries, indexOptionsFor());
  const report = evaluate(index, items);
  console.log(formatReport(report, index, knownLimitations));
  const failed = failedGates(report);
  console.log('');
  if (failed.length === 0) {
    console.log('PASS: every gate met.');
    return 0;
  }
  for (const reason of failed) console.log(`FAIL: ${reason}`);
  return 1;
}

if (require.main === module) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
