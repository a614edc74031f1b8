import { allText, Reply, TeamsUser } from './teams-user';

/**
 * Conversation tables, in the style of BotBuilder's DialogTestClient: each row is what the user
 * sends and what the bot's answer must (and must not) say. Rows run in order against the real bot
 * over HTTP; a card press can take its data from the previous answer (a button's revision).
 */

/** What the user sends: typed text, or a card press (its data, or a function of the last answer). */
export type UserTurn = string | Record<string, unknown> | ((previous: Reply[]) => Record<string, unknown>);
/** What the answer must contain (every string or pattern), or a check of its own. */
export type BotAnswer = string | RegExp | (string | RegExp)[] | ((replies: Reply[]) => void);
export type TableRow = [UserTurn, BotAnswer] | [UserTurn, BotAnswer, { not: (string | RegExp)[] }];

/** Runs the rows; a failing row names its number and what the bot said. */
export async function runTable(user: TeamsUser, rows: TableRow[]): Promise<Reply[]> {
  let previous: Reply[] = [];
  for (const [index, [turn, expected, options]] of rows.entries()) {
    const replies =
      typeof turn === 'string' ? await user.say(turn) : await user.press(typeof turn === 'function' ? turn(previous) : turn);
    const text = allText(replies);
    const where = `row ${index + 1} (${typeof turn === 'string' ? JSON.stringify(turn) : 'card press'})`;
    try {
      if (typeof expected === 'function') expected(replies);
      else for (const part of Array.isArray(expected) ? expected : [expected]) expect(text).toMatch(part);
      for (const part of options?.not ?? []) expect(text).not.toMatch(part);
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}\nThe bot said:\n${text}`);
    }
    previous = replies;
  }
  return previous;
}
