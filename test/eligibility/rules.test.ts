import {
  type EligibilityAnswers,
  type Overall,
  RULE_CODES,
  RULE_IDS,
  type RuleCode,
  type RuleId,
  type RuleOutcome,
  VERDICT_PARAM_KINDS,
  checkEligibility,
  overallOf,
} from '../../src/eligibility';
import { editedCall } from '../call/call-fixtures';
import { AT, answers, call2024, changedCall } from './fixtures';

function verdictOf(rule: RuleId, given: EligibilityAnswers, now: Date, call = call2024) {
  const found = checkEligibility(call, given, now).rules.find((verdict) => verdict.rule === rule);
  if (!found) throw new Error(`no verdict for ${rule}`);
  return found;
}

type Row = [name: string, changes: Partial<EligibilityAnswers>, now: Date, rule: RuleId, outcome: RuleOutcome, code: RuleCode, params: Record<string, string | number>];

describe('each rule of the 2024 call', () => {
  it.each<Row>([
    // submitter
    ['country office', {}, AT.open, 'submitter', 'pass', 'submitter.iom-office', { submitterKind: 'country-office' }],
    ['regional office', { submitterKind: 'regional-office' }, AT.open, 'submitter', 'pass', 'submitter.iom-office', { submitterKind: 'regional-office' }],
    ['HQ department', { submitterKind: 'hq-department', coordinatingOffice: 'IOM Kenya' }, AT.open, 'submitter', 'pass', 'submitter.iom-office', { submitterKind: 'hq-department' }],
    ['not an IOM office', { submitterKind: 'not-iom' }, AT.open, 'submitter', 'fail', 'submitter.not-iom', { submitterKind: 'not-iom' }],
    ['a kind the call does not list', { submitterKind: 'liaison-office' }, AT.open, 'submitter', 'fixable', 'submitter.unknown-kind', { submitterKind: 'liaison-office' }],
    // coordination
    ['country office needs no coordinating office', {}, AT.open, 'coordination', 'pass', 'coordination.not-needed', { submitterKind: 'country-office' }],
    ['not-iom needs no coordinating office', { submitterKind: 'not-iom' }, AT.open, 'coordination', 'pass', 'coordination.not-needed', { submitterKind: 'not-iom' }],
    ['HQ with a coordinating office', { submitterKind: 'hq-department', coordinatingOffice: 'IOM Kenya' }, AT.open, 'coordination', 'pass', 'coordination.named', { submitterKind: 'hq-department', coordinatingOffice: 'IOM Kenya' }],
    ['HQ without a coordinating office', { submitterKind: 'hq-department' }, AT.open, 'coordination', 'fixable', 'coordination.missing', { submitterKind: 'hq-department' }],
    ['HQ with a blank coordinating office', { submitterKind: 'hq-department', coordinatingOffice: '   ' }, AT.open, 'coordination', 'fixable', 'coordination.missing', { submitterKind: 'hq-department' }],
    // objectives
    ['one objective', {}, AT.open, 'objectives', 'pass', 'objectives.chosen', { objectives: 'saving-lives', count: 1 }],
    ['three objectives', { objectives: ['saving-lives', 'solutions-to-displacement', 'regular-pathways'] }, AT.open, 'objectives', 'pass', 'objectives.chosen', { objectives: 'saving-lives,solutions-to-displacement,regular-pathways', count: 3 }],
    ['no objective', { objectives: [] }, AT.open, 'objectives', 'fixable', 'objectives.none', { available: 'saving-lives,solutions-to-displacement,regular-pathways' }],
    ['an objective the call does not have', { objectives: ['saving-lives', 'space-travel'] }, AT.open, 'objectives', 'fixable', 'objectives.unknown', { unknown: 'space-travel', available: 'saving-lives,solutions-to-displacement,regular-pathways' }],
    // budget
    ['budget at the minimum', { budgetUsd: 50_000 }, AT.open, 'budget', 'pass', 'budget.within', { amount: 50_000, min: 50_000, max: 80_000, currency: 'USD' }],
    ['budget at the maximum', { budgetUsd: 80_000 }, AT.open, 'budget', 'pass', 'budget.within', { amount: 80_000, min: 50_000, max: 80_000, currency: 'USD' }],
    ['budget 1 below the minimum', { budgetUsd: 49_999 }, AT.open, 'budget', 'fixable', 'budget.too-low', { amount: 49_999, min: 50_000, max: 80_000, currency: 'USD', gap: 1 }],
    ['budget 1 above the maximum', { budgetUsd: 80_001 }, AT.open, 'budget', 'fixable', 'budget.too-high', { amount: 80_001, min: 50_000, max: 80_000, currency: 'USD', gap: 1 }],
    ['budget of 0', { budgetUsd: 0 }, AT.open, 'budget', 'fixable', 'budget.too-low', { amount: 0, min: 50_000, max: 80_000, currency: 'USD', gap: 50_000 }],
    ['budget far above', { budgetUsd: 250_000 }, AT.open, 'budget', 'fixable', 'budget.too-high', { amount: 250_000, min: 50_000, max: 80_000, currency: 'USD', gap: 170_000 }],
    // duration
    ['1 month', { durationMonths: 1 }, AT.open, 'duration', 'pass', 'duration.within', { months: 1, maxMonths: 12 }],
    ['12 months', { durationMonths: 12 }, AT.open, 'duration', 'pass', 'duration.within', { months: 12, maxMonths: 12 }],
    ['13 months', { durationMonths: 13 }, AT.open, 'duration', 'fixable', 'duration.too-long', { months: 13, maxMonths: 12, overMonths: 1 }],
    ['24 months', { durationMonths: 24 }, AT.open, 'duration', 'fixable', 'duration.too-long', { months: 24, maxMonths: 12, overMonths: 12 }],
    // language
    ['English', {}, AT.open, 'language', 'pass', 'language.matches', { language: 'en', required: 'en' }],
    ['French', { submissionLanguage: 'fr' }, AT.open, 'language', 'fixable', 'language.other', { language: 'fr', required: 'en' }],
    ['Spanish', { submissionLanguage: 'es' }, AT.open, 'language', 'fixable', 'language.other', { language: 'es', required: 'en' }],
    ['another language', { submissionLanguage: 'other' }, AT.open, 'language', 'fixable', 'language.other', { language: 'other', required: 'en' }],
    // deadline
    ['last ms before launch', {}, AT.beforeLaunch, 'deadline', 'fixable', 'deadline.not-yet-open', { opensOn: '2024-09-22T22:00:00.000Z', deadline: '2024-10-25T21:59:59.999Z', timeZone: 'Europe/Zurich' }],
    ['launch instant', {}, AT.launch, 'deadline', 'pass', 'deadline.open', { deadline: '2024-10-25T21:59:59.999Z', timeZone: 'Europe/Zurich' }],
    ['ideas open', {}, AT.open, 'deadline', 'pass', 'deadline.open', { deadline: '2024-10-25T21:59:59.999Z', timeZone: 'Europe/Zurich' }],
    ['start of the deadline minute (23:59 Geneva)', {}, AT.deadlineMinute, 'deadline', 'pass', 'deadline.open', { deadline: '2024-10-25T21:59:59.999Z', timeZone: 'Europe/Zurich' }],
    ['last ms of the deadline minute', {}, AT.deadlineLastMs, 'deadline', 'pass', 'deadline.open', { deadline: '2024-10-25T21:59:59.999Z', timeZone: 'Europe/Zurich' }],
    ['00:00 on 26 October in Geneva', {}, AT.afterDeadline, 'deadline', 'fail', 'deadline.closed', { closedOn: '2024-10-25T21:59:59.999Z', timeZone: 'Europe/Zurich' }],
    ['months later', {}, AT.later, 'deadline', 'fail', 'deadline.closed', { closedOn: '2024-10-25T21:59:59.999Z', timeZone: 'Europe/Zurich' }],
  ])('%s', (_name, changes, now, rule, outcome, code, params) => {
    expect(verdictOf(rule, answers(changes), now)).toEqual({ rule, outcome, code, params });
  });
});

