import { z } from 'zod';
import { timeZoneSchema } from './time-zone';

/**
 * The environment the bot runs in, as one zod schema. This is the only module that reads
 * `process.env`; everything else receives the parsed `AppConfig`.
 */

const emptyToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());

const guid = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');

/** A comma-separated list of GUIDs ("" or unset means none). */
const guidList = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part.length > 0)
      : (value ?? []),
  z.array(guid),
);

/** The one time-zone rule (src/time-zone.ts). */
const timeZone = timeZoneSchema;

const storageUrl = z
  .string()
  .trim()
  .refine(
    (url) => /^sqlite:\/\//.test(url) || /^postgres(ql)?:\/\//.test(url),
    'must start with sqlite:// or postgres://',
  );

/** An e-mail address, bare (`ikm@iom.int`) or with a display name (`IKM <ikm@iom.int>`); one line. */
const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+$/;
const NAMED_ADDRESS = /^[^<>\r\n]*<([^<>]+)>$/;

/** True for `a@b` or `Name <a@b>`, without line breaks (they would start a new mail header). */
export function isMailAddress(value: string): boolean {
  if (/[\r\n]/.test(value)) return false;
  const named = NAMED_ADDRESS.exec(value);
  return ADDRESS.test(named ? named[1].trim() : value);
}

const mailAddress = z.string().trim().refine(isMailAddress, 'must be an e-mail address, optionally as "Name <address>"');

/**
 * An SMTP server as a URL, as nodemailer reads it: smtp://host:587 (STARTTLS when offered) or
 * smtps://user:password@host:465 (TLS from the start). The messages never quote the value: it may
 * hold a password.
 */
const smtpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be a URL such as smtp://host:587 or smtps://user:password@host:465');

/**
 * The address users' browsers reach the bot at (download links in cards): http(s), no query or
 * fragment. A trailing slash is dropped.
 */
const publicBaseUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash && !url.username;
    } catch {
      return false;
    }
  }, 'must be an http(s) URL without query, such as https://hub-bot.example.org')
  .transform((value) => value.replace(/\/+$/, ''));

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  MICROSOFT_APP_ID: z.preprocess(emptyToUndefined, guid.optional()),
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TENANT_ID: z.preprocess(emptyToUndefined, guid.optional()),
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  HOST: optionalString,
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  STORAGE_URL: storageUrl.default('sqlite://./data/hub.sqlite'),
  STORAGE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(1500),
  STORAGE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  HEALTH_TIMEOUT_MS: z.coerce.number().int().min(100).max(10_000).default(700),
  CONNECTOR_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(5000),
  ALLOWED_TENANT_IDS: guidList,
  IKM_ADMIN_IDS: guidList,
  CALL_FILE: z.string().trim().min(1).default('content/call-2024.yaml'),
  FAQ_DIR: z.string().trim().min(1).default('content/faq'),
  REMINDERS_ENABLED: z.enum(['true', 'false']).default('true'),
  REMINDER_SEND_HOUR: z.coerce.number().int().min(7).max(20).default(9),
  REMINDER_RATE_PER_SECOND: z.coerce.number().int().min(1).max(50).default(40),
  REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  REMINDER_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  SESSIONS_FILE: z.string().trim().min(1).default('content/sessions.yaml'),
  PUBLIC_BASE_URL: z.preprocess(emptyToUndefined, publicBaseUrl.optional()),
  DEFAULT_TIME_ZONE: timeZone.default('Europe/Zurich'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TEAMS_APP_ID: z.preprocess(emptyToUndefined, guid.optional()),
  BOT_DOMAIN: optionalString,
  IKM_MAILBOX: z.preprocess(emptyToUndefined, mailAddress.default('ikm@iom.int')),
  SMTP_URL: z.preprocess(emptyToUndefined, smtpUrl.optional()),
  MAIL_FROM: z.preprocess(emptyToUndefined, mailAddress.default('Innovation Hub Assistant <no-reply@localhost>')),
  MAIL_OUTBOX_DIR: z.preprocess(emptyToUndefined, z.string().trim().default('./data/outbox')),
  PROPOSALS_DIR: z.preprocess(emptyToUndefined, z.string().trim().default('./data/proposals')),
  PROPOSAL_MAX_MB: z.coerce.number().int().min(1).max(100).default(20),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
});

export type Env = z.infer<typeof envSchema>;

/** The parsed configuration the rest of the program receives. */
export interface AppConfig {
  nodeEnv: Env['NODE_ENV'];
  bot: {
    appId?: string;
    appPassword?: string;
    appTenantId?: string;
    appType: Env['MICROSOFT_APP_TYPE'];
    /** True when requests must carry a valid Bot Framework JWT. */
    authenticates: boolean;
  };
  http: {
    host: string;
    port: number;
    /** Set when the configured HOST was overridden to loopback because no app id is configured. */
    forcedLoopback: boolean;
  };
  storageUrl: string;
  /**
   * Deadlines of storage calls, so that a database that stops answering fails a turn within
   * seconds instead of holding it: opening or waiting for a connection (Postgres), and one
   * statement (Postgres statement timeout, SQLite busy timeout).
   */
  storageTimeouts: { connectMs: number; statementMs: number };
  /** GET /healthz answers 503 when storage has not answered within this. */
  health: { timeoutMs: number };
  /** Longest a send to the Bot Connector may take, retries included (replies and proactive messages). */
  connector: { timeoutMs: number };
  allowedTenantIds: string[];
  ikmAdminIds: string[];
  callFile: string;
  /** The folder of the knowledge base (one YAML file per topic). */
  faqDir: string;
  /** Proactive reminders: the in-process scheduler, the local hour they are sent at, Teams' rate. */
  reminders: { enabled: boolean; sendHour: number; ratePerSecond: number; intervalMs: number; leaseMs: number };
  /** The catalogue of clinics and workshops (YAML; relative dates resolved at start-up). */
  sessionsFile: string;
  /**
   * Where users' browsers reach this server, for download links in cards (calendar files, CSV).
   * When absent, the address the server listens on.
   */
  publicBaseUrl?: string;
  defaultTimeZone: string;
  logLevel: Env['LOG_LEVEL'];
  teams: { appId?: string; botDomain?: string };
  mail: MailConfig;
  /** The proposal stage: where handed-in files are kept, and the largest accepted. */
  proposals: { dir: string; maxBytes: number };
  /** Drafts and eligibility answers are removed this many days after their call closed. */
  retentionDays: number;
}

