import { z } from 'zod';
import type { Store } from '../storage/store';

/**
 * The pause switch of reminder sending, stored so that it survives restarts and holds for every bot
 * instance. While paused, nothing is claimed or sent; rows keep waiting (and those that expire in
 * the meantime are dropped when sending resumes).
 */

export const CONTROL_KEY = 'reminders/control';

export const reminderControlSchema = z.object({
  paused: z.boolean(),
  changedAt: z.string().datetime(),
  /** Who paused or resumed (an admin's id), when known. */
  by: z.string().optional(),
});
export type ReminderControlRecord = z.output<typeof reminderControlSchema>;

export class ReminderControl {
  constructor(private readonly store: Store) {}

  async isPaused(): Promise<boolean> {
    const stored = await this.store.get<unknown>(CONTROL_KEY);
    const parsed = reminderControlSchema.safeParse(stored?.value);
    return parsed.success ? parsed.data.paused : false;
  }

  async pause(now: Date, by?: string): Promise<void> {
    await this.store.put(CONTROL_KEY, { paused: true, changedAt: now.toISOString(), ...(by ? { by } : {}) });
  }

  async resume(now: Date, by?: string): Promise<void> {
    await this.store.put(CONTROL_KEY, { paused: false, changedAt: now.toISOString(), ...(by ? { by } : {}) });
  }
}