describe('the overall verdict', () => {
  it.each<[string, Partial<EligibilityAnswers>, Date, Overall, RuleId[]]>([
    ['everything fits', {}, AT.open, 'eligible', []],
    ['everything fits at the last ms', { budgetUsd: 80_000, durationMonths: 12 }, AT.deadlineLastMs, 'eligible', []],
    ['HQ with a coordinating office', { submitterKind: 'hq-department', coordinatingOffice: 'IOM Nigeria' }, AT.open, 'eligible', []],
    ['one fixable problem', { budgetUsd: 49_999 }, AT.open, 'not-yet', ['budget']],
    [
      'every fixable problem at once',
      { submitterKind: 'hq-department', objectives: [], budgetUsd: 80_001, durationMonths: 13, submissionLanguage: 'fr' },
      AT.beforeLaunch,
      'not-yet',
      ['coordination', 'objectives', 'budget', 'duration', 'language', 'deadline'],
    ],
    ['only before launch', {}, AT.beforeLaunch, 'not-yet', ['deadline']],
    ['not an IOM office', { submitterKind: 'not-iom' }, AT.open, 'not-eligible', ['submitter']],
    ['deadline past', {}, AT.afterDeadline, 'not-eligible', ['deadline']],
    ['a fail and a fixable problem', { submitterKind: 'not-iom', durationMonths: 13 }, AT.open, 'not-eligible', ['submitter', 'duration']],
    ['both fails', { submitterKind: 'not-iom' }, AT.afterDeadline, 'not-eligible', ['submitter', 'deadline']],
  ])('%s -> %s', (_name, changes, now, overall, problems) => {
    const result = checkEligibility(call2024, answers(changes), now);
    expect(result.overall).toBe(overall);
    expect(result.rules.filter((verdict) => verdict.outcome !== 'pass').map((verdict) => verdict.rule)).toEqual(problems);
  });

  it.each<[RuleOutcome[], Overall]>([
    [[], 'eligible'],
    [['pass', 'pass'], 'eligible'],
    [['pass', 'fixable'], 'not-yet'],
    [['fixable', 'fixable'], 'not-yet'],
    [['fail', 'pass'], 'not-eligible'],
    [['fixable', 'fail'], 'not-eligible'],
  ])('overallOf(%j) -> %s', (outcomes, overall) => {
    expect(overallOf(outcomes.map((outcome) => ({ outcome })))).toBe(overall);
  });
});

