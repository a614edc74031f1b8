import type { Clock } from '../clock';
import { type Store, type StoreTransaction, updateRecord } from '../storage/store';
import {
  type AnswersWaiting,
  answersWaitingKey,
  answersWaitingSchema,
  type ChannelMessage,
  ERASED_ASKER,
  ERASED_QUESTION,
  type FaqSuggestion,
  MAX_ANSWERS_WAITING,
  MAX_ANSWER_LENGTH,
  MAX_QUESTION_LENGTH,
  TICKETS_PREFIX,
  TICKET_COUNTER,
  TICKET_SOURCES,
  type Ticket,
  type TicketLanguage,
  type TicketSource,
  FAQ_SUGGESTIONS_PREFIX,
  channelMessageSchema,
  faqSuggestionKey,
  faqSuggestionSchema,
  formatTicketId,
  normalizeTicketId,
  parseStored,
  requestIdSchema,
  ticketKey,
  ticketLanguageSchema,
  ticketRequestKey,
  ticketRequestSchema,
  ticketSchema,
} from './records';
import { cleanTicketText, ticketTextProblem } from './text';

/**
 * Questions the assistant could not answer, handed to IKM as tickets, over a `Store`.
 *
 * A ticket is numbered `Q-0001`, `Q-0002`... from a store counter, so numbers are unique across
 * bot instances and restarts. Its life: open (waiting for IKM) -> answered (the first answer is
 * stored; delivery to the asker pending) -> closed (delivered). Every change is a compare-and-set
 * on the stored record: of two IKM members answering at once exactly one wins, and a Teams retry of
 * the same card cannot answer twice.
 *
 * A question sent twice (a double click on "Send to IKM", a Teams retry, the two presses reaching
 * two bot instances at once) opens one ticket: `createOnce` records which ticket the asker's request
 * opened in the same transaction that opens it, the way an idea's submission and its closed draft
 * are written together, so the second press finds the first ticket instead of numbering another.
 *
 * Keys: `tickets/Q-0001`, `faq-suggestions/Q-0001`, `ticket-requests/<hash>`; counter `tickets/sequence`.
 */

/** Longest id accepted for askers, answerers and conversation keys. */
const MAX_ID_LENGTH = 400;
/** Longer names are cut, not refused: a name is a courtesy, not a key. */
const MAX_NAME_LENGTH = 200;
/** Rounds of a transaction that found a record changed under it. */
const TRANSACTION_ATTEMPTS = 10;

/** What `create` needs. Texts are cleaned (control characters, blank-line runs, outer spaces). */
export interface NewTicket {
  /** 1 to MAX_QUESTION_LENGTH (2,000) characters once cleaned. */
  question: string;
  language: TicketLanguage;
  /** The asker's Entra object id (or Teams id), as `personIdOf` in src/people. */
  askerId: string;
  askerName?: string;
  source: TicketSource;
  /** Where to deliver the answer: for Teams, the key `ConversationReferences.save` returned. */
  conversationKey: string;
  /** Asked in a channel's thread: the id of its first message (the answer is posted there). */
  thread?: string;
}

/** What `answer` needs. */
export interface TicketAnswerInput {
  /** 1 to MAX_ANSWER_LENGTH (4,000) characters once cleaned. */
  text: string;
  /** The IKM member's Entra object id (or Teams id). */
  byId: string;
  byName?: string;
}

/** `createOnce`: the ticket the request opened, and whether this call opened it (false: an earlier one did). */
export interface CreateOnceResult {
  ticket: Ticket;
  created: boolean;
}

/** `answer`: stored, or why not. `already-answered` carries the ticket with the answer that won. */
export type AnswerResult =
  | { ok: true; ticket: Ticket }
  | { ok: false; reason: 'already-answered'; ticket: Ticket }
  | { ok: false; reason: 'not-found' };

/** `close`: closed now or before, or why not. */
export type CloseResult =
  | { ok: true; ticket: Ticket; alreadyClosed: boolean }
  | { ok: false; reason: 'not-answered'; ticket: Ticket }
  | { ok: false; reason: 'not-found' };

/** `suggestForFaq`: the suggestion (new or the existing one), or why there is none. */
export type SuggestForFaqResult =
  | { ok: true; suggestion: FaqSuggestion; created: boolean }
  | { ok: false; reason: 'not-answered'; ticket: Ticket }
  /** Its asker's data was deleted: there is no question left to suggest. */
  | { ok: false; reason: 'erased'; ticket: Ticket }
  | { ok: false; reason: 'not-found' };

