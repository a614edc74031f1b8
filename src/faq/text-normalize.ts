import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemFrench } from '@orama/stemmers/french';
import { stemmer as stemSpanish } from '@orama/stemmers/spanish';
import { CONCEPTS, FILLER_PHRASES, GENERIC_CONCEPTS, LANGUAGE_CONCEPTS } from './synonyms';
import { withoutReferences } from '../ideas/references';

/**
 * Language-aware text analysis for the FAQ search: the same steps turn an entry's questions and a
 * user's query into comparable terms.
 *
 *   text → words (lower case, accents folded, punctuation and apostrophes split off)
 *        → spelling correction of unknown words (optional, given by the index, which knows the words)
 *        → filler phrases dropped ("can you tell me", "s'il vous plaît")
 *        → synonym phrases replaced by one concept term (`date limite` → `_deadline`)
 *        → stop words of the language dropped, numbers and single letters dropped
 *        → every other word stemmed with the language's Snowball stemmer.
 */

export const FAQ_LANGUAGES = ['en', 'fr', 'es'] as const;
export type FaqLanguage = (typeof FAQ_LANGUAGES)[number];

/** Concept terms start with this mark, which no stem can contain. */
export const CONCEPT_MARK = '_';

/** Whether a term is a concept term (from `synonyms.ts`) rather than a stem. */
export function isConceptTerm(term: string): boolean {
  return term.startsWith(CONCEPT_MARK);
}

/** Lower case without accents: "Échéance" → "echeance", "Sí" → "si". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Thousands separators between digits ("50,000", "50 000", "50.000"), removed before splitting. */
const THOUSANDS = /(\d)[,.\s\u00a0\u202f](?=\d{3}(?!\d))/gu;
/**
 * A figure with the word for a thousand after it, said of money ("80 mil dólares", "USD 100
 * mille", "can we get 90 thousand?"): the sum "80k". Of anything else ("10 thousand migrants") it
 * stays a count. Matched on folded text.
 */
const THOUSAND_WORD =
  /(?<=(?:usd|us\$|\$|eur|€|chf)\s*\d+)\s*(?:mil|mille|thousand)\b|(?<=\d)\s*(?:mil|mille|thousand)\b(?=\s*(?:$|[?!.,;)]|(?:de\s+)?(?:usd|us\$|\$|dollars?|dolares|euros?|€|chf|francs?|francos)\b))/gu;
/**
 * Tens and a hundred said in words before the word for a thousand, as dictation writes a sum
 * ("cent mille dollars", "eighty thousand", "ochenta mil dólares"): written as figures, so that
 * `THOUSAND_WORD` reads the sum. Matched on folded text; longest phrases first.
 */
const SPOKEN_TENS: ReadonlyArray<readonly [string, number]> = (
  [
    ['quatre vingt dix', 90], ['quatre vingts', 80], ['quatre vingt', 80], ['soixante dix', 70], ['one hundred', 100], ['a hundred', 100],
    ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
    ['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60], ['septante', 70], ['huitante', 80], ['nonante', 90], ['cent', 100],
    ['veinte', 20], ['treinta', 30], ['cuarenta', 40], ['cincuenta', 50], ['sesenta', 60], ['setenta', 70], ['ochenta', 80], ['noventa', 90], ['cien', 100],
  ] as const
).map(([phrase, value]) => [phrase.replace(/ /g, '[\\s-]+'), value] as const);
/**
 * Words of a number that may come before the tens ("two hundred", "cent vingt", "ciento cincuenta",
 * "one hundred and fifty"): the sum is then more than its last words, and is left as words rather
 * than read wrong ("one hundred fifty thousand" is no 50k).
 */
const NUMBER_WORD_BEFORE =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|and|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|cents|et|' +
  'uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|ciento|cientos|doscientos|trescientos|cuatrocientos|quinientos|y)';
const SPOKEN_SUM = new RegExp(
  `(?<!\\b${NUMBER_WORD_BEFORE}[\\s-]+)\\b(${SPOKEN_TENS.map(([phrase]) => phrase).join('|')})[\\s-]+(?=(?:mil|mille|thousand)\\b)`,
  'gu',
);
const spokenValue = (phrase: string): number =>
  SPOKEN_TENS.find(([pattern]) => new RegExp(`^${pattern}$`, 'u').test(phrase))?.[1] ?? 0;

/** Anything that is not a letter or a digit separates words (apostrophes and hyphens included). */
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * The folded words of a text: "L'OIM finance-t-elle 50,000 USD ?" → ["l", "oim", "finance", "t",
 * "elle", "50000", "usd"]; "$50k" → ["money", "50k"].
 */
export function words(text: string): string[] {
  // A reference number ("IH-2024-0002") names an idea: its figures are no sum or year.
  return foldAccents(withoutReferences(text).replace(WEB_ADDRESS, ' '))
    .replace(SPOKEN_SUM, (phrase: string, tens: string) => `${spokenValue(tens)} `)
    .replace(THOUSANDS, '$1')
    .replace(THOUSAND_WORD, 'k')
    // A currency sign is a word about money ("how much $$ per project", "50 000 €").
    .replace(/[$€]/gu, ' money ')
    .split(SEPARATORS)
    .filter((word) => word.length > 0)
    .map((word, index, all) => (word === 'q' && ENGLISH_Q_BEFORE.has(all[index - 1] ?? '') ? word : (CHAT_SHORTHAND.get(word) ?? word)))
    .map((word, index, all) => AUTOCORRECT_SLIPS.get(word)?.(all[index - 1] ?? '', all[index + 1] ?? '') ?? word);
}

/**
 * Real words a phone's autocorrect or voice typing puts for the call's own (folded), mended only
 * where the word they stand for is the one that fits: "the found pays", "the grand is paid",
 * "weather or not", "un dépit d'idée", "une sale à Genève", "el plato para las ideas". Elsewhere
 * they stay ("we found a partner", "a grand idea").
 */
type SlipMender = (before: string, after: string) => string | undefined;
const AUTOCORRECT_SLIPS: ReadonlyMap<string, SlipMender> = new Map<string, SlipMender>([
  ['found', (before, after) => (['the', 'what', 'seed', 'this'].includes(before) || ['pays', 'pay', 'cover', 'covers'].includes(after) ? 'fund' : undefined)],
  // (Not "the Grand Bargain", the humanitarian agreement.)
  ['grand', (before, after) => ((before === 'the' && after !== 'bargain') || ['paid', 'pays', 'cover', 'covers', 'money', 'amount'].includes(after) ? 'grant' : undefined)],
  ['weather', (_before, after) => (after === 'or' || after === 'our' || after === 'we' || after === 'they' ? 'whether' : undefined)],
  ['depit', (before) => (['un', 'le', 'du', 'de'].includes(before) ? 'depot' : undefined)],
  ['sale', (before) => (before === 'une' || before === 'la' ? 'salle' : undefined)],
  ['plato', (before) => (before === 'el' ? 'plazo' : undefined)],
]);

/** A web address pasted beside a question ("https://intranet.iom.int/sites/innovation-hub/call-2024"): its words are no one's question. */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/giu;

/** Words before an English "q" that is a question ("quick q: ..."), not a Spanish or French "que". */
const ENGLISH_Q_BEFORE: ReadonlySet<string> = new Set(['quick', 'one', 'a', 'another', 'small', 'short']);

/**
 * Chat shorthand, as the word it stands for (folded): "q hora es", "c koi la date limite pr les
 * idees", "do u know", "xq no puedo". Only forms that stand for one word in every language the
 * base reads.
 */
const CHAT_SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['q', 'que'], ['xq', 'porque'], ['pq', 'porque'], ['tb', 'tambien'], ['tmb', 'tambien'],
  ['pr', 'pour'], ['koi', 'quoi'], ['qd', 'quand'], ['pk', 'pourquoi'], ['bcp', 'beaucoup'],
  ['u', 'you'], ['ur', 'your'], ['thru', 'through'], ['b4', 'before'], ['wen', 'when'], ['wat', 'what'], ['pls', 'please'], ['plz', 'please'], ['thx', 'thanks'],
]);

