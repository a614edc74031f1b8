import { ConfigError, loadConfig } from '../../src/config';

describe('deadline settings', () => {
  it('default so that a user hears back within 5 s and /healthz within 1 s', () => {
    const config = loadConfig({});
    expect(config.storageTimeouts).toEqual({ connectMs: 1500, statementMs: 2000 });
    expect(config.health).toEqual({ timeoutMs: 700 });
    expect(config.connector).toEqual({ timeoutMs: 5000 });
    // Worst case of one storage call: wait for a connection, then a statement on a silent server.
    expect(config.storageTimeouts.connectMs + config.storageTimeouts.statementMs + 500).toBeLessThan(5000);
  });

  it('reads them, and names each one out of range', () => {
    const config = loadConfig({ STORAGE_CONNECT_TIMEOUT_MS: '800', STORAGE_STATEMENT_TIMEOUT_MS: '1200', HEALTH_TIMEOUT_MS: '500', CONNECTOR_TIMEOUT_MS: '3000' });
    expect(config.storageTimeouts).toEqual({ connectMs: 800, statementMs: 1200 });
    expect(config.health.timeoutMs).toBe(500);
    expect(config.connector.timeoutMs).toBe(3000);
    try {
      loadConfig({ STORAGE_CONNECT_TIMEOUT_MS: '0', STORAGE_STATEMENT_TIMEOUT_MS: 'soon', HEALTH_TIMEOUT_MS: '60000', CONNECTOR_TIMEOUT_MS: '-1' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
        'CONNECTOR_TIMEOUT_MS',
        'HEALTH_TIMEOUT_MS',
        'STORAGE_CONNECT_TIMEOUT_MS',
        'STORAGE_STATEMENT_TIMEOUT_MS',
      ]);
    }
  });
});
