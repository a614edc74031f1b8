import { mailBody, type MailMessage } from '../mail';
import type { IdeaDocument } from './idea-document';

/** The e-mail that tells IKM's mailbox of a submission: the whole idea, and its PDF attached. */
export function submissionMail(document: IdeaDocument, pdf: Buffer, to: string): MailMessage {
  const body = mailBody([
    { kind: 'paragraph', text: `A new idea was submitted to ${document.callTitle}.` },
    { kind: 'heading', text: `${document.reference}: ${document.title}` },
    { kind: 'fields', fields: document.facts.map((fact) => ({ label: fact.label, value: fact.value || '—' })) },
    ...(document.warnings.length ? [{ kind: 'paragraph' as const, text: `Warnings:\n${document.warnings.map((warning) => `- ${warning}`).join('\n')}` }] : []),
    ...document.sections.flatMap((section) => [
      { kind: 'heading' as const, text: section.title },
      ...section.answers.map((answer) => ({ kind: 'quote' as const, text: `${answer.label}\n${answer.value}` })),
    ]),
    { kind: 'paragraph', text: 'The same idea is attached as a PDF, and can be opened from the IKM desk in Teams.' },
  ]);
  return {
    to,
    subject: `New idea ${document.reference}: ${document.title}`,
    text: body.text,
    html: body.html,
    attachments: [{ filename: `${document.reference}.pdf`, contentType: 'application/pdf', content: pdf }],
  };
}
