/**
 * Incoming text made safe to compare, store and show, once, at the HTTP edge: messages, card
 * inputs and display names alike.
 *
 * - Unicode normal form C, so "é" typed as e + accent matches "é" in commands and answers;
 * - control characters removed (NUL and the rest of C0 except tab and line feed, DEL, C1): the
 *   store refuses some (Postgres rejects NUL in JSON) and none means anything to a person;
 *   a carriage return becomes a line feed;
 * - invisible characters removed: zero-width space, word joiner, byte-order mark, soft hyphen,
 *   Mongolian vowel separator, and the bidirectional embedding/override/isolate controls (which can
 *   make text read differently from what it is). The zero-width joiner and non-joiner stay: emoji
 *   sequences and Persian or Indic spelling need them;
 * - unpaired UTF-16 surrogates replaced by U+FFFD (JSON encoders and databases choke on them).
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u180E\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One piece of text as the assistant should see it. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, '').replace(INVISIBLE, '').normalize('NFC');
}

/** Every string inside a JSON value (a card's submitted inputs), cleaned; keys and shape kept. */
export function cleanStrings<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return cleanText(value) as T;
  // Activities are bounded (512 KB); the depth bound keeps a hostile nesting from costing a deep recursion.
  if (depth > 32 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => cleanStrings(item, depth + 1)) as T;
  const cleaned: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) cleaned[key] = cleanStrings(item, depth + 1);
  return cleaned as T;
}

/** The parts of an incoming activity a person wrote: its text, card values and the sender's name. */
export function cleanIncomingActivity<T extends { text?: string; value?: unknown; from?: { name?: string } }>(activity: T): T {
  const cleaned = { ...activity };
  if (typeof cleaned.text === 'string') cleaned.text = cleanText(cleaned.text);
  if (cleaned.value !== undefined) cleaned.value = cleanStrings(cleaned.value);
  if (cleaned.from && typeof cleaned.from.name === 'string') cleaned.from = { ...cleaned.from, name: cleanText(cleaned.from.name) };
  return cleaned;
}