/**
 * Words by which a clause asks something (folded): a clause that only tells ("our office holds a
 * workshop next month") is context for the other clause's question, not a question of its own.
 */
export const QUESTION_CUES: ReadonlySet<string> = new Set([
  'when', 'what', 'who', 'how', 'where', 'which', 'why', 'can', 'could', 'may', 'should', 'must', 'do', 'does', 'is', 'are', 'will',
  'quand', 'quel', 'quelle', 'quels', 'quelles', 'qui', 'comment', 'ou', 'pourquoi', 'combien', 'est', 'peut', 'peuvent', 'puis', 'doit', 'faut',
  'cuando', 'cual', 'cuales', 'quien', 'quienes', 'como', 'donde', 'cuanto', 'cuanta', 'cuantos', 'puedo', 'puede', 'podemos', 'pueden', 'hay', 'es', 'son', 'debe',
]);

/**
 * Whether a message reads as a question: it has a question mark, or opens the way a question
 * does: a question word ("when is the deadline", "combien de temps", "cuándo cierra"), a French
 * inversion ("peut-on", "est-ce que"), or an English auxiliary before its subject ("can we", "is
 * the"). Narrower than `QUESTION_CUES` on purpose: an answer typed beside a form ("Es una
 * plataforma...", "May 2025", "Como parte del programa...") must not read as a question. Spanish
 * question words count with their accent, except those never used otherwise (cuál, quién, cuánto).
 */
export function looksLikeQuestion(text: string): boolean {
  if (/[?？¿]/.test(text)) return true;
  const lower = text.trim().toLowerCase().replace(/[’']/g, ' ');
  if (ASKING_PHRASES.some((phrase) => lower.startsWith(`${phrase} `))) return true;
  const [first = '', second = ''] = lower.split(/[\s,.;:!]+/);
  if (QUESTION_OPENERS.has(first) || FRENCH_INVERSION.test(first)) return true;
  return ENGLISH_AUXILIARIES.has(first) && AUXILIARY_SUBJECTS.has(second);
}

/** How people ask without a question word: "I want to know...", "dites-moi...", "quiero saber...". */
const ASKING_PHRASES: readonly string[] = [
  'i want to know', 'i would like to know', 'i d like to know', 'i wonder', 'tell me', 'can you tell me', 'please tell me', 'do you know',
  'je voudrais savoir', 'je veux savoir', 'j aimerais savoir', 'dites-moi', 'dis-moi', 'savez-vous',
  'quiero saber', 'quisiera saber', 'me gustaría saber', 'dime', 'dígame', 'digame', 'sabe', 'sabes',
];
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'what', 'when', 'where', 'who', 'whom', 'whose', 'why', 'which', 'how',
  'quand', 'comment', 'pourquoi', 'combien', 'où', 'quel', 'quelle', 'quels', 'quelles', 'qui',
  'cuándo', 'cómo', 'dónde', 'qué', 'cuál', 'cuáles', 'quién', 'quiénes', 'cuánto', 'cuánta', 'cuántos', 'cuántas',
  'cual', 'cuales', 'quien', 'quienes', 'cuanto', 'cuanta', 'cuantos', 'cuantas',
]);
/** "peut-on", "est-ce", "faut-il", "a-t-on": a French question by its word order. */
const FRENCH_INVERSION = /^\p{L}+-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles|ce)$/u;
const ENGLISH_AUXILIARIES: ReadonlySet<string> = new Set([
  'can', 'could', 'may', 'might', 'should', 'must', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'shall', 'have', 'has',
]);
const AUXILIARY_SUBJECTS: ReadonlySet<string> = new Set([
  'i', 'we', 'you', 'it', 'they', 'he', 'she', 'our', 'my', 'the', 'this', 'that', 'there', 'a', 'an', 'one', 'someone', 'anyone', 'ikm', 'iom',
]);

