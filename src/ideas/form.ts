import { localPartsOf } from '../call/local-time';
import type { CallConfig, MultilingualText } from '../call/call-schema';

/**
 * The idea submission form as data: the one place that says which fields exist, in which section
 * and order, of which kind, whether they must be answered, and within which limits. Cards, dialogs,
 * validation, the review screen and the record IKM receives all read it; none of them lists fields
 * of its own.
 *
 * Limits that belong to the call (amounts, duration, dates, the lists to choose from) are read from
 * the `CallConfig` by `formDefinition(call)`; limits that belong to the form (characters, words) are
 * written here. Texts (labels, hints, problems) live in `src/i18n/<language>/idea-form.ts`.
 */

/** The six sections, in the order the form asks them. */
export const SECTION_IDS = ['idea', 'office', 'solution', 'people', 'results', 'budget'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** The kinds of field and the value each holds once parsed. */
export interface FieldValueByKind {
  /** One line of text, trimmed, inner runs of white space made single spaces. */
  text: string;
  /** Paragraphs, trimmed, line breaks kept. */
  longText: string;
  /** An e-mail address, trimmed. */
  email: string;
  /** The id of one option. */
  choice: string;
  /** Ids of the options chosen, without repeats, in the order the options are listed. */
  multiChoice: string[];
  /** A whole number. */
  number: number;
  /** A calendar date written `YYYY-MM-DD`. */
  date: string;
}
export type FieldKind = keyof FieldValueByKind;

/** Where an option list comes from in the call. */
type OptionSource = 'strategicObjectives' | 'crossCuttingPriorities' | 'eligibleSubmitters' | 'beneficiaryGroups';

/**
 * When a field must be answered: always, never, or only when another field of the same section has
 * one of the options that the call marks (HQ departments need a coordinating office; an "other"
 * group needs to be named).
 */
type RequirementSpec = boolean | { when: 'needsCoordinatingOffice' | 'needsDetail' };

/**
 * Hard ceiling of characters per word allowed for long text. The word limit is the one users see;
 * the character ceiling only stops a pasted wall of text with few spaces (a table, a link list) and
 * keeps records small. Ten characters a word is generous for English prose (about six on average).
 */
export const CHARS_PER_WORD_CEILING = 10;

/** The longest e-mail address the standards allow. */
export const MAX_EMAIL_CHARS = 254;

/** How many months after the funding announcement a project may start at the latest. */
export const MAX_START_MONTHS_AFTER_FUNDING = 12;

/** The form's own rules per field, before the call fills in its part. */
type FieldSpec =
  | { section: SectionId; kind: 'text'; required: RequirementSpec; maxChars: number; content: boolean }
  | { section: SectionId; kind: 'longText'; required: RequirementSpec; maxWords: number }
  | { section: SectionId; kind: 'email'; required: RequirementSpec }
  | { section: SectionId; kind: 'choice'; required: RequirementSpec; options: OptionSource }
  | { section: SectionId; kind: 'multiChoice'; required: RequirementSpec; options: OptionSource }
  | { section: SectionId; kind: 'number'; required: RequirementSpec; range: 'funding' | 'duration' }
  | { section: SectionId; kind: 'date'; required: RequirementSpec; range: 'projectStart' };

/**
 * Every field, in form order. `content: true` marks short texts that describe the idea (and so must
 * be in the call's submission language); names of offices, places and people are not checked.
 */
const FIELD_SPECS = {
  // 1. The idea
  title: { section: 'idea', kind: 'text', required: true, maxChars: 120, content: true },
  objectives: { section: 'idea', kind: 'multiChoice', required: true, options: 'strategicObjectives' },
  priorities: { section: 'idea', kind: 'multiChoice', required: false, options: 'crossCuttingPriorities' },
  // 2. Who submits
  officeType: { section: 'office', kind: 'choice', required: true, options: 'eligibleSubmitters' },
  officeName: { section: 'office', kind: 'text', required: true, maxChars: 150, content: false },
  countryOrRegion: { section: 'office', kind: 'text', required: true, maxChars: 100, content: false },
  coordinatingOffice: {
    section: 'office',
    kind: 'text',
    required: { when: 'needsCoordinatingOffice' },
    maxChars: 150,
    content: false,
  },
  focalPointName: { section: 'office', kind: 'text', required: true, maxChars: 120, content: false },
  focalPointEmail: { section: 'office', kind: 'email', required: true },
  // 3. Problem and solution
  problem: { section: 'solution', kind: 'longText', required: true, maxWords: 250 },
  solution: { section: 'solution', kind: 'longText', required: true, maxWords: 300 },
  novelty: { section: 'solution', kind: 'longText', required: true, maxWords: 200 },
  // 4. People
  beneficiaryGroups: { section: 'people', kind: 'multiChoice', required: true, options: 'beneficiaryGroups' },
  otherGroup: {
    section: 'people',
    kind: 'text',
    required: { when: 'needsDetail' },
    maxChars: 150,
    content: true,
  },
  participation: { section: 'people', kind: 'longText', required: true, maxWords: 200 },
  // 5. Results and sustainability
  results: { section: 'results', kind: 'longText', required: true, maxWords: 250 },
  sustainability: { section: 'results', kind: 'longText', required: true, maxWords: 200 },
  scaling: { section: 'results', kind: 'longText', required: true, maxWords: 200 },
  partners: { section: 'results', kind: 'longText', required: false, maxWords: 150 },
  // 6. Budget and timing
  budgetUsd: { section: 'budget', kind: 'number', required: true, range: 'funding' },
  durationMonths: { section: 'budget', kind: 'number', required: true, range: 'duration' },
  plannedStart: { section: 'budget', kind: 'date', required: true, range: 'projectStart' },
} as const satisfies Record<string, FieldSpec>;

type FieldSpecs = typeof FIELD_SPECS;

/** Every field id, in form order. */
export const FIELD_IDS = Object.keys(FIELD_SPECS) as ReadonlyArray<keyof FieldSpecs>;
export type FieldId = keyof FieldSpecs;

/** A complete set of answers, as parsed values (see `FieldValueByKind`). */
export type IdeaAnswers = { -readonly [F in FieldId]: FieldValueByKind[FieldSpecs[F]['kind']] };

/** The field ids of one kind. */
export type FieldIdOfKind<K extends FieldKind> = { [F in FieldId]: FieldSpecs[F]['kind'] extends K ? F : never }[FieldId];

/** An option of a choice, as the call words it (in every language) and with the flags it carries. */
export interface FieldOption {
  id: string;
  label: MultilingualText;
  /** Strategic objectives and priorities: their number in the call. */
  number?: number;
  /** Strategic objectives and priorities: their one-paragraph description. */
  description?: MultilingualText;
  /** Office types: an HQ department names its coordinating office. */
  needsCoordinatingOffice?: boolean;
  /** Beneficiary groups: a catch-all group ("other") must be named. */
  needsDetail?: boolean;
}

/**
 * When a field must be answered: `true`, `false`, or when the answer to `field` (a choice or a
 * multiple choice) includes any of the option ids in `anyOf`. A conditional field does not apply at
 * all while its condition is unmet: it is not asked, and a value left in it is not submitted.
 */
export type Requirement = boolean | { field: FieldId; anyOf: string[] };

interface FieldBase {
  id: FieldId;
  section: SectionId;
  required: Requirement;
}

/** One field of the form, with the limits and options of a given call. */
export type FieldDefinition =
  | (FieldBase & {
      kind: 'text';
      maxChars: number;
      /** Free text in the call's submission language (checked by a warning, not refused). */
      englishOnly: boolean;
    })
  | (FieldBase & {
      kind: 'longText';
      maxWords: number;
      /** Hard ceiling: `maxWords` x `CHARS_PER_WORD_CEILING`. */
      maxChars: number;
      englishOnly: boolean;
    })
  | (FieldBase & { kind: 'email'; maxChars: number; englishOnly: false })
  | (FieldBase & { kind: 'choice'; options: FieldOption[]; englishOnly: false })
  | (FieldBase & {
      kind: 'multiChoice';
      options: FieldOption[];
      /** 1 for a required list, 0 for an optional one. */
      minSelected: number;
      englishOnly: false;
    })
  | (FieldBase & {
      kind: 'number';
      /** Inclusive bounds. */
      min: number;
      max: number;
      integer: true;
      /** What the number counts: an amount in the call's currency, or months. */
      unit: { currency: string } | 'months';
      englishOnly: false;
    })
  | (FieldBase & {
      kind: 'date';
      /** Inclusive bounds, `YYYY-MM-DD`. */
      min: string;
      max: string;
      englishOnly: false;
    });

/** A section of the form with its fields in order. */
export interface SectionDefinition {
  id: SectionId;
  /** 1-based position, for "Section 3 of 6". */
  number: number;
  fields: FieldDefinition[];
}

/** The whole form for one call. */
export interface FormDefinition {
  sections: SectionDefinition[];
}

/** The section a field belongs to (independent of the call). */
export function sectionOf(field: FieldId): SectionId {
  return FIELD_SPECS[field].section;
}

/** The kind of a field (independent of the call). */
export function kindOf(field: FieldId): FieldKind {
  return FIELD_SPECS[field].kind;
}

/** The field ids of a section, in order (independent of the call). */
export function fieldsOfSection(section: SectionId): FieldId[] {
  return FIELD_IDS.filter((field) => FIELD_SPECS[field].section === section);
}

/** True for a known field id. */
export function isFieldId(value: unknown): value is FieldId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FIELD_SPECS, value);
}

