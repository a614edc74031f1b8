import { Middleware, TurnContext } from 'botbuilder';
import { CARD_CHANNELS, cardButtons, cardText } from '../../adaptive-cards/card-text';
import { LANGUAGES, messages } from '../i18n';
import { ConversationReferences, conversationKeyOf, fromConversationReference, storableReference } from '../conversations';
import { describeError, Logger } from '../logger';
import { noteArrival } from './double-press';
import { REFERENCE_TO_KEEP, type ReferenceToKeep } from './state';
import { hasTurn, turnOf } from './turn';

/**
 * A proactive turn the bot started itself (`continueConversationAsync`): not from a user, loads no
 * turn state, so the guards for incoming activities do not apply to it.
 */
export function isProactiveTurn(context: TurnContext): boolean {
  return context.activity.type === 'event' && context.activity.name === 'ContinueConversation';
}

/** The tenant as each of the two places Teams puts it says (lower case); a present non-text id is kept as is. */
function tenantFields(context: TurnContext): { conversation: unknown; channelData: unknown } {
  const activity = context.activity;
  const lower = (id: unknown) => (typeof id === 'string' ? id.toLowerCase() : id);
  return {
    conversation: lower(activity.conversation?.tenantId),
    channelData: lower((activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id),
  };
}

/** True when the activity names two different tenants (one allowed, one foreign: a forged activity). */
function tenantsDisagree(context: TurnContext): boolean {
  const { conversation, channelData } = tenantFields(context);
  return conversation !== undefined && channelData !== undefined && conversation !== channelData;
}

/** The AAD tenant an activity comes from, wherever the channel put it; undefined when its two fields disagree. */
export function tenantOf(context: TurnContext): string | undefined {
  if (tenantsDisagree(context)) return undefined;
  const { conversation, channelData } = tenantFields(context);
  const id = conversation ?? channelData;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Drops activities from tenants outside the allow-list (an empty list allows every tenant), and,
 * whatever the list, activities whose two tenant fields name different tenants. The drop is logged
 * with the tenant and type only, never the content.
 */
export function tenantFilter(allowedTenantIds: string[], logger: Logger): Middleware {
  const allowed = new Set(allowedTenantIds.map((id) => id.toLowerCase()));
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>) {
      if (isProactiveTurn(context)) return next();
      if (tenantsDisagree(context)) {
        logger.warn({ event: 'tenant.conflicting', type: context.activity.type }, 'activity dropped: its tenant fields disagree');
        return;
      }
      if (allowed.size === 0) return next();
      const tenant = tenantOf(context);
      if (tenant && allowed.has(tenant)) return next();
      logger.warn({ event: 'tenant.rejected', tenant: tenant ?? 'none', type: context.activity.type }, 'activity dropped');
    },
  };
}

/**
 * Keeps the reference of every personal chat (and forgets it on uninstall), so that answers from
 * IKM and reminders can reach people later. Only what a proactive message needs is stored, and it
 * is stored with the turn's state (see `HubTurnState`, which also claims the activity against
 * Teams' resends): this only prepares it, so that an ordinary turn waits for the store once before
 * its handlers. A turn that fails saves no state, its reference included; the next one saves it.
 */
export function keepConversations(references: ConversationReferences, logger: Logger): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>) {
      await noteConversation(references, context, logger);
      await next();
    },
  };
}

/**
 * Forgets the chat on uninstall (or when the bot is removed from its members); otherwise asks the
 * turn state to keep a personal chat's reference. Never throws: a reference that cannot be
 * prepared or forgotten is logged, and the turn goes on.
 */
async function noteConversation(references: ConversationReferences, context: TurnContext, logger: Logger): Promise<void> {
  const { activity } = context;
  if (activity.type !== 'message' && activity.type !== 'conversationUpdate' && activity.type !== 'installationUpdate') return;
  try {
    const reference = fromConversationReference(TurnContext.getConversationReference(activity));
    if (!reference) return;
    if (isRemoval(activity)) {
      await references.removeByKey(conversationKeyOf(reference));
    } else if (reference.conversationType === 'personal') {
      const stored = storableReference(reference);
      context.turnState.set(REFERENCE_TO_KEEP, { key: conversationKeyOf(stored), reference: stored } satisfies ReferenceToKeep);
    }
  } catch (error) {
    logger.warn({ event: 'reference.save_failed', error: describeError(error) }, 'conversation reference not saved');
  }
}

