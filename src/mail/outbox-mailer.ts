import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import StreamTransport from 'nodemailer/lib/stream-transport';
import { type Clock, systemClock } from '../clock';
import { type MailMessage, type Mailer, type MailerDescription, type SentMail, checkMessage } from './mailer';

/**
 * A mailer that sends nothing: each message becomes one RFC 822 `.eml` file in a folder (created
 * when missing), which any mail client opens. The development default, so that nothing needs a mail
 * server. Files hold questions and names: the folder is created readable by its owner only.
 */

/** `send` of the outbox also says which file it wrote. */
export interface OutboxSentMail extends SentMail {
  file: string;
}

export interface OutboxMailerOptions {
  /** The sender, `Name <address>` (MAIL_FROM). */
  from: string;
  /** The folder receiving the files (MAIL_OUTBOX_DIR). */
  dir: string;
  /** Dates the messages (Date header) and names the files; default the system clock. */
  clock?: Clock;
}

export class OutboxMailer implements Mailer {
  private readonly transport: nodemailer.Transporter;
  private readonly clock: Clock;
  private readonly from: string;
  readonly dir: string;

  constructor(options: OutboxMailerOptions) {
    this.dir = path.resolve(options.dir);
    this.clock = options.clock ?? systemClock;
    this.from = options.from;
    this.transport = nodemailer.createTransport(new StreamTransport({ streamTransport: true, buffer: true }));
  }

  async send(message: MailMessage): Promise<OutboxSentMail> {
    const date = this.clock.now();
    const info: unknown = await this.transport.sendMail({ ...checkMessage(message), from: this.from, date });
    if (!isStreamResult(info)) throw new Error('OutboxMailer: the stream transport did not return the message');
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    // Sortable by time; the random part keeps two messages of the same millisecond apart.
    const name = `${date.toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`;
    const file = path.join(this.dir, name);
    // Written under a temporary name, then renamed: a reader never sees half a message.
    const partial = `${file}.partial`;
    await writeFile(partial, info.message, { mode: 0o600, flag: 'wx' });
    await rename(partial, file);
    return { id: info.messageId, file };
  }

  describe(): MailerDescription {
    return { transport: 'outbox', dir: this.dir };
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

/** What nodemailer's stream transport gives with `buffer: true`. */
function isStreamResult(info: unknown): info is { message: Buffer; messageId: string } {
  if (typeof info !== 'object' || info === null) return false;
  const { message, messageId } = info as { message?: unknown; messageId?: unknown };
  return Buffer.isBuffer(message) && typeof messageId === 'string';
}
