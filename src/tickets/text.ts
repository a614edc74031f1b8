import { readerLength } from '../i18n/format';

/**
 * Clean-up and limits of the texts on a ticket (the question, the answer), the same way the idea
 * form treats long texts: what is stored is what is checked.
 */

/** Control characters other than tab and line breaks, and unpaired surrogates: never stored. */
const UNSAFE_CHARACTERS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Paragraphs kept; unsafe characters, trailing spaces and runs of blank lines removed; trimmed. */
export function cleanTicketText(text: string): string {
  return text
    .normalize('NFC')
    .replace(UNSAFE_CHARACTERS, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Why a text cannot go on a ticket, once cleaned: empty, or longer than `max` characters. */
export type TextProblem = 'empty' | 'too-long';

/**
 * What is wrong with `text` as a question or an answer (`max` = MAX_QUESTION_LENGTH or
 * MAX_ANSWER_LENGTH), or undefined when it is fine. For the bot to explain before calling the service.
 */
export function ticketTextProblem(text: string, max: number): TextProblem | undefined {
  const cleaned = cleanTicketText(text);
  if (cleaned === '') return 'empty';
  return readerLength(cleaned) > max ? 'too-long' : undefined;
}
