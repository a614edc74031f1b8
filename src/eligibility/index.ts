/**
 * Eligibility of an idea for a call: the answers the dialog collects, the rules that judge them
 * against the call at a given moment, the advisory innovation self-assessment, what the idea form
 * can reuse, and the glue from verdicts to the texts in `src/i18n/<lang>/eligibility.ts`.
 * Pure domain: no botbuilder, no teams-ai, no wall clock (`now` is always a parameter).
 */
export * from './eligibility-answers';
export * from './rules';
export * from './self-assessment';
export * from './prefill';
export * from './texts';
export * from './raw-answers';
export * from './eligibility-records';