describe('the shape of a result', () => {
  const scenarios: [Partial<EligibilityAnswers>, Date][] = [
    [{}, AT.open],
    [{ submitterKind: 'not-iom', objectives: [], budgetUsd: 0, durationMonths: 120, submissionLanguage: 'other' }, AT.later],
    [{ submitterKind: 'hq-department' }, AT.beforeLaunch],
  ];

  it.each(scenarios)('one verdict per rule, in rule order, consistent with RULE_CODES (%j)', (changes, now) => {
    const result = checkEligibility(call2024, answers(changes), now);
    expect(result.rules.map((verdict) => verdict.rule)).toEqual([...RULE_IDS]);
    for (const verdict of result.rules) {
      expect(RULE_CODES[verdict.code]).toEqual({ rule: verdict.rule, outcome: verdict.outcome });
      for (const name of Object.keys(verdict.params)) expect(Object.keys(VERDICT_PARAM_KINDS)).toContain(name);
    }
  });

  it('is plain JSON (it can be stored in dialog state as is)', () => {
    const result = checkEligibility(call2024, answers({ budgetUsd: 1 }), AT.beforeLaunch);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('does not change the answers', () => {
    const given = answers({ objectives: ['regular-pathways'] });
    const copy = structuredClone(given);
    checkEligibility(call2024, given, AT.open);
    expect(given).toEqual(copy);
  });
});

describe('a changed call changes the verdicts', () => {
  const open2025 = new Date('2025-10-01T09:00:00.000Z');

  it.each<[string, Partial<EligibilityAnswers>, Date, RuleId, RuleCode, Record<string, string | number>]>([
    ['60,000 fitted 2024, is too high in 2025', {}, open2025, 'budget', 'budget.too-high', { amount: 60_000, min: 10_000, max: 20_000, currency: 'USD', gap: 40_000 }],
    ['10,000 passes', { budgetUsd: 10_000 }, open2025, 'budget', 'budget.within', { amount: 10_000, min: 10_000, max: 20_000, currency: 'USD' }],
    ['20,000 passes', { budgetUsd: 20_000 }, open2025, 'budget', 'budget.within', { amount: 20_000, min: 10_000, max: 20_000, currency: 'USD' }],
    ['9,999 is too low', { budgetUsd: 9_999 }, open2025, 'budget', 'budget.too-low', { amount: 9_999, min: 10_000, max: 20_000, currency: 'USD', gap: 1 }],
    ['20,001 is too high', { budgetUsd: 20_001 }, open2025, 'budget', 'budget.too-high', { amount: 20_001, min: 10_000, max: 20_000, currency: 'USD', gap: 1 }],
    ['6 months passes', { durationMonths: 6 }, open2025, 'duration', 'duration.within', { months: 6, maxMonths: 6 }],
    ['7 months is too long', { durationMonths: 7 }, open2025, 'duration', 'duration.too-long', { months: 7, maxMonths: 6, overMonths: 1 }],
    ['12 months is too long', {}, open2025, 'duration', 'duration.too-long', { months: 12, maxMonths: 6, overMonths: 6 }],
    ['open in the 2024 window? not yet in 2025', {}, AT.open, 'deadline', 'deadline.not-yet-open', { opensOn: '2025-08-31T22:00:00.000Z', deadline: '2025-10-31T22:59:59.999Z', timeZone: 'Europe/Zurich' }],
    ['after the 2024 deadline, open in 2025', {}, open2025, 'deadline', 'deadline.open', { deadline: '2025-10-31T22:59:59.999Z', timeZone: 'Europe/Zurich' }],
    ['last ms of 31 October 2025 (CET)', {}, new Date('2025-10-31T22:59:59.999Z'), 'deadline', 'deadline.open', { deadline: '2025-10-31T22:59:59.999Z', timeZone: 'Europe/Zurich' }],
    ['00:00 on 1 November 2025', {}, new Date('2025-10-31T23:00:00.000Z'), 'deadline', 'deadline.closed', { closedOn: '2025-10-31T22:59:59.999Z', timeZone: 'Europe/Zurich' }],
  ])('%s', (_name, changes, now, rule, code, params) => {
    const verdict = verdictOf(rule, answers(changes), now, changedCall);
    expect(verdict.code).toBe(code);
    expect(verdict.params).toEqual(params);
  });

  it('answers eligible in 2024 are not yet eligible in 2025, and fit once adjusted', () => {
    expect(checkEligibility(call2024, answers(), AT.open).overall).toBe('eligible');
    const open2025Result = checkEligibility(changedCall, answers(), new Date('2025-10-01T09:00:00.000Z'));
    expect(open2025Result.overall).toBe('not-yet');
    expect(checkEligibility(changedCall, answers({ budgetUsd: 15_000, durationMonths: 6 }), new Date('2025-10-01T09:00:00.000Z')).overall).toBe('eligible');
  });

  it('follows the call file: submission language, submitter kinds and objectives', () => {
    const call = editedCall([
      [['submissionLanguage'], 'fr'],
      [['eligibleSubmitters', 2], undefined],
      [['strategicObjectives', 2], undefined],
    ]);
    expect(verdictOf('language', answers(), AT.open, call)).toMatchObject({ code: 'language.other', params: { language: 'en', required: 'fr' } });
    expect(verdictOf('language', answers({ submissionLanguage: 'fr' }), AT.open, call).code).toBe('language.matches');
    expect(verdictOf('submitter', answers({ submitterKind: 'hq-department' }), AT.open, call).code).toBe('submitter.unknown-kind');
    expect(verdictOf('objectives', answers({ objectives: [] }), AT.open, call).params).toEqual({
      available: 'saving-lives,solutions-to-displacement',
    });
    expect(verdictOf('objectives', answers({ objectives: ['regular-pathways'] }), AT.open, call).code).toBe('objectives.unknown');
  });

  it('an HQ-like kind that needs no coordinating office in the file needs none in the verdict', () => {
    const call = editedCall([[['eligibleSubmitters', 2, 'needsCoordinatingOffice'], false]]);
    expect(verdictOf('coordination', answers({ submitterKind: 'hq-department' }), AT.open, call).code).toBe('coordination.not-needed');
  });
});
