import type { AskableQuestion, HubConversationState } from '../state';
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
  const kept = question.slice(0, MAX_QUESTION_LENGTH);
  const list = conversation.askable ?? [];
  const same = list.find((entry) => entry.question === kept && entry.askedBy === askedBy);
  // Already the latest: nothing to store again.
  if (same && list.at(-1) === same) return same.id;
  // Asked again, it is the person's latest question again (what "ask IKM" typed sends).
  const entry: AskableQuestion = same ?? {
    id: `${Date.now().toString(36).slice(-6)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`,
    question: kept,
    askedBy,
    ...(question.length > MAX_QUESTION_LENGTH ? { shortened: true } : {}),
  };
  const recent = [...list.filter((other) => other !== same), entry].slice(-KEPT_QUESTIONS);
  while (recent.length > 1 && recent.reduce((total, question) => total + question.question.length, 0) > KEPT_CHARACTERS) recent.shift();
  conversation.askable = recent;
  return entry.id;
}

/**
 * The question an "Ask IKM" button names, while the conversation still keeps it: `mine` when
 * `personId` asked it, `theirs` when someone else in the conversation did (a group chat).
 */
export function askableQuestion(
  conversation: HubConversationState,
  id: string,
  personId: string,
): { kind: 'mine'; question: AskableQuestion } | { kind: 'theirs' } | undefined {
  const question = conversation.askable?.find((entry) => entry.id === id);
  if (!question) return undefined;
  // Kept before questions named their asker: only a personal chat's, which has one person.
  if (question.askedBy === undefined || question.askedBy === personId) return { kind: 'mine', question };
  return { kind: 'theirs' };
}

/** The latest question `personId` asked here, for "ask IKM" typed. */
export function latestQuestionOf(conversation: HubConversationState, personId: string): AskableQuestion | undefined {
  return conversation.askable?.filter((entry) => entry.askedBy === undefined || entry.askedBy === personId).at(-1);
}