const STOP_WORDS: Record<FaqLanguage, ReadonlySet<string>> = {
  en: new Set(
    (
      'a an the and or but nor of to in on at for from by with about as into onto than then so if is are was ' +
      'were be been being am do does did doing done have has had having i me my mine myself we us our ours ' +
      'you your yours he him his she her it its they them their theirs this that these those there here what ' +
      'which whom whose where why how can could may might must shall should will would not no yes very just ' +
      'also any some all each every get gets got getting please hi hello hey thanks thank dear know want ' +
      'wants need needs like tell explain give say s t d ll re ve m im dont doesnt anyone someone something ' +
      'anything thing things let lets much many more most other others only out up over again still such own ' +
      'same too ever now already ok okay etc e g ie via per way kind sort happens happen exactly really ' +
      'actually currently possible able is isnt whats hows whos wheres does question questions info ' +
      'information details detail totally completely entirely fully absolutely exactly during ' +
      'while whether find found made make makes go goes going one ' +
      // "can they submit it themselves?" asks who submits: "themselves" says nothing of which entry
      'themselves ourselves yourselves yourself himself herself itself ' +
      // what is left of a negative contraction once its apostrophe splits it ("don't" is "don t"):
      // the negation is the question's frame ("who cannot apply" asks who may)
      'cannot don doesn didn isn aren wasn weren wouldn shouldn couldn haven hasn mustn ' +
      // a case put as a hypothesis ("suppose we...", "say we get shortlisted"): the case is the question
      'suppose supposing imagine assume assuming hypothetically hypothetical scenario'
    ).split(' '),
  ),
  fr: new Set(
    (
      'le la les l un une des du de d au aux a et ou en y est sont suis es sommes etes etre ete sera seront ' +
      'serait c ce ces cet cette ca cela ceci qui que qu quoi quel quelle quels quelles comment pourquoi je j ' +
      'tu il elle on nous vous ils elles me m te t se s moi toi lui leur leurs mon ma mes ton ta tes son sa ' +
      'ses notre nos votre vos ne n pas plus peu tres pour par sur sous dans avec sans chez vers peut peuvent ' +
      'peux pouvons pouvez puis pourrait pourrions pourriez pourrais faut doit dois doivent devons devez ' +
      'avoir ai as avons avez ont avait avaient avais avions aviez fait faire fais font bonjour salut merci svp stp voudrais voudrions veux ' +
      'voulons voulez aimerais aimerions savoir dire besoin quelqu chose choses tout tous toute toutes aussi ' +
      'donc alors mais si deja encore ainsi y il cela quelque quelques autre autres meme existe exactement ' +
      'possible svp question questions information informations detail details concernant propos ' +
      'totalement completement entierement vraiment absolument ' +
      // knowing, in the future too ("quand saurons-nous si..."), as "savoir" and English "know" are
      'saurons saura saurai saurez sauront saurait ' +
      // a case put as a hypothesis ("imaginons que...", "et si jamais...", "en cas de...")
      'imaginons imaginez imagine supposons suppose admettons disons jamais cas hypothese hypothetiquement'
    ).split(' '),
  ),
  es: new Set(
    (
      'el la los las lo un una unos unas de del al a y e o u en es son ser soy somos fue sera seria esta ' +
      'estan estamos este esto estos estas ese esa eso esos esas para por con sin sobre entre hasta desde ' +
      'que cual cuales como donde porque yo tu usted ustedes ella ellos ellas nosotros nosotras vosotros mi ' +
      'mis tus su sus nuestro nuestra nuestros nuestras se me te le les nos no si hay puedo puede pueden ' +
      'podemos podria podrian podriamos tengo tiene tienen tenemos hacer hace hacen hola gracias favor quiero ' +
      'quisiera quisieramos queremos saber decir necesito necesitamos debe deben debemos debo ya tambien muy ' +
      'mas algo alguien todo todos toda todas otro otra otros otras cosa cosas buenos buenas dias tardes ' +
      'existe exactamente posible pregunta preguntas informacion detalles respecto acerca totalmente ' +
      'completamente enteramente realmente absolutamente mismo misma mismos mismas ' +
      // a confirmation asked for ("¿verdad?", "¿cierto?"), and people in general ("¿solo gente de la sede?")
      'verdad cierto entonces gente ' +
      // a case put as a hypothesis ("supongamos que...", "¿qué pasa si...?", "en caso de...")
      'supongamos suponiendo imaginemos imagina digamos caso hipoteticamente'
    ).split(' '),
  ),
};

/** Whether a folded word is a stop word of the language. */
export function isStopWord(word: string, language: FaqLanguage): boolean {
  return STOP_WORDS[language].has(word);
}

/** Every stop word of every language (folded): words spelling correction must leave alone. */
export const ALL_STOP_WORDS: ReadonlySet<string> = new Set(FAQ_LANGUAGES.flatMap((language) => [...STOP_WORDS[language]]));

/** Spanish "-cion"/"-sion" typed without the accent, which the Snowball stemmer needs to see. */
const SPANISH_UNACCENTED_ION = /([cs])ion$/u;

/**
 * The stem of a word (folded first). French is stemmed after folding (so "echeance" typed without accents
 * stems like "échéance"); Spanish gets the accent of "-ción" back first, which its stemmer needs.
 */
export function stem(word: string, language: FaqLanguage): string {
  const folded = foldAccents(word);
  switch (language) {
    case 'en':
      return stemEnglish(folded);
    case 'fr':
      return foldAccents(stemFrench(folded));
    case 'es':
      return foldAccents(stemSpanish(folded.replace(SPANISH_UNACCENTED_ION, '$1ión')));
  }
}

interface Phrase {
  words: readonly string[];
  /** The concept terms it becomes (none for a filler phrase, which is dropped). */
  terms: string[];
}

type PhraseTable = ReadonlyMap<string, readonly Phrase[]>;

