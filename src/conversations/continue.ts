import type { CloudAdapter, TurnContext } from 'botbuilder';
import { toConversationReference } from './convert';
import type { StoredConversationReference } from './reference-schema';

/**
 * Runs `logic` in a stored conversation (a proactive turn), and rejects with what `logic` threw.
 *
 * botbuilder runs a proactive turn through the adapter's middleware, and hands any error of it to
 * `onTurnError`, which logs it and returns: without this, a send refused by Teams (403, the bot was
 * removed; 502) would look delivered to the caller, who would then mark it sent, close the ticket, or
 * never drop the dead conversation. The error is taken from `logic` itself and thrown once the turn
 * is over, so the caller decides (retry, "saved, not delivered", forget the conversation).
 */
export async function continueStoredConversation(
  adapter: Pick<CloudAdapter, 'continueConversationAsync'>,
  appId: string,
  reference: StoredConversationReference,
  logic: (context: TurnContext) => Promise<void>,
): Promise<void> {
  let failure: { error: unknown } | undefined;
  await adapter.continueConversationAsync(appId, toConversationReference(reference), async (context) => {
    try {
      await logic(context);
    } catch (error) {
      failure = { error };
    }
  });
  if (failure) throw failure.error;
}
