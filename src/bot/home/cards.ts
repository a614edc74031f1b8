import { z } from 'zod';
import { cardTemplate } from '../../../adaptive-cards/render';
import helpCard from './help.card.json';
import welcomeCard from './welcome.card.json';

/** The main menu's entries, in display order (text channels number them in this order). */
export const MENU_ITEMS = ['eligibility', 'idea', 'ask', 'sessions', 'reminders', 'myData'] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];
/** Entries some people see besides the main ones: "My proposal" for shortlisted teams, the IKM desk for IKM administrators. */
export const PERSONAL_MENU_ITEMS = ['proposal', 'desk'] as const;
export type MenuEntry = MenuItem | (typeof PERSONAL_MENU_ITEMS)[number];

export interface WelcomeCardData {
  title: string;
  greeting: string;
  intro: string;
  callStatus: string;
  choose: string;
  menu: { item: MenuEntry; label: string }[];
  languageLabel: string;
  helpLabel: string;
}

/** What a welcome/help card button sends. `home` shows the menu again. */
export const menuSubmitSchema = z.object({
  verb: z.literal('menu'),
  item: z.enum([...MENU_ITEMS, ...PERSONAL_MENU_ITEMS, 'language', 'timeZone', 'help', 'home']),
});
export type MenuSubmit = z.infer<typeof menuSubmitSchema>;

export interface HelpCardData {
  title: string;
  lines: string[];
  menuLabel: string;
}

export const renderWelcomeCard = cardTemplate<WelcomeCardData>(welcomeCard);
export const renderHelpCard = cardTemplate<HelpCardData>(helpCard);
