import { Template } from 'adaptivecards-templating';
import { z } from 'zod';
import eligibilityResultTemplate from './eligibility-result.json';
import formSectionTemplate from './form-section.json';
import helpTemplate from './help.json';
import ideaConfirmationTemplate from './idea-confirmation.json';
import ideaReviewTemplate from './idea-review.json';
import faqAnswerTemplate from './faq-answer.json';
import ikmTicketTemplate from './ikm-ticket.json';
import languageTemplate from './language.json';
import sessionAdminTemplate from './session-admin.json';
import sessionAttendeesTemplate from './session-attendees.json';
import sessionBookingTemplate from './session-booking.json';
import sessionCatalogueTemplate from './session-catalogue.json';
import sessionMoveTemplate from './session-move.json';
import sessionZoneTemplate from './session-zone.json';
import welcomeTemplate from './welcome.json';

/**
 * Card templates (JSON beside this file, `${...}` placeholders) and the typed data each one takes.
 * Every submit a card can send is described by a zod schema here, next to the card that sends it.
 */

export const MENU_ITEMS = ['eligibility', 'idea', 'ask', 'sessions', 'reminders'] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];

export interface WelcomeCardData {
  title: string;
  greeting: string;
  intro: string;
  callStatus: string;
  choose: string;
  menu: { item: MenuItem; label: string }[];
  languageLabel: string;
  helpLabel: string;
}

/** What a welcome/help card button sends. `home` shows the menu again. */
export const menuSubmitSchema = z.object({
  verb: z.literal('menu'),
  item: z.enum([...MENU_ITEMS, 'language', 'help', 'home']),
});
export type MenuSubmit = z.infer<typeof menuSubmitSchema>;

export interface LanguageCardData {
  prompt: string;
  choices: { code: string; label: string }[];
}

export const languageSubmitSchema = z.object({
  verb: z.literal('language'),
  language: z.enum(['en', 'fr', 'es']),
});

export interface HelpCardData {
  title: string;
  lines: string[];
  menuLabel: string;
}

/** An Adaptive Card ready to attach: the expanded JSON. */
export type CardJson = Record<string, unknown>;

/**
 * The templating library leaves `${x}` in the card when x is undefined and throws on null, so data
 * is made total first: absent values become empty strings.
 */
function total(value: unknown): unknown {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(total);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, total(v)]));
  }
  return value;
}

function expand<T extends object>(template: object, data: T): CardJson {
  return new Template(template).expand({ $root: total(data) }) as CardJson;
}

export const renderWelcomeCard = (data: WelcomeCardData) => expand(welcomeTemplate, data);
export const renderLanguageCard = (data: LanguageCardData) => expand(languageTemplate, data);
export const renderHelpCard = (data: HelpCardData) => expand(helpTemplate, data);

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
  maxChars?: number;
  required: boolean;
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

export interface IdeaReviewCardData {
  title: string;
  intro: string;
  /** A status line ("3 answers are missing"), '' for none. */
  status: string;
  statusStyle: 'good' | 'warning' | 'attention' | 'default';
  sections: {
    id: string;
    title: string;
    state: string;
    answers: { label: string; value: string }[];
    editLabel: string;
    revision: number;
  }[];
  canSubmit: boolean;
  submitLabel: string;
  revision: number;
}

export interface IdeaConfirmationCardData {
  title: string;
  reference: string;
  facts: { label: string; value: string }[];
  next: string;
}

export interface EligibilityResultCardData {
  verdict: string;
  verdictStyle: 'good' | 'warning' | 'attention';
  summary: string;
  rules: { mark: string; color: 'Good' | 'Warning' | 'Attention'; title: string; reason: string; fix: string }[];
  actions: { title: string; verb: string; revision: number }[];
}

/** Longest free text a card input accepts when the field sets no limit of its own. */
const DEFAULT_MAX_CHARS = 5000;

/** Every key the template reads, present for every field (an absent key would show as `${key}`). */
function completeField(field: FormFieldCardData): Required<FormFieldCardData> {
  return {
    hint: '',
    value: '',
    requiredMessage: '',
    options: [],
    ...field,
    maxChars: field.maxChars ?? DEFAULT_MAX_CHARS,
  };
}

export const renderFormSectionCard = (data: FormSectionCardData) =>
  expand(formSectionTemplate, { intro: '', problemsTitle: '', ...data, fields: data.fields.map(completeField) });
export const renderIdeaReviewCard = (data: IdeaReviewCardData) => expand(ideaReviewTemplate, data);
export const renderIdeaConfirmationCard = (data: IdeaConfirmationCardData) => expand(ideaConfirmationTemplate, data);
export const renderEligibilityResultCard = (data: EligibilityResultCardData) =>
  expand(eligibilityResultTemplate, data);

