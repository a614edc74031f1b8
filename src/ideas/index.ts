/**
 * The idea submission form: its fields and limits for a call (`form.ts`), the checks of every
 * answer (`validation.ts`), the soft English-only warning (`language-check.ts`), and drafts,
 * submissions and reference numbers over a store (`idea-service.ts`, `records.ts`).
 *
 * Nothing here knows about Teams or holds a sentence: results are codes with parameters, and the
 * texts are in `src/i18n/<language>/idea-form.ts`.
 */
export {
  CHARS_PER_WORD_CEILING,
  FIELD_IDS,
  MAX_EMAIL_CHARS,
  MAX_START_MONTHS_AFTER_FUNDING,
  SECTION_IDS,
  callLocalDate,
  fieldDefinition,
  fieldLimits,
  fieldsOfSection,
  formDefinition,
  isAnswered,
  isFieldApplicable,
  isFieldId,
  isFieldRequired,
  isSectionId,
  kindOf,
  projectStartWindow,
  sectionOf,
} from './form';
export type {
  FieldDefinition,
  FieldId,
  FieldIdOfKind,
  FieldKind,
  FieldLimits,
  FieldOption,
  FieldValueByKind,
  FormDefinition,
  IdeaAnswers,
  Requirement,
  SectionDefinition,
  SectionId,
} from './form';
export {
  IOM_EMAIL_DOMAIN,
  fieldProblemSchema,
  PROBLEM_CODES,
  WARNING_CODES,
  applicableAnswers,
  missingFields,
  rawFromAnswer,
  readWholeNumber,
  sectionProgress,
  validateField,
  validateSection,
  validateSubmission,
  wordCount,
} from './validation';
export type {
  FieldProblem,
  FieldResult,
  FieldWarning,
  ProblemCode,
  ProblemParamsByCode,
  SectionProgress,
  SectionResult,
  WarningCode,
  WarningParamsByCode,
} from './validation';
export {
  CANDIDATE_LANGUAGES,
  MIN_FOREIGN_SHARE,
  MIN_WORDS_FOR_LANGUAGE_CHECK,
  nonEnglishWarning,
} from './language-check';
export type { CandidateLanguage, DetectedLanguage } from './language-check';
export { IdeaService } from './idea-service';
export type { SaveSectionResult, StartDraftResult, SubmitResult } from './idea-service';
export { draftSchema, formatReference, normalizeReference, submissionSchema } from './records';
export { findReferences, referenceAlone, withoutReferences, type ReferencesFound } from './references';
export type { Draft, Submission } from './records';
