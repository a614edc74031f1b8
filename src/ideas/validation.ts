import { z } from 'zod';
import type { CallConfig } from '../call/call-schema';
import { clipped, readerLength } from '../i18n/format';
import {
  type FieldDefinition,
  type FieldId,
  FIELD_IDS,
  type IdeaAnswers,
  type SectionId,
  SECTION_IDS,
  callLocalDate,
  fieldDefinition,
  fieldsOfSection,
  isAnswered,
  isFieldApplicable,
  isFieldRequired,
  kindOf,
} from './form';
import { type DetectedLanguage, nonEnglishWarning } from './language-check';

/**
 * Checks answers to the idea form against `form.ts` and the call. Raw values come from Adaptive Card
 * submits or typed messages, so they are mostly strings: numbers as "60,000", "USD 60000" or "60k",
 * multiple choices as "obj-1,obj-3" (what Teams sends for Input.ChoiceSet isMultiSelect), dates as
 * "2025-02-01"; an empty string means "not answered". Nothing here throws on user input: a value of
 * an unexpected type is a `wrongType` problem.
 *
 * Problems and warnings are codes with parameters, never sentences: the texts live in
 * `src/i18n/<language>/idea-form.ts`, and the bot formats the parameters (amounts, dates) for the
 * reader's language.
 */

/** The parameters of each problem, by code. Amounts and counts are raw numbers; dates are `YYYY-MM-DD`. */
export type ProblemParamsByCode = {
  /** A required field is empty. */
  required: Record<string, never>;
  /** A required multiple choice has nothing chosen. */
  atLeastOne: Record<string, never>;
  /** The value is not of a kind this field can read (an object, a list where text is expected...). */
  wrongType: Record<string, never>;
  /** More characters than allowed; `count` is how many were sent. */
  tooLong: { max: number; count: number };
  /** More words than allowed; `count` is how many were sent. */
  tooManyWords: { max: number; count: number };
  /** A text with no letter or digit in it ("👍🎉", "..."): nothing IKM could read. */
  noWords: Record<string, never>;
  notANumber: Record<string, never>;
  /** A number with a fraction where a whole number is expected (60000.5, 1.5 months). */
  notAWholeNumber: Record<string, never>;
  belowMin: { min: number };
  aboveMax: { max: number };
  notAnEmail: Record<string, never>;
  /** Not a calendar date written YYYY-MM-DD; `example`: one the field accepts (absent in problems kept before it was given). */
  notADate: { example?: string };
  dateTooEarly: { min: string };
  dateTooLate: { max: string };
  /** An option id the call does not offer; `value` is what was sent (cut to 60 characters). */
  unknownOption: { value: string };
};
export type ProblemCode = keyof ProblemParamsByCode;

/** Every problem code, for tests and for checking that each has a text. */
export const PROBLEM_CODES = [
  'required',
  'atLeastOne',
  'wrongType',
  'tooLong',
  'tooManyWords',
  'noWords',
  'notANumber',
  'notAWholeNumber',
  'belowMin',
  'aboveMax',
  'notAnEmail',
  'notADate',
  'dateTooEarly',
  'dateTooLate',
  'unknownOption',
] as const satisfies readonly ProblemCode[];

/** Why one answer cannot be accepted. */
export type FieldProblem = {
  [C in ProblemCode]: { field: FieldId; code: C; params: ProblemParamsByCode[C] };
}[ProblemCode];

/** A `FieldProblem` as kept between turns (the idea form's state): read back with its params checked. */
const noParams = z.object({}).strict();
const limitParams = z.object({ max: z.number(), count: z.number() }).strict();
export const fieldProblemSchema: z.ZodType<FieldProblem> = z
  .discriminatedUnion('code', [
    z.object({ code: z.literal('required'), params: noParams }),
    z.object({ code: z.literal('atLeastOne'), params: noParams }),
    z.object({ code: z.literal('wrongType'), params: noParams }),
    z.object({ code: z.literal('tooLong'), params: limitParams }),
    z.object({ code: z.literal('tooManyWords'), params: limitParams }),
    z.object({ code: z.literal('noWords'), params: noParams }),
    z.object({ code: z.literal('notANumber'), params: noParams }),
    z.object({ code: z.literal('notAWholeNumber'), params: noParams }),
    z.object({ code: z.literal('belowMin'), params: z.object({ min: z.number() }).strict() }),
    z.object({ code: z.literal('aboveMax'), params: z.object({ max: z.number() }).strict() }),
    z.object({ code: z.literal('notAnEmail'), params: noParams }),
    z.object({ code: z.literal('notADate'), params: z.object({ example: z.string().optional() }).strict() }),
    z.object({ code: z.literal('dateTooEarly'), params: z.object({ min: z.string() }).strict() }),
    z.object({ code: z.literal('dateTooLate'), params: z.object({ max: z.string() }).strict() }),
    z.object({ code: z.literal('unknownOption'), params: z.object({ value: z.string() }).strict() }),
  ])
  .and(z.object({ field: z.enum(FIELD_IDS as [FieldId, ...FieldId[]]) }));

