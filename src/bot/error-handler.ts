import type { TurnContext } from 'botbuilder';
import { isDeliveryFailure } from '../connector-delivery';
import { messages, resolveLanguage } from '../i18n';
import { dropHeldReplies } from '../hub-adapter';
import { describeError, Logger } from '../logger';
import { isStorageUnavailable } from '../storage/unavailable';
import { turnOf } from './turn';

/** The user's language if the turn got far enough to know it, else the client locale's. */
function languageOfFailedTurn(context: TurnContext) {
  try {
    return turnOf(context).t;
  } catch {
    return messages(resolveLanguage(undefined, context.activity?.locale));
  }
}

/**
 * The adapter's last resort. teams-ai saves turn state only after a handler succeeds, so a failed
 * turn leaves the stored state as it was; the user is told so. This function never throws.
 */
export function createTurnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const activity = context.activity;
    logger.error(
      // The activity's id (opaque, not personal) matches a failed turn with what its sender saw.
      { event: 'turn.error', activityType: activity?.type, activityId: activity?.id, channel: activity?.channelId, error: describeError(error) },
      'turn failed',
    );
    // What the turn said before it failed is not sent: the apology says what happened instead.
    dropHeldReplies(context);
    if (activity?.type !== 'message' && activity?.type !== 'conversationUpdate') return;
    // A reply that could not be delivered: an apology to the same address would only wait as long again.
    if (isDeliveryFailure(error)) return;
    try {
      const { errors } = languageOfFailedTurn(context);
      await context.sendActivity(isStorageUnavailable(error) ? errors.storageUnavailable : errors.generic);
    } catch (sendError) {
      logger.error({ event: 'turn.error.reply_failed', error: describeError(sendError) }, 'could not tell the user');
    }
  };
}