/** Phrases by their first word, longest first, so that "fecha de cierre" wins over "fecha". */
function phraseTable(concepts: Readonly<Record<string, readonly string[]>>, fillers: readonly string[]): PhraseTable {
  const byFirst = new Map<string, Phrase[]>();
  const add = (text: string, term: string | undefined) => {
    const phraseWords = words(text);
    const first = phraseWords[0];
    if (first === undefined) return;
    const list = byFirst.get(first) ?? [];
    let phrase = list.find((known) => known.words.join(' ') === phraseWords.join(' '));
    if (!phrase) {
      phrase = { words: phraseWords, terms: [] };
      list.push(phrase);
    }
    // A phrase listed under two concepts ("dollars": funding and currency) becomes both terms.
    if (term !== undefined && !phrase.terms.includes(term)) phrase.terms.push(term);
    byFirst.set(first, list);
  };
  for (const phrase of fillers) add(phrase, undefined);
  for (const [concept, phrases] of Object.entries(concepts)) {
    for (const phrase of phrases) add(phrase, CONCEPT_MARK + concept.toLowerCase());
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

/** The shared phrases, then each language's own (`LANGUAGE_CONCEPTS`), tried first. */
const SHARED_PHRASES = phraseTable(CONCEPTS, FILLER_PHRASES);
const OWN_PHRASES: Record<FaqLanguage, PhraseTable> = {
  en: phraseTable(LANGUAGE_CONCEPTS.en, []),
  fr: phraseTable(LANGUAGE_CONCEPTS.fr, []),
  es: phraseTable(LANGUAGE_CONCEPTS.es, []),
};

const allPhrases = (filter: (phrase: Phrase) => boolean): Set<string> =>
  new Set(
    [SHARED_PHRASES, ...Object.values(OWN_PHRASES)].flatMap((table) =>
      [...table.values()].flatMap((list) => list.filter(filter).flatMap((phrase) => [...phrase.words])),
    ),
  );

/** Every word that appears in a synonym or filler phrase (folded): known words, never "corrected". */
export const PHRASE_WORDS: ReadonlySet<string> = allPhrases(() => true);

/** Words in synonym phrases only (not fillers): targets spelling correction may choose. */
export const CONCEPT_WORDS: ReadonlySet<string> = allPhrases((phrase) => phrase.terms.length > 0);

function phraseAt(table: PhraseTable, sequence: readonly string[], start: number): Phrase | undefined {
  const candidates = table.get(sequence[start]);
  return candidates?.find((phrase) => phrase.words.every((word, offset) => sequence[start + offset] === word));
}

const DIGITS = /^\d+$/u;

/** A figure that reads as a sum of money: 100k, 2m, or a number of four digits or more that is not a year. */
const SUM = /^(\d+(k|m)|\d{4,})$/u;
const CURRENCY_WORDS: ReadonlySet<string> = new Set(['usd', 'us', 'dollar', 'dollars', 'dolar', 'dolares', 'eur', 'euro', 'euros', 'chf']);
/** The word for a project's budget in each language (a sum past the maximum reads as one). */
const BUDGET_WORDS: Record<FaqLanguage, string> = { en: 'budget', fr: 'budget', es: 'presupuesto' };
const AMOUNT_TERMS = [`${CONCEPT_MARK}funding`, `${CONCEPT_MARK}amount`] as const;
/** The funding's limits named as words ("maximum", "plafond", "tope", "minimum"). */
const LIMIT_TERMS: ReadonlySet<string> = new Set([`${CONCEPT_MARK}maximum`, `${CONCEPT_MARK}minimum`]);

function isSum(word: string | undefined): boolean {
  if (word === undefined || !SUM.test(word)) return false;
  const year = Number(word);
  return !(word.length === 4 && year >= 1900 && year <= 2100);
}

/**
 * "More than" said before a figure (a currency word may stand between) in the words that are not
 * phrases of their own: "plus de 80 000 $", "over USD 80,000" ("more than", "más de" are `_exceed`).
 */
const MORE_THAN: readonly (readonly string[])[] = [['plus', 'de'], ['over'], ['above'], ['au', 'dessus', 'de'], ['por', 'encima', 'de']];
/**
 * With the words that are `_exceed` phrases too, and the verbs of going past a sum ("if we exceed
 * 80,000", "et si on dépasse 80 000", "¿y si pasamos de 80 mil?"): a sum said to be exceeded is not
 * asked for below the minimum, and the maximum itself so said is past it.
 */
const MORE_THAN_ANY: readonly (readonly string[])[] = [
  ...MORE_THAN, ['more', 'than'], ['mas', 'de'], ['plus', 'que'],
  ['exceed'], ['exceeds'], ['exceeding'], ['beyond'], ['depasse'], ['depasser'], ['depassons'], ['depassent'],
  ['supera'], ['superar'], ['superamos'], ['excede'], ['exceder'], ['pasa', 'de'], ['pasar', 'de'], ['pasamos', 'de'], ['pasarnos', 'de'],
];
/** "Less than" said before a figure ("less than 50,000 dollars", "moins de 50 000 $", "menos de 50.000"). */
const LESS_THAN: readonly (readonly string[])[] = [['less', 'than'], ['lower', 'than'], ['under'], ['below'], ['moins', 'de'], ['moins', 'que'], ['menos', 'de'], ['menos', 'que']];
function saysMoreThan(sequence: readonly string[], figure: number, forms = MORE_THAN): boolean {
  let end = CURRENCY_WORDS.has(sequence[figure - 1] ?? '') ? figure - 1 : figure;
  // An article may stand between the verb and the sum ("si notre budget dépasse les 80 000 $").
  if (ARTICLES_BEFORE_SUM.has(sequence[end - 1] ?? '')) end -= 1;
  if (CURRENCY_WORDS.has(sequence[end - 1] ?? '')) end -= 1;
  // "No more than 80,000", "pas plus de", "no más de": within the limit, not past it.
  return forms.some(
    (words) => words.every((word, offset) => sequence[end - words.length + offset] === word) && !NEGATIONS.has(sequence[end - words.length - 1] ?? ''),
  );
}
const ARTICLES_BEFORE_SUM: ReadonlySet<string> = new Set(['the', 'les', 'le', 'los', 'el', 'la', 'las']);
const NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', 't', 'pas', 'ni', 'jamais', 'nunca', 'sans', 'sin', 'without']);

/**
 * Where a text names a sum of money: the figure (as 'sum': it stands for "an amount of funding")
 * and any currency word beside it (as 'currency-of-sum': dropped, since the question is not about
 * the currency). "Can we ask for USD 100k?" then reads like "can we ask for an amount of funding".
 */
function moneyMentions(sequence: readonly string[]): Map<number, 'sum' | 'currency-of-sum'> {
  const mentions = new Map<number, 'sum' | 'currency-of-sum'>();
  sequence.forEach((word, index) => {
    const besideCurrency = CURRENCY_WORDS.has(sequence[index - 1] ?? '') || CURRENCY_WORDS.has(sequence[index + 1] ?? '');
    const figure = (isSum(word) && (besideCurrency || !isShortLength(sequence, index))) || (DIGITS.test(word) && besideCurrency);
    // A figure with a unit of time after it is a length, whatever currency stands before it ("50 000
    // USD 14 mois", where the currency is the sum's before it).
    if (!figure || monthsNamed(word, sequence[index + 1]) !== undefined) return;
    mentions.set(index, 'sum');
    for (const next of [index - 1, index + 1]) if (CURRENCY_WORDS.has(sequence[next] ?? '')) mentions.set(next, 'currency-of-sum');
    // "us dollars": both words go.
    if (sequence[index + 1] === 'us' && CURRENCY_WORDS.has(sequence[index + 2] ?? '')) mentions.set(index + 2, 'currency-of-sum');
    if (sequence[index - 1] === 'dollars' && sequence[index - 2] === 'us') mentions.set(index - 2, 'currency-of-sum');
  });
  return mentions;
}

/**
 * A question asked on someone else's behalf ("my CoM wants to know who approves the funding", "mon
 * équipe me demande si...", "mi jefa de misión quiere saber quién aprueba..."): the asker's frame,
 * who asks and that they ask, says nothing of the question, and "CoM" in it would read as the
 * endorsement's. The words up to the end of the frame are set aside when it opens the message.
 */
const FORWARDING_FRAMES: readonly (readonly string[])[] = [
  ['wants', 'to', 'know'], ['want', 'to', 'know'], ['would', 'like', 'to', 'know'], ['asks', 'whether'], ['asks', 'if'], ['asks', 'me', 'whether'],
  ['asks', 'me', 'if'], ['asked', 'whether'], ['asked', 'if'], ['asked', 'me', 'whether'], ['asked', 'me', 'if'], ['is', 'asking', 'whether'],
  ['is', 'asking', 'if'], ['are', 'asking', 'whether'], ['are', 'asking', 'if'], ['wonders', 'whether'], ['wonders', 'if'],
  ['veut', 'savoir'], ['veulent', 'savoir'], ['voudrait', 'savoir'], ['aimerait', 'savoir'], ['me', 'demande', 'si'], ['nous', 'demande', 'si'],
  ['me', 'demande', 's'], ['demande', 'si'], ['demandent', 'si'],
  ['quiere', 'saber'], ['quieren', 'saber'], ['quisiera', 'saber'], ['me', 'pregunta', 'si'], ['nos', 'pregunta', 'si'], ['pregunta', 'si'], ['preguntan', 'si'],
];
/** How far into a message a forwarding frame may end and still open it. */
const FRAME_REACH = 10;
/**
 * Who forwards a question: a colleague, a manager, a team or an office, as the words before the frame
 * say it ("my CoM", "the equipo in our CO", "mon équipe", "mi jefa de misión"). Someone else there
 * ("our partner NGO wants to know if it can receive the grant") is the question's own subject.
 */
const FORWARDERS: ReadonlySet<string> = new Set(
  (
    'hi hello my our the a in at of from team teams colleague colleagues boss supervisor manager com chief mission head office unit ' +
    'department director co ro hq staff programme program officer focal point is are has have ' +
    'bonjour mon ma mes notre nos le la les l du de des equipe collegue collegues chef cheffe responsable directeur directrice bureau service ' +
    'hola mi mis nuestro nuestra nuestros nuestras el los las del equipo colega colegas jefe jefa director directora oficina unidad mision'
  ).split(' '),
);

function withoutForwardingFrame(sequence: string[]): string[] {
  for (let end = 2; end <= Math.min(FRAME_REACH, sequence.length - 2); end += 1) {
    const frame = FORWARDING_FRAMES.find((phrase) => phrase.length <= end && phrase.every((word, offset) => sequence[end - phrase.length + offset] === word));
    if (!frame) continue;
    // One word besides the forwarders' ("my protection unit") is a kind of team, not a subject.
    const others = sequence.slice(0, end - frame.length).filter((word) => !FORWARDERS.has(word));
    return others.length <= 1 ? sequence.slice(end) : sequence;
  }
  return sequence;
}

/** Words that are a question word only when they open the question (elsewhere, stop words). */
const LEADING_QUESTION_WORDS: Record<FaqLanguage, Readonly<Record<string, string>>> = {
  en: {},
  fr: { qui: `${CONCEPT_MARK}who` },
  es: {},
};

/** The call's funding range, in its currency (both bounds included). */
export interface FundingRange {
  min: number;
  max: number;
}

/** What the call allows, for reading the figures in a question against it. */
export interface CallLimits {
  funding: FundingRange;
  /** The longest a project may run, in months. */
  maxDurationMonths: number;
  /** The call's steps by their calendar day: "le 15 décembre" reads as the step that falls on it. */
  milestoneDays?: readonly MilestoneDay[];
}

/** A step of the call by its day in the call's zone, and the terms that name the step. */
export interface MilestoneDay {
  month: number;
  day: number;
  terms: readonly string[];
}

/** Month names and their short forms, folded, in the three languages ("sept", "dic", "janv"). */
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan', 'janvier', 'janv', 'enero', 'ene'],
    ['february', 'feb', 'fevrier', 'fevr', 'fev', 'febrero'],
    // Not "mar" (the sea in Spanish) nor English "may" (a verb: "we are 15, may we apply?").
    ['march', 'mars', 'marzo'],
    ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
    ['mai', 'mayo'],
    ['june', 'jun', 'juin', 'junio'],
    ['july', 'jul', 'juillet', 'juil', 'julio'],
    ['august', 'aug', 'aout', 'agosto', 'ago'],
    ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre'],
    ['october', 'oct', 'octobre', 'octubre'],
    ['november', 'nov', 'novembre', 'noviembre'],
    ['december', 'dec', 'decembre', 'diciembre', 'dic'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);
/** Days of the week, folded: read as written, never spelled into a word of the base ("dimanche" is no "démarche"). */
const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo',
]);
const SUMMARY_TERM = `${CONCEPT_MARK}summary`;
const REMINDER_TERM = `${CONCEPT_MARK}reminder`;
const LATE_TERM = `${CONCEPT_MARK}late`;
/** The Hub's sessions, each with an entry of its own. */
const SESSION_TERMS: ReadonlySet<string> = new Set(['webinar', 'clinic', 'workshop'].map((concept) => CONCEPT_MARK + concept));
/** How many terms away from a session "missed" is said of it. */
const SESSION_REACH = 2;
/** The words that may stand between "remind me" and what is asked ("rappelle-moi à qui", "remind us again what"). */
const RECALL_LINKS: ReadonlySet<string> = new Set(['me', 'moi', 'us', 'nous', 'again', 'please', 'a', 'de', 'of']);
/** Question words after "remind me": what is asked to be told again. */
const RECALL_QUESTION_WORDS: ReadonlySet<string> = new Set([
  'what', 'whats', 'when', 'who', 'where', 'which', 'how', 'why', 'quand', 'quel', 'quelle', 'quels', 'quelles', 'qui', 'ou', 'ce',
  'comment', 'combien', 'cuando', 'cual', 'cuales', 'quien', 'quienes', 'que', 'como', 'donde', 'cuanto', 'cuanta', 'cuantos',
]);
/**
 * Whether the words from `at` ask to be told something again ("remind me what the maximum is",
 * "rappelle-moi à qui on envoie la proposition", "could you remind me when proposals are due"):
 * a question word right after "remind me", which is then no reminder asked for.
 */
