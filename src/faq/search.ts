import MiniSearch, { type SearchResult } from 'minisearch';
import {
  ALL_STOP_WORDS,
  CONCEPT_WORDS,
  FAQ_LANGUAGES,
  type FaqLanguage,
  PHRASE_WORDS,
  analyze,
  isConceptTerm,
  words,
} from './text-normalize';

/**
 * The FAQ index: finds the knowledge-base entry that answers a question, in English, French or
 * Spanish, and says how sure it is.
 *
 * How a query is judged
 * - The query is analysed once per language (stop words, stems, synonyms, spelling: see
 *   `text-normalize.ts`) and each analysis is searched (MiniSearch BM25, fuzzy and prefix) against
 *   the entries' questions and answers in that language and their tags. Searching all three lets a
 *   French question typed in an English Teams client still find the French questions.
 * - For each language the best entry's *coverage* is the share of the query that it contains,
 *   each query term weighed by its rarity in the base (BM25 idf): "IOM" or "innovation" weigh almost
 *   nothing, "deadline" a lot, a word the base never uses the most. The language whose analysis
 *   covers the query best wins; the asker's language wins ties and gets a small bonus.
 * - Confidence = coverage × a margin factor (how far the best entry's score is ahead of the next).
 * - `off-topic` when the query says nothing the base knows: no content term, or the words it shares
 *   with the base are a small share of its weight (a question about visa appointments that
 *   mentions "IOM"). `unsure` when the best entry is below the answer threshold. Else `answer`.
 *
 * The index is built once (a few milliseconds for 50 entries) and a query takes well under a
 * millisecond; see `bench/faq.ts`. Thresholds were tuned on `test/faq/eval-set.yaml`.
 */

/** What the index needs of a knowledge-base entry (the FAQ entry type is structurally wider). */
export interface SearchableFaqEntry {
  readonly id: string;
  readonly tags: readonly string[];
  readonly questions: Readonly<Record<FaqLanguage, readonly string[]>>;
  readonly answer: Readonly<Record<FaqLanguage, string>>;
  readonly related?: readonly string[];
}

/** The outcome of a search. */
export type FaqSearchResult =
  /** One entry answers the question; `alternatives` are 2-3 related or next-best entry ids. */
  | { kind: 'answer'; entryId: string; score: number; confidence: number; alternatives: string[] }
  /** Something matched but not confidently: show the candidates and offer to ask IKM. */
  | { kind: 'unsure'; candidates: string[]; confidence: number }
  /** Nothing about the Hub: decline politely. */
  | { kind: 'off-topic' };

/** The decision thresholds (all in 0..1). */
export interface FaqThresholds {
  /** Confidence at or above which the best entry is given as the answer. */
  answer: number;
  /** Below this share of the query's weight known to the base at all, the query is off-topic. */
  offTopicKnownShare: number;
  /** Below this coverage by the best entry, the query is off-topic. */
  offTopicCoverage: number;
}

/** Thresholds tuned on the evaluation set (see the report in `scripts/eval-faq.ts`). */
export const DEFAULT_FAQ_THRESHOLDS: Readonly<FaqThresholds> = {
  answer: 0.5,
  offTopicKnownShare: 0.45,
  offTopicCoverage: 0.2,
};

/** Options of `createFaqIndex`. */
export interface FaqIndexOptions {
  thresholds?: Partial<FaqThresholds>;
}

/** How one language's analysis of a query fared: what `search` decides from (for tuning and tests). */
export interface FaqLanguageTrace {
  language: FaqLanguage;
  terms: string[];
  /** Share of the query's weight made of terms the base knows in this language. */
  knownShare: number;
  /**
   * Entry ids, best first: `score` is BM25 (the best question's, plus half the tags' and answer's),
   * `coverage` the share of the query's weight the entry contains, `relevance` what ranks them
   * (coverage + half the score relative to the best score).
   */
  hits: { id: string; score: number; coverage: number; relevance: number }[];
}

/** Everything `search` looked at for one query. */
export interface FaqSearchTrace {
  result: FaqSearchResult;
  /** The language whose analysis was used. */
  chosen: FaqLanguage | undefined;
  languages: FaqLanguageTrace[];
}

