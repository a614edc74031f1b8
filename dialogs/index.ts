/**
 * The dialog toolkit every feature's conversation is built on: help and cancel handled once, the
 * dialog stack kept as plain JSON, hand-overs between dialogs, and every dialog's id. It imports
 * nothing from the bot (`src/bot`), which builds the dialogs and gives them what they need.
 */
export { ELIGIBILITY_DIALOG, IDEA_FORM_DIALOG, LANGUAGE_DIALOG } from './dialog-ids';
export { DialogStateAccessor } from './dialog-state';
export type { DialogStateHolder } from './dialog-state';
export { InterruptibleDialog } from './interruptible-dialog';
export type { Interruptions } from './interruptible-dialog';
export { isHandOff, isReplay } from './results';
export type { HandOff, Replay } from './results';
