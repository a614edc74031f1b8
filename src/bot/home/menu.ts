import type { TurnContext } from 'botbuilder';
import { numberedList, sendCardOrText } from '../replies';
import { turnOf } from '../turn';
import { MENU_ITEMS, MenuEntry, MenuItem, renderHelpCard, renderWelcomeCard } from './cards';

/** What the menu shows of one person: their own entries, and whether their idea is submitted. */
export interface PersonalMenu {
  /** Entries besides the main ones ("My proposal", the IKM desk). */
  entries: readonly MenuEntry[];
  /** The idea entry then shows the idea as sent, and says so. */
  ideaSubmitted: boolean;
}

const NOTHING_PERSONAL: PersonalMenu = { entries: [], ideaSubmitted: false };

/** Menu entries in display order, with their label in the user's language, and the person's own ones last. */
function menuEntries(context: TurnContext, personal: PersonalMenu): { item: MenuEntry; label: string }[] {
  const { t } = turnOf(context);
  return [...MENU_ITEMS, ...personal.entries].map((item) => ({
    item,
    label: item === 'idea' && personal.ideaSubmitted ? t.menu.ideaSubmitted : t.menu[item],
  }));
}

/** The text-channel menu: numbers 1 to 6 are the main menu items, in this order. */
export function menuItemForNumber(text: string): MenuItem | undefined {
  const match = /^\s*([1-9])\s*[.)]?\s*$/.exec(text);
  return match ? MENU_ITEMS[Number(match[1]) - 1] : undefined;
}

/** The welcome message with the main menu (card, or numbered text where cards don't render). */
export async function sendWelcome(context: TurnContext, callStatus: string, personal: PersonalMenu = NOTHING_PERSONAL): Promise<void> {
  const { t } = turnOf(context);
  const entries = menuEntries(context, personal);
  const card = renderWelcomeCard({
    title: t.welcome.title,
    greeting: t.welcome.greeting,
    intro: t.welcome.intro,
    callStatus,
    choose: t.welcome.choose,
    menu: entries,
    languageLabel: t.menu.language,
    helpLabel: t.menu.help,
  });
  const text = [
    t.welcome.greeting,
    t.welcome.intro,
    callStatus,
    t.menu.textIntro,
    // Only the main entries, which come first: they are the ones numbered.
    numberedList(entries.slice(0, MENU_ITEMS.length).map(({ label }) => label)),
  ].join('\n\n');
  await sendCardOrText(context, card, text);
}

/** Help: what the assistant does and the words that work everywhere. */
export async function sendHelp(context: TurnContext, inDialog: boolean): Promise<void> {
  const { t, adminId } = turnOf(context);
  // IKM administrators also learn their own commands, which nobody else is told of.
  const body = adminId ? [...t.help.body, ...t.help.admin] : t.help.body;
  const lines = inDialog ? [t.help.inDialog, ...body] : body;
  const card = renderHelpCard({ title: t.help.title, lines, menuLabel: t.menu.home });
  await sendCardOrText(context, card, [t.help.title, ...lines.map((line) => `- ${line}`)].join('\n'));
}
