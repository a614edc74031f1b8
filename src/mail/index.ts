/**
 * E-mail: a `Mailer` over SMTP (SMTP_URL) or an outbox of .eml files (the default), and the
 * builder of safe text + HTML bodies. What a message says (i18n) is decided by its caller.
 */
export { checkMessage } from './mailer';
export type { MailAttachment, MailMessage, Mailer, MailerDescription, SentMail } from './mailer';
export { escapeHtml, isSafeLinkUrl, mailBody } from './body';
export type { MailBlock, MailBody } from './body';
export { OutboxMailer } from './outbox-mailer';
export type { OutboxMailerOptions, OutboxSentMail } from './outbox-mailer';
export { MailSendError, SmtpMailer } from './smtp-mailer';
export type { SmtpMailerOptions } from './smtp-mailer';
export { createMailer } from './create-mailer';
