import type { TurnContext } from 'botbuilder';
import type { CallConfig } from '../src/call';
import { channelShowsCards } from '../src/bot/replies';
import type { Clock } from '../src/clock';
import type { EligibilityRecords } from '../src/eligibility';
import type { IdeaService } from '../src/ideas';

/** The domain services dialogs work with (passed in, so tests can give their own). */
export interface DialogServices {
  call: CallConfig;
  clock: Clock;
  ideas: IdeaService;
  eligibility: EligibilityRecords;
  /** Answers a question typed in the middle of a dialog (from the FAQ), so the dialog can go on. */
  answerQuestion: (context: TurnContext, question: string) => Promise<void>;
}

/**
 * Typed text that is a question rather than the answer being waited for: on card channels every
 * typed message (answers go in the card); on text channels, a message ending with "?".
 */
export function isQuestionWhileAsking(context: TurnContext, text: string): boolean {
  return channelShowsCards(context) || /[?？¿]\s*$/.test(text);
}

/** What a dialog returns when it hands the conversation to another one (e.g. eligibility -> idea form). */
export interface HandOff {
  next: { dialogId: string; options?: object };
}

export function isHandOff(result: unknown): result is HandOff {
  return typeof result === 'object' && result !== null && 'next' in result;
}

/** What a dialog returns when it ends because the message was not for it: route it normally. */
export interface Replay {
  replay: true;
}

export function isReplay(result: unknown): result is Replay {
  return typeof result === 'object' && result !== null && (result as Partial<Replay>).replay === true;
}

/** Who owns drafts and checks: the user's Entra object id when Teams gives it, else the channel id. */
export function ownerIdOf(activity: { from: { id: string; aadObjectId?: string } }): string {
  return activity.from.aadObjectId ?? activity.from.id;
}
