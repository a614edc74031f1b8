import { z } from 'zod';
import { cardTemplate } from '../../../adaptive-cards/render';
import { optionalText, requiredText } from '../card-submit';
import { cardLanguage } from '../turn';
import { AUDIENCES, DECISION_KINDS, MAX_ANNOUNCEMENT_TEXT, MAX_DECISION_NOTE } from '../../desk';
import { readerText } from '../../i18n/reader-text';
import announceFormCard from './announce-form.card.json';
import decisionFormCard from './decision-form.card.json';
import panelCard from './panel.card.json';
import referencesCard from './references.card.json';
import submissionCard from './submission.card.json';
import submissionsCard from './submissions.card.json';
import teamMessageCard from './team-message.card.json';

/** A button's title and what it sends. */
export interface ButtonData {
  title: string;
  data: Record<string, unknown>;
}
export interface LinkData {
  title: string;
  url: string;
}
export interface Fact {
  label: string;
  value: string;
}

/** The desk's general card: a title, notes, groups of facts, rows with a button each, buttons and links. */
export interface PanelCardData {
  title: string;
  subtitle: string;
  notes: string[];
  groups: { heading: string; facts: Fact[] }[];
  rows: { text: string; detail: string; actionTitle: string; actionData: Record<string, unknown> }[];
  actions: ButtonData[];
  links: LinkData[];
}

/** The list of submissions with its filters and pages. */
export interface SubmissionsCardData {
  title: string;
  summary: string;
  objectiveLabel: string;
  objective: string;
  objectives: { title: string; value: string }[];
  officeTypeLabel: string;
  officeType: string;
  officeTypes: { title: string; value: string }[];
  statusLabel: string;
  status: string;
  statuses: { title: string; value: string }[];
  searchLabel: string;
  searchPlaceholder: string;
  search: string;
  showLabel: string;
  empty: string;
  rows: { reference: string; title: string; detail: string; openLabel: string }[];
  pages: { title: string; page: number }[];
}

/** One whole idea, as a reviewer reads it. */
export interface SubmissionCardData {
  reference: string;
  title: string;
  status: string;
  facts: { label: string; value: string }[];
  /** The heading over the warnings, '' when the idea has none. */
  warningsTitle: string;
  /** The idea's warnings, worded for IKM (`warningForIkm`). */
  warnings: string[];
  sections: { title: string; answers: { label: string; value: string }[] }[];
  actions: ButtonData[];
  links: LinkData[];
}

export interface ReferencesCardData {
  title: string;
  intro: string;
  label: string;
  required: string;
  value: string;
  checkLabel: string;
  cancelLabel: string;
}

export interface DecisionFormCardData {
  title: string;
  intro: string;
  reference: string;
  /** The fingerprint of the decision on record when the form was made ('none'), carried by Save. */
  seen: string;
  outcomeLabel: string;
  outcome: string;
  outcomes: { title: string; value: string }[];
  approvalsLabel: string;
  approvers: { id: string; title: string; value: 'true' | 'false' }[];
  noteLabel: string;
  note: string;
  required: string;
  saveLabel: string;
  cancelLabel: string;
}

export interface AnnounceFormCardData {
  title: string;
  intro: string;
  problems: string[];
  audienceLabel: string;
  audience: string;
  audiences: { title: string; value: string }[];
  enLabel: string;
  frLabel: string;
  esLabel: string;
  textEn: string;
  textFr: string;
  textEs: string;
  required: string;
  audienceRequired: string;
  previewLabel: string;
  cancelLabel: string;
}

/** What a team gets from IKM: a decision on its idea, or an announcement. */
export interface TeamMessageCardData {
  from: string;
  title: string;
  paragraphs: (string)[];
  facts: Fact[];
  actions: ButtonData[];
}

const reference = z.string().regex(/^IH-[A-Za-z0-9]+-\d{4,}$/);
const announcementId = z.string().regex(/^A-\d{4,}$/);
const ticketId = z.string().regex(/^Q-\d{4,}$/);
/** Announcement texts as the form sends them (a field left empty is absent). */
const announcementFields = {
  audience: z.enum(AUDIENCES),
  textEn: requiredText(MAX_ANNOUNCEMENT_TEXT),
  textFr: optionalText(MAX_ANNOUNCEMENT_TEXT),
  textEs: optionalText(MAX_ANNOUNCEMENT_TEXT),
};

