import { foldForMatching, Messages } from '../../i18n';
import { numberedList } from '../replies';
import type { FormFieldCardData } from './cards';

/**
 * Forms on channels without cards: the same questions as the card, asked one at a time in text,
 * with choices as numbered lists. Answers are turned back into the raw values a card would have
 * submitted, so the form's own validation applies unchanged.
 */

/** The question for one field, e.g. "Section 2 of 6, question 3 of 4: ...". */
export function textQuestion(t: Messages, field: FormFieldCardData, position: string): string {
  const lines = [position, field.label];
  if (field.hint) lines.push(field.hint);
  if (field.options?.length) {
    lines.push(numberedList(field.options.map((option) => unnumbered(option.title))));
    lines.push(field.kind === 'multiChoice' ? t.forms.pickSeveral : t.forms.pickOne);
  }
  // A choice is shown as current only when it is one of the options: text that was refused is not an answer.
  const current = shownValue(field);
  if (current) lines.push(t.forms.currentValue({ value: current }));
  if (!field.required) lines.push(t.forms.skipHint);
  return lines.join('\n');
}

/** "1. Saving lives" -> "Saving lives": the list numbers the options itself. */
function unnumbered(title: string): string {
  return title.replace(/^\d+\.\s+/, '');
}

/** The current value as the user would read it (option titles rather than ids); '' when it is no option. */
function shownValue(field: FormFieldCardData): string {
  if (!field.options?.length || !field.value) return field.value ?? '';
  const titles = new Map(field.options.map((option) => [option.value, unnumbered(option.title)]));
  const parts = field.value.split(',');
  return parts.every((value) => titles.has(value)) ? parts.map((value) => titles.get(value)).join(', ') : '';
}

/** Small words a typed choice may carry that say nothing about which option it is ("the", "de la"). */
const FILLER_WORDS = new Set(['the', 'a', 'an', 'of', 'at', 'my', 'our', 'we', 'are', 'is', 'de', 'du', 'des', 'la', 'le', 'l', 'd', 'el', 'los', 'las', 'del', 'un', 'une', 'una', 'notre', 'nuestra', 'nuestro']);

/**
 * Short forms staff use for their kind of office, as the words an option's title has in any of the
 * three languages: "CO" is a country office, "HQ" the Headquarters ("Siège", "Sede").
 */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  co: ['country', 'pays', 'pais'],
  ro: ['regional'],
  hq: ['headquarters', 'siege', 'sede'],
};

const wordsOf = (text: string): string[] => foldForMatching(text).split(/[^a-z0-9]+/).filter(Boolean);

/**
 * The one option whose title holds every meaningful word typed ("country office" and "CO" for "IOM
 * country office", "regional" for "IOM regional office"), or undefined when none or several do.
 */
function optionByWords(options: readonly { title: string; value: string }[], typed: string): { title: string; value: string } | undefined {
  const words = wordsOf(typed).filter((word) => !FILLER_WORDS.has(word));
  if (words.length === 0) return undefined;
  const matches = options.filter((option) => {
    const title = new Set(wordsOf(unnumbered(option.title)));
    return words.every((word) => title.has(word) || (SHORT_FORMS[word] ?? []).some((alternative) => title.has(alternative)));
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The raw value a typed answer stands for: option numbers or titles become option values
 * ("1, 3" -> "obj-1,obj-3"); "skip" leaves an optional answer empty; other text is kept as typed.
 * Unrecognised choices are passed on as typed, and the form's validation names the problem.
 */
export function rawValueFromText(t: Messages, field: FormFieldCardData, text: string): string {
  const trimmed = text.trim();
  if (t.forms.skipWords.includes(foldForMatching(trimmed))) return '';
  if (!field.options?.length) return trimmed;
  const find = (part: string) => {
    const folded = foldForMatching(part);
    const byNumber = /^\d+$/.test(folded) ? field.options![Number(folded) - 1] : undefined;
    return (
      byNumber ??
      field.options!.find((option) =>
        [option.title, unnumbered(option.title), option.value].some((name) => foldForMatching(name) === folded),
      ) ??
      optionByWords(field.options!, part)
    );
  };
  // A whole title first: option titles may themselves contain commas or "and".
  const whole = find(trimmed);
  if (whole || field.kind !== 'multiChoice') return whole?.value ?? trimmed;
  return trimmed
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => find(part)?.value ?? part)
    .join(',');
}