/** Thrown for input the bot should have checked first; `problems` names each field. */
export class TicketInputError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ticket input is not valid: ${problems.join('; ')}`);
    this.name = 'TicketInputError';
  }
}

/** Thrown inside a transaction when a record changed since it was read: run again. */
class RecordChanged extends Error {}

export class TicketService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /**
   * Opens a ticket with the next number. Throws a TicketInputError for a question that is empty or
   * too long (see `ticketTextProblem`), an unknown language or source, or missing ids.
   */
  async create(input: NewTicket): Promise<Ticket> {
    const ticket = checkedTicket(input, this.clock.now().toISOString());
    return this.store.transaction((tx) => openIn(tx, ticket));
  }

  /**
   * Opens a ticket for the asker's request `requestId` (what an "Ask IKM" button names) unless that
   * request opened one already: then that ticket comes back with `created: false`, and nothing is
   * numbered or stored. The ticket and the note of which request opened it are written in one
   * transaction, so of two calls at once (two presses, two bot instances) exactly one opens it.
   * Throws a TicketInputError as `create` does, or for an empty `requestId`.
   */
  async createOnce(input: NewTicket, requestId: string): Promise<CreateOnceResult> {
    const ticket = checkedTicket(input, this.clock.now().toISOString(), requestId);
    const requestKey = ticketRequestKey(ticket.askerId, requestId);
    return this.retried(async (tx) => {
      const request = await tx.get<unknown>(requestKey);
      if (request) {
        const { ticketId } = parseStored(ticketRequestSchema, requestKey, request.value);
        const opened = await tx.get<unknown>(ticketKey(ticketId));
        const earlier = opened ? parseStored(ticketSchema, ticketKey(ticketId), opened.value) : undefined;
        if (earlier?.status === 'open') return { ticket: earlier, created: false };
        // The ticket is gone (erased with its asker's data) or IKM answered it: asked again, the
        // question is a new one.
      }
      const created = await openIn(tx, ticket);
      if ((await tx.put(requestKey, { ticketId: created.id }, request?.version ?? 0)) === null) throw new RecordChanged();
      return { ticket: created, created: true };
    });
  }

  /** The ticket one asker's request opened, if it did (and it is still kept). */
  async forRequest(askerId: string, requestId: string): Promise<Ticket | undefined> {
    const requestKey = ticketRequestKey(askerId, requestId);
    const request = await this.store.get<unknown>(requestKey);
    if (!request) return undefined;
    return this.get(parseStored(ticketRequestSchema, requestKey, request.value).ticketId);
  }

  /** The ticket, or undefined. Typed forms ("q-7", "#Q-0007") are accepted. */
  async get(id: string): Promise<Ticket | undefined> {
    const key = keyOf(id);
    if (!key) return undefined;
    const record = await this.store.get<unknown>(key);
    return record ? parseStored(ticketSchema, key, record.value) : undefined;
  }

  /** Every question one person asked, oldest first. */
  async forAsker(askerId: string): Promise<Ticket[]> {
    const records = await this.store.list<unknown>(TICKETS_PREFIX);
    return records
      .map((record) => parseStored(ticketSchema, record.key, record.value))
      .filter((ticket) => ticket.askerId === askerId)
      .sort((a, b) => a.sequence - b.sequence);
  }

  /**
   * Forgets a ticket's asker (they asked for their data to be deleted): their question, name, chat
   * and request go. A ticket IKM answered stays, closed, with its answer (and its FAQ suggestion
   * with it): that is IKM's own work; one still open is removed, with nothing of IKM's in it. The
   * bot updates its card in the channel. Undefined when there is no such ticket.
   */
  async eraseAsker(id: string): Promise<'removed' | 'anonymised' | undefined> {
    const key = keyOf(id);
    if (!key) return undefined;
    const at = this.clock.now().toISOString();
    return this.retried(async (tx): Promise<'removed' | 'anonymised' | undefined> => {
      const record = await tx.get<unknown>(key);
      if (!record) return undefined;
      // The note of the request that opened it goes too; a damaged ticket is removed all the same.
      const parsed = ticketSchema.safeParse(record.value);
      if (parsed.success && parsed.data.requestId !== undefined) {
        await tx.delete(ticketRequestKey(parsed.data.askerId, parsed.data.requestId));
      }
      if (!parsed.success || !parsed.data.answer) {
        await tx.delete(faqSuggestionKey(id));
        await tx.delete(key);
        return 'removed';
      }
      const { askerName: _name, requestId: _request, thread: _thread, ...ticket } = parsed.data;
      const erased: Ticket = {
        ...ticket,
        question: ERASED_QUESTION,
        askerId: ERASED_ASKER,
        conversationKey: ERASED_ASKER,
        status: 'closed',
        closedAt: ticket.closedAt ?? at,
        erasedAt: at,
      };
      if ((await tx.put(key, ticketSchema.parse(erased), record.version)) === null) throw new RecordChanged();
      const suggestionKey = faqSuggestionKey(id);
      const suggestion = await tx.get<unknown>(suggestionKey);
      if (suggestion) {
        const kept = { ...parseStored(faqSuggestionSchema, suggestionKey, suggestion.value), question: ERASED_QUESTION };
        if ((await tx.put(suggestionKey, kept, suggestion.version)) === null) throw new RecordChanged();
      }
      return 'anonymised';
    });
  }

  /** Tickets waiting for IKM, oldest first. */
  async listOpen(): Promise<Ticket[]> {
    return this.listByStatus('open');
  }

  /** The latest answered tickets, newest first (the desk offers them for "Add to FAQ"). */
  async listAnswered(limit: number): Promise<Ticket[]> {
    const records = await this.store.list<unknown>(TICKETS_PREFIX);
    return records
      .map((record) => parseStored(ticketSchema, record.key, record.value))
      .filter((ticket) => ticket.answer !== undefined)
      .sort((a, b) => b.sequence - a.sequence)
      .slice(0, limit);
  }

  /**
   * Answered tickets whose answer was not delivered yet (the bot stopped between `answer` and
   * `close`, or the asker could not be reached), oldest first.
   */
  async listUndelivered(): Promise<Ticket[]> {
    return this.listByStatus('answered');
  }

  /**
   * Notes that the answer of `ticketId` could not reach its asker, so that their next turn gives it
   * (see `answersWaitingKey`). Noting it again changes nothing.
   */
  async noteWaiting(askerId: string, ticketId: string): Promise<void> {
    await updateRecord<unknown>(this.store, answersWaitingKey(askerId), (current) => {
      const waiting: AnswersWaiting = current === undefined ? { tickets: [] } : answersWaitingSchema.parse(current);
      if (waiting.tickets.includes(ticketId)) return undefined;
      return { tickets: [...waiting.tickets, ticketId].slice(-MAX_ANSWERS_WAITING) };
    });
  }

  /**
   * The answered tickets among those `waiting` names that are still the asker's and undelivered:
   * what their turn should give them. (A ticket closed since, or erased, is left out.)
   */
  async waitingFor(askerId: string, waiting: unknown): Promise<Ticket[]> {
    const parsed = answersWaitingSchema.safeParse(waiting);
    if (!parsed.success) return [];
    const tickets = await Promise.all(parsed.data.tickets.map((id) => this.get(id)));
    return tickets.filter((ticket): ticket is Ticket => ticket?.status === 'answered' && ticket.askerId === askerId);
  }

  /** Forgets the asker's waiting answers as read at `version` (given or closed meanwhile). False when it changed since. */
  async clearWaiting(askerId: string, version?: number): Promise<boolean> {
    return this.store.delete(answersWaitingKey(askerId), version);
  }

  /**
   * Remembers where the ticket's card was posted in the IKM channel, to update it later. Replaces
   * an earlier one (the card was posted again). Undefined when there is no such ticket.
   */
  async recordChannelMessage(id: string, message: ChannelMessage): Promise<Ticket | undefined> {
    const parsed = channelMessageSchema.safeParse(message);
    if (!parsed.success) throw new TicketInputError(['channelMessage: needs a conversationId and an activityId']);
    const channelMessage = parsed.data;
    const key = keyOf(id);
    if (!key) return undefined;
    const record = await updateRecord<unknown>(this.store, key, (current) => {
      if (current === undefined) return undefined;
      const ticket = parseStored(ticketSchema, key, current);
      const same =
        ticket.channelMessage?.conversationId === channelMessage.conversationId &&
        ticket.channelMessage?.activityId === channelMessage.activityId;
      return same ? undefined : { ...ticket, channelMessage };
    });
    return record ? parseStored(ticketSchema, key, record.value) : undefined;
  }

  /**
   * Stores the answer when the ticket is still open; only the first answer wins. Any later answer
   * (another IKM member, or a Teams retry of the same card: compare `ticket.answer.byId`) gets
   * `already-answered` with the ticket as it is. Throws a TicketInputError for an empty or
   * too-long text.
   */
  async answer(id: string, input: TicketAnswerInput): Promise<AnswerResult> {
    const problems: string[] = [];
    const text = checkedText(input.text, MAX_ANSWER_LENGTH, 'text', problems);
    checkId(input.byId, 'byId', problems);
    if (problems.length > 0) throw new TicketInputError(problems);
    const key = keyOf(id);
    if (!key) return { ok: false, reason: 'not-found' };
    const at = this.clock.now().toISOString();
    const byName = cleanName(input.byName);

    let outcome: AnswerResult = { ok: false, reason: 'not-found' };
    await updateRecord<unknown>(this.store, key, (current) => {
      if (current === undefined) {
        outcome = { ok: false, reason: 'not-found' };
        return undefined;
      }
      const ticket = parseStored(ticketSchema, key, current);
      if (ticket.status !== 'open') {
        outcome = { ok: false, reason: 'already-answered', ticket };
        return undefined;
      }
      const answered: Ticket = {
        ...ticket,
        status: 'answered',
        answer: { text, byId: input.byId, ...(byName !== undefined ? { byName } : {}), at },
      };
      outcome = { ok: true, ticket: answered };
      return answered;
    });
    return outcome;
  }

  /** Marks an answered ticket closed once its answer was delivered. Closing again changes nothing. */
  async close(id: string): Promise<CloseResult> {
    const key = keyOf(id);
    if (!key) return { ok: false, reason: 'not-found' };
    const closedAt = this.clock.now().toISOString();
    let outcome: CloseResult = { ok: false, reason: 'not-found' };
    await updateRecord<unknown>(this.store, key, (current) => {
      if (current === undefined) {
        outcome = { ok: false, reason: 'not-found' };
        return undefined;
      }
      const ticket = parseStored(ticketSchema, key, current);
      if (ticket.status === 'open') {
        outcome = { ok: false, reason: 'not-answered', ticket };
        return undefined;
      }
      if (ticket.status === 'closed') {
        outcome = { ok: true, ticket, alreadyClosed: true };
        return undefined;
      }
      const closed: Ticket = { ...ticket, status: 'closed', closedAt };
      outcome = { ok: true, ticket: closed, alreadyClosed: false };
      return closed;
    });
    return outcome;
  }

  /**
   * Proposes the ticket's question and answer for the FAQ (`faq-suggestions/<id>`, for IKM's
   * review) and marks the ticket. Idempotent: a second request returns the first suggestion with
   * `created: false`. Throws a TicketInputError when `byId` is empty.
   */
  async suggestForFaq(id: string, byId: string): Promise<SuggestForFaqResult> {
    const problems: string[] = [];
    checkId(byId, 'byId', problems);
    if (problems.length > 0) throw new TicketInputError(problems);
    const key = keyOf(id);
    if (!key) return { ok: false, reason: 'not-found' };
    const at = this.clock.now().toISOString();
    return this.retried((tx) => this.suggestIn(tx, key, byId, at));
  }

  /** Every FAQ suggestion, in ticket order. */
  async listSuggestions(): Promise<FaqSuggestion[]> {
    const records = await this.store.list<unknown>(FAQ_SUGGESTIONS_PREFIX);
    return records
      .map((record) => parseStored(faqSuggestionSchema, record.key, record.value))
      .sort((a, b) => sequenceOf(a.ticketId) - sequenceOf(b.ticketId));
  }

  private async suggestIn(tx: StoreTransaction, key: string, byId: string, at: string): Promise<SuggestForFaqResult> {
    const record = await tx.get<unknown>(key);
    if (!record) return { ok: false, reason: 'not-found' };
    const ticket = parseStored(ticketSchema, key, record.value);
    if (!ticket.answer) return { ok: false, reason: 'not-answered', ticket };
    const suggestionKey = faqSuggestionKey(ticket.id);
    if (ticket.erasedAt) {
      // One made before the erasure stands (with the answer); no new one without a question.
      const existing = await tx.get<unknown>(suggestionKey);
      return existing ? { ok: true, suggestion: parseStored(faqSuggestionSchema, suggestionKey, existing.value), created: false } : { ok: false, reason: 'erased', ticket };
    }
    const existing = await tx.get<unknown>(suggestionKey);
    if (existing) {
      return { ok: true, suggestion: parseStored(faqSuggestionSchema, suggestionKey, existing.value), created: false };
    }
    const suggestion: FaqSuggestion = {
      ticketId: ticket.id,
      question: ticket.question,
      answer: ticket.answer.text,
      language: ticket.language,
      suggestedBy: byId,
      at,
    };
    if ((await tx.put(suggestionKey, suggestion, 0)) === null) throw new RecordChanged();
    const marked: Ticket = { ...ticket, addToFaq: { requestedById: byId, at } };
    if ((await tx.put(key, marked, record.version)) === null) throw new RecordChanged();
    return { ok: true, suggestion, created: true };
  }

  private async listByStatus(status: Ticket['status']): Promise<Ticket[]> {
    const records = await this.store.list<unknown>(TICKETS_PREFIX);
    return records
      .map((record) => parseStored(ticketSchema, record.key, record.value))
      .filter((ticket) => ticket.status === status)
      .sort((a, b) => a.sequence - b.sequence);
  }

  /** Runs `fn` in a transaction, again when it found a record changed under it. */
  private async retried<R>(fn: (tx: StoreTransaction) => Promise<R>): Promise<R> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.store.transaction(fn);
      } catch (error) {
        if (!(error instanceof RecordChanged) || attempt >= TRANSACTION_ATTEMPTS) throw error;
      }
    }
  }
}

/** What `create` and `createOnce` store, checked: a TicketInputError names every problem. */
type CheckedTicket = Omit<Ticket, 'id' | 'sequence'>;

function checkedTicket(input: NewTicket, createdAt: string, requestId?: string): CheckedTicket {
  const problems: string[] = [];
  const question = checkedText(input.question, MAX_QUESTION_LENGTH, 'question', problems);
  const language = ticketLanguageSchema.safeParse(input.language);
  if (!language.success) problems.push('language: must be en, fr or es');
  if (!(TICKET_SOURCES as readonly unknown[]).includes(input.source)) problems.push('source: must be teams or email');
  checkId(input.askerId, 'askerId', problems);
  checkId(input.conversationKey, 'conversationKey', problems);
  if (input.thread !== undefined) checkId(input.thread, 'thread', problems);
  if (requestId !== undefined && !requestIdSchema.safeParse(requestId).success) {
    problems.push('requestId: must be a non-empty string of at most 100 characters');
  }
  if (problems.length > 0) throw new TicketInputError(problems);
  const askerName = cleanName(input.askerName);
  return {
    status: 'open',
    question,
    language: input.language,
    askerId: input.askerId,
    ...(askerName !== undefined ? { askerName } : {}),
    source: input.source,
    conversationKey: input.conversationKey,
    ...(input.thread !== undefined ? { thread: input.thread } : {}),
    createdAt,
    ...(requestId !== undefined ? { requestId } : {}),
  };
}

/** Numbers and stores a new ticket inside `tx`. */
async function openIn(tx: StoreTransaction, checked: CheckedTicket): Promise<Ticket> {
  const sequence = await tx.increment(TICKET_COUNTER);
  const ticket = ticketSchema.parse({ id: formatTicketId(sequence), sequence, ...checked });
  if ((await tx.put(ticketKey(ticket.id), ticket, 0)) === null) {
    // The counter is behind the stored tickets (restored or edited by hand): stop rather than
    // overwrite someone's question.
    throw new Error(`Ticket ${ticket.id} already exists: the counter ${TICKET_COUNTER} is behind`);
  }
  return ticket;
}

/** The store key of a ticket id as typed, or undefined when it is not a ticket id. */
function keyOf(id: string): string | undefined {
  if (typeof id !== 'string') return undefined;
  const canonical = normalizeTicketId(id);
  return canonical ? ticketKey(canonical) : undefined;
}

function sequenceOf(ticketId: string): number {
  return Number(ticketId.slice(2));
}

function checkedText(raw: unknown, max: number, field: string, problems: string[]): string {
  if (typeof raw !== 'string') {
    problems.push(`${field}: must be text`);
    return '';
  }
  const problem = ticketTextProblem(raw, max);
  if (problem === 'empty') problems.push(`${field}: is empty`);
  if (problem === 'too-long') problems.push(`${field}: is longer than ${max} characters`);
  return cleanTicketText(raw);
}

function checkId(value: unknown, field: string, problems: string[]): void {
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_ID_LENGTH) {
    problems.push(`${field}: must be a non-empty string of at most ${MAX_ID_LENGTH} characters`);
  }
}

/** A display name on one line, cut to MAX_NAME_LENGTH characters; undefined when empty. */
function cleanName(name: string | undefined): string | undefined {
  if (typeof name !== 'string') return undefined;
  const line = cleanTicketText(name).replace(/\s+/gu, ' ');
  if (line === '') return undefined;
  return Array.from(line).slice(0, MAX_NAME_LENGTH).join('');
}
