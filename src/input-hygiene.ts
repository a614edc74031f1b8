/**
 * What people type, cleaned once at the edge before any route sees it. Teams clients (and copy-paste
 * from documents, PDFs and web pages) bring characters nobody can see: a zero-width space after
 * "menu" keeps it from being the command, a NUL or an unpaired surrogate is refused by the store
 * after the answer was given. So message text and every string in a card's values (keys too) lose
 * control and invisible characters and are put in Unicode NFC, the form the store and the search
 * index expect. The store still refuses NUL, as the last line.
 */

/** C0 and C1 controls other than tab, line feed and carriage return (which multi-line inputs send). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** Invisible by definition: zero-width space and joiners, soft hyphen, bidi controls, BOM, fillers, tags... */
const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

/** Interlinear annotation marks and noncharacters: never meant to appear in interchanged text. */
const NEVER_INTERCHANGED = /[\uFFF9-\uFFFB]|\p{Noncharacter_Code_Point}/u;

/** A character a joiner or variation selector may attach to: letters, marks, digits, pictographs. */
const JOINABLE = /[\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Emoji_Component}]/u;

const ZERO_WIDTH_JOINERS = new Set([0x200c, 0x200d]);
const BLACK_FLAG = 0x1f3f4;

/** Line and paragraph separators become plain line breaks. */
const LINE_SEPARATORS = /[\u2028\u2029]/g;

/** Deepest nesting of a card value that is cleaned; `activity-schema.ts` refuses deeper values. */
export const MAX_VALUE_DEPTH = 16;

function isVariationSelector(point: number): boolean {
  return (point >= 0xfe00 && point <= 0xfe0f) || (point >= 0xe0100 && point <= 0xe01ef);
}

function isTag(point: number): boolean {
  return point >= 0xe0020 && point <= 0xe007f;
}

/**
 * Whether the ignorable character at `index` carries meaning and stays: a zero-width (non-)joiner
 * between two joinable characters (Persian and Indic spelling, emoji families), a variation selector
 * after a joinable character (emoji presentation), or a tag inside a flag such as Scotland's.
 */
function keepsMeaning(points: number[], index: number, before: number | undefined): boolean {
  const point = points[index];
  if (before === undefined) return false;
  const joinable = (code: number | undefined) => code !== undefined && JOINABLE.test(String.fromCodePoint(code));
  if (ZERO_WIDTH_JOINERS.has(point)) return joinable(before) && joinable(points[index + 1]);
  if (isVariationSelector(point)) return joinable(before);
  if (isTag(point)) return before === BLACK_FLAG || isTag(before);
  return false;
}

/**
 * The text without control characters (tab and line breaks stay), invisible characters (unless they
 * carry meaning, see above), noncharacters and unpaired surrogates, in Unicode NFC.
 */
export function cleanText(text: string): string {
  const points: number[] = [];
  for (const char of text) points.push(char.codePointAt(0) as number);
  // Joined at the end (not String.fromCodePoint(...all), whose arguments overflow the stack on long text).
  const kept: string[] = [];
  let lastKept: number | undefined;
  points.forEach((point, index) => {
    // Iterating a string yields an unpaired surrogate as a lone code unit in that range.
    if (point >= 0xd800 && point <= 0xdfff) return;
    const char = String.fromCodePoint(point);
    if (CONTROL.test(char) || NEVER_INTERCHANGED.test(char)) return;
    if (DEFAULT_IGNORABLE.test(char) && !keepsMeaning(points, index, lastKept)) return;
    kept.push(char);
    lastKept = point;
  });
  return kept.join('').replace(LINE_SEPARATORS, '\n').normalize('NFC');
}

/** Fast path: most text needs no change, and building it again would cost every turn. */
const ANYTHING_TO_CLEAN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFFF9-\uFFFB\uD800-\uDFFF]|\p{Default_Ignorable_Code_Point}|\p{Noncharacter_Code_Point}/u;

/** `cleanText`, skipped for text that is already clean. */
function cleanString(text: string): string {
  if (!ANYTHING_TO_CLEAN.test(text) && text === text.normalize('NFC')) return text;
  return cleanText(text);
}

/**
 * A card value with every string cleaned, object keys included; numbers, booleans and null as they
 * were. Objects are rebuilt as plain data (a `__proto__` key stays an ordinary key). Nesting deeper
 * than `MAX_VALUE_DEPTH` is left as it is: the activity schema refuses it before this runs.
 */
export function cleanValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return cleanString(value);
  if (value === null || typeof value !== 'object' || depth >= MAX_VALUE_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => cleanValue(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => [cleanString(key), cleanValue(item, depth + 1)]),
  );
}

/** The parts of an incoming activity that carry what a person typed or chose, and their name. */
export interface TypedInput {
  text?: unknown;
  value?: unknown;
  from?: { name?: unknown };
  recipient?: { id?: unknown };
  entities?: readonly unknown[];
  channelId?: unknown;
}

