import { messageBody } from './message-envelope';
import { type CallConfig, milestoneDate, type MilestoneId } from '../call/call-schema';
import MiniSearch, { type SearchResult } from 'minisearch';
import {
  ALL_STOP_WORDS,
  CONCEPT_MARK,
  CONCEPT_WORDS,
  FAQ_LANGUAGES,
  type FaqLanguage,
  type CallLimits,
  type MilestoneDay,
  PHRASE_WORDS,
  QUESTION_CUES,
  analyze,
  isConceptTerm,
  isStopWord,
  stem,
  words,
} from './text-normalize';
import { CONCEPTS, ELSEWHERE_EVIDENCE, GENERIC_CONCEPTS, LIST_REQUEST_PHRASES, OTHER_FUNDERS, OTHER_FUNDERS_IN_CAPITALS, OWN_SIDE_WORDS, PAYABLE_WORDS, WHICH_ONE_WORDS } from './synonyms';

/**
 * The FAQ index: finds the knowledge-base entry that answers a question, in English, French or
 * Spanish, and says how sure it is.
 *
 * How a query is judged
 * 1. Language. The query is read in the language that recognises most of its words (that
 *    language's stop words and the words of the base in that language); the asker's language wins
 *    ties. So a French question typed in an English Teams client is read as French, and a
 *    mixed one ("c'est quoi la deadline ?") as the language of its small words. It is then analysed
 *    in that language (stop words, stems, synonyms, spelling: see `text-normalize.ts`); synonyms are
 *    shared by the three languages, so "deadline" or "ONG" still meet the entries' own words.
 * 2. Retrieval (MiniSearch: BM25, fuzzy, prefix). Each question of the base is its own document, so
 *    a query is compared with the closest way of asking rather than with all of them pooled; an
 *    entry's score is its best question's, plus half the score of its tags and answer.
 * 3. Coverage. For each entry found, the share of the query's weight it contains (in its questions
 *    or tags; half credit for its answer or a fuzzy match). Each query term weighs its rarity in the
 *    base (BM25 idf): "IOM" or "innovation" weigh almost nothing, "deadline" a lot, and a word the
 *    base never uses weighs like the rarest word it does use. Entries are ranked by coverage plus
 *    half their BM25 score relative to the best. An answer is searched as its reader sees it: the
 *    call's own items filled in (an objective's description), dates and sums left out.
 * 3a. Lists. Asked for a whole list the call has (objectives, priorities, criteria), its overview
 *    comes first; asked which one of them a described project fits, the item whose own words the
 *    project names comes first, the list beside it (`putFittingItemFirst`).
 * 4. Decision (`FaqThresholds`, tuned on `test/faq/eval-set.yaml` with `eval-faq.ts --tune`):
 *    `off-topic` when nothing matched, when the best entry covers too little of the query, or when
 *    it shares a single word with a longer query ("weather in Geneva" shares "Geneva"), unless it
 *    shares several weighty terms with one entry (a long question naming something specific);
 *    otherwise confidence = coverage × margin factor (how far the best entry is ahead of the next)
 *    gives `answer` at or above `answer`, and `unsure` below it.
 *
 * Thresholds and weights were chosen on the tuning split of the evaluation set; its hold-out split,
 * written afterwards, measures how well that generalises (see `scripts/eval-faq.ts`).
 *
 * The index is built once (tens of milliseconds for 70 entries); a query takes about 0.1 ms
 * (`bench/faq.ts`). Only the chosen language is searched.
 */

/** What the index needs of a knowledge-base entry (the FAQ entry type is structurally wider). */
export interface SearchableFaqEntry {
  readonly id: string;
  readonly tags: readonly string[];
  readonly questions: Readonly<Record<FaqLanguage, readonly string[]>>;
  readonly answer: Readonly<Record<FaqLanguage, string>>;
  readonly related?: readonly string[];
  /** Answers its topic as a whole: wins over narrower entries that match about as well. */
  readonly broad?: boolean;
  /** The assistant's own menu entry its answer opens ("reminders"): see `ASKED_OF_THE_ASSISTANT`. */
  readonly opens?: string;
}

/** The outcome of a search. */
export type FaqSearchResult = (
  /** One entry answers the question; `alternatives` are 2-3 related or next-best entry ids. */
  | { kind: 'answer'; entryId: string; score: number; confidence: number; alternatives: string[] }
  /**
   * Something about the Hub matched, but not confidently (or it covers little of the question):
   * show the closest answer under a hedge and offer to ask IKM.
   */
  | { kind: 'unsure'; candidates: string[]; confidence: number }
  /**
   * Clearly about something else, or nothing in it is known: decline, and still offer IKM.
   * `unread`: not one word of it is a word of any language the base knows ("foo bar baz").
   */
  | { kind: 'off-topic'; unread?: true }
) & {
  /** The language to answer in: the one the question is clearly written in, else the asker's. */
  language: FaqLanguage;
};

/** The decision thresholds: coverages and confidence in 0..1, `manyMatchWeight` in idf units. */
export interface FaqThresholds {
  /** Confidence at or above which the best entry is given as the answer. */
  answer: number;
  /** Below this coverage of the query by the entry covering most of it, the query is off-topic. */
  offTopicCoverage: number;
  /**
   * Below this coverage, a query of several terms that shares only one of them with the best entry
   * is off-topic ("How do I apply for a job at IOM?" shares only "apply").
   */
  singleMatchCoverage: number;
  /**
   * A query sharing at least three terms with one entry, of at least this total weight (in idf
   * units, see `FaqLanguageTrace.weight`), is about the Hub however low its coverage: long
   * questions naming specifics the base never mentions ("buy a vehicle with the grant") get
   * `unsure` and the offer to ask IKM instead of a refusal.
   */
  manyMatchWeight: number;
}

/**
 * Thresholds tuned on the tuning split of the evaluation set (`tsx scripts/eval-faq.ts --tune`):
 * - `offTopicCoverage` 0.4 is the only value that declines every off-topic question while keeping
 *   on-topic accuracy (0.35 lets two through; 0.45 loses 3 points of on-topic questions);
 * - `singleMatchCoverage` 0.6 sits in the middle of the 0.6-0.65 plateau (0.55 lets one through);
 * - `manyMatchWeight` 4.5 sits in the middle of the 4-5 plateau: the off-topic question sharing
 *   most with one entry weighs 3.9 ("IOM staff medical insurance plan"), the long on-topic ones 5.4
 *   and more ("buy a vehicle with part of the funding");
 * - `answer` 0.4: from 0.3 to 0.55 the confident wrong answers stay the same few (sibling entries
 *   such as "who may join the clinics" and "book a clinic"), so a low value answers more questions
 *   outright. Raise it to trade answers for "not sure" replies.
 */
export const DEFAULT_FAQ_THRESHOLDS: Readonly<FaqThresholds> = {
  answer: 0.4,
  offTopicCoverage: 0.4,
  singleMatchCoverage: 0.6,
  manyMatchWeight: 4.5,
};

/** The limits `analyze` reads figures against, from the call file. */
export function callLimitsOf(call: Pick<CallConfig, 'funding' | 'maxDurationMonths'> & Partial<Pick<CallConfig, 'timeline'>>): CallLimits {
  return { funding: call.funding, maxDurationMonths: call.maxDurationMonths, ...(call.timeline ? { milestoneDays: milestoneDaysOf(call.timeline) } : {}) };
}

/** The steps people name by their date, and what each is: a deadline, or an announcement. */
const STEPS_BY_DATE: readonly { id: MilestoneId; concepts: readonly string[] }[] = [
  { id: 'ideaDeadline', concepts: ['idea', 'deadline'] },
  { id: 'shortlistAnnouncement', concepts: ['shortlist', 'announce'] },
  { id: 'proposalDeadline', concepts: ['proposal', 'deadline'] },
  { id: 'fundingAnnouncement', concepts: ['funding', 'announce'] },
];

/** The call's steps by their calendar day in the call's zone (see `CallLimits.milestoneDays`). */
function milestoneDaysOf(timeline: CallConfig['timeline']): MilestoneDay[] {
  const dayIn = new Intl.DateTimeFormat('en-US', { timeZone: timeline.timeZone, month: 'numeric', day: 'numeric' });
  return STEPS_BY_DATE.map(({ id, concepts }) => {
    const parts = dayIn.formatToParts(milestoneDate(timeline, id));
    const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
    return { month: part('month'), day: part('day'), terms: concepts.map((concept) => CONCEPT_MARK + concept) };
  });
}

/** Options of `createFaqIndex`. */
export interface FaqIndexOptions {
  thresholds?: Partial<FaqThresholds>;
  /** What the call allows: a sum or a length named past it reads as asking past the limit (see `analyze`). */
  limits?: CallLimits;
  /**
   * The words a placeholder of an answer stands for, when they belong to the answer's meaning (an
   * objective's title and description); other placeholders (dates, sums) are left out of the search.
   */
  placeholderWords?: (name: string, language: FaqLanguage) => string | undefined;
  /**
   * The title of the call's item a question names by its number ("strategic objective 2",
   * "l'objectif 2", "SO3", "priorité 1"), read beside the number: the number alone is no word of any
   * answer.
   */
  numberedItem?: (list: NumberedList, number: number, language: FaqLanguage) => string | undefined;
}

/** The call's lists whose items have numbers (its criteria have none). */
export type NumberedList = 'objectives' | 'priorities';

