/**
 * Text someone typed (an answer, a question, a name, a session title), shown in a card exactly as
 * typed. Card text is Markdown: without this, a typed `[label](https://...)` becomes a live link
 * with a label of the typist's choosing, and `**`, `_` or a leading `1.` change the layout.
 *
 * The brand makes it a type error to put unescaped user text where a card expects `LiteralText`.
 */
export type LiteralText = string & { readonly __literalText: true };

/** Markdown's inline markers (CommonMark lets a backslash escape each). */
const INLINE = /[\\`*_~[\]<>]/g;
/** Markers that only count at the start of a line: headings, list items ("- ", "+ ", "1. ", "1) "). */
const LINE_START = /^([ \t]*)(#{1,6}|[-+]|\d{1,9}[.)])(?=[ \t]|$)/gm;

/** Escapes Markdown so that the card shows `text` literally. */
export function literal(text: string): LiteralText {
  return text
    .replace(INLINE, (marker) => `\\${marker}`)
    .replace(LINE_START, (_whole, indent: string, marker: string) =>
      /^\d/.test(marker) ? `${indent}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${indent}\\${marker}`,
    ) as LiteralText;
}
