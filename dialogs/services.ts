import type { CallConfig } from '../src/call';
import type { Clock } from '../src/clock';
import type { EligibilityRecords } from '../src/eligibility';
import type { IdeaService } from '../src/ideas';

/** The domain services dialogs work with (passed in, so tests can give their own). */
export interface DialogServices {
  call: CallConfig;
  clock: Clock;
  ideas: IdeaService;
  eligibility: EligibilityRecords;
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
