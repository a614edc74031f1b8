import type { SignedLinks } from '../downloads';
import type { BookingService, MyBooking } from '../bookings';
import { conversationStateKey, type ConversationReferences, type StoredConversationReference } from '../conversations';
import type { Announcements, AuditEntry, AuditLog } from '../desk';
import type { EligibilityRecord, EligibilityRecords } from '../eligibility';
import type { Draft, IdeaService, Submission } from '../ideas';
import type { People, PersonRecord } from '../people';
import type { ProposalRecord, ProposalService } from '../proposals';
import type { OutboxRow, ReminderOutbox, ReminderPreferences, ReminderPreferencesRecord } from '../reminders';
import type { Store } from '../storage/store';
import { answersWaitingKey, type Ticket, type TicketService } from '../tickets';

/**
 * What the assistant stores about one person, gathered for them to see (and download), and erased
 * when they ask. Submitted ideas and proposals stay with IKM: they are the office's submission to
 * the call, not the person's private data.
 */

/** Everything stored about a person, by kind. */
export interface PersonalData {
  personId: string;
  /** Language and time zone: chosen, and as Teams reported them. */
  profile?: PersonRecord;
  eligibility?: EligibilityRecord;
  draft?: Draft;
  submission?: Submission;
  proposal?: ProposalRecord;
  bookings: MyBooking[];
  reminderSettings?: ReminderPreferencesRecord;
  /** Reminders and IKM messages sent or waiting, to this person. */
  messages: OutboxRow[];
  questions: Ticket[];
  /** Questions asked in chats (group chats and channels too) and kept there for "Ask IKM", never sent. */
  keptQuestions: string[];
  /** The personal chat the assistant can write to later. */
  conversation?: StoredConversationReference;
  /**
   * What they did as an IKM administrator (decisions, answers, announcements...), as the audit log
   * names them: the call's record, kept when they delete their data.
   */
  ikmActions: AuditEntry[];
}

/**
 * Whether anything "Delete my data" removes is stored: a language or zone the person chose, and the
 * rest it lists; not what any message they send stores again (what Teams reports of them, the chat's
 * address), nor what stays with IKM (a submitted idea, a proposal handed in).
 */
export function holdsErasable(data: PersonalData): boolean {
  const unhandedTicks = data.proposal !== undefined && data.proposal.files.length === 0 && Object.keys(data.proposal.checklist).length > 0;
  return Boolean(
    data.profile?.language ||
      data.profile?.timeZone ||
      data.eligibility ||
      (data.draft && !data.submission) ||
      data.bookings.length ||
      data.reminderSettings ||
      data.messages.length ||
      data.questions.length ||
      data.keptQuestions.length ||
      unhandedTicks,
  );
}

/** What erasing removed, by kind (counts), and whose seats went to the waitlist. */
export interface ErasureReport {
  draft: boolean;
  eligibility: boolean;
  bookings: number;
  /** Teams promoted into the freed seats (to be told). */
  promoted: string[];
  reminderSettings: boolean;
  messages: number;
  questions: number;
  /** Of `questions`, those still waiting for IKM: withdrawn, no answer will come (the others keep IKM's answer, without the asker). */
  withdrawn: number;
  /** The questions erased, for their cards in IKM's channel to be cleared. */
  erasedQuestions: Ticket[];
  conversation: boolean;
  other: number;
}

/** The questions chats keep for "Ask IKM", found chat by chat (`KeptQuestions` in the bot). */
export interface QuestionsKeptInChats {
  /** `ownChat`: the state key of the person's personal chat, which keeps theirs too. */
  askedBy(personId: string, ownChat?: string): Promise<string[]>;
  /** Takes them out of every chat; how many went. */
  forget(personId: string, ownChat?: string): Promise<number>;
}

export interface PersonalDataSources {
  store: Store;
  people: People;
  ideas: IdeaService;
  eligibility: EligibilityRecords;
  proposals: ProposalService;
  bookings: BookingService;
  preferences: ReminderPreferences;
  outbox: ReminderOutbox;
  tickets: TicketService;
  keptQuestions: QuestionsKeptInChats;
  references: ConversationReferences;
  announcements: Announcements;
  audit: AuditLog;
  /** Holds the deployment's secret: names a deleted person in the audit log (`personHash`). */
  links: Pick<SignedLinks, 'personHash'>;
}

export class PersonalDataService {
  constructor(private readonly sources: PersonalDataSources) {}

  /** How many of the person's questions to IKM still wait for an answer (erasing withdraws them). */
  async waitingQuestions(personId: string): Promise<number> {
    return (await this.sources.tickets.forAsker(personId)).filter((ticket) => !ticket.answer).length;
  }

  async collect(personId: string): Promise<PersonalData> {
    return (await this.gather(personId)).data;
  }