/** True for a known section id. */
export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (SECTION_IDS as readonly string[]).includes(value);
}

/** The form with the limits and options of `call`. */
export function formDefinition(call: CallConfig): FormDefinition {
  return {
    sections: SECTION_IDS.map((id, index) => ({
      id,
      number: index + 1,
      fields: fieldsOfSection(id).map((field) => fieldDefinition(call, field)),
    })),
  };
}

/** One field with the limits and options of `call`. */
export function fieldDefinition(call: CallConfig, field: FieldId): FieldDefinition {
  const spec: FieldSpec = FIELD_SPECS[field];
  const base = { id: field, section: spec.section, required: requirement(call, spec.required) };
  const inCallLanguage = call.submissionLanguage === 'en';
  switch (spec.kind) {
    case 'text':
      return { ...base, kind: 'text', maxChars: spec.maxChars, englishOnly: spec.content && inCallLanguage };
    case 'longText':
      return {
        ...base,
        kind: 'longText',
        maxWords: spec.maxWords,
        maxChars: spec.maxWords * CHARS_PER_WORD_CEILING,
        englishOnly: inCallLanguage,
      };
    case 'email':
      return { ...base, kind: 'email', maxChars: MAX_EMAIL_CHARS, englishOnly: false };
    case 'choice':
      return { ...base, kind: 'choice', options: optionsFrom(call, spec.options), englishOnly: false };
    case 'multiChoice':
      return {
        ...base,
        kind: 'multiChoice',
        options: optionsFrom(call, spec.options),
        minSelected: spec.required === false ? 0 : 1,
        englishOnly: false,
      };
    case 'number':
      return spec.range === 'funding'
        ? {
            ...base,
            kind: 'number',
            min: call.funding.min,
            max: call.funding.max,
            integer: true,
            unit: { currency: call.currency },
            englishOnly: false,
          }
        : { ...base, kind: 'number', min: 1, max: call.maxDurationMonths, integer: true, unit: 'months', englishOnly: false };
    case 'date':
      return { ...base, kind: 'date', ...projectStartWindow(call), englishOnly: false };
  }
}

