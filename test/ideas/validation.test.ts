import {
  type FieldId,
  type IdeaAnswers,
  type ProblemCode,
  SECTION_IDS,
  applicableAnswers,
  fieldProblemSchema,
  missingFields,
  rawFromAnswer,
  sectionProgress,
  validateField,
  validateSection,
  validateSubmission,
  wordCount,
} from '../../src/ideas';
import { editedCall } from '../call/call-fixtures';
import { AT, COMPLETE_RAW, call2024, chars, words } from './idea-fixtures';

/** The complete idea parsed, section by section, as the service stores it. */
function completeAnswers(): Partial<IdeaAnswers> {
  let answers: Partial<IdeaAnswers> = {};
  for (const section of SECTION_IDS) {
    const result = validateSection(call2024, section, COMPLETE_RAW[section], answers, AT.during);
    expect(result.problems).toEqual([]);
    answers = { ...answers, ...result.values };
  }
  return answers;
}

/** Expected outcome of one raw value: the parsed value, or a problem code (with params when given). */
type Expect =
  | { value: unknown }
  | { code: ProblemCode; params?: Record<string, string | number> };

type Row = [description: string, raw: unknown, expected: Expect];

function checkRows(field: FieldId, rows: Row[], answers: Partial<IdeaAnswers> = {}, now = AT.during): void {
  it.each(rows)(`${field}: %s`, (_description, raw, expected) => {
    const result = validateField(call2024, field, raw, answers, now);
    if ('value' in expected) {
      expect(result).toMatchObject({ ok: true });
      if (result.ok) expect(result.value).toEqual(expected.value);
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.problem.field).toBe(field);
        expect(result.problem.code).toBe(expected.code);
        if (expected.params) expect(result.problem.params).toEqual(expected.params);
      }
    }
  });
}

const ok = (value: unknown): Expect => ({ value });
const bad = (code: ProblemCode, params?: Record<string, string | number>): Expect => ({ code, params });

/** Rows every free-text field shares: wrong types never crash. */
const wrongTypes: Row[] = [
  ['an object is the wrong type', { text: 'x' }, bad('wrongType')],
  ['an array is the wrong type', ['a', 'b'], bad('wrongType')],
  ['a boolean is the wrong type', true, bad('wrongType')],
];

