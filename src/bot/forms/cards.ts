import { z } from 'zod';
import { cardTemplate } from '../../../adaptive-cards/render';
import formSectionCard from './form-section.card.json';

/** Kinds of question a form card (and its text fallback) can ask. */
export type FormFieldKind = 'text' | 'longText' | 'email' | 'number' | 'date' | 'choice' | 'multiChoice';

/** One question on a form card, already in the user's language. */
export interface FormFieldCardData {
  id: string;
  kind: FormFieldKind;
  /** The label shows the limit where there is one: "The problem (up to 250 words)". */
  label: string;
  hint?: string;
  /** What the user typed or chose before (multiChoice: comma-separated values), '' if nothing. */
  value?: string;
  /** Date fields: the allowed range (YYYY-MM-DD), given to the date picker. */
  minDate?: string;
  maxDate?: string;
  required: boolean;
  /** What Teams shows under the field when it refuses the answer: missing, or (dates) outside the range. */
  requiredMessage?: string;
  options?: { title: string; value: string }[];
}

/** The forms whose sections are cards. */
export const FORM_IDS = ['idea', 'eligibility', 'assessment'] as const;
export type FormId = (typeof FORM_IDS)[number];

export interface FormSectionCardData {
  /** "Section 3 of 6" */
  progress: string;
  title: string;
  intro?: string;
  problemsTitle?: string;
  /** Messages naming the field and the rule, shown above the inputs. */
  problems: string[];
  fields: FormFieldCardData[];
  submitLabel: string;
  cancelLabel: string;
  verb: string;
  form: FormId;
  section: string;
  /** The draft revision the card shows; a submit from an older card is refused as stale. */
  revision: number;
}

/**
 * The envelope every form-card submit carries (the inputs come beside it, keyed by field id and
 * validated by the form's own schema).
 */
export const formSubmitSchema = z
  .object({
    verb: z.string().min(1).max(64),
    form: z.enum(FORM_IDS),
    section: z.string().min(1).max(64),
    revision: z.coerce.number().int().min(0),
  })
  .passthrough();
export type FormSubmit = z.infer<typeof formSubmitSchema>;

/** What "Cancel" on a form card sends. */
export const formCancelSchema = z.object({ verb: z.literal('form.cancel'), form: z.enum(FORM_IDS) }).passthrough();

/** Every key the template reads, present for every field (an absent key would show as `${key}`). */
function completeField(field: FormFieldCardData): Required<FormFieldCardData> {
  return { hint: '', value: '', requiredMessage: '', options: [], minDate: '', maxDate: '', ...field };
}

const renderSection = cardTemplate<FormSectionCardData>(formSectionCard);

export const renderFormSectionCard = (data: FormSectionCardData) =>
  renderSection({ intro: '', problemsTitle: '', ...data, fields: data.fields.map(completeField) });
