/**
 * A plain-text body and a simple HTML alternative from the same blocks of text. Every string is
 * escaped for HTML, since questions, answers and names come from users: a question containing
 * `<a href=...>` shows as typed, never as a link.
 */

/** One block of a message, in reading order. */
export type MailBlock =
  /** A paragraph; its line breaks are kept. */
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  /** Someone else's words (a question, an answer), set apart. */
  | { kind: 'quote'; text: string }
  /** Label and value pairs, such as the ticket number and the asker's language. */
  | { kind: 'fields'; fields: ReadonlyArray<{ label: string; value: string }> }
  /** A link; only http(s) and mailto URLs become links, anything else is shown as text. */
  | { kind: 'link'; label: string; url: string };

/** Text and HTML bodies for `Mailer.send`. */
export interface MailBody {
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes the five characters that matter in HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/** True for URLs a mail may link to: http, https, mailto. */
export function isSafeLinkUrl(url: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Builds both bodies; a plain string is a paragraph. */
export function mailBody(blocks: ReadonlyArray<MailBlock | string>): MailBody {
  const normalized = blocks.map((block): MailBlock => (typeof block === 'string' ? { kind: 'paragraph', text: block } : block));
  return {
    text: `${normalized.map(textOf).join('\n\n')}\n`,
    html: [
      '<!DOCTYPE html>',
      '<html><head><meta charset="utf-8"></head>',
      '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;line-height:1.5;color:#222222">',
      ...normalized.map(htmlOf),
      '</body></html>',
      '',
    ].join('\n'),
  };
}

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

function textOf(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return lines(block.text).join('\n');
    case 'heading':
      return lines(block.text).join(' ');
    case 'quote':
      return lines(block.text)
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    case 'fields':
      return block.fields.map(({ label, value }) => `${label}: ${lines(value).join('\n  ')}`).join('\n');
    case 'link':
      return `${block.label}: ${block.url}`;
  }
}

/** Text with its line breaks as <br>, escaped. */
function htmlText(text: string): string {
  return lines(text).map(escapeHtml).join('<br>\n');
}

function htmlOf(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${htmlText(block.text)}</p>`;
    case 'heading':
      return `<h2 style="font-size:18px;margin:0 0 12px">${escapeHtml(lines(block.text).join(' '))}</h2>`;
    case 'quote':
      return (
        '<blockquote style="margin:0 0 14px;padding:8px 12px;border-left:3px solid #0033a0;background:#f5f7fa">' +
        `${htmlText(block.text)}</blockquote>`
      );
    case 'fields':
      return [
        '<table style="border-collapse:collapse;margin:0 0 14px">',
        ...block.fields.map(
          ({ label, value }) =>
            `<tr><th style="text-align:left;padding:2px 12px 2px 0;vertical-align:top">${escapeHtml(label)}</th>` +
            `<td style="padding:2px 0">${htmlText(value)}</td></tr>`,
        ),
        '</table>',
      ].join('\n');
    case 'link':
      return isSafeLinkUrl(block.url)
        ? `<p><a href="${escapeHtml(new URL(block.url).href)}">${escapeHtml(block.label)}</a></p>`
        : `<p>${escapeHtml(block.label)}: ${escapeHtml(block.url)}</p>`;
  }
}