function asksToBeToldAgain(sequence: readonly string[], at: number): boolean {
  for (let index = at; index < Math.min(sequence.length, at + 3); index += 1) {
    if (RECALL_QUESTION_WORDS.has(sequence[index])) return true;
    if (!RECALL_LINKS.has(sequence[index])) return false;
  }
  return false;
}
const DEADLINE_TERM = `${CONCEPT_MARK}deadline`;
/** The call's steps as a question names them: the idea, the shortlist, the proposal. */
const NAMED_STEPS: ReadonlySet<string> = new Set(['idea', 'shortlist', 'proposal'].map((concept) => CONCEPT_MARK + concept));
/** A day of the month as written: "15", "25th", "1er". */
const DAY_OF_MONTH = /^(\d{1,2})(?:st|nd|rd|th|er|eme)?$/u;
const dayOfMonth = (word: string | undefined): number | undefined => {
  const day = Number(DAY_OF_MONTH.exec(word ?? '')?.[1]);
  return day >= 1 && day <= 31 ? day : undefined;
};
/** Words between a day and its month ("15 de diciembre", "the 1st of December"). */
const DATE_LINKS: ReadonlySet<string> = new Set(['de', 'del', 'of']);

/** A calendar date written at `index` ("11 novembre", "October 25th", "15 de diciembre"), with its length in words. */
function dateAt(sequence: readonly string[], index: number): { day: number; month: number; length: number } | undefined {
  const day = dayOfMonth(sequence[index]);
  if (day !== undefined) {
    const gap = DATE_LINKS.has(sequence[index + 1] ?? '') ? 2 : 1;
    const month = MONTHS.get(sequence[index + gap] ?? '');
    return month === undefined ? undefined : { day, month, length: gap + 1 };
  }
  const month = MONTHS.get(sequence[index] ?? '');
  if (month === undefined) return undefined;
  const gap = sequence[index + 1] === 'the' ? 2 : 1;
  const after = dayOfMonth(sequence[index + gap]);
  return after === undefined ? undefined : { day: after, month, length: gap + 1 };
}

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** Replaces a word the index does not know by the nearest one it knows (typo tolerance). */
  correct?: (word: string) => string;
  /**
   * What the call allows: a sum outside its funding range ("could we ask for 100k?", "only 30k")
   * also reads as asking past the limit (`_exceed`) or below it (`_below`), and so does a length
   * past its longest duration ("our pilot needs 18 months", "24 meses").
   */
  limits?: CallLimits;
}

