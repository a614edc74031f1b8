import type { detectAll as DetectAll } from 'tinyld';

/**
 * A soft check that free text is written in English, the only language the 2024 call accepts.
 *
 * It produces a warning the bot shows beside the answer, never a validation error: a false alarm
 * must cost the user a glance, not a blocked form. Hence every rule below leans towards silence:
 * - texts shorter than `MIN_WORDS_FOR_LANGUAGE_CHECK` words never warn (tinyld guesses wildly on
 *   titles such as "Circular e-waste model");
 * - acronyms (IOM, DTM, NGOs), numbers, e-mail addresses and links are removed before detection,
 *   since they carry no language and push tinyld towards Irish or Berber;
 * - candidates are limited to languages an IOM office plausibly writes in (`CANDIDATE_LANGUAGES`);
 * - the text is judged sentence by sentence, and a sentence counts as foreign only when tinyld
 *   clearly prefers another language AND it has almost none of the small words every English
 *   sentence is full of ("the", "will", "with"). The second test keeps English sentences that name
 *   "the Centro de Atención al Migrante" or "the Red de Mujeres Migrantes" quiet;
 * - the warning needs the foreign sentences to make up a real share of the text
 *   (`MIN_FOREIGN_SHARE`), so a quoted slogan inside an English paragraph passes.
 */

/** Languages the check may name; detection picks among these only. English is the expected one. */
export const CANDIDATE_LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar', 'ru', 'uk', 'it', 'de', 'tr'] as const;
export type CandidateLanguage = (typeof CANDIDATE_LANGUAGES)[number];
/** A language the warning can name (every candidate but English). */
export type DetectedLanguage = Exclude<CandidateLanguage, 'en'>;

/** Fewer words than this (after removing acronyms and numbers) are never checked. */
export const MIN_WORDS_FOR_LANGUAGE_CHECK = 6;

/** Share of the checked words that must sit in foreign sentences before the warning shows. */
export const MIN_FOREIGN_SHARE = 0.3;

/** How much more likely than English the top language must be in a sentence. */
const MIN_LEAD_OVER_ENGLISH = 2;

/** A sentence whose words are at least this share of English function words is English. */
const ENGLISH_FUNCTION_WORD_SHARE = 0.15;

/**
 * English words that are common in any sentence and are not words of the other candidates (so no
 * "a", "in", "no", "as", "so", "die", "on", "me" that French, Spanish, Portuguese, Italian or German
 * share).
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the and of to with will for that this these those is are be been was were we our us they their ' +
    'them from by have has had which who whom whose it its at an or not can could would should into ' +
    'through about more also than there when what how each other such only after before over between ' +
    'while without within where up out all any both most some very just you your he she his her'
  ).split(' '),
);

/** A word: letters, with inner apostrophes or hyphens (e-waste, l’OIM, don't). */
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

/** Pieces that say nothing about the language, removed before detection. */
const NOISE = [
  /<\/?[a-z][^<>]*>/giu, // HTML tags typed in the answer: <b>, </i>
  /\]\([^()\s]*\)/gu, // the address of a Markdown link, "[label](http://...)" (the label stays)
  /\bhttps?:\/\/\S+/giu, // links
  /\bwww\.\S+/giu,
  /\S+@\S+/gu, // e-mail addresses
  /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]+s?(?![\p{L}\p{N}])/gu, // acronyms: IOM, DTM, MHPSS, NGOs, ОИМ
  /\S*\d\S*/gu, // numbers and codes: 5,000, 60%, Q3, 2024-2025
];

/**
 * Below this many words, a text in a Latin script counts as foreign only when it has small words of
 * that language: tinyld cannot tell a short headline ("Solar e-waste recycling hubs") from Spanish
 * or Italian, and a French or Spanish title shows itself by them ("Kiosques solaires pour les
 * jeunes").
 */
const SHORT_TEXT_WORDS = 12;
const FUNCTION_WORDS: Partial<Record<DetectedLanguage, ReadonlySet<string>>> = {
  fr: new Set('le la les des du de un une et pour avec dans sur par est sont au aux ces notre nos leur leurs qui que'.split(' ')),
  // (Not the ones English has too: "a", "as", "do", "in", "per", "die", "son", "den", "al", "lo". A
  // word several of them share, "de", says only that the text is in one of them: tinyld says which.)
  es: new Set('el la los las del de un una y para con en por es estos estas nuestro nuestra sus que'.split(' ')),
  pt: new Set('o os dos das da de um uma e para com em por é são ao nosso nossa seus que'.split(' ')),
  it: new Set('il la gli le del della dei delle di un una e con su è sono nostro nostra che'.split(' ')),
  de: new Set('der das dem des ein eine und für mit auf ist sind zum zur unser unsere'.split(' ')),
  tr: new Set('ve bir bu için ile da de olan olarak'.split(' ')),
};

