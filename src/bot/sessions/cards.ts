import { z } from 'zod';
import { cardTemplate } from '../../../adaptive-cards/render';
import { timeZoneSubmitSchema } from '../person/cards';
import { optionalText } from '../card-submit';
import adminCard from './admin.card.json';
import adminCancelCard from './admin-cancel.card.json';
import attendeesCard from './attendees.card.json';
import bookingCard from './booking.card.json';
import cancelConfirmCard from './cancel-confirm.card.json';
import catalogueCard from './catalogue.card.json';
import topicLimitCard from './topic-limit.card.json';
import moveCard from './move.card.json';

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
  /** "Online (Teams)", "In person: Geneva HQ, room 5 (or online in Teams)". */
  place: string;
  /** "3 seats left", "Full: join the waitlist", "Booked", "Waitlist, number 2". */
  status: string;
  statusColor: 'Default' | 'Attention';
  actionLabel: string;
  /** Cancelling asks first (`session.cancel.ask`); the confirmation's "Yes" sends `session.cancel`. */
  actionVerb: 'session.book' | 'session.cancel.ask';
  /** "Move to another session" ('' hides it): sends `session.move`. */
  moveLabel: string;
  /** A booked seat's Teams meeting and calendar file ('' hides each button). */
  joinLabel: string;
  joinUrl: string;
  calendarLabel: string;
  calendarUrl: string;
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
  headingColor: 'Default' | 'Attention';
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
  /** The calendar file that marks a session the person just left cancelled ('' hides the button). */
  leftCalendarLabel: string;
  leftCalendarUrl: string;
  /** '' hides the button. */
  actionLabel: string;
  actionVerb: 'session.cancel.ask' | 'session.decline';
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
    statusColor: 'Default' | 'Attention';
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
  cancelLabel: string;
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
export const sessionCancelAskSchema = z.object({ verb: z.literal('session.cancel.ask'), sessionId: sessionIdSchema });
export const sessionCancelKeepSchema = z.object({ verb: z.literal('session.cancel.keep'), sessionId: sessionIdSchema });
export const sessionDeclineSchema = z.object({ verb: z.literal('session.decline'), sessionId: sessionIdSchema });
/** A catalogue filter; '' or absent means every kind / topic. */
export const sessionListSchema = z.object({
  verb: z.literal('session.list'),
  kind: z.enum(['clinic', 'workshop', '']).optional(),
  topic: z.union([sessionIdSchema, z.literal('')]).optional(),
});
export const sessionMineSchema = z.object({ verb: z.literal('session.mine') });
export const sessionMoveSchema = z.object({ verb: z.literal('session.move'), sessionId: sessionIdSchema });
export const sessionRescheduleSchema = z.object({ verb: z.literal('session.reschedule'), from: sessionIdSchema, to: sessionIdSchema });
/**
 * A card input as Teams sends it: text, absent when left empty. Past its limit it is the admin's
 * input, not a forged submit (`optionalText`): the form comes back with it.
 */
const adminInput = (max: number) => optionalText(max);
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
/** Any button of a session list card ("Change my time zone" is the home feature's). */
export const sessionListCardSubmitSchema = z.union([
  sessionBookSchema,
  sessionCancelAskSchema,
  sessionListSchema,
  sessionMineSchema,
  timeZoneSubmitSchema,
  sessionMoveSchema,
]);
/** Any button of the "move to another session" card. */
export const sessionMoveCardSubmitSchema = z.union([sessionRescheduleSchema, sessionMineSchema]);

export const renderSessionCatalogueCard = cardTemplate<SessionCatalogueCardData>(catalogueCard);
export const renderSessionBookingCard = cardTemplate<SessionBookingCardData>(bookingCard);
export const renderSessionAttendeesCard = cardTemplate<SessionAttendeesCardData>(attendeesCard);
export const renderSessionMoveCard = cardTemplate<SessionMoveCardData>(moveCard);
export const renderSessionAdminCard = cardTemplate<SessionAdminCardData>(adminCard);

/**
 * A clinic refused because the team already has one on its topic: the refusal, and the move of
 * that booking here as a button (the move is checked as any move is).
 */
export interface SessionTopicLimitCardData {
  text: string;
  moveLabel: string;
  from: string;
  to: string;
}
export const renderSessionTopicLimitCard = cardTemplate<SessionTopicLimitCardData>(topicLimitCard);

/** "Cancel your seat in ...?" before a cancel button takes effect. */
export interface SessionCancelConfirmCardData {
  question: string;
  when: string;
  note: string;
  yesLabel: string;
  keepLabel: string;
  sessionId: string;
}
export const renderSessionCancelConfirmCard = cardTemplate<SessionCancelConfirmCardData>(cancelConfirmCard);

/** IKM's "Cancel the session ...?" before `cancel session <id>` takes effect: who is told, and that it cannot be undone. */
export const renderSessionAdminCancelCard = cardTemplate<SessionCancelConfirmCardData>(adminCancelCard);

/** IKM's session buttons (from the desk's list of sessions, or the confirmation): each checks the admin first. */
export const sessionAdminFormSchema = z.object({ verb: z.literal('session.admin.form'), sessionId: z.union([sessionIdSchema, z.literal('')]) });
export const sessionAdminAttendeesSchema = z.object({ verb: z.literal('session.admin.attendees'), sessionId: sessionIdSchema });
export const sessionAdminCancelAskSchema = z.object({ verb: z.literal('session.admin.cancel.ask'), sessionId: sessionIdSchema });
export const sessionAdminCancelSchema = z.object({ verb: z.literal('session.admin.cancel'), sessionId: sessionIdSchema });
export const sessionAdminKeepSchema = z.object({ verb: z.literal('session.admin.keep'), sessionId: sessionIdSchema });