const MONTH_WORDS: ReadonlySet<string> = new Set(['month', 'months', 'mois', 'mes', 'meses']);
const YEAR_WORDS: ReadonlySet<string> = new Set(['year', 'years', 'yr', 'yrs', 'an', 'ans', 'annee', 'annees', 'ano', 'anos']);

/** The months a figure names with the unit after it ("18 months", "2 ans"), or undefined. */
function monthsNamed(figure: string, unit: string | undefined): number | undefined {
  if (unit === undefined) return undefined;
  if (MONTH_WORDS.has(unit)) return Number(figure);
  if (YEAR_WORDS.has(unit)) return Number(figure) * 12;
  return undefined;
}

/** "or" in the languages of the base: what joins two lengths offered as alternatives. */
const OR_WORDS: ReadonlySet<string> = new Set(['or', 'ou', 'o', 'u']);

/**
 * Whether the length at `figure` is offered as the other choice beside the call's own (`longest`
 * months): "12 mois ou 24 mois ?", "24 months or 12?" ask which is the longest, not for more.
 */
function offeredBeside(sequence: readonly string[], figure: number, longest: number): boolean {
  const ownLength = (at: number) => monthsNamed(sequence[at] ?? '', sequence[at + 1]) === longest || (Number(sequence[at]) === longest && !DIGITS.test(sequence[at + 1] ?? ''));
  // Before it: "12 (months) or 24 months"; after it: "24 months or 12 (months)".
  const before = OR_WORDS.has(sequence[figure - 1] ?? '') && [figure - 2, figure - 3].some((at) => ownLength(at));
  const after = OR_WORDS.has(sequence[figure + 2] ?? '') && ownLength(figure + 3);
  return before || after;
}

