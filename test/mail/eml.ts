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
  /** Attached files (parts with a file name), decoded. */
  attachments: { filename: string; contentType: string; content: Buffer }[];
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

function decodeBytes(body: string, encoding: string | undefined): Buffer {
  switch ((encoding ?? '7bit').toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedBytes(body.replace(/=\r\n/g, ''));
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64');
    default:
      return Buffer.from(body, 'utf8');
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
  const mail: ParsedMail = { headers, attachments: [] };
  readPart(mail, headers, body);
  return mail;
}

/** One part: a multipart's parts in turn (nested ones too), a text body, or an attached file. */
function readPart(mail: ParsedMail, headers: Map<string, string>, body: string): void {
  const { type, boundary } = contentTypeOf(headers);
  if (type.startsWith('multipart/')) {
    if (!boundary) throw new Error('multipart without boundary');
    const sections = body.split(`--${boundary}`);
    if (!sections[sections.length - 1].startsWith('--')) throw new Error('multipart without closing boundary');
    for (const section of sections.slice(1, -1)) {
      const part = splitHeadAndBody(section.replace(/^\r\n/, ''));
      readPart(mail, parseHeaders(part.head), part.body.replace(/\r\n$/, ''));
    }
    return;
  }
  const bytes = decodeBytes(body, headers.get('content-transfer-encoding'));
  const filename = /filename="?([^";]+)"?/i.exec(headers.get('content-disposition') ?? '')?.[1];
  if (filename) mail.attachments.push({ filename, contentType: type, content: bytes });
  else if (type === 'text/plain') mail.text = bytes.toString('utf8');
  else if (type === 'text/html') mail.html = bytes.toString('utf8');
}
