import { foldForMatching, type Language, LANGUAGES, messages, Messages } from '../i18n';
import { editDistance } from '../faq/search';
import { readTypedTimeZone } from '../time-zone';

/**
 * What typed text is, as a command: every command word and prefix of the three languages, folded
 * (no case, no accents). This is the one place text is matched to commands; routing on them lives in
 * `app.ts`.
 */

export type CommandName = keyof Messages['commands'];
export type TypedCommandName = keyof Messages['sessions']['prefixes'];

/**
 * The menu's buttons and the command each runs: a button's title typed as it reads ("Comprobar la
 * elegibilidad", "Start or continue my idea") runs it, in every language.
 */
const MENU_LABEL_COMMANDS: Readonly<Partial<Record<keyof Messages['menu'], CommandName>>> = {
  desk: 'desk',
  proposal: 'proposal',
  myData: 'myData',
  eligibility: 'eligibility',
  idea: 'idea',
  ideaSubmitted: 'idea',
  ask: 'ask',
  sessions: 'sessions',
  reminders: 'reminders',
  language: 'language',
  help: 'help',
  home: 'menu',
};

/** A language's command words, its menu's titles among them. */
function commandWordsOf(language: Language): Record<CommandName, readonly string[]> {
  const { commands, menu } = messages(language);
  const words: Record<CommandName, readonly string[]> = { ...commands };
  for (const [label, name] of Object.entries(MENU_LABEL_COMMANDS) as [keyof Messages['menu'], CommandName][]) {
    words[name] = [...words[name], menu[label]];
  }
  return words;
}

/** Folded command word -> command, and the languages whose lists have it ("menu" is English's and French's). */
const COMMAND_ENTRIES: ReadonlyMap<string, { name: CommandName; languages: Language[] }> = (() => {
  const entries = new Map<string, { name: CommandName; languages: Language[] }>();
  for (const language of LANGUAGES) {
    const commands = commandWordsOf(language);
    for (const name of Object.keys(commands) as CommandName[]) {
      for (const word of commands[name]) {
        const folded = foldForMatching(word);
        const entry = entries.get(folded) ?? { name, languages: [] };
        // The last language's command wins a word two languages use for different commands, as before.
        entries.set(folded, { name, languages: entry.languages.includes(language) ? entry.languages : [...entry.languages, language] });
      }
    }
  }
  return entries;
})();

/** Folded command word -> command, built once from every language's word lists. */
const COMMAND_WORDS: ReadonlyMap<string, CommandName> = new Map([...COMMAND_ENTRIES].map(([word, entry]) => [word, entry.name]));

/**
 * The language a command is typed in, when its word belongs to French or Spanish only ("mis
 * datos", "bonjour", "aide"): the reply then speaks it, as an answer speaks its question's language.
 * Undefined for a word several languages share ("menu", "faq"), for English words, which staff use
 * whatever their language ("hi", "help", "ok thanks" in a Spanish chat stay Spanish), and for
 * anything else.
 */
export function commandLanguage(text: string): Language | undefined {
  // With words around it ("je voudrais réserver une clinique", "les ateliers svp"), the command's
  // own words tell the language.
  const languages = COMMAND_ENTRIES.get(foldForMatching(text))?.languages ?? looseCommand(text, COURTESY, ARTICLES)?.languages;
  if (languages?.length === 1) return languages[0] !== 'en' ? languages[0] : undefined;
  // A word several languages share, written with a letter only one of them has ("menú").
  const accented = ACCENTED_IN.find(([letters]) => letters.test(text))?.[1];
  return accented && languages?.includes(accented) ? accented : undefined;
}

/** Letters one language writes and the others here do not: Spanish "menú", French "à propos". */
const ACCENTED_IN: readonly (readonly [RegExp, Language])[] = [
  [/[áíóúñ¿¡]/iu, 'es'],
  [/[àèêçùâîôûëï]/iu, 'fr'],
];

/**
 * A message as Teams users type commands, for matching: folded, without a leading slash ("/help"),
 * with punctuation and hyphens read as spaces ("help me!", "aide-moi", "menu, please").
 */