/** A built index. */
export interface FaqIndex {
  /** The entry answering `query`, asked by someone whose conversation language is `language`. */
  search(query: string, language: FaqLanguage): FaqSearchResult;
  /** Like `search`, with what led to the decision. */
  explain(query: string, language: FaqLanguage): FaqSearchTrace;
  /** The thresholds in force. */
  readonly thresholds: Readonly<FaqThresholds>;
  /** The number of entries indexed. */
  readonly size: number;
}

/** The asker's language gets this bonus on coverage when choosing which analysis to trust. */
const ASKER_LANGUAGE_BONUS = 1.1;
/** Query terms found only in an entry's answer, or only through fuzzy or prefix matching, count this much. */
const WEAK_MATCH_CREDIT = 0.5;
/** Relative score margin over the second entry at which the margin factor reaches 1. */
const FULL_MARGIN = 0.25;
/** The margin factor with no margin at all (two entries tied). */
const TIED_MARGIN_FACTOR = 0.7;
/** How many candidates an `unsure` result lists, and the most alternatives an answer lists. */
const MAX_CANDIDATES = 3;
/** Weight of the BM25 score (relative to the best) beside coverage when ranking entries. */
const SCORE_WEIGHT = 0.5;
/** Weight of the entry-level score (tags and answer) beside the best question's score. */
const ENTRY_LEVEL_WEIGHT = 0.5;
/** Within the entry-level score: tags are search words chosen by IKM, answers only back them up. */
const ENTRY_LEVEL_BOOST = { tags: 1, answer: 0.4 } as const;
/** Placeholders such as `{funding.max}` inside answers are not words of the answer. */
const PLACEHOLDER = /\{[^}]*\}/gu;

/** Optimal string alignment distance (edits with adjacent swaps), or `max + 1` once above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/** The edit distance a word of this length may be corrected over. */
const correctionBudget = (length: number): number => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/** Corrects words unknown to one language's part of the base to the nearest known word. */
class SpellCorrector {
  private readonly known: Set<string>;
  /** Correction targets by length, with how often the base uses them (ties go to the commoner). */
  private readonly targetsByLength = new Map<number, [word: string, count: number][]>();

  constructor(vocabulary: ReadonlyMap<string, number>) {
    this.known = new Set([...vocabulary.keys(), ...ALL_STOP_WORDS, ...PHRASE_WORDS]);
    for (const [word, count] of vocabulary) {
      if (ALL_STOP_WORDS.has(word) || word.length < 4) continue;
      const list = this.targetsByLength.get(word.length) ?? [];
      list.push([word, count]);
      this.targetsByLength.set(word.length, list);
    }
  }

  correct = (word: string): string => {
    const budget = correctionBudget(word.length);
    if (budget === 0 || this.known.has(word) || /\d/u.test(word)) return word;
    let best: string | undefined;
    let bestDistance = budget + 1;
    let bestCount = 0;
    for (let length = word.length - budget; length <= word.length + budget; length += 1) {
      for (const [candidate, count] of this.targetsByLength.get(length) ?? []) {
        const distance = editDistance(word, candidate, Math.min(budget, bestDistance));
        if (distance < bestDistance || (distance === bestDistance && count > bestCount)) {
          best = candidate;
          bestDistance = distance;
          bestCount = count;
        }
      }
    }
    return best !== undefined && bestDistance <= budget ? best : word;
  };
}

interface QuestionDocument {
  id: number;
  /** Position of the entry in the base. */
  entry: number;
  text: string;
}

interface EntryDocument {
  id: number;
  tags: string;
  answer: string;
}

/** The MiniSearch options both kinds of documents share: terms come analysed, never re-processed. */
const searchDefaults = (language: FaqLanguage) => ({
  tokenize: (text: string, field?: string) => (field === undefined ? text.split(' ') : analyze(text, language)),
  processTerm: (term: string) => term,
  searchOptions: {
    tokenize: (text: string) => text.split(' '),
    processTerm: (term: string) => term,
    prefix: (term: string, index: number, all: readonly string[]) =>
      index === all.length - 1 && !isConceptTerm(term) && term.length >= 4,
    fuzzy: (term: string) => (isConceptTerm(term) || term.length < 5 ? false : 1),
    maxFuzzy: 1,
    weights: { fuzzy: 0.3, prefix: 0.3 },
  },
});

