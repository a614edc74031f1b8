import { z } from 'zod';
import { cardTemplate } from '../../../adaptive-cards/render';
import { LANGUAGES } from '../../i18n';
import languageCard from './language.card.json';
import timeZoneCard from './time-zone.card.json';

export interface LanguageCardData {
  prompt: string;
  choices: { code: string; label: string }[];
}

export const languageSubmitSchema = z.object({ verb: z.literal('language'), language: z.enum(LANGUAGES) });

export interface TimeZoneCardData {
  prompt: string;
  label: string;
  /** The zone in use, preselected. */
  current: string;
  choices: { title: string; value: string }[];
  saveLabel: string;
  /** How to give a zone the list does not have. */
  typeHint: string;
}

/**
 * Without `timeZone`: show the choice; with it: the zone chosen (checked against the runtime's
 * zones). `session.zone` is what cards sent before the choice moved here from the catalogue.
 */
export const timeZoneSubmitSchema = z.object({
  verb: z.enum(['zone', 'session.zone']),
  timeZone: z.string().min(1).max(64).optional(),
});

export const renderLanguageCard = cardTemplate<LanguageCardData>(languageCard);
export const renderTimeZoneCard = cardTemplate<TimeZoneCardData>(timeZoneCard);
