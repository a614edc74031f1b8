import { type DefaultTempState, TurnState } from '../teams-ai';
import type { Storage, StoreItems, TurnContext } from 'botbuilder';
import type { DialogStateHolder } from '../../dialogs';
import type { AwaitedAnswer } from './awaited-answers';
import { CONVERSATION_STATE_PREFIX, referenceUpdate, type StoredConversationReference } from '../conversations';
import { personIdOf, personKey, PersonRecord } from '../people';
import { BotStorage } from '../storage/bot-storage';
import type { ReadAhead, StoredRecord } from '../storage/store';
import type { Language } from '../i18n';
import { claimableActivity, type SeenActivities } from './seen-activities';

/** What the bot remembers about one conversation (stored as plain JSON). */
export interface HubConversationState extends DialogStateHolder {
  /**
   * The latest questions asked here, by a short id: an "Ask IKM" button carries the id, never the
   * question itself (a long question would not fit in a button's data, and need not travel twice).
   * The last one a person asked is what "ask IKM" typed sends.
   */
  askable?: AskableQuestion[];
  /** What each person here was asked to type, and when (wall-clock ms): see `awaited-answers.ts`. */
  awaiting?: { what: AwaitedAnswer; by: string; at: number; language?: Language }[];
  /**
   * The language the bot last spoke here when it was not the person's own (a greeting typed in
   * French in an English client, then French buttons): a form begun in it goes on in it when
   * the person types beside its card.
   */
  speaking?: Language;
  /**
   * The "Delete my data" confirmation last shown here: only its card deletes, once, within its time
   * (an older card, or one pressed again after the deletion, asks again).
   */
  eraseConfirmation?: { id: string; at: number };
  /**
   * The announcement preview shown last here: only its Send sends (a preview replaced by a newer
   * one, after "Change the message", would send the text that was corrected).
   */
  announcementPreview?: string;
  /**
   * The last card button pressed here: who pressed it, what it sent (a digest) and when (wall-clock
   * ms). The same press again within `DOUBLE_PRESS_MS` is a double click, answered once.
   */
  lastPress?: { key: string; at: number };
  /** What was typed in the idea form and refused, kept over a cancel (see `keptInputSchema`). */
  ideaInputKept?: unknown;
}

/** A question someone asked in this conversation, which they may still send to IKM. */
export interface AskableQuestion {
  id: string;
  question: string;
  /** Who asked it (their person id): in a group chat, only they can send it to IKM. */
  askedBy?: string;
  /** The person wrote more than IKM gets (see MAX_QUESTION_LENGTH). */
  shortened?: boolean;
}

/** Where turn state lives in the store: conversations under `bot/`, the person's own record under `people/`. */
export { CONVERSATION_STATE_PREFIX } from '../conversations';

/**
 * `context.turnState` key of the personal chat's reference as it is to be stored, with its key
 * (see `storableReference`); set by the `keepConversations` middleware when the chat is to be kept.
 */
export const REFERENCE_TO_KEEP = Symbol('reference to keep');

/** What `REFERENCE_TO_KEEP` holds. */
export interface ReferenceToKeep {
  key: string;
  reference: StoredConversationReference;
}

/** What a turn reads besides its state, in the same round trip. */
export interface TurnStateReads {
  /** The store keys to read with the state of a turn (see `readAhead`). */
  readAlong?: (context: TurnContext) => string[];
  /** Where activities are claimed (the resend check); without it, none is. */
  seen?: SeenActivities;
}

type ActivityToClaim = NonNullable<ReturnType<typeof claimableActivity>>;

/**
 * Turn state loaded from and saved to storage by teams-ai around every turn. Its user scope is the
 * person's record (`people/<id>`: language and time zone), the same record features read when they
 * write to someone later, so a person's settings have one home and are saved with the turn.
 *
 * The personal chat's conversation reference (what IKM's answers and reminders are sent through) is
 * a scope too, when `keepConversations` asks for it to be kept: read in the same round trip as the
 * rest of the state and written with it, only when Teams reports something new. On Postgres that
 * is one query fewer on every turn (see `npm run bench`).
 *
 * Records the turn is likely to need besides its state (`readAlong`: the person's idea draft, which
 * the menu reads to offer "My proposal") come in that same round trip, for `readAhead`; and so does
 * the claim of an activity Teams may send twice (`SeenActivities`): a turn waits for the store once
 * before its handlers run. A copy of one already claimed is `isRepeat`: the bot does nothing with it (see
 * the app's first `beforeTurn`) and saves nothing.
 */
