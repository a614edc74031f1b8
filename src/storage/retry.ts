/** Pauses between retries of optimistic writes and serialization failures. */

const BASE_DELAY_MS = 2;
const MAX_DELAY_MS = 100;

/**
 * Waits a random time in [0, min(100, 2 * 2^attempt)) ms ("full jitter"): contenders that lost a
 * round pick different moments to try again, so the next round has fewer of them at once.
 */
export function backoff(attempt: number): Promise<void> {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
  const delay = Math.random() * ceiling;
  return new Promise((resolve) => setTimeout(resolve, delay));
}
