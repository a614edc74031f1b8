import { isDeepStrictEqual } from 'node:util';
import type { Activity, TurnContext } from 'botbuilder';
import { isLanguage, Language, LANGUAGES, messages, Messages, resolveLanguage } from '../i18n';
import { firstCharacters } from '../i18n/format';
import { z } from 'zod';
import { MAX_NAME, parsePersonRecord, PersonDefaults, personIdOf, resolvePersonSettings, withWrittenLanguage } from '../people';
import { isIkmAdmin } from '../tickets';
import { canonicalTimeZone } from '../time-zone';
import { inPersonalChat } from './replies';
import type { HubConversationState, HubTurnState } from './state';
import { deepFreeze } from '../../adaptive-cards/render';

const TURN = Symbol('hub.turn');
const STAMPING = Symbol('hub.turn.stamping');

/** This turn's person, state and texts, reachable from dialogs and handlers, which only receive a TurnContext. */
export interface HubTurn {
  state: HubTurnState;
  /** Who is talking (see `personIdOf`): the owner of drafts, checks, bookings and settings. */
  personId: string;
  /** Their Entra object id when they are an IKM administrator; undefined for everyone else. */
  adminId?: string;
  /**
   * The language this turn speaks: the person's, or that of the card or command being answered, or,
   * for text typed beside an open form begun in another language, the form's (`speaking`).
   */
  language: Language;
  /** The person's own language (chosen, else from Teams): what "My data" reports, whatever this turn speaks. */
  personLanguage: Language;
  /**
   * The zone times are shown in: the person's; in a group chat or channel, where everyone reads the
   * reply, the deployment's default (a time in one reader's zone would be wrong for the others).
   */
  timeZone: string;
  t: Messages;
}

/** What every turn needs to know about the deployment. */
export interface TurnSettings extends PersonDefaults {
  /** Entra object ids of IKM administrators (compared case-insensitively). */
  ikmAdminIds: string[];
}

/**
 * Called once at the start of every handled turn: checks the stored person record, notes what the
 * Teams client reports (locale, zone; written only when it changed) and resolves language and zone.
 */
export function bindTurn(context: TurnContext, state: HubTurnState, settings: TurnSettings): HubTurn {
  const { activity } = context;
  const record = parsePersonRecord(state.user);
  const reportedZone = canonicalTimeZone(activity.localTimezone);
  const locale = typeof activity.locale === 'string' && activity.locale.length <= 35 ? activity.locale : undefined;
  const name = typeof activity.from.name === 'string' ? firstCharacters(activity.from.name.trim(), MAX_NAME) : '';
  const reported = { ...record.reported };
  if (locale) reported.locale = locale;
  if (reportedZone) reported.timeZone = reportedZone;
  if (name) reported.name = name;
  replaceUserState(state, { ...record, ...(reported.locale || reported.timeZone || reported.name ? { reported } : {}) });
  const resolved = resolvePersonSettings(state.user, settings, { locale, timeZone: reportedZone });
  // A button is answered in the language of the card it is on (an answer written in the question's
  // language, in a chat set to another); the person's own language is not changed by it. Text typed
  // beside an open form's card is answered in the form's language (a button of an older card, with
  // no language of its own, is answered in the person's).
  const conversation = state.conversation as HubConversationState;
  const typed = activity.value === undefined;
  const formLanguage = typed && conversation.dialogState?.dialogStack?.length ? conversation.speaking : undefined;
  const language = cardLanguageOf(activity.value) ?? formLanguage ?? resolved.language;
  const turn: HubTurn = {
    state,
    personId: personIdOf(activity.from),
    adminId: isIkmAdmin(settings, activity.from.aadObjectId) ? activity.from.aadObjectId : undefined,
    language,
    personLanguage: resolved.language,
    timeZone: inPersonalChat(context) ? resolved.timeZone : settings.timeZone,
    t: messages(language),
  };
  context.turnState.set(TURN, turn);
  if (!context.turnState.has(STAMPING)) {
    context.turnState.set(STAMPING, true);
    context.onSendActivities(async (sending, activities, next) => {
      // Every card says its language in its buttons, so that pressing one goes on in it: a card
      // written in another language than the person's (a question typed in French in an English
      // chat), and any card pressed after the person's language changed or was deleted with their
      // data (an old French card answered in English). The conversation notes a language other
      // than the person's, for text typed beside a form begun in it.
      const { language, personLanguage } = turnOf(sending);
      const speaksOther = language !== personLanguage;
      for (const sent of activities) stampCardLanguage(sent, language);
      // (Reading a deleted scope's value would bring it back: "Delete my data" deleted it.)
      const scope = state.getScope('conversation');
      if (scope && !scope.isDeleted) {
        const conversation = scope.value as HubConversationState;
        if (speaksOther) conversation.speaking = language;
        else if (conversation.speaking !== undefined) delete conversation.speaking;
      }
      return next();
    });
  }
  return turn;
}

/**
 * The activity with `lang` in the data of every submit button of its cards that has none (see
 * `cardLanguageOf`): the turn answering the button speaks it. Cards are copied, not changed (a
 * rendered card may share frozen parts with its template).
 */