/**
 * One language's view of the base: each question is its own document (a query is compared with
 * the closest way of asking, not with all of them pooled), and each entry has one more document with
 * its tags and answer.
 */
class LanguageIndex {
  private readonly questions: MiniSearch<QuestionDocument>;
  private readonly entries: MiniSearch<EntryDocument>;
  private readonly entryOfQuestion: number[] = [];
  /** Terms of each entry's questions and tags (full credit), and of its answer (weak credit). */
  private readonly strongTerms: Set<string>[] = [];
  private readonly answerTerms: Set<string>[] = [];
  /** In how many entries each term appears (questions, tags or answer): its rarity. */
  private readonly documentFrequency = new Map<string, number>();
  readonly corrector: SpellCorrector;

  constructor(
    readonly language: FaqLanguage,
    private readonly base: readonly SearchableFaqEntry[],
  ) {
    this.questions = new MiniSearch<QuestionDocument>({ fields: ['text'], ...searchDefaults(language) });
    const vocabulary = new Map<string, number>([...CONCEPT_WORDS].map((word) => [word, 1]));
    const count = (text: string) => {
      for (const word of words(text)) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
    };

    const questionDocuments: QuestionDocument[] = [];
    const entryDocuments: EntryDocument[] = [];
    base.forEach((entry, position) => {
      const answer = entry.answer[language].replace(PLACEHOLDER, ' ');
      // Tags go through the analysis one by one, so that two neighbouring tags never make a phrase.
      const tags = entry.tags.map((tag) => analyze(tag, language).join(' ')).join(' ');
      entryDocuments.push({ id: position, tags, answer });
      const strong = new Set(tags.split(' ').filter((term) => term.length > 0));
      for (const question of entry.questions[language]) {
        questionDocuments.push({ id: questionDocuments.length, entry: position, text: question });
        this.entryOfQuestion.push(position);
        for (const term of analyze(question, language)) strong.add(term);
        count(question);
      }
      const answerTerms = new Set(analyze(answer, language));
      for (const tag of entry.tags) count(tag);
      count(answer);
      this.strongTerms.push(strong);
      this.answerTerms.push(answerTerms);
      for (const term of new Set([...strong, ...answerTerms])) {
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      }
    });
    // Tags are indexed already analysed: split them on spaces only.
    this.entries = new MiniSearch<EntryDocument>({
      fields: ['tags', 'answer'],
      ...searchDefaults(language),
      tokenize: (text, field) => (field === 'answer' ? analyze(text, language) : text.split(' ')),
    });
    this.questions.addAll(questionDocuments);
    this.entries.addAll(entryDocuments);
    this.corrector = new SpellCorrector(vocabulary);
  }

  /** BM25's idf over entries; a term the base never uses weighs like the rarest known term. */
  private weightOf(term: string): number {
    const frequency = Math.max(1, this.documentFrequency.get(term) ?? 0);
    return Math.log(1 + (this.base.length - frequency + 0.5) / (frequency + 0.5));
  }

