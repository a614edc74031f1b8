import type { Clock } from '../clock';
import type { MailConfig } from '../config';
import { OutboxMailer } from './outbox-mailer';
import { SmtpMailer } from './smtp-mailer';

/** The mailer the configuration asks for: SMTP when SMTP_URL is set, else the .eml outbox. */
export function createMailer(config: { mail: MailConfig }, options: { clock?: Clock } = {}): SmtpMailer | OutboxMailer {
  const { mail } = config;
  if (mail.smtpUrl) return new SmtpMailer({ url: mail.smtpUrl, from: mail.from, clock: options.clock });
  return new OutboxMailer({ dir: mail.outboxDir, from: mail.from, clock: options.clock });
}