/** The parameters of each warning, by code. */
export type WarningParamsByCode = {
  /** Free text that looks written in another language than English (ISO 639-1 code). */
  notEnglish: { detected: DetectedLanguage };
  /** The focal point's address is not an IOM one; accepted, but worth a second look. */
  notIomAddress: { domain: string };
};
export type WarningCode = keyof WarningParamsByCode;
export const WARNING_CODES = ['notEnglish', 'notIomAddress'] as const satisfies readonly WarningCode[];

/** Something about an accepted answer the user may want to reconsider; never blocks submission. */
export type FieldWarning = {
  [C in WarningCode]: { field: FieldId; code: C; params: WarningParamsByCode[C] };
}[WarningCode];

/** The domain IOM staff addresses end with. */
export const IOM_EMAIL_DOMAIN = 'iom.int';

/** The result of checking one answer: the parsed value (undefined = not answered), or the problem. */
export type FieldResult<F extends FieldId = FieldId> =
  | { ok: true; value: IdeaAnswers[F] | undefined; warnings: FieldWarning[] }
  | { ok: false; problem: FieldProblem };

/** The result of checking the answers sent for one section. */
export interface SectionResult {
  /** Accepted answers to store. */
  values: Partial<IdeaAnswers>;
  /** Optional fields sent empty: their stored answer, if any, is to be removed. */
  cleared: FieldId[];
  /** One problem per field that could not be accepted (including required fields left empty). */
  problems: FieldProblem[];
  /** Warnings about accepted answers. */
  warnings: FieldWarning[];
}

/** Progress through one section, for "Section 3 of 6" and "4 fields left". */
export interface SectionProgress {
  id: SectionId;
  /** 1-based position among `SECTION_IDS`. */
  number: number;
  /** Required fields of the section that have an answer. */
  answered: number;
  /** Fields of the section that must be answered, given the answers so far. */
  required: number;
  /** `required - answered`. */
  left: number;
  /** Nothing required is missing. (Limits are re-checked at submission by `validateSubmission`.) */
  complete: boolean;
}

/** Words in a text: runs separated by white space that hold at least one letter or digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/**
 * Checks one raw answer. `answers` are the other answers (after this submit), which decide whether
 * conditional fields are required; `now` keeps the planned start from lying in the past.
 */
export function validateField<F extends FieldId>(
  call: CallConfig,
  fieldId: F,
  raw: unknown,
  answers: Partial<IdeaAnswers>,
  now: Date,
): FieldResult<F> {
  const definition = fieldDefinition(call, fieldId);
  const parsed = wordlessAsEmpty(parseValue(definition, raw, call, now), isFieldRequired(call, fieldId, answers));
  if (!parsed.ok) return parsed;
  if (parsed.value === undefined) {
    if (isFieldRequired(call, fieldId, answers)) return { ok: false, problem: missingProblem(fieldId) };
    return { ok: true, value: undefined, warnings: [] };
  }
  const value = parsed.value as IdeaAnswers[F];
  return { ok: true, value, warnings: warningsFor(definition, value) };
}

/**
 * Checks what a section's card (or a typed answer) sent. Only the section's own fields are read;
 * other keys are ignored. A field whose key is present is set (an empty value clears an optional
 * answer; emptying a required one is a problem and keeps the stored answer); a field
 * whose key is absent keeps its stored answer. Required fields missing after this submit are
 * problems, judged on the stored answers merged with the accepted ones.
 */