export interface FaqAnswerCardData {
  /** A line above the answer ("Here is the closest I found"), '' for none. */
  intro: string;
  /** The question the answer belongs to (the entry's own phrasing). */
  question: string;
  answer: string;
  /** "Source: call page, What we offer" */
  source: string;
  relatedTitle: string;
  related: { entryId: string; title: string }[];
  entryId: string;
  /** "Did this help?", '' to leave the buttons out. */
  feedbackQuestion: string;
  yesLabel: string;
  noLabel: string;
  /** The "ask IKM" button's title, '' to leave it out. */
  askIkmLabel: string;
}

/** The longest question the assistant forwards to IKM. */
export const MAX_QUESTION_LENGTH = 2000;

export const faqOpenSchema = z.object({ verb: z.literal('faq.open'), entryId: z.string().min(1).max(100) });
export const faqFeedbackSchema = z.object({
  verb: z.literal('faq.feedback'),
  entryId: z.string().min(1).max(100),
  helpful: z.boolean(),
});
export const faqAskIkmSchema = z.object({
  verb: z.literal('faq.askIkm'),
  question: z.string().trim().min(1).max(MAX_QUESTION_LENGTH),
});

export interface IkmTicketCardData {
  title: string;
  facts: { label: string; value: string }[];
  question: string;
  ticketId: string;
  /** "Answered by Amina K." once answered, '' while open. */
  answered: string;
  answerText: string;
  answerLabel: string;
  answerRequired: string;
  sendLabel: string;
  /** '' once the answer was suggested for the FAQ. */
  addToFaqLabel: string;
}

export const ticketAnswerSchema = z.object({
  verb: z.literal('ticket.answer'),
  ticketId: z.string().min(1).max(40),
  answer: z.string().trim().min(1).max(4000),
});
export const ticketAddToFaqSchema = z.object({ verb: z.literal('ticket.addToFaq'), ticketId: z.string().min(1).max(40) });

export const renderFaqAnswerCard = (data: FaqAnswerCardData) => expand(faqAnswerTemplate, data);
export const renderIkmTicketCard = (data: IkmTicketCardData) => expand(ikmTicketTemplate, data);

/** A session id as cards carry it (the catalogue's slugs). */
const sessionIdSchema = z.string().regex(/^[a-z0-9-]{1,80}$/);

/** One session in the catalogue or in "my bookings", already worded in the user's language and zone. */
export interface SessionListItemData {
  sessionId: string;
  title: string;
  kindLabel: string;
  topicLabel: string;
  /** "Tue 26 Nov, 09:00–09:45 (America/New_York, UTC−05:00)" */
  when: string;
  host: string;
  /** "3 seats left", "Full: join the waitlist", "Booked", "Waitlist, number 2". */
  status: string;
  statusColor: 'Good' | 'Warning' | 'Default';
  actionLabel: string;
  actionVerb: 'session.book' | 'session.cancel';
  /** "Move to another session" ('' hides it): sends `session.move`. */
  moveLabel: string;
}

export interface SessionCatalogueCardData {
  title: string;
  intro: string;
  zoneLine: string;
  /** Filter buttons; `kind` '' lists every kind. None on "my bookings". */
  filters: { label: string; kind: '' | 'clinic' | 'workshop' }[];
  /** The topic filter (a compact choice and a "Show" button); no choices hides it. */
  topicLabel: string;
  topicChoices: { title: string; value: string }[];
  /** The topic and kind the list is filtered by ('' for all). */
  currentTopic: string;
  currentKind: '' | 'clinic' | 'workshop';
  showLabel: string;
  /** Shown when `sessions` is empty, '' otherwise. */
  empty: string;
  sessions: SessionListItemData[];
  mineLabel: string;
  zoneLabel: string;
}

/** A booking's confirmation, a seat offered from the waitlist. */
export interface SessionBookingCardData {
  heading: string;
  headingColor: 'Good' | 'Warning' | 'Default';
  text: string;
  title: string;
  when: string;
  host: string;
  place: string;
  joinLabel: string;
  /** '' hides the button. */
  joinUrl: string;
  calendarLabel: string;
  calendarUrl: string;
  /** '' hides the button. */
  actionLabel: string;
  actionVerb: 'session.cancel' | 'session.decline';
  /** "Move to another session" ('' hides it). */
  moveLabel: string;
  sessionId: string;
}

/** Where a booking can move: other upcoming sessions of the same kind (and topic, for clinics). */
export interface SessionMoveCardData {
  title: string;
  intro: string;
  zoneLine: string;
  empty: string;
  sessions: {
    sessionId: string;
    /** The session the booking leaves. */
    from: string;
    title: string;
    when: string;
    host: string;
    status: string;
    statusColor: 'Good' | 'Warning' | 'Default';
    /** "Move here", '' when there is no seat to move to. */
    moveLabel: string;
  }[];
  mineLabel: string;
}

