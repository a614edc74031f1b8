import { createHash } from 'node:crypto';
import { z } from 'zod';
import { storedConversationReferenceSchema } from '../conversations/reference-schema';
import { LANGUAGES, NAMING_WORDS, saysOnly } from '../i18n';
import { readerText } from '../i18n/reader-text';

/**
 * The stored records of question tickets (a question the assistant could not answer, handed to
 * IKM), FAQ suggestions and the IKM channel, with their keys and the ticket number format. Every
 * record read back is parsed with these schemas, so a damaged or hand-edited row fails loudly with
 * its key.
 */

/** Longest question, in characters as a reader counts them (an emoji is one). */
export const MAX_QUESTION_LENGTH = 2000;
/** Longest answer, in characters. */
export const MAX_ANSWER_LENGTH = 4000;
/** Longest id, name or conversation key accepted on a ticket. */
const MAX_ID_LENGTH = 400;
const MAX_NAME_LENGTH = 200;

const isoInstant = z.string().datetime();
const id = z.string().min(1).max(MAX_ID_LENGTH);
const name = z.string().min(1).max(MAX_NAME_LENGTH);
const characters = (max: number) => readerText(max, z.string().min(1));

export const ticketLanguageSchema = z.enum(LANGUAGES);
export const TICKET_SOURCES = ['teams', 'email'] as const;
export const TICKET_STATUSES = ['open', 'answered', 'closed'] as const;

/** `Q-0007`: at least four digits. */
const TICKET_ID = /^Q-\d{4,}$/;

/** The id of one asker's request to send a question (see `ticketRequestKey`). */
export const requestIdSchema = z.string().min(1).max(100);

export const ticketAnswerSchema = z.object({
  text: characters(MAX_ANSWER_LENGTH),
  /** Who answered: an IKM member's Entra object id (or Teams id). */
  byId: id,
  byName: name.optional(),
  at: isoInstant,
});

/** Where the ticket's card was posted in the IKM channel, to update it once answered. */
export const channelMessageSchema = z.object({
  conversationId: id,
  activityId: id,
});

export const ticketSchema = z
  .object({
    /** `Q-0007`, what people quote. */
    id: z.string().regex(TICKET_ID),
    /** The number inside the id, for ordering past 9999. */
    sequence: z.number().int().positive(),
    /** open: waiting for IKM; answered: answer stored, delivery pending; closed: answer delivered. */
    status: z.enum(TICKET_STATUSES),
    question: characters(MAX_QUESTION_LENGTH),
    /** The asker's language: the answer is expected in it. */
    language: ticketLanguageSchema,
    /** Who asked: the Entra object id (or Teams id) in Teams; for e-mail, the id the mail intake gives the sender. */
    askerId: id,
    askerName: name.optional(),
    source: z.enum(TICKET_SOURCES),
    /**
     * Where the answer goes back: for Teams, the key of the asker's stored conversation reference
     * (`conversations/users/<ownerId>`, from `ConversationReferences.save`); opaque to this module.
     */
    conversationKey: id,
    /** Asked in a channel's thread: the id of the thread's first message, where the answer goes too. */
    thread: id.optional(),
    createdAt: isoInstant,
    answer: ticketAnswerSchema.optional(),
    channelMessage: channelMessageSchema.optional(),
    /** Set when an IKM member proposed the question and answer for the FAQ. */
    addToFaq: z.object({ requestedById: id, at: isoInstant }).optional(),
    /** When the answer was delivered and the ticket closed. */
    closedAt: isoInstant.optional(),
    /**
     * The asker's own name for the request that opened the ticket (the id an "Ask IKM" button
     * carries): the same request again finds this ticket (see `TicketService.createOnce`).
     */
    requestId: requestIdSchema.optional(),
    /**
     * When the asker had their data deleted: their words, name, chat and request are gone
     * (`ERASED_ASKER`, `ERASED_QUESTION` stand in), IKM's answer stays.
     */
    erasedAt: isoInstant.optional(),
  })
  .refine((ticket) => ticket.id === formatTicketId(ticket.sequence), {
    message: 'the id does not match the sequence',
    path: ['id'],
  })
  .refine((ticket) => ticket.status === 'open' || ticket.answer !== undefined, {
    message: 'an answered or closed ticket must have its answer',
    path: ['answer'],
  })
  .refine((ticket) => (ticket.status === 'closed') === (ticket.closedAt !== undefined), {
    message: 'closedAt is set exactly when the ticket is closed',
    path: ['closedAt'],
  });
export type Ticket = z.output<typeof ticketSchema>;
export type TicketLanguage = Ticket['language'];
export type TicketSource = Ticket['source'];
export type TicketStatus = Ticket['status'];
export type TicketAnswer = z.output<typeof ticketAnswerSchema>;
export type ChannelMessage = z.output<typeof channelMessageSchema>;

