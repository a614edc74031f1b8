import { NAMING_WORDS, saysOnly } from '../i18n';
import { formatReference } from './records';

/**
 * Reading reference numbers ("IH-2024-0007") in what people type or paste: with any dash Word,
 * Outlook or a PDF puts in (en and em dashes, non-breaking hyphens, minus signs), underscores or
 * spaces between the parts, in any case, with or without the leading zeros, glued to the next one
 * ("IH-2024-0008IH-2024-0009"). One reading for the shortlist form, the desk and the chat.
 */

/** Every dash-like character people's tools type for a hyphen. */
const DASHES = /[\u00ad\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/gu;
/** What may stand between the parts of a reference. */
const JOIN = '[\\s_-]*';

/** The text with its dashes made hyphens and its no-break spaces plain ones. */
function plainDashes(text: string): string {
  return text.replace(DASHES, '-').replace(/[\u00a0\u202f]/gu, ' ');
}

/**
 * A reference of another call: "IH", a call id with a figure in it (a year: "IH-2023-0004"), the
 * sequence number, set apart from "IH" unless a figure follows it; or a call id of letters joined by
 * hyphens ("IH-sample-0002"). Not "IH" and any words before a number ("is the IH call open in
 * 2025"), nor "IHR 2005".
 */
const ANY_REFERENCE = /(?<!\p{L})IH(?:(?:[\s_-]+|(?=\d))[A-Za-z]*\d[A-Za-z0-9]*[\s_-]+|[_-][A-Za-z]+[_-])\d{1,9}(?!\p{N})/giu;

function referencePattern(callId: string): RegExp {
  const id = callId.split('-').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(JOIN);
  return new RegExp(`(?<!\\p{L})IH${JOIN}${id}${JOIN}(\\d{1,9})(?!\\p{N})`, 'giu');
}

export interface ReferencesFound {
  /** This call's references, canonical ("IH-2024-0007"), each once, in the order written. */
  references: string[];
  /** What looks like another call's reference ("IH-2023-0004"), as written (dashes made plain), each once. */
  others: string[];
  /** The text with every reference taken out (a space in its place). */
  rest: string;
}

/** Every reference in `text`: this call's, and what looks like another call's. */
export function findReferences(text: string, callId: string): ReferencesFound {
  const plain = plainDashes(text);
  const references: string[] = [];
  const others: string[] = [];
  const rest = plain
    .replace(referencePattern(callId), (whole: string, sequence: string) => {
      const value = Number(sequence);
      // "IH-2024-0000" is written as one, and is none: named as not of the call.
      if (value > 0) references.push(formatReference(callId, value));
      else others.push(whole.trim().replace(/[\s_]+/g, '-').toUpperCase());
      return ' ';
    })
    .replace(ANY_REFERENCE, (whole) => {
      others.push(whole.trim().replace(/[\s_]+/g, '-').toUpperCase());
      return ' ';
    });
  return { references: [...new Set(references)], others: [...new Set(others)], rest };
}

/**
 * The one reference of this call a message names with nothing else to ask ("IH-2024-0002", "open
 * IH-2024-0002", "statut de IH-2024-0002 ?", "mi idea IH-2024-0002"): the idea is what is asked
 * for. Undefined when the message says more ("is IH-2024-0002 shortlisted?" is a question).
 */
export function referenceAlone(text: string, callId: string): string | undefined {
  const { references, others, rest } = findReferences(text, callId);
  if (references.length !== 1 || others.length > 0) return undefined;
  return saysOnly(rest, ONLY_NAMING) ? references[0] : undefined;
}

/** Words that only name the idea or ask to see it, in the three languages. */
const ONLY_NAMING: ReadonlySet<string> = new Set([...NAMING_WORDS, 'idea', 'reference', 'ref', 'idee', 'referencia']);

/** The text with anything that looks like a reference, of any call, taken out: its figures are no sums or dates. */
export function withoutReferences(text: string): string {
  return plainDashes(text).replace(ANY_REFERENCE, ' ');
}
