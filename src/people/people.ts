import type { Store } from '../storage/store';
import { parsePersonRecord, PersonDefaults, personKey, PersonRecord, PersonSettings, PEOPLE_PREFIX, resolvePersonSettings } from './person-record';

/**
 * People's records read outside a conversation turn: the language and zone of a reminder, a freed
 * seat, an answer from IKM. Inside a turn the record is the turn's user state (written with it,
 * all-or-nothing), so this class only reads, lists and deletes.
 */
export class People {
  constructor(
    private readonly store: Store,
    private readonly defaults: PersonDefaults,
  ) {}

  /**
   * The person's language and zone (defaults when they never talked to the assistant).
   * `fallbackLocale` (e.g. a stored conversation's locale) counts when Teams never reported one.
   */
  async settings(personId: string, fallbackLocale?: string): Promise<PersonSettings> {
    const record = await this.record(personId);
    return resolvePersonSettings(record, this.defaults, { locale: record?.reported?.locale ?? fallbackLocale });
  }

  async record(personId: string): Promise<PersonRecord | undefined> {
    const stored = await this.store.get<unknown>(personKey(personId));
    return stored ? parsePersonRecord(stored.value) : undefined;
  }

  /** Every person's settings by id, from one listing (for a reminder pass over thousands). */
  async allSettings(): Promise<Map<string, PersonSettings>> {
    const settings = new Map<string, PersonSettings>();
    for (const record of await this.store.list<unknown>(PEOPLE_PREFIX)) {
      const personId = decodeURIComponent(record.key.slice(PEOPLE_PREFIX.length));
      settings.set(personId, resolvePersonSettings(parsePersonRecord(record.value), this.defaults));
    }
    return settings;
  }

  /** The person's display name in Teams, as last reported, if any. */
  async nameOf(personId: string): Promise<string | undefined> {
    return (await this.record(personId))?.reported?.name;
  }

  /**
   * How IKM's lists name someone they have an id for: their Teams name with the id beside it (it
   * tells namesakes apart), or the id alone when the name is not known (or was erased).
   */
  async labelOf(personId: string): Promise<string> {
    const name = await this.nameOf(personId);
    return name ? `${name} (${personId})` : personId;
  }

  /** What is used for someone without a record. */
  defaultSettings(): PersonSettings {
    return resolvePersonSettings(undefined, this.defaults);
  }

  async delete(personId: string): Promise<boolean> {
    return this.store.delete(personKey(personId));
  }
}