/** A unit after the number: "the objective 3 months after launch" names no objective. */
const NOT_AN_ITEM = String.raw`(?:months?|mois|mes(?:es)?|years?|ans?|a[ñn]os?|weeks?|semaines?|semanas?|days?|jours?|d[ií]as?|%)`;
/** An item named by its number, in the three languages: "strategic objective 2", "objectif n° 2", "objetivo estratégico 3", "priority #1". */
const NUMBERED_ITEM: readonly (readonly [NumberedList, RegExp])[] = [
  ['objectives', new RegExp(String.raw`\b(?:strategic\s+objective|objective|objectif(?:\s+strat[ée]gique)?|objetivo(?:\s+estrat[ée]gico)?)\s*(?:n[°ºo]\.?\s*|number\s+|num[ée]ro\s+|#\s*)?([1-9])\b(?!\s*${NOT_AN_ITEM})`, 'giu')],
  // Initials as staff write them, in capitals: SO2 (strategic objective), OS2 (objectif stratégique), OE2 (objetivo estratégico).
  ['objectives', /\b(?:SO|OS|OE)\s?-?([1-9])\b/gu],
  ['priorities', new RegExp(String.raw`\b(?:cross[\s-]cutting\s+priority|priority|priorit[ée](?:\s+transversale)?|prioridad(?:\s+transversal)?)\s*(?:n[°ºo]\.?\s*|number\s+|num[ée]ro\s+|#\s*)?([1-9])\b(?!\s*${NOT_AN_ITEM})`, 'giu')],
];

/** An entry found for a query, with the figures that rank it. */
export interface FaqHit {
  id: string;
  /** BM25: the best question's score, plus half the score of the entry's tags and answer. */
  score: number;
  /** Share of the query's weight the entry contains (0..1). */
  coverage: number;
  /** As `coverage`, with the words told only as context weighing less (see `questionSentences`); ranks the hits. */
  askedCoverage: number;
  /** How many distinct query terms the entry contains (in its own words: see `itemOnlyTerms`). */
  matched: number;
  /** What ranks the hits: `askedCoverage` + half the score relative to the best score. */
  relevance: number;
}

/** How the query fared in the language chosen to read it. */
export interface FaqLanguageTrace {
  language: FaqLanguage;
  /** The query's terms in this language's analysis. */
  terms: string[];
  /** The query's total weight: the sum of its distinct terms' weights (see `weightOf`). */
  weight: number;
  /**
   * Share of the query's weight the base knows at all, each term counted as in the entry where it
   * counts most (like coverage, but over the whole base rather than one entry).
   */
  known: number;
  /** Entries found, best first. */
  hits: FaqHit[];
}

/** Everything `search` looked at for one query: what tuning and tests look at. */
export interface FaqSearchTrace {
  /** The asker's language. */
  asker: FaqLanguage;
  /** Share of the query's words each language recognises (its stop words, the base's words). */
  recognised: Record<FaqLanguage, number>;
  /** The analysis used: the language recognising most words, the asker's on a tie. */
  chosen: FaqLanguageTrace;
  /** Whether the query says it is about something else (see `saysElsewhere`, `asksAboutOtherFunder`). */
  elsewhere: boolean;
  /**
   * Whether, once the words saying it is about something else are taken out, the query still names
   * one of the call's own subjects (funding, ideas, clinics...): "can the grant pay per diem" does,
   * "who do I ask about mandatory training" does not (its "training" is part of the other subject).
   */
  namesCallSubject: boolean;
  /**
   * Whether it asks about another programme's fund, grants, call or deadline (`asksAboutOtherFunder`,
   * `namesAnotherProgrammesCall`): declined whatever else it names.
   */
  otherFunder: boolean;
  /**
   * Whether not one of its words is a word of any language the base knows, and it names nothing
   * either (no capital, no digit: "Kampala" or "ICT4D" are names, not gibberish): "foo bar baz".
   */
  unread: boolean;
  /**
   * The language the question is clearly written in, to answer in: the chosen language when the
   * question has two words or more and that language recognises clearly more of them than the
   * asker's ("quand est la date limite ?" in an English chat); otherwise the asker's ("deadline"
   * typed in a French chat is still answered in French).
   */
  writtenIn: FaqLanguage;
}

/** A built index. */
export interface FaqIndex {
  /** The entry answering `query`, asked by someone whose conversation language is `language`. */
  search(query: string, language: FaqLanguage): FaqSearchResult;
  /** What `search` looks at before deciding. */
  explain(query: string, language: FaqLanguage): FaqSearchTrace;
  /** The decision `search` takes on a trace, under these thresholds (the index's by default). */
  decide(trace: FaqSearchTrace, thresholds?: Readonly<FaqThresholds>): FaqSearchResult;
  /** The thresholds in force. */
  readonly thresholds: Readonly<FaqThresholds>;
  /** The number of entries indexed. */
  readonly size: number;
}

/** Query terms found only in an entry's answer, or only through fuzzy or prefix matching, count this much. */
const WEAK_MATCH_CREDIT = 0.5;
/** Relative score margin over the second entry at which the margin factor reaches 1. */
const FULL_MARGIN = 0.25;
/** The margin factor with no margin at all (two entries tied). */
const TIED_MARGIN_FACTOR = 0.7;
/** How many candidates an `unsure` result lists, and the most alternatives an answer lists. */
const MAX_CANDIDATES = 3;
/** What a query term the base never uses weighs, relative to the rarest term it does use. */
const UNKNOWN_TERM_WEIGHT = 1;
/** The weight in ranking of a word told only in a message's context (see `questionSentences`). */
const CONTEXT_WEIGHT = 0.25;

/**
 * The sentences of `text` that ask (end with a question mark), when others do not: "Hi, I'm at the
 * RO in Dakar. We have an idea on solar pumps. Is there still time to send it?" asks only the last.
 * Undefined when every sentence asks, or none says it does. A full stop ends a sentence only when a
 * space follows it and the word before it is not an abbreviation ("e.g.", "p. ej.", "etc.") or a
 * figure's part ("1.5" has no space).
 */