describe('validateField, field by field (2024 call)', () => {
  describe('idea', () => {
    checkRows('title', [
      ['a title', 'Circular e-waste repair hubs', ok('Circular e-waste repair hubs')],
      ['spaces and line breaks folded', '  Circular   e-waste\n repair hubs ', ok('Circular e-waste repair hubs')],
      ['exactly 120 characters', chars(120), ok(chars(120))],
      ['121 characters', chars(121), bad('tooLong', { max: 120, count: 121 })],
      ['emoji count as one character', `Kiosks ${'🎉'.repeat(113)}`, ok(`Kiosks ${'🎉'.repeat(113)}`)],
      // A family joined from five code points is one character to its reader (it was counted as five).
      ['a family emoji counts as one', `${chars(118)} 👨‍👩‍👧`, ok(`${chars(118)} 👨‍👩‍👧`)],
      ['a flag counts as one, and one past the limit is told as such', `${chars(120)}🇫🇷`, bad('tooLong', { max: 120, count: 121 })],
      ['emoji alone are no title', '🎉🎉', bad('noWords')],
      ['control characters and NUL removed', 'Solar\u0000 lamps\u0007', ok('Solar lamps')],
      ['empty', '', bad('required')],
      ['only spaces', '   \n ', bad('required')],
      ['absent (undefined)', undefined, bad('required')],
      ['null', null, bad('required')],
      ['a number is the wrong type', 42, bad('wrongType')],
      ...wrongTypes,
    ]);
    checkRows('objectives', [
      ['one id', 'saving-lives', ok(['saving-lives'])],
      ['two ids, put in call order', 'regular-pathways,saving-lives', ok(['saving-lives', 'regular-pathways'])],
      ['spaces, case, empty pieces and repeats', ' Saving-Lives , ,saving-lives,regular-pathways ', ok(['saving-lives', 'regular-pathways'])],
      ['an array of ids', ['solutions-to-displacement'], ok(['solutions-to-displacement'])],
      ['an unknown id', 'saving-lives,obj-9', bad('unknownOption', { value: 'obj-9' })],
      ['a very long unknown id is cut', chars(100, 'x'), bad('unknownOption', { value: `${chars(59, 'x')}…` })],
      ['empty', '', bad('atLeastOne')],
      ['only commas', ' , ,', bad('atLeastOne')],
      ['an array of numbers', [1, 2], bad('wrongType')],
      ['an object', { 'saving-lives': true }, bad('wrongType')],
      ['a number', 1, bad('wrongType')],
    ]);
    checkRows('priorities', [
      ['optional: empty is fine', '', ok(undefined)],
      ['all four', 'iom-ways-of-working,data-technology,gender-diversity-youth,environmental-sustainability', ok(['gender-diversity-youth', 'data-technology', 'environmental-sustainability', 'iom-ways-of-working'])],
      ['an objective id is not a priority', 'saving-lives', bad('unknownOption', { value: 'saving-lives' })],
    ]);
  });

  describe('office', () => {
    checkRows('officeType', [
      ['country office', 'country-office', ok('country-office')],
      ['case and spaces', ' HQ-Department ', ok('hq-department')],
      ['unknown', 'embassy', bad('unknownOption', { value: 'embassy' })],
      ['empty', '', bad('required')],
      ['an array where one id is expected', ['country-office'], bad('wrongType')],
      ['an object', {}, bad('wrongType')],
    ]);
    checkRows('officeName', [
      ['a name', 'IOM Uganda', ok('IOM Uganda')],
      ['150 characters', chars(150), ok(chars(150))],
      ['151 characters', chars(151), bad('tooLong', { max: 150, count: 151 })],
      ['empty', '', bad('required')],
      ...wrongTypes,
    ]);
    checkRows('countryOrRegion', [
      ['a country', 'Uganda', ok('Uganda')],
      ['100 characters', chars(100), ok(chars(100))],
      ['101 characters', chars(101), bad('tooLong', { max: 100, count: 101 })],
      ['empty', '', bad('required')],
      ...wrongTypes,
    ]);
    describe('coordinatingOffice for a country office', () => {
      checkRows(
        'coordinatingOffice',
        [
          ['not required: empty is fine', '', ok(undefined)],
          ['a value is still checked', chars(151), bad('tooLong', { max: 150, count: 151 })],
        ],
        { officeType: 'country-office' },
      );
    });
    describe('coordinatingOffice for an HQ department', () => {
      checkRows(
        'coordinatingOffice',
        [
          ['required: empty is a problem', '', bad('required')],
          ['150 characters', chars(150), ok(chars(150))],
          ['151 characters', chars(151), bad('tooLong', { max: 150, count: 151 })],
          ['a name', 'IOM Regional Office for East and Horn of Africa', ok('IOM Regional Office for East and Horn of Africa')],
        ],
        { officeType: 'hq-department' },
      );
    });
    checkRows('focalPointName', [
      ['a name', 'Amina Okello', ok('Amina Okello')],
      ['120 characters', chars(120), ok(chars(120))],
      ['121 characters', chars(121), bad('tooLong', { max: 120, count: 121 })],
      ['empty', '', bad('required')],
      ...wrongTypes,
    ]);
    checkRows('focalPointEmail', [
      ['an IOM address', 'aokello@iom.int', ok('aokello@iom.int')],
      ['another domain is accepted', 'amina.okello@gmail.com', ok('amina.okello@gmail.com')],
      ['spaces and mailto: removed', '  mailto:aokello@iom.int ', ok('aokello@iom.int')],
      ['angle brackets removed', '<aokello@iom.int>', ok('aokello@iom.int')],
      ['no @', 'aokello.iom.int', bad('notAnEmail')],
      ['no domain', 'aokello@', bad('notAnEmail')],
      ['words', 'ask Amina', bad('notAnEmail')],
      ['longer than 254 characters', `${chars(250)}@iom.int`, bad('tooLong', { max: 254, count: 258 })],
      ['empty', '', bad('required')],
      ...wrongTypes,
    ]);
  });

  describe('problem and solution', () => {
    const longTexts: Array<[FieldId, number]> = [
      ['problem', 250],
      ['solution', 300],
      ['novelty', 200],
    ];
    for (const [field, max] of longTexts) {
      checkRows(field, [
        [`exactly ${max} words`, words(max), ok(words(max))],
        [`${max + 1} words`, words(max + 1), bad('tooManyWords', { max, count: max + 1 })],
        ['line breaks kept, blank runs shortened', 'First line.  \n\n\n\nSecond line.\r\nThird.', ok('First line.\n\nSecond line.\nThird.')],
        [`${max * 10} characters in one word: the hard ceiling`, chars(max * 10, 'b'), ok(chars(max * 10, 'b'))],
        [`${max * 10 + 1} characters`, chars(max * 10 + 1, 'b'), bad('tooLong', { max: max * 10, count: max * 10 + 1 })],
        ['empty', '', bad('required')],
        ...wrongTypes,
      ]);
    }
  });

  describe('people', () => {
    checkRows('beneficiaryGroups', [
      ['two groups', 'women,youth', ok(['youth', 'women'])],
      ['other', 'other', ok(['other'])],
      ['unknown', 'youth,elders', bad('unknownOption', { value: 'elders' })],
      ['empty', '', bad('atLeastOne')],
      ['an object', { youth: true }, bad('wrongType')],
    ]);
    describe('otherGroup without "other" chosen', () => {
      checkRows('otherGroup', [['not required', '', ok(undefined)]], { beneficiaryGroups: ['youth'] });
    });
    describe('otherGroup with "other" chosen', () => {
      checkRows(
        'otherGroup',
        [
          ['required', '', bad('required')],
          ['a group', 'Older migrants', ok('Older migrants')],
          ['150 characters', chars(150), ok(chars(150))],
          ['151 characters', chars(151), bad('tooLong', { max: 150, count: 151 })],
        ],
        { beneficiaryGroups: ['youth', 'other'] },
      );
    });
    checkRows('participation', [
      ['exactly 200 words', words(200), ok(words(200))],
      ['201 words', words(201), bad('tooManyWords', { max: 200, count: 201 })],
      // Emoji or symbols alone say nothing IKM could read; words in any script do.
      ['emoji only', '👍🎉', bad('noWords')],
      ['punctuation only', '... ?!', bad('noWords')],
      ['words in another script', 'Женщины и молодёжь 👍', ok('Женщины и молодёжь 👍')],
      ['empty', '', bad('required')],
      ...wrongTypes,
    ]);
  });

  describe('results and sustainability', () => {
    const longTexts: Array<[FieldId, number]> = [
      ['results', 250],
      ['sustainability', 200],
      ['scaling', 200],
      ['partners', 150],
    ];
    for (const [field, max] of longTexts) {
      checkRows(field, [
        [`exactly ${max} words`, words(max), ok(words(max))],
        [`${max + 1} words`, words(max + 1), bad('tooManyWords', { max, count: max + 1 })],
        ...wrongTypes,
      ]);
    }
    checkRows('results', [['empty', '', bad('required')]]);
    checkRows('sustainability', [['empty', '', bad('required')]]);
    checkRows('scaling', [['empty', '', bad('required')]]);
    checkRows('partners', [
      ['optional: empty is fine', '', ok(undefined)],
      // A dash or symbols in an optional field leave it unanswered, not a problem.
      ['optional: a dash is no answer', '-', ok(undefined)],
    ]);
  });

  describe('budget and timing', () => {
    checkRows('budgetUsd', [
      ['50,000: the minimum', '50,000', ok(50_000)],
      ['80,000: the maximum', '80000', ok(80_000)],
      ['49,999', '49,999', bad('belowMin', { min: 50_000 })],
      ['80,001', '80001', bad('aboveMax', { max: 80_000 })],
      ['USD before', 'USD 60000', ok(60_000)],
      ['USD glued', 'USD60,000', ok(60_000)],
      ['USD after', '60,000 USD', ok(60_000)],
      ['dollar sign', '$60,000', ok(60_000)],
      ['US$ with cents', 'US$ 75,500.00', ok(75_500)],
      ['spaces between groups', '60 000', ok(60_000)],
      ['no-break space between groups', '60\u202f000', ok(60_000)],
      ['points between groups', '60.000', ok(60_000)],
      ['apostrophe between groups', "60'000", ok(60_000)],
      ['k for thousands', '60k', ok(60_000)],
      ['dollars in words', '65000 dollars', ok(65_000)],
      ['a JS number (Input.Number)', 70_000, ok(70_000)],
      ['cents', '60000.50', bad('notAWholeNumber')],
      ['words', 'sixty thousand', bad('notANumber')],
      ['another currency', 'EUR 60000', bad('notANumber')],
      ['two numbers', '50000-60000', bad('notANumber')],
      ['negative', '-60000', bad('belowMin', { min: 50_000 })],
      ['NaN', Number.NaN, bad('notANumber')],
      ['Infinity', Number.POSITIVE_INFINITY, bad('notANumber')],
      ['empty', '', bad('required')],
      ['an object', { amount: 60_000 }, bad('wrongType')],
      ['an array', ['60000'], bad('wrongType')],
      ['a boolean', true, bad('wrongType')],
    ]);
    checkRows('durationMonths', [
      ['12: the maximum', '12', ok(12)],
      ['1: the minimum', '1', ok(1)],
      ['13', '13', bad('aboveMax', { max: 12 })],
      ['0', '0', bad('belowMin', { min: 1 })],
      ['with "months"', '12 months', ok(12)],
      ['with "mois"', '6 mois', ok(6)],
      ['with "meses"', '9 meses', ok(9)],
      ['a fraction', '1.5', bad('notAWholeNumber')],
      ['words', 'twelve', bad('notANumber')],
      ['empty', '', bad('required')],
      ...wrongTypes,
    ]);
    checkRows('plannedStart', [
      ['the funding announcement day', '2025-01-15', ok('2025-01-15')],
      ['12 months after it', '2026-01-15', ok('2026-01-15')],
      ['the day before funding', '2025-01-14', bad('dateTooEarly', { min: '2025-01-15' })],
      ['one day too late', '2026-01-16', bad('dateTooLate', { max: '2026-01-15' })],
      ['30 February', '2025-02-30', bad('notADate', { example: '2025-01-15' })],
      ['day first', '15/02/2025', bad('notADate', { example: '2025-01-15' })],
      ['no leading zeros', '2025-2-1', bad('notADate', { example: '2025-01-15' })],
      ['a date-time', '2025-02-01T09:00', bad('notADate', { example: '2025-01-15' })],
      ['empty', '', bad('required')],
      ['a number', 20250201, bad('wrongType')],
      ...wrongTypes,
    ]);
    describe('plannedStart once the funding announcement is past', () => {
      checkRows(
        'plannedStart',
        [
          ['not in the past', '2025-03-09', bad('dateTooEarly', { min: '2025-03-10' })],
          ['today (in Geneva)', '2025-03-10', ok('2025-03-10')],
        ],
        {},
        new Date('2025-03-09T23:30:00.000Z'),
      );
    });
  });
});