/** The input ids of the admin's session form, each the key its submit schema reads. */
export const SESSION_ADMIN_FIELDS = [
  'id',
  'kind',
  'titleEn',
  'titleFr',
  'titleEs',
  'topic',
  'host',
  'startDate',
  'startTime',
  'durationMinutes',
  'format',
  'location',
  'joinUrl',
  'capacity',
  'opensDate',
  'opensTime',
  'closesDate',
  'closesTime',
  'cutoffHours',
  'audience',
] as const;
export type SessionAdminField = (typeof SESSION_ADMIN_FIELDS)[number];

/** The admin's create / edit form: labels and values keyed by input id. */
export interface SessionAdminCardData {
  title: string;
  /** "Times are in Europe/Zurich." */
  intro: string;
  problemsTitle: string;
  problems: string[];
  /** '' to create; the id of the session being edited otherwise (its id cannot change). */
  editId: string;
  labels: Record<SessionAdminField, string>;
  values: Record<SessionAdminField, string>;
  kindChoices: { title: string; value: string }[];
  topicChoices: { title: string; value: string }[];
  formatChoices: { title: string; value: string }[];
  audienceChoices: { title: string; value: string }[];
  requiredMessage: string;
  saveLabel: string;
}

export interface SessionZoneCardData {
  prompt: string;
  label: string;
  /** The zone in use, preselected. */
  current: string;
  choices: { title: string; value: string }[];
  saveLabel: string;
}

export interface SessionAttendeesCardData {
  title: string;
  counts: string;
  empty: string;
  rows: { teamId: string; status: string }[];
  downloadLabel: string;
  downloadUrl: string;
}

export const sessionBookSchema = z.object({ verb: z.literal('session.book'), sessionId: sessionIdSchema });
export const sessionCancelSchema = z.object({ verb: z.literal('session.cancel'), sessionId: sessionIdSchema });
export const sessionDeclineSchema = z.object({ verb: z.literal('session.decline'), sessionId: sessionIdSchema });
/** A catalogue filter; '' or absent means every kind / topic. */
export const sessionListSchema = z.object({
  verb: z.literal('session.list'),
  kind: z.enum(['clinic', 'workshop', '']).optional(),
  topic: z.union([sessionIdSchema, z.literal('')]).optional(),
});
export const sessionMineSchema = z.object({ verb: z.literal('session.mine') });
/** Without `timeZone`: show the choice; with it: the zone chosen (checked against the runtime's zones). */
export const sessionZoneSchema = z.object({ verb: z.literal('session.zone'), timeZone: z.string().min(1).max(64).optional() });
export const sessionMoveSchema = z.object({ verb: z.literal('session.move'), sessionId: sessionIdSchema });
export const sessionRescheduleSchema = z.object({ verb: z.literal('session.reschedule'), from: sessionIdSchema, to: sessionIdSchema });
/** A card input as Teams sends it: text, absent when left empty. */
const adminInput = (max: number) => z.string().max(max).optional();
/** What the admin's session form sends: every input (as typed), and the id of the session edited ('' to create). */
export const sessionAdminSubmitSchema = z.object({
  verb: z.literal('session.save'),
  editId: z.union([sessionIdSchema, z.literal('')]),
  id: adminInput(80),
  kind: adminInput(20),
  titleEn: adminInput(200),
  titleFr: adminInput(200),
  titleEs: adminInput(200),
  topic: adminInput(80),
  host: adminInput(200),
  startDate: adminInput(20),
  startTime: adminInput(20),
  durationMinutes: adminInput(20),
  format: adminInput(20),
  location: adminInput(300),
  joinUrl: adminInput(2000),
  capacity: adminInput(20),
  opensDate: adminInput(20),
  opensTime: adminInput(20),
  closesDate: adminInput(20),
  closesTime: adminInput(20),
  cutoffHours: adminInput(20),
  audience: adminInput(20),
});
export type SessionAdminSubmit = z.infer<typeof sessionAdminSubmitSchema>;
/** Any button of a session list card. */
export const sessionListCardSubmitSchema = z.union([
  sessionBookSchema,
  sessionCancelSchema,
  sessionListSchema,
  sessionMineSchema,
  sessionZoneSchema,
  sessionMoveSchema,
]);
/** Any button of the "move to another session" card. */
export const sessionMoveCardSubmitSchema = z.union([sessionRescheduleSchema, sessionMineSchema]);

export const renderSessionCatalogueCard = (data: SessionCatalogueCardData) => expand(sessionCatalogueTemplate, data);
export const renderSessionBookingCard = (data: SessionBookingCardData) => expand(sessionBookingTemplate, data);
export const renderSessionZoneCard = (data: SessionZoneCardData) => expand(sessionZoneTemplate, data);
export const renderSessionAttendeesCard = (data: SessionAttendeesCardData) => expand(sessionAttendeesTemplate, data);
export const renderSessionMoveCard = (data: SessionMoveCardData) => expand(sessionMoveTemplate, data);
export const renderSessionAdminCard = (data: SessionAdminCardData) => expand(sessionAdminTemplate, data);
