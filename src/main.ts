import { hostname } from 'node:os';
import { createBotApplication } from './bot/app';
import { describeCallStatus } from './bot/home/call-status-text';
import { createDialogSet } from './bot/dialog-set';
import { createTurnErrorHandler } from './bot/error-handler';
import { DraftDiscard } from './bot/idea-form/draft-discard';
import { cardsAsTextWhereNoCards, dropNullValue, keepConversations, oneTurnPerConversation, plainMessageText, tenantFilter } from './bot/middleware';
import { Proactive } from './bot/proactive';
import { KeptQuestions } from './bot/questions/askable';
import { FaqAnswers } from './bot/questions/faq-answers';
import { IkmQuestions } from './bot/questions/ikm-questions';
import { buildReminderActivity } from './bot/reminders/reminder-card';
import { ReminderSettings } from './bot/reminders/reminder-settings';
import { SeenActivities } from './bot/seen-activities';
import { createSessionsFeature, SessionsFeature } from './bot/sessions';
import { buildTeamMessage, createDeskFeature, deskZone, SubmissionNotices } from './bot/ikm-desk';
import { MyDataView } from './bot/my-data/my-data-view';
import { ProposalStage } from './bot/proposal/proposal-stage';
import { applyRetention, PersonalDataService } from './my-data';
import { DiskFileStore, ProposalService } from './proposals';
import { BookingService, loadCatalogueFile, SessionCatalogue } from './bookings';
import { CallConfig, loadCallFile } from './call';
import { Clock, systemClock } from './clock';
import type { AppConfig } from './config';
import { channelRootId, ConversationReferences } from './conversations';
import {
  Announcements,
  AuditLog,
  DecisionMessages,
  DESK_LINK_TTL_MS,
  deskFiles,
  deskLinks,
  ExportColumn,
  ideaCopyName,
  IdeaReview,
  ideaDocument,
  renderIdeaPdf,
  submissionMail,
  SubmissionRow,
} from './desk';
import type { FileMaker } from './downloads';
import { createDownloads, SignedLinks } from './downloads';
import { EligibilityRecords } from './eligibility';
import { KnowledgeBase, loadKnowledgeBase } from './faq/knowledge-base';
import { faqIndexOptionsOf } from './faq/call-index';
import { createFaqIndex, FaqIndex } from './faq/search';
import { IdeaService } from './ideas';
import { createLogger, describeError, Logger } from './logger';
import { createMailer } from './mail';
import { People } from './people';
import { HubAdapter } from './hub-adapter';
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
import { createHttpServer } from './server';
import { BotStorage } from './storage/bot-storage';
import { openStore } from './storage/open-store';
import type { Store } from './storage/store';
import { answersWaitingKey, IkmChannel, TicketService } from './tickets';

/** How often records of handled activities are purged. */
const PURGE_EVERY_MS = 10 * 60 * 1000;
/** How often bookings of upcoming sessions are repaired and pending waitlist offers sent. */
const SESSIONS_EVERY_MS = 5 * 60 * 1000;
/** How often drafts and eligibility answers past their retention are looked for. */
const RETENTION_EVERY_MS = 6 * 60 * 60 * 1000;

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
 * Wiring only, in named steps: content files -> storage -> adapter -> domain services -> the bot's
 * features -> HTTP server -> timers. Used by `src/index.ts` and by the end-to-end tests, which start
 * the real thing.
 */
