/**
 * Just enough of an RFC 822 / MIME reader for the tests: headers (unfolded, encoded words
 * decoded), and the text parts of a flat multipart/alternative message, decoded from 7bit,
 * quoted-printable or base64. No mail parser is installed, and the point is to check that the files
 * really are mail, so this reads them the way a client would rather than searching the raw text.
 */

export interface ParsedMail {
  headers: Map<string, string>;
  /** The decoded text/plain body. */
  text?: string;
  /** The decoded text/html body. */
  html?: string;
}

function splitHeadAndBody(raw: string): { head: string; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  if (at < 0) throw new Error('no blank line between headers and body');
  return { head: raw.slice(0, at), body: raw.slice(at + 4) };
}

function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = head.replace(/\r\n[ \t]+/g, ' ');
  for (const line of unfolded.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`not a header line: ${line}`);
    headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  return headers;
}

function decodeQuotedBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i], 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`); adjacent ones join without space. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_match, _charset: string, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedBytes(data.replace(/_/g, ' ')).toString('utf8'),
    );
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '7bit').toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedBytes(body.replace(/=\r\n/g, '')).toString('utf8');
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return body;
  }
}

function contentTypeOf(headers: Map<string, string>): { type: string; boundary?: string } {
  const value = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(value)?.[1];
  return { type: value.split(';')[0].trim().toLowerCase(), boundary };
}

/** Reads one message; throws when it is not well-formed enough for a mail client. */
export function parseEml(raw: string): ParsedMail {
  if (/(^|[^\r])\n/.test(raw)) throw new Error('bare LF line ending: RFC 5322 wants CRLF');
  const { head, body } = splitHeadAndBody(raw);
  const headers = parseHeaders(head);
  const mail: ParsedMail = { headers };
  const { type, boundary } = contentTypeOf(headers);
  const parts: Array<{ headers: Map<string, string>; body: string }> = [];
  if (type.startsWith('multipart/')) {
    if (!boundary) throw new Error('multipart without boundary');
    const sections = body.split(`--${boundary}`);
    if (!sections[sections.length - 1].startsWith('--')) throw new Error('multipart without closing boundary');
    for (const section of sections.slice(1, -1)) {
      const part = splitHeadAndBody(section.replace(/^\r\n/, ''));
      parts.push({ headers: parseHeaders(part.head), body: part.body.replace(/\r\n$/, '') });
    }
  } else {
    parts.push({ headers, body });
  }
  for (const part of parts) {
    const decoded = decodeBody(part.body, part.headers.get('content-transfer-encoding'));
    const partType = contentTypeOf(part.headers).type;
    if (partType === 'text/plain') mail.text = decoded;
    if (partType === 'text/html') mail.html = decoded;
  }
  return mail;
}
