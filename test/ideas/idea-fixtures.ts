import { loadCallFile } from '../../src/call/load-call';
import type { SectionId } from '../../src/ideas';
import { SHIPPED_CALL_PATH } from '../call/call-fixtures';

/** The 2024 call as shipped: funding 50,000-80,000 USD, 12 months, deadline 2024-10-25T23:59 Geneva. */
export const call2024 = loadCallFile(SHIPPED_CALL_PATH);

/** Fixed instants of the 2024 call (Geneva is UTC+2 until 27 October 2024). */
export const AT = {
  beforeLaunch: new Date('2024-09-22T21:59:59.999Z'),
  launch: new Date('2024-09-22T22:00:00.000Z'),
  during: new Date('2024-10-01T10:00:00.000Z'),
  /** 23:59:00 on 25 October in Geneva: the deadline minute begins. */
  deadlineMinute: new Date('2024-10-25T21:59:00.000Z'),
  /** 23:59:59.999 on 25 October in Geneva: the last instant on time. */
  deadlineLastMs: new Date('2024-10-25T21:59:59.999Z'),
  /** 00:00 on 26 October in Geneva: too late. */
  afterDeadline: new Date('2024-10-25T22:00:00.000Z'),
} as const;

/** `n` English words (a plain repeated word, so language detection stays quiet). */
export function words(n: number, word = 'word'): string {
  return Array.from({ length: n }, () => word).join(' ');
}

/** Text of exactly `n` characters. */
export function chars(n: number, char = 'a'): string {
  return char.repeat(n);
}

/** A complete, valid idea as the six section cards would send it (strings only, as Teams does). */
export const COMPLETE_RAW: Record<SectionId, Record<string, string>> = {
  idea: {
    title: 'Circular e-waste repair hubs in Kiryandongo settlement',
    objectives: 'solutions-to-displacement',
    priorities: 'environmental-sustainability,gender-diversity-youth',
  },
  office: {
    officeType: 'country-office',
    officeName: 'IOM Uganda',
    countryOrRegion: 'Uganda',
    coordinatingOffice: '',
    focalPointName: 'Amina Okello',
    focalPointEmail: 'aokello@iom.int',
  },
  solution: {
    problem:
      'Refugees and host communities in Kiryandongo throw away broken phones and solar lamps because nobody nearby can repair them, and the waste pollutes soil and water.',
    solution:
      'We will set up two repair hubs run by young refugees and host community members, who will repair devices, recover parts and sell refurbished lamps at low prices.',
    novelty:
      'No settlement in the region links repair skills, a circular supply of parts and income for young people in one model run by the community itself.',
  },
  people: {
    beneficiaryGroups: 'youth,women',
    otherGroup: '',
    participation:
      'Young women and men from the settlement and the host community design the hubs with us, set prices together and decide how the income is shared.',
  },
  results: {
    results:
      'By the end of the year, 120 young people will be trained, 3,000 devices repaired and ten tonnes of waste kept out of landfills, measured by monthly hub records.',
    sustainability:
      'The hubs will cover their running costs from repair fees after month nine, and we will check that sales do not undercut existing local traders.',
    scaling:
      'The model can be copied in other settlements in Uganda and neighbouring countries, where the same devices and the same repair skills are found.',
    partners: '',
  },
  budget: { budgetUsd: '60,000', durationMonths: '12', plannedStart: '2025-02-01' },
};

/** Every section's raw values merged, for single-field tests that need the other answers. */
export const ALL_RAW: Record<string, string> = Object.assign({}, ...Object.values(COMPLETE_RAW));
