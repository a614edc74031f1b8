import { isDeepStrictEqual } from 'node:util';
import { parseRecord } from '../storage/parse-record';
import { type Store, updateRecord } from '../storage/store';
import {
  CONVERSATIONS_PREFIX,
  CONVERSATION_SCOPES,
  type ConversationScope,
  type StoredConversationReference,
  conversationKeyOf,
  isConversationKey,
  prepareConversationReference,
  storedConversationReferenceSchema,
  userConversationKey,
} from './reference-schema';

/**
 * Where the bot can write to later: one reference per user (their personal chat with the bot) and
 * one per channel or group chat, in the `Store` (never in memory), so that answers, ticket cards
 * and reminders reach people after a restart and from any bot instance.
 *
 * Keys: `conversations/users/<ownerId>`, `conversations/channels/<channel id>`,
 * `conversations/chats/<chat id>` (ids URI-encoded). The owner id is the Entra object id when Teams
 * gives it, else the Teams user id (as `personIdOf` in src/people).
 */

/** `save`: where the reference is filed, as stored, and whether this call wrote anything. */
export interface SavedConversationReference {
  key: string;
  reference: StoredConversationReference;
  /** False when the stored reference was already the same (the usual case on every turn). */
  changed: boolean;
}

/** One stored reference with its key (the `conversationKey` tickets keep). */
export interface ConversationReferenceEntry {
  key: string;
  reference: StoredConversationReference;
}

/** Options of `all`. */
export interface ConversationReferencePageOptions {
  /** Only this kind of conversation; all kinds when absent. */
  scope?: ConversationScope;
  /** The `next` of the previous page. */
  after?: string;
  /** Page size; default 100. */
  limit?: number;
}

/** A page of references, in key order; `next` is set when there may be more. */
export interface ConversationReferencePage {
  entries: ConversationReferenceEntry[];
  next?: string;
}

const DEFAULT_PAGE_SIZE = 100;

export class ConversationReferences {
  constructor(private readonly store: Store) {}

  /**
   * Stores the reference under its key (see `conversationKeyOf`), replacing an older one. Writes
   * only when something changed, so it can run on every incoming turn. Throws a TypeError when the
   * reference lacks what a proactive message needs.
   */
  async save(input: StoredConversationReference): Promise<SavedConversationReference> {
    const reference = storableReference(input);
    const key = conversationKeyOf(reference);
    let changed = false;
    await updateRecord<unknown>(this.store, key, (current) => {
      const update = referenceUpdate(current, reference);
      changed = update !== undefined;
      return update;
    });
    return { key, reference, changed };
  }

  /** The user's personal chat with the bot, or undefined (never installed, or removed). */
  async get(ownerId: string): Promise<StoredConversationReference | undefined> {
    return this.getByKey(userConversationKey(ownerId));
  }

  /** The reference stored under a key from `save` (what a ticket keeps as `conversationKey`). */
  async getByKey(key: string): Promise<StoredConversationReference | undefined> {
    assertConversationKey(key);
    const record = await this.store.get<unknown>(key);
    return record ? parseReference(key, record.value) : undefined;
  }

  /** Forgets the user's personal chat (uninstalled, or Teams answered 403). True when one was stored. */
  async remove(ownerId: string): Promise<boolean> {
    return this.removeByKey(userConversationKey(ownerId));
  }

  /** Forgets the reference under `key` (a channel the bot was removed from). */
  async removeByKey(key: string): Promise<boolean> {
    assertConversationKey(key);
    return this.store.delete(key);
  }

  /** One page of stored references, in key order. Pass `next` back as `after` for the next page. */
  async all(options: ConversationReferencePageOptions = {}): Promise<ConversationReferencePage> {
    const limit = options.limit ?? DEFAULT_PAGE_SIZE;
    const prefix = options.scope ? CONVERSATION_SCOPES[options.scope] : CONVERSATIONS_PREFIX;
    const records = await this.store.list<unknown>(prefix, { after: options.after, limit });
    const entries = records.map((record) => ({ key: record.key, reference: parseReference(record.key, record.value) }));
    const last = records[records.length - 1];
    return records.length === limit && last ? { entries, next: last.key } : { entries };
  }

  /** Every stored reference (of `scope`), fetched page by page. */
  async *each(scope?: ConversationScope, pageSize = DEFAULT_PAGE_SIZE): AsyncGenerator<ConversationReferenceEntry> {
    let after: string | undefined;
    do {
      const page = await this.all({ scope, after, limit: pageSize });
      yield* page.entries;
      after = page.next;
    } while (after !== undefined);
  }
}

function assertConversationKey(key: string): void {
  if (!isConversationKey(key)) throw new TypeError(`ConversationReferences: "${key}" is not a conversation key`);
}

function parseReference(key: string, value: unknown): StoredConversationReference {
  return parseRecord(storedConversationReferenceSchema, key, value);
}

/**
 * The reference as it is stored: checked (a TypeError when it lacks what a proactive message
 * needs), without undefined properties, as it reads back from JSON.
 */
export function storableReference(input: StoredConversationReference): StoredConversationReference {
  return compact(prepareConversationReference(input));
}

/**
 * What to write where `stored` is held (the stored value, or undefined): `reference` (from
 * `storableReference`), or undefined when the store already says the same, the usual case on every
 * turn, so that saving the reference of each turn writes nothing.
 */
export function referenceUpdate(stored: unknown, reference: StoredConversationReference): StoredConversationReference | undefined {
  if (isDeepStrictEqual(stored, reference)) return undefined;
  const parsed = storedConversationReferenceSchema.safeParse(stored);
  return parsed.success && isDeepStrictEqual(compact(parsed.data), reference) ? undefined : reference;
}

/** The reference without undefined properties, as it reads back from JSON. */
function compact(reference: StoredConversationReference): StoredConversationReference {
  return Object.fromEntries(
    Object.entries(reference).filter(([, value]) => value !== undefined),
  ) as StoredConversationReference;
}