/** A question and its answer proposed for the FAQ, waiting for IKM's review. */
export const faqSuggestionSchema = z.object({
  ticketId: z.string().regex(TICKET_ID),
  question: characters(MAX_QUESTION_LENGTH),
  answer: characters(MAX_ANSWER_LENGTH),
  language: ticketLanguageSchema,
  /** Who proposed it (Entra object id or Teams id). */
  suggestedBy: id,
  at: isoInstant,
});
export type FaqSuggestion = z.output<typeof faqSuggestionSchema>;

/** Which ticket one asker's request opened (`ticket-requests/...`): a request sent again finds it. */
export const ticketRequestSchema = z.object({
  ticketId: z.string().regex(TICKET_ID),
});
export type TicketRequest = z.output<typeof ticketRequestSchema>;

/** The IKM channel, where ticket cards are posted. */
export const ikmChannelRecordSchema = z.object({
  reference: storedConversationReferenceSchema,
  registeredBy: id,
  registeredAt: isoInstant,
});
export type IkmChannelRecord = z.output<typeof ikmChannelRecordSchema>;

/** What stands for an erased asker's id and chat in a ticket kept for IKM's answer. */
export const ERASED_ASKER = 'erased';
/** What stands for an erased asker's question (the desk, which reads it, is in English). */
export const ERASED_QUESTION = '(deleted at the request of the person who asked)';

export const TICKETS_PREFIX = 'tickets/';
export const FAQ_SUGGESTIONS_PREFIX = 'faq-suggestions/';
export const TICKET_REQUESTS_PREFIX = 'ticket-requests/';
export const ANSWERS_WAITING_PREFIX = 'tickets-waiting/';
export const IKM_CHANNEL_KEY = 'ikm/channel';
/** The counter numbering tickets. */
export const TICKET_COUNTER = 'tickets/sequence';

export function ticketKey(ticketId: string): string {
  return TICKETS_PREFIX + ticketId;
}

/**
 * The key of one asker's request: a one-way hash of who asked and the request's id, so that the key
 * names nobody (the ticket holds the asker; erasing the ticket removes this record with it).
 */
export function ticketRequestKey(askerId: string, requestId: string): string {
  const digest = createHash('sha256').update(`${askerId}\n${requestId}`).digest('hex').slice(0, 40);
  return TICKET_REQUESTS_PREFIX + digest;
}

/**
 * The key of the answers IKM gave one asker that could not reach them (their chat lost or
 * refused), read with every turn of theirs so that the next one gives them: a one-way hash of the
 * asker, like `ticketRequestKey`.
 */
export function answersWaitingKey(askerId: string): string {
  return ANSWERS_WAITING_PREFIX + createHash('sha256').update(askerId).digest('hex').slice(0, 40);
}

/** The most answers kept waiting for one asker (the oldest go first). */
export const MAX_ANSWERS_WAITING = 50;
/** What `answersWaitingKey` holds: the tickets whose answer waits, oldest first. */
export const answersWaitingSchema = z.object({ tickets: z.array(z.string().regex(TICKET_ID)).max(MAX_ANSWERS_WAITING) });
export type AnswersWaiting = z.infer<typeof answersWaitingSchema>;

export function faqSuggestionKey(ticketId: string): string {
  return FAQ_SUGGESTIONS_PREFIX + ticketId;
}

/** `Q-0007`: the sequence number on at least four digits. */
export function formatTicketId(sequence: number): string {
  return `Q-${String(sequence).padStart(4, '0')}`;
}

/**
 * A ticket id as a person may type it ("q-7", " #Q-0007 ", "Q0007") in its canonical form;
 * undefined when it is not one.
 */
export function normalizeTicketId(text: string): string | undefined {
  const match = /^#?\s*Q-?\s*(\d{1,9})$/i.exec(text.trim());
  if (!match) return undefined;
  const sequence = Number(match[1]);
  return sequence > 0 ? formatTicketId(sequence) : undefined;
}


/**
 * The ticket a message names alone ("Q-0003", "ticket Q-3", "statut de ma question Q-0003"):
 * the number, with only words that name it or ask to see it around it; else undefined.
 */
export function ticketNamedAlone(text: string): string | undefined {
  const found = /(?<![\p{L}\p{N}])#?Q-?\s?(\d{1,9})(?![\p{L}\p{N}])/iu.exec(text);
  if (!found) return undefined;
  const rest = `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`;
  return saysOnly(rest, NAMING_A_TICKET) ? normalizeTicketId(`Q-${found[1]}`) : undefined;
}

/** Words that only name a ticket or ask where it stands, in the three languages. */
const NAMING_A_TICKET: ReadonlySet<string> = new Set([
  ...NAMING_WORDS, 'ticket', 'question', 'pregunta', 'is', 'where', 'ou', 'en', 'est', 'donde', 'esta',
]);

export { parseRecord as parseStored } from '../storage/parse-record';
