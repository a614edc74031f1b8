import type { TurnContext } from 'botbuilder';
import { turnOf } from './turn';

/**
 * The IKM team's guard, once for every admin command and card: the administrator's Entra object id
 * when the person is one; otherwise the refusal is sent, nothing else is said (not even whether what
 * they named exists), and the caller stops.
 */
export async function requireIkmAdmin(context: TurnContext): Promise<string | undefined> {
  const { adminId, t } = turnOf(context);
  if (adminId === undefined) await context.sendActivity(t.admin.only);
  return adminId;
}
