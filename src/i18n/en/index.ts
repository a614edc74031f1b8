import { core } from './core';
import { eligibility } from './eligibility';
import { faq } from './faq';
import { reminders } from './reminders';
import { ideaForm } from './idea-form';
import { sessions } from './sessions';
import { desk } from './desk';
import { teamMessages } from './team-messages';
import { proposal } from './proposal';
import { myData } from './my-data';

/**
 * Every sentence the assistant says in English, one file per capability. French and Spanish have
 * the same shape (the `Messages` type), so a missing translation is a compile error, not a blank
 * reply. Parameters arrive already formatted (dates, amounts) by `src/i18n/format.ts`.
 */
export const en = { ...core, eligibility, ideaForm, faq, sessions, reminders, desk, teamMessages, proposal, myData };

/** The shape every language must have. */
export type Messages = typeof en;
