import type { Messages } from '../en';
import { core } from './core';

/** Tout ce que l'assistant dit en français (même forme que l'anglais). */
export const fr: Messages = { ...core };