export function questionSentences(text: string): string | undefined {
  const sentences: string[] = [];
  let start = 0;
  // (A spaced dash ends a sentence too: "I go on leave in October — what's the last day?"; not a
  // pair of them, which sets a remark inside the sentence: "would it count — say X — or not?")
  const dashEnds = (text.match(SPACED_DASH) ?? []).length === 1;
  for (const boundary of text.matchAll(dashEnds ? /[.!?\n]+(?=\s|$)|\s[—–]\s/gu : /[.!?\n]+(?=\s|$)/gu)) {
    const end = boundary.index + boundary[0].length;
    const before = /(\S+)$/u.exec(text.slice(start, boundary.index))?.[1] ?? '';
    if (/^[.]+$/u.test(boundary[0]) && isAbbreviation(before)) continue;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  sentences.push(text.slice(start).trim());
  const said = sentences.filter((sentence) => sentence.length > 0);
  const asking = said.filter((sentence) => sentence.includes('?'));
  if (asking.length === 0) return undefined;
  // "Before I endorse the idea, what will the reviewers look at?" asks only after the comma: what
  // the asker will do next is context, as a sentence before the question is.
  // "I understand the cap is 80k; may we ask for more if...?" asks after the semicolon: what the
  // asker takes as known is context, like the rest of the sentence.
  const asked = asking.map((sentence) => sentence.replace(BEFORE_CLAUSE, '').replace(ASSUMED_CLAUSE, ''));
  if (asking.length === said.length && asked.every((sentence, at) => sentence === asking[at])) return undefined;
  return asked.join(' ');
}

/**
 * A leading clause of what the asker will do first, up to its comma: "before I/we/you...", "before
 * submitting", "avant de soumettre", "avant qu'on...", "antes de enviar", "antes de que...". Not
 * "before the shortlist is announced", which says when the question is about.
 */
const BEFORE_CLAUSE =
  /^(?:before (?:i|we|you|my|our|\p{L}+ing)\b|avant (?:de\s|d['’]|que (?:je|nous|l['’]on|on)\s|qu['’]on\s)|antes (?:de (?:que\s|\p{L}+r(?:l[ao]s?|nos)?\b)|que\s))[^,;:?]{0,100}[,;:]\s*/iu;

const SPACED_DASH = /\s[—–]\s/gu;

/**
 * A leading clause of what the asker takes as known, up to a semicolon or a "but" that turns to the
 * question: "I understand (that)...", "as I understand it...", "si je comprends bien...", "je crois
 * comprendre que...", "entiendo que...", "tengo entendido que...". Not one the question only asks
 * to confirm ("si je comprends bien, le minimum est de 50 000 : c'est bien ça ?"), which has no
 * second clause.
 */
const ASSUMED_CLAUSE =
  /^(?:i understand|as i understand it|my understanding is|si je comprends bien|si j['’]ai bien compris|je crois comprendre|j['’]ai compris|entiendo|tengo entendido|si entiendo bien|seg[uú]n entiendo)\b[^;?]{0,200}?(?:;|,\s*(?:but|mais|pero)\s)\s*/iu;

/** A word before a full stop that does not end a sentence: one or two letters ("e.g", "ej", "p"), or "etc"; never a number. */
function isAbbreviation(word: string): boolean {
  // A date or a number ends a sentence ("from the 20th.", "desde el 20."): it abbreviates nothing.
  if (/^\d+(?:st|nd|rd|th|er|e|eme|ème|º|°)?$/iu.test(word.replace(/[^\p{L}\p{N}º°]/gu, ''))) return false;
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length <= 2 || /^(etc|approx|incl|ca|cf|vs|nb)$/iu.test(letters) || /\p{L}\.\p{L}/u.test(word);
}
/**
 * Added to the relevance of an entry that answers its topic as a whole (`broad`): enough to win
 * against narrower entries matching about as well, not against one that covers clearly more.
 */
const BROAD_BONUS = 0.15;
/**
 * The same when the query asks for the whole list ("the three objectives"): the list is what it
 * wants, even when a narrower entry is worded more like it ("does not fit any objective"). In the
 * middle of the 0.3-0.5 plateau on the blind batches.
 */
const LIST_BROAD_BONUS = 0.35;
/** Weight of the BM25 score (relative to the best) beside coverage when ranking entries. */
const SCORE_WEIGHT = 0.5;
/** Weight of the entry-level score (tags and answer) beside the best question's score. */
const ENTRY_LEVEL_WEIGHT = 0.5;
/** Within the entry-level score: tags are search words chosen by IKM, answers only back them up. */
const ENTRY_LEVEL_BOOST = { tags: 1, answer: 0.4 } as const;
/** Any of `phrases` as whole words, in a query's folded words joined by spaces. */
const wholePhrases = (phrases: readonly string[]) =>
  new RegExp(`(?:^| )(?:${phrases.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?= |$)`, 'u');
/** One item set against the whole list ("all three, or is one enough?", "un seul suffit-il"). */
const WEIGHS_ONE = wholePhrases([
  'one of', 'only one', 'just one', 'is one enough', 'one is enough', 'a single', 'un seul', 'une seule', 'un des', 'une des', 'un seul suffit',
  'uno solo', 'una sola', 'uno de', 'una de', 'basta con uno', 'basta uno', 'solo uno', 'solo una',
]);
/** A query asking for a whole list (see `LIST_REQUEST_PHRASES`)... */
const LIST_REQUEST = wholePhrases(LIST_REQUEST_PHRASES);
/** ...of something the call lists ("all the criteria", not "tous les candidats" nor "the three partners"). */
const LIST_TOPICS: ReadonlySet<string> = new Set(
  ['objective', 'priority', 'criteria', 'aim', 'timeline', 'deadline', 'stage', 'example', 'resource', 'support', 'beneficiary'].map(
    (concept) => `${CONCEPT_MARK}${concept}`,
  ),
);
/**
 * The call's lists whose items have entries of their own, with the concept naming the list. An
 * entry presents one item when its answer names it as `{list.item.title}`, and the whole list when
 * it names `{list}`.
 */
const ITEM_LISTS: Readonly<Record<string, string>> = { objectives: 'objective', priorities: 'priority', criteria: 'criteria' };
const WHICH_ONE = new Set(WHICH_ONE_WORDS);
/** A word in at most this many entries says what a project is about ("gbv", "returnees"), not how one asks ("used", "ideas"). */
const RARE_TERM_ENTRIES = 2;
const ELSEWHERE = wholePhrases(ELSEWHERE_EVIDENCE);
/**
 * Whether a clause asks a question of its own: it names two things of the call ("when is the
 * deadline to submit"), not only who to ask or one word that refers back to what the other clause
 * names ("c'est validé par qui", "is there a delay").
 */
const asksOwnQuestion = (terms: readonly string[]): boolean =>
  new Set(terms.filter((term) => isConceptTerm(term) && !REFERRING_CONCEPTS.has(term))).size >= 2;
const REFERRING_CONCEPTS: ReadonlySet<string> = new Set(['who', 'contact'].map((concept) => `${CONCEPT_MARK}${concept}`));
/** What a question word alone names ("combien", "how much"), which may ask about anything said before it. */
const QUESTION_WORD_CONCEPTS: ReadonlySet<string> = new Set(['who', 'contact', 'amount', 'when'].map((concept) => `${CONCEPT_MARK}${concept}`));
/** What a question asks the assistant itself to do, by the concept that says it, and the menu entry that does it. */
const ASKED_OF_THE_ASSISTANT: ReadonlyArray<readonly [concept: string, opens: string]> = [[`${CONCEPT_MARK}reminder`, 'reminders']];
const CLOCK_TIME_TERM = `${CONCEPT_MARK}clocktime`;
/** One of the call's own subjects, not how things stand to one (`RELATIVE_CONCEPTS`). */
const namesCallThing = (term: string): boolean => isCallConcept(term) && !RELATIVE_CONCEPTS.has(term);
/** One of the call's own subjects, not merely what a question word names. */
const namesOwnStep = (term: string): boolean => namesCallThing(term) && !QUESTION_WORD_CONCEPTS.has(term);
/**
 * What says how a thing stands to another, not which thing ("after", "longer", "several"): a clause
 * after a remark about something else that names only this ("...maternity leave of sixteen weeks,
 * can it be extended?", "...how do I reset it after switching phones?") asks about the remark.
 */
const RELATIVE_CONCEPTS: ReadonlySet<string> = new Set(['after', 'exceed', 'below', 'several', 'advantage', 'fit', 'frequency'].map((concept) => `${CONCEPT_MARK}${concept}`));
/** Where one clause of a question ends and another begins. */
const CLAUSE_BREAK = /[,;:.?!¿¡\n]+/u;
/**
 * Words that open a clause of circumstance ("...sign off on the submission while the CoM is on
 * leave"): the other subject said there is the question's setting, not what it asks.
 */
const CIRCUMSTANCE_OPENER =
  /(?<!\p{L})(?:while|whilst|because|if|pendant que|tandis que|parce que|puisque|si|mientras|porque|ya que)(?!\p{L})/iu;
/** Where one sentence ends and another begins: a phrase of another subject lies within one. */
const SENTENCE_BREAK = /[;.?!¿¡\n]+/u;

/** Whether one clause of the query, free of the other subject's words, asks a question of the call's own. */
function asksTheCallApart(query: string, termsOf: (text: string) => string[]): boolean {
  const asks = (clause: string, concepts: number, names: (term: string) => boolean = isConceptTerm) => {
    const folded = words(clause);
    const text = folded.join(' ');
    if (!folded.some((word) => QUESTION_CUES.has(word)) || ELSEWHERE.test(text)) return false;
    // One step of the call, not merely who to ask ("...Who do I contact?" refers to the other subject).
    return concepts === 1 ? termsOf(text).some((term) => names(term) && !REFERRING_CONCEPTS.has(term)) : asksOwnQuestion(termsOf(text));
  };
  // The other subject told in a sentence of its own before the one that asks ("I'm going on
  // maternity leave in October. Can a colleague take over our file?"): it is the setting of the
  // question when that names one of the call's own subjects, not one every workplace has ("My
  // laptop won't start. Can the office give me a new one?").
  const asked = questionSentences(query);
  if (asked !== undefined && asks(asked, 1, namesCallThing)) return true;
  const clauses = query.split(CLAUSE_BREAK);
  return clauses.some((clause, at) => {
    const [main, ...circumstances] = clause.split(CIRCUMSTANCE_OPENER);
    // The other subject said only as the circumstance ("...while the CoM is on leave"): a question
    // of the main clause on any of the call's steps (the submission, the deadline) is the call's.
    if (circumstances.some((circumstance) => ELSEWHERE.test(words(circumstance).join(' '))) && asks(main, 1)) return true;
    // ...or told in a clause before the one that asks ("our CoM is on leave until January, can the
    // deputy sign the endorsement instead?"): a question there of one of the call's own subjects.
    // (Not "how much" or "who" alone, which ask about the remark: "Le DSA pour Dakar, c'est combien ?")
    if (at > 0 && clauses.slice(0, at).some((before) => ELSEWHERE.test(words(before).join(' '))) && asks(main, 1, namesOwnStep)) return true;
    return [main, ...circumstances].some((part) => asks(part, 2));
  });
}

/**
 * Whether the clause that asks asks about the other subject and names none of the call's own things
 * ("I'm flying to Nairobi for a workshop on our returnee project, how do I request my travel
 * authorization and DSA?"): the call's words before it are only its setting. (The converse of
 * `asksTheCallApart`.)
 */
function asksTheOtherSubjectOnly(query: string, termsOf: (text: string) => string[]): boolean {
  // The clause a question mark ends, and only when one does ("...je dois les expliquer à mon équipe
  // qui travaille à distance" asks nothing of the telework it names).
  const upToMark = query.slice(0, query.lastIndexOf('?'));
  if (upToMark.length === 0) return false;
  const clauses = upToMark.split(CLAUSE_BREAK).map((clause) => words(clause).join(' ')).filter((clause) => clause.length > 0);
  const asking = clauses.at(-1);
  if (asking === undefined || !asking.split(' ').some((word) => QUESTION_CUES.has(word)) || !ELSEWHERE.test(asking)) return false;
  return !termsOf(asking.replace(EVERY_ELSEWHERE, ' ')).some(namesCallThing);
}

/** The call lists (`ITEM_LISTS`) a query's terms name ("objectives", "prioridades"). */
const listsNamed = (terms: readonly string[]): string[] => Object.keys(ITEM_LISTS).filter((list) => terms.includes(`${CONCEPT_MARK}${ITEM_LISTS[list]}`));

/** Puts `hit` first among `hits`, level with the one it passes: an answer given so is a hedged one. */
function moveFirst(hits: FaqHit[], hit: FaqHit): void {
  if (hits[0] === hit) return;
  hits.splice(hits.indexOf(hit), 1);
  hit.relevance = hits[0].relevance;
  hits.unshift(hit);
}

/** Words that may stand between "which" and the list's name: "which strategic objective", "any of the cross-cutting priorities", "en qué objetivo". */
const BETWEEN_WHICH_AND_LIST = new Set([
  'of', 'the', 'these', 'those', 'hub', 'hubs', 's', 'iom', 'oim', 'strategic', 'cross', 'cutting', 'crosscutting', 'innovation',
  'des', 'de', 'd', 'l', 'la', 'le', 'les', 'los', 'las', 'el', 'del', 'strategique', 'strategiques', 'transversal',
  'transversale', 'transversales', 'estrategico', 'estrategicos', 'three', 'four', 'five', 'trois', 'quatre', 'cinq',
  'tres', 'cuatro', 'cinco',
]);

/** Whether `folded` asks which one of the list named by `concept` ("which objective", "quel objectif"), not merely holds "what" or "que". */
function asksWhichOne(folded: readonly string[], concept: string): boolean {
  const names = new Set(CONCEPTS[concept] ?? []);
  return folded.some((word, at) => {
    if (!WHICH_ONE.has(word)) return false;
    for (let next = at + 1; next < folded.length && next <= at + 4; next += 1) {
      if (names.has(folded[next])) return true;
      if (!BETWEEN_WHICH_AND_LIST.has(folded[next])) return false;
    }
    return false;
  });
}
const EVERY_ELSEWHERE = new RegExp(ELSEWHERE.source, 'gu');
const OTHER_FUNDER = wholePhrases(OTHER_FUNDERS);
const EVERY_OTHER_FUNDER = new RegExp(OTHER_FUNDER.source, 'gu');
const FUNDER_IN_CAPITALS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${OTHER_FUNDERS_IN_CAPITALS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** A funder's first step before a proposal ("a concept note to ECHO"); not a concept of the call, whose first step is the idea. */
const CONCEPT_NOTE = ['concept note', 'concept notes', 'note conceptuelle', 'notes conceptuelles', 'nota conceptual', 'notas conceptuales', 'nota de concepto'];
/**
 * What is asked of a funder: its money, its deadlines, a proposal to it ("une proposition pour
 * ECHO"), its fellowships, its own workshops and webinars ("l'atelier organisé par le PNUD").
 */
const FUND_WORD = wholePhrases([
  ...CONCEPTS.funding, ...CONCEPTS.deadline, ...CONCEPTS.proposal, ...CONCEPT_NOTE, 'fondo', 'venture', 'subvencion', 'subvenciones',
  'fellowship', 'fellowships', 'beca', 'becas', ...CONCEPTS.workshop, ...CONCEPTS.webinar,
  // A programme's prize ("the African Union's innovation prize"); French "prix" only here, where a
  // programme is named (alone it is as often a price).
  'prix', 'award', 'awards',
]);
const OWN_SIDE = wholePhrases(OWN_SIDE_WORDS);
const CO_FUNDING_WORD = wholePhrases(CONCEPTS.cofunding);
/** The funders' names, folded, for the patterns below. */
const FUNDER_NAMES = [...OTHER_FUNDERS, ...OTHER_FUNDERS_IN_CAPITALS.map((name) => name.toLowerCase())].join('|');
/** A proposal or an application sent to another funder ("submit a proposal to ECHO", "une proposition au PNUD", "postular al BID"). */
const SENT_TO_FUNDER = new RegExp(
  `${wholePhrases([...CONCEPTS.submit, ...CONCEPTS.proposal, ...CONCEPT_NOTE]).source}.*(?:^| )(?:to|for|au|aux|pour|a|al|para|ante|aupres de)(?: the| la| le| l| el| los| las| les)? (?:${FUNDER_NAMES})(?= |$)`,
  'u',
);
/**
 * A proposal named by its funder ("help me draft a CERF proposal", "une proposition CERF"): the
 * funder's, unless it is to be submitted, which asks whether it may come to the Hub ("can our EU
 * proposal be submitted here?").
 */
const FUNDERS_PROPOSAL = new RegExp(
  `(?:^| )(?:${FUNDER_NAMES}) (?:${CONCEPTS.proposal.join('|')})(?= |$)|(?:^| )(?:${CONCEPTS.proposal.join('|')}) (?:${FUNDER_NAMES})(?= |$)`,
  'u',
);
const SUBMIT_WORD = wholePhrases(CONCEPTS.submit);
/** A fund or call of another funder, applied to ("postulando a un fondo de la Unión Europea", "applying to the UNICEF fund"). */
const APPLYING_TO_FUNDERS_FUND = new RegExp(
  `${SUBMIT_WORD.source}(?: \\S+){0,3} (?:fund|funds|fonds|fondo|fondos|call|appel|convocatoria)(?: (?:of|from|de|del|du|des|d))?(?: the| la| le| l| el)? (?:${FUNDER_NAMES})(?= |$)` +
    `|${SUBMIT_WORD.source}(?: \\S+){0,3} (?:${FUNDER_NAMES}) (?:fund|funds|call)(?= |$)`,
  'u',
);

/** A fund said to be someone's own: "its own innovation fund", "son propre fonds", "su propio fondo". */
const ITS_OWN_FUND =
  /(?:^| )(?:its|their|son|sa|ses|leur|leurs|su|sus) (?:own|propre|propres|propio|propia|propios|propias)(?: \S+){0,2} (?:fund|funds|fonds|fondo|fondos|grant|grants|call|calls|appel|convocatoria)(?= |$)/u;

/**
 * An event named by its funder: "a UNHCR innovation workshop", "un atelier du PNUD", "el taller de
 * ACNUR". Names of two letters are left out: French "eu" (had) is the EU's initials too.
 */
const EVENT_FUNDER_NAMES = FUNDER_NAMES.split('|').filter((name) => name.length > 2).join('|');
const EVENT_WORDS = [...CONCEPTS.workshop, ...CONCEPTS.webinar].join('|');
/** A word between a funder and its event ("UNHCR is running an innovation workshop"), not the asker's own ("UNDP staff join our workshop"). */
const NOT_OWN_WORD = '(?!(?:our|my|notre|nos|mon|ma|mes|nuestro|nuestra|nuestros|nuestras|mi|mis) )\\S+';
const FUNDERS_EVENT = new RegExp(
  `(?:^| )(?:${EVENT_FUNDER_NAMES})(?: ${NOT_OWN_WORD}){0,3} (?:${EVENT_WORDS})(?= |$)` +
    `|(?:^| )(?:${EVENT_WORDS})(?: \\S+){0,2} (?:of|by|du|de|des|organise par|organized by|organizado por)(?: the| la| le| l| el)? (?:${EVENT_FUNDER_NAMES})(?= |$)`,
  'u',
);
/** The asker's idea or proposal, which another's event may feed ("can our idea build on it?"). */
const IDEA_OR_PROPOSAL = wholePhrases([...CONCEPTS.idea, ...CONCEPTS.proposal]);

const PAYABLE = wholePhrases(PAYABLE_WORDS);
const FUNDING_TERM = `${CONCEPT_MARK}funding`;
/** The call's money as a question names it: its funding, or the budget ("budget", "presupuesto", as stemmed). */
const MONEY_TERMS: ReadonlySet<string> = new Set([FUNDING_TERM, 'budget', 'presupuest']);

/**
 * Whether a query says it is about something else (see `ELSEWHERE_EVIDENCE`), given the phrases of
 * it that do (`evidence`) and the terms of the rest (`restTerms`). Salaries or laptops said beside
 * the call's funding ("can the 80k cover staff salaries", "can we buy laptops with the grant money")
 * ask what the grant pays for (`PAYABLE_WORDS`).
 */
function saysElsewhere(evidence: readonly string[] | null, restTerms: readonly string[]): boolean {
  if (!evidence) return false;
  // Translating beside the idea, a proposal or the form asks the idea's language ("can we draft the
  // idea in French and translate it at the end?"), not for a translation.
  let said = restTerms.some((term) => WRITTEN_WORK_TERMS.has(term)) ? evidence.filter((phrase) => !TRANSLATING.test(phrase)) : evidence;
  // A device beside the form, the draft, the assistant or one's data in it is where the asker works
  // ("I'm drafting on a shared office computer: will my draft still be there?", "lecteur d'écran
  // formulaire idée", "¿cómo borro lo que el bot guardó sobre mí antes de que otro use la
  // computadora?"), not an IT question.
  if (restTerms.some((term) => ASSISTANT_WORK_TERMS.has(term))) said = said.filter((phrase) => !DEVICES.test(phrase));
  if (said.length === 0) return false;
  return !said.every((phrase) => PAYABLE.test(phrase)) || !restTerms.some((term) => MONEY_TERMS.has(term));
}
/** Devices people work on, as another subject's words (see `saysElsewhere`). */
const DEVICES = wholePhrases([
  'laptop', 'computer', 'ordinateur', 'ordenador', 'computadora', 'ecran', 'pantalla', 'keyboard', 'clavier', 'teclado', 'my screen',
]);
/**
 * The assistant and what it keeps for the asker (stems and concepts, as `restTerms` has them): the
 * form, the idea, the draft, the bot, one's data. Not submitting alone ("réinstaller l'application"
 * is an app).
 */
const ASSISTANT_WORK_TERMS: ReadonlySet<string> = new Set([
  'bot', 'draft', 'brouillon', 'borrador', ...['aboutme', 'form', 'idea', 'proposal'].map((concept) => `${CONCEPT_MARK}${concept}`),
]);
/** Translating, as another subject's word (see `saysElsewhere`). */
const TRANSLATING = wholePhrases(['translate', 'traduire', 'traduis', 'traducir', 'traduce']);
/** What the call has people write: the idea, the proposal, the form. */
const WRITTEN_WORK_TERMS: ReadonlySet<string> = new Set(['idea', 'proposal', 'form', 'submit'].map((concept) => CONCEPT_MARK + concept));

/** Words that name a programme's call or fund when its initials own them ("the PBF call", "la convocatoria del BID Lab"). */
const PROGRAMME_CALL_WORDS: ReadonlySet<string> = new Set([
  'call', 'calls', 'appel', 'appels', 'convocatoria', 'convocatorias', 'fund', 'funds', 'fonds', 'fondo', 'fondos', 'facility', 'lab',
]);
/** Words between a call and whose it is ("call of the X", "convocatoria del X", "l'appel de l'X"). */
const OWNER_LINKS: ReadonlySet<string> = new Set(['of', 'the', 'de', 'del', 'du', 'd', 'des', 'la', 'le', 'l', 'el']);
/** A call's dates: what someone asking about another programme's call wants to know. */
const CALL_TIME_WORD_LIST = [
  ...CONCEPTS.deadline, 'close', 'closes', 'closed', 'closing', 'open', 'opens', 'opening', 'launch', 'launches', 'cierra', 'cierran', 'cierre', 'abre',
  'abren', 'lanza', 'lanzan', 'ferme', 'fermeture', 'ouvre', 'lance', 'lancent', 'lancement',
];
const CALL_TIME_WORDS = wholePhrases(CALL_TIME_WORD_LIST);
/** A call said to be open as people say it ("is UNHCR's Innovation Service accepting applications"). */
const TAKING_APPLICATIONS = [
  'accepting applications', 'taking applications', 'open for applications', 'open to applications', 'accepte des candidatures',
  'accepte les candidatures', 'ouvert aux candidatures', 'ouverte aux candidatures', 'acepta solicitudes', 'aceptando solicitudes',
  'acepta postulaciones', 'aceptando postulaciones', 'recibe postulaciones', 'recibiendo postulaciones',
];
/** A programme's call and its dates, besides `FUND_WORD`: what is asked about another funder's call. */
const OTHER_CALL_WORD = wholePhrases([...PROGRAMME_CALL_WORDS, ...CALL_TIME_WORD_LIST, ...TAKING_APPLICATIONS]);
/** The Hub's own names: a question naming them is about the Hub, whatever else it names. */
const HUB_NAMES = wholePhrases([...CONCEPTS.hub, ...CONCEPTS.ikm, 'incked']);
/** The Hub by its full name (not "hub" alone: "the hub clinic"), or "the Hub", "le Centre", "el Centro" written as a name. */
const HUB_FULL_NAMES = wholePhrases(CONCEPTS.hub.filter((name) => name.includes(' ')));
const THE_HUB_AS_NAMED = /\b(?:the|le|el|del|du|au|al)\s+(?:Hub|Centre|Centro)\b/u;
/** Whether the question names the Hub itself (`query` as typed, `text` folded). */
function namesTheHub(query: string, text: string): boolean {
  return HUB_FULL_NAMES.test(text) || THE_HUB_AS_NAMED.test(query);
}
/** Initials as people type them: capitals, maybe digits ("PBF", "BID", "ECW"). */
const INITIALS = /\b[A-Z][A-Z0-9]{1,7}\b/gu;

/** Whether the word at `at` owns a call word: right before it ("PBF call"), or after it and a link ("convocatoria del BID"). */
function ownsCallWord(folded: readonly string[], at: number): boolean {
  if (PROGRAMME_CALL_WORDS.has(folded[at + 1] ?? '')) return true;
  let before = at - 1;
  while (before >= 0 && OWNER_LINKS.has(folded[before])) before -= 1;
  return before < at - 1 && PROGRAMME_CALL_WORDS.has(folded[before] ?? '');
}

/**
 * Whether the query asks when the call of a programme the base does not know opens or closes,
 * naming it by initials that own the call ("deadline for the PBF call", "cuándo cierra la
 * convocatoria del BID Lab"): the list of `OTHER_FUNDERS` cannot name every donor (those it names
 * are judged by `asksAboutOtherFunder`). Kept narrow on purpose, since declining a question about
 * the Hub's own call is worse than a hesitant answer: initials the base uses (IOM, CO, HQ,
 * INCKED...) are not another programme's; initials that merely sit near "call" ("the call deadline?
 * ASAP", "does the call fund GBV projects", "DRC call eligibility") do not count; and naming the Hub
 * keeps the question the Hub's.
 */
export function namesAnotherProgrammesCall(query: string, isKnownWord: (word: string) => boolean): boolean {
  const initials = new Set(
    (query.match(INITIALS) ?? []).map((found) => found.toLowerCase()).filter((found) => !isKnownWord(found) && !OTHER_FUNDER.test(found)),
  );
  if (initials.size === 0) return false;
  const folded = words(query);
  const text = folded.join(' ');
  if (HUB_NAMES.test(text) || !CALL_TIME_WORDS.test(text)) return false;
  return folded.some((word, at) => initials.has(word) && ownsCallWord(folded, at));
}

/**
 * Whether a query (`text`, its folded words joined by spaces; `query`, as typed) asks about another
 * programme's fund, grants, call or its dates (see `OTHER_FUNDERS`): "when does UNDP's Accelerator
 * Labs call close".
 */
function asksAboutOtherFunder(text: string, query: string): boolean {
  if (!(OTHER_FUNDER.test(text) || FUNDER_IN_CAPITALS.test(query))) return false;
  // Its own event, whoever would join it ("a UNHCR innovation workshop IOM staff can join", "is
  // UNHCR running an innovation workshop our CO could join"), needs no fund named.
  if (FUNDERS_EVENT.test(text) && !HUB_NAMES.test(text) && !IDEA_OR_PROPOSAL.test(text)) return true;
  if (!(FUND_WORD.test(text) || OTHER_CALL_WORD.test(text))) return false;
  // A proposal sent to the funder is its business, however much it is "ours" ("how do we submit
  // our proposal to ECHO"), unless the Hub or other money beside the grant is named too ("other
  // donors? We plan to apply to UNICEF as well").
  // (A funder known only in capitals, ECHO, is in `text` too, folded.)
  if (SENT_TO_FUNDER.test(text) && !HUB_NAMES.test(text) && !CO_FUNDING_WORD.test(text)) return true;
  if (FUNDERS_PROPOSAL.test(text) && !SUBMIT_WORD.test(text) && !HUB_NAMES.test(text) && !CO_FUNDING_WORD.test(text)) return true;
  // Applying to a funder's fund or call ("estamos postulando a un fondo de la Unión Europea para
  // nuestro proyecto") is the funder's business, however much the project is ours.
  if (APPLYING_TO_FUNDERS_FUND.test(text) && !HUB_NAMES.test(text) && !CO_FUNDING_WORD.test(text)) return true;
  // The funder's own fund ("does UNHCR have its own innovation fund we could apply to") is theirs,
  // whoever would apply to it.
  if (ITS_OWN_FUND.test(text) && !HUB_NAMES.test(text)) return true;
  // "IOM" inside "IOM Development Fund" is that programme's name, not the asker's side.
  return !OWN_SIDE.test(text.replace(EVERY_OTHER_FUNDER, ' '));
}

/**
 * Another funder told only in the sentences before the one that asks, when that one asks about one
 * of the call's own subjects here, at the Hub: a comparison's setting ("Last year with the IOM
 * Development Fund we had 24 months. Is it 12 months here?", "...avec l'argent du Centre ?"), not
 * a question about the funder ("I have a question about the CERF. How long can a project last?",
 * "We applied to UNICEF's fund. When is their deadline here?").
 */
function funderIsTheSetting(query: string, termsOf: (text: string) => string[]): boolean {
  if (comparesWithThisCall(query)) return true;
  const asked = questionSentences(query);
  if (asked === undefined) return false;
  const askedText = words(asked).join(' ');
  if (OTHER_FUNDER.test(askedText) || FUNDER_IN_CAPITALS.test(asked) || POINTS_BACK.test(askedText)) return false;
  if (!(HERE.test(askedText) || HUB_NAMES.test(askedText) || THE_CENTRE.test(asked))) return false;
  return termsOf(askedText).some(isCallConcept);
}
/**
 * Whether the query sets another funder beside this call to ask what differs or what is on offer
 * here, in the sentence that asks: opening with the comparison ("Compared with the UNICEF Venture
 * Fund, what do selected teams get here?", "Par rapport aux fonds du PNUD, qu'est-ce que ce Centre
 * apporte ?"), or asking how this call, named, differs ("¿En qué se diferencia esta convocatoria de
 * los fondos de ACNUR?"). The funder is the yardstick, this call the subject; not when the question
 * points back at the funder ("...compare to this call? When is their deadline?").
 */
function comparesWithThisCall(query: string): boolean {
  const asked = words(questionSentences(query) ?? query).join(' ');
  if (POINTS_BACK.test(asked)) return false;
  if (COMPARISON_FIRST.test(asked)) return HERE.test(asked) || HUB_NAMES.test(asked) || THE_CENTRE.test(query);
  return DIFFERS.test(asked) && (THIS_CALL.test(asked) || HUB_NAMES.test(asked) || THE_CENTRE.test(query));
}
/** A comparison opening the question ("compared with X, ...", "par rapport à X, ...", "a diferencia de X, ..."). */
const COMPARISON_FIRST = new RegExp(
  `^(?:${[
    'compared with', 'compared to', 'in comparison with', 'in comparison to', 'unlike', 'versus',
    'par rapport a', 'par rapport aux', 'par rapport au', 'compare a', 'compare aux', 'en comparaison de', 'contrairement a', 'contrairement aux',
    'comparado con', 'comparada con', 'en comparacion con', 'a diferencia de', 'a diferencia del',
  ].join('|')})(?![\\p{L}])`,
  'u',
);
/** Asking how one thing differs from another. */
const DIFFERS = wholePhrases([
  'differ', 'differs', 'different from', 'difference between', 'difference with', 'difference avec', 'differe', 'different de', 'different des',
  'se diferencia', 'diferencia con', 'diferencia entre', 'diferente de', 'distinto de',
]);
/** This call named as such ("here" alone may be a place). */
const THIS_CALL = wholePhrases(['this call', 'cet appel', 'esta convocatoria']);
/** Words that point back at someone named before: the funder of the sentence before. */
const POINTS_BACK = wholePhrases(['they', 'their', 'them', 'its', 'leur', 'leurs', 'ils', 'elles', 'eux', 'ellos', 'ellas']);
/** This call, as opposed to the one told before. */
const HERE = wholePhrases(['here', 'this call', 'this time', 'ici', 'cet appel', 'cette fois', 'aqui', 'aca', 'esta convocatoria', 'esta vez']);
/** The Hub by the first word of its French or Spanish name, capitalised ("l'argent du Centre", "ce Centre"). */
const THE_CENTRE = /(?<![\p{L}])(?:du|le|au|ce|el|del|al|este|the|this) Centr[eo](?![\p{L}])/u;

/** A concept of the call itself, not one of the `GENERIC_CONCEPTS` every workplace question may name. */
const isCallConcept = (term: string): boolean => isConceptTerm(term) && !GENERIC_CONCEPTS.has(term.slice(1));

/** How much more of a question another language must recognise for the answer to come in it. */
const CLEARLY_OTHER_LANGUAGE = 0.25;
/** Placeholders such as `{funding.max}` inside answers are not words of the answer. */
const PLACEHOLDER = /\{[^}]*\}/gu;

/** Rows reused by `editDistance` (queries are short; 64 covers any word worth correcting). */
const ROWS = [new Uint8Array(64), new Uint8Array(64), new Uint8Array(64)];

/** Optimal string alignment distance (edits with adjacent swaps), or `max + 1` once above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length >= ROWS[0].length) return a === b ? 0 : max + 1;
  let [before, previous, current] = ROWS;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, before[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}

/** The word with every run of one letter made single ("committee" -> "comite"). */
const singleLetters = (word: string): string => word.replace(/(\p{L})\1+/gu, '$1');

/** The edit distance a word of this length may be corrected over. */
const correctionBudget = (length: number): number => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/**
 * Inflections two words may share without being alike: the budget is the stem's ("crashing" is
 * not "coaching": two letters of five differ, though two of eight by length).
 */
const SHARED_ENDING = /(?:ings?|tions?|ments?|ando|iendo|ciones|cion)$/u;

/** The budget for correcting `word` into `candidate`: the length of what is left of `word` without an ending both share. */
function budgetBetween(word: string, candidate: string): number {
  const ending = SHARED_ENDING.exec(word)?.[0];
  return correctionBudget(ending && candidate.endsWith(ending) ? word.length - ending.length : word.length);
}

/** Corrects words unknown to one language's part of the base to the nearest known word. */
class SpellCorrector {
  /** Words left as they are: the base's, every stop word, every synonym and filler word. */
  private readonly known: Set<string>;
  /**
   * Correction targets by first letter and length (`f7` holds "funding"), with how often the base
   * uses them (ties go to the commoner). Typos rarely touch the first letter; a correction that
   * changes it is usually another word altogether ("prouver" is not a typo of "trouver").
   */
  private readonly targets = new Map<string, [word: string, count: number][]>();
  /**
   * Correction targets by their letters with doubles made single ("apply" under "aply"): a missed
   * or doubled letter is the commonest slip, and in a short word it is the only correction made.
   */
  private readonly bySingledLetters = new Map<string, [word: string, count: number]>();

  /**
   * `vocabulary`: the words of this language's questions, answers and tags, with their counts;
   * `isKnownInflection`: whether a word unknown as such stems like a known word ("inscribo" like
   * "inscribimos"), in which case it is left alone rather than "corrected" into another word.
   */
  constructor(
    private readonly vocabulary: ReadonlyMap<string, number>,
    private readonly isKnownInflection: (word: string) => boolean,
    /** The concept word this one stems like, if any. */
    private readonly conceptInflected: (word: string) => string | undefined,
  ) {
    this.known = new Set([...vocabulary.keys(), ...ALL_STOP_WORDS, ...PHRASE_WORDS]);
    const targets = new Map(vocabulary);
    for (const word of CONCEPT_WORDS) targets.set(word, targets.get(word) ?? 1);
    for (const [word, count] of targets) {
      if (ALL_STOP_WORDS.has(word) || word.length < 4) continue;
      const key = word[0] + word.length;
      const list = this.targets.get(key) ?? [];
      list.push([word, count]);
      this.targets.set(key, list);
      const singled = singleLetters(word);
      if ((this.bySingledLetters.get(singled)?.[1] ?? 0) < count) this.bySingledLetters.set(singled, [word, count]);
    }
  }

  /** Whether the base uses this word in this language (in a question, an answer or a tag). */
  inVocabulary(word: string): boolean {
    return this.vocabulary.has(word);
  }

  correct = (word: string): string => {
    if (word.length < 4 || this.known.has(word) || /\d/u.test(word)) return word;
    const inflected = this.conceptInflected(word);
    if (inflected) return inflected;
    if (this.isKnownInflection(word)) return word;
    const doubling = this.bySingledLetters.get(singleLetters(word));
    if (doubling) return doubling[0];
    const budget = correctionBudget(word.length);
    if (budget === 0) return word;
    let best: string | undefined;
    let bestDistance = budget + 1;
    let bestCount = 0;
    for (let length = word.length - budget; length <= word.length + budget; length += 1) {
      for (const [candidate, count] of this.targets.get(word[0] + length) ?? []) {
        const allowed = Math.min(budgetBetween(word, candidate), budget);
        const distance = editDistance(word, candidate, Math.min(allowed, bestDistance));
        if (distance > allowed) continue;
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
  /**
   * Terms an entry has only from the call's items filled into its answer: they rank it, but do not
   * count as words it shares with a question (`FaqHit.matched`), since an item's description lists
   * many subjects ("health, education, housing... voluntary return").
   */
  private readonly itemOnlyTerms: Set<string>[] = [];
  /** The call list each entry presents one item of, or the whole of (see `ITEM_LISTS`). */
  private readonly presentsItemOf: (string | undefined)[] = [];
  private readonly presentsWhole: (string | undefined)[] = [];
  /** In how many entries each term appears (questions, tags or answer): its rarity. */
  private readonly documentFrequency = new Map<string, number>();
  readonly corrector: SpellCorrector;
  private readonly limits?: CallLimits;
  private readonly numberedItem?: FaqIndexOptions['numberedItem'];
  /**
   * Words of this language's own questions and answers (not the tags, which are shared by every
   * language and mostly English): what tells which language a question is written in.
   */
  private readonly ownWords = new Set<string>();

  constructor(
    readonly language: FaqLanguage,
    private readonly base: readonly SearchableFaqEntry[],
    { limits, placeholderWords, numberedItem }: Pick<FaqIndexOptions, 'limits' | 'placeholderWords' | 'numberedItem'> = {},
  ) {
    this.limits = limits;
    this.numberedItem = numberedItem;
    this.questions = new MiniSearch<QuestionDocument>({ fields: ['text'], ...searchDefaults(language) });
    const vocabulary = new Map<string, number>();
    const count = (text: string) => {
      for (const word of words(text)) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
    };

    const questionDocuments: QuestionDocument[] = [];
    const entryDocuments: EntryDocument[] = [];
    base.forEach((entry, position) => {
      const template = entry.answer[language];
      this.presentsItemOf.push(Object.keys(ITEM_LISTS).find((list) => new RegExp(`\\{${list}\\.[^.}]+\\.title\\}`, 'u').test(template)));
      this.presentsWhole.push(Object.keys(ITEM_LISTS).find((list) => template.includes(`{${list}}`)));
      // The answer as its reader sees it, less what changes with the call's dates and sums.
      const answer = template.replace(PLACEHOLDER, (placeholder) => ` ${placeholderWords?.(placeholder.slice(1, -1), language) ?? ''} `);
      // Tags go through the analysis one by one, so that two neighbouring tags never make a phrase.
      const tags = entry.tags.map((tag) => analyze(tag, language).join(' ')).join(' ');
      entryDocuments.push({ id: position, tags, answer });
      const strong = new Set(tags.split(' ').filter((term) => term.length > 0));
      for (const question of entry.questions[language]) {
        questionDocuments.push({ id: questionDocuments.length, entry: position, text: question });
        this.entryOfQuestion.push(position);
        for (const term of analyze(question, language)) strong.add(term);
        count(question);
        for (const word of words(question)) this.ownWords.add(word);
      }
      for (const word of words(answer)) this.ownWords.add(word);
      const answerTerms = new Set(analyze(answer, language));
      const ownAnswerTerms = new Set(analyze(template.replace(PLACEHOLDER, ' '), language));
      this.itemOnlyTerms.push(new Set([...answerTerms].filter((term) => !strong.has(term) && !ownAnswerTerms.has(term))));
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
    // A word that stems like a concept's word is an inflection of it, not a typo: it is read as
    // that word ("relaciona" as "relacion"; "proposing" is not "proposito").
    const conceptByStem = new Map<string, string>();
    for (const word of CONCEPT_WORDS) {
      const stemmed = stem(word, language);
      // Short stems are shared by unrelated words ("donnez" is not "don").
      if (!word.includes(' ') && stemmed.length >= 5) conceptByStem.set(stemmed, word);
    }
    this.corrector = new SpellCorrector(
      vocabulary,
      (word) => this.documentFrequency.has(stem(word, language)),
      (word) => conceptByStem.get(stem(word, language)),
    );
  }

  /** BM25's idf over entries; a term the base never uses weighs `UNKNOWN_TERM_WEIGHT` of the rarest. */
  private weightOf(term: string): number {
    const frequency = this.documentFrequency.get(term);
    const idf = (n: number) => Math.log(1 + (this.base.length - n + 0.5) / (n + 0.5));
    return frequency === undefined ? UNKNOWN_TERM_WEIGHT * idf(1) : idf(frequency);
  }

  /**
   * "Can you ping me the day before the full proposal is due?", "¿me puedes avisar una semana antes
   * del plazo?": asked to do one of its own things (`ASKED_OF_THE_ASSISTANT`), the assistant's entry
   * that does it (the one that opens it in the menu) is put first, level with the entry of the date
   * it is asked about, which names more of the question's rare words (both stay among the candidates,
   * so the answer is a hedged one).
   */
  private putAssistantsActFirst(terms: readonly string[], hits: FaqHit[], entryOf: ReadonlyMap<string, number>): void {
    // (The time zone they come in is the time zone's question: "how do I change my time zone for the reminders".)
    if (terms.includes(CLOCK_TIME_TERM)) return;
    for (const [concept, opens] of ASKED_OF_THE_ASSISTANT) {
      if (!terms.includes(concept)) continue;
      const doing = hits.find((hit) => this.base[entryOf.get(hit.id)!].opens === opens);
      if (doing) moveFirst(hits, doing);
    }
  }

  /**
   * "Our RO wants to pilot an SMS-based GBV referral tool. Which strategic objective would that fall
   * under?": asked which item of a call list a described project fits ("which objective", "dans quel
   * objectif", "en qué prioridad", "any of the priorities"), the item whose own words (its
   * description, its tags) the question names is put first, ahead of the list or of an entry about
   * the list (both stay among the candidates). Only words the list's overview does not have tell:
   * without them ("which objectives are there") nothing moves; nor when another subject leads (a
   * question about funding that names an objective) or the whole list is asked for.
   */
  private putFittingItemFirst(query: string, terms: readonly string[], hits: FaqHit[], entryOf: ReadonlyMap<string, number>): void {
    if (hits.length === 0) return;
    const folded = words(query);
    for (const list of listsNamed(terms)) {
      const concept = ITEM_LISTS[list];
      if (!asksWhichOne(folded, concept)) continue;
      // An item already first was named by the question itself ("que veut dire le critère accessibilité").
      if (this.presentsItemOf[entryOf.get(hits[0].id)!] === list) return;
      // Another subject leads when nothing about the list is near the top ("how much funding for
      // a GBV project, under which objective").
      const nearTop = hits.slice(0, MAX_CANDIDATES).map((hit) => entryOf.get(hit.id)!);
      if (!nearTop.some((entry) => this.presentsWhole[entry] === list || this.strongTerms[entry].has(`${CONCEPT_MARK}${concept}`))) continue;
      const best = this.itemNamedByDescription(list, terms, hits, entryOf);
      if (best) return moveFirst(hits, best);
    }
  }

  /** The item of `list` whose own words the query's rare words name most (see `putFittingItemFirst`). */
  private itemNamedByDescription(list: string, terms: readonly string[], hits: readonly FaqHit[], entryOf: ReadonlyMap<string, number>): FaqHit | undefined {
    const overview = this.presentsWhole.indexOf(list);
    const describing = terms.filter(
      (term) =>
        !isConceptTerm(term) &&
        (this.documentFrequency.get(term) ?? 0) <= RARE_TERM_ENTRIES &&
        (overview < 0 || !(this.strongTerms[overview].has(term) || this.answerTerms[overview].has(term))),
    );
    let best: { hit: FaqHit; said: number } | undefined;
    for (const hit of hits) {
      const entry = entryOf.get(hit.id)!;
      if (this.presentsItemOf[entry] !== list) continue;
      const said = describing.reduce(
        (sum, term) => sum + (this.strongTerms[entry].has(term) ? 1 : this.answerTerms[entry].has(term) ? WEAK_MATCH_CREDIT : 0) * this.weightOf(term),
        0,
      );
      if (said > 0 && (best === undefined || said > best.said)) best = { hit, said };
    }
    return best?.hit;
  }

  /**
   * "What are all the objectives? We work on water and sanitation": the whole list asked for comes
   * first, however many of the project's words one item's description shares (the item stays a
   * candidate).
   */
  private putListFirst(terms: readonly string[], hits: FaqHit[], entryOf: ReadonlyMap<string, number>): void {
    const [list] = listsNamed(terms);
    if (list === undefined) return;
    const overview = hits.find((hit) => this.presentsWhole[entryOf.get(hit.id)!] === list);
    if (overview) moveFirst(hits, overview);
  }

  /** Whether `word` (folded) is a word of this language's base. */
  knowsWord(word: string): boolean {
    return this.ownWords.has(word);
  }

  /** The terms of `query` in this language, as `trace` reads them. */
  terms(query: string): string[] {
    return analyze(this.withItemTitles(query), this.language, { correct: this.corrector.correct, limits: this.limits });
  }

  /** `query` with the title of each item it names by number beside the number ("objective 2 (Driving solutions to displacement)"). */
  private withItemTitles(query: string): string {
    const title = this.numberedItem;
    if (!title) return query;
    return NUMBERED_ITEM.reduce(
      (text, [list, pattern]) => text.replace(pattern, (named: string, figure: string) => {
        const found = title(list, Number(figure), this.language);
        return found ? `${named} (${found})` : named;
      }),
      query,
    );
  }

  /** Share of the query's words that are stop words of this language or words of the base. */
  recognisedShare(query: string): number {
    const queryWords = words(query);
    if (queryWords.length === 0) return 0;
    const recognised = queryWords.filter(
      (word) => isStopWord(word, this.language) || this.ownWords.has(word) || /^\d+$/u.test(word),
    );
    return recognised.length / queryWords.length;
  }

  trace(query: string): FaqLanguageTrace {
    const terms = this.terms(query);
    const unique = [...new Set(terms)];
    const totalWeight = unique.reduce((sum, term) => sum + this.weightOf(term), 0);
    // In a message that tells its context before it asks, the question ranks the entries more than
    // the story does (whether to decline or be sure is still judged on the whole message).
    const asked = questionSentences(query);
    // (A question that only asks to confirm what it said before, "...; can you confirm this?", has
    // no terms of its own: the whole message is what it asks.)
    let askedTerms: Set<string> | undefined = asked === undefined ? undefined : new Set(this.terms(asked));
    if (askedTerms?.size === 0) askedTerms = undefined;
    const rankingWeightOf = (term: string) => this.weightOf(term) * (askedTerms && !askedTerms.has(term) ? CONTEXT_WEIGHT : 1);
    const rankingWeight = unique.reduce((sum, term) => sum + rankingWeightOf(term), 0);
    if (unique.length === 0 || this.base.length === 0) {
      return { language: this.language, terms, weight: totalWeight, known: 0, hits: [] };
    }

    const scores = new Map<number, number>();
    const inexact = new Map<number, Set<string>>();
    const noteMatches = (entry: number, result: SearchResult) => {
      const set = inexact.get(entry) ?? new Set<string>();
      for (const term of result.queryTerms) set.add(term);
      inexact.set(entry, set);
    };
    const text = unique.join(' ');
    for (const result of this.questions.search(text)) {
      const entry = this.entryOfQuestion[result.id as number];
      scores.set(entry, Math.max(scores.get(entry) ?? 0, result.score));
      noteMatches(entry, result);
    }
    for (const result of this.entries.search(text, { boost: ENTRY_LEVEL_BOOST, fuzzy: false })) {
      const entry = result.id as number;
      scores.set(entry, (scores.get(entry) ?? 0) + ENTRY_LEVEL_WEIGHT * result.score);
      noteMatches(entry, result);
    }

    const bestCredit = new Map<string, number>();
    const hits: FaqHit[] = [...scores].map(([entry, score]) => {
      let covered = 0;
      let coveredForRanking = 0;
      let matched = 0;
      for (const term of unique) {
        const credit = this.strongTerms[entry].has(term)
          ? 1
          : this.answerTerms[entry].has(term) || inexact.get(entry)?.has(term)
            ? WEAK_MATCH_CREDIT
            : 0;
        if (credit > 0 && !this.itemOnlyTerms[entry].has(term)) matched += 1;
        covered += credit * this.weightOf(term);
        coveredForRanking += credit * rankingWeightOf(term);
        bestCredit.set(term, Math.max(bestCredit.get(term) ?? 0, credit));
      }
      return { id: this.base[entry].id, score, coverage: covered / totalWeight, askedCoverage: coveredForRanking / rankingWeight, matched, relevance: 0 };
    });
    // Coverage first (how much of the question the entry speaks to), BM25 second (how closely one
    // of its questions is worded like the query).
    const bestScore = Math.max(...hits.map((hit) => hit.score));
    const broad = new Set(this.base.filter((entry) => entry.broad).map((entry) => entry.id));
    // The phrase test reads the query's words again: only when the query names something the call lists.
    const folded = unique.some((term) => LIST_TOPICS.has(term)) ? words(query).join(' ') : '';
    // "All three, or is one enough?" weighs one item against the list: how many, not which.
    const asksForList = folded !== '' && LIST_REQUEST.test(folded) && !WEIGHS_ONE.test(folded);
    const broadBonus = asksForList ? LIST_BROAD_BONUS : BROAD_BONUS;
    for (const hit of hits) hit.relevance = hit.askedCoverage + SCORE_WEIGHT * (hit.score / bestScore) + (broad.has(hit.id) ? broadBonus : 0);
    hits.sort((a, b) => b.relevance - a.relevance);
    const entryOf = new Map([...scores.keys()].map((entry) => [this.base[entry].id, entry]));
    if (asksForList) this.putListFirst(unique, hits, entryOf);
    else this.putFittingItemFirst(query, unique, hits, entryOf);
    this.putAssistantsActFirst(unique, hits, entryOf);
    const known = unique.reduce((sum, term) => sum + (bestCredit.get(term) ?? 0) * this.weightOf(term), 0);
    return { language: this.language, terms, weight: totalWeight, known: known / totalWeight, hits };
  }
}

/** Builds the index over the knowledge-base entries (ids must be unique). */
/** Search results kept per index (see `search` in `createFaqIndex`). */
const REMEMBERED_QUERIES = 500;
/** Longer questions are searched every time (they rarely repeat word for word). */
const MAX_REMEMBERED_QUERY = 300;

export function createFaqIndex(entries: readonly SearchableFaqEntry[], options: FaqIndexOptions = {}): FaqIndex {
  const thresholds: FaqThresholds = { ...DEFAULT_FAQ_THRESHOLDS, ...options.thresholds };
  const relatedById = new Map(entries.map((entry) => [entry.id, entry.related ?? []]));
  // Built on the first question, not at start: about a quarter of a second (stemming every entry in
  // three languages) that every restart would otherwise wait for before answering anyone.
  let built: LanguageIndex[] | undefined;
  const languageIndexes = () => (built ??= FAQ_LANGUAGES.map((language) => new LanguageIndex(language, entries, options)));

  const alternativesFor = (entryId: string, ranked: readonly FaqHit[]): string[] => {
    const ids = [...(relatedById.get(entryId) ?? []), ...ranked.map((hit) => hit.id)];
    return [...new Set(ids)].filter((id) => id !== entryId && relatedById.has(id)).slice(0, MAX_CANDIDATES);
  };

  const isKnownWord = (word: string) => CONCEPT_WORDS.has(word) || languageIndexes().some((index) => index.knowsWord(word));

  const explain = (message: string, asker: FaqLanguage): FaqSearchTrace => {
    // A pasted e-mail is read without its greeting, courtesy and signature (see `messageBody`).
    const query = messageBody(message);
    // Only the chosen language is searched: choosing needs no search, and it keeps a query cheap.
    const indexes = languageIndexes();
    const recognised = Object.fromEntries(
      indexes.map((index) => [index.language, index.recognisedShare(message)]),
    ) as Record<FaqLanguage, number>;
    const ranked = [...indexes].sort(
      (a, b) =>
        recognised[b.language] - recognised[a.language] ||
        Number(b.language === asker) - Number(a.language === asker),
    );
    const best = ranked[0];
    let chosen = best.trace(query);
    // Languages recognising as much of a mixed question ("workshops obligatoires") are all tried:
    // the one whose reading the base covers best wins, the asker's on a tie.
    for (const other of ranked.slice(1).filter((index) => recognised[index.language] === recognised[best.language])) {
      const reading = other.trace(query);
      if (widestCoverage(reading) > widestCoverage(chosen)) chosen = reading;
    }
    const folded = words(query);
    const text = folded.join(' ');
    const chosenIndex = indexes.find((index) => index.language === chosen.language) ?? best;
    // Looked for sentence by sentence: "...this time. Is it possible..." does not ask the time.
    const sentences = query.split(SENTENCE_BREAK).map((sentence) => words(sentence).join(' '));
    const found = sentences.flatMap((sentence) => sentence.match(EVERY_ELSEWHERE) ?? []);
    const evidence = found.length > 0 ? found : null;
    // The query's terms outside the phrases that say it is about something else.
    const restTerms = evidence ? chosenIndex.terms(sentences.map((sentence) => sentence.replace(EVERY_ELSEWHERE, ' ')).join(' ')) : chosen.terms;
    // The other subject said in a remark beside a question of the call's own, in a clause of its own
    // ("I'm on leave next week, when is the deadline?"), does not make the query about it.
    // Naming the Hub makes it the Hub's question, whatever it is taken for ("is the Innovation Hub a
    // job opening?", "le Centre pour l'innovation, c'est une formation ?"): hedged, never declined.
    const elsewhere = saysElsewhere(evidence, restTerms) && !asksTheCallApart(query, (clause) => chosenIndex.terms(clause)) && !namesTheHub(query, text);
    const clearly = folded.length >= 2 && recognised[chosen.language] >= recognised[asker] + CLEARLY_OTHER_LANGUAGE;
    return {
      asker,
      recognised,
      chosen,
      elsewhere,
      namesCallSubject: elsewhere ? restTerms.some(isCallConcept) && !asksTheOtherSubjectOnly(query, (clause) => chosenIndex.terms(clause)) : chosen.terms.some(isCallConcept),
      otherFunder:
        (asksAboutOtherFunder(text, query) && !funderIsTheSetting(query, (sentence) => chosenIndex.terms(sentence))) ||
        namesAnotherProgrammesCall(query, isKnownWord),
      unread: Object.values(recognised).every((share) => share === 0) && !/[\p{Lu}\p{N}]/u.test(query),
      writtenIn: clearly ? chosen.language : asker,
    };
  };

  const decide = (trace: FaqSearchTrace, limits: Readonly<FaqThresholds> = thresholds): FaqSearchResult => {
    const { hits, terms } = trace.chosen;
    const top = hits[0];
    // Whether the query is about the Hub at all is judged on the entry that covers it best, which
    // is not always the best ranked: a close wording of a question can outrank a fuller match.
    const widest = hits.reduce<FaqHit | undefined>(
      (best, hit) => (best && best.coverage >= hit.coverage ? best : hit),
      undefined,
    );
    const language = trace.writtenIn;
    if (top === undefined || widest === undefined) return trace.unread ? { kind: 'off-topic', unread: true, language } : { kind: 'off-topic', language };
    const sharesMuch = widest.matched >= 3 && widest.coverage * trace.chosen.weight >= limits.manyMatchWeight;
    const coversLittle =
      !sharesMuch &&
      (widest.coverage < limits.offTopicCoverage ||
        (widest.matched === 1 && new Set(terms).size > 1 && widest.coverage < limits.singleMatchCoverage));
    // Declined only when the question asks about another programme's fund, call or deadline, or
    // says it is about something else (not in a remark beside a question of the call's own) and
    // either names none of the call's own subjects outside the other subject's words (funding,
    // ideas, clinics...: "write me a cover letter", "deadline to submit my performance review",
    // "qui approuve les demandes de télétravail dans notre bureau", however much of an entry its
    // workplace words cover; not "can the grant pay flights"), or shares little with any one entry
    // and covers little of the base. Otherwise the closest answer, hedged, with the offer to ask
    // IKM: a question about the call must not be refused.
    if (trace.otherFunder) return { kind: 'off-topic', language };
    if (trace.elsewhere && (!trace.namesCallSubject || (!sharesMuch && coversLittle))) return { kind: 'off-topic', language };
    const second = hits[1];
    const margin = second ? (top.relevance - second.relevance) / top.relevance : 1;
    const marginFactor = TIED_MARGIN_FACTOR + (1 - TIED_MARGIN_FACTOR) * Math.min(1, margin / FULL_MARGIN);
    const confidence = round(top.coverage * marginFactor);
    if (coversLittle || confidence < limits.answer) {
      return { kind: 'unsure', candidates: hits.slice(0, MAX_CANDIDATES).map((hit) => hit.id), confidence, language };
    }
    const alternatives = alternativesFor(top.id, hits);
    return { kind: 'answer', entryId: top.id, score: round(top.score), confidence, alternatives, language };
  };

  // The same questions come again and again ("when is the deadline"): the last few hundred results
  // are kept (as JSON text, so each caller gets its own copy). Searching is a pure function of the
  // query and the language.
  const answered = new Map<string, string>();
  const search = (query: string, language: FaqLanguage): FaqSearchResult => {
    const key = `${language}\n${query}`;
    const kept = answered.get(key);
    if (kept !== undefined) return JSON.parse(kept) as FaqSearchResult;
    const result = decide(explain(query, language));
    if (query.length <= MAX_REMEMBERED_QUERY) {
      if (answered.size >= REMEMBERED_QUERIES) answered.delete(answered.keys().next().value!);
      answered.set(key, JSON.stringify(result));
    }
    return result;
  };

  return {
    search,
    explain,
    decide,
    thresholds,
    size: entries.length,
  };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** The largest share of a reading's query that one entry covers. */
const widestCoverage = (trace: FaqLanguageTrace): number => Math.max(0, ...trace.hits.map((hit) => hit.coverage));
