import { z } from 'zod';
import { cardTemplate } from '../../../adaptive-cards/render';
import { REMINDER_KINDS, ReminderKind } from '../../reminders';
import reminderCard from './reminder.card.json';
import settingsCard from './settings.card.json';

/** One reminder: what is due and when, what is still missing, and what to do now. */
export interface ReminderCardData {
  /** How reminders work, on the first one only ('' afterwards). */
  intro: string;
  title: string;
  when: string;
  missing: string;
  actions: { title: string; data: Record<string, unknown> }[];
  /** Links first (a session's Join). */
  links: { title: string; url: string }[];
}

/** "My reminders": a switch per kind. */
export interface ReminderSettingsCardData {
  title: string;
  intro: string;
  kinds: { id: ReminderKind; label: string; value: 'true' | 'false' }[];
  hourNote: string;
  saveLabel: string;
  /** Back to the menu without saving. */
  menuLabel: string;
  /** "Change my time zone": the hour is the person's zone's. */
  zoneLabel: string;
}

/** What "Stop these reminders" sends. */
export const reminderStopSchema = z.object({ verb: z.literal('reminders.stop'), kind: z.enum(REMINDER_KINDS) });

/** What "My reminders" saves: one "true"/"false" per kind (Input.Toggle values). */
export const reminderSaveSchema = z
  .object({ verb: z.literal('reminders.save') })
  .extend(
    Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, z.enum(['true', 'false']).optional()])) as Record<
      ReminderKind,
      z.ZodOptional<z.ZodEnum<['true', 'false']>>
    >,
  );
export type ReminderSave = z.infer<typeof reminderSaveSchema>;

export const renderReminderCard = cardTemplate<ReminderCardData>(reminderCard);
export const renderReminderSettingsCard = cardTemplate<ReminderSettingsCardData>(settingsCard);
