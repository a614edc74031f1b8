import { createBotApplication } from './bot/app';
import { createTurnErrorHandler } from './bot/error-handler';
import { dropNullValue, dropRetries, oneTurnPerConversation, tenantFilter } from './bot/middleware';
import { describeCallStatus } from './bot/call-status-text';
import { loadCallFile } from './call/load-call';
import { ConversationReferences } from './conversations';
import { EligibilityRecords } from './eligibility';
import { loadKnowledgeBase } from './faq/knowledge-base';
import { createFaqIndex } from './faq/search';
import { createMailer } from './mail';
import { Questions } from './bot/questions';
import { rememberConversation } from './bot/middleware';
import { IkmChannel, TicketService } from './tickets';
import { IdeaService } from './ideas';
import { Clock, systemClock } from './clock';
import type { AppConfig } from './config';
import { createLogger, describeError, Logger } from './logger';
import { SeenActivities } from './bot/seen-activities';
import { HubAdapter } from './hub-adapter';
import { createHttpServer } from './server';
import { hostname } from 'node:os';
import { Reminders } from './bot/reminders';
import {
  continueConversationSend,
  createReminderSchedule,
  DEFAULT_SCHEDULE_CONFIG,
  recheckReminder,
  ReminderControl,
  ReminderOutbox,
  ReminderPreferences,
  ReminderSender,
  ReminderWorker,
} from './reminders';
import { BookingService, loadCatalogueFile, SessionCatalogue } from './bookings';
import { Sessions } from './bot/sessions';
import { createDownloads, SignedLinks } from './downloads';
import { BotStorage } from './storage/bot-storage';
import { openStore } from './storage/open-store';
import type { Store } from './storage/store';

/** How often records of handled activities are purged. */
const PURGE_EVERY_MS = 10 * 60 * 1000;
/** How often bookings of upcoming sessions are repaired and pending waitlist offers sent. */
const SESSIONS_EVERY_MS = 5 * 60 * 1000;

export interface AssistantOptions {
  config: AppConfig;
  clock?: Clock;
  logger?: Logger;
}

export interface RunningAssistant {
  /** Base URL of the HTTP server, e.g. http://127.0.0.1:3978 */
  url: string;
  port: number;
  store: Store;
  /** The seats and waitlists of clinics and workshops (tests count them). */
  bookings: BookingService;
  /** Finishes turns in progress, stops the server and closes storage. */
  stop(): Promise<void>;
}

/**
 * Wiring only: configuration -> call -> storage -> adapter and bot -> HTTP server.
 * Used by `src/index.ts` and by the end-to-end tests, which start the real thing.
 */
