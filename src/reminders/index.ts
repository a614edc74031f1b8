/**
 * Reminders: who gets what when (`schedule.ts`, pure), per-person preferences, the durable outbox,
 * the pause switch, the worker loop, and the sender (the one file that knows botbuilder).
 */
export * from './preferences';
export * from './schedule';
export * from './audience';
export * from './outbox';
export * from './control';
export * from './worker';
export * from './sender';