/**
 * A length written short, "12m", "18m": the months of a figure one a project could last (6 to 60).
 * Read so only where the question speaks of a length and not of money (`isShortLength`).
 */
function monthsWritten(word: string): number | undefined {
  const short = /^(\d{1,2})m$/u.exec(word);
  const months = short ? Number(short[1]) : NaN;
  return months >= 6 && months <= 60 ? months : undefined;
}

/** Words that say a figure is a length ("duration 12m", "can it run 18m", "max 24m long"). */
const LENGTH_WORDS: ReadonlySet<string> = new Set([
  'duration', 'length', 'last', 'lasts', 'run', 'runs', 'long', 'longer', 'period', 'duree', 'dure', 'durer', 'duracion', 'dura', 'durar', 'plazo',
]);
/** Words that say a figure is money ("a 20m budget", "$18m", "costs 50m"). */
const MONEY_WORDS: ReadonlySet<string> = new Set([
  'money', 'budget', 'grant', 'funding', 'fund', 'funds', 'cost', 'costs', 'financement', 'subvention', 'presupuesto', 'financiamiento', 'financiacion',
  'fondos', 'costo', 'costos', 'cout', 'couts',
]);

/** Whether the figure at `index` ("12m") is a length: one a project could last, in a question of length, not of money. */
function isShortLength(sequence: readonly string[], index: number): boolean {
  if (monthsWritten(sequence[index]) === undefined) return false;
  if (CURRENCY_WORDS.has(sequence[index - 1] ?? '') || CURRENCY_WORDS.has(sequence[index + 1] ?? '')) return false;
  return sequence.some((word) => LENGTH_WORDS.has(word)) && !sequence.some((word) => MONEY_WORDS.has(word) || CURRENCY_WORDS.has(word));
}

/** The value of a figure as `words` leaves it: "30k" → 30000, "2m" → 2000000, "150000" → 150000. */
function sumValue(word: string): number {
  const suffix = word.at(-1);
  const digits = Number.parseInt(word, 10);
  return suffix === 'k' ? digits * 1_000 : suffix === 'm' ? digits * 1_000_000 : digits;
}

const THOUSANDS_WORDS: ReadonlySet<string> = new Set(['miles', 'milliers', 'thousands']);
/** The concepts that make "combien de X", "cuántos X" an amount of money after all. */
const MONEY_CONCEPTS: ReadonlySet<string> = new Set(['funding', 'currency', 'resource', 'amount', 'cofunding'].map((concept) => CONCEPT_MARK + concept));

/** "combien de projets", "cuántas ideas": a count of things (the word read as `_amount` alone would say money). */
function countsThings(sequence: readonly string[], index: number, language: FaqLanguage): boolean {
  const word = sequence[index];
  let counted: number;
  if (word === 'combien') {
    if (sequence[index + 1] !== 'de' && sequence[index + 1] !== 'd') return false;
    counted = index + 2;
  } else if (word === 'cuantos' || word === 'cuantas') {
    counted = index + 1;
  } else {
    return false;
  }
  if (sequence[counted] === undefined) return false;
  // Money is told by what the word means: a phrase of a money concept ("subvention", "CHF",
  // "dólares", "recursos"), or thousands ("cuántos miles de dólares").
  if (THOUSANDS_WORDS.has(sequence[counted])) return false;
  const phrase = phraseAt(OWN_PHRASES[language], sequence, counted) ?? phraseAt(SHARED_PHRASES, sequence, counted);
  return phrase?.terms.some((term) => MONEY_CONCEPTS.has(term)) !== true;
}

/**
 * The terms of a text in one language: concept terms for synonym phrases, stems for the other
 * content words, in text order (repeats kept: they weigh in BM25).
 */
