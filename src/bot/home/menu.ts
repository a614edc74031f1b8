import type { TurnContext } from 'botbuilder';
import { inPersonalChat, numberedList, sendCardOrText } from '../replies';
import { turnOf } from '../turn';
import { MENU_ITEMS, MenuEntry, MenuItem, renderHelpCard, renderWelcomeCard } from './cards';

/** What the menu shows: the person's own entries and whether their idea is submitted, or a shared conversation's. */
export interface MenuContents {
  /** Entries besides the main ones ("My proposal", the IKM desk). */
  entries: readonly MenuEntry[];
  /** The idea entry then shows the idea as sent, and says so. */
  ideaSubmitted: boolean;
  /**
   * A group chat or channel: everyone there reads the menu, so it offers only what works there
   * (questions, the clinics and workshops), nobody's own entries, and says where the rest is.
   */
  shared?: boolean;
}

const NOTHING_PERSONAL: MenuContents = { entries: [], ideaSubmitted: false };
/** The menu of a group chat or channel. */
export const SHARED_MENU: MenuContents = { entries: [], ideaSubmitted: false, shared: true };
/** What works where several people read the answers: no form, nobody's records. */
const SHARED_MENU_ITEMS: readonly MenuItem[] = ['ask', 'sessions'];

/** Menu entries in display order, with their label in the user's language, and the person's own ones last. */
function menuEntries(context: TurnContext, personal: MenuContents): { item: MenuEntry; label: string }[] {
  const { t } = turnOf(context);
  const main = personal.shared ? SHARED_MENU_ITEMS : MENU_ITEMS;
  return [...main, ...personal.entries].map((item) => ({
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
export async function sendWelcome(context: TurnContext, callStatus: string, personal: MenuContents = NOTHING_PERSONAL): Promise<void> {
  const { t } = turnOf(context);
  const entries = menuEntries(context, personal);
  const intro = personal.shared ? t.welcome.introShared : t.welcome.intro;
  const card = renderWelcomeCard({
    title: t.welcome.title,
    greeting: t.welcome.greeting,
    intro,
    callStatus,
    choose: t.welcome.choose,
    menu: entries,
    // In a group the language question would wait for whoever writes next: a language's name typed
    // ("français") still switches the writer's.
    languageLabel: personal.shared ? '' : t.menu.language,
    helpLabel: t.menu.help,
  });
  const text = [
    t.welcome.greeting,
    intro,
    callStatus,
    // Only the main entries, which come first: they are the ones numbered (a shared conversation's
    // fewer entries are not the numbers' entries, so they are named, not numbered).
    ...(personal.shared
      ? [entries.map(({ label }) => `- ${label}`).join('\n')]
      : [t.menu.textIntro, numberedList(entries.slice(0, MENU_ITEMS.length).map(({ label }) => label))]),
  ].join('\n\n');
  await sendCardOrText(context, card, text);
}

/**
 * Help: what the assistant does and the words that work everywhere; in the middle of a step, first
 * how to go on: its card above to fill in (`{ resume }`: the words that show the form again), or its
 * question to answer (`'text'`).
 */
export async function sendHelp(context: TurnContext, inDialog: { resume: string } | 'text' | false): Promise<void> {
  const { t, adminId } = turnOf(context);
  // In a group, what works there; IKM administrators also learn their own commands, which nobody
  // else is told of.
  const own = inPersonalChat(context) ? t.help.body : t.help.shared;
  const body = adminId ? [...own, ...t.help.admin] : own;
  const lines = inDialog ? [inDialog === 'text' ? t.help.inDialog : t.help.inCardForm(inDialog), ...body] : body;
  const card = renderHelpCard({ title: t.help.title, lines, menuLabel: t.menu.home });
  await sendCardOrText(context, card, [t.help.title, ...lines.map((line) => `- ${line}`)].join('\n'));
}
