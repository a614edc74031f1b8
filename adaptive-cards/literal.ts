/**
 * Markdown escaping for text shown in cards. Card text is Markdown: without escaping, a typed
 * `[label](https://...)` becomes a live link with a label of the typist's choosing, and `**`, `_` or a
 * leading `1.` change the layout. `cardTemplate` (render.ts) applies this to every data string a card
 * shows, so no caller has to remember to.
 */

/** Markdown's inline markers (CommonMark lets a backslash escape each). */
const INLINE = /[\\`*_~[\]<>]/g;
/**
 * An ampersand that starts an entity ("&amp;", "&#169;"): Markdown decodes it, so "&amp;" typed would
 * show as "&". An ampersand anywhere else ("R&D") is shown as it is, and stays unescaped.
 */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;
/** Markers that only count at the start of a line: headings, list items ("- ", "+ ", "1. ", "1) "). */
const LINE_START = /^([ \t]*)(#{1,6}|[-+]|\d{1,9}[.)])(?=[ \t]|$)/gm;
/** A backslash that `literal` put before a marker (or before a backslash). */
const ESCAPED = /\\([\\`*_~[\]<>#+\-.)&])/g;

/**
 * Escapes Markdown so that a card shows `text` literally. A line break is doubled: Markdown reads a
 * single one as a space ("Line one. Line two" on one line), two as a new paragraph.
 */
export function literal(text: string): string {
  return text
    .replace(INLINE, (marker) => `\\${marker}`)
    .replace(ENTITY_START, '\\&')
    .replace(LINE_START, (_whole, indent: string, marker: string) =>
      /^\d/.test(marker) ? `${indent}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${indent}\\${marker}`,
    )
    .replace(/\r\n?/g, '\n')
    .replace(/\n/g, '\n\n');
}

/** The text `literal` escaped, as it was: for places that do not read Markdown (inputs, buttons, links). */
export function unliteral(escaped: string): string {
  return escaped.replace(ESCAPED, '$1').replace(/\n\n/g, '\n');
}
