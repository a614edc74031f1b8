import { join } from 'node:path';
import { type CallConfig, loadCallFile } from '../../src/call';
import type { EligibilityAnswers } from '../../src/eligibility';

/** The call shipped in content/, loaded the way the bot loads it. */
export const call2024 = loadCallFile(join(__dirname, '..', '..', 'content', 'call-2024.yaml'));

/** Fixed instants of the 2024 cycle (Europe/Zurich is UTC+2 until 27 October 2024). */
export const AT = {
  /** 23:59:59.999 on 22 September in Geneva: the last moment before the launch. */
  beforeLaunch: new Date('2024-09-22T21:59:59.999Z'),
  /** 00:00 on 23 September in Geneva. */
  launch: new Date('2024-09-22T22:00:00.000Z'),
  open: new Date('2024-10-01T09:00:00.000Z'),
  /** 23:59:00.000 on 25 October in Geneva: the deadline minute starts. */
  deadlineMinute: new Date('2024-10-25T21:59:00.000Z'),
  /** 23:59:59.999 on 25 October in Geneva: the last moment on time. */
  deadlineLastMs: new Date('2024-10-25T21:59:59.999Z'),
  /** 00:00 on 26 October in Geneva: late. */
  afterDeadline: new Date('2024-10-25T22:00:00.000Z'),
  later: new Date('2025-03-01T12:00:00.000Z'),
} as const;

/** Answers that pass every rule of the 2024 call while ideas are open. */
export function answers(changes: Partial<EligibilityAnswers> = {}): EligibilityAnswers {
  return {
    submitterKind: 'country-office',
    objectives: ['saving-lives'],
    budgetUsd: 60_000,
    durationMonths: 12,
    submissionLanguage: 'en',
    ...changes,
  };
}

/**
 * The 2024 call with other limits and a 2025 timeline: funding 10,000 to 20,000, at most 6 months,
 * ideas open from 1 September to 31 October 2025 (Geneva time).
 */
export const changedCall: CallConfig = {
  ...call2024,
  id: '2025',
  funding: { min: 10_000, max: 20_000 },
  maxDurationMonths: 6,
  timeline: {
    ...call2024.timeline,
    launch: new Date('2025-08-31T22:00:00.000Z'),
    ideaDeadline: new Date('2025-10-31T22:59:59.999Z'),
    shortlistAnnouncement: new Date('2025-11-16T23:00:00.000Z'),
    clinicsWindow: { opens: new Date('2025-11-16T23:00:00.000Z'), closes: new Date('2025-12-19T22:59:59.999Z') },
    proposalDeadline: new Date('2025-12-19T22:59:59.999Z'),
    fundingAnnouncement: new Date('2026-01-19T23:00:00.000Z'),
  },
};