/**
 * A line that ends the reply whatever follows: a signature's delimiter, a phone's signature, an
 * earlier message's announcement ("On Monday, Ana wrote:", Outlook's "-----Original Message-----").
 * (Any space: "a écrit :" comes with a no-break space.)
 */
const REPLY_END_LINE =
  /^\s*(?:--\s*|(?:sent from|envoyé de|envoye de|enviado desde|get outlook for)\b.*|on\b.{1,200}\bwrote\s*:?|le\b.{1,200}\ba\s+écrit\s*:?|el\b.{1,200}\bescribió\s*:?|-{2,}\s*(?:original message|message d['’]origine|mensaje original)\s*-{2,})\s*$/iu;
/**
 * Closing formulas of an e-mail or a chat message in the three languages ("Best regards", "Merci
 * d'avance", "Un saludo"), which a signature follows: read here, and by the FAQ's envelope.
 */
export const CLOSING_FORMULAS =
  "thanks|thank you|thx|tks|ty|many thanks|cheers|best|best regards|kind regards|warm regards|regards|all the best|sincerely|rgds|br|merci|cordialement|bien cordialement|cdlt|bien à vous|salutations|bonne journée|bonne soirée|amicalement|à bientôt|gracias|mil gracias|muchas gracias|saludos|un saludo|cordial saludo|cordiales saludos|atentamente|un abrazo|abrazos|quedo atent[oa]";
/**
 * A closing formula alone on its line ("Thanks,", "Best regards", "Cordialement,", "Saludos"): the
 * reply ends there when only a short signature follows (a name, a title, an office).
 */
const CLOSING_LINE = new RegExp(`^\\s*(?:${CLOSING_FORMULAS})(?:\\s+(?:a lot|in advance|beaucoup|d['’]avance|de antemano))?\\s*[,.!]?\\s*$`, 'iu');
/** A signature under a closing formula: a few short lines. */
const SIGNATURE_LINES = 4;
const SIGNATURE_LINE_LENGTH = 80;
/** The line that opens a forwarded message (Gmail's, Apple Mail's, in the three languages). */
const FORWARDED = /^\s*(?:-{2,}\s*(?:forwarded message|message transféré|mensaje reenviado)\s*-{2,}|begin forwarded message\s*:|début du message réexpédié\s*:|inicio del mensaje reenviado\s*:)\s*$/iu;
/** A rule: a forwarded or quoted message's header may follow it. */
const RULE_LINE = /^[ \t]*[_=-]{5,}[ \t]*$/u;
/** The first line of a quoted message's header block ("From: Ana", "De : Ana"). */
const HEADER_FROM = /^[ \t]*(?:from|de|von)[ \t]*:/iu;
/** The lines of a header block after "From:". */
const HEADER_LINE = /^[ \t]*(?:sent|date|to|cc|subject|envoyé|envoye|à|a|objet|enviado|fecha|para|asunto)[ \t]*:/iu;
/** A quoted line ("> ..."). */
const QUOTED = /^[ \t]*>/u;

/** Whether the reply ends at `lines[at]`: see `emailReply`. */
function endsReply(lines: readonly string[], at: number): boolean {
  const line = lines[at];
  // (Gmail wraps a long "On ..., Ana <ana@...> wrote:" over two lines.)
  if (REPLY_END_LINE.test(line) || (at + 1 < lines.length && /wrote\s*:?\s*$|écrit\s*:?\s*$|escribió\s*:?\s*$/iu.test(lines[at + 1]) && REPLY_END_LINE.test(`${line} ${lines[at + 1]}`))) return true;
  const next = lines.slice(at + 1).filter((other) => other.trim() !== '');
  if (CLOSING_LINE.test(line)) return at > 0 && next.length <= SIGNATURE_LINES && next.every((other) => other.length <= SIGNATURE_LINE_LENGTH && !other.includes('?'));
  // "From:" only as a header block's first line ("From: 1 November, can we..." is a sentence).
  if (HEADER_FROM.test(line)) return next.slice(0, 3).some((other) => HEADER_LINE.test(other));
  if (RULE_LINE.test(line)) return next.length > 0 && HEADER_FROM.test(next[0]) && next.slice(1, 4).some((other) => HEADER_LINE.test(other));
  // A quote is what came with the reply only when nothing but quoted lines follows (an answer typed
  // between quoted lines is the reply).
  if (QUOTED.test(line)) return next.every((other) => QUOTED.test(other));
  return false;
}

/**
 * An e-mail as the person wrote it: the reply without the signature and the quoted thread below it
 * (a "-- " line, "Sent from my iPhone", "On Monday, Ana wrote:", a header block of a forwarded or
 * quoted message, or quoted lines to the end). "1" with a signature was no menu number, "check
 * eligibility" with one no command, and a long quoted thread made the message "too long". The whole
 * text when nothing would be left.
 */
export function emailReply(text: string): string {
  const lines = text.split(/\r?\n/u);
  // A forwarded message is what is asked about: its header goes, what it says stays ("please see
  // below" above it says nothing).
  const forwarded = lines.findIndex((line) => FORWARDED.test(line));
  if (forwarded >= 0) {
    let body = forwarded + 1;
    while (body < lines.length && (lines[body].trim() === '' || HEADER_FROM.test(lines[body]) || HEADER_LINE.test(lines[body]))) body += 1;
    const above = emailReply(lines.slice(0, forwarded).join('\n'));
    const below = emailReply(lines.slice(body).join('\n'));
    return [above, below].map((part) => part.trim()).filter((part) => part !== '').join('\n\n') || text;
  }
  const end = lines.findIndex((_line, at) => endsReply(lines, at));
  if (end < 0) return text;
  const reply = lines.slice(0, end).join('\n').trim();
  return reply === '' ? text : reply;
}

/** A mention as it comes beside the text: whom it names, and the markup standing for them in the text. */
interface MentionEntity {
  type?: unknown;
  mentioned?: { id?: unknown };
  text?: unknown;
}

const isMention = (entity: unknown): entity is MentionEntity & { text: string } =>
  typeof entity === 'object' && entity !== null && (entity as MentionEntity).type === 'mention' && typeof (entity as MentionEntity).text === 'string' && (entity as MentionEntity).text !== '';

/** Mention markup left in the text: the name inside it stays. */
const MENTION_MARKUP = /<at>([^<]*)<\/at>/giu;

/** The name a mention's markup stands for ("<at>Ana Silva</at>" -> "Ana Silva"). */
const nameOf = (markup: string): string => markup.replace(MENTION_MARKUP, '$1');

/**
 * The text as it is meant for the bot, in a group chat or a channel where people @mention it: every
 * mention of the bot taken out (a newer Teams client mentions a two-word name as two mentions, one
 * per word, and botbuilder takes out the first only: "<at>Hub</at> help" stayed), and other
 * people's mentions shown as their names ("can @Ana submit alone?" asks about Ana).
 */
export function withoutAddressing(text: string, entities: readonly unknown[] | undefined, botId: unknown): string {
  const mentions = (entities ?? []).filter(isMention);
  if (mentions.length === 0 && !text.includes('<at>')) return text;
  let rest = text;
  for (const mention of mentions) if (mention.mentioned?.id === botId) rest = rest.split(mention.text).join(' ');
  return nameOf(rest).replace(/[ \t]{2,}/gu, ' ').trim();
}

/**
 * `text` (as `withoutAddressing` left it) without the names of other people mentioned at its start
 * or end, who are being addressed ("@Hub @Ana menu"): what a command is read from. A question keeps
 * them ("...ask @Ana" is about Ana).
 */
export function withoutAddressees(text: string, entities: readonly unknown[] | undefined, botId: unknown): string {
  const names = (entities ?? [])
    .filter(isMention)
    .filter((mention) => mention.mentioned?.id !== botId)
    .map((mention) => nameOf(mention.text).trim())
    .filter((name) => name !== '');
  let rest = text.trim();
  for (let trimmed = names.length > 0; trimmed; ) {
    trimmed = false;
    for (const name of names) {
      if (rest.startsWith(name)) rest = rest.slice(name.length).trim();
      else if (rest.endsWith(name)) rest = rest.slice(0, -name.length).trim();
      else continue;
      trimmed = true;
    }
  }
  return rest;
}

/**
 * The activity with its text (cleaned, and without the bot's mentions), card values and
 * sender's display name cleaned (the name is shown on IKM's cards and filled into the idea form);
 * ids and every other field untouched.
 */
export function cleanActivityInput<A extends TypedInput>(activity: A): A {
  const cleaned: A = { ...activity };
  if (typeof activity.text === 'string') {
    const text = withoutAddressing(cleanString(activity.text), activity.entities, activity.recipient?.id);
    cleaned.text = activity.channelId === 'email' ? emailReply(text) : text;
  }
  if (activity.value !== undefined) cleaned.value = cleanValue(activity.value);
  if (activity.from && typeof activity.from.name === 'string') cleaned.from = { ...activity.from, name: cleanString(activity.from.name) };
  return cleaned;
}

/** How deep `value` nests, counting up to `limit + 1` at most (so a hostile value costs little). */
export function nestingDepth(value: unknown, limit = MAX_VALUE_DEPTH): number {
  if (value === null || typeof value !== 'object') return 0;
  if (limit < 0) return 1;
  let deepest = 0;
  for (const item of Object.values(value as Record<string, unknown>)) {
    deepest = Math.max(deepest, nestingDepth(item, limit - 1));
    if (deepest > limit) break;
  }
  return deepest + 1;
}
