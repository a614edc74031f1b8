import { z } from 'zod';
import {
  type EligibilityAnswers,
  answersSchemaFor,
  eligibilityAnswersSchema,
  ideaPrefillFromEligibility,
} from '../../src/eligibility';
import { answers, call2024, changedCall } from './fixtures';

const schema2024 = answersSchemaFor(call2024);

/** `path: message` of every issue, or [] when the value is valid. */
function problems(value: unknown, schema: z.ZodTypeAny = schema2024): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the eligibility answers schema', () => {
  it.each<[string, Partial<EligibilityAnswers>]>([
    ['a country office', {}],
    ['not an IOM office', { submitterKind: 'not-iom' }],
    ['no objective yet (the rule asks for one)', { objectives: [] }],
    ['all objectives', { objectives: ['saving-lives', 'solutions-to-displacement', 'regular-pathways'] }],
    ['a budget of 0 (the rule, not the schema, refuses it)', { budgetUsd: 0 }],
    ['the largest budget answer', { budgetUsd: 10_000_000 }],
    ['1 month', { durationMonths: 1 }],
    ['120 months', { durationMonths: 120 }],
    ['13 months (the rule, not the schema, refuses it)', { durationMonths: 13 }],
    ['another language', { submissionLanguage: 'other' }],
    ['HQ with a coordinating office', { submitterKind: 'hq-department', coordinatingOffice: 'IOM Uganda' }],
    ['HQ without one (the rule asks for it)', { submitterKind: 'hq-department' }],
  ])('accepts %s', (_name, changes) => {
    expect(problems(answers(changes))).toEqual([]);
    expect(problems(answers(changes), eligibilityAnswersSchema)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['0 months', { durationMonths: 0 }, 'durationMonths: must be at least 1 month'],
    ['121 months', { durationMonths: 121 }, 'durationMonths: must be at most 120 months'],
    ['half a month', { durationMonths: 6.5 }, 'durationMonths: must be a whole number of months'],
    ['months as text', { durationMonths: '12' }, 'durationMonths: must be a number'],
    ['a negative budget', { budgetUsd: -1 }, 'budgetUsd: must not be negative'],
    ['a budget above the sanity bound', { budgetUsd: 10_000_001 }, 'budgetUsd: must be at most 10000000'],
    ['cents', { budgetUsd: 60_000.5 }, 'budgetUsd: must be a whole amount'],
    ['a budget as text', { budgetUsd: '60000' }, 'budgetUsd: must be a number'],
    ['objectives as one text', { objectives: 'saving-lives' }, 'objectives: must be a list of objective ids'],
    ['a repeated objective', { objectives: ['saving-lives', 'saving-lives'] }, 'objectives: lists an objective more than once: saving-lives'],
    ['German', { submissionLanguage: 'de' }, 'submissionLanguage: must be one of en, fr, es, other'],
    ['a one-letter office', { submitterKind: 'hq-department', coordinatingOffice: ' x ' }, 'coordinatingOffice: must be at least 2 characters'],
    ['a 151-character office', { submitterKind: 'hq-department', coordinatingOffice: 'x'.repeat(151) }, 'coordinatingOffice: must be at most 150 characters'],
    ['an office as a number', { submitterKind: 'hq-department', coordinatingOffice: 42 }, 'coordinatingOffice: must be text'],
    ['a submitter kind as a number', { submitterKind: 1 }, 'submitterKind: must be an id (text)'],
  ])('rejects %s', (_name, changes, problem) => {
    expect(problems({ ...answers(), ...changes })).toContain(problem);
    expect(problems({ ...answers(), ...changes }, eligibilityAnswersSchema)).toContain(problem);
  });

  it('rejects missing and unknown fields', () => {
    const { budgetUsd: _missing, ...withoutBudget } = answers();
    expect(problems(withoutBudget)).toEqual(['budgetUsd: Required']);
    expect(problems({ ...answers(), title: 'My idea' })).toEqual([": Unrecognized key(s) in object: 'title'"]);
  });

  it('rejects objective ids the call does not have, naming the known ones', () => {
    expect(problems(answers({ objectives: ['saving-lives', 'space-travel'] }))).toEqual([
      'objectives.1: is not a strategic objective of this call (found "space-travel"; known: saving-lives, solutions-to-displacement, regular-pathways)',
    ]);
    // The shape-only schema leaves that to the call-aware one.
    expect(problems(answers({ objectives: ['space-travel'] }), eligibilityAnswersSchema)).toEqual([]);
  });

  it('rejects submitter kinds the call does not have', () => {
    expect(problems(answers({ submitterKind: 'liaison-office' }))).toEqual([
      'submitterKind: must be one of country-office, regional-office, hq-department, not-iom (found "liaison-office")',
    ]);
  });

  it('trims the coordinating office and keeps it only when the kind needs one', () => {
    expect(schema2024.parse(answers({ submitterKind: 'hq-department', coordinatingOffice: '  IOM Uganda ' })).coordinatingOffice).toBe(
      'IOM Uganda',
    );
    expect(schema2024.parse(answers({ coordinatingOffice: 'IOM Uganda' }))).not.toHaveProperty('coordinatingOffice');
    expect(schema2024.parse(answers({ submitterKind: 'not-iom', coordinatingOffice: 'IOM Uganda' }))).not.toHaveProperty(
      'coordinatingOffice',
    );
  });

  it('is checked against the call it is built for', () => {
    const schema = answersSchemaFor({
      ...changedCall,
      strategicObjectives: changedCall.strategicObjectives.slice(0, 1),
    });
    expect(problems(answers({ objectives: ['saving-lives'] }), schema)).toEqual([]);
    expect(problems(answers({ objectives: ['regular-pathways'] }), schema)).toHaveLength(1);
  });
});

describe('ideaPrefillFromEligibility', () => {
  it('carries what the idea form can reuse, under its field names', () => {
    const given = schema2024.parse(
      answers({ submitterKind: 'hq-department', coordinatingOffice: 'IOM Uganda', objectives: ['regular-pathways', 'saving-lives'] }),
    );
    expect(ideaPrefillFromEligibility(given)).toEqual({
      officeType: 'hq-department',
      coordinatingOffice: 'IOM Uganda',
      objectives: ['regular-pathways', 'saving-lives'],
      budgetUsd: 60_000,
      durationMonths: 12,
    });
  });

  it('leaves out what does not apply', () => {
    expect(ideaPrefillFromEligibility(answers())).toEqual({
      officeType: 'country-office',
      objectives: ['saving-lives'],
      budgetUsd: 60_000,
      durationMonths: 12,
    });
    expect(ideaPrefillFromEligibility(answers({ submitterKind: 'not-iom' }))).not.toHaveProperty('officeType');
  });

  it('copies the objectives rather than sharing the array', () => {
    const given = answers();
    const prefill = ideaPrefillFromEligibility(given);
    prefill.objectives.push('regular-pathways');
    expect(given.objectives).toEqual(['saving-lives']);
  });
});
