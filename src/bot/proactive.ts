import type { CloudAdapter, TurnContext } from 'botbuilder';
import { ConversationReferences, continueStoredConversation, inThread, StoredConversationReference, userConversationKey } from '../conversations';
import { describeError, Logger } from '../logger';
import type { People, PersonSettings } from '../people';

/** How a message the bot started itself went. */
export type ProactiveOutcome = 'sent' | 'unreachable' | 'failed';

export interface ProactiveDependencies {
  adapter: CloudAdapter;
  appId: string;
  references: ConversationReferences;
  people: People;
  logger: Logger;
}

/**
 * Messages the bot sends when nobody is talking to it (a freed seat, IKM's answer, a cancelled
 * session): to a person's personal chat, in their language and time zone, or to a stored
 * conversation such as the IKM channel. A chat Teams says is gone (403, 404) is forgotten.
 */
export class Proactive {
  constructor(private readonly deps: ProactiveDependencies) {}

  /** To the person's personal chat with the bot; someone who never chatted with it cannot be reached. */
  async toPerson(personId: string, send: (context: TurnContext, settings: PersonSettings) => Promise<void>): Promise<ProactiveOutcome> {
    return this.toConversation(userConversationKey(personId), personId, send);
  }

  /**
   * To a stored conversation (`conversationKey`), worded for `personId` (the IKM team's English when
   * absent); in a channel, into the thread whose first message is `thread` when given.
   */
  async toConversation(
    conversationKey: string,
    personId: string | undefined,
    send: (context: TurnContext, settings: PersonSettings) => Promise<void>,
    thread?: string,
  ): Promise<ProactiveOutcome> {
    const { references, people, logger } = this.deps;
    const reference = await references.getByKey(conversationKey);
    if (!reference) {
      logger.warn({ event: 'proactive.no_reference' }, 'a conversation cannot be reached');
      return 'unreachable';
    }
    const settings = personId ? await people.settings(personId, reference.locale) : { ...people.defaultSettings(), language: 'en' as const };
    try {
      const worded = (context: TurnContext) => send(context, settings);
      if (thread && reference.conversationType === 'channel') {
        // A thread gone (its first message deleted) is not the channel gone: the channel itself, then.
        const inItsThread = await this.run(inThread(reference, thread), worded).then(
          () => true,
          (error: unknown) => {
            const status = (error as { statusCode?: number }).statusCode;
            if (status !== 403 && status !== 404) throw error;
            logger.warn({ event: 'proactive.thread_gone', status }, 'a thread could not be reached: posted to its channel');
            return false;
          },
        );
        if (inItsThread) return 'sent';
      }
      await this.run(reference, worded);
      return 'sent';
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      // Teams answers 403 when the bot was removed or blocked: that chat cannot be reached any more.
      const gone = status === 403 || status === 404;
      if (gone) await references.removeByKey(conversationKey);
      // A person who removed the bot is expected, not a fault of the bot.
      logger[gone ? 'warn' : 'error']({ event: 'proactive.failed', status, error: describeError(error) }, 'a proactive message was not delivered');
      return 'failed';
    }
  }

  /** Runs `send` in a conversation the caller already holds the reference of; errors are the caller's. */
  async run(reference: StoredConversationReference, send: (context: TurnContext) => Promise<void>): Promise<void> {
    await continueStoredConversation(this.deps.adapter, this.deps.appId, reference, send);
  }
}
