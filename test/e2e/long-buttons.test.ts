import path from 'node:path';
import { completeIdeaSections } from '../support/ideas';
import { button, cardOf, Reply, TeamsUser } from '../support/teams-user';
import { useTestBot } from '../support/test-bot';

const SESSIONS_FILE = path.join(__dirname, 'fixtures', 'sessions-e2e.yaml');
/** A title longer than this does not fit on one button in a chat card (see adaptive-cards/render.ts). */
const LONGEST_TITLE = 40;

/** Every button of a card: its title, and the number of buttons on its row. */
function buttonRows(reply: Reply | undefined): string[][] {
  const rows: string[][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (Array.isArray(record.actions)) rows.push((record.actions as Array<{ title?: string }>).map((action) => action.title ?? ''));
    Object.values(record).forEach(walk);
  };
  walk(cardOf(reply));
  return rows;
}

/** The cards of the main flows, as a person writing in `locale` sees them. */
async function tour(user: TeamsUser): Promise<Reply[]> {
  const seen: Reply[] = [];
  const keep = (replies: Reply[]) => {
    seen.push(...replies);
    return replies;
  };
  keep(await user.install());
  keep(await user.press({ verb: 'menu', item: 'help' }));
  const check = keep(await user.press({ verb: 'menu', item: 'eligibility' }));
  const verdict = keep(await user.press({ ...button(check, 'eligibility.answers'), submitterKind: 'country-office', objectives: 'saving-lives', budgetUsd: '60000', durationMonths: '12', submissionLanguage: 'en' }));
  keep(await user.press(button(verdict, 'eligibility.assess')).catch(() => []));
  let card = keep(await user.press({ verb: 'menu', item: 'idea' }));
  for (const answers of completeIdeaSections()) card = keep(await user.press({ ...button(card, 'idea.section'), ...answers }));
  keep(await user.press({ verb: 'menu', item: 'sessions' }));
  keep(await user.say('book workshop-big'));
  keep(await user.press({ verb: 'session.mine' }));
  keep(await user.press({ verb: 'session.cancel.ask', sessionId: 'workshop-big' }));
  keep(await user.press({ verb: 'menu', item: 'reminders' }));
  keep(await user.press({ verb: 'menu', item: 'myData' }));
  keep(await user.say('how much funding can we get'));
  keep(await user.press({ verb: 'zone' }));
  return seen;
}

describe('button titles fit their buttons, in every language (end to end over HTTP)', () => {
  const bot = useTestBot({ env: { SESSIONS_FILE } });

  it.each(['en-GB', 'fr-FR', 'es-ES'])('%s: no title too long for a button, no row too wide', async (locale) => {
    const replies = await tour(bot().user({ locale }));
    const rows = replies.flatMap(buttonRows);
    expect(rows.length).toBeGreaterThan(20);
    const tooLong = rows.flat().filter((title) => title.length > LONGEST_TITLE);
    expect(tooLong).toEqual([]);
    const tooWide = rows.filter((row) => row.length > 1 && row.reduce((sum, title) => sum + title.length + 4, 0) > 44);
    expect(tooWide).toEqual([]);
  });
});