export function analyze(text: string, language: FaqLanguage, options: AnalyzeOptions = {}): string[] {
  // Months and days are read as written: a spelling fix would make "novembre" "nombre".
  const correct = options.correct;
  const asWritten = (word: string) => MONTHS.has(word) || WEEKDAYS.has(word) || DAY_OF_MONTH.test(word);
  const sequence = withoutForwardingFrame(correct ? words(text).map((word) => (asWritten(word) ? word : correct(word))) : words(text));
  const terms: string[] = [];
  const money = moneyMentions(sequence);
  const steps: MilestoneDay[] = [];
  // Where the terms stood after the last limit named ("the cap", "el tope", "le minimum").
  let afterLimit: number | undefined;
  // A sum and a length said together ("can a 50,000 project run 14 months?", "100.000 dólares si
  // dura 6 meses"): the one outside the call's limits is the question, the other is allowed.
  let sumInRangeAt: number | undefined;
  let sumOutside = false;
  let lengthPast = false;
  let lengthWithinUnit: number | undefined;
  let lengthWithinAt: number | undefined;
  const leading = LEADING_QUESTION_WORDS[language][sequence[0]];
  if (leading !== undefined) terms.push(leading);
  for (let index = leading === undefined ? 0 : 1; index < sequence.length; ) {
    if (index === lengthWithinUnit) lengthWithinAt = terms.length;
    // A date the call gives to one of its steps is that step ("entre le 11 novembre et le 15 décembre"),
    // told after the rest (see below).
    const date = options.limits?.milestoneDays ? dateAt(sequence, index) : undefined;
    const step = date && options.limits?.milestoneDays?.find((milestone) => milestone.day === date.day && milestone.month === date.month);
    if (date && step) {
      steps.push(step);
      index += date.length;
      continue;
    }
    const mention = money.get(index);
    if (mention !== undefined) {
      // A sum ("USD 100k", "150.000 dolares") asks about an amount, not about the currency.
      if (mention === 'sum') {
        const value = sumValue(sequence[index]);
        // A sum said to be the limit ("so the cap is 100k, right?", "el mínimo es 50 mil") asks
        // what the limit is, whatever the sum: it is no request past it.
        const statesLimit = afterLimit !== undefined && terms.slice(afterLimit).every((term) => AMOUNT_TERMS.includes(term as (typeof AMOUNT_TERMS)[number]));
        // (The limit itself with "more than" or "less than" before it is past it: "más de 80.000",
        // "less than 50,000 dollars".)
        const past =
          !statesLimit &&
          options.limits &&
          (value > options.limits.funding.max || (value === options.limits.funding.max && saysMoreThan(sequence, index, MORE_THAN_ANY)));
        // "More than 10k" is no request below the minimum: it says what something exceeds.
        const below =
          !statesLimit &&
          options.limits &&
          ((value < options.limits.funding.min && !saysMoreThan(sequence, index, MORE_THAN_ANY)) ||
            (value === options.limits.funding.min && saysMoreThan(sequence, index, LESS_THAN)));
        // A sum outside the range asks whether it is allowed, not how much there is.
        // (A sum said to be the limit adds nothing of its own: the limit named before it says what is asked.)
        if (past || below) sumOutside = true;
        if (past || below || statesLimit) terms.push(AMOUNT_TERMS[0]);
        else {
          sumInRangeAt ??= terms.length;
          terms.push(AMOUNT_TERMS[0], AMOUNT_TERMS[1]);
        }
        // ... past the call's maximum (or below its minimum): a length past the longest duration
        // is `_exceed` too, and only the sum says which limit is asked about.
        // A sum past the maximum is a budget past it ("a bigger budget"): the word tells the
        // funding's limit from the longest duration, which is a maximum exceeded too.
        if (past) terms.push(`${CONCEPT_MARK}exceed`, `${CONCEPT_MARK}maximum`, stem(BUDGET_WORDS[language], language));
        if (below) terms.push(`${CONCEPT_MARK}below`, `${CONCEPT_MARK}minimum`);
        // The limit said is that sum's: a later one ("the max is 100k, we need 150k") is read on its own.
        afterLimit = undefined;
      }
      index += 1;
      continue;
    }
    const phrase = phraseAt(OWN_PHRASES[language], sequence, index) ?? phraseAt(SHARED_PHRASES, sequence, index);
    if (phrase && phrase.words.length === 1 && countsThings(sequence, index, language)) {
      // "combien d'idées", "cuántos proyectos": how many of something, which is no amount of money.
      index += 1;
      continue;
    }
    if (phrase && phrase.terms.includes(REMINDER_TERM) && asksToBeToldAgain(sequence, index + phrase.words.length)) {
      index += phrase.words.length;
      continue;
    }
    if (phrase) {
      terms.push(...phrase.terms);
      index += phrase.words.length;
      if (phrase.terms.some((term) => LIMIT_TERMS.has(term))) afterLimit = terms.length;
      continue;
    }
    const word = sequence[index];
    index += 1;
    const shortMonths = isShortLength(sequence, index - 1) ? monthsWritten(word) : undefined;
    if (shortMonths !== undefined) {
      terms.push(`${CONCEPT_MARK}duration`);
      if (options.limits && shortMonths > options.limits.maxDurationMonths) {
        terms.push(`${CONCEPT_MARK}exceed`);
        lengthPast = true;
      }
      continue;
    }
    if (DIGITS.test(word)) {
      const months = monthsNamed(word, sequence[index]);
      const longest = options.limits?.maxDurationMonths;
      if (longest !== undefined && months !== undefined && months > longest && !offeredBeside(sequence, index - 1, longest)) {
        terms.push(`${CONCEPT_MARK}exceed`);
        lengthPast = true;
      } else if (longest !== undefined && months !== undefined) lengthWithinUnit = index;
      continue;
    }
    if (word.length < 2 || isStopWord(word, language)) continue;
    terms.push(stem(word, language));
  }
  // A date beside a step's name only says when ("shortlisted on 11 November", or the wrong date for
  // it: "is the idea deadline 15 December?"): it adds nothing, but that it is the step's deadline
  // when it is ("if I send the idea on 25 October, is it still OK?").
  // Alone, it is its step.
  const named = terms.filter((term) => NAMED_STEPS.has(term));
  for (const step of steps) {
    if (named.length === 0) terms.push(...step.terms);
    else if (step.terms.includes(DEADLINE_TERM) && step.terms.some((term) => named.includes(term)) && !terms.includes(DEADLINE_TERM)) terms.push(DEADLINE_TERM);
  }
  if (lengthPast && !sumOutside && sumInRangeAt !== undefined) terms.splice(sumInRangeAt, AMOUNT_TERMS.length);
  else if (sumOutside && !lengthPast && lengthWithinAt !== undefined && terms[lengthWithinAt] === `${CONCEPT_MARK}duration`) terms.splice(lengthWithinAt, 1);
  // A webinar, a clinic or a workshop missed ("did I miss the webinars?", "¿el webinar ya pasó?") is
  // that session's question, not a late idea's ("I missed the webinar. Is it too late to send the
  // idea?" still asks both).
  const sessionMissed = (term: string, at: number) =>
    term === LATE_TERM && terms.slice(Math.max(0, at - SESSION_REACH), at + SESSION_REACH + 1).some((near) => SESSION_TERMS.has(near));
  if (terms.some(sessionMissed)) terms.splice(0, terms.length, ...terms.filter((term, at) => !sessionMissed(term, at)));
  // The short version of something named ("tl;dr criteria", "un résumé de ce que le Centre apporte")
  // is that subject's question: only a summary of nothing else asks for the call in short.
  if (terms.includes(SUMMARY_TERM) && terms.some((term) => isConceptTerm(term) && term !== SUMMARY_TERM && !GENERIC_CONCEPTS.has(term.slice(1)))) {
    return terms.filter((term) => term !== SUMMARY_TERM);
  }
  return terms;
}