/** The app uninstalled, or the bot removed from the conversation's members. */
function isRemoval(activity: TurnContext['activity']): boolean {
  if (activity.type === 'installationUpdate') return String(activity.action ?? '').startsWith('remove');
  return activity.type === 'conversationUpdate' && (activity.membersRemoved ?? []).some((member) => member.id === activity.recipient?.id);
}

/**
 * teams-ai's card-submit selector reads `value[verb]` whenever `typeof value === 'object'`,
 * which is true of null. A null value carries nothing, so it is removed before routing.
 */
export const dropNullValue: Middleware = {
  async onTurn(context: TurnContext, next: () => Promise<void>) {
    if (context.activity.value === null) delete context.activity.value;
    await next();
  },
};

/**
 * The bot's message text is sent as plain text. It is made of sentences with people's own words in
 * them (a question, a title, a file name, an answer from IKM), and Teams reads message text as
 * Markdown by default: a typed `[label](url)` would become a live link. None of the bot's own texts
 * uses Markdown, so plain text loses nothing. (Cards show data literally by themselves: see
 * adaptive-cards/render.ts.)
 */
export const plainMessageText: Middleware = {
  async onTurn(context: TurnContext, next: () => Promise<void>) {
    context.onSendActivities(async (_context, activities, send) => {
      for (const activity of activities) {
        if (activity.type === 'message' && typeof activity.text === 'string' && activity.textFormat === undefined) activity.textFormat = 'plain';
      }
      return send();
    });
    await next();
  },
};

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * On a channel that shows no cards (e-mail), a card still sent there (the replies of a turn give
 * text where they know the channel, but what the bot sends by itself later, a reminder, an
 * announcement, a funding decision, a moved session, was written for Teams) goes as its text: the
 * message's own text first, then each card's (see `cardText`). Nothing is sent as a card nobody
 * there can read.
 */
export const cardsAsTextWhereNoCards: Middleware = {
  async onTurn(context: TurnContext, next: () => Promise<void>) {
    if (!CARD_CHANNELS.has(context.activity.channelId)) {
      context.onSendActivities(async (_context, activities, send) => {
        for (const activity of activities) {
          const cards = (activity.attachments ?? []).filter((attachment) => attachment.contentType === ADAPTIVE_CARD);
          if (activity.type !== 'message' || cards.length === 0) continue;
          // Its buttons cannot be pressed here: said once, under its text, in the language the
          // message was written in (its locale, which `cardActivity` sets for what the bot sends by
          // itself; else the turn's), else the card's.
          const buttons = cards.map((attachment) => cardButtons(attachment.content)).find((found) => found.any);
          const written = activity.locale?.slice(0, 2) ?? (hasTurn(context) ? turnOf(context).language : undefined);
          const language = LANGUAGES.find((code) => code === written) ?? LANGUAGES.find((code) => code === buttons?.language) ?? 'en';
          const text = [
            typeof activity.text === 'string' ? activity.text : '',
            ...cards.map((attachment) => cardText(attachment.content, language)),
            buttons ? messages(language).input.buttonsInTeams : '',
          ]
            .filter((part) => part.trim() !== '')
            .join('\n\n');
          const others = activity.attachments!.filter((attachment) => attachment.contentType !== ADAPTIVE_CARD);
          activity.text = text;
          activity.textFormat = 'plain';
          if (others.length > 0) activity.attachments = others;
          else delete activity.attachments;
        }
        return send();
      });
    }
    await next();
  },
};

/**
 * Runs one turn at a time per conversation in this process. A double click sends two activities at
 * once; both would load the same state and the second save would be refused (stale eTag). Queued,
 * the second turn sees what the first did (e.g. "already submitted"). Across several instances the
 * eTag check still keeps state whole.
 */
export function oneTurnPerConversation(): Middleware {
  const tails = new Map<string, Promise<void>>();
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>) {
      // A proactive send must not wait behind the turn that caused it (an admin's "run reminders"
      // in their own chat would wait for itself).
      if (isProactiveTurn(context)) return next();
      // When it came, before it waits its turn: a double click is judged by when each click came.
      noteArrival(context);
      const key = context.activity.conversation?.id ?? '';
      const previous = tails.get(key) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      const tail = previous.then(() => mine);
      tails.set(key, tail);
      await previous;
      try {
        await next();
      } finally {
        release();
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
}
