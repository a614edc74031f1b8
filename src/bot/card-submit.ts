import { z } from 'zod';

/**
 * How a card submit is read (`onSubmit` in app.ts): its verb chose the route, its zod schema checks
 * the rest. A submit the schema refuses is forged or comes from an outdated card, and is answered
 * "not one I recognise". One refusal is not: a required box the person left empty. That is their
 * input, not a broken button, and the schema says which fields are such boxes (`requiredText`).
 */

/** The message of the zod issue `requiredText` raises for an empty box: how it is told from any other problem. */
const LEFT_BLANK = 'card-submit:left-blank';

/** Put in place of the empty boxes to check the rest of a submit with the same schema. */
const STAND_IN = 'x';

/**
 * A text the person types into a required box of a card (`Input.Text` with `isRequired`): trimmed,
 * 1 to `max` characters. Empty, only spaces, or absent (a client may leave an empty box out) reads
 * as "left blank" (see `readSubmit`), not as a forged submit. Longer than `max` is refused like any
 * bad value: the card's `maxLength` keeps a real client from sending it. Button data (an id the
 * card carries) is never a `requiredText`: a blank id is a forged submit.
 */
export function requiredText(max: number) {
  return z.string({ required_error: LEFT_BLANK }).trim().min(1, { message: LEFT_BLANK }).max(max);
}

/** What a card submit is, read against its schema. */
export type SubmitReading<T> =
  | { kind: 'valid'; data: T }
  /**
   * Its only problems are required boxes left blank (`fields`); everything else passed the schema.
   * `data` is the submit as parsed, with those boxes as ''.
   */
  | { kind: 'blank'; fields: string[]; data: T }
  /** Forged, or from an outdated card. */
  | { kind: 'refused' };

/** Reads `value` (the submit's data) with the schema of its verb. */
export function readSubmit<S extends z.ZodTypeAny>(schema: S, value: unknown): SubmitReading<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { kind: 'valid', data: parsed.data };
  const { issues } = parsed.error;
  const onlyBlank = issues.every((issue) => issue.message === LEFT_BLANK && issue.path.length === 1 && typeof issue.path[0] === 'string');
  if (!onlyBlank || value === null || typeof value !== 'object' || Array.isArray(value)) return { kind: 'refused' };
  const fields = [...new Set(issues.map((issue) => String(issue.path[0])))];
  // The rest must pass the same schema: stand-ins in the empty boxes, then the boxes empty again.
  const rest = schema.safeParse({ ...value, ...Object.fromEntries(fields.map((field) => [field, STAND_IN])) });
  if (!rest.success) return { kind: 'refused' };
  return { kind: 'blank', fields, data: { ...rest.data, ...Object.fromEntries(fields.map((field) => [field, ''])) } };
}
