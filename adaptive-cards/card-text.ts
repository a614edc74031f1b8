/**
 * A card read as plain text, for a channel that shows no cards (e-mail): what a person would read
 * on it, in order. Text blocks and rich text as written (Markdown's escapes and bold markers taken
 * off, a link as "label: address"), facts as "title: value", and links to open as "title: address".
 * Inputs and buttons that send something back are left out: a reply in words does their work there,
 * and every text channel's own wording says which.
 */

/** Channels that render Adaptive Cards; everything else (e-mail, SMS...) gets plain text. */
export const CARD_CHANNELS: ReadonlySet<string> = new Set(['msteams', 'webchat', 'directline', 'emulator', 'agents']);

/** A backslash escape (`literal`'s), a bold marker, or a Markdown link. */
const MARKDOWN = /\\(.)|\*\*|__|\[([^\]\\]*)\]\(([^)\s]+)\)/gsu;

/** Card Markdown as the plain text it shows. */
export function plainOf(markdown: string): string {
  return markdown
    .replace(MARKDOWN, (_whole, escaped: string | undefined, label: string | undefined, address: string | undefined) =>
      escaped ?? (address !== undefined ? `${label}: ${address}` : ''),
    )
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

type CardNode = Record<string, unknown>;

const isNode = (value: unknown): value is CardNode => typeof value === 'object' && value !== null && !Array.isArray(value);
const nodes = (value: unknown): CardNode[] => (Array.isArray(value) ? value.filter(isNode) : []);

/** "label: value", with the colon as the card's language writes it (French puts a no-break space before it). */
const joined = (label: string, value: string, language: string | undefined): string => `${label}${language === 'fr' ? '\u00a0:' : ':'} ${value}`;

/** The text of one element and of what it holds, in reading order. */
function textsOf(node: CardNode, into: string[], language: string | undefined): void {
  if (node.isVisible === false) return;
  switch (node.type) {
    case 'TextBlock':
      if (typeof node.text === 'string' && node.text.trim() !== '') into.push(plainOf(node.text));
      return;
    case 'RichTextBlock': {
      const runs = nodes(node.inlines).map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
      if (runs.trim() !== '') into.push(runs.trim());
      return;
    }
    case 'FactSet':
      for (const fact of nodes(node.facts)) into.push(joined(plainOf(String(fact.title ?? '')), plainOf(String(fact.value ?? '')), language));
      return;
    case 'Action.OpenUrl':
      if (typeof node.url === 'string') into.push(typeof node.title === 'string' && node.title !== '' ? joined(node.title, node.url, language) : node.url);
      return;
    default:
      // Containers, columns and action sets: what they hold.
      for (const key of ['items', 'columns', 'body', 'actions']) for (const child of nodes(node[key])) textsOf(child, into, language);
  }
}

/**
 * What the card's buttons that answer (Submit, Execute) say of it: whether it has any, and the
 * language they are stamped with (`lang`, as every card of the bot stamps it), for a line saying
 * they work in Teams.
 */
export function cardButtons(card: unknown): { any: boolean; language?: string } {
  let language: string | undefined;
  let any = false;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isNode(node)) return;
    if (node.type === 'Action.Submit' || node.type === 'Action.Execute') {
      any = true;
      const lang = isNode(node.data) ? node.data.lang : undefined;
      if (typeof lang === 'string') language ??= lang;
    }
    for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
  };
  walk(card);
  return { any, ...(language ? { language } : {}) };
}

/** The card's text, its blocks separated by a blank line; `language`: the one it is written in. */
export function cardText(card: unknown, language?: string): string {
  if (!isNode(card)) return '';
  const texts: string[] = [];
  for (const key of ['body', 'actions']) for (const child of nodes(card[key])) textsOf(child, texts, language);
  return texts.join('\n\n');
}