  trace(query: string): FaqLanguageTrace {
    const terms = analyze(query, this.language, { correct: this.corrector.correct });
    const unique = [...new Set(terms)];
    const totalWeight = unique.reduce((sum, term) => sum + this.weightOf(term), 0);
    if (unique.length === 0 || this.base.length === 0) return { language: this.language, terms, knownShare: 0, hits: [] };

    const scores = new Map<number, number>();
    const inexact = new Map<number, Set<string>>();
    const noteInexact = (entry: number, result: SearchResult) => {
      const set = inexact.get(entry) ?? new Set<string>();
      for (const term of result.queryTerms) set.add(term);
      inexact.set(entry, set);
    };
    const text = unique.join(' ');
    for (const result of this.questions.search(text)) {
      const entry = this.entryOfQuestion[result.id as number];
      scores.set(entry, Math.max(scores.get(entry) ?? 0, result.score));
      noteInexact(entry, result);
    }
    for (const result of this.entries.search(text, { boost: ENTRY_LEVEL_BOOST })) {
      const entry = result.id as number;
      scores.set(entry, (scores.get(entry) ?? 0) + ENTRY_LEVEL_WEIGHT * result.score);
      noteInexact(entry, result);
    }

    const known = new Set<string>();
    const hits = [...scores].map(([entry, score]) => {
      let covered = 0;
      for (const term of unique) {
        const credit = this.strongTerms[entry].has(term)
          ? 1
          : this.answerTerms[entry].has(term) || inexact.get(entry)?.has(term)
            ? WEAK_MATCH_CREDIT
            : 0;
        if (credit > 0) known.add(term);
        covered += credit * this.weightOf(term);
      }
      return { id: this.base[entry].id, score, coverage: covered / totalWeight, relevance: 0 };
    });
    // Rank by coverage first (how much of the question the entry speaks to), BM25 second (how
    // closely one of its questions is worded like the query).
    const bestScore = Math.max(...hits.map((hit) => hit.score));
    for (const hit of hits) hit.relevance = hit.coverage + SCORE_WEIGHT * (hit.score / bestScore);
    hits.sort((a, b) => b.relevance - a.relevance);
    const knownWeight = unique.filter((term) => known.has(term)).reduce((sum, term) => sum + this.weightOf(term), 0);
    return { language: this.language, terms, knownShare: knownWeight / totalWeight, hits };
  }
}

/**
 * Builds the index over the knowledge-base entries (ids must be unique).
 */
export function createFaqIndex(entries: readonly SearchableFaqEntry[], options: FaqIndexOptions = {}): FaqIndex {
  const thresholds: FaqThresholds = { ...DEFAULT_FAQ_THRESHOLDS, ...options.thresholds };
  const relatedById = new Map(entries.map((entry) => [entry.id, entry.related ?? []]));
  const indexes = FAQ_LANGUAGES.map((language) => new LanguageIndex(language, entries));

  const alternativesFor = (entryId: string, ranked: readonly { id: string }[]): string[] => {
    const ids = [...(relatedById.get(entryId) ?? []), ...ranked.map((hit) => hit.id)];
    return [...new Set(ids)].filter((id) => id !== entryId && relatedById.has(id)).slice(0, MAX_CANDIDATES);
  };

  const explain = (query: string, language: FaqLanguage): FaqSearchTrace => {
    const languages = indexes.map((index) => index.trace(query));
    const rank = (trace: FaqLanguageTrace) =>
      (trace.hits[0]?.coverage ?? 0) * (trace.language === language ? ASKER_LANGUAGE_BONUS : 1);
    const chosen = [...languages].sort(
      (a, b) => rank(b) - rank(a) || Number(b.language === language) - Number(a.language === language),
    )[0];
    const top = chosen.hits[0];
    if (
      top === undefined ||
      chosen.knownShare < thresholds.offTopicKnownShare ||
      top.coverage < thresholds.offTopicCoverage
    ) {
      return { result: { kind: 'off-topic' }, chosen: top ? chosen.language : undefined, languages };
    }
    const second = chosen.hits[1];
    const margin = second ? (top.relevance - second.relevance) / top.relevance : 1;
    const marginFactor = TIED_MARGIN_FACTOR + (1 - TIED_MARGIN_FACTOR) * Math.min(1, margin / FULL_MARGIN);
    const confidence = round(top.coverage * marginFactor);
    const result: FaqSearchResult =
      confidence >= thresholds.answer
        ? {
            kind: 'answer',
            entryId: top.id,
            score: round(top.score),
            confidence,
            alternatives: alternativesFor(top.id, chosen.hits),
          }
        : { kind: 'unsure', candidates: chosen.hits.slice(0, MAX_CANDIDATES).map((hit) => hit.id), confidence };
    return { result, chosen: chosen.language, languages };
  };

  return {
    search: (query, language) => explain(query, language).result,
    explain,
    thresholds,
    size: entries.length,
  };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