/** Sentence ends (and line breaks, which end list items). Colons stay inside the sentence. */
const SENTENCE_END = /[.!?;。؟\n\r]+/u;

/**
 * The warning to show when `text` looks written in another language than English, naming the
 * language (ISO 639-1: `fr`, `es`, `pt`...); undefined for English, short or undecidable text.
 */
export function nonEnglishWarning(text: string): { detected: DetectedLanguage } | undefined {
  const cleaned = removeNoise(text);
  const total = countWords(cleaned);
  if (total < MIN_WORDS_FOR_LANGUAGE_CHECK) return undefined;

  const foreignWords = new Map<DetectedLanguage, number>();
  let judged = 0;
  const sentences = cleaned.split(SENTENCE_END).filter((sentence) => countWords(sentence) > 0);
  for (const sentence of sentences) {
    const words = countWords(sentence);
    if (words < MIN_WORDS_FOR_LANGUAGE_CHECK) continue;
    judged += words;
    const language = foreignLanguageOf(sentence);
    if (language) foreignWords.set(language, (foreignWords.get(language) ?? 0) + words);
  }
  // Short sentences alone (a list of fragments): judge the text as a whole instead.
  if (judged === 0) {
    const language = foreignLanguageOf(cleaned);
    return language && shows(language, cleaned, total) ? { detected: named(language, cleaned, total) } : undefined;
  }

  let top: { language: DetectedLanguage; words: number } | undefined;
  let foreign = 0;
  for (const [language, words] of foreignWords) {
    foreign += words;
    if (!top || words > top.words) top = { language, words };
  }
  return top && foreign >= MIN_FOREIGN_SHARE * total && shows(top.language, cleaned, total)
    ? { detected: named(top.language, cleaned, total) }
    : undefined;
}

/**
 * The language to name for a foreign text: in a short one, the language whose small words it has
 * most of, when that is not tinyld's guess ("Plataforma de datos para la diáspora" has Spanish "la"
 * beside the "de" and "para" Portuguese shares, and tinyld said Portuguese).
 */
function named(detected: DetectedLanguage, text: string, total: number): DetectedLanguage {
  if (total >= SHORT_TEXT_WORDS) return detected;
  const words = (text.match(WORD) ?? []).map((word) => word.toLowerCase());
  const count = (language: DetectedLanguage) => words.filter((word) => FUNCTION_WORDS[language]?.has(word)).length;
  let best = detected;
  for (const language of Object.keys(FUNCTION_WORDS) as DetectedLanguage[]) {
    if (count(language) > count(best)) best = language;
  }
  return best;
}

/** Whether a text of `total` words shows `language` plainly enough: a long one does; a short one by its small words (see `SHORT_TEXT_WORDS`). */
function shows(language: DetectedLanguage, text: string, total: number): boolean {
  return total >= SHORT_TEXT_WORDS || hasFunctionWordsOf(language, text);
}

// tinyld's language tables take about 170 ms to load: loaded when the first long answer is checked,
// not when the bot starts.
let detectAll: typeof DetectAll | undefined;
const loadDetector = (): typeof DetectAll => (detectAll ??= (require('tinyld') as { detectAll: typeof DetectAll }).detectAll);

/** The language a stretch of text is clearly written in, when that is not English. */
function foreignLanguageOf(text: string): DetectedLanguage | undefined {
  const words = text.match(WORD) ?? [];
  const english = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word.toLowerCase())).length;
  if (english >= ENGLISH_FUNCTION_WORD_SHARE * words.length) return undefined;

  const ranked = loadDetector()(text, { only: [...CANDIDATE_LANGUAGES] });
  const best = ranked[0];
  if (!best || best.lang === 'en' || !isDetectedLanguage(best.lang)) return undefined;
  const englishScore = ranked.find((candidate) => candidate.lang === 'en')?.accuracy ?? 0;
  return best.accuracy >= MIN_LEAD_OVER_ENGLISH * englishScore ? best.lang : undefined;
}

/** Whether `text` has small words of `language` (always true for a language without a list here: another script). */
function hasFunctionWordsOf(language: DetectedLanguage, text: string): boolean {
  const own = FUNCTION_WORDS[language];
  return own === undefined || (text.match(WORD) ?? []).some((word) => own.has(word.toLowerCase()));
}

function isDetectedLanguage(code: string): code is DetectedLanguage {
  return code !== 'en' && (CANDIDATE_LANGUAGES as readonly string[]).includes(code);
}

function removeNoise(text: string): string {
  return NOISE.reduce((current, pattern) => current.replace(pattern, ' '), text);
}

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
