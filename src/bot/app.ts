import { Application, TeamsAdapter } from '../teams-ai';
import { ActivityTypes, Storage, TurnContext } from 'botbuilder';
import { DialogContext, DialogSet, DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import { z } from 'zod';
import { IDEA_FORM_DIALOG, ELIGIBILITY_DIALOG, InterruptibleDialog, isHandOff, isReplay, LANGUAGE_DIALOG } from '../../dialogs';
import { type Language, languageAsked, messages } from '../i18n';
import { describeError, type Logger } from '../logger';
import { referenceAlone } from '../ideas/references';
import { looksLikeQuestion } from '../faq/text-normalize';
import { withoutAddressees } from '../input-hygiene';
import { personIdOf } from '../people';
import type { ReadAhead } from '../storage/store';
import { CommandName, commandLanguage, recognizeCommand, recognizeDeskPage, recognizeTypedCommand, remindersNamedIn, sessionKindNamed, type TypedCommand } from './commands';
import { FORM_DIALOGS, helpPlace, inCardForm, sayCancelled } from './dialog-set';
import { isDoublePress } from './double-press';
import { DraftDiscard, draftDiscardSchema, draftKeepSchema } from './idea-form/draft-discard';
import { formCancelSchema, formSubmitSchema } from './forms';
import { requireIkmAdmin } from './admin';
import { readSubmit, unfinishedText } from './card-submit';
import { MenuEntry, MenuItem, menuSubmitSchema } from './home/cards';
import { DeskFeature, deskSubmitSchemas, DeskVerb } from './ikm-desk';
import { eraseAskSchema, eraseConfirmSchema, myDataShowSchema } from './my-data/cards';
import type { MyDataView } from './my-data/my-data-view';
import { proposalItemSchema, proposalReplaceSchema, proposalShowSchema } from './proposal/cards';
import { TEAMS_FILE_CONTENT_TYPE } from './proposal/file-download';
import type { ProposalStage } from './proposal/proposal-stage';
import { menuItemForNumber, type MenuContents, SHARED_MENU, sendHelp, sendWelcome } from './home/menu';
import { chooseZone, languageSubmitSchema, timeZoneSubmitSchema } from './person';
import { readTypedTimeZone } from '../time-zone';
import { awaitedAnswer, awaitedAnswerLanguage, receiveAwaitedAnswer } from './awaited-answers';
import {
  faqAskIkmCancelSchema,
  faqAskIkmSchema,
  faqAskIkmSendSchema,
  faqFeedbackSchema,
  faqOpenSchema,
  ticketAddToFaqSchema,
  ticketAnswerSchema,
} from './questions/cards';
import type { FaqAnswers } from './questions/faq-answers';
import type { IkmQuestions } from './questions/ikm-questions';
import { channelShowsCards, inPersonalChat } from './replies';
import { reminderSaveSchema, reminderStopSchema } from './reminders/cards';
import type { ReminderSettings } from './reminders/reminder-settings';
import {
  sessionAdminAttendeesSchema,
  sessionAdminCancelAskSchema,
  sessionAdminCancelSchema,
  sessionAdminFormSchema,
  sessionAdminKeepSchema,
  sessionAdminSubmitSchema,
  sessionBookSchema,
  sessionCancelAskSchema,
  sessionCancelKeepSchema,
  sessionCancelSchema,
  sessionDeclineSchema,
  sessionListSchema,
  sessionMineSchema,
  sessionMoveSchema,
  sessionRescheduleSchema,
  SessionsFeature,
} from './sessions';
import type { SeenActivities } from './seen-activities';
import { HubTurnState } from './state';
import { bindTurn, chooseLanguage, hasTurn, noteWrittenLanguage, speakThisTurn, TurnSettings, turnOf } from './turn';
import { answersWaitingKey, ticketNamedAlone } from '../tickets';
import { DESK_LANGUAGE, deskTexts } from './ikm-desk/desk-language';

/** Longest text message the bot reads; longer ones are refused with a message, not truncated. */
export const MAX_MESSAGE_LENGTH = 8000;

/**
 * A command with a colleague addressed before or after it ("@Hub @Ana menu", "@Hub language
 * @Ana"): read as the command. Anything else keeps the names (a question may be about them).
 */
function readCommandPastAddressees(context: TurnContext): void {
  const { text, entities, recipient } = context.activity;
  if (typeof text !== 'string' || !entities?.length || recognizeCommand(text) !== undefined) return;
  const command = withoutAddressees(text, entities, recipient?.id);
  if (command !== text && (recognizeCommand(command) !== undefined || languageAsked(command) !== undefined)) context.activity.text = command;
}

/**
 * A document attached to a message, as a proposal would be: PDF, Word, Excel, PowerPoint,
 * OpenDocument, an archive. Not the message's own HTML, a picture, an invitation (.ics) or Outlook's
 * winmail.dat, which come with ordinary e-mails.
 */
function isAttachedFile(attachment: { contentType?: string }): boolean {
  return DOCUMENT_TYPES.test(attachment.contentType ?? '');
}
const DOCUMENT_TYPES =
  /^application\/(?:pdf|msword|rtf|zip|x-zip-compressed|vnd\.openxmlformats-officedocument\.[\w.-]+|vnd\.ms-(?:excel|powerpoint)[\w.-]*|vnd\.oasis\.opendocument\.[\w.-]+)$/iu;

/**
 * Whether a message's attachments carry something besides its text: Teams adds a `text/html` copy
 * of what was typed to every message, so only other attachments (a picture, a sticker) count.
 */
function carriesContent(attachments: { contentType?: string }[] | undefined): boolean {
  return (attachments ?? []).some((attachment) => attachment.contentType !== 'text/html');
}

/** The menu entries that start a dialog. */
const MENU_DIALOGS: Partial<Record<MenuItem, string>> = { eligibility: ELIGIBILITY_DIALOG, idea: IDEA_FORM_DIALOG };

export interface BotDependencies {
  adapter: TeamsAdapter;
  /** Turn state storage (eTag-honouring). */
  storage: Storage;
  /** Defaults for a person's zone, and who the IKM administrators are. */
  turnSettings: TurnSettings;
  /**
   * Claims a one-time event (insert-if-absent in the store): true for the first caller only, even
   * when two turns race, as Teams' simultaneous install events do.
   */
  claimOnce: (key: string) => Promise<boolean>;
  /** The store keys read with every turn's state, besides it, for a person (see `HubTurnState`). */
  readAlong: (personId: string) => string[];
  /** Which activities were claimed already (Teams resends): each turn claims its own with its state. */
  seen: SeenActivities;
  logger: Logger;
  /** Where the call stands, in the reader's language and zone. */
  describeCall: (language: Language, zone: string) => string;
  /** The eligibility check, the idea form and the language question. */
  dialogs: DialogSet;
  answers: FaqAnswers;
  ikmQuestions: IkmQuestions;
  sessions: SessionsFeature;
  reminders: ReminderSettings;
  desk: DeskFeature;
  /** Whether a conversation is the registered IKM channel, where the desk may show people's submissions. */
  isIkmChannel: (conversationId: string) => Promise<boolean>;
  proposal: ProposalStage;
  myData: MyDataView;
  /** The reference of the idea the person submitted, if any (from the draft read with the turn's state, when it was). */
  submittedReference: (personId: string, ahead?: ReadAhead) => Promise<string | undefined>;
  /** The call's id, to read its reference numbers in what people type, and where to write about an idea. */
  call: { id: string; mailbox: string };
  /** "discard my draft": starting the idea over. */
  draftDiscard: DraftDiscard;
}

/**
 * Menu entries that show one person's own records, or people's records to IKM, and the language
 * question (in a group it would wait for whoever writes next): personal chats only (see `inPrivate`).
 */
const PERSONAL_VIEWS: ReadonlySet<string> = new Set(['myData', 'deleteMyData', 'proposal', 'reminders', 'desk', 'language', 'timeZone']);

/**
 * The bot's route table: every text command, card verb and install event, and the feature that
 * handles it. Handlers translate between Teams and the features; they hold no rules of their own.
 */
export function createBotApplication(deps: BotDependencies): Application<HubTurnState> {
  const { logger, describeCall, dialogs, answers, ikmQuestions, sessions, reminders, desk, proposal, myData, turnSettings } = deps;

  /**
   * The menu for this turn: in a personal chat, this person's ("My proposal" when shortlisted, the
   * desk for IKM, the idea as submitted); in a group chat or channel, what works there.
   */
  const menuFor = async (context: TurnContext): Promise<MenuContents> => {
    if (!inPersonalChat(context)) return SHARED_MENU;
    const { personId, adminId, state } = turnOf(context);
    const ideaSubmitted = (await deps.submittedReference(personId, state.readAhead)) !== undefined;
    // Only a submitted idea can be in the proposal stage: asked only then, the draft is read and
    // parsed once on everyone else's menu turn, not twice.
    const inStage = ideaSubmitted && (await proposal.isInStage(personId, state.readAhead));
    return { entries: [...(inStage ? (['proposal'] as const) : []), ...(adminId ? (['desk'] as const) : [])], ideaSubmitted };
  };

  /**
   * Runs a dialog step. A dialog that ends by handing over starts the next one; one that ends
   * because the message was not for it (text after a finished check) lets the message be routed
   * as if no dialog had been running.
   */
  const follow = async (dc: DialogContext, step: Promise<DialogTurnResult>) => {
    const result = await step;
    if (result.status !== DialogTurnStatus.complete) return;
    if (isHandOff(result.result)) await dc.beginDialog(result.result.next.dialogId, result.result.next.options);
    else if (isReplay(result.result)) await routeText(dc.context, await dialogs.createContext(dc.context));
  };

  /**
   * What shows one person's own records (their data and its download link, their proposal, bookings,
   * reminder settings) or people's records to IKM (the desk, its exports and attendee lists) is shown
   * in a personal chat only: in a channel or group chat everyone there would read it, and could open
   * its links. Elsewhere the person is told where to ask; true when the view may go on.
   */
  const inPrivate = async (context: TurnContext, options: { ikmChannel?: boolean } = {}): Promise<boolean> => {
    if (inPersonalChat(context)) return true;
    // IKM's own channel, which receives the submissions already, may show IKM's views of them.
    if (options.ikmChannel && (await deps.isIkmChannel(context.activity.conversation.id))) return true;
    // An administrator asking for the desk is told where it does open (IKM's channel too).
    const { t, adminId } = turnOf(context);
    await context.sendActivity(options.ikmChannel && adminId ? t.personalViewDesk : t.personalView);
    return false;
  };
  /** A handler that runs in a personal chat only (see `inPrivate`). */
  const personal =
    <D>(handler: (context: TurnContext, data: D) => Promise<void>, options: { ikmChannel?: boolean } = {}) =>
    async (context: TurnContext, data: D) => {
      if (await inPrivate(context, options)) await handler(context, data);
    };

  const app = new Application<HubTurnState>({
    adapter: deps.adapter,
    storage: deps.storage,
    turnStateFactory: () => new HubTurnState({ readAlong: (context) => deps.readAlong(personIdOf(context.activity.from)), seen: deps.seen }),
    // Typing indicators are noise for a bot that answers at once, and they race with test recorders.
    startTypingTimer: false,
    // The bot's mentions are taken out at the HTTP edge, every one of them (`withoutAddressing`).
    removeRecipientMention: false,
  });

  // IKM's answers that could not reach someone, given in their next turn, after its own answer
  // (see `IkmQuestions.deliverWaiting`); their record of them is read with the turn's state. Runs
  // before the state is saved, so a failure here is logged, never thrown: the turn keeps what it did.
  app.turn('afterTurn', async (context, state) => {
    if (state.isRepeat || !hasTurn(context)) return true;
    const waiting = state.readAhead(answersWaitingKey(turnOf(context).personId))?.record;
    if (waiting) {
      await ikmQuestions.deliverWaiting(context, waiting).catch((error: unknown) =>
        logger.warn({ event: 'ticket.waiting_failed', error: describeError(error) }, 'waiting answers not given this turn'),
      );
    }
    return true;
  });

  // A copy Teams re-sent of an activity already claimed (by a turn that ran, runs on another
  // instance, or failed; the claim was made with the state's read): acknowledged (an invoke with 200,
  // not botbuilder's 501), and nothing else. First of the turn's handlers, so no other one sees it.
  app.turn('beforeTurn', async (context, state) => {
    if (!state.isRepeat && !isDoublePress(context, state.conversation)) {
      if (context.activity.type === ActivityTypes.Message) receiveAwaitedAnswer(context, state.conversation, personIdOf(context.activity.from));
      return true;
    }
    logger.info({ event: state.isRepeat ? 'activity.duplicate' : 'card.double-press', type: context.activity.type }, 'repeated activity ignored');
    if (context.activity.type === ActivityTypes.Invoke) await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
    return false;
  });

  /**
   * Registers a card submit by verb; its data is checked by the card's zod schema first. A submit
   * whose only problems are boxes the person typed in (a required one left empty, one past its
   * limit: `requiredText`, `optionalText`) goes to `unfinished`, with what was written and what to put
   * right, in words (`unfinishedText`; a route whose handler checks who may press it passes an
   * `unfinished` that checks first); without one, the person is told those words.
   */
  const onSubmit = <S extends z.ZodTypeAny>(
    verb: string | RegExp,
    schema: S,
    handler: (context: TurnContext, data: z.infer<S>) => Promise<void>,
    unfinished?: (context: TurnContext, data: z.infer<S>, problem: string) => Promise<void>,
  ) =>
    app.adaptiveCards.actionSubmit(verb, async (context, state) => {
      const { t, language } = bindTurn(context, state, turnSettings);
      const submit = readSubmit(schema, context.activity.value);
      if (submit.kind === 'valid') await handler(context, submit.data);
      else if (submit.kind === 'unfinished' && unfinished) await unfinished(context, submit.data, unfinishedText(t, language, submit));
      else if (submit.kind === 'unfinished') await context.sendActivity(unfinishedText(t, language, submit));
      // A forged or outdated submit gets a clear answer and changes nothing.
      else await context.sendActivity(t.cards.unknownAction);
    });

  /**
   * The IKM desk's buttons and forms: the admin guard comes first, before the payload is even read,
   * so that someone else learns nothing (not which payloads would be valid, not whether a reference
   * exists); then the verb's own schema.
   */
  app.adaptiveCards.actionSubmit(/^desk\./, async (context, state) => {
    bindTurn(context, state, turnSettings);
    if (!(await inPrivate(context, { ikmChannel: true }))) return;
    const adminId = await requireIkmAdmin(context);
    if (!adminId) return;
    const verb = (context.activity.value as { verb?: unknown } | undefined)?.verb;
    const schema = typeof verb === 'string' && Object.hasOwn(deskSubmitSchemas, verb) ? deskSubmitSchemas[verb as DeskVerb] : undefined;
    const submit = schema ? readSubmit(schema, context.activity.value) : { kind: 'refused' as const };
    if (submit.kind === 'refused') {
      await context.sendActivity(deskTexts.cards.unknownAction);
      return;
    }
    if (submit.kind === 'unfinished') {
      // A form comes back with what was written and what to put right; anything else says it.
      // In the desk's language, as its labels are (English), whatever the admin's own.
      const problem = unfinishedText(deskTexts, DESK_LANGUAGE, submit, desk.fieldLabels(verb as DeskVerb));
      if (!(await desk.handleUnfinished(context, verb as DeskVerb, submit.data, problem))) await context.sendActivity(problem);
      return;
    }
    await desk.handle(context, verb as DeskVerb, submit.data, adminId);
  });

  /** Greets a newly installed conversation once, whichever install event arrives first. */
  const welcomeOnce = async (context: TurnContext, state: HubTurnState) => {
    const { language } = bindTurn(context, state, turnSettings);
    if (!(await deps.claimOnce(`welcome/${context.activity.conversation.id}`))) return;
    await sendWelcome(context, describeCall(language, turnOf(context).timeZone), await menuFor(context));
  };

  /**
   * The idea a reference names: its desk card for IKM, the person's own idea for its submitter
   * (as "My submitted idea" shows it); anyone else learns nothing of it, not even whether it exists.
   */
  const showNamedIdea = async (context: TurnContext, reference: string) => {
    const { adminId, personId, state, t } = turnOf(context);
    if (adminId) {
      if (!(await inPrivate(context, { ikmChannel: true }))) return;
      return desk.handle(context, 'desk.submission.open', { verb: 'desk.submission.open', reference }, adminId);
    }
    if (!(await inPrivate(context))) return;
    if ((await deps.submittedReference(personId, state.readAhead)) === reference) return openMenuItem(context, 'idea');
    await context.sendActivity(t.ideaForm.review.notYours({ reference, mailbox: deps.call.mailbox }));
  };

  /** The question a ticket number names: its card for IKM, its status and answer for its asker only. */
  const showNamedTicket = async (context: TurnContext, ticketId: string) => {
    const { adminId } = turnOf(context);
    if (adminId) {
      if (!(await inPrivate(context, { ikmChannel: true }))) return;
      return desk.handle(context, 'desk.question.open', { verb: 'desk.question.open', ticketId }, adminId);
    }
    if (!(await inPrivate(context))) return;
    await ikmQuestions.showToAsker(context, ticketId);
  };

  /** Opens a menu entry. */
  const openMenuItem = async (context: TurnContext, item: MenuEntry | 'deleteMyData' | 'language' | 'timeZone' | 'help' | 'home') => {
    const { t, language } = turnOf(context);
    const dc = await dialogs.createContext(context);
    if (item === 'home') return sendWelcome(context, describeCall(language, turnOf(context).timeZone), await menuFor(context));
    if (item === 'help') return sendHelp(context, dc.activeDialog ? helpPlace(context, dc.activeDialog.id) : false);
    if (item === 'ask') {
      await context.sendActivity(t.menu.askIntro);
      return;
    }
    if (item === 'sessions') return sessions.catalogue.showCatalogue(context);
    // Each person's language is their own, set here by its name ("français"): no question to the group.
    if (item === 'language' && !inPersonalChat(context)) {
      await context.sendActivity(t.language.inShared);
      return;
    }
    if (PERSONAL_VIEWS.has(item) && !(await inPrivate(context, { ikmChannel: item === 'desk' }))) return;
    if (item === 'reminders') return reminders.show(context);
    if (item === 'timeZone') return chooseZone(context);
    if (item === 'proposal') return proposal.show(context);
    if (item === 'myData') return myData.show(context);
    if (item === 'deleteMyData') return myData.askErase(context);
    if (item === 'desk') {
      if (await requireIkmAdmin(context)) await desk.dashboard.show(context);
      return;
    }
    if (item === 'language') {
      // On top of whatever is running: when the language is chosen, that dialog asks again.
      if (dc.activeDialog?.id !== LANGUAGE_DIALOG) await dc.beginDialog(LANGUAGE_DIALOG);
      return;
    }
    const dialogId = MENU_DIALOGS[item as MenuItem];
    if (!dialogId) {
      await context.sendActivity(t.notAvailable({ feature: t.menu[item] }));
      return;
    }
    if (!inPersonalChat(context)) {
      await context.sendActivity(t.forms.personalOnly);
      return;
    }
    // The check asked for while it is open (the words its "form still open" line gives): its current
    // card again, answers kept; a fresh start would drop the answers behind the self-check. (The
    // idea form starts again from its draft, which keeps everything.)
    const open = dc.activeDialog?.id === dialogId ? dc.findDialog(dialogId) : undefined;
    if (dialogId === ELIGIBILITY_DIALOG && open instanceof InterruptibleDialog && open.waitsForAnswer(dc.activeDialog!)) {
      await dc.repromptDialog();
      return;
    }
    await dc.cancelAllDialogs();
    await follow(dc, dc.beginDialog(dialogId));
  };

  // Install: Teams sends conversationUpdate and installationUpdate; greet once per conversation.
  app.conversationUpdate('membersAdded', async (context, state) => {
    const botId = context.activity.recipient.id;
    const botAdded = (context.activity.membersAdded ?? []).some((member) => member.id === botId);
    if (botAdded) await welcomeOnce(context, state);
  });
  app.activity(ActivityTypes.InstallationUpdate, async (context, state) => {
    const action = String(context.activity.action ?? '');
    if (action.startsWith('add')) await welcomeOnce(context, state);
  });

  // Home and the person's own settings.
  onSubmit('menu', menuSubmitSchema, (context, data) => openMenuItem(context, data.item));
  // The language card is a personal chat's (see PERSONAL_VIEWS); a language's name typed works anywhere.
  onSubmit(
    'language',
    languageSubmitSchema,
    personal(async (context, data) => {
      const dc = await dialogs.createContext(context);
      const { t } = chooseLanguage(context, data.language);
      await context.sendActivity(t.language.changed);
      // The dialog the language question interrupted asks its question again, in the new language.
      if (dc.activeDialog?.id === LANGUAGE_DIALOG) await dc.endDialog();
    }),
  );
  // A person's zone is chosen where times are shown in it: a group shows the deployment's.
  onSubmit(/^(zone|session\.zone)$/, timeZoneSubmitSchema, personal((context, data) => chooseZone(context, data.timeZone)));

  // Form cards: the submit goes to the dialog that owns the form, resumed silently if the
  // conversation moved on (an older card, a restart): the dialog then judges the card's revision.
  onSubmit(/^(eligibility|idea)\./, formSubmitSchema, async (context, data) => {
    const { t } = turnOf(context);
    const dialogId = FORM_DIALOGS[data.form];
    // A verb of one form on another form's card is forged: refuse it before touching anything.
    if (!data.verb.startsWith(data.form === 'idea' ? 'idea.' : 'eligibility.')) {
      await context.sendActivity(t.cards.unknownAction);
      return;
    }
    if (!inPersonalChat(context)) {
      await context.sendActivity(t.forms.personalOnly);
      return;
    }
    const dc = await dialogs.createContext(context);
    if (dc.activeDialog?.id !== dialogId) {
      await dc.cancelAllDialogs();
      await dc.beginDialog(dialogId, { silent: true, revision: data.revision });
    }
    await follow(dc, dc.continueDialog());
  });
  onSubmit('form.cancel', formCancelSchema, async (context, data) => {
    const { t } = turnOf(context);
    const dc = await dialogs.createContext(context);
    // Cancel on an old card of another form must not stop what is running now.
    if (dc.activeDialog?.id !== FORM_DIALOGS[data.form]) {
      await context.sendActivity(dc.activeDialog ? t.cancel.oldForm : t.cancel.nothing);
      return;
    }
    await dc.cancelAllDialogs();
    // The same words as "cancel" typed: how to come back to it.
    await sayCancelled(context, FORM_DIALOGS[data.form]);
  });

  // Questions and IKM's answers.
  onSubmit('faq.open', faqOpenSchema, (context, data) => answers.open(context, data.entryId, data.questionId));
  onSubmit('faq.feedback', faqFeedbackSchema, (context, data) => answers.feedback(context, data.entryId, data.helpful, data.questionId));
  onSubmit('faq.askIkm', faqAskIkmSchema, (context, data) => ikmQuestions.confirm(context, data.questionId));
  onSubmit('faq.askIkm.send', faqAskIkmSendSchema, (context, data) => ikmQuestions.send(context, data.questionId));
  onSubmit('faq.askIkm.cancel', faqAskIkmCancelSchema, (context, data) => ikmQuestions.cancel(context, data.questionId));
  const answerTicket = (context: TurnContext, data: z.infer<typeof ticketAnswerSchema>) => ikmQuestions.answerTicket(context, data.ticketId, data.answer);
  onSubmit('ticket.answer', ticketAnswerSchema, answerTicket, answerTicket);
  onSubmit('ticket.addToFaq', ticketAddToFaqSchema, (context, data) => ikmQuestions.addToFaq(context, data.ticketId));

  // Clinics and workshops.
  onSubmit('session.list', sessionListSchema, (context, data) =>
    sessions.catalogue.showCatalogue(context, { kind: data.kind || undefined, topic: data.topic && data.topic !== 'all' ? data.topic : undefined }),
  );
  onSubmit('session.mine', sessionMineSchema, personal((context) => sessions.catalogue.showMine(context)));
  // A booking is one team's own: booked, moved or cancelled in a personal chat, never where the
  // group would read the confirmation with its Join link.
  onSubmit('session.move', sessionMoveSchema, personal((context, data) => sessions.catalogue.showMoveChoices(context, data.sessionId)));
  onSubmit('session.book', sessionBookSchema, personal((context, data) => sessions.booking.book(context, data.sessionId)));
  onSubmit('session.cancel.ask', sessionCancelAskSchema, personal((context, data) => sessions.booking.askCancel(context, data.sessionId)));
  onSubmit('session.cancel.keep', sessionCancelKeepSchema, personal((context, data) => sessions.booking.keep(context, data.sessionId)));
  onSubmit('session.cancel', sessionCancelSchema, personal((context, data) => sessions.booking.cancel(context, data.sessionId)));
  onSubmit('session.decline', sessionDeclineSchema, personal((context, data) => sessions.booking.decline(context, data.sessionId)));
  onSubmit('session.reschedule', sessionRescheduleSchema, personal((context, data) => sessions.booking.reschedule(context, data.from, data.to)));
  onSubmit(
    'session.save',
    sessionAdminSubmitSchema,
    (context, data) => sessions.admin.save(context, data),
    (context, data, problem) => sessions.admin.showUnfinished(context, data, problem),
  );
  // IKM's buttons for a session (the desk's list, the cancel confirmation): each checks the admin first.
  onSubmit('session.admin.form', sessionAdminFormSchema, (context, data) => sessions.admin.showForm(context, data.sessionId || undefined));
  onSubmit(
    'session.admin.attendees',
    sessionAdminAttendeesSchema,
    personal((context, data) => sessions.admin.showAttendees(context, data.sessionId), { ikmChannel: true }),
  );
  onSubmit('session.admin.cancel.ask', sessionAdminCancelAskSchema, (context, data) => sessions.admin.askCancelSession(context, data.sessionId));
  onSubmit('session.admin.cancel', sessionAdminCancelSchema, (context, data) => sessions.admin.cancelSession(context, data.sessionId));
  onSubmit('session.admin.keep', sessionAdminKeepSchema, (context, data) => sessions.admin.keepSession(context, data.sessionId));

  // The proposal stage and the person's own data.
  onSubmit('proposal.show', proposalShowSchema, personal((context) => proposal.show(context)));
  onSubmit('proposal.item', proposalItemSchema, personal((context, data) => proposal.setItem(context, data.itemId, data.done)));
  onSubmit('proposal.replace', proposalReplaceSchema, personal((context, data) => proposal.decideReplacement(context, data)));
  onSubmit('draft.discard', draftDiscardSchema, personal((context, data) => deps.draftDiscard.discard(context, data.revision)));
  onSubmit('draft.keep', draftKeepSchema, (context) => deps.draftDiscard.keep(context));
  onSubmit('mydata.show', myDataShowSchema, personal((context) => myData.show(context)));
  onSubmit('mydata.erase.ask', eraseAskSchema, personal((context) => myData.askErase(context)));
  onSubmit('mydata.erase.confirm', eraseConfirmSchema, personal((context, data) => myData.confirmErase(context, data.confirmation)));

  // Reminders.
  onSubmit('reminders.stop', reminderStopSchema, personal((context, data) => reminders.stop(context, data.kind)));
  onSubmit('reminders.save', reminderSaveSchema, personal((context, data) => reminders.save(context, data)));

  // The bot uses no invoke-based features (Action.Execute, task modules, message extensions).
  // A stray or forged invoke gets a clear answer instead of botbuilder's 501.
  app.activity(ActivityTypes.Invoke, async (context, state) => {
    const { t } = bindTurn(context, state, turnSettings);
    logger.info({ event: 'invoke.unsupported', name: String(context.activity.name ?? '') }, 'invoke not handled');
    const value =
      context.activity.name === 'adaptiveCard/action'
        ? { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: t.cards.unknownAction } }
        : { status: 400, body: { error: 'UnsupportedInvoke' } };
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value });
  });

  /**
   * A message edited in Teams (a typo corrected in a question): the question as it reads now is
   * answered, said to be the edit's answer. An edited command, or an answer given in a form, is not
   * run again (the form has taken the first): one line says to send it again.
   */
  app.messageEventUpdate('editMessage', async (context, state) => {
    const { t, adminId } = bindTurn(context, state, turnSettings);
    const text = String(context.activity.text ?? '').trim();
    if (text === '' || text.length > MAX_MESSAGE_LENGTH) return;
    const dc = await dialogs.createContext(context);
    const command = recognizeCommand(text, { inForm: dc.activeDialog !== undefined });
    if (dc.activeDialog || command !== undefined || recognizeTypedCommand(text, { admin: adminId !== undefined })) {
      await context.sendActivity(t.input.editedResend);
      return;
    }
    await context.sendActivity(t.input.editedAnswer);
    await answers.answer(context, text);
  });

  // Everything else that is a message: a card submit nobody claimed, or text.
  app.activity(ActivityTypes.Message, async (context, state) => {
    const { t } = bindTurn(context, state, turnSettings);
    readCommandPastAddressees(context);
    const text = context.activity.text;
    // A file sent to the bot (Teams puts it in an attachment): the proposal document.
    if ((context.activity.attachments ?? []).some((attachment) => attachment.contentType === TEAMS_FILE_CONTENT_TYPE)) {
      // Only from a personal chat: in a group, the replies (and a question about replacing the file
      // handed in, which names it) would be read by everyone there.
      if (!inPersonalChat(context)) await context.sendActivity(t.proposal.inSharedChat);
      // A file whose details cannot be read is still answered: nothing was taken, and why.
      else if (!(await proposal.handIn(context))) await context.sendActivity(t.proposal.unreadable);
      return;
    }
    // A file attached where the bot takes none (an e-mail to the mailbox): it would vanish unsaid,
    // or its covering note be answered from the FAQ. How to hand the proposal in instead.
    if (!channelShowsCards(context) && (context.activity.attachments ?? []).some(isAttachedFile)) {
      await proposal.explainNoFiles(context);
      // A question or a command written beside the file is answered too ("when is the deadline?", "menu").
      if (typeof text !== 'string' || (!looksLikeQuestion(text) && recognizeCommand(text) === undefined)) return;
    }
    if (typeof text !== 'string' || text.trim() === '') {
      const isCardSubmit = context.activity.value !== undefined;
      // A text message with nothing visible in it (spaces, or invisible characters the edge took
      // out) was still a text message: say it was empty. Only something that is not text (a
      // picture, a sticker) is "not something I can read".
      const isEmptyText = !isCardSubmit && typeof text === 'string' && !carriesContent(context.activity.attachments);
      logger.info({ event: isCardSubmit ? 'card.unknown' : isEmptyText ? 'message.empty' : 'message.unsupported' }, 'message not handled');
      await context.sendActivity(isCardSubmit ? t.cards.unknownAction : isEmptyText ? t.input.empty : t.input.unsupported);
      return;
    }
    if (text.length > MAX_MESSAGE_LENGTH) {
      await context.sendActivity(t.input.tooLong({ max: MAX_MESSAGE_LENGTH }));
      return;
    }
    // A picture pasted beside the words ("is this poster ok?"): said once that only the words are read.
    // (Not on e-mail, where a picture is most often the logo in a signature.)
    if (channelShowsCards(context) && (context.activity.attachments ?? []).some((attachment) => attachment.contentType?.startsWith('image/'))) {
      await context.sendActivity(t.input.pictureNotRead);
    }
    const dc = await dialogs.createContext(context);
    const command = recognizeCommand(text, { inForm: dc.activeDialog !== undefined });
    const typed = command === undefined ? recognizeTypedCommand(text, { admin: turnOf(context).adminId !== undefined }) : undefined;
    // A command typed in another language than the chat's is answered in it ("mis datos", "bonjour",
    // "fuseau horaire Dakar").
    const typedIn = command ? commandLanguage(text) : typed?.language;
    if (typedIn && typedIn !== turnOf(context).language) speakThisTurn(context, typedIn);
    if (typedIn) noteWrittenLanguage(context, typedIn);
    // Inside a dialog, text is an answer; help and cancel are handled by the dialog itself. The
    // other command words (menu, language, a menu entry), and commands with what they name ("time
    // zone Dhaka", "book clinic-1"), work at any point.
    // A language asked for by its name ("français", "in English") switches to it; inside a form
    // only where the form is a card (in a text channel "English" may answer the question of the
    // idea's language), whose question then comes again in the new language.
    const asked = command === undefined && (!dc.activeDialog || inCardForm(context, dc.activeDialog.id)) ? languageAsked(text) : undefined;
    if (asked) {
      await context.sendActivity(chooseLanguage(context, asked).t.language.changed);
      if (dc.activeDialog) await InterruptibleDialog.askAgain(dc);
      return;
    }
    // "ok", "yes", "no" inside a form are answers like any other (a text channel asks yes-or-no questions).
    const answerInForm = command === undefined || command === 'help' || command === 'cancel' || command === 'acknowledge' || command === 'yesNo';
    // A desk page named by an IKM administrator beside a form's card opens it; the form stays open
    // above (its answers go in its card, so the words were no answer).
    const deskPageBesideCard =
      command === undefined && dc.activeDialog !== undefined && turnOf(context).adminId !== undefined && inCardForm(context, dc.activeDialog.id) && recognizeDeskPage(text) !== undefined;
    if (dc.activeDialog && !typed && answerInForm && !deskPageBesideCard) {
      await follow(dc, dc.continueDialog());
      return;
    }
    await routeText(context, dc, { command, typed });
  });

  /**
   * A typed message when no dialog is waiting for it: a command, a menu number, or a question.
   * `read` is the message as already read (a message is read once); a replayed one is read here.
   */
  const routeText = async (context: TurnContext, dc: DialogContext, read?: { command: CommandName | undefined; typed: TypedCommand | undefined }) => {
    const { t } = turnOf(context);
    const text = String(context.activity.text ?? '');
    const command = read ? read.command : recognizeCommand(text);
    switch (command) {
      case 'menu':
        // Home leaves what was running (drafts are saved), so the menu's numbers mean the menu.
        await dc.cancelAllDialogs();
        return openMenuItem(context, 'home');
      case 'help':
        return sendHelp(context, false);
      case 'cancel':
        // After "ask IKM" with nothing asked yet, cancel is that question's "Don't send".
        if (awaitedAnswer(context) === 'ikmQuestion') await context.sendActivity(t.faq.askIkm.cancelled);
        else if (!inPersonalChat(context)) await context.sendActivity(t.cancel.nothingShared);
        else await context.sendActivity(turnOf(context).adminId ? t.cancel.nothingAdmin : t.cancel.nothing);
        return;
      case 'language':
        return openMenuItem(context, 'language');
      case 'thanks':
        await context.sendActivity(t.thanks);
        return;
      case 'acknowledge':
        await context.sendActivity(t.acknowledged);
        return;
      case 'yesNo':
        await context.sendActivity(t.yesNo);
        return;
      case 'askIkm':
        return ikmQuestions.askIkmLastQuestion(context);
      case 'registerChannel':
        return ikmQuestions.registerChannel(context);
      case 'mySessions':
        if (await inPrivate(context)) await sessions.catalogue.showMine(context);
        return;
      case 'timeZone':
        if (await inPrivate(context)) await chooseZone(context);
        return;
      case 'stopReminders':
        if (await inPrivate(context)) await reminders.stopAll(context);
        return;
      case 'startReminders':
        if (await inPrivate(context)) await reminders.startAll(context);
        return;
      case 'pauseReminders':
        return reminders.admin(context, 'pause');
      case 'resumeReminders':
        return reminders.admin(context, 'resume');
      case 'runReminders':
        return reminders.admin(context, 'run');
      case 'deleteMyDataNow':
        // Typed, as a text channel's confirmation asks ("delete my data now").
        if (await inPrivate(context)) await myData.erase(context);
        return;
      case 'discardDraft':
      case 'discardDraftNow': {
        if (!(await inPrivate(context))) return;
        // The form on screen is over: its draft may be about to go.
        await dc.cancelAllDialogs();
        return command === 'discardDraftNow' ? deps.draftDiscard.discardNow(context) : deps.draftDiscard.ask(context);
      }
      case 'sessions':
        // "ateliers", "workshops": the workshops alone.
        return sessions.catalogue.showCatalogue(context, { kind: sessionKindNamed(text) });
      case undefined:
        break;
      default:
        return openMenuItem(context, command);
    }
    const typed = read ? read.typed : recognizeTypedCommand(text, { admin: turnOf(context).adminId !== undefined });
    // An IKM admin's command typed alone: how to use it. Naming what cannot be a session ("attendees #3"): there is none.
    if (typed && !typed.isId) {
      const usage = { cancelSession: t.sessions.admin.cancelUsage, attendees: t.sessions.admin.attendeesUsage, editSession: t.sessions.admin.editUsage };
      const command = typed.command as keyof typeof usage;
      await context.sendActivity(typed.argument === '' && command in usage ? usage[command] : t.sessions.admin.notFound({ id: typed.argument }));
      return;
    }
    switch (typed?.command) {
      case 'book':
        if (await inPrivate(context)) await sessions.booking.book(context, typed.argument);
        return;
      case 'cancelBooking':
        if (await inPrivate(context)) await sessions.booking.cancel(context, typed.argument);
        return;
      case 'timeZone':
        if (await inPrivate(context)) await chooseZone(context, typed.argument);
        return;
      case 'cancelSession':
        return sessions.admin.askCancelSession(context, typed.argument);
      case 'attendees':
        if (await inPrivate(context, { ikmChannel: true })) await sessions.admin.showAttendees(context, typed.argument);
        return;
      case 'createSession':
        return sessions.admin.showForm(context);
      case 'editSession':
        return sessions.admin.showForm(context, typed.argument);
    }
    const numbered = menuItemForNumber(text);
    if (numbered) return openMenuItem(context, numbered);
    const adminId = turnOf(context).adminId;
    // A reference typed alone ("IH-2024-0002", "open IH-2024-0002"): the idea it names.
    const named = referenceAlone(text, deps.call.id);
    if (named) return showNamedIdea(context, named);
    // A ticket number typed alone ("Q-0003"): the question's card for IKM, its status for its asker.
    const ticket = ticketNamedAlone(text);
    if (ticket) return showNamedTicket(context, ticket);
    // An IKM administrator naming a desk page ("submissions", "audit log", "announce funding").
    const deskPage = adminId ? recognizeDeskPage(text) : undefined;
    if (adminId && deskPage) {
      if (!(await inPrivate(context, { ikmChannel: true }))) return;
      const verb = deskPage.verb as DeskVerb;
      return desk.handle(context, verb, deskSubmitSchemas[verb].parse(deskPage), adminId);
    }
    // "/something" is meant as a command, not a question: say it is not one (message text is plain,
    // see `plainMessageText`, so it shows as typed).
    const slashCommand = /^\/[^\s/]{1,40}/u.exec(text.trim())?.[0];
    if (slashCommand) {
      await context.sendActivity(t.input.unknownCommand({ command: slashCommand }));
      return;
    }
    // Reminders asked for ("activar recordatorios", "turn reminders back on", "will I get a
    // reminder?") in a personal chat are their settings, where each kind is switched on or off and
    // the hour is said, in the message's language, unless the FAQ has the answer ("recordatorio:
    // ¿cuál es la fecha límite?"). In a group the settings are nobody's: the FAQ answers.
    const remindersIn = remindersNamedIn(text);
    if (remindersIn && inPersonalChat(context) && !answers.hasAnswerFor(context, text)) {
      // (English words are staff's in every language, as commands' are: "reminders" keeps the chat's.)
      if (remindersIn !== 'en' && remindersIn !== turnOf(context).language) speakThisTurn(context, remindersIn);
      return reminders.show(context);
    }
    // What the bot just asked this person to type: the question for IKM ("ask IKM" typed with none
    // before it); a zone or a city after the zone card or "which city?" (anything else is a new subject).
    const awaited = awaitedAnswer(context);
    if (awaited === 'ikmQuestion') {
      // Confirmed, sent and answered in the language it is written in, as a question to the FAQ is.
      const writtenIn = answers.languageOf(context, text);
      if (writtenIn !== turnOf(context).language) speakThisTurn(context, writtenIn);
      return ikmQuestions.askAwaited(context, text);
    }
    // (A zone it cannot read, typed as short as a place's name, is told so, as "time zone Goma" is.)
    if (awaited === 'timeZone' && ((!text.includes('?') && text.trim().split(/\s+/u).length <= 3) || readTypedTimeZone(text) !== undefined)) {
      // Answered in the language the city was asked for in (a city's name is in none).
      const askedIn = awaitedAnswerLanguage(context);
      if (askedIn && askedIn !== turnOf(context).language) speakThisTurn(context, askedIn);
      return chooseZone(context, text);
    }
    // Anything else is a question: answered from the knowledge base, or declined, or offered to IKM.
    await answers.answer(context, text);
  };

  return app;
}
