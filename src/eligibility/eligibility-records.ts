import { z } from 'zod';
import type { CallConfig } from '../call';
import type { Clock } from '../clock';
import type { Store } from '../storage/store';
import { eligibilityAnswersSchema, type EligibilityAnswers } from './eligibility-answers';
import type { Overall } from './rules';

/** The last eligibility check of one person for one call: kept for prefilling and for reminders. */
export const eligibilityRecordSchema = z.object({
  callId: z.string(),
  ownerId: z.string(),
  answers: eligibilityAnswersSchema,
  overall: z.enum(['eligible', 'not-yet', 'not-eligible']),
  checkedAt: z.string(),
});
export type EligibilityRecord = z.infer<typeof eligibilityRecordSchema>;

/** Stores the outcome of eligibility checks, one record per person and call (the latest wins). */
export class EligibilityRecords {
  constructor(
    private readonly store: Store,
    private readonly call: CallConfig,
    private readonly clock: Clock,
  ) {}

  private key(ownerId: string): string {
    return `eligibility/${this.call.id}/checks/${ownerId}`;
  }

  async save(ownerId: string, answers: EligibilityAnswers, overall: Overall): Promise<EligibilityRecord> {
    const record: EligibilityRecord = {
      callId: this.call.id,
      ownerId,
      answers,
      overall,
      checkedAt: this.clock.now().toISOString(),
    };
    await this.store.put(this.key(ownerId), record);
    return record;
  }

  /** The person's latest check, or undefined (also when the stored record no longer parses). */
  async latest(ownerId: string): Promise<EligibilityRecord | undefined> {
    const stored = await this.store.get<unknown>(this.key(ownerId));
    const parsed = eligibilityRecordSchema.safeParse(stored?.value);
    return parsed.success ? parsed.data : undefined;
  }

  /** Forgets the person's check (they asked for their data to be deleted). */
  async delete(ownerId: string): Promise<boolean> {
    return this.store.delete(this.key(ownerId));
  }

  /** Everyone who checked eligibility in this call (for reminders). */
  async all(): Promise<EligibilityRecord[]> {
    const records = await this.store.list<unknown>(`eligibility/${this.call.id}/checks/`);
    return records.flatMap((record) => {
      const parsed = eligibilityRecordSchema.safeParse(record.value);
      return parsed.success ? [parsed.data] : [];
    });
  }
}
