/**
 * Clinics and workshops: the session catalogue (file + admin changes), seats and waitlists, the
 * calendar file, and the local-time helpers the bot uses to show sessions in each user's zone.
 */
export * from './sessions';
export * from './catalogue-file';
export * from './session-catalogue';
export * from './booking-results';
export * from './booking-rules';
export * from './booking-service';
export * from './move-targets';
export * from './calendar';
export * from './session-time';
export { csvField, toCsv } from './csv';
