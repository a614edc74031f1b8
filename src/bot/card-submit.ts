import { z } from 'zod';
import type { Language, Messages } from '../i18n';
import { formatNumber, readerLength } from '../i18n/format';
import { readerText } from '../i18n/reader-text';

/**
 * How a card submit is read (`onSubmit` in app.ts): its verb chose the route, its zod schema checks
 * the rest. A submit the schema refuses is forged or comes from an outdated card, and is answered
 * "not one I recognise". Two refusals are not: a required box the person left empty, and a box
 * holding more than its limit (pasted into a client that does not cut it). That is their input, not
 * a broken button, and the schema says which fields are such boxes (`requiredText`, `optionalText`).
 */

/** The message of the zod issue `requiredText` raises for an empty box: how it is told from any other problem. */
const LEFT_BLANK = 'card-submit:left-blank';
/** The message of the zod issue a typed box raises past its limit. */
const TOO_LONG = 'card-submit:too-long';

/** Put in place of the boxes with a problem to check the rest of a submit with the same schema. */
const STAND_IN = 'x';

/**
 * A text the person types into a required box of a card (`Input.Text` with `isRequired`): trimmed,
 * 1 to `max` characters. Empty, only spaces, or absent (a client may leave an empty box out) reads
 * as "left blank", longer than `max` as "too long" (see `readSubmit`), not as a forged submit.
 * Button data (an id the card carries) is never a `requiredText`: a blank id is a forged submit.
 */
export function requiredText(max: number) {
  return readerText(max, z.string({ required_error: LEFT_BLANK }).trim().min(1, { message: LEFT_BLANK }), `${TOO_LONG}:${max}`);
}

/** A box the person may leave empty: trimmed, at most `max` characters ("too long" past it, as `requiredText`). */
export function optionalText(max: number) {
  return readerText(max, z.string().trim(), `${TOO_LONG}:${max}`).optional();
}

/** A box with too much in it: its field and its limit. */
export interface TooLongField {
  field: string;
  max: number;
}

/** What a card submit is, read against its schema. */
export type SubmitReading<T> =
  | { kind: 'valid'; data: T }
  /**
   * Its only problems are boxes the person typed in: required ones left blank (`blank`), ones past
   * their limit (`tooLong`); everything else passed the schema. `data` is the submit as parsed,
   * with the blank boxes as '' and the long ones as typed (trimmed), so that a form can come back
   * with what was written.
   */
  | { kind: 'unfinished'; blank: string[]; tooLong: TooLongField[]; data: T }
  /** Forged, or from an outdated card. */
  | { kind: 'refused' };

/** Reads `value` (the submit's data) with the schema of its verb. */
export function readSubmit<S extends z.ZodTypeAny>(schema: S, value: unknown): SubmitReading<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { kind: 'valid', data: parsed.data };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { kind: 'refused' };
  const blank = new Set<string>();
  const tooLong = new Map<string, number>();
  for (const issue of parsed.error.issues) {
    const [field, ...deeper] = issue.path;
    if (typeof field !== 'string' || deeper.length > 0) return { kind: 'refused' };
    if (issue.message === LEFT_BLANK) blank.add(field);
    else if (issue.message.startsWith(`${TOO_LONG}:`)) tooLong.set(field, Number(issue.message.slice(TOO_LONG.length + 1)));
    else return { kind: 'refused' };
  }
  const typed = value as Record<string, unknown>;
  // The rest must pass the same schema: stand-ins in those boxes, then the boxes as they were.
  const standIns = Object.fromEntries([...blank, ...tooLong.keys()].map((field) => [field, STAND_IN]));
  const rest = schema.safeParse({ ...typed, ...standIns });
  if (!rest.success) return { kind: 'refused' };
  const asTyped = (field: string) => (typeof typed[field] === 'string' ? (typed[field] as string).trim() : '');
  return {
    kind: 'unfinished',
    blank: [...blank],
    tooLong: [...tooLong].map(([field, max]) => ({ field, max })),
    data: { ...rest.data, ...Object.fromEntries([...blank].map((field) => [field, ''])), ...Object.fromEntries([...tooLong.keys()].map((field) => [field, asTyped(field)])) },
  };
}

/**
 * What to put right in an unfinished submit, in the person's words: a blank box first, else the
 * smallest limit passed; the box named by its label when the form gives its labels (a form of
 * several boxes: "A box holds more than its limit" left IKM to guess which of three).
 */
export function unfinishedText(
  t: Messages,
  language: Language,
  problems: { blank: string[]; tooLong: TooLongField[]; data?: unknown },
  labels: Readonly<Record<string, string>> = {},
): string {
  if (problems.blank.length > 0 || problems.tooLong.length === 0) {
    const label = problems.blank.map((field) => labels[field]).find(Boolean);
    return label ? t.cards.leftBlankNamed({ label }) : t.cards.leftBlank;
  }
  const [first] = [...problems.tooLong].sort((a, b) => a.max - b.max);
  const label = labels[first.field];
  const typed = (problems.data as Record<string, unknown> | undefined)?.[first.field];
  const max = formatNumber(first.max, language);
  return label && typeof typed === 'string'
    ? t.cards.tooLongNamed({ label, count: formatNumber(readerLength(typed), language), max })
    : t.cards.tooLong({ max });
}
