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
