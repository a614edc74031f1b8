import { Template } from 'adaptivecards-templating';
import { literal, unliteral } from './literal';

/**
 * The one way a card is made: a JSON template (`${...}` placeholders, `$data`, `$when`) prepared
 * once (on first use), then expanded with typed data on every use. Parsing the template's
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

/** How a template's data is kept between renders. */
export interface CardTemplateOptions {
  /**
   * Names of data properties (at any depth) that hold tokens the template only copies into the card
   * as they are, such as the id of the question a button sends, and never tests (`$when`) or
   * formats. A card asked for with a new token each time (every question typed gets its own id)
   * would miss the kept cards and be expanded anew; the tokens are left out of what is kept and
   * put in the card afterwards, which copies only the objects on the way to them instead of expanding it.
   */
  opaque?: readonly string[];
}

/**
 * Prepares a template once. The templating library leaves `${x}` in the card when x is undefined and
 * throws on null, so the data is made total first: absent values become empty strings.
 */
export function cardTemplate<T extends object>(json: object, options: CardTemplateOptions = {}): CardRenderer<T> {
  // Prepared on first use, not at import: preparing all of them took about 200 ms of every start.
  let template: Template | undefined;
  const render = (data: T) => {
    template ??= new Template(json);
    return stackWideActionRows(outsideMarkdown(template.expand({ $root: escapedAndTotal(data) })) as CardJson);
  };
  const opaque = new Set(options.opaque ?? []);
  const rendered = new Map<string, KeptCard>();
  // Expanding a template is the costly part of a menu turn, and most cards are asked for again with
  // the same data (the menu, help, an answer to a common question): rendering is a pure function of
  // the data, so the last few hundred results per template are kept. They are frozen and shared, not
  // copied for each caller (a copy cost a sizeable part of a turn): a card is sent as it is, and code
  // that changed one would fail loudly in the tests. Large data (a person's long answers) is not
  // kept. The key is the data as JSON, undefined kept apart from absent (the two render
  // differently), each opaque token as a placeholder numbered in order of first appearance.
  return (data: T): CardJson => {
    const tokens: string[] = [];
    const key = JSON.stringify(data, (name, value: unknown) => {
      if (value === undefined) return null;
      if (typeof value !== 'string' || !opaque.has(name)) return value;
      const index = tokens.indexOf(value);
      return placeholder(index < 0 ? tokens.push(value) - 1 : index);
    });
    let kept = rendered.get(key);
    if (kept === undefined) {
      const card = render(tokens.length === 0 ? data : withPlaceholders(data, opaque));
      if (key.length > MAX_REMEMBERED_DATA) return tokens.length === 0 ? card : withTokens(keptCard(card), tokens);
      kept = keptCard(deepFreeze(card));
      if (rendered.size >= REMEMBERED_CARDS) rendered.delete(rendered.keys().next().value!);
      rendered.set(key, kept);
    }
    return tokens.length === 0 ? kept.card : withTokens(kept, tokens);
  };
}

/** A card kept for its template's data, with where its opaque tokens go. */
interface KeptCard {
  card: CardJson;
  /** The path (keys and indexes from the card's root) of every string holding a placeholder. */
  tokenPaths: (string | number)[][];
}

function keptCard(card: CardJson): KeptCard {
  const tokenPaths: (string | number)[][] = [];
  const find = (node: unknown, path: (string | number)[]): void => {
    if (typeof node === 'string') {
      if (node.includes(PLACEHOLDER_START)) tokenPaths.push(path);
    } else if (Array.isArray(node)) node.forEach((item, index) => find(item, [...path, index]));
    else if (node !== null && typeof node === 'object') for (const [key, value] of Object.entries(node)) find(value, [...path, key]);
  };
  find(card, []);
  return { card, tokenPaths };
}

/**
 * Stands in for the i-th opaque token while a card is expanded and kept. Made of noncharacters,
 * which the edge removes from everything people send (src/input-hygiene.ts), so no typed text can
 * hold one; and of nothing Markdown escaping changes.
 */
const PLACEHOLDER_START = '\uFDD0';
const placeholder = (index: number): string => `${PLACEHOLDER_START}${index}\uFDD1`;
const PLACEHOLDER = /\uFDD0(\d+)\uFDD1/g;

