import type { TurnContext } from 'botbuilder';
import { looksLikeQuestion } from '../../faq/text-normalize';
import { channelShowsCards, sendCardOrText } from '../replies';
import { turnOf } from '../turn';
import { FormFieldCardData, FormSectionCardData, renderFormSectionCard } from './cards';
import { textQuestion } from './text-questions';

/**
 * Shows a form section: the whole section as one card where cards render; otherwise its first
 * unanswered question (`fieldIndex`) as text, the rest following one answer at a time.
 */
export async function showSection(context: TurnContext, card: FormSectionCardData, fieldIndex: number): Promise<void> {
  if (channelShowsCards(context)) {
    await sendCardOrText(context, renderFormSectionCard(card), card.title);
    return;
  }
  const { t } = turnOf(context);
  const field = card.fields[fieldIndex];
  if (!field) return;
  const position = t.forms.questionOf({ section: card.title, number: fieldIndex + 1, total: card.fields.length });
  const problems = card.problems.length ? `${card.problems.join('\n')}\n\n` : '';
  await context.sendActivity(`${problems}${textQuestion(t, field, position)}`);
}

/** The text a card submit carries for one input, or '' (Teams sends inputs as strings). */
export function inputValue(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** The raw input values of a submit: only string-ish values of the given field ids, nothing else. */
export function rawInputs(value: Record<string, unknown>, fields: readonly FormFieldCardData[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const field of fields) {
    if (Object.prototype.hasOwnProperty.call(value, field.id)) raw[field.id] = value[field.id];
  }
  return raw;
}

/**
 * What typed text is while a form waits for answers: on text channels, the answer being waited for,
 * or a question when it ends with "?"; on card channels (answers go in the card) a question when it
 * reads as one, otherwise `stray`: most likely an answer typed in the chat instead of the card,
 * which is neither saved nor searched in the FAQ (a title such as "Solar kiosks for returnees"
 * would get an unrelated answer) but explained.
 */
export function typedWhileAsking(context: TurnContext, text: string): 'question' | 'answer' | 'stray' {
  if (!channelShowsCards(context)) return /[?？¿]\s*$/.test(text) ? 'question' : 'answer';
  return looksLikeQuestion(text) ? 'question' : 'stray';
}

/**
 * After a question typed beside a form's card (`typed`, from `typedWhileAsking`) on a channel that
 * shows cards: says the card is still above, with what was typed in it, and which words show it
 * again (`resume`), and is true; the card is not sent again, empty of that. False elsewhere: a text
 * channel asks its question again.
 */
export async function saidFormStillOpen(context: TurnContext, typed: ReturnType<typeof typedWhileAsking>, button: string, resume: string): Promise<boolean> {
  if (typed !== 'question' || !channelShowsCards(context)) return false;
  await context.sendActivity(turnOf(context).t.forms.formStillOpen({ button, resume }));
  return true;
}

