import type { Messages } from '../en';
import { core } from './core';
import { eligibility } from './eligibility';
import { faq } from './faq';
import { reminders } from './reminders';
import { ideaForm } from './idea-form';
import { sessions } from './sessions';
import { desk } from '../en/desk';
import { teamMessages } from './team-messages';
import { proposal } from './proposal';
import { myData } from './my-data';

/** Tout ce que l'assistant dit en français (même forme que l'anglais). */
export const fr: Messages = { ...core, eligibility, ideaForm, faq, sessions, reminders, desk, teamMessages, proposal, myData };