export async function startAssistant(options: AssistantOptions): Promise<RunningAssistant> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const content = loadContent(config, clock);
  const store = await openStore(config.storageUrl, {
    connectTimeoutMs: config.storageTimeouts.connectMs,
    statementTimeoutMs: config.storageTimeouts.statementMs,
  });
  try {
    const services = await createServices(config, content, store, clock);
    const adapter = createAdapter(config, services, logger);
    let publicBaseUrl = config.publicBaseUrl ?? '';
    const features = createFeatures(config, content, services, adapter, store, clock, logger, () => publicBaseUrl);
    const app = createBotApplication({
      adapter,
      // No prefix: turn state scopes and read-ahead keys are the store's own keys (people/..., conversations/..., ideas/...).
      storage: new BotStorage(store, { prefix: '' }),
      turnSettings: { timeZone: config.defaultTimeZone, ikmAdminIds: config.ikmAdminIds },
      claimOnce: (key) => store.insertMarker(`once/${key}`, { at: clock.now().toISOString() }),
      readAlong: (personId) => [services.ideas.draftKey(personId), answersWaitingKey(personId)],
      submittedReference: async (personId, ahead) => {
        const draft = await services.ideas.getDraft(personId, ahead);
        return draft?.status === 'submitted' ? draft.reference : undefined;
      },
      call: { id: content.call.id, mailbox: content.call.contact.mailbox },
      isIkmChannel: async (conversationId) => {
        const channel = await services.ikmChannel.get();
        return channel !== undefined && channelRootId(channel.reference.conversationId) === channelRootId(conversationId);
      },
      seen: services.seen,
      logger,
      describeCall: (language, zone) => describeCallStatus(content.call, clock.now(), language, zone),
      dialogs: createDialogSet({
        call: content.call,
        clock,
        ideas: services.ideas,
        eligibility: services.eligibility,
        answerQuestion: (context, question) => features.answers.answer(context, question),
        onSubmitted: (submission) => features.submissionNotices.notify(submission),
        toldOutcome: services.toldOutcome,
        copyLink: (reference, reader) => `${publicBaseUrl}${services.links.filePath('idea', ideaCopyName(reference, reader), DESK_LINK_TTL_MS)}`,
      }),
      answers: features.answers,
      ikmQuestions: features.ikmQuestions,
      sessions: features.sessions,
      reminders: features.reminders,
      desk: features.desk,
      proposal: features.proposal,
      myData: features.myData,
      draftDiscard: new DraftDiscard({ call: content.call, ideas: services.ideas }),
    });
    const server = createHttpServer({
      adapter,
      app,
      logger,
      checkStorage: () => store.ping(),
      healthTimeoutMs: config.health.timeoutMs,
      downloads: createDownloads({
        links: services.links,
        catalogue: services.catalogue,
        bookings: services.bookings,
        clock,
        teamName: (teamId) => services.people.nameOf(teamId),
        files: {
          ...deskFiles({
            ...services,
            call: content.call,
            clock,
            extraSubmissionColumns: proposalColumns(services),
            faqSuggestions: () => services.tickets.listSuggestions(),
            nameOf: (personId) => services.people.nameOf(personId),
          }),
          ...personalFiles(services, features.personalData),
        },
      }),
    });
    const address = await server.listen(config.http.host, config.http.port);
    const url = `http://${address.host === '0.0.0.0' ? '127.0.0.1' : address.host}:${address.port}`;
    publicBaseUrl = config.publicBaseUrl ?? url;
    const timers = startTimers(config, services, features, logger);
    warnAboutSettings(config, address.host, logger);
    // IKM hears of every submission, even one made while its channel was unreachable.
    features.submissionNotices.sendPending().catch((error: unknown) =>
      logger.error({ event: 'submission.notices_failed', error: describeError(error) }, 'pending submission notices not sent'),
    );
    // Answers IKM gave while the bot was down (stored, not yet delivered) go out now.
    features.ikmQuestions.deliverPending().catch((error: unknown) =>
      logger.error({ event: 'tickets.pending_failed', error: describeError(error) }, 'pending answers not delivered'),
    );
    logger.info(
      {
        event: 'startup.ready',
        host: address.host,
        port: address.port,
        storage: store.engine,
        call: content.call.id,
        faqEntries: content.knowledgeBase.entries.length,
        sessions: content.sessions.length,
        mail: services.mailer.describe().transport,
        // Since the process started (module loading included): what a restart costs.
        startupMs: Math.round(performance.now()),
      },
      'Innovation Hub Assistant is listening',
    );

    let stopped: Promise<void> | undefined;
    return {
      url,
      port: address.port,
      store,
      bookings: services.bookings,
      stop: () =>
        (stopped ??= (async () => {
          await timers.stop();
          await server.close();
          await services.mailer.close();
          await store.close();
          logger.info({ event: 'shutdown.done' }, 'stopped');
        })()),
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** What IKM edits, read once at start-up: the call, the knowledge base, the session catalogue. */
interface Content {
  call: CallConfig;
  knowledgeBase: KnowledgeBase;
  faqIndex: FaqIndex;
  catalogueFile: ReturnType<typeof loadCatalogueFile>;
  sessions: ReturnType<typeof loadCatalogueFile>['sessions'];
}

function loadContent(config: AppConfig, clock: Clock): Content {
  const call = loadCallFile(config.callFile);
  const knowledgeBase = loadKnowledgeBase(config.faqDir, { call });
  // The catalogue's dates count from the call's milestones (or from today), resolved once.
  const catalogueFile = loadCatalogueFile(config.sessionsFile, { now: clock.now(), timeline: call.timeline });
  return { call, knowledgeBase, faqIndex: createFaqIndex(knowledgeBase.entries, faqIndexOptionsOf(call)), catalogueFile, sessions: catalogueFile.sessions };
}

/** The Bot Framework adapter with the guards every incoming activity passes. */
function createAdapter(config: AppConfig, services: Pick<Services, 'references'>, logger: Logger): HubAdapter {
  // Authenticates before the server reads the body; every send to the Bot Connector has a deadline.
  const adapter = new HubAdapter(config);
  adapter.use(plainMessageText);
  adapter.use(cardsAsTextWhereNoCards);
  adapter.use(tenantFilter(config.allowedTenantIds, logger));
  adapter.use(dropNullValue);
  adapter.use(keepConversations(services.references, logger));
  adapter.use(oneTurnPerConversation());
  adapter.onTurnError = createTurnErrorHandler(logger);
  return adapter;
}

/** The domain services, each over the one store. */
async function createServices(config: AppConfig, content: Content, store: Store, clock: Clock) {
  const { call, catalogueFile } = content;
  const people = new People(store, { timeZone: config.defaultTimeZone });
  const ideas = new IdeaService(store, call, clock);
  const review = new IdeaReview(store, call, ideas, clock);
  // The shortlist is IKM's, in the store, and the teams' once it is announced; the catalogue file's
  // list is an optional import beside it.
  const shortlisted = async () => [...new Set([...(await review.announcedTeams('shortlist')), ...catalogueFile.teams.shortlisted])];
  /** What a team has been told of its idea: IKM's announced decisions, the file's list counting as shortlisted. */
  const toldOutcome = async (reference: string, ownerId: string) => {
    const told = await review.toldOutcome(reference);
    return (told === undefined || told === 'not-shortlisted') && catalogueFile.teams.shortlisted.includes(ownerId) ? 'shortlisted' : told;
  };
  const catalogue: SessionCatalogue = new SessionCatalogue(store, catalogueFile.sessions, clock, {
    topics: catalogueFile.topics,
    compactSeats: (id) => bookings.compactSeats(id),
  });
  const bookings = new BookingService(store, catalogue, clock, {
    shortlisted,
    clinicsPerTopicPerTeam: catalogueFile.rules.clinicsPerTopicPerTeam,
  });
  const references = new ConversationReferences(store);
  const outbox = new ReminderOutbox(store);
  const proposals = new ProposalService(
    store,
    call,
    clock,
    new DiskFileStore(config.proposals.dir),
    {
      referenceOf: async (ownerId, ahead) => (await ideas.getDraft(ownerId, ahead))?.reference,
      isShortlisted: async (ownerId, reference) => {
        const told = await toldOutcome(reference, ownerId);
        return told !== undefined && told !== 'not-shortlisted';
      },
    },
    { maxBytes: config.proposals.maxBytes },
  );
  return {
    proposals,
    people,
    catalogue,
    bookings,
    shortlisted,
    toldOutcome,
    references,
    outbox,
    links: await SignedLinks.open(store, clock),
    ideas,
    review,
    decisionMessages: new DecisionMessages(call, review),
    announcements: new Announcements(store, call, outbox, { ideas, review, references }, clock),
    audit: new AuditLog(store, clock),
    eligibility: new EligibilityRecords(store, call, clock),
    preferences: new ReminderPreferences(store, { sendHour: config.reminders.sendHour }, people),
    tickets: new TicketService(store, clock),
    keptQuestions: new KeptQuestions(store),
    ikmChannel: new IkmChannel(store, clock),
    mailer: createMailer(config, { clock }),
    seen: new SeenActivities(store, clock),
    store,
    clock,
  };
}

/**
 * The proposal as columns of the submissions export: the latest version's file, its number and
 * when it was handed in, and the earlier versions it replaced (kept, and on the idea's desk card).
 */
function proposalColumns(services: Services): () => Promise<ExportColumn<SubmissionRow>[]> {
  return async () => {
    const records = new Map((await services.proposals.all()).map((record) => [record.reference, record]));
    const files = (row: SubmissionRow) => records.get(row.submission.reference)?.files ?? [];
    const latest = (row: SubmissionRow) => files(row).at(-1);
    return [
      { header: 'Proposal file', type: 'text', width: 30, value: (row) => latest(row)?.name },
      { header: 'Proposal version', type: 'number', width: 10, value: (row) => latest(row)?.version },
      { header: 'Proposal handed in', type: 'date', width: 18, value: (row) => (latest(row) ? new Date(latest(row)!.at) : undefined) },
      {
        header: 'Earlier proposal versions',
        type: 'text',
        width: 40,
        value: (row) => files(row).slice(0, -1).map((file) => `${file.version}: ${file.name}`).join('; ') || undefined,
      },
    ];
  };
}

/** The files of a person and of the proposal stage, behind signed links: a proposal document, "My data" as JSON. */
function personalFiles(services: Services, personalData: PersonalDataService): Record<string, FileMaker> {
  return {
    proposal: async (name) => {
      const match = /^(IH-[A-Za-z0-9]+-\d{4,})-P(\d{1,4})\.[a-z]{3,4}$/.exec(name);
      const found = match ? await services.proposals.file(match[1], Number(match[2])) : undefined;
      return found ? { contentType: found.contentType, filename: found.file.name, body: found.bytes } : undefined;
    },
    'my-data': async (name) => {
      const personId = /^(.+)\.json$/.exec(name)?.[1];
      if (!personId) return undefined;
      const data = await personalData.collect(personId);
      return { contentType: 'application/json; charset=utf-8', filename: 'my-innovation-hub-data.json', body: JSON.stringify(data, null, 2) };
    },
  };
}

/** What "My data" reads and erases: every service that keeps something about a person. */
function personalDataOf(services: Services): PersonalDataService {
  return new PersonalDataService(services);
}
type Services = Awaited<ReturnType<typeof createServices>>;

/** The bot's features (the conversation side of each capability) and the reminder worker. */
function createFeatures(
  config: AppConfig,
  content: Content,
  services: Services,
  adapter: HubAdapter,
  store: Store,
  clock: Clock,
  logger: Logger,
  baseUrl: () => string,
) {
  const { people, references, catalogue, bookings, preferences } = services;
  const appId = config.bot.appId ?? '';
  const proactive = new Proactive({ adapter, appId, references, people, logger });
  const answers = new FaqAnswers({
    call: content.call,
    clock,
    store,
    knowledgeBase: content.knowledgeBase,
    index: content.faqIndex,
    decisionToldAt: (kind) => services.review.toldAt(kind),
  });
  const ikmQuestions = new IkmQuestions({
    call: content.call,
    store,
    tickets: services.tickets,
    ikmChannel: services.ikmChannel,
    references,
    proactive,
    mailer: services.mailer,
    ikmMailbox: config.mail.ikmMailbox,
    audit: services.audit,
    logger,
    // The submission notices are made below; a channel is registered long after.
    onChannelRegistered: () =>
      submissionNotices.sendPending().catch((error: unknown) => logger.warn({ event: 'desk.notices_failed', error: describeError(error) }, 'missed notices not sent yet')),
  });
  const sessions: SessionsFeature = createSessionsFeature({
    clock,
    store,
    catalogue,
    bookings,
    links: services.links,
    baseUrl,
    proactive,
    people,
    audit: services.audit,
    logger,
    deskZone: deskZone({ call: content.call }),
    shortlistAnnounced: () => services.review.isAnnounced('shortlist'),
  });
  const reminders = new ReminderSettings({ clock, preferences, worker: () => worker, audit: services.audit, logger });
  const reminderSchedule = createReminderSchedule({
    call: content.call,
    config: DEFAULT_SCHEDULE_CONFIG,
    ideas: services.ideas,
    eligibility: services.eligibility,
    preferences,
    shortlisted: services.shortlisted,
    bookings,
    announcedInBot: async () => {
      const made = await Promise.all([services.review.announcement('shortlist'), services.review.announcement('funding')]);
      return new Set(made.filter((announcement) => announcement !== undefined).map((announcement) => announcement.kind));
    },
  });
  const teamMessages = { call: content.call, people, announcements: services.announcements, clock };
  const reminderRecheck = recheckReminder({
    preferences,
    draftStatus: async (userId) => (await services.ideas.getDraft(userId))?.status,
    call: content.call,
    seatStart: async (sessionId, teamId) =>
      (await bookings.myBookings(teamId)).find((booking) => booking.session.id === sessionId && booking.status === 'confirmed')?.session.start,
  });
  const worker: ReminderWorker = new ReminderWorker({
    outbox: services.outbox,
    control: new ReminderControl(store),
    references,
    sender: new ReminderSender({ send: continueConversationSend(adapter, appId), ratePerSecond: config.reminders.ratePerSecond }),
    // One outbox for everything sent to people later: reminders, and IKM's decisions and announcements.
    buildActivity: (row, reference) =>
      row.kind === 'decision' || row.kind === 'announcement'
        ? buildTeamMessage(teamMessages, row, reference)
        : buildReminderActivity({ clock, people, preferences, catalogue, proposals: services.proposals }, row, reference),
    schedule: async (now) => [
      ...(await reminderSchedule(now)),
      ...(await services.decisionMessages.items(await preferences.resolver())),
      ...(await services.announcements.items(now)),
    ],
    recheck: (row) => (row.kind === 'decision' ? services.decisionMessages.recheck(row.payload) : reminderRecheck(row)),
    clock,
    workerId: `${hostname()}:${process.pid}`,
    // A claim not finished within the lease (the process died) is sent again by another pass.
    leaseMs: config.reminders.leaseMs,
    // Keys name the person, so only the kind of event and its reason are logged.
    onEvent: (event) => logger.info({ event: event.event, reason: 'reason' in event ? event.reason : undefined }, 'reminder worker'),
  });
  const desk = createDeskFeature(
    {
      call: content.call,
      clock,
      ideas: services.ideas,
      review: services.review,
      announcements: services.announcements,
      audit: services.audit,
      eligibility: services.eligibility,
      tickets: services.tickets,
      outbox: services.outbox,
      catalogue,
      bookings,
      links: deskLinks(services.links, baseUrl),
      proposals: () => services.proposals.count(),
      proposalOf: (reference) => services.proposals.record(reference),
      showTicket: (context, ticketId) => ikmQuestions.showTicket(context, ticketId),
      // With the scheduler off (tests, a paused deployment), sends wait for "run reminders".
      sendingPaused: () => worker.isPaused(),
      channelRegistered: async () => (await services.ikmChannel.get()) !== undefined,
      sendSoon: () => {
        if (!config.reminders.enabled) return;
        worker.runOnce().catch((error: unknown) => logger.warn({ event: 'outbox.pass_failed', error: describeError(error) }, 'outbox pass failed'));
      },
      logger,
    },
    people,
  );
  const submissionNotices = new SubmissionNotices({
    call: content.call,
    clock,
    store,
    ikmChannel: services.ikmChannel,
    proactive,
    mailer: services.mailer,
    composeMail: async (submission) => {
      const document = ideaDocument(content.call, submission);
      return submissionMail(document, await renderIdeaPdf(document, { createdAt: clock.now() }), config.mail.ikmMailbox);
    },
    ideas: services.ideas,
    proposals: services.proposals,
    logger,
  });
  const proposal = new ProposalStage({
    call: content.call,
    clock,
    proposals: services.proposals,
    catalogue,
    bookings,
    allowLoopbackDownloads: !config.bot.authenticates,
    // IKM's announcement: the catalogue file's list is an import (its shipped ids are placeholders).
    shortlistAnnounced: () => services.review.isAnnounced('shortlist'),
    fundingOutcome: async (reference) => {
      const told = await services.review.toldOutcome(reference);
      return told === 'funded' || told === 'not-funded' ? told : undefined;
    },
    onHandedIn: (reference, file) => submissionNotices.notifyProposal(reference, file),
  });
  const personalData = personalDataOf(services);
  const myData = new MyDataView({
    clock,
    personalData,
    downloadLink: (personId) => `${baseUrl()}${services.links.filePath('my-data', `${personId}.json`, DESK_LINK_TTL_MS)}`,
    retentionDays: config.retentionDays,
    afterErase: async (report) => {
      // The erased questions' channel cards first: they show the person's name and words.
      await ikmQuestions.withdrawCards(report.erasedQuestions);
      if (report.promoted.length) await sessions.notices.sendPromotionNotices();
    },
    mailbox: content.call.contact.mailbox,
  });
  return { call: content.call, proactive, answers, ikmQuestions, sessions, reminders, worker, desk, submissionNotices, proposal, myData, personalData };
}
type Features = ReturnType<typeof createFeatures>;

/** Background work: purging old retry records, repairing bookings, the reminder scheduler. */
function startTimers(config: AppConfig, services: Services, features: Features, logger: Logger) {
  // Forget handled activity ids after a couple of hours (they only guard against Teams' retries).
  const purge = setInterval(() => {
    services.seen.purge().catch((error: unknown) => logger.warn({ event: 'seen.purge_failed', error: describeError(error) }, 'purge failed'));
  }, PURGE_EVERY_MS);
  purge.unref();
  // Repairs bookings a crash left half-done and tells teams promoted by such repairs.
  let maintaining = false;
  const maintainSessions = setInterval(() => {
    if (maintaining) return;
    maintaining = true;
    Promise.all([features.sessions.notices.maintain(), features.submissionNotices.sendPending()])
      .catch((error: unknown) => logger.warn({ event: 'sessions.maintain_failed', error: describeError(error) }, 'session upkeep failed'))
      .finally(() => {
        maintaining = false;
      });
  }, SESSIONS_EVERY_MS);
  maintainSessions.unref();
  // Drafts and eligibility answers of calls closed long ago are removed (checked every six hours).
  const retain = () =>
    applyRetention(services.store, features.call, services.clock.now(), config.retentionDays)
      .then((report) => {
        if (report.drafts + report.checks > 0) logger.info({ event: 'retention.removed', ...report }, 'old drafts and checks removed');
      })
      .catch((error: unknown) => logger.warn({ event: 'retention.failed', error: describeError(error) }, 'retention pass failed'));
  void retain();
  const retention = setInterval(retain, RETENTION_EVERY_MS);
  retention.unref();
  // Reminders: a scheduler in this process wakes the outbox (no external cron needed).
  if (config.reminders.enabled) features.worker.start(config.reminders.intervalMs);
  return {
    async stop() {
      clearInterval(purge);
      clearInterval(retention);
      await features.worker.stop();
      clearInterval(maintainSessions);
    },
  };
}

/** Settings that work but deserve a word in the log. */
function warnAboutSettings(config: AppConfig, host: string, logger: Logger): void {
  if (config.nodeEnv === 'production' && config.allowedTenantIds.length === 0) {
    logger.warn({ event: 'startup.all_tenants' }, 'ALLOWED_TENANT_IDS is empty: users of every Microsoft 365 tenant can talk to the bot');
  }
  if (!config.bot.authenticates) {
    logger.warn(
      { event: 'startup.unauthenticated', host, forcedLoopback: config.http.forcedLoopback },
      'MICROSOFT_APP_ID is not set: requests are NOT authenticated, so the bot listens on 127.0.0.1 only (local development)',
    );
  }
  if (config.nodeEnv === 'production' && config.mail.transport === 'outbox') {
    logger.warn({ event: 'startup.mail_outbox' }, 'SMTP_URL is not set: mail to the IKM mailbox is only written to the outbox folder');
  }
}