/** The limits of a field that its label may show, unformatted (the bot formats them for the reader). */
export interface FieldLimits {
  maxChars?: number;
  maxWords?: number;
  /** A number, or a `YYYY-MM-DD` date. */
  min?: number | string;
  max?: number | string;
}

/** The limits of `definition` a label may show: characters, words, or the range of a number or date. */
export function fieldLimits(definition: FieldDefinition): FieldLimits {
  switch (definition.kind) {
    case 'text':
    case 'email':
      return { maxChars: definition.maxChars };
    case 'longText':
      return { maxWords: definition.maxWords, maxChars: definition.maxChars };
    case 'number':
    case 'date':
      return { min: definition.min, max: definition.max };
    case 'choice':
    case 'multiChoice':
      return {};
  }
}

/**
 * The dates a project may start on: from the day funding is announced (in the call's zone) to
 * `MAX_START_MONTHS_AFTER_FUNDING` months later, both included.
 */
export function projectStartWindow(call: CallConfig): { min: string; max: string } {
  const { year, month, day } = localPartsOf(call.timeline.fundingAnnouncement, call.timeline.timeZone);
  // A plain calendar date: built in UTC and formatted from UTC parts, so no zone can shift it.
  const first = new Date(Date.UTC(year, month - 1, day));
  return { min: isoDate(first), max: isoDate(addUtcMonths(first, MAX_START_MONTHS_AFTER_FUNDING)) };
}

