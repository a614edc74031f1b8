/**
 * Question tickets: what the assistant could not answer goes to IKM, whose first answer goes back
 * to the asker; FAQ suggestions from answered tickets; the IKM channel where ticket cards are
 * posted. A domain module: no botbuilder, no teams-ai, time from the injected clock.
 */
export { TicketInputError, TicketService } from './ticket-service';
export type { AnswerResult, CloseResult, CreateOnceResult, NewTicket, SuggestForFaqResult, TicketAnswerInput } from './ticket-service';
export { IkmChannel } from './ikm-channel';
export { isIkmAdmin } from './admins';
export {
  ANSWERS_WAITING_PREFIX,
  answersWaitingKey,
  ERASED_ASKER,
  ERASED_QUESTION,
  FAQ_SUGGESTIONS_PREFIX,
  IKM_CHANNEL_KEY,
  MAX_ANSWER_LENGTH,
  MAX_QUESTION_LENGTH,
  TICKETS_PREFIX,
  TICKET_COUNTER,
  TICKET_REQUESTS_PREFIX,
  faqSuggestionKey,
  faqSuggestionSchema,
  formatTicketId,
  ikmChannelRecordSchema,
  normalizeTicketId,
  ticketKey,
  ticketNamedAlone,
  ticketRequestKey,
  ticketSchema,
} from './records';
export type {
  ChannelMessage,
  FaqSuggestion,
  IkmChannelRecord,
  Ticket,
  TicketAnswer,
  TicketLanguage,
  TicketSource,
  TicketStatus,
} from './records';
export { cleanTicketText, ticketTextProblem } from './text';
export type { TextProblem } from './text';