/** Every desk button and form, by verb: the schema each submit must pass (after the admin check). */
export const deskSubmitSchemas = {
  'desk.home': z.object({ verb: z.literal('desk.home') }),
  /** Cancel on a desk form: nothing is saved or sent. */
  'desk.cancel': z.object({ verb: z.literal('desk.cancel') }),
  'desk.submissions': z.object({
    verb: z.literal('desk.submissions'),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    objective: z.string().max(80).optional(),
    officeType: z.string().max(80).optional(),
    status: z.enum(['all', 'submitted', 'shortlisted', 'funded', 'not-funded']).optional(),
    search: optionalText(200),
  }),
  'desk.submission.open': z.object({ verb: z.literal('desk.submission.open'), reference }),
  // `decision`: removing an idea was confirmed knowing of this funding decision (its fingerprint; another is asked about again).
  'desk.shortlist.set': z.object({ verb: z.literal('desk.shortlist.set'), reference, on: z.boolean(), decision: z.string().max(40).optional() }),
  'desk.shortlist.paste': z.object({ verb: z.literal('desk.shortlist.paste') }),
  'desk.shortlist.check': z.object({ verb: z.literal('desk.shortlist.check'), references: requiredText(20_000) }),
  'desk.shortlist.confirm': z.object({ verb: z.literal('desk.shortlist.confirm'), references: z.array(reference).min(1).max(2000) }),
  'desk.decision.form': z.object({ verb: z.literal('desk.decision.form'), reference }),
  'desk.decision.save': z
    // No outcome (a client that does not check the required choice): the form comes back, asking for one.
    .object({
      verb: z.literal('desk.decision.save'),
      reference,
      // An empty choice ('') is no choice.
      outcome: z.preprocess((value) => (value === '' ? undefined : value), z.enum(['funded', 'not-funded']).optional()),
      note: optionalText(MAX_DECISION_NOTE),
      // The decision the form was opened on (`fingerprint` in review-actions.ts; 'none'): another
      // saved since is not overwritten unseen. Absent on a form sent before it was carried.
      seen: z.string().max(40).optional(),
      // The language every sent card's buttons carry (`src/bot/turn.ts`): named, so that the
      // approvals below, read by pattern, are the only other fields.
      lang: cardLanguage,
    })
    .catchall(z.enum(['true', 'false'])),
  'desk.decisions.preview': z.object({ verb: z.literal('desk.decisions.preview'), kind: z.enum(DECISION_KINDS) }),
  'desk.decisions.announce': z.object({
    verb: z.literal('desk.decisions.announce'),
    kind: z.enum(DECISION_KINDS),
    when: z.enum(['date', 'now']),
    // What the preview showed (`previewFingerprint`); a card made before it carried none is refused as changed.
    preview: z.string().regex(/^[0-9a-f]{16}$/).optional(),
  }),
  'desk.decisions.calloff': z.object({ verb: z.literal('desk.decisions.calloff'), kind: z.enum(DECISION_KINDS) }),
  // "Change the message" brings back what was written.
  'desk.announce.form': z.object({
    verb: z.literal('desk.announce.form'),
    audience: z.enum(AUDIENCES).optional(),
    textEn: readerText(MAX_ANNOUNCEMENT_TEXT).optional(),
    textFr: readerText(MAX_ANNOUNCEMENT_TEXT).optional(),
    textEs: readerText(MAX_ANNOUNCEMENT_TEXT).optional(),
  }),
  'desk.announce.preview': z.object({ verb: z.literal('desk.announce.preview'), ...announcementFields }),
  // The preview's id: the announcement is made once per preview, however often Send is pressed.
  'desk.announce.send': z.object({ verb: z.literal('desk.announce.send'), ...announcementFields, previewId: z.string().uuid() }),
  'desk.announcements': z.object({ verb: z.literal('desk.announcements') }),
  'desk.announce.report': z.object({ verb: z.literal('desk.announce.report'), id: announcementId }),
  'desk.announce.cancel': z.object({ verb: z.literal('desk.announce.cancel'), id: announcementId }),
  'desk.questions': z.object({ verb: z.literal('desk.questions') }),
  'desk.question.open': z.object({ verb: z.literal('desk.question.open'), ticketId }),
  'desk.audit': z.object({ verb: z.literal('desk.audit') }),
  'desk.exports': z.object({ verb: z.literal('desk.exports') }),
  'desk.sessions': z.object({ verb: z.literal('desk.sessions') }),
  'desk.session.open': z.object({ verb: z.literal('desk.session.open'), sessionId: z.string().regex(/^[a-z0-9-]{1,80}$/) }),
} as const;
export type DeskVerb = keyof typeof deskSubmitSchemas;
export type DeskSubmit<V extends DeskVerb> = z.infer<(typeof deskSubmitSchemas)[V]>;

export const renderPanelCard = cardTemplate<PanelCardData>(panelCard);
export const renderSubmissionsCard = cardTemplate<SubmissionsCardData>(submissionsCard);
export const renderSubmissionCard = cardTemplate<SubmissionCardData>(submissionCard);
export const renderReferencesCard = cardTemplate<ReferencesCardData>(referencesCard);
export const renderDecisionFormCard = cardTemplate<DecisionFormCardData>(decisionFormCard);
export const renderAnnounceFormCard = cardTemplate<AnnounceFormCardData>(announceFormCard);
export const renderTeamMessageCard = cardTemplate<TeamMessageCardData>(teamMessageCard);