export function validateSection(
  call: CallConfig,
  sectionId: SectionId,
  raw: Record<string, unknown>,
  answers: Partial<IdeaAnswers>,
  now: Date,
): SectionResult {
  const sent: Record<string, unknown> = isPlainObject(raw) ? raw : {};
  const fields = fieldsOfSection(sectionId);
  const parsed = new Map<FieldId, ParseResult>();
  for (const field of fields) {
    if (Object.prototype.hasOwnProperty.call(sent, field)) {
      parsed.set(field, parseValue(fieldDefinition(call, field), sent[field], call, now));
    }
  }

  const merged: Partial<IdeaAnswers> = { ...answers };
  for (const [field, result] of parsed) {
    if (!result.ok) continue;
    setAnswer(merged, field, result.value);
  }

  const result: SectionResult = { values: {}, cleared: [], problems: [], warnings: [] };
  for (const field of fields) {
    const sentOutcome = parsed.get(field);
    const outcome = sentOutcome && wordlessAsEmpty(sentOutcome, isFieldRequired(call, field, merged));
    if (outcome && !outcome.ok) {
      result.problems.push(outcome.problem);
      continue;
    }
    if (outcome && outcome.value !== undefined) {
      setAnswer(result.values, field, outcome.value);
      result.warnings.push(...warningsFor(fieldDefinition(call, field), outcome.value));
      continue;
    }
    const required = isFieldRequired(call, field, merged);
    if (outcome) {
      // Emptying a required answer is refused like any bad input: the stored answer stays.
      if (required) result.problems.push(missingProblem(field));
      else result.cleared.push(field);
      continue;
    }
    if (required && !isAnswered(merged[field])) result.problems.push(missingProblem(field));
  }
  return result;
}

/**
 * Every problem of the form as it would be submitted: required fields not answered, and stored
 * answers that no longer fit the call (a changed limit or option list, a start date now past).
 * Conditional fields whose condition does not hold are skipped. Empty when the idea can be submitted.
 */
export function validateSubmission(call: CallConfig, answers: Partial<IdeaAnswers>, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of FIELD_IDS) {
    if (!isFieldApplicable(call, field, answers)) continue;
    const value = answers[field];
    if (!isAnswered(value)) {
      if (isFieldRequired(call, field, answers)) problems.push(missingProblem(field));
      continue;
    }
    const result = validateField(call, field, rawFromAnswer(value), answers, now);
    if (!result.ok) problems.push(result.problem);
  }
  return problems;
}

/** Required fields without an answer, in form order. */
export function missingFields(call: CallConfig, answers: Partial<IdeaAnswers>): FieldId[] {
  return FIELD_IDS.filter((field) => isFieldRequired(call, field, answers) && !isAnswered(answers[field]));
}

/** Progress through every section, in order. */
export function sectionProgress(call: CallConfig, answers: Partial<IdeaAnswers>): SectionProgress[] {
  return SECTION_IDS.map((id, index) => {
    const required = fieldsOfSection(id).filter((field) => isFieldRequired(call, field, answers));
    const answered = required.filter((field) => isAnswered(answers[field])).length;
    return {
      id,
      number: index + 1,
      answered,
      required: required.length,
      left: required.length - answered,
      complete: answered === required.length,
    };
  });
}

/** The answers that go into a submission: those of applicable fields only. */
export function applicableAnswers(call: CallConfig, answers: Partial<IdeaAnswers>): Partial<IdeaAnswers> {
  const kept: Partial<IdeaAnswers> = {};
  for (const field of FIELD_IDS) {
    const value = answers[field];
    if (isAnswered(value) && isFieldApplicable(call, field, answers)) setAnswer(kept, field, value);
  }
  return kept;
}

/**
 * A parsed answer written back the way a card sends it ("a,b" for a multiple choice, "60000" for a
 * number), to prefill inputs and to re-check stored answers.
 */
