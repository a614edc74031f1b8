import type { TurnContext } from 'botbuilder';
import { firstCharacters } from '../../i18n/format';
import { inPersonalChat } from '../replies';
import type { Store, StoredRecord } from '../../storage/store';
import { conversationStateKey } from '../../conversations';
import type { AskableQuestion, HubConversationState } from '../state';
import { turnOf } from '../turn';
import { MAX_QUESTION_LENGTH } from './cards';

/**
 * How many recent questions a conversation keeps for "Ask IKM" (older buttons say "type it again"):
 * a morning's questions, within a bound on their length (the conversation state is stored each turn).
 */
const KEPT_QUESTIONS = 20;
const KEPT_CHARACTERS = 8000;

/**
 * Keeps a question `askedBy` (a person id) asked so that an "Ask IKM" button can name it by a short
 * id. Only the first `MAX_QUESTION_LENGTH` characters are kept: what IKM would get (the
 * confirmation says so). In a group chat several people ask in one conversation: each question is
 * theirs, and only they can send it (see `askableQuestion`).
 * @returns the id for the button.
 */
export function rememberQuestion(conversation: HubConversationState, question: string, askedBy: string): string {
  const kept = firstCharacters(question, MAX_QUESTION_LENGTH);
  const list = conversation.askable ?? [];
  const same = list.find((entry) => entry.question === kept && entry.askedBy === askedBy);
  // Already the latest: nothing to store again.
  if (same && list.at(-1) === same) return same.id;
  // Asked again, it is the person's latest question again (what "ask IKM" typed sends).
  const entry: AskableQuestion = same ?? {
    id: `${Date.now().toString(36).slice(-6)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`,
    question: kept,
    askedBy,
    ...(kept !== question ? { shortened: true } : {}),
  };
  const recent = [...list.filter((other) => other !== same), entry].slice(-KEPT_QUESTIONS);
  while (recent.length > 1 && recent.reduce((total, question) => total + question.question.length, 0) > KEPT_CHARACTERS) recent.shift();
  conversation.askable = recent;
  return entry.id;
}

/** Who asks: their person id, and whether they are alone in the conversation (a personal chat). */
export interface Asker {
  personId: string;
  alone: boolean;
}

/** The asker of this turn. */
export const askerOf = (context: TurnContext): Asker => ({ personId: turnOf(context).personId, alone: inPersonalChat(context) });

/**
 * Whether `asker` asked `question`. One kept before questions named their asker is theirs only
 * where nobody else writes: in a group chat it may be anyone's.
 */
const askedBy = (question: AskableQuestion, asker: Asker): boolean =>
  question.askedBy === undefined ? asker.alone : question.askedBy === asker.personId;

/**
 * The question an "Ask IKM" button names, while the conversation still keeps it: `mine` when
 * `asker` asked it, `theirs` when someone else in the conversation did (a group chat).
 */
export function askableQuestion(
  conversation: HubConversationState,
  id: string,
  asker: Asker,
): { kind: 'mine'; question: AskableQuestion } | { kind: 'theirs' } | undefined {
  const question = conversation.askable?.find((entry) => entry.id === id);
  if (!question) return undefined;
  return askedBy(question, asker) ? { kind: 'mine', question } : { kind: 'theirs' };
}

/** The latest question `asker` asked here, for "ask IKM" typed. */
export function latestQuestionOf(conversation: HubConversationState, asker: Asker): AskableQuestion | undefined {
  return conversation.askable?.filter((entry) => askedBy(entry, asker)).at(-1);
}

/** Tries at taking a question out of a chat whose state a turn is writing meanwhile. */
const ERASE_TRIES = 5;
/** Where the shared chats a person asked in are noted: `asked-in/<person>/<chat state key>`. */
const ASKED_IN_PREFIX = 'asked-in/';
const askedInPrefix = (personId: string): string => `${ASKED_IN_PREFIX}${encodeURIComponent(personId)}/`;

/**
 * `rememberQuestion` for this turn's person; in a group chat or a channel, the chat is also noted
 * among those they asked in (one marker per chat, written once), so that "My data" and "Delete my
 * data" find their questions there without reading every conversation.
 */