  /**
   * What "Delete my data" pressed again finds: what is held of the person, and whether they deleted
   * their data before (the audit log's entry under their hash), from one reading of the log.
   */
  async standing(personId: string): Promise<{ held: PersonalData; deletedBefore: boolean }> {
    const { data, log } = await this.gather(personId);
    const hash = this.sources.links.personHash(personId);
    return { held: data, deletedBefore: log.some((entry) => entry.action === 'person.delete' && entry.target === hash) };
  }

  private async gather(personId: string): Promise<{ data: PersonalData; log: AuditEntry[] }> {
    const { people, ideas, eligibility, proposals, bookings, preferences, outbox, tickets, keptQuestions, references, audit } = this.sources;
    const [profile, check, draft, myBookings, reminderSettings, messages, questions, kept, conversation, log] = await Promise.all([
      people.record(personId),
      eligibility.latest(personId),
      ideas.getDraft(personId),
      bookings.myBookings(personId, { includePast: true, includeCancelled: true }),
      preferences.record(personId),
      outbox.rowsFor(personId),
      tickets.forAsker(personId),
      references.get(personId).then((own) => keptQuestions.askedBy(personId, own && conversationStateKey(own))),
      references.get(personId),
      audit.all(),
    ]);
    const submission = draft?.reference ? await ideas.getSubmission(draft.reference) : undefined;
    const proposal = submission ? await proposals.record(submission.reference) : undefined;
    const data: PersonalData = {
      personId,
      ...(profile ? { profile } : {}),
      ...(check ? { eligibility: check } : {}),
      ...(draft ? { draft } : {}),
      ...(submission ? { submission } : {}),
      ...(proposal ? { proposal } : {}),
      bookings: myBookings,
      ...(reminderSettings ? { reminderSettings } : {}),
      messages,
      questions,
      keptQuestions: kept,
      ...(conversation ? { conversation } : {}),
      ikmActions: log.filter((entry) => entry.by === personId),
    };
    return { data, log };
  }

  /**
   * Erases what the assistant keeps about the person, except their submitted idea and proposal:
   * an unsubmitted draft, the eligibility check, bookings (seats freed and offered to the waitlist),
   * reminder settings and messages, questions to IKM, the personal chat's reference and state, the
   * person record, feedback votes. Recorded in the audit log under a hash of their id keyed with the
   * deployment's secret (`SignedLinks.personHash`): the log names nobody, and someone holding an id
   * cannot find its entry without that secret.
   */
  async erase(personId: string): Promise<ErasureReport> {
    const { store, people, ideas, eligibility, bookings, preferences, outbox, tickets, references, announcements, audit } = this.sources;
    const conversation = await references.get(personId);
    // Before the person's messages go: each announcement's report keeps where theirs was.
    await announcements.forget(personId);
    const report: ErasureReport = {
      draft: await ideas.deleteDraft(personId),
      eligibility: await eligibility.delete(personId),
      bookings: (await bookings.myBookings(personId, { includePast: true, includeCancelled: true })).length,
      promoted: await bookings.forgetTeam(personId),
      reminderSettings: await preferences.delete(personId),
      messages: await outbox.deleteFor(personId),
      questions: 0,
      withdrawn: 0,
      erasedQuestions: [],
      conversation: await references.remove(personId),
      other: 0,
    };
    for (const ticket of await tickets.forAsker(personId)) {
      const erased = await tickets.eraseAsker(ticket.id);
      if (!erased) continue;
      report.questions += 1;
      if (erased === 'removed') report.withdrawn += 1;
      report.erasedQuestions.push(ticket);
    }
    // Questions they asked in group chats and channels stay in those chats' state, with everyone else's.
    report.other += await this.sources.keptQuestions.forget(personId, conversation && conversationStateKey(conversation));
    // A file waiting for the team's "replace the proposal?" answer, or ticks with no file, were never handed in.
    if (await this.sources.proposals.dropUnhandedIn(personId)) report.other += 1;
    // Records keyed by the person or their chat: the chat's state, the greeting marker, votes, notices.
    const encoded = encodeURIComponent(personId);
    const keys = [
      // IKM's answers that were waiting to reach them (the tickets are handled above).
      answersWaitingKey(personId),
      ...(conversation ? [conversationStateKey(conversation), `once/welcome/${conversation.conversationId}`] : []),
      ...(await store.list<unknown>('faq/feedback-votes/')).map((record) => record.key).filter((key) => key.endsWith(`/${encoded}`)),
      ...(await store.list<unknown>('sessions/notices/')).map((record) => record.key).filter((key) => key.includes(`/${personId}/`)),
      // Retry guards name the chat for a couple of hours; the chat is forgotten now.
      ...(conversation
        ? (await store.list<unknown>('seen/')).map((record) => record.key).filter((key) => key.includes(`/${encodeURIComponent(conversation.conversationId)}/`))
        : []),
    ];
    for (const key of keys) if (await store.delete(key)) report.other += 1;
    await people.delete(personId);
    await audit.record({ by: 'person', action: 'person.delete', target: this.sources.links.personHash(personId) });
    return report;
  }
}