export function rawFromAnswer(value: IdeaAnswers[FieldId] | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

/** Sets or (for undefined) removes one answer, keeping the field's value type. */
export function setAnswer<F extends FieldId>(answers: Partial<IdeaAnswers>, field: F, value: IdeaAnswers[F] | undefined): void {
  if (value === undefined) {
    delete answers[field];
  } else {
    answers[field] = value;
  }
}

// ---------------------------------------------------------------------------------------------
// Parsing one raw value

type ParsedValue = IdeaAnswers[FieldId];
type ParseResult = { ok: true; value: ParsedValue | undefined } | { ok: false; problem: FieldProblem };

/** The shapes a raw value may arrive in, per kind; anything else is `wrongType`. */
const textInput = z.string().nullish();
const numberInput = z.union([z.string(), z.number(), z.nan()]).nullish();
const listInput = z.union([z.string(), z.array(z.string())]).nullish();

/** Marks a zod issue with a problem code; `toProblem` reads it back. */
function addProblem<C extends ProblemCode>(ctx: z.RefinementCtx, code: C, params: ProblemParamsByCode[C]): typeof z.NEVER {
  ctx.addIssue({ code: z.ZodIssueCode.custom, params: { problem: code, values: params } });
  return z.NEVER;
}

function toProblem(field: FieldId, error: z.ZodError): FieldProblem {
  for (const issue of error.issues) {
    if (issue.code === z.ZodIssueCode.custom && issue.params && typeof issue.params.problem === 'string') {
      return { field, code: issue.params.problem, params: issue.params.values } as FieldProblem;
    }
  }
  return { field, code: 'wrongType', params: {} };
}

/**
 * A text with no words in an optional field ("-", "n/a" written as symbols) leaves it unanswered;
 * in a required one it is a problem of its own ("noWords").
 */
function wordlessAsEmpty(result: ParseResult, required: boolean): ParseResult {
  return !result.ok && result.problem.code === 'noWords' && !required ? { ok: true, value: undefined } : result;
}

/** A letter or a digit, in any script: a text without one says nothing IKM could read. */
const HAS_WORDS = /[\p{L}\p{N}]/u;

/**
 * The zod schema of one field: accepts the raw shapes of its kind and returns the parsed value, or
 * undefined for "not answered". Limits come from the field's definition for the call.
 */
function fieldSchema(
  definition: FieldDefinition,
  call: CallConfig,
  now: Date,
): z.ZodType<ParsedValue | undefined, z.ZodTypeDef, unknown> {
  switch (definition.kind) {
    case 'text':
      return textInput.transform((raw, ctx) => {
        const text = oneLine(raw ?? '');
        if (text === '') return undefined;
        if (!HAS_WORDS.test(text)) return addProblem(ctx, 'noWords', {});
        const count = readerLength(text);
        if (count > definition.maxChars) return addProblem(ctx, 'tooLong', { max: definition.maxChars, count });
        return text;
      });
    case 'longText':
      return textInput.transform((raw, ctx) => {
        const text = paragraphs(raw ?? '');
        if (text === '') return undefined;
        if (!HAS_WORDS.test(text)) return addProblem(ctx, 'noWords', {});
        const words = wordCount(text);
        if (words > definition.maxWords) return addProblem(ctx, 'tooManyWords', { max: definition.maxWords, count: words });
        const count = readerLength(text);
        if (count > definition.maxChars) return addProblem(ctx, 'tooLong', { max: definition.maxChars, count });
        return text;
      });
    case 'email':
      return textInput.transform((raw, ctx) => {
        const text = oneLine(raw ?? '')
          .replace(/^mailto:/i, '')
          .replace(/^<(.*)>$/, '$1')
          .trim();
        if (text === '') return undefined;
        const count = readerLength(text);
        if (count > definition.maxChars) return addProblem(ctx, 'tooLong', { max: definition.maxChars, count });
        if (!z.string().email().safeParse(text).success) return addProblem(ctx, 'notAnEmail', {});
        return text;
      });
    case 'choice':
      return textInput.transform((raw, ctx) => {
        const id = oneLine(raw ?? '').toLowerCase();
        if (id === '') return undefined;
        if (!definition.options.some((option) => option.id === id)) {
          return addProblem(ctx, 'unknownOption', { value: shorten(id) });
        }
        return id;
      });
    case 'multiChoice':
      return listInput.transform((raw, ctx) => {
        const pieces = typeof raw === 'string' ? raw.split(',') : (raw ?? []);
        const ids = pieces.map((piece) => oneLine(piece).toLowerCase()).filter((id) => id !== '');
        if (ids.length === 0) return undefined;
        const unknown = ids.find((id) => !definition.options.some((option) => option.id === id));
        if (unknown !== undefined) return addProblem(ctx, 'unknownOption', { value: shorten(unknown) });
        return definition.options.filter((option) => ids.includes(option.id)).map((option) => option.id);
      });
    case 'number':
      return numberInput.transform((raw, ctx) => {
        const read = typeof raw === 'number' ? readNumberValue(raw) : readNumberText(raw ?? '', definition.unit);
        if (read === 'empty') return undefined;
        if (read === 'notANumber') return addProblem(ctx, 'notANumber', {});
        if (!Number.isInteger(read)) return addProblem(ctx, 'notAWholeNumber', {});
        if (read < definition.min) return addProblem(ctx, 'belowMin', { min: definition.min });
        if (read > definition.max) return addProblem(ctx, 'aboveMax', { max: definition.max });
        return read;
      });
    case 'date':
      return textInput.transform((raw, ctx) => {
        const text = oneLine(raw ?? '');
        if (text === '') return undefined;
        // A project cannot be planned to start in the past either (relevant to sample calls).
        const today = callLocalDate(call, now);
        const min = today > definition.min ? today : definition.min;
        // The example is a date the field accepts (a fixed one fell outside the window).
        if (!isCalendarDate(text)) return addProblem(ctx, 'notADate', { example: min });
        if (text < min) return addProblem(ctx, 'dateTooEarly', { min });
        if (text > definition.max) return addProblem(ctx, 'dateTooLate', { max: definition.max });
        return text;
      });
  }
}

function parseValue(definition: FieldDefinition, raw: unknown, call: CallConfig, now: Date): ParseResult {
  const result = fieldSchema(definition, call, now).safeParse(raw);
  return result.success ? { ok: true, value: result.data } : { ok: false, problem: toProblem(definition.id, result.error) };
}

function missingProblem(field: FieldId): FieldProblem {
  return kindOf(field) === 'multiChoice' ? { field, code: 'atLeastOne', params: {} } : { field, code: 'required', params: {} };
}

function warningsFor(definition: FieldDefinition, value: ParsedValue): FieldWarning[] {
  if (typeof value !== 'string') return [];
  if (definition.englishOnly) {
    const foreign = nonEnglishWarning(value);
    if (foreign) return [{ field: definition.id, code: 'notEnglish', params: { detected: foreign.detected } }];
  }
  if (definition.kind === 'email') {
    const domain = value.slice(value.lastIndexOf('@') + 1).toLowerCase();
    if (domain !== IOM_EMAIL_DOMAIN) return [{ field: definition.id, code: 'notIomAddress', params: { domain } }];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Text clean-up

/** Control characters other than tab and line breaks, and unpaired surrogates: never stored. */
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function clean(text: string): string {
  return text.normalize('NFC').replace(UNSAFE_CHARACTERS, '').replace(/\r\n?/g, '\n');
}

/** One line: white space runs (line breaks included) become single spaces. */
function oneLine(text: string): string {
  return clean(text).replace(/\s+/gu, ' ').trim();
}

/** Paragraphs: line breaks kept, trailing spaces and runs of blank lines removed. */
function paragraphs(text: string): string {
  return clean(text)
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const shorten = (text: string): string => clipped(text, 60);

// ---------------------------------------------------------------------------------------------
// Numbers and dates as people type them

type NumberRead = number | 'empty' | 'notANumber';

function readNumberValue(value: number): NumberRead {
  return Number.isFinite(value) ? value : 'notANumber';
}

/** Words around a number that only repeat its unit: "USD 60,000", "$60k", "12 months", "12 mois". */
function unitPattern(unit: Extract<FieldDefinition, { kind: 'number' }>['unit']): RegExp {
  const words =
    unit === 'months'
      ? ['months?', 'mois', 'mes(?:es)?']
      : [unit.currency.toLowerCase(), ...(unit.currency === 'USD' ? ['us\\s?\\$', '\\$', '(?:us\\s?)?dollars?', 'd[oó]lar(?:es)?'] : [])];
  // Lookarounds rather than \b, which sees no boundary in "USD60,000" and none around "ó".
  return new RegExp(`(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`, 'giu');
}

/**
 * Reads a typed whole number in the common spellings: 60000, 60,000, 60.000, 60 000, 60'000,
 * 60,000.00, 60k, with the unit before or after. A comma or point followed by exactly three digits
 * groups thousands; followed by one or two digits, it is a decimal separator.
 */
function readNumberText(text: string, unit: Extract<FieldDefinition, { kind: 'number' }>['unit']): NumberRead {
  let s = oneLine(text);
  if (s === '') return 'empty';
  s = s.replace(unitPattern(unit), ' ').trim();
  // Digit groups separated by spaces (also no-break ones) or apostrophes: 60 000, 60'000.
  s = s.replace(/(\d)[\s\u00a0\u202f'’](?=\d{3}(?!\d))/gu, '$1').trim();
  let multiplier = 1;
  const thousands = /^(.*\d)\s*k$/iu.exec(s);
  if (thousands) {
    multiplier = 1000;
    s = thousands[1];
  }
  let normal: string | undefined;
  if (/^[+-]?\d+$/.test(s)) normal = s;
  else if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) normal = s.replace(/,/g, '');
  else if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^[+-]?\d+[.,]\d+$/.test(s)) normal = s.replace(',', '.');
  if (normal === undefined) return 'notANumber';
  const value = Number(normal) * multiplier;
  return Number.isFinite(value) ? Math.round(value * 1e6) / 1e6 : 'notANumber';
}

/**
 * A typed whole number ("USD 60,000", "60k", "12 mois"), or undefined when the text is not one.
 * Shared with the eligibility check, so both read numbers the same way.
 */
export function readWholeNumber(raw: unknown, unit: Extract<FieldDefinition, { kind: 'number' }>['unit']): number | undefined {
  const value = typeof raw === 'number' ? readNumberValue(raw) : typeof raw === 'string' ? readNumberText(raw, unit) : 'notANumber';
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
}

/** True for `YYYY-MM-DD` naming a day that exists. */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
