import { ConfigError, loadConfig } from './config';
import { createLogger, describeError } from './logger';
import { startAssistant } from './main';

/** Process entry point: parse configuration once, start, stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const assistant = await startAssistant({ config, logger }).catch((error: unknown) => {
    logger.fatal({ event: 'startup.failed', error: describeError(error) }, 'could not start');
    process.exit(1);
  });

  const shutdown = (signal: string) => {
    logger.info({ event: 'shutdown.begin', signal }, 'shutting down');
    assistant.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ event: 'shutdown.failed', error: describeError(error) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

void main();
