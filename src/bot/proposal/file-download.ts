import { z } from 'zod';

/**
 * A file someone sent the bot in Teams: the message carries an attachment of type
 * `application/vnd.microsoft.teams.file.download.info` whose `downloadUrl` (pre-authorised, short
 * lived) serves the bytes. Read with a deadline and a size cap, so a huge or stalled download can
 * neither fill memory nor hold the turn.
 */

export const TEAMS_FILE_CONTENT_TYPE = 'application/vnd.microsoft.teams.file.download.info';

const teamsFileSchema = z.object({
  contentType: z.literal(TEAMS_FILE_CONTENT_TYPE),
  // SharePoint allows long names; the name kept is shortened later (`cleanFileName`).
  name: z.string().min(1).max(1024),
  content: z.object({ downloadUrl: z.string().url().max(4000), fileType: z.string().max(20).optional() }).passthrough(),
});
export type TeamsFile = z.infer<typeof teamsFileSchema>;

/** The Teams file attachments of a message (anything else is left out). */
export function teamsFilesOf(attachments: unknown): TeamsFile[] {
  if (!Array.isArray(attachments)) return [];
  return attachments.flatMap((attachment) => {
    const parsed = teamsFileSchema.safeParse(attachment);
    return parsed.success ? [parsed.data] : [];
  });
}

export type Downloaded = { ok: true; bytes: Buffer } | { ok: false; reason: 'too-large' | 'failed' };

const DOWNLOAD_TIMEOUT_MS = 20_000;

/** Where Teams keeps files sent in chats: the tenant's SharePoint (OneDrive for Business). */
const TEAMS_FILE_HOSTS = /\.sharepoint(-df)?\.(com|us|de|cn)$/i;

/**
 * Downloads at most `maxBytes` (one more byte means "too large"), only from Teams' file hosts over
 * https: the URL comes in the activity, so anything else could make the bot fetch what it should not.
 * `allowLoopback` (a bot that does not authenticate: local runs and tests) also allows 127.0.0.1.
 */
export async function downloadFile(url: string, maxBytes: number, options: { allowLoopback?: boolean } = {}): Promise<Downloaded> {
  const parsed = new URL(url);
  const teams = parsed.protocol === 'https:' && TEAMS_FILE_HOSTS.test(parsed.hostname);
  const loopback = options.allowLoopback === true && parsed.hostname === '127.0.0.1';
  if (!teams && !loopback) return { ok: false, reason: 'failed' };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), redirect: 'follow' });
    if (!response.ok || !response.body) return { ok: false, reason: 'failed' };
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body.cancel();
      return { ok: false, reason: 'too-large' };
    }
    const reader = response.body.getReader();
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(Buffer.from(value));
    }
    return { ok: true, bytes: Buffer.concat(chunks) };
  } catch {
    // Refused, reset, timed out: the person is asked to send it again.
    return { ok: false, reason: 'failed' };
  }
}
