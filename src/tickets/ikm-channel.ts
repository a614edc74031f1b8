import type { Clock } from '../clock';
import {
  type StoredConversationReference,
  prepareConversationReference,
} from '../conversations/reference-schema';
import type { Store } from '../storage/store';
import { IKM_CHANNEL_KEY, type IkmChannelRecord, ikmChannelRecordSchema, parseStored } from './records';

/**
 * The one Teams channel (or group chat) where IKM receives ticket cards, stored under
 * `ikm/channel`. An IKM administrator registers it from inside the channel; checking that the
 * person is an administrator is the bot's job (`isIkmAdmin`).
 */
export class IkmChannel {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /**
   * Makes `reference` the IKM channel, replacing the previous one (returned as `previous`). A
   * personal chat cannot be the IKM channel: TypeError. A thread reference is stored as its channel.
   */
  async register(
    reference: StoredConversationReference,
    byAdminId: string,
  ): Promise<{ channel: IkmChannelRecord; previous?: IkmChannelRecord }> {
    if (reference.conversationType === 'personal') {
      throw new TypeError('IkmChannel: the IKM channel must be a channel or a group chat, not a personal chat');
    }
    if (typeof byAdminId !== 'string' || byAdminId.trim() === '') {
      throw new TypeError('IkmChannel: byAdminId must be a non-empty string');
    }
    const channel = ikmChannelRecordSchema.parse({
      reference: prepareConversationReference(reference),
      registeredBy: byAdminId,
      registeredAt: this.clock.now().toISOString(),
    });
    const previous = await this.get();
    await this.store.put(IKM_CHANNEL_KEY, channel);
    return previous ? { channel, previous } : { channel };
  }

  /** The registered channel, or undefined when none is. */
  async get(): Promise<IkmChannelRecord | undefined> {
    const record = await this.store.get<unknown>(IKM_CHANNEL_KEY);
    return record ? parseStored(ikmChannelRecordSchema, IKM_CHANNEL_KEY, record.value) : undefined;
  }

  /** Forgets the channel (an admin's request, or Teams answering 403). True when one was registered. */
  async unregister(): Promise<boolean> {
    return this.store.delete(IKM_CHANNEL_KEY);
  }
}
