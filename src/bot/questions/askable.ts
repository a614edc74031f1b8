import type { TurnContext } from 'botbuilder';
import { firstCharacters } from '../../i18n/format';
import { inPersonalChat } from '../replies';
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
