import type { TurnContext } from 'botbuilder';
import { firstCharacters } from '../../i18n/format';
import { inPersonalChat } from '../replies';
import type { Store, StoredRecord } from '../../storage/store';
import { type AskableQuestion, CONVERSATION_STATE_PREFIX, type HubConversationState } from '../state';
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

/** Conversation states read at once when looking for a person's questions. */
const STATES_PER_PAGE = 500;
/** Tries at taking a question out of a chat whose state a turn is writing meanwhile. */
const ERASE_TRIES = 5;

/**
 * The questions a person asked that chats keep so that they may still send them to IKM (an "Ask
 * IKM" button names one by id), in their personal chat and in every group chat and channel where
 * they asked: listed in "My data", taken out of every chat when the person deletes their data
 * (the other people's questions there stay). The chats are found by reading every conversation's
 * state: a rare, deliberate request, not a turn's work.
 */
export class KeptQuestions {
  constructor(private readonly store: Store) {}

  /** The questions `personId` asked that chats keep, chat by chat. */
  async askedBy(personId: string): Promise<string[]> {
    const asked: string[] = [];
    await this.eachStateWith(personId, async (record) => {
      asked.push(...(record.value.askable ?? []).filter((question) => question.askedBy === personId).map((question) => question.question));
    });
    return asked;
  }

  /** Takes `personId`'s questions out of every chat that keeps them; how many went. */
  async forget(personId: string): Promise<number> {
    let removed = 0;
    await this.eachStateWith(personId, async (first) => {
      for (let record: StoredRecord<HubConversationState> | undefined = first, tries = 0; record && tries < ERASE_TRIES; tries += 1) {
        const askable = record.value.askable ?? [];
        const kept = askable.filter((question) => question.askedBy !== personId);
        if (kept.length === askable.length) return;
        // Compare-and-set: a turn of that chat saving its state meanwhile is read again, not overwritten.
        if ((await this.store.put(record.key, { ...record.value, askable: kept }, record.version)) !== null) {
          removed += askable.length - kept.length;
          return;
        }
        record = await this.store.get<HubConversationState>(record.key);
      }
    });
    return removed;
  }

  private async eachStateWith(personId: string, visit: (record: StoredRecord<HubConversationState>) => Promise<void>): Promise<void> {
    for (let after: string | undefined; ; ) {
      const page = await this.store.list<HubConversationState>(CONVERSATION_STATE_PREFIX, { limit: STATES_PER_PAGE, ...(after ? { after } : {}) });
      for (const record of page) {
        if (record.value?.askable?.some((question) => question.askedBy === personId)) await visit(record);
      }
      if (page.length < STATES_PER_PAGE) return;
      after = page.at(-1)!.key;
    }
  }
}
