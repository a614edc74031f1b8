import { Template } from 'adaptivecards-templating';

/**
 * The one way a card is made: a JSON template (`${...}` placeholders, `$data`, `$when`) prepared
 * once when its module loads, then expanded with typed data on every use. Parsing the template's
 * expressions is the costly part of templating, so it must not happen per message.
 */

/** An Adaptive Card ready to attach: the expanded JSON. */
export type CardJson = Record<string, unknown>;

/** A prepared template: data in, card out. */
export type CardRenderer<T extends object> = (data: T) => CardJson;

/**
 * Prepares a template once. The templating library leaves `${x}` in the card when x is undefined and
 * throws on null, so the data is made total first: absent values become empty strings.
 */
export function cardTemplate<T extends object>(json: object): CardRenderer<T> {
  const template = new Template(json);
  return (data) => template.expand({ $root: total(data) }) as CardJson;
}

function total(value: unknown): unknown {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(total);
  if (typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) result[key] = total(entry);
    return result;
  }
  return value;
}
