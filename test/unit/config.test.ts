import { ConfigError, loadConfig } from '../../src/config';

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

  it('requires the password and tenant that an app type needs', () => {
    expect(problemsOf({ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_TYPE: 'SingleTenant' })).toEqual([
      expect.stringContaining('MICROSOFT_APP_PASSWORD'),
      expect.stringContaining('MICROSOFT_APP_TENANT_ID'),
    ]);
  });
});
