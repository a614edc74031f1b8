import type { AskableQuestion, HubConversationState } from '../state';
import { MAX_QUESTION_LENGTH } from './cards';

/**
 * How many recent questions a conversation keeps for "Ask IKM" (older buttons say "type it again"):
 * a morning's questions, within a bound on their length (the conversation state is stored each turn).
 */
const KEPT_QUESTIONS = 20;
const KEPT_CHARACTERS = 8000;

/**
 * Keeps a question someone asked so that an "Ask IKM" button can name it by a short id. Only the
 * first `MAX_QUESTION_LENGTH` characters are kept: what IKM would get (the confirmation says so).
 * @returns the id for the button.
 */
export function rememberQuestion(conversation: HubConversationState, question: string): string {
  const kept = question.slice(0, MAX_QUESTION_LENGTH);
  conversation.lastQuestion = kept;
  const list = conversation.askable ?? [];
  const same = list.find((entry) => entry.question === kept);
  if (same) return same.id;
  const id = `${Date.now().toString(36).slice(-6)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
  const entry: AskableQuestion = { id, question: kept, ...(question.length > MAX_QUESTION_LENGTH ? { shortened: true } : {}) };
  const recent = [...list, entry].slice(-KEPT_QUESTIONS);
  while (recent.length > 1 && recent.reduce((total, question) => total + question.question.length, 0) > KEPT_CHARACTERS) recent.shift();
  conversation.askable = recent;
  return id;
}

/** The question an "Ask IKM" button names, while the conversation still keeps it. */
export function askableQuestion(conversation: HubConversationState, id: string): AskableQuestion | undefined {
  return conversation.askable?.find((entry) => entry.id === id);
}
