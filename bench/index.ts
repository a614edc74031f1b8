import { printResults } from './stats';
import { benchBookings } from './bookings';
import { benchBroadcast } from './broadcast';
import { benchFaq } from './faq';
import { benchFuzz } from './fuzz';
import { benchStorage } from './storage';
import { benchVersusEcho } from './versus-echo';

/**
 * `npm run bench`: speed and memory figures (never asserted in unit tests).
 * `npm run bench -- --smoke` runs each benchmark briefly, to prove it still works (CI).
 * Postgres figures are included when BENCH_POSTGRES_URL (or TEST_POSTGRES_URL) is set.
 */
async function main(): Promise<void> {
  const smoke = process.argv.includes('--smoke');
  const postgresUrl = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
  const results = [
    ...(await benchStorage(smoke, postgresUrl)),
    ...(await benchFaq(smoke)),
    ...(await benchBroadcast(smoke)),
    ...(await benchBookings(smoke)),
    ...(await benchFuzz(smoke)),
  ];
  printResults(results);
  await benchVersusEcho(smoke, postgresUrl);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
