import { en, Messages } from './en';
import { es } from './es';
import { fr } from './fr';

export type { Messages };

/** IOM's three working languages, the ones the assistant speaks. */
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

const catalogue: Record<Language, Messages> = { en, fr, es };

/** The texts of one language. */
export function messages(language: Language): Messages {
  return catalogue[language];
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to answer in: the user's explicit choice first, then the Teams client locale
 * ("fr-FR" -> fr), then English.
 */
export function resolveLanguage(chosen: unknown, locale: unknown): Language {
  if (isLanguage(chosen)) return chosen;
  if (typeof locale === 'string') {
    const prefix = locale.slice(0, 2).toLowerCase();
    if (isLanguage(prefix)) return prefix;
  }
  return 'en';
}

/**
 * Folds text for comparing with command words: lower case, no accents, no surrounding
 * punctuation, single spaces, full-width letters as plain ones. "  Menú! " and "ｍｅｎｕ" -> "menu".
 */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/^[\s.,;:!¡¿"«»()-]+|[\s.,;:!¡"«»()-]+$/g, '')
    .replace(/\s+/g, ' ');
}

/** Words that only name a thing or ask to see it ("open", "statut de", "mi"), folded, in the three languages. */
export const NAMING_WORDS: readonly string[] = (
  'open show see view check status of the my our what about please pls and ' +
  'ouvrir afficher voir statut etat de du la le l mon ma notre svp stp et ' +
  'abrir mostrar ver estado del el mi nuestra por favor y'
).split(' ');

/** Whether `text` holds no word but those of `allowed`, once folded (accents off, lower case). */
export function saysOnly(text: string, allowed: ReadonlySet<string>): boolean {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .every((word) => allowed.has(word));
}

/**
 * The language a whole message asks for by its name, in any of the three languages ("français",
 * "in English", "switch to Spanish", "en español", "parlez-moi en français"). Codes and list
 * positions ("es", "2") only answer the language question (`recognizeLanguage`).
 */
export function languageAsked(text: string): Language | undefined {
  // A hyphen reads as a space ("parlez-moi", "peut-on"), and a question mark ends a question.
  const name = foldForMatching(text).replace(/-/g, ' ').replace(/\s*\?+$/, '').replace(LANGUAGE_REQUEST, '').replace(POLITE_END, '');
  for (const code of LANGUAGES) {
    if (name === foldForMatching(catalogue[code].languageName)) return code;
    if (LANGUAGES.some((other) => name === catalogue[other].language.names[code])) return code;
  }
  return languageRequested(text);
}

/** A language's name in each of the three languages, folded: "spanish", "espagnol", "espanol" -> es. */
const LANGUAGE_WORDS: ReadonlyMap<string, Language> = new Map(
  LANGUAGES.flatMap((code) => [
    [foldForMatching(catalogue[code].languageName), code] as const,
    ...LANGUAGES.map((other) => [catalogue[other].language.names[code], code] as const),
  ]),
);
/**
 * Words that only ask, around a language's name, in the three languages: "mejor en español porfa",
 * "quiero hablar en español", "plutôt en français stp", "hola, en español por favor", "english from
 * now on please"; with every catalogue's courtesy words ("hi", "vale", "bonjour"). Anything else
 * makes it a question: a subject ("can I write my idea in Spanish?"), or a verb that may be about
 * the idea's language ("can we write in Spanish?").
 */
const ASKING_WORDS: ReadonlySet<string> = new Set([
  ...(
    'please pls plz thanks thank you in to switch change speak talk answer reply respond prefer i we me us let s ' +
    'can could would will do like want rather better instead actually ok okay from now on only just the language ' +
    'en a al el la le les de du ici plutot mieux parle parlez parler moi nous je j veux voudrais aimerais prefere preferer ' +
    'finalement svp stp merci pouvez vous peux tu on peut passer passe changer change langue repondre reponds repondez ' +
    'il plait te desormais maintenant ' +
    'mejor quiero quisiera prefiero hablar habla hable hablame hablemos hablen porfa por favor gracias cambiar cambia ' +
    'idioma responde responda responder podemos puedes puede podrias podria escribeme usted ahora mas finalmente aqui ' +
    'si yes oui ' +
    // going on or back in it: "can we continue in English", "volvamos al español", "revenons au français"
    'continue go back keep carry on continuer continuons continuez revenir revenons retour seguir sigamos sigue continuar continuemos volver volvamos volvemos'
  ).split(' '),
  ...LANGUAGES.flatMap((code) => catalogue[code].commandCourtesy.words.flatMap((phrase) => foldForMatching(phrase).split(' '))),
]);
/** Words that say what is not wanted ("not in English", "pas en anglais", "no quiero español"). */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'dont', 'don', 'doesn', 'never', 'pas', 'ne', 'n', 'jamais', 'nunca', 'jamas', 'ni']);
/**
 * "No" opening a change of mind: set apart by a comma or a dash ("no, en español"), or followed by
 * a word that changes it ("non finalement en français", "no mejor en español"). Otherwise "no"
 * refuses what follows ("no English please", "no en inglés").
 */