export class HubTurnState extends TurnState<HubConversationState, PersonRecord, DefaultTempState> {
  private referenceToKeep: ReferenceToKeep | undefined;
  private readonly ahead = new Map<string, StoredRecord<unknown> | undefined>();
  private repeat = false;

  constructor(private readonly reads: TurnStateReads = {}) {
    super();
  }

  /** The records read along with the state, as they were when the turn began. */
  readonly readAhead: ReadAhead = (key) => (this.ahead.has(key) ? { record: this.ahead.get(key) } : undefined);

  /** True when this turn's activity is a copy, re-sent by Teams, of one already claimed (see `SeenActivities`). */
  get isRepeat(): boolean {
    return this.repeat;
  }

  protected override async onComputeStorageKeys(context: TurnContext): Promise<Record<string, string>> {
    const keys = await super.onComputeStorageKeys(context);
    this.referenceToKeep = context.turnState.get(REFERENCE_TO_KEEP) as ReferenceToKeep | undefined;
    return {
      ...keys,
      conversation: CONVERSATION_STATE_PREFIX + keys.conversation,
      user: personKey(personIdOf(context.activity.from)),
      ...(this.referenceToKeep ? { reference: this.referenceToKeep.key } : {}),
    };
  }

  override async load(context: TurnContext, storage?: Storage): Promise<boolean> {
    const first = storage !== undefined && !this.isLoaded;
    const along = first ? (this.reads.readAlong?.(context) ?? []) : [];
    const claim = first && this.reads.seen ? claimableActivity(context.activity) : undefined;
    const loaded = await super.load(context, along.length > 0 || claim ? this.reading(storage!, along, claim) : storage);
    const scope = this.referenceToKeep && this.getScope('reference');
    if (loaded && scope) {
      const { eTag, ...stored } = scope.value as Record<string, unknown>;
      const update = referenceUpdate(eTag === undefined ? undefined : stored, this.referenceToKeep!.reference);
      if (update) scope.replace({ ...update });
    }
    return loaded;
  }

  /** `storage`, whose read also fetches `along` (kept for `readAhead`) and claims the activity. */
  private reading(storage: Storage, along: string[], claim: ActivityToClaim | undefined): Storage {
    const seen = this.reads.seen;
    return {
      read: async (keys) => {
        const all = [...keys, ...along.filter((key) => !keys.includes(key))];
        let items: StoreItems;
        if (claim && seen) {
          if (!(storage instanceof BotStorage)) throw new Error('HubTurnState: claiming an activity needs a BotStorage');
          items = await storage.read(all, async (storeKeys) => {
            const { firstCopy, records } = await seen.claimReading(claim.conversationId, claim.activityId, storeKeys);
            this.repeat = !firstCopy;
            return records;
          });
        } else {
          items = await storage.read(all);
        }
        for (const key of along) {
          const item = items[key] as Record<string, unknown> | undefined;
          if (item === undefined) {
            this.ahead.set(key, undefined);
            continue;
          }
          const { eTag, ...value } = item;
          this.ahead.set(key, { key, value, version: Number(eTag) });
          if (!keys.includes(key)) delete items[key];
        }
        return items;
      },
      write: (changes) => storage.write(changes),
      delete: (keys) => storage.delete(keys),
    };
  }

  /**
   * A person's record and the chat's reference are written last-writer-wins: two conversations of
   * one person (desktop and phone) may each note what their client reports, and neither should fail
   * for it. The eTag stays on during the turn so that an unchanged record reads as unchanged and is
   * not written again (a replaced reference has none).
   */
  override save(context: TurnContext, storage?: Storage): Promise<void> {
    if (this.repeat) return Promise.resolve();
    const user = this.getScope('user');
    // (Reading `value` of a deleted scope would bring it back empty, and write it.)
    if (user && !user.isDeleted && user.hasChanged) delete (user.value as { eTag?: string }).eTag;
    return super.save(context, storage);
  }

  /**
   * Whether the personal chat's reference is stored, or will be when this turn is saved (a person's
   * very first message keeps it only then): what "My data" lists for this chat.
   */
  keepsConversationReference(): boolean {
    const scope = this.getScope('reference');
    if (!scope || scope.isDeleted) return false;
    const { eTag: _eTag, ...value } = scope.value as Record<string, unknown>;
    return Object.keys(value).length > 0;
  }

  /** Deletes the personal chat's stored reference when the turn is saved (after "Delete my data"). */
  deleteConversationReference(): void {
    this.getScope('reference')?.delete();
  }
}