export async function startAssistant(options: AssistantOptions): Promise<RunningAssistant> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);

  const call = loadCallFile(config.callFile);
  const knowledgeBase = loadKnowledgeBase(config.faqDir, { call });
  const faqIndex = createFaqIndex(knowledgeBase.entries);
  // Relative dates of the sample catalogue are counted from now, once.
  const catalogueFile = loadCatalogueFile(config.sessionsFile, clock.now());
  const store = await openStore(config.storageUrl, {
    connectTimeoutMs: config.storageTimeouts.connectMs,
    statementTimeoutMs: config.storageTimeouts.statementMs,
  });
  const mailer = createMailer(config, { clock });
  try {
    // Authenticates before the server reads the body; every send to the Bot Connector has a deadline.
    const adapter = new HubAdapter(config);
    adapter.use(tenantFilter(config.allowedTenantIds, logger));
    adapter.use(dropNullValue);
    const seen = new SeenActivities(store, clock);
    adapter.use(dropRetries(seen, logger));
    adapter.use(oneTurnPerConversation());
    adapter.onTurnError = createTurnErrorHandler(logger);
    const references = new ConversationReferences(store);
    adapter.use(rememberConversation(references, logger));

    const questions = new Questions({
      adapter,
      config,
      call,
      clock,
      store,
      knowledgeBase,
      index: faqIndex,
      tickets: new TicketService(store, clock),
      ikmChannel: new IkmChannel(store, clock),
      references,
      mailer,
      logger,
    });

    const catalogue: SessionCatalogue = new SessionCatalogue(store, catalogueFile.sessions, clock, {
      topics: catalogueFile.topics,
      compactSeats: (id) => bookings.compactSeats(id),
    });
    const bookings = new BookingService(store, catalogue, clock, {
      shortlisted: () => catalogueFile.teams.shortlisted,
      clinicsPerTopicPerTeam: catalogueFile.rules.clinicsPerTopicPerTeam,
    });
    const links = await SignedLinks.open(store, clock);
    let publicBaseUrl = config.publicBaseUrl ?? '';
    const sessions = new Sessions({
      adapter,
      config,
      clock,
      store,
      catalogue,
      bookings,
      references,
      links,
      baseUrl: () => publicBaseUrl,
      logger,
    });

    const ideas = new IdeaService(store, call, clock);
    const eligibility = new EligibilityRecords(store, call, clock);
    const preferences = new ReminderPreferences(store, { timeZone: call.timeline.timeZone, sendHour: config.reminders.sendHour });
    const reminders = new Reminders({ clock, config, preferences, worker: () => worker, catalogue, logger });
    const worker: ReminderWorker = new ReminderWorker({
      outbox: new ReminderOutbox(store),
      control: new ReminderControl(store),
      references,
      sender: new ReminderSender({
        send: continueConversationSend(adapter, config.bot.appId ?? ''),
        ratePerSecond: config.reminders.ratePerSecond,
      }),
      buildActivity: (row, reference) => reminders.buildActivity(row, reference),
      schedule: createReminderSchedule({
        call,
        config: DEFAULT_SCHEDULE_CONFIG,
        ideas,
        eligibility,
        preferences,
        shortlisted: async () => catalogueFile.teams.shortlisted,
        bookings,
      }),
      recheck: recheckReminder({
        preferences,
        draftStatus: async (userId) => (await ideas.getDraft(userId))?.status,
      }),
      clock,
      workerId: `${hostname()}:${process.pid}`,
      // A claim not finished within the lease (the process died) is sent again by another pass.
      leaseMs: config.reminders.leaseMs,
      // Keys name the person, so only the kind of event and its reason are logged.
      onEvent: (event) =>
        logger.info({ event: event.event, reason: 'reason' in event ? event.reason : undefined }, 'reminder worker'),
    });

    const app = createBotApplication({
      adapter,
      storage: new BotStorage(store),
      claimOnce: async (key) => (await store.put(`once/${key}`, { at: clock.now().toISOString() }, 0)) !== null,
      logger,
      describeCall: (language) => describeCallStatus(call, clock.now(), language),
      services: {
        call,
        clock,
        ideas,
        eligibility,
        answerQuestion: (context, question) => questions.answer(context, question),
      },
      questions,
      sessions,
      reminders,
    });
    const server = createHttpServer({
      adapter,
      app,
      logger,
      checkStorage: () => store.ping(),
      healthTimeoutMs: config.health.timeoutMs,
      downloads: createDownloads({ links, catalogue, bookings, clock }),
    });
    const address = await server.listen(config.http.host, config.http.port);
    const url = `http://${address.host === '0.0.0.0' ? '127.0.0.1' : address.host}:${address.port}`;
    publicBaseUrl = config.publicBaseUrl ?? url;
    // Forget handled activity ids after a couple of hours (they only guard against Teams' retries).
    const purge = setInterval(() => {
      seen.purge().catch((error: unknown) => logger.warn({ event: 'seen.purge_failed', error: describeError(error) }, 'purge failed'));
    }, PURGE_EVERY_MS);
    purge.unref();
    // Repairs bookings a crash left half-done and tells teams promoted by such repairs.
    let maintaining = false;
    const maintainSessions = setInterval(() => {
      if (maintaining) return;
      maintaining = true;
      sessions
        .maintain()
        .catch((error: unknown) => logger.warn({ event: 'sessions.maintain_failed', error: describeError(error) }, 'session upkeep failed'))
        .finally(() => {
          maintaining = false;
        });
    }, SESSIONS_EVERY_MS);
    maintainSessions.unref();
    // Reminders: a scheduler in this process wakes the outbox (no external cron needed).
    if (config.reminders.enabled) worker.start(config.reminders.intervalMs);

    if (config.nodeEnv === 'production' && config.allowedTenantIds.length === 0) {
      logger.warn({ event: 'startup.all_tenants' }, 'ALLOWED_TENANT_IDS is empty: users of every Microsoft 365 tenant can talk to the bot');
    }
    if (!config.bot.authenticates) {
      logger.warn(
        { event: 'startup.unauthenticated', host: address.host, forcedLoopback: config.http.forcedLoopback },
        'MICROSOFT_APP_ID is not set: requests are NOT authenticated, so the bot listens on 127.0.0.1 only (local development)',
      );
    }
    if (config.nodeEnv === 'production' && config.mail.transport === 'outbox') {
      logger.warn({ event: 'startup.mail_outbox' }, 'SMTP_URL is not set: mail to the IKM mailbox is only written to the outbox folder');
    }
    // Answers IKM gave while the bot was down (stored, not yet delivered) go out now.
    questions.deliverPending().catch((error: unknown) =>
      logger.error({ event: 'tickets.pending_failed', error: describeError(error) }, 'pending answers not delivered'),
    );
    logger.info(
      {
        event: 'startup.ready',
        host: address.host,
        port: address.port,
        storage: store.engine,
        call: call.id,
        faqEntries: knowledgeBase.entries.length,
        sessions: catalogueFile.sessions.length,
        mail: mailer.describe().transport,
      },
      'Innovation Hub Assistant is listening',
    );

    let stopped: Promise<void> | undefined;
    return {
      url,
      port: address.port,
      store,
      bookings,
      stop: () =>
        (stopped ??= (async () => {
          clearInterval(purge);
          await worker.stop();
          clearInterval(maintainSessions);
          await server.close();
          await mailer.close();
          await store.close();
          logger.info({ event: 'shutdown.done' }, 'stopped');
        })()),
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