/** Where mail goes: to an SMTP server when SMTP_URL is set, else into .eml files in a folder. */
export interface MailConfig {
  /** 'smtp' when `smtpUrl` is set, else 'outbox'. */
  transport: 'smtp' | 'outbox';
  /** The IKM unit's mailbox, which receives the questions (default ikm@iom.int). */
  ikmMailbox: string;
  /** The sender of every message, `Name <address>`. */
  from: string;
  /** The SMTP server; may contain a password, so never log it (see `redactUrl`). */
  smtpUrl?: string;
  /** Where the outbox transport writes its .eml files (created when missing). */
  outboxDir: string;
}

/** A URL fit for logs: its password (and any query string, which may carry secrets) masked. */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    if (url.search) url.search = '?***';
    return url.toString();
  } catch {
    return '[unparseable URL]';
  }
}

/** Thrown when the environment is invalid; its message lists every problem, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOOPBACK = '127.0.0.1';

/**
 * Parses the environment once; throws a ConfigError naming every problem found. `purpose: 'package'`
 * (building the Teams app zip) does not ask for the bot's password.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  options: { purpose?: 'serve' | 'package' } = {},
): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.NODE_ENV === 'production' && !e.MICROSOFT_APP_ID) {
    problems.push('MICROSOFT_APP_ID: required when NODE_ENV=production (requests would not be authenticated)');
  }
  // Packaging the Teams app needs the ids only, never the secret.
  const serving = options.purpose !== 'package';
  if (serving && e.MICROSOFT_APP_ID && e.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && !e.MICROSOFT_APP_PASSWORD) {
    problems.push('MICROSOFT_APP_PASSWORD: required with MICROSOFT_APP_ID for MultiTenant and SingleTenant bots');
  }
  if (e.MICROSOFT_APP_TYPE === 'SingleTenant' && !e.MICROSOFT_APP_TENANT_ID) {
    problems.push('MICROSOFT_APP_TENANT_ID: required when MICROSOFT_APP_TYPE=SingleTenant');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const authenticates = Boolean(e.MICROSOFT_APP_ID);
  // Without an app id nothing checks who is calling, so only this machine may call.
  const requestedHost = e.HOST ?? (authenticates ? '0.0.0.0' : LOOPBACK);
  const host = authenticates ? requestedHost : LOOPBACK;

  return {
    nodeEnv: e.NODE_ENV,
    bot: {
      appId: e.MICROSOFT_APP_ID,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      appTenantId: e.MICROSOFT_APP_TENANT_ID,
      appType: e.MICROSOFT_APP_TYPE,
      authenticates,
    },
    http: { host, port: e.PORT, forcedLoopback: requestedHost !== host },
    storageUrl: e.STORAGE_URL,
    storageTimeouts: { connectMs: e.STORAGE_CONNECT_TIMEOUT_MS, statementMs: e.STORAGE_STATEMENT_TIMEOUT_MS },
    health: { timeoutMs: e.HEALTH_TIMEOUT_MS },
    connector: { timeoutMs: e.CONNECTOR_TIMEOUT_MS },
    allowedTenantIds: e.ALLOWED_TENANT_IDS.map((id) => id.toLowerCase()),
    ikmAdminIds: e.IKM_ADMIN_IDS.map((id) => id.toLowerCase()),
    callFile: e.CALL_FILE,
    faqDir: e.FAQ_DIR,
    reminders: {
      enabled: e.REMINDERS_ENABLED === 'true',
      sendHour: e.REMINDER_SEND_HOUR,
      ratePerSecond: e.REMINDER_RATE_PER_SECOND,
      intervalMs: e.REMINDER_INTERVAL_SECONDS * 1000,
      leaseMs: e.REMINDER_LEASE_SECONDS * 1000,
    },
    sessionsFile: e.SESSIONS_FILE,
    publicBaseUrl: e.PUBLIC_BASE_URL,
    defaultTimeZone: e.DEFAULT_TIME_ZONE,
    logLevel: e.LOG_LEVEL,
    teams: { appId: e.TEAMS_APP_ID, botDomain: e.BOT_DOMAIN },
    mail: {
      transport: e.SMTP_URL ? 'smtp' : 'outbox',
      ikmMailbox: e.IKM_MAILBOX,
      from: e.MAIL_FROM,
      smtpUrl: e.SMTP_URL,
      outboxDir: e.MAIL_OUTBOX_DIR,
    },
    proposals: { dir: e.PROPOSALS_DIR, maxBytes: e.PROPOSAL_MAX_MB * 1024 * 1024 },
    retentionDays: e.RETENTION_DAYS,
  };
}
