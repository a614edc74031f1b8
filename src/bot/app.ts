import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes, Storage, TurnContext } from 'botbuilder';
import { DialogContext, DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import { z } from 'zod';
import {
  faqAskIkmSchema,
  faqFeedbackSchema,
  faqOpenSchema,
  formCancelSchema,
  formSubmitSchema,
  languageSubmitSchema,
  MenuItem,
  menuSubmitSchema,
  sessionBookSchema,
  sessionCancelSchema,
  sessionDeclineSchema,
  sessionListSchema,
  sessionAdminSubmitSchema,
  sessionMineSchema,
  sessionMoveSchema,
  sessionRescheduleSchema,
  sessionZoneSchema,
  ticketAddToFaqSchema,
  ticketAnswerSchema,
} from '../../adaptive-cards/cards';
import {
  createDialogSet,
  DialogServices,
  FORM_DIALOGS,
  isHandOff,
  isReplay,
  LANGUAGE_DIALOG,
  MENU_DIALOGS,
} from '../../dialogs';
import type { Language } from '../i18n';
import type { Logger } from '../logger';
import { recognizeCommand } from './commands';
import { menuItemForNumber, sendHelp, sendWelcome } from './menu';
import type { Questions } from './questions';
import { reminderSaveSchema, reminderStopSchema, Reminders } from './reminders';
import type { Sessions } from './sessions';
import { HubTurnState } from './state';
import { bindTurn, chooseLanguage, turnOf } from './turn';

/** Longest text message the bot reads; longer ones are refused with a message, not truncated. */
export const MAX_MESSAGE_LENGTH = 8000;

export interface BotDependencies {
  adapter: TeamsAdapter;
  /** Turn state storage (eTag-honouring). */
  storage: Storage;
  /**
   * Claims a one-time event (insert-if-absent in the store): true for the first caller only, even
   * when two turns race, as Teams' simultaneous install events do.
   */
  claimOnce: (key: string) => Promise<boolean>;
  logger: Logger;
  /** One sentence on where the call stands today, in the given language. */
  describeCall: (language: Language) => string;
  /** The domain services the conversation dialogs use. */
  services: DialogServices;
  /** Questions: FAQ answers, and what goes to IKM and back. */
  questions: Questions;
  /** Reminder cards, "My reminders", IKM's switches. */
  reminders: Reminders;
  /** Clinics and workshops: the catalogue, bookings and the waitlist. */
  sessions: Sessions;
}

/**
 * The bot: every route in one place. Handlers translate between Teams and the dialogs and
 * domain services; they hold no rules of their own.
 */
export function createBotApplication(deps: BotDependencies): Application<HubTurnState> {
  const { logger, describeCall, questions, sessions } = deps;
  const dialogs = createDialogSet(deps.services);

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

  /** Forms hold one person's answers: they run in personal chats (and text channels), not in team channels. */
  const isPrivate = (context: TurnContext) => {
    const type = context.activity.conversation.conversationType;
    return type === undefined || type === 'personal';
  };

  const app = new Application<HubTurnState>({
    adapter: deps.adapter,
    storage: deps.storage,
    turnStateFactory: () => new HubTurnState(),
    // Typing indicators are noise for a bot that answers at once, and they race with test recorders.
    startTypingTimer: false,
    removeRecipientMention: true,
  });

  /** Greets a newly installed conversation once, whichever install event arrives first. */
  const welcomeOnce = async (context: TurnContext, state: HubTurnState) => {
    const { language } = bindTurn(context, state);
    if (!(await deps.claimOnce(`welcome/${context.activity.conversation.id}`))) return;
    await sendWelcome(context, describeCall(language));
  };

  /** Opens a menu entry: the capability when it is built, a plain "not yet" otherwise. */
  const openMenuItem = async (context: TurnContext, item: MenuItem | 'language' | 'help' | 'home') => {
    const { t, language } = turnOf(context);
    const dc = await dialogs.createContext(context);
    if (item === 'home') return sendWelcome(context, describeCall(language));
    if (item === 'help') return sendHelp(context, dc.activeDialog !== undefined);
    if (item === 'ask') {
      await context.sendActivity(t.menu.askIntro);
      return;
    }
    if (item === 'sessions') return sessions.showCatalogue(context);
    if (item === 'reminders') return deps.reminders.showSettings(context);
    if (item === 'language') {
      // On top of whatever is running: when the language is chosen, that dialog asks again.
      if (dc.activeDialog?.id !== LANGUAGE_DIALOG) await dc.beginDialog(LANGUAGE_DIALOG);
      return;
    }
    const dialogId = MENU_DIALOGS[item];
    if (!dialogId) {
      await context.sendActivity(t.notAvailable({ feature: t.menu[item] }));
      return;
    }
    if (!isPrivate(context)) {
      await context.sendActivity(t.forms.personalOnly);
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

  onSubmit(app, 'menu', menuSubmitSchema, async (context, data) => openMenuItem(context, data.item));

  onSubmit(app, 'language', languageSubmitSchema, async (context, data) => {
    const dc = await dialogs.createContext(context);
    const { t } = chooseLanguage(context, data.language);
    await context.sendActivity(t.language.changed);
    // The dialog the language question interrupted asks its question again, in the new language.
    if (dc.activeDialog?.id === LANGUAGE_DIALOG) await dc.endDialog();
  });

  // Form cards: the submit goes to the dialog that owns the form, resumed silently if the
  // conversation moved on (an older card, a restart): the dialog then judges the card's revision.
  onSubmit(app, /^(eligibility|idea)\./, formSubmitSchema, async (context, data) => {
    const { t } = turnOf(context);
    const dialogId = FORM_DIALOGS[data.form];
    // A verb of one form on another form's card is forged: refuse it before touching anything.
    if (!data.verb.startsWith(data.form === 'idea' ? 'idea.' : 'eligibility.')) {
      await context.sendActivity(t.cards.unknownAction);
      return;
    }
    if (!isPrivate(context)) {
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

  onSubmit(app, 'faq.open', faqOpenSchema, async (context, data) => questions.open(context, data.entryId));
  onSubmit(app, 'faq.feedback', faqFeedbackSchema, async (context, data) =>
    questions.feedback(context, data.entryId, data.helpful),
  );
  onSubmit(app, 'faq.askIkm', faqAskIkmSchema, async (context, data) => questions.askIkm(context, data.question));
  onSubmit(app, 'ticket.answer', ticketAnswerSchema, async (context, data) =>
    questions.answerTicket(context, data.ticketId, data.answer),
  );
  onSubmit(app, 'ticket.addToFaq', ticketAddToFaqSchema, async (context, data) =>
    questions.addToFaq(context, data.ticketId),
  );

  onSubmit(app, 'session.list', sessionListSchema, async (context, data) =>
    sessions.showCatalogue(context, {
      kind: data.kind || undefined,
      topic: data.topic && data.topic !== 'all' ? data.topic : undefined,
    }),
  );
  onSubmit(app, 'session.book', sessionBookSchema, async (context, data) => sessions.book(context, data.sessionId));
  onSubmit(app, 'session.cancel', sessionCancelSchema, async (context, data) => sessions.cancel(context, data.sessionId));
  onSubmit(app, 'session.decline', sessionDeclineSchema, async (context, data) => sessions.decline(context, data.sessionId));
  onSubmit(app, 'session.mine', sessionMineSchema, async (context) => sessions.showMine(context));
  onSubmit(app, 'session.move', sessionMoveSchema, async (context, data) => sessions.showMoveChoices(context, data.sessionId));
  onSubmit(app, 'session.reschedule', sessionRescheduleSchema, async (context, data) =>
    sessions.reschedule(context, data.from, data.to),
  );
  onSubmit(app, 'session.save', sessionAdminSubmitSchema, async (context, data) => sessions.adminSave(context, data));
  onSubmit(app, 'session.zone', sessionZoneSchema, async (context, data) => sessions.chooseZone(context, data.timeZone));

  onSubmit(app, 'reminders.stop', reminderStopSchema, async (context, data) => deps.reminders.stop(context, data.kind));
  onSubmit(app, 'reminders.save', reminderSaveSchema, async (context, data) => deps.reminders.save(context, data));

  onSubmit(app, 'form.cancel', formCancelSchema, async (context, data) => {
    const { t } = turnOf(context);
    const dc = await dialogs.createContext(context);
    // Cancel on an old card of another form must not stop what is running now.
    if (dc.activeDialog?.id !== FORM_DIALOGS[data.form]) {
      await context.sendActivity(t.cancel.nothing);
      return;
    }
    await dc.cancelAllDialogs();
    await context.sendActivity(t.forms.cancelled);
  });

  // The bot uses no invoke-based features (Action.Execute, task modules, message extensions).
  // A stray or forged invoke gets a clear answer instead of botbuilder's 501.
  app.activity(ActivityTypes.Invoke, async (context, state) => {
    const { t } = bindTurn(context, state);
    logger.info({ event: 'invoke.unsupported', name: String(context.activity.name ?? '') }, 'invoke not handled');
    const value =
      context.activity.name === 'adaptiveCard/action'
        ? { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: t.cards.unknownAction } }
        : { status: 400, body: { error: 'UnsupportedInvoke' } };
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value });
  });

  // Everything else that is a message: a card submit nobody claimed, or text.
  app.activity(ActivityTypes.Message, async (context, state) => {
    const { t } = bindTurn(context, state);
    const text = context.activity.text;
    if (typeof text !== 'string' || text.trim() === '') {
      const isCardSubmit = context.activity.value !== undefined;
      logger.info({ event: isCardSubmit ? 'card.unknown' : 'message.unsupported' }, 'message not handled');
      await context.sendActivity(isCardSubmit ? t.cards.unknownAction : t.input.unsupported);
      return;
    }
    if (text.length > MAX_MESSAGE_LENGTH) {
      await context.sendActivity(t.input.tooLong({ max: MAX_MESSAGE_LENGTH }));
      return;
    }

    const dc = await dialogs.createContext(context);
    const command = recognizeCommand(text);
    // Inside a dialog, text is an answer; help and cancel are handled by the dialog itself. The
    // other command words (menu, language, a menu entry) work at any point.
    if (dc.activeDialog && (command === undefined || command === 'help' || command === 'cancel')) {
      await follow(dc, dc.continueDialog());
      return;
    }
    await routeText(context, dc);
  });

  /** A typed message when no dialog is waiting for it: a command, a menu number, or not understood. */
  const routeText = async (context: TurnContext, dc: DialogContext) => {
    const { t } = turnOf(context);
    const text = String(context.activity.text ?? '');
    const command = recognizeCommand(text);
    switch (command) {
      case 'menu':
        // Home leaves what was running (drafts are saved), so the menu's numbers mean the menu.
        await dc.cancelAllDialogs();
        return openMenuItem(context, 'home');
      case 'help':
        return sendHelp(context, false);
      case 'cancel':
        await context.sendActivity(t.cancel.nothing);
        return;
      case 'language':
        return openMenuItem(context, 'language');
      case 'thanks':
        await context.sendActivity(t.thanks);
        return;
      case 'askIkm':
        return questions.askIkmLastQuestion(context);
      case 'registerChannel':
        return questions.registerChannel(context);
      case 'mySessions':
        return sessions.showMine(context);
      case 'timeZone':
        return sessions.chooseZone(context);
      case 'pauseReminders':
        return deps.reminders.admin(context, 'pause');
      case 'resumeReminders':
        return deps.reminders.admin(context, 'resume');
      case 'runReminders':
        return deps.reminders.admin(context, 'run');
      case undefined:
        // "book <id>", "time zone <zone>", the admins' "cancel session <id>", "attendees <id>",
        // "create session" and "edit session <id>".
        if (await sessions.handleTyped(context, text)) return;
        break;
      default:
        return openMenuItem(context, command);
    }
    const numbered = menuItemForNumber(text);
    if (numbered) return openMenuItem(context, numbered);
    // Anything else is a question: answered from the knowledge base, or declined, or offered to IKM.
    await questions.answer(context, text);
  };

  return app;
}

/**
 * Registers a card submit by verb. The data is validated by the card's zod schema first: a forged or
 * outdated submit gets a clear answer and changes nothing.
 */
function onSubmit<S extends z.ZodTypeAny>(
  app: Application<HubTurnState>,
  verb: string | RegExp,
  schema: S,
  handler: (context: TurnContext, data: z.infer<S>, state: HubTurnState) => Promise<void>,
): void {
  app.adaptiveCards.actionSubmit(verb, async (context, state) => {
    const { t } = bindTurn(context, state);
    const parsed = schema.safeParse(context.activity.value);
    if (!parsed.success) {
      await context.sendActivity(t.cards.unknownAction);
      return;
    }
    await handler(context, parsed.data, state);
  });
}
