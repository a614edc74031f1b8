import { ConfigError, isMailAddress, loadConfig, redactUrl } from '../../src/config';

const APP_ID = '0b6b3f52-7a0f-4c55-9a53-1e2d7c8e9f10';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration from the environment', () => {
  it('starts with sensible local defaults and nothing set', () => {
    const config = loadConfig({});
    expect(config.storageUrl).toBe('sqlite://./data/hub.sqlite');
    expect(config.http).toEqual({ host: '127.0.0.1', port: 3978, forcedLoopback: false });
    expect(config.bot.authenticates).toBe(false);
    expect(config.defaultTimeZone).toBe('Europe/Zurich');
    expect(config.callFile).toBe('content/call-2024.yaml');
  });

  it('reads the sessions file and the public base URL of download links', () => {
    const defaults = loadConfig({});
    expect(defaults.sessionsFile).toBe('content/sessions.yaml');
    expect(defaults.publicBaseUrl).toBeUndefined();
    const set = loadConfig({ SESSIONS_FILE: 'content/other.yaml', PUBLIC_BASE_URL: 'https://hub.example.org/' });
    expect(set.sessionsFile).toBe('content/other.yaml');
    expect(set.publicBaseUrl).toBe('https://hub.example.org');
    expect(problemsOf({ PUBLIC_BASE_URL: 'ftp://hub.example.org' })).toEqual([expect.stringContaining('PUBLIC_BASE_URL')]);
    expect(problemsOf({ PUBLIC_BASE_URL: 'https://hub.example.org/?a=1' })).toEqual([expect.stringContaining('PUBLIC_BASE_URL')]);
  });

  it('binds to loopback without an app id, whatever HOST says', () => {
    const config = loadConfig({ HOST: '0.0.0.0' });
    expect(config.http.host).toBe('127.0.0.1');
    expect(config.http.forcedLoopback).toBe(true);
  });

  it('listens on all interfaces and authenticates once an app id is configured', () => {
    const config = loadConfig({ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'secret' });
    expect(config.http.host).toBe('0.0.0.0');
    expect(config.bot.authenticates).toBe(true);
  });

  it('refuses production without an app id', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([expect.stringContaining('MICROSOFT_APP_ID')]);
  });

  it('lists every problem at once, by variable name', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      STORAGE_URL: 'mysql://x',
      DEFAULT_TIME_ZONE: 'Mars/Olympus',
      IKM_ADMIN_IDS: 'not-a-guid',
      LOG_LEVEL: 'loud',
    });
    const named = problems.map((problem) => problem.split(':')[0]);
    expect(named).toEqual(
      expect.arrayContaining(['PORT', 'STORAGE_URL', 'DEFAULT_TIME_ZONE', 'IKM_ADMIN_IDS.0', 'LOG_LEVEL']),
    );
  });

  it('reads comma-separated tenant and admin lists, case-insensitively', () => {
    const config = loadConfig({
      ALLOWED_TENANT_IDS: ` ${APP_ID.toUpperCase()}, 11111111-2222-3333-4444-555555555555 `,
      IKM_ADMIN_IDS: '',
    });
    expect(config.allowedTenantIds).toEqual([APP_ID, '11111111-2222-3333-4444-555555555555']);
    expect(config.ikmAdminIds).toEqual([]);
  });

  it('packaging the Teams app needs the ids but not the password', () => {
    expect(loadConfig({ MICROSOFT_APP_ID: APP_ID }, { purpose: 'package' }).bot.appId).toBe(APP_ID);
    expect(problemsOf({ MICROSOFT_APP_ID: APP_ID })).toEqual([expect.stringContaining('MICROSOFT_APP_PASSWORD')]);
  });

  it('requires the password and tenant that an app type needs', () => {
    expect(problemsOf({ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_TYPE: 'SingleTenant' })).toEqual([
      expect.stringContaining('MICROSOFT_APP_PASSWORD'),
      expect.stringContaining('MICROSOFT_APP_TENANT_ID'),
    ]);
  });

  describe('mail', () => {
    it('writes to the local outbox by default, to IKM from the assistant', () => {
      expect(loadConfig({}).mail).toEqual({
        transport: 'outbox',
        ikmMailbox: 'ikm@iom.int',
        from: 'Innovation Hub Assistant <no-reply@localhost>',
        smtpUrl: undefined,
        outboxDir: './data/outbox',
      });
    });

    it('treats empty values as unset', () => {
      const config = loadConfig({ IKM_MAILBOX: ' ', SMTP_URL: '', MAIL_FROM: '', MAIL_OUTBOX_DIR: '' });
      expect(config.mail).toMatchObject({ transport: 'outbox', ikmMailbox: 'ikm@iom.int', outboxDir: './data/outbox' });
    });

    it('sends over SMTP once SMTP_URL is set', () => {
      const config = loadConfig({
        SMTP_URL: ' smtps://hub%40iom.int:s3cret@smtp.iom.int:465 ',
        IKM_MAILBOX: 'IKM <ikm-test@iom.int>',
        MAIL_FROM: 'Innovation Hub <innovationhub@iom.int>',
        MAIL_OUTBOX_DIR: '/var/lib/hub/outbox',
      });
      expect(config.mail).toEqual({
        transport: 'smtp',
        ikmMailbox: 'IKM <ikm-test@iom.int>',
        from: 'Innovation Hub <innovationhub@iom.int>',
        smtpUrl: 'smtps://hub%40iom.int:s3cret@smtp.iom.int:465',
        outboxDir: '/var/lib/hub/outbox',
      });
    });

    it('names bad mail settings without quoting the SMTP URL', () => {
      const problems = problemsOf({
        SMTP_URL: 'https://user:s3cret@mail.example.org',
        IKM_MAILBOX: 'ikm at iom.int',
        MAIL_FROM: 'Hub <no-reply@iom.int>\r\nBcc: spy@example.org',
      });
      expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(['IKM_MAILBOX', 'MAIL_FROM', 'SMTP_URL']);
      expect(problems.join('\n')).not.toContain('s3cret');
      expect(problemsOf({ SMTP_URL: 'smtp://' })).toEqual([expect.stringContaining('SMTP_URL')]);
    });

    it('reads addresses bare or with a display name, on one line', () => {
      expect(isMailAddress('ikm@iom.int')).toBe(true);
      expect(isMailAddress('Innovation Hub Assistant <no-reply@localhost>')).toBe(true);
      expect(isMailAddress('"IKM, Geneva" <ikm@iom.int>')).toBe(true);
      expect(isMailAddress('ikm@iom.int, spy@example.org')).toBe(false);
      expect(isMailAddress('ikm@iom.int\nBcc: spy@example.org')).toBe(false);
      expect(isMailAddress('nobody')).toBe(false);
    });

    it('masks the password (and the query) of a URL for logs', () => {
      expect(redactUrl('smtps://hub%40iom.int:s3cret@smtp.iom.int:465')).toBe('smtps://hub%40iom.int:***@smtp.iom.int:465');
      expect(redactUrl('smtp://smtp.iom.int:587?tls.servername=x')).toBe('smtp://smtp.iom.int:587?***');
      expect(redactUrl('nonsense')).toBe('[unparseable URL]');
    });
  });
});