/** `data` with the string values of `opaque` properties (at any depth) replaced by placeholders, as the cache key has them. */
function withPlaceholders<T>(data: T, opaque: ReadonlySet<string>): T {
  const tokens: string[] = [];
  const walk = (node: unknown, name?: string): unknown => {
    if (typeof node === 'string') {
      if (name === undefined || !opaque.has(name)) return node;
      const index = tokens.indexOf(node);
      return placeholder(index < 0 ? tokens.push(node) - 1 : index);
    }
    if (Array.isArray(node)) return node.map((item) => walk(item));
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).map(([key, entry]) => [key, walk(entry, key)]));
  };
  return walk(data) as T;
}

/**
 * The kept card with its placeholders replaced by the tokens. Only the objects on the way to a token
 * are copied (and frozen like the rest): the kept card is shared, and a walk of all of it cost more
 * than the rest of an answer's rendering.
 */
function withTokens({ card, tokenPaths }: KeptCard, tokens: readonly string[]): CardJson {
  const copies = new Map<object, Record<string | number, unknown>>();
  const copyOf = (node: object): Record<string | number, unknown> => {
    let copy = copies.get(node);
    if (copy === undefined) {
      copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string | number, unknown>;
      copies.set(node, copy);
    }
    return copy;
  };
  const root = copyOf(card);
  for (const path of tokenPaths) {
    let original: unknown = card;
    let copy = root;
    path.forEach((step, depth) => {
      original = (original as Record<string | number, unknown>)[step];
      if (depth === path.length - 1) {
        copy[step] = (original as string).replace(PLACEHOLDER, (_whole, index: string) => tokens[Number(index)]);
      } else {
        const inner = copyOf(original as object);
        copy[step] = inner;
        copy = inner;
      }
    });
  }
  for (const copy of copies.values()) Object.freeze(copy);
  return root as CardJson;
}

/** `value` and everything in it made read-only. */
export function deepFreeze<V>(value: V): V {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Cards remembered per template (see `cardTemplate`). */
const REMEMBERED_CARDS = 200;
/** Data larger than this (as JSON) is rendered every time. */
const MAX_REMEMBERED_DATA = 4096;

/**
 * Teams lays a row of buttons out side by side and cuts titles that do not fit ("Commencer le
 * formulaire…"), which happens in French and Spanish far more than in English. A row too wide to
 * fit is therefore split into rows that fit, buttons kept in order, each shown whole. Measured in
 * characters, which is what the titles' width depends on; a row of about 44 fits a chat card.
 */
const ROW_CHARACTERS = 44;
/** What a button adds around its title (padding and the gap to the next), in characters. */
const BUTTON_CHROME = 4;

const widthOf = (action: unknown): number => String((action as { title?: unknown }).title ?? '').length + BUTTON_CHROME;

function tooWide(actions: unknown[]): boolean {
  return actions.length > 1 && actions.reduce<number>((sum, action) => sum + widthOf(action), 0) > ROW_CHARACTERS;
}

/** The buttons in rows that fit, filled in order (a button wider than a row gets a row to itself). */
function rowsOf(actions: unknown[]): unknown[][] {
  const rows: unknown[][] = [];
  let width = Infinity;
  for (const action of actions) {
    if (width + widthOf(action) > ROW_CHARACTERS) {
      rows.push([]);
      width = 0;
    }
    rows[rows.length - 1].push(action);
    width += widthOf(action);
  }
  return rows;
}

function stackWideActionRows(card: CardJson): CardJson {
  const stack = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      // Inside a list of elements, a wide ActionSet becomes one ActionSet per row that fits.
      return node.flatMap((item) => {
        const element = stack(item) as Record<string, unknown>;
        if (element && element.type === 'ActionSet' && Array.isArray(element.actions) && tooWide(element.actions)) {
          return rowsOf(element.actions).map((actions, index) => ({ ...element, actions, ...(index > 0 ? { spacing: 'Small' } : {}) }));
        }
        return [element];
      });
    }
    if (typeof node !== 'object' || node === null) return node;
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) result[key] = key === 'actions' ? value : stack(value);
    return result;
  };
  const stacked = stack(card) as CardJson;
  // The card's own row of buttons, when too wide, moves to the end of its body, in rows that fit.
  if (Array.isArray(stacked.actions) && tooWide(stacked.actions) && Array.isArray(stacked.body)) {
    const rows = rowsOf(stacked.actions).map((actions, index) => ({ type: 'ActionSet', actions, spacing: index === 0 ? 'Medium' : 'Small' }));
    const { actions: _actions, ...rest } = stacked;
    return { ...rest, body: [...stacked.body, ...rows] };
  }
  return stacked;
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
