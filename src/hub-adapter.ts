import type { Activity, InvokeResponse, ResourceResponse, TurnContext } from 'botbuilder';
import { TeamsAdapter } from './teams-ai';
import type { AppConfig } from './config';
import { boundedDeliveryOptions } from './connector-delivery';
import { withJsonReplies } from './connector-replies';

const HELD_REPLIES = Symbol('replies held until the turn is saved');

/**
 * The replies a turn has sent so far and that are still held (see `HubAdapter.processAuthenticated`),
 * no longer held: later sends in this turn go out at once. For the turn error handler, whose
 * apology replaces them.
 */
export function dropHeldReplies(context: TurnContext): Partial<Activity>[] {
  const held = (context.turnState.get(HELD_REPLIES) as Partial<Activity>[] | undefined) ?? [];
  context.turnState.delete(HELD_REPLIES);
  return held;
}

/** What `authenticate` hands back: proof of the caller, for `processAuthenticated`. */
export type Authenticated = Awaited<ReturnType<HubAdapter['authenticate']>>;

/** The fields of an activity that its token is checked against. */
export interface TokenSubject {
  channelId?: string;
  serviceUrl?: string;
}

/**
 * The teams-ai adapter, split in two so that the HTTP server can check who is calling before it
 * looks at what they sent (see `server.ts`): `authenticate` checks the token only, and
 * `processAuthenticated` runs the turn with the result. `process()` did both at once, after the
 * body had been read and validated, and answered failures of the key download with a 500 carrying
 * the library's message.
 */
export class HubAdapter extends TeamsAdapter {
  /** True when requests must carry a valid Bot Framework token (an app id is configured). */
  readonly authenticates: boolean;

  constructor(config: AppConfig) {
    super(
      {
        MicrosoftAppId: config.bot.appId ?? '',
        MicrosoftAppPassword: config.bot.appPassword ?? '',
        MicrosoftAppTenantId: config.bot.appTenantId ?? '',
        MicrosoftAppType: config.bot.appType,
      },
      undefined,
      undefined,
      boundedDeliveryOptions({ timeoutMs: config.connector.timeoutMs }),
    );
    this.authenticates = config.bot.authenticates;
    keepUserTokenClients(this.botFrameworkAuthentication);
    // Proactive messages (reminders, announcements, IKM's answers) get their connector clients the
    // same way as replies: kept per service URL, posting JSON text.
    const auth = this.botFrameworkAuthentication;
    const createConnectorFactory = auth.createConnectorFactory.bind(auth);
    auth.createConnectorFactory = (claims) => this.connectorClients.factoryOver(createConnectorFactory(claims));
  }

  /**
   * Checks the `Authorization` header for an activity from `subject`'s channel and service URL.
   * Rejects with an error whose `statusCode` is 401 when the token is refused; other rejections
   * (the signing keys could not be fetched) mean "cannot tell now". Without an app id every caller
   * is accepted, anonymously.
   */
  authenticate(subject: TokenSubject, authorization: string) {
    return this.botFrameworkAuthentication.authenticateRequest(subject as Activity, authorization);
  }

  /**
   * Runs the turn of an activity whose caller `authenticate` accepted; the invoke response, if any.
   * Its dates become `Date`s (the text kept as `rawTimestamp`...), as `process()` does.
   *
   * The turn's replies are held until `logic` has returned, that is until teams-ai has saved the
   * turn's state, and only then sent: a person is never told something the turn then failed to
   * keep. (With the store past its deadline at the save, "Your seat is booked" used to be followed
   * by "what you just sent was not saved".) A failed turn's replies are dropped by the error
   * handler (`dropHeldReplies`), which says what happened instead.
   */
  processAuthenticated(
    authenticated: Authenticated,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    const connectorFactory = authenticated.connectorFactory && this.connectorClients.factoryOver(authenticated.connectorFactory);
    return this.processActivity({ ...authenticated, connectorFactory }, withDates(activity), async (context) => {
      context.turnState.set(HELD_REPLIES, []);
      await logic(context);
      const held = dropHeldReplies(context);
      if (held.length > 0) await super.sendActivities(context, held);
    });
  }

  /** Sends `activities`, or keeps them for the end of the turn while its replies are held (see `processAuthenticated`). */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const held = context.turnState.get(HELD_REPLIES) as Partial<Activity>[] | undefined;
    // An invoke's response is not a message: the adapter reads it when the turn's logic returns.
    if (!held || activities.some((activity) => activity.type === 'invokeResponse')) return super.sendActivities(context, activities);
    held.push(...activities);
    return activities.map(() => ({ id: '' }));
  }

  private readonly connectorClients = new ConnectorClientCache();
}

/**
 * Connector clients kept per service URL and audience. botbuilder builds a new client, with its
 * whole HTTP pipeline, on every turn (about a tenth of a menu turn's CPU here); the client holds no
 * per-turn state and its credentials cache their token, so one per Teams region serves every turn.
 * Each posts its messages as JSON text (`connector-replies.ts`). Proactive sends use the same cache.
 * Bounded, because without authentication the service URL is whatever the caller wrote.
 */
type BotFrameworkAuthentication = HubAdapter['botFrameworkAuthentication'];
type UserTokenClientPromise = ReturnType<BotFrameworkAuthentication['createUserTokenClient']>;

/**
 * The adapter also builds a user-token client (a second HTTP pipeline) on every turn, for OAuth
 * sign-in, which this bot never uses. It depends only on the bot's app id in the token's claims, so
 * one per app id is kept (in practice one: ours, or the anonymous one when auth is off).
 */
function keepUserTokenClients(auth: BotFrameworkAuthentication): void {
  const create = auth.createUserTokenClient.bind(auth);
  const clients = new Map<string, UserTokenClientPromise>();
  auth.createUserTokenClient = (claims) => {
    const appId = claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';
    const kept = clients.get(appId);
    if (kept) return kept;
    const client = create(claims);
    client.catch(() => clients.delete(appId));
    if (clients.size < 8) clients.set(appId, client);
    return client;
  };
}

type ConnectorFactory = NonNullable<Authenticated['connectorFactory']>;
type ConnectorClientPromise = ReturnType<ConnectorFactory['create']>;

class ConnectorClientCache {
  private static readonly MAX_CLIENTS = 64;
  private readonly clients = new Map<string, ConnectorClientPromise>();

  factoryOver(factory: ConnectorFactory): ConnectorFactory {
    return {
      create: (serviceUrl: string, audience?: string) => {
        const key = `${serviceUrl}\n${audience ?? ''}`;
        const kept = this.clients.get(key);
        if (kept) return kept;
        const client = factory.create(serviceUrl, audience).then(withJsonReplies);
        // A failed creation is not kept: the next turn tries again.
        client.catch(() => this.clients.delete(key));
        if (this.clients.size >= ConnectorClientCache.MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value!);
        this.clients.set(key, client);
        return client;
      },
    };
  }
}

/** The activity with its date fields sent as text turned into `Date`s, the text kept beside them. */
function withDates(activity: Activity): Activity {
  const fixed: Activity & Record<string, unknown> = { ...activity };
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value: unknown = fixed[field];
    if (typeof value === 'string') {
      fixed[raw] = value;
      fixed[field] = new Date(value);
    }
  }
  return fixed;
}
