import { Template } from 'adaptivecards-templating';
import { z } from 'zod';
import helpTemplate from './help.json';
import languageTemplate from './language.json';
import welcomeTemplate from './welcome.json';

/**
 * Card templates (JSON beside this file, `${...}` placeholders) and the typed data each one takes.
 * Every submit a card can send is described by a zod schema here, next to the card that sends it.
 */

export const MENU_ITEMS = ['eligibility', 'idea', 'ask', 'sessions', 'reminders'] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];

export interface WelcomeCardData {
  title: string;
  greeting: string;
  intro: string;
  callStatus: string;
  choose: string;
  menu: { item: MenuItem; label: string }[];
  languageLabel: string;
  helpLabel: string;
}

/** What a welcome/help card button sends. `home` shows the menu again. */
export const menuSubmitSchema = z.object({
  verb: z.literal('menu'),
  item: z.enum([...MENU_ITEMS, 'language', 'help', 'home']),
});
export type MenuSubmit = z.infer<typeof menuSubmitSchema>;

export interface LanguageCardData {
  prompt: string;
  choices: { code: string; label: string }[];
}

export const languageSubmitSchema = z.object({
  verb: z.literal('language'),
  language: z.enum(['en', 'fr', 'es']),
});

export interface HelpCardData {
  title: string;
  lines: string[];
  menuLabel: string;
}

/** An Adaptive Card ready to attach: the expanded JSON. */
export type CardJson = Record<string, unknown>;

function expand<T extends object>(template: object, data: T): CardJson {
  return new Template(template).expand({ $root: data }) as CardJson;
}

export const renderWelcomeCard = (data: WelcomeCardData) => expand(welcomeTemplate, data);
export const renderLanguageCard = (data: LanguageCardData) => expand(languageTemplate, data);
export const renderHelpCard = (data: HelpCardData) => expand(helpTemplate, data);
