import type { Messages } from '../en';
import { core } from './core';

/** Todo lo que el asistente dice en español (misma forma que el inglés). */
export const es: Messages = { ...core };