/** `YYYY-MM-DD` of the local calendar day of `at` in the call's zone. */
export function callLocalDate(call: CallConfig, at: Date): string {
  const { year, month, day } = localPartsOf(at, call.timeline.timeZone);
  return isoDate(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * Whether `field` applies with these answers: unconditional fields always do; a conditional one
 * only while its condition holds.
 */
export function isFieldApplicable(call: CallConfig, field: FieldId, answers: Partial<IdeaAnswers>): boolean {
  const required = requirement(call, FIELD_SPECS[field].required);
  return typeof required === 'boolean' || conditionHolds(required, answers);
}

/** Whether `field` must be answered, given the answers so far. */
export function isFieldRequired(call: CallConfig, field: FieldId, answers: Partial<IdeaAnswers>): boolean {
  const required = requirement(call, FIELD_SPECS[field].required);
  return typeof required === 'boolean' ? required : conditionHolds(required, answers);
}

/** Whether a value counts as an answer (an empty list or text does not). */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function conditionHolds(condition: { field: FieldId; anyOf: string[] }, answers: Partial<IdeaAnswers>): boolean {
  const answer: unknown = answers[condition.field];
  const chosen = Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [];
  return chosen.some((id) => condition.anyOf.includes(id));
}

function requirement(call: CallConfig, spec: RequirementSpec): Requirement {
  if (typeof spec === 'boolean') return spec;
  if (spec.when === 'needsCoordinatingOffice') {
    return {
      field: 'officeType',
      anyOf: call.eligibleSubmitters.filter((kind) => kind.needsCoordinatingOffice).map((kind) => kind.id),
    };
  }
  return {
    field: 'beneficiaryGroups',
    anyOf: call.beneficiaryGroups.filter((group) => group.needsDetail).map((group) => group.id),
  };
}

function optionsFrom(call: CallConfig, source: OptionSource): FieldOption[] {
  switch (source) {
    case 'strategicObjectives':
    case 'crossCuttingPriorities':
      return call[source].map((goal) => ({
        id: goal.id,
        label: goal.title,
        number: goal.number,
        description: goal.description,
      }));
    case 'eligibleSubmitters':
      return call.eligibleSubmitters.map((kind) => ({
        id: kind.id,
        label: kind.label,
        needsCoordinatingOffice: kind.needsCoordinatingOffice,
      }));
    case 'beneficiaryGroups':
      return call.beneficiaryGroups.map((group) => ({ id: group.id, label: group.label, needsDetail: group.needsDetail }));
  }
}

function isoDate(utcDay: Date): string {
  return utcDay.toISOString().slice(0, 10);
}

function addUtcMonths(day: Date, months: number): Date {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth() + months;
  // 31 January + 1 month is the last day of February, as date-fns's addMonths has it.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day.getUTCDate(), lastDay)));
}
