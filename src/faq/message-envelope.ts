import { CLOSING_FORMULAS } from '../input-hygiene';

/**
 * Staff often paste into the chat the e-mail they would have sent to the mailbox: a subject line,
 * a greeting, "I hope this finds you well", the question, thanks, a signature with a name, a title
 * and an office, sometimes a quoted earlier message and a disclaimer. None of that says what they
 * ask, and its words (names, cities, "confidential information") pull the search toward entries
 * that happen to share them. `messageBody` takes the envelope off; the search reads what is left.
 *
 * Every rule removes only what has a form of its own (a line starting with ">", a greeting that
 * opens the message, a closing formula with no question after it), and the whole message is kept
 * when nothing much would remain: "thanks!" or "Bonjour" alone are not emptied.
 */

/** "Re:", "Fwd:", "TR:", "RV:", "AW:", "WG:" (repeated), and a subject's label, at the start of a line. */
const SUBJECT_PREFIX = /^[ \t]*(?:(?:re|fwd?|tr|rv|aw|wg|réf|ref)[ \t]*:[ \t]*)+|^[ \t]*(?:subject|objet|asunto)[ \t]*:[ \t]*/gimu;

/** A line quoting an earlier message ("> ..."), and the line announcing it ("On Monday, Ana wrote:"). */
const QUOTED_LINE = /^[ \t]*>.*$/gmu;
const QUOTE_HEADER = /^[ \t]*(?:on\b.{1,80}\bwrote|le\b.{1,80}\ba écrit|el\b.{1,80}\bescribió)[ \t]*:?[ \t]*$/gimu;

/** A legal notice, from its first line to the end. */
const DISCLAIMER =
  /(?:^|\n)[ \t]*(?:disclaimer|confidentiality notice|this (?:e-?mail|message) (?:and any attachments? )?(?:may contain|is intended)|avis de confidentialit[ée]|ce (?:courriel|message) (?:et ses pi[èe]ces jointes )?(?:peut contenir|est destin[ée])|aviso (?:legal|de confidencialidad)|este (?:correo|mensaje) (?:puede contener|est[áa] dirigido))\b[\s\S]*$/iu;

/** Greetings that open a message, in the three languages. */
const GREETING_WORDS =
  "dear|hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening|day)|bonjour|bonsoir|salut|allô|allo|coucou|cher|chère|chers|chères|hola|buen día|buenos días|buenas tardes|buenas noches|estimad[oa]s?|querid[oa]s?|saludos";
/** Greetings that are also the start of a subject ("Morning clinics: ...", "Buenas prácticas"): only with punctuation right after them. */
const BARE_GREETING_WORDS = 'morning|buenas';
/**
 * A greeting opening the message, with whom it greets, up to the punctuation, line break or emoji
 * that closes it ("Dear IKM colleagues,", "Hi team 👋", "Bonjour à toutes et à tous,", "Estimados
 * colegas:"), and a short address after it ("Buen día, colegas."). Never past a question mark.
 */
const GREETING = new RegExp(
  `^[ \\t]*(?:(?:${GREETING_WORDS})(?![\\p{L}\\p{N}])[^?¿,;:!.\\n\\p{Extended_Pictographic}]{0,50}|(?:${BARE_GREETING_WORDS})[ \\t]*)[,;:!.\\n\\p{Extended_Pictographic}]+(?:[ \\t]*(?:\\p{L}+[ \\t]*){1,3}[,;:!.\\n]+)?`,
  'imu',
);

/**
 * Sentences of courtesy that ask nothing of the call: "I hope this message finds you well", "hope
 * all is well", "J'espère que vous allez bien (et que la famille aussi)", "Espero que se
 * encuentren muy bien", "¿cómo les va?", "¿qué tal?", "how are you?". Removed wherever they stand;
 * "I hope that our idea fits" is no courtesy and stays.
 */
