/**
 * The IKM desk's domain: the review of submissions (shortlist, funding decisions and their
 * announcements), announcements to chosen audiences, the audit log and the dashboard's numbers.
 * No Bot Framework here: the conversation is in src/bot/ikm-desk.
 */
export * from './records';
export * from './review';
export * from './decision-messages';
export * from './announcements';
export * from './audit-log';
export * from './dashboard';
export * from './idea-document';
export * from './idea-pdf';
export * from './submission-mail';
export * from './exports';
export * from './desk-files';
