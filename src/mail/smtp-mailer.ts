import nodemailer from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { type Clock, systemClock } from '../clock';
import { type MailMessage, type Mailer, type MailerDescription, type SentMail, checkMessage } from './mailer';

/**
 * A mailer over an SMTP server named by a URL (SMTP_URL): `smtp://host:587` (STARTTLS when the
 * server offers it) or `smtps://user:password@host:465`. The URL's query can set nodemailer options
 * (`?pool=true`, `?tls.rejectUnauthorized=false`). nodemailer's own logging is off, and errors are
 * rethrown as `MailSendError` without the password, so the URL's secrets never reach a log.
 */

export interface SmtpMailerOptions {
  /** The SMTP_URL. */
  url: string;
  /** The sender, `Name <address>` (MAIL_FROM). */
  from: string;
  /** Dates the messages (Date header); default the system clock. */
  clock?: Clock;
}

/** Timeouts shorter than nodemailer's (2 and 10 minutes), so a dead server fails a send in time. */
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/** A send that failed; `code` and `responseCode` say why, the message holds no secret. */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly responseCode?: number,
  ) {
    super(message);
    this.name = 'MailSendError';
  }
}

export class SmtpMailer implements Mailer {
  private readonly transport: nodemailer.Transporter<SMTPTransport.SentMessageInfo>;
  private readonly clock: Clock;
  private readonly password?: string;
  private readonly summary: MailerDescription;

  constructor(options: SmtpMailerOptions) {
    const parsed = parseConnectionUrl(options.url);
    if (!parsed.host) throw new TypeError('SmtpMailer: the SMTP URL has no host');
    const pass = parsed.auth && 'pass' in parsed.auth ? parsed.auth.pass : undefined;
    this.password = typeof pass === 'string' && pass !== '' ? pass : undefined;
    this.clock = options.clock ?? systemClock;
    this.summary = {
      transport: 'smtp',
      host: parsed.host,
      port: parsed.port,
      secure: parsed.secure === true,
      authenticated: parsed.auth !== undefined,
    };
    // The URL's own settings win over the timeouts; logging stays off whatever the URL says.
    this.transport = nodemailer.createTransport(
      { ...TIMEOUTS, ...parsed, logger: false, debug: false } as SMTPTransport.Options,
      { from: options.from },
    );
  }

  async send(message: MailMessage): Promise<SentMail> {
    const checked = checkMessage(message);
    try {
      const info = await this.transport.sendMail({ ...checked, date: this.clock.now() });
      return { id: info.messageId };
    } catch (error) {
      throw this.safeError(error);
    }
  }

  /** Connects and authenticates without sending (for a start-up check); throws a MailSendError. */
  async verify(): Promise<void> {
    try {
      await this.transport.verify();
    } catch (error) {
      throw this.safeError(error);
    }
  }

  describe(): MailerDescription {
    return this.summary;
  }

  async close(): Promise<void> {
    this.transport.close();
  }

  private safeError(error: unknown): MailSendError {
    const err = error as { message?: unknown; code?: unknown; responseCode?: unknown };
    let text = typeof err?.message === 'string' ? err.message : String(error);
    if (this.password) text = text.split(this.password).join('***');
    return new MailSendError(
      `SMTP send failed: ${text}`,
      typeof err?.code === 'string' ? err.code : undefined,
      typeof err?.responseCode === 'number' ? err.responseCode : undefined,
    );
  }
}
