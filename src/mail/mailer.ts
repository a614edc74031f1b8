import { isMailAddress } from '../config';

/**
 * What the rest of the program sees of e-mail: one `send`. Two implementations: `SmtpMailer`
 * (a real server, SMTP_URL) and `OutboxMailer` (.eml files in a folder, the development default).
 */

/** One message. Addresses are `a@b` or `Name <a@b>`. */
export interface MailMessage {
  to: string | string[];
  /** One line; line breaks are turned into spaces. */
  subject: string;
  /** The plain-text body (always sent, for clients without HTML). */
  text: string;
  /** An HTML alternative; build it with `mailBody` so every given string is escaped. */
  html?: string;
  /** Where replies go, when not to the sender (MAIL_FROM). */
  replyTo?: string;
  /** Files sent with the message (a submission's PDF). */
  attachments?: MailAttachment[];
}

/** A file attached to a message. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** Largest attachment accepted: mail servers commonly refuse messages over 25 MB. */
const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** What a send gives back: the Message-ID header of the message, `<...@...>`. */
export interface SentMail {
  id: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<SentMail>;
}

/** A loggable summary of where mail goes: never a password, never a user name. */
export type MailerDescription =
  | { transport: 'smtp'; host: string; port?: number; secure: boolean; authenticated: boolean }
  | { transport: 'outbox'; dir: string };

/** Line breaks and other control characters would start a new header: spaces instead. */
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/**
 * CRLF line ends, as RFC 5322 wants: nodemailer writes its headers that way but leaves bodies as
 * given (an SMTP server would convert them; the .eml outbox would keep bare LFs).
 */
function crlf(text: string): string {
  return text.replace(/\r?\n|\r/g, '\r\n');
}

/** The message as handed to nodemailer, checked: throws a TypeError for a bad address or an empty subject. */
export function checkMessage(message: MailMessage): MailMessage {
  const to = Array.isArray(message.to) ? message.to : [message.to];
  if (to.length === 0) throw new TypeError('Mail: a message needs at least one recipient');
  for (const address of to) {
    if (typeof address !== 'string' || !isMailAddress(address.trim())) {
      throw new TypeError('Mail: a recipient is not an e-mail address');
    }
  }
  if (message.replyTo !== undefined && !isMailAddress(message.replyTo.trim())) {
    throw new TypeError('Mail: replyTo is not an e-mail address');
  }
  const subject = String(message.subject ?? '')
    .replace(CONTROL, ' ')
    .trim();
  if (subject === '') throw new TypeError('Mail: the subject is empty');
  if (typeof message.text !== 'string') throw new TypeError('Mail: the text body is missing');
  return {
    to: to.map((address) => address.trim()),
    subject,
    text: crlf(message.text),
    ...(message.html !== undefined ? { html: crlf(message.html) } : {}),
    ...(message.replyTo !== undefined ? { replyTo: message.replyTo.trim() } : {}),
    ...(message.attachments?.length ? { attachments: message.attachments.map(checkAttachment) } : {}),
  };
}

function checkAttachment(attachment: MailAttachment): MailAttachment {
  const filename = attachment.filename.replace(/[\u0000-\u001f\u007f/\\]+/g, ' ').trim();
  if (!filename) throw new TypeError('Mail: an attachment has no file name');
  if (!Buffer.isBuffer(attachment.content) || attachment.content.length > MAX_ATTACHMENT_BYTES) {
    throw new TypeError('Mail: an attachment is missing or too large');
  }
  return { filename, contentType: attachment.contentType, content: attachment.content };
}