export async function rememberAskedQuestion(context: TurnContext, store: Store, question: string): Promise<string> {
  const { state, personId } = turnOf(context);
  const askedHereBefore = state.conversation.askable?.some((entry) => entry.askedBy === personId) ?? false;
  const id = rememberQuestion(state.conversation, question, personId);
  if (!askedHereBefore) await noteAskedHere(context, store);
  return id;
}

/**
 * In a group chat or a channel, notes the chat among those this turn's person asked in (see
 * `KeptQuestions`): before anything naming them is kept in its state (a question, or what it waits
 * for from them). Once per chat; nothing in a personal chat, whose state goes with the person.
 */
export async function noteAskedHere(context: TurnContext, store: Store): Promise<void> {
  if (inPersonalChat(context)) return;
  const { channelId, recipient, conversation } = context.activity;
  const chat = conversationStateKey({ channelId, botId: recipient.id, conversationId: conversation.id });
  await store.insertMarker(`${askedInPrefix(turnOf(context).personId)}${encodeURIComponent(chat)}`, true);
}

/**
 * The questions a person asked that chats keep so that they may still send them to IKM (an "Ask
 * IKM" button names one by id): in their personal chat (`ownChat`, its state key) and in every group
 * chat and channel noted by `rememberAskedQuestion`. Listed in "My data", taken out of every chat
 * when the person deletes their data (the other people's questions there stay).
 */
export class KeptQuestions {
  constructor(private readonly store: Store) {}

  /** The questions `personId` asked that chats keep, chat by chat. */
  async askedBy(personId: string, ownChat?: string): Promise<string[]> {
    const asked: string[] = [];
    for (const record of await this.statesOf(personId, ownChat)) {
      asked.push(...(record.value.askable ?? []).filter((question) => question.askedBy === personId).map((question) => question.question));
    }
    return asked;
  }

  /**
   * Takes `personId`'s questions out of every chat that keeps them, and what a chat waits for from
   * them (`awaiting`), then the notes of where they asked; how many questions went.
   * @throws Error when a chat's state kept changing under every try: the deletion is not done, and
   *   says so (asked again, it finishes), rather than report what it did not do.
   */
  async forget(personId: string, ownChat?: string): Promise<number> {
    let removed = 0;
    for (const first of await this.statesOf(personId, ownChat)) {
      for (let record: StoredRecord<HubConversationState> | undefined = first, tries = 0; record; tries += 1) {
        const askable = record.value.askable ?? [];
        const kept = askable.filter((question) => question.askedBy !== personId);
        const awaiting = (record.value.awaiting ?? []).filter((entry) => entry.by !== personId);
        if (kept.length === askable.length && awaiting.length === (record.value.awaiting ?? []).length) break;
        if (tries === ERASE_TRIES) throw new Error('a chat kept changing: the questions kept there were not all taken out');
        const { awaiting: _awaiting, ...rest } = record.value;
        // Compare-and-set: a turn of that chat saving its state meanwhile is read again, not overwritten.
        if ((await this.store.put(record.key, { ...rest, askable: kept, ...(awaiting.length ? { awaiting } : {}) }, record.version)) !== null) {
          removed += askable.length - kept.length;
          break;
        }
        record = await this.store.get<HubConversationState>(record.key);
      }
    }
    for (const marker of await this.store.list(askedInPrefix(personId))) await this.store.delete(marker.key);
    return removed;
  }

  /** The states of the chats where `personId` asked, read in one round trip. */
  private async statesOf(personId: string, ownChat: string | undefined): Promise<StoredRecord<HubConversationState>[]> {
    const prefix = askedInPrefix(personId);
    const noted = (await this.store.list(prefix)).map((marker) => decodeURIComponent(marker.key.slice(prefix.length)));
    const keys = [...new Set([...(ownChat ? [ownChat] : []), ...noted])];
    const records = keys.length ? await this.store.getMany<HubConversationState>(keys) : [];
    return records.filter((record): record is StoredRecord<HubConversationState> => record !== undefined && typeof record.value === 'object' && record.value !== null);
  }
}