/** Where a word starts (`\\b` knows only ASCII letters: not before "ça"). */
const START = String.raw`(?<![\p{L}\p{N}])`;
const WELL = String.raw`(?:very |muy |tr[èe]s )?(?:well|fine|good|bien|safe)`;
const COURTESY = new RegExp(
  String.raw`(?:` +
    [
      START + String.raw`(?:i )?hope (?:(?:this|the|my) (?:message|e-?mail|note|mail) finds you|(?:you|you're|you are|all|everyone|everything|all of you)(?: (?:is|are|'re))?(?: (?:all|doing|keeping))?) ${WELL}`,
      START + String.raw`(?:i )?hope you (?:had|have|are having) an? (?:good|nice|great|lovely) (?:weekend|week|day)`,
      START + String.raw`how are (?:you|things)(?: (?:all|doing|today))*\s*\?+`,
      START + String.raw`j['’]esp[èe]re que (?:(?:vous|tu) (?:allez|vas|vous portez|te portes)|tout (?:va|se passe)|(?:ce|le|mon) (?:message|courriel|mail) vous trouve(?: en bonne sant[ée])?) ?${WELL}?`,
      START + String.raw`(?:comment allez-vous|comment ça va|ça va)\s*\?+`,
      START + String.raw`espero que (?:(?:se|te|le) encuentre[ns]?|est[ée]n|est[ée]s|est[ée]|todo (?:est[ée]|vaya|ande)|(?:este|el|mi) (?:mensaje|correo) (?:les?|te) encuentre) ${WELL}`,
      String.raw`¿?\s*(?:c[óo]mo (?:les|te|le) va|qu[ée] (?:tal|onda)|c[óo]mo est[áa]n?)\s*\?+`,
    ].join('|') +
    // "...et que la famille va bien aussi", "...and your family too"
    String.raw`)(?:\s+(?:et|and|y)\s+[^.!?\n,]{0,40}?(?:bien|well|too|aussi|tambi[ée]n)\b)?[\s,.!]*`,
  'giu',
);

/** Where a closing formula (`CLOSING_FORMULAS`) starts a sentence or a line. */
const CLOSING = new RegExp(`(?:^|(?<=[.!?\\n\\p{Extended_Pictographic}])|(?<=[.!?,]\\s+))[ \\t¡]*(?:${CLOSING_FORMULAS})(?![\\p{L}\\p{N}])`, 'giu');
/** Words that would make the text after a closing formula a question of its own, not a signature. */
const ASKING_WORDS =
  /(?<![\p{L}\p{N}])(?:what|when|where|who|why|how|which|can|could|is|are|do|does|quand|comment|pourquoi|combien|quel(?:le)?s?|qui|est-ce|peut|peux|cu[áa]ndo|c[óo]mo|d[óo]nde|qu[ée]|cu[áa]l(?:es)?|qui[ée]n(?:es)?|cu[áa]nt[oa]s?|puedo|puede|podemos|hay)(?![\p{L}\p{N}])/iu;
/** How far from the end of a message its closing formula and signature may start. */
const SIGNATURE_SPAN = 300;
/** A signature is a few words: a name, a title, an office. */
const MAX_SIGNATURE_WORDS = 16;

/** Letters or figures: what is left must still say something. */
const wordCount = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/**
 * `text` without what only wraps it as a message: subject prefixes, quoted lines (when the message
 * says something besides), a legal notice, the opening greeting, sentences of courtesy and the
 * closing formula with the signature after it. The text itself when fewer than two words would
 * remain.
 */
export function messageBody(text: string): string {
  let body = text.replace(SUBJECT_PREFIX, '').replace(DISCLAIMER, '').replace(QUOTE_HEADER, '');
  const unquoted = body.replace(QUOTED_LINE, '');
  body = wordCount(unquoted) >= 3 ? unquoted : body.replace(/^[ \t]*>[ \t]?/gmu, '');
  body = body.replace(COURTESY, ' ');
  const greeted = body.replace(GREETING, '');
  if (wordCount(greeted) >= 2) body = greeted;
  // A signature is at the end: only closings in its last few hundred characters are tried (every
  // one tried counts the words before it, which over a long message of "thanks." would add up).
  const signatureFrom = Math.max(0, body.length - SIGNATURE_SPAN);
  for (const closing of body.matchAll(CLOSING)) {
    if (closing.index < signatureFrom) continue;
    const before = body.slice(0, closing.index);
    const after = body.slice(closing.index + closing[0].length);
    const signature = after.replace(/^[^\p{L}\p{N}]*(?:d['’]avance|in advance|de antemano|por adelantado|beaucoup|bcp|a lot|so much)?/iu, '');
    if (wordCount(before) >= 2 && !after.includes('?') && !ASKING_WORDS.test(signature) && wordCount(after) <= MAX_SIGNATURE_WORDS) {
      body = before;
      break;
    }
  }
  body = body.replace(/[ \t]+/gu, ' ').replace(/\s*\n\s*/gu, '\n').trim();
  return wordCount(body) >= 2 ? body : text;
}