function commandKey(text: string): string {
  return foldForMatching(text)
    .replace(/^\/+/, '')
    .replace(/[-–—_.,;:!?¡¿…"«»()[\]{}*/\\]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The same command words keyed as `commandKey` reads a message ("suis-je eligible" -> "suis je eligible"). */
const COMMAND_KEYS: ReadonlyMap<string, { name: CommandName; languages: Language[] }> = new Map(
  [...COMMAND_ENTRIES].map(([word, entry]) => [commandKey(word), entry] as const).filter(([key]) => key !== ''),
);

/** Courtesy phrases of every language, as word lists ("can you", "s il vous plait"), longest first. */
const courtesy = (pick: (texts: Messages['commandCourtesy']) => readonly string[]): string[][] =>
  [...new Set(LANGUAGES.flatMap((language) => pick(messages(language).commandCourtesy).map(commandKey)))]
    .filter((phrase) => phrase !== '')
    .map((phrase) => phrase.split(' '))
    .sort((a, b) => b.length - a.length);
const COURTESY = courtesy((texts) => texts.words);
const POLITE = courtesy((texts) => texts.polite);
const ARTICLES = courtesy((texts) => texts.articles);

/** A command with words around it is a few words long; anything longer is a sentence. */
const MAX_COMMAND_WORDS = 12;

/**
 * The command a message is, if the WHOLE message is a command word in any of the three languages,
 * as people type it: with a leading slash ("/help"), trailing punctuation ("menu?"), or courtesy
 * words before or after it ("menu please", "help me", "can you show me the menu", "aide-moi svp",
 * "ayuda por favor"). A sentence that merely contains one ("Help for children", "help with the
 * budget?") is not a command: it is an answer or a question, because the words left around the
 * command word are not courtesy. Articles ("the", "le", "el") are skipped with courtesy words ("show
 * me the menu", "le menu svp"), never alone: "the idea" typed in a form is an answer.
 */
export function recognizeCommand(text: string, options: { inForm?: boolean } = {}): CommandName | undefined {
  const exact = COMMAND_WORDS.get(foldForMatching(text));
  if (exact) return exact;
  // Only emoji, symbols or punctuation ("🙂🎉", "!!"): nothing asked; a lone question mark asks for help.
  if (NO_WORDS.test(text)) return /^[\s?¿]+$/u.test(text) ? 'help' : 'acknowledge';
  const loose = looseCommand(text, COURTESY, ARTICLES)?.name ?? misspeltCommand(text);
  // In a form, words around a command word are more likely an answer ("Home Again", "Start Now",
  // "Open Idea"): there only help and cancel are read that loosely; any other command is read with
  // plainly polite words only ("menu please", "/menu").
  if (options.inForm && loose !== 'help' && loose !== 'cancel') return looseCommand(text, POLITE, [])?.name;
  return loose;
}

/**
 * The words people most need, misspelt by one slip ("mennu", "hlep", "cancle", "ayda"): typed alone,
 * they are those commands. A slip is a letter added or dropped, or two swapped; not one letter
 * changed, which makes other words ("held", "cancer"). Only words of four letters or more.
 */
const MISSPELLABLE: readonly CommandName[] = ['menu', 'help', 'cancel'];
/**
 * Command words whose one-slip neighbours are everyday words or places ("black", "retours", "atraso";
 * "Quito", "quite", "exist", "stops"): exact only.
 */
const EXACT_ONLY: ReadonlySet<string> = new Set(['back', 'retour', 'revenir', 'volver', 'atras', 'regresar', 'quit', 'exit', 'stop']);
const MISSPELLABLE_WORDS = [...COMMAND_KEYS].filter(
  ([key, entry]) => MISSPELLABLE.includes(entry.name) && !key.includes(' ') && key.length >= 4 && !EXACT_ONLY.has(key),
);

/** A word's letters in order ("hlep" and "help" have the same). */
const lettersOf = (word: string) => [...word].sort().join('');

function misspeltCommand(text: string): CommandName | undefined {
  const word = commandKey(text);
  if (word.length < 4 || word.includes(' ')) return undefined;
  const slip = ([key]: readonly [string, unknown]) => editDistance(word, key, 1) <= 1 && (word.length !== key.length || lettersOf(word) === lettersOf(key));
  return MISSPELLABLE_WORDS.find(slip)?.[1].name;
}

/**
 * Reminders asked for in a message of a few words, in any of the three languages: named, with a
 * word of what one does with them ("turn reminders back on", "réactiver les rappels", "quiero volver
 * a recibir los recordatorios", "will I get a reminder?"); the language of the word that names them,
 * or undefined. The knowledge base says nothing of the assistant's reminders, so such a message is
 * about their settings. A reminder asked OF something ("quick reminder of the deadline",
 * "recordatorio: ¿cuál es la fecha límite?") has no such word: it asks the thing.
 */
export function remindersNamedIn(text: string): Language | undefined {
  const words = commandKey(text).split(' ');
  if (words.length > MAX_COMMAND_WORDS || !words.some((word) => REMINDER_VERBS.has(word))) return undefined;
  return words.map((word) => REMINDER_NOUNS.get(word)).find(Boolean);
}
const REMINDER_NOUNS: ReadonlyMap<string, Language> = new Map([
  ['reminder', 'en'], ['reminders', 'en'], ['rappel', 'fr'], ['rappels', 'fr'], ['recordatorio', 'es'], ['recordatorios', 'es'],
]);
/** What one does with reminders: get them, turn them on or off, change them (folded). */
const REMINDER_VERBS: ReadonlySet<string> = new Set(
  (
    'get receive turn activate enable disable change set switch start resume want on off back ' +
    'recevoir recois reactiver activer desactiver changer modifier remettre veux voudrais reprendre ' +
    'recibir activar reactivar desactivar cambiar volver quiero quisiera poner reanudar'
  ).split(' '),
);

/** A message without a letter or a digit in it. */
const NO_WORDS = /^[^\p{L}\p{N}]+$/u;

/** The command of `recognizeCommand` once a slash, punctuation and the given courtesy words and articles are set aside. */
function looseCommand(
  text: string,
  courtesyPhrases: readonly string[][],
  articles: readonly string[][],
): { name: CommandName; languages: Language[] } | undefined {
  return looseMatch(text, COMMAND_KEYS, courtesyPhrases, articles);
}

/** What `keys` names in `text` once a slash, punctuation and the given courtesy words and articles are set aside. */
function looseMatch<T>(text: string, keys: ReadonlyMap<string, T>, courtesyPhrases: readonly string[][], articles: readonly string[][]): T | undefined {
  const words = commandKey(text).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > MAX_COMMAND_WORDS) return undefined;
  const starts = leadingCourtesyEnds(words, courtesyPhrases, articles);
  const ends = trailingCourtesyStarts(words, courtesyPhrases);
  // The widest stretch that is a command wins: "hi help" is help, "thank you" stays thanks.
  for (const [start, courteous] of starts) {
    for (const end of ends) {
      // Only articles skipped ("the idea", "la langue") is an answer, not a command.
      if (end <= start || (!courteous && end === words.length && start > 0)) continue;
      const found = keys.get(words.slice(start, end).join(' '));
      if (found) return found;
    }
  }
  return undefined;
}

/** Whether `phrase` is found in `words` at `at`. */
const phraseAt = (words: readonly string[], at: number, phrase: readonly string[]) =>
  at >= 0 && at + phrase.length <= words.length && phrase.every((word, i) => words[at + i] === word);

/**
 * Where a command could start once courtesy words and articles are skipped at the start, nearest
 * first, each with whether a courtesy word (not only articles) was skipped to get there.
 */
function leadingCourtesyEnds(words: readonly string[], courtesyPhrases: readonly string[][], articles: readonly string[][]): Map<number, boolean> {
  const found = new Map<number, boolean>([[0, false]]);
  const waiting = [0];
  while (waiting.length > 0) {
    const at = waiting.shift()!;
    for (const [phrases, isCourtesy] of [[courtesyPhrases, true], [articles, false]] as const) {
      for (const phrase of phrases) {
        const next = at + phrase.length;
        const courteous = found.get(at)! || isCourtesy;
        // Visited again only when a courtesy word now leads there and did not before.
        if (!phraseAt(words, at, phrase) || found.get(next) === true || found.get(next) === courteous) continue;
        found.set(next, courteous);
        waiting.push(next);
      }
    }
  }
  return found;
}

/** Where a command could end once courtesy words are skipped at the end ("help me please"), the end first. */
function trailingCourtesyStarts(words: readonly string[], courtesyPhrases: readonly string[][]): number[] {
  const found = [words.length];
  for (let i = 0; i < found.length; i += 1) {
    const at = found[i];
    for (const phrase of courtesyPhrases) {
      if (phraseAt(words, at - phrase.length, phrase) && !found.includes(at - phrase.length)) found.push(at - phrase.length);
    }
  }
  return found;
}

/**
 * Folded prefix -> command, and the language a prefix is only French's or Spanish's (to answer in
 * it, as `commandLanguage` does for whole commands), from every language, longest first ("cancel
 * session" before "cancel").
 */
const PREFIXES: readonly [string, TypedCommandName, Language | undefined][] = (() => {
  const languagesOf = new Map<string, { command: TypedCommandName; languages: Language[] }>();
  for (const language of LANGUAGES) {
    const prefixes = messages(language).sessions.prefixes;
    for (const command of Object.keys(prefixes) as TypedCommandName[]) {
      for (const word of prefixes[command]) {
        const prefix = foldForMatching(word);
        const entry = languagesOf.get(prefix) ?? { command, languages: [] };
        entry.languages.push(language);
        languagesOf.set(prefix, entry);
      }
    }
  }
  const found = [...languagesOf].map(([prefix, { command, languages }]) => {
    const only = languages.length === 1 && languages[0] !== 'en' ? languages[0] : undefined;
    return [prefix, command, only] as [string, TypedCommandName, Language | undefined];
  });
  return found.sort((a, b) => b[0].length - a[0].length);
})();

/** A session id as people type it (the catalogue's slugs have a dash). */
const SESSION_ID = /^[a-z0-9-]{1,80}$/;
/** What may follow "time zone": a city, a zone name, an offset or an abbreviation (`readTypedTimeZone` reads it). */
const ZONE = /^[\p{L}\p{N} _+\-−:'’./]{1,64}$/u;
/** More words than a city has: a sentence ("time zone of the webinars for Asia?"), not a zone. */
const MAX_ZONE_WORDS = 4;
/** The IKM admins' commands that name a session. */
const ADMIN_SESSION_COMMANDS: ReadonlySet<TypedCommandName> = new Set(['cancelSession', 'attendees', 'editSession']);

/** A command with its argument: "book clinic-scaling-1", "time zone Europe/Paris", "create session". */
export interface TypedCommand {
  command: TypedCommandName;
  /** The session id or zone typed after the command ('' for "create session", and for an admin's command typed alone). */
  argument: string;
  /**
   * False when an IKM admin's command names something that cannot be a session id at all
   * ("attendees #3"): there is no such session, and nothing needs to be looked up.
   */
  isId: boolean;
  /** French or Spanish when the command was typed in it ("fuseau horaire Dakar"): it is answered in it. */
  language?: Language;
}

/**
 * Typed commands with an argument. A sentence that merely starts with such a word ("book keeping
 * for migrants?") is not one: the argument must look like what the command takes.
 *
 * For an IKM admin (`admin`), an admin command followed by one word ("cancel session nope") is that
 * command whatever the word: they are told there is no such session, not answered from the FAQ.
 * For anyone else it stays a question, so that they learn nothing about admin commands.
 */
export function recognizeTypedCommand(text: string, options: { admin: boolean } = { admin: false }): TypedCommand | undefined {
  // "time zone: Nairobi" is "time zone Nairobi".
  const folded = foldForMatching(text).replace(/^\/+\s*/, '').replace(/(?<=\p{L})\s*:\s*/gu, ' ');
  for (const [prefix, command, language] of PREFIXES) {
    const typedIn = language ? { language } : {};
    if (command === 'createSession') {
      if (folded === prefix) return { command, argument: '', isId: true, ...typedIn };
      continue;
    }
    // An IKM admin's session command typed alone: they are told how to use it, not answered from the FAQ.
    if (folded === prefix && options.admin && ADMIN_SESSION_COMMANDS.has(command)) return { command, argument: '', isId: false, ...typedIn };
    if (!folded.startsWith(`${prefix} `)) continue;
    const argument = folded.slice(prefix.length).trim();
    if (command === 'timeZone') {
      const zone = typedZone(text, prefix);
      return zone ? { command, argument: zone, isId: true, ...typedIn } : undefined;
    }
    if (SESSION_ID.test(argument) && argument.includes('-')) return { command, argument, isId: true, ...typedIn };
    // A one-word prefix ("attendees", "participants") also starts ordinary questions ("participants
    // éligibles"): after it only what is no word ("#3", "clinic1") is taken for a session id; the
    // two-word ones ("cancel session nope") take any word.
    const mayBeId = prefix.includes(' ') || /[^\p{L}]/u.test(argument);
    if (options.admin && ADMIN_SESSION_COMMANDS.has(command) && mayBeId && /^\S{1,80}$/.test(argument)) {
      return { command, argument, isId: SESSION_ID.test(argument), ...typedIn };
    }
    return undefined;
  }
  return undefined;
}

/**
 * The zone after a "time zone" prefix, as it was typed (its case and accents kept, to be shown
 * back), or undefined when what follows is no zone.
 */
function typedZone(text: string, foldedPrefix: string): string | undefined {
  const words = text.trim().replace(/^\/+\s*/, '').replace(/(?<=\p{L})\s*:\s*/gu, ' ').split(/\s+/);
  let rest = words.slice(foldedPrefix.split(' ').length);
  // "time zone is Dhaka", "fuseau horaire de Genève", "zona horaria: Lima", "to New York".
  while (rest.length > 1 && ZONE_LINKS.has(foldForMatching(rest[0]))) rest = rest.slice(1);
  const zone = rest.join(' ').replace(/[.!]+$/, '');
  if (!ZONE.test(zone) || zone.split(' ').length > MAX_ZONE_WORDS) return undefined;
  // Several words that name no zone are a sentence ("time zone of the deadline"): a question.
  return zone.includes(' ') && readTypedTimeZone(zone) === undefined ? undefined : zone;
}

/** Words between "time zone" and the zone itself. */
const ZONE_LINKS: ReadonlySet<string> = new Set(['is', 'to', '=', 'est', 'es', 'a', 'en', 'in', 'de', 'd', 'pour', 'por', 'para', 'sera', 'will', 'be']);


/**
 * The desk's pages as an IKM administrator types them ("submissions", "export submissions", "audit
 * log", "announce funding"): the desk button each stands for, with the data it sends. English, as the
 * desk is. Read for administrators only: anyone else's "submissions" is a question about submitting.
 */
const DESK_PAGES: readonly [phrases: readonly string[], value: Record<string, unknown>][] = [
  [['submissions', 'submitted ideas', 'ideas submitted', 'submission list', 'submissions list', 'all submissions'], { verb: 'desk.submissions', page: 1 }],
  [['export', 'exports', 'export submissions', 'download submissions', 'export csv', 'export xlsx', 'export excel', 'export pdf', 'export bookings'], { verb: 'desk.exports' }],
  [['audit', 'audit log', 'audit trail'], { verb: 'desk.audit' }],
  [['question queue', 'questions queue', 'queue', 'questions', 'open questions', 'questions for ikm', 'ikm questions'], { verb: 'desk.questions' }],
  [['announcements', 'announcements sent', 'sent announcements'], { verb: 'desk.announcements' }],
  [['new announcement', 'announce', 'announcement', 'send an announcement', 'write an announcement'], { verb: 'desk.announce.form' }],
  [['announce shortlist', 'announce the shortlist'], { verb: 'desk.decisions.preview', kind: 'shortlist' }],
  [['announce funding', 'announce the funding', 'announce funding decisions', 'announce the funding decisions'], { verb: 'desk.decisions.preview', kind: 'funding' }],
  [['shortlist', 'shortlist by reference'], { verb: 'desk.shortlist.paste' }],
  [['manage sessions', 'sessions admin', 'manage clinics'], { verb: 'desk.sessions' }],
];
const DESK_PAGE_KEYS: ReadonlyMap<string, Record<string, unknown>> = new Map(DESK_PAGES.flatMap(([phrases, value]) => phrases.map((phrase) => [phrase, value] as const)));
/** "shortlist IH-2024-0001, IH-2024-0007": the references after it, as typed. */
const SHORTLIST_WITH_REFERENCES = /^\s*\/?\s*shortlist(?:\s*:\s*|\s+)(?=\S*\d)(.+)$/isu;

/** The desk button an administrator's typed words stand for, with its data; undefined for anything else. */
export function recognizeDeskPage(text: string): Record<string, unknown> | undefined {
  const withReferences = SHORTLIST_WITH_REFERENCES.exec(text);
  if (withReferences) return { verb: 'desk.shortlist.check', references: withReferences[1].trim() };
  // Read as commands are, with the same courtesy words around ("show the submissions please").
  return looseMatch(text, DESK_PAGE_KEYS, COURTESY, ARTICLES);
}

/** The words naming each kind of session, in the three languages (folded, singular and plural). */
const SESSION_KIND_WORDS: Readonly<Record<'clinic' | 'workshop', ReadonlySet<string>>> = {
  clinic: new Set(['clinic', 'clinics', 'clinique', 'cliniques', 'clinica', 'clinicas']),
  workshop: new Set(['workshop', 'workshops', 'atelier', 'ateliers', 'taller', 'talleres']),
};

/**
 * The workshops, when a message names them alone ("ateliers", "talleres"), to show only those.
 * "Clinics" is how people name the whole offer (the menu's word in each language): it, or both
 * named, show everything.
 */
export function sessionKindNamed(text: string): 'workshop' | undefined {
  const words = commandKey(text).split(' ');
  const names = (kind: 'clinic' | 'workshop') => words.some((word) => SESSION_KIND_WORDS[kind].has(word));
  return names('workshop') && !names('clinic') ? 'workshop' : undefined;
}
