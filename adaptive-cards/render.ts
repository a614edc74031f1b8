import { Template } from 'adaptivecards-templating';
import { literal, unliteral } from './literal';

/**
 * The one way a card is made: a JSON template (`${...}` placeholders, `$data`, `$when`) prepared
 * once when its module loads, then expanded with typed data on every use. Parsing the template's
 * expressions is the costly part of templating, so it must not happen per message.
 *
 * Data is shown literally. Every string of the data is Markdown-escaped before expansion, and
 * restored after it everywhere Teams does not read Markdown (inputs, choices, button titles, links,
 * submit data), so that only the places that do (a TextBlock's text, a FactSet's titles and values)
 * keep the escapes. A card therefore never turns someone's typed `[label](url)` into a live link,
 * whichever field it came from, and no caller has to remember to escape. Templates themselves may
 * use Markdown; data may not.
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
  return (data) => outsideMarkdown(template.expand({ $root: escapedAndTotal(data) })) as CardJson;
}

function escapedAndTotal(value: unknown): unknown {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return literal(value);
  if (Array.isArray(value)) return value.map(escapedAndTotal);
  if (typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) result[key] = escapedAndTotal(entry);
    return result;
  }
  return value;
}

/** The expanded card with the escapes undone wherever Teams shows text as it is. */
function outsideMarkdown(node: unknown): unknown {
  if (typeof node === 'string') return unliteral(node);
  if (Array.isArray(node)) return node.map(outsideMarkdown);
  if (typeof node !== 'object' || node === null) return node;
  const element = node as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(element)) {
    const readsMarkdown = (element.type === 'TextBlock' && key === 'text') || (element.type === 'FactSet' && key === 'facts');
    result[key] = readsMarkdown ? value : outsideMarkdown(value);
  }
  return result;
}