function stampCardLanguage(activity: Partial<Activity>, language: Language): void {
  if (!activity.attachments?.some((attachment) => attachment.contentType === ADAPTIVE_CARD)) return;
  activity.attachments = activity.attachments.map((attachment) =>
    attachment.contentType === ADAPTIVE_CARD ? { ...attachment, content: stampedCard(attachment.content, language) } : attachment,
  );
}

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * Stamped copies of the cards the renderer keeps (frozen and shared: the menu, an answer asked
 * again), by language: made once, not on every turn that sends them.
 */
const stampedKept = new WeakMap<object, Partial<Record<Language, unknown>>>();

function stampedCard(content: unknown, language: Language): unknown {
  // (A card whose buttons say their language already, as the FAQ's do, goes as it is, uncopied.)
  if (content === null || typeof content !== 'object' || !Object.isFrozen(content)) return lacksLanguage(content) ? stampedCopy(content, language) : content;
  const byLanguage = stampedKept.get(content) ?? {};
  stampedKept.set(content, byLanguage);
  return (byLanguage[language] ??= lacksLanguage(content) ? deepFreeze(stampedCopy(content, language)) : content);
}

/** Whether some submit button of `node` carries no language (`stampedCopy` would add one). */
function lacksLanguage(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(lacksLanguage);
  if (node === null || typeof node !== 'object') return false;
  const { type, data } = node as { type?: unknown; data?: unknown };
  if (type === 'Action.Submit' && data !== null && typeof data === 'object' && !Array.isArray(data) && !('lang' in data)) return true;
  return Object.values(node).some(lacksLanguage);
}

/** A copy of `card` with `lang` in the data of every submit button that has none. */
function stampedCopy(card: unknown, language: Language): unknown {
  const stamped = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(stamped);
    if (node === null || typeof node !== 'object') return node;
    const copy: Record<string, unknown> = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, stamped(value)]));
    const data = copy.data;
    if (copy.type === 'Action.Submit' && data !== null && typeof data === 'object' && !Array.isArray(data) && !('lang' in data)) copy.data = { ...data, lang: language };
    return copy;
  };
  return stamped(card);
}

/**
 * The language a card's button carries (`lang` in its submit data, see `cardLanguage`), for cards
 * that may be written in another language than the chat's.
 */
function cardLanguageOf(value: unknown): Language | undefined {
  const lang = value !== null && typeof value === 'object' ? (value as { lang?: unknown }).lang : undefined;
  return isLanguage(lang) ? lang : undefined;
}

export function turnOf(context: TurnContext): HubTurn {
  const turn = context.turnState.get(TURN) as HubTurn | undefined;
  if (!turn) throw new Error('bindTurn was not called for this turn');
  return turn;
}

/** Whether `bindTurn` ran for this turn (the error handler asks, to answer in the person's language). */
export function hasTurn(context: TurnContext): boolean {
  return context.turnState.get(TURN) !== undefined;
}

/** Switches the person's language for this turn and every later one (saved with the turn). */
export function chooseLanguage(context: TurnContext, language: Language): HubTurn {
  const turn = turnOf(context);
  turn.state.user.language = language;
  turn.language = language;
  turn.personLanguage = language;
  turn.t = messages(language);
  return turn;
}

/**
 * Speaks `language` for the rest of this turn only (a command typed in another language than the
 * chat's); the person's language is not changed.
 */
export function speakThisTurn(context: TurnContext, language: Language): HubTurn {
  const turn = turnOf(context);
  turn.language = language;
  turn.t = messages(language);
  return turn;
}

/**
 * Notes that the person wrote this message in `language` (a command's words, a question's): written
 * in a language other than their Teams client's message after message, it becomes theirs for later
 * turns and for what is sent to them later (see `withWrittenLanguage`). This turn is not changed.
 */
export function noteWrittenLanguage(context: TurnContext, language: Language): void {
  const turn = turnOf(context);
  const record = parsePersonRecord(turn.state.user);
  const clientLanguage = resolveLanguage(undefined, context.activity.locale ?? record.reported?.locale);
  replaceUserState(turn.state, withWrittenLanguage(record, language, clientLanguage));
}

/** Sets the person's own time zone (already validated) for this turn and every later one. */
export function chooseTimeZone(context: TurnContext, timeZone: string): HubTurn {
  const turn = turnOf(context);
  turn.state.user.timeZone = timeZone;
  turn.timeZone = timeZone;
  return turn;
}

/** The user scope's object is teams-ai's own: its fields are replaced in place so the change is saved. */
function replaceUserState(state: HubTurnState, record: object): void {
  const user = state.user as Record<string, unknown>;
  // Compared by content: Postgres gives a record's keys back in its own order, and teams-ai, which
  // compares the text, would otherwise write an unchanged record on every turn.
  const { eTag: _eTag, ...current } = user;
  if (isDeepStrictEqual(current, record)) return;
  // The eTag is the storage's, not the record's: kept, or teams-ai would see a change and write
  // the unchanged record again on every turn.
  for (const key of Object.keys(user)) if (!(key in record) && key !== 'eTag') delete user[key];
  Object.assign(user, record);
}

/** `lang` in a card's submit data: the card's language, which the turn answering the button speaks. */
export const cardLanguage = z.enum(LANGUAGES).optional();