const CHANGE_OF_MIND = /^(?:no|non|nah)(?:\s*[,;.!–—-]|\s+(?:finalement|finalmente|mejor|plutot|better|rather|actually|instead)\b)/u;
/** Emoji, flags and the marks that join or vary them: "en español 😊", "switch to french 🇫🇷". */
const PICTURES = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]/gu;
/** A request is a few words; more is a sentence about something. */
const MAX_REQUEST_WORDS = 8;

/**
 * The language a short message asks to be spoken, said as people say it: one language's name, and
 * around it only words that ask (`ASKING_WORDS`), none that refuse.
 */
function languageRequested(text: string): Language | undefined {
  const folded = foldForMatching(text.replace(PICTURES, ' '));
  const words = folded.replace(/[-–—_.,;:!?¡¿…"«»()]+/g, ' ').split(' ').filter(Boolean);
  if (words.length === 0 || words.length > MAX_REQUEST_WORDS) return undefined;
  const named = new Set(words.flatMap((word) => LANGUAGE_WORDS.get(word) ?? []));
  if (named.size !== 1) return undefined;
  const asks = words.every((word, at) => {
    if (LANGUAGE_WORDS.has(word)) return true;
    if (NEGATIONS.has(word)) return false;
    if (word === 'no' || word === 'non' || word === 'nah') return at === 0 && CHANGE_OF_MIND.test(folded);
    return ASKING_WORDS.has(word);
  });
  return asks ? [...named][0] : undefined;
}
/** What people put before a language's name to ask for it, as a request or a question ("can we speak French?"). */
const LANGUAGE_REQUEST_PHRASES: readonly string[] = [
  'switch to', 'change to', 'change language to', 'speak', 'answer in', 'reply in', 'i prefer it in', 'i prefer',
  'in', 'en', 'passer en', 'parle', 'parlez', 'parlez moi en', 'parle moi en', 'repondez en',
  'reponds en', 'je prefere en', 'je prefere', 'habla', 'hable', 'hableme en', 'cambiar a', 'cambia a',
  'responda en', 'responde en', 'prefiero en', 'prefiero', 'can we speak', 'can we talk in', 'can you speak', 'can you answer in',
  'can you reply in', 'could you answer in', 'could you reply in', 'do you speak', 'on peut parler en', 'on peut parler', 'peut on parler en', 'pouvez vous parler',
  'pouvez vous repondre en', 'tu peux parler', 'tu peux repondre en', 'parlez vous', 'tu parles', 'podemos hablar en', 'podemos hablar', 'hablemos en',
  'puedes hablar', 'puede hablar', 'puedes responder en', 'puede responder en', 'hablas', 'habla usted',
];
/** The phrases as one pattern, longest first (so that "parle moi en" is not read as "parle"). */
const LANGUAGE_REQUEST = new RegExp(
  `^(?:please |pls |svp |por favor )?(?:${[...LANGUAGE_REQUEST_PHRASES].sort((a, b) => b.length - a.length).map((phrase) => `${phrase} `).join('|')})?`,
);
/** What people put after it: "français svp", "in English, please" (longer forms first). */
const POLITE_END = /,? (?:please|pls|svp|s il vous plait|merci|por favor|gracias)$/;

/**
 * The language a typed answer names, in any of the three languages: "Français", "spanish",
 * "es", or the position in the offered list ("2").
 */
export function recognizeLanguage(text: string): Language | undefined {
  const folded = foldForMatching(text);
  const position = /^[1-3]$/.test(folded) ? LANGUAGES[Number(folded) - 1] : undefined;
  if (position) return position;
  for (const code of LANGUAGES) {
    if (folded === code || folded === foldForMatching(catalogue[code].languageName)) return code;
    for (const other of LANGUAGES) {
      if (folded === catalogue[other].language.names[code]) return code;
    }
  }
  // Asked as a request ("in English please", "mejor en español porfa"), as anywhere else.
  return languageAsked(text);
}