describe('warnings', () => {
  it('warns when free text looks like another language, and still accepts it', () => {
    const result = validateField(
      call2024,
      'problem',
      'Les familles déplacées perdent leurs documents et ne peuvent plus prouver leurs droits fonciers.',
      {},
      AT.during,
    );
    expect(result).toMatchObject({ ok: true, warnings: [{ field: 'problem', code: 'notEnglish', params: { detected: 'fr' } }] });
  });

  it('does not check names of offices and people', () => {
    const result = validateField(call2024, 'officeName', 'Oficina Nacional de Migración de la República de Panamá', {}, AT.during);
    expect(result).toEqual({ ok: true, value: 'Oficina Nacional de Migración de la República de Panamá', warnings: [] });
  });

  it('suggests an @iom.int address without requiring one', () => {
    expect(validateField(call2024, 'focalPointEmail', 'amina@gmail.com', {}, AT.during)).toEqual({
      ok: true,
      value: 'amina@gmail.com',
      warnings: [{ field: 'focalPointEmail', code: 'notIomAddress', params: { domain: 'gmail.com' } }],
    });
    expect(validateField(call2024, 'focalPointEmail', 'AOkello@IOM.INT', {}, AT.during)).toMatchObject({ warnings: [] });
  });

  it('does not check the language when the call accepts French', () => {
    const french = editedCall([[['submissionLanguage'], 'fr']]);
    const result = validateField(french, 'problem', 'Les familles déplacées perdent leurs documents et leurs droits.', {}, AT.during);
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('wordCount', () => {
  it.each<[string, number]>([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    ['e-waste repair — in Uganda', 4],
    ['USD 60,000 for 12 months', 5],
    ['line one\nline two\ttab', 5],
    ['« guillemets » !', 1],
  ])('%j has %i words', (text, count) => {
    expect(wordCount(text)).toBe(count);
  });
});

describe('conditional requirements in a section', () => {
  it('an HQ department must name its coordinating office', () => {
    const raw = { ...COMPLETE_RAW.office, officeType: 'hq-department' };
    const result = validateSection(call2024, 'office', raw, {}, AT.during);
    expect(result.problems).toEqual([{ field: 'coordinatingOffice', code: 'required', params: {} }]);
    const named = validateSection(call2024, 'office', { ...raw, coordinatingOffice: 'IOM Kenya' }, {}, AT.during);
    expect(named.problems).toEqual([]);
    expect(named.values).toMatchObject({ officeType: 'hq-department', coordinatingOffice: 'IOM Kenya' });
  });

  it('a country office does not', () => {
    expect(validateSection(call2024, 'office', COMPLETE_RAW.office, {}, AT.during).problems).toEqual([]);
  });

  it('choosing "other" requires naming the group', () => {
    const raw = { ...COMPLETE_RAW.people, beneficiaryGroups: 'youth,other' };
    expect(validateSection(call2024, 'people', raw, {}, AT.during).problems).toEqual([
      { field: 'otherGroup', code: 'required', params: {} },
    ]);
    expect(validateSection(call2024, 'people', { ...raw, otherGroup: 'Older migrants' }, {}, AT.during).problems).toEqual([]);
  });

  it('the condition uses the stored answer when the card does not send the deciding field', () => {
    const result = validateSection(call2024, 'office', { coordinatingOffice: '' }, { officeType: 'hq-department' }, AT.during);
    expect(result.problems).toContainEqual({ field: 'coordinatingOffice', code: 'required', params: {} });
  });
});

describe('validateSection', () => {
  it('parses a whole section', () => {
    const result = validateSection(call2024, 'budget', COMPLETE_RAW.budget, {}, AT.during);
    expect(result).toEqual({
      values: { budgetUsd: 60_000, durationMonths: 12, plannedStart: '2025-02-01' },
      cleared: [],
      problems: [],
      warnings: [],
    });
  });

  it('keeps the good values and reports every bad one, in form order', () => {
    const result = validateSection(
      call2024,
      'budget',
      { plannedStart: '2027-01-01', budgetUsd: '90,000', durationMonths: '6' },
      {},
      AT.during,
    );
    expect(result.values).toEqual({ durationMonths: 6 });
    expect(result.problems.map((problem) => [problem.field, problem.code])).toEqual([
      ['budgetUsd', 'aboveMax'],
      ['plannedStart', 'dateTooLate'],
    ]);
  });

  it('ignores keys of other sections and unknown keys', () => {
    const result = validateSection(
      call2024,
      'idea',
      { ...COMPLETE_RAW.idea, budgetUsd: 'nonsense', verb: 'saveSection', __proto__: { x: 1 }, constructor: 'x' },
      {},
      AT.during,
    );
    expect(result.problems).toEqual([]);
    expect(Object.keys(result.values).sort()).toEqual(['objectives', 'priorities', 'title']);
  });

  it('keeps stored answers for absent keys, clears them for empty ones', () => {
    const stored: Partial<IdeaAnswers> = { title: 'Old title', objectives: ['saving-lives'], priorities: ['data-technology'] };
    const result = validateSection(call2024, 'idea', { priorities: '' }, stored, AT.during);
    expect(result).toEqual({ values: {}, cleared: ['priorities'], problems: [], warnings: [] });
  });

  it('reports required fields missing after the submit', () => {
    const result = validateSection(call2024, 'idea', { title: '' }, { objectives: ['saving-lives'] }, AT.during);
    // Emptying a required answer is a problem and never clears what is stored.
    expect(result.cleared).toEqual([]);
    expect(result.problems).toEqual([{ field: 'title', code: 'required', params: {} }]);
    const stored = { title: 'Kept', objectives: ['saving-lives'], priorities: ['data-technology'] };
    const emptied = validateSection(call2024, 'idea', { title: '', priorities: '' }, stored, AT.during);
    expect(emptied.cleared).toEqual(['priorities']);
    expect(emptied.problems.map((problem) => problem.field)).toEqual(['title']);
    const absent = validateSection(call2024, 'idea', {}, {}, AT.during);
    expect(absent.problems.map((problem) => problem.code)).toEqual(['required', 'atLeastOne']);
  });

  it('treats a submit that is not an object as sending nothing', () => {
    for (const raw of [null, 'text', ['a'], 42]) {
      const result = validateSection(call2024, 'idea', raw as unknown as Record<string, unknown>, {}, AT.during);
      expect(result.values).toEqual({});
      expect(result.problems).toHaveLength(2);
    }
  });
});

describe('validateSubmission, missingFields, sectionProgress', () => {
  it('a complete idea has no problems', () => {
    expect(validateSubmission(call2024, completeAnswers(), AT.during)).toEqual([]);
    expect(missingFields(call2024, completeAnswers())).toEqual([]);
  });

  it('an empty form lists every required field in form order', () => {
    const problems = validateSubmission(call2024, {}, AT.during);
    expect(problems.map((problem) => problem.field)).toEqual([
      'title',
      'objectives',
      'officeType',
      'officeName',
      'countryOrRegion',
      'focalPointName',
      'focalPointEmail',
      'problem',
      'solution',
      'novelty',
      'beneficiaryGroups',
      'participation',
      'results',
      'sustainability',
      'scaling',
      'budgetUsd',
      'durationMonths',
      'plannedStart',
    ]);
    expect(problems.find((problem) => problem.field === 'objectives')?.code).toBe('atLeastOne');
    expect(missingFields(call2024, {})).toEqual(problems.map((problem) => problem.field));
  });

  it('conditional fields join the list when their condition holds', () => {
    const answers = { ...completeAnswers(), officeType: 'hq-department', beneficiaryGroups: ['other'] };
    expect(missingFields(call2024, answers)).toEqual(['coordinatingOffice', 'otherGroup']);
    expect(validateSubmission(call2024, answers, AT.during).map((problem) => problem.field)).toEqual([
      'coordinatingOffice',
      'otherGroup',
    ]);
  });

  it('re-checks stored answers against the call as it is now', () => {
    const stricter = editedCall([
      [['funding', 'max'], 55_000],
      [['maxDurationMonths'], 6],
    ]);
    const problems = validateSubmission(stricter, completeAnswers(), AT.during);
    expect(problems).toEqual([
      { field: 'budgetUsd', code: 'aboveMax', params: { max: 55_000 } },
      { field: 'durationMonths', code: 'aboveMax', params: { max: 6 } },
    ]);
  });

  it('leaves out answers of fields that no longer apply', () => {
    const answers = { ...completeAnswers(), coordinatingOffice: chars(400), otherGroup: 'Older migrants' };
    expect(validateSubmission(call2024, answers, AT.during)).toEqual([]);
    const kept = applicableAnswers(call2024, answers);
    expect(kept.coordinatingOffice).toBeUndefined();
    expect(kept.otherGroup).toBeUndefined();
    expect(kept.title).toBe(answers.title);
  });

  it('counts progress per section', () => {
    const answers: Partial<IdeaAnswers> = { title: 'Solar lamps', officeType: 'hq-department', officeName: 'DPDC' };
    const progress = sectionProgress(call2024, answers);
    expect(progress.map((section) => section.id)).toEqual([...SECTION_IDS]);
    expect(progress[0]).toEqual({ id: 'idea', number: 1, answered: 1, required: 2, left: 1, complete: false });
    // HQ: coordinating office becomes the sixth required field of section 2.
    expect(progress[1]).toEqual({ id: 'office', number: 2, answered: 2, required: 6, left: 4, complete: false });
    expect(progress[5]).toEqual({ id: 'budget', number: 6, answered: 0, required: 3, left: 3, complete: false });
    expect(sectionProgress(call2024, completeAnswers()).every((section) => section.complete)).toBe(true);
  });

  it('writes answers back as a card sends them', () => {
    const answers = completeAnswers();
    expect(rawFromAnswer(answers.priorities)).toBe('gender-diversity-youth,environmental-sustainability');
    expect(rawFromAnswer(answers.budgetUsd)).toBe('60000');
    expect(rawFromAnswer(undefined)).toBe('');
  });
});

describe('a changed call changes the limits', () => {
  const changed = editedCall([
    [['funding', 'min'], 20_000],
    [['funding', 'max'], 100_000],
    [['maxDurationMonths'], 18],
    [['timeline', 'fundingAnnouncement'], '2025-03-01'],
  ]);

  it.each<[FieldId, unknown, Expect]>([
    ['budgetUsd', '20,000', ok(20_000)],
    ['budgetUsd', '19,999', bad('belowMin', { min: 20_000 })],
    ['budgetUsd', '100,000', ok(100_000)],
    ['budgetUsd', '100,001', bad('aboveMax', { max: 100_000 })],
    ['durationMonths', '18', ok(18)],
    ['durationMonths', '19', bad('aboveMax', { max: 18 })],
    ['plannedStart', '2025-02-28', bad('dateTooEarly', { min: '2025-03-01' })],
    ['plannedStart', '2026-03-01', ok('2026-03-01')],
    ['plannedStart', '2026-03-02', bad('dateTooLate', { max: '2026-03-01' })],
  ])('%s %j', (field, raw, expected) => {
    const result = validateField(changed, field, raw, {}, AT.during);
    if ('value' in expected) expect(result).toMatchObject({ ok: true, value: expected.value });
    else expect(result).toMatchObject({ ok: false, problem: { code: expected.code, params: expected.params } });
  });

  it('takes options from the call', () => {
    const fewer = editedCall([[['beneficiaryGroups'], [{ id: 'youth', label: { en: 'Youth', fr: 'Jeunes', es: 'Jóvenes' } }]]]);
    expect(validateField(fewer, 'beneficiaryGroups', 'women', {}, AT.during)).toMatchObject({
      ok: false,
      problem: { code: 'unknownOption', params: { value: 'women' } },
    });
    // No group needs detail in this call: "otherGroup" is never required.
    expect(validateField(fewer, 'otherGroup', '', { beneficiaryGroups: ['youth'] }, AT.during)).toMatchObject({ ok: true });
  });
});

describe('fieldProblemSchema: problems kept between turns', () => {
  it('reads back every problem validation gives, and refuses one whose params do not fit its code', () => {
    const raw = { title: 'x'.repeat(200), objectives: ['no-such-objective'], budgetUsd: '12.5', durationMonths: '99', plannedStart: '1999-01-01' };
    const problems = [
      ...validateSection(call2024, 'idea', raw, {}, AT.during).problems,
      ...validateSection(call2024, 'budget', raw, {}, AT.during).problems,
    ];
    expect(new Set(problems.map((problem) => problem.code))).toEqual(new Set(['tooLong', 'unknownOption', 'notAWholeNumber', 'aboveMax', 'dateTooEarly']));
    for (const problem of problems) expect(fieldProblemSchema.parse(JSON.parse(JSON.stringify(problem)))).toEqual(problem);
    expect(fieldProblemSchema.safeParse({ field: 'title', code: 'tooLong', params: {} }).success).toBe(false);
    expect(fieldProblemSchema.safeParse({ field: 'nope', code: 'required', params: {} }).success).toBe(false);
  });
});
