import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { CallFileError, formatPath, loadCallFile, parseCall, stringifyCall } from '../../src/call/load-call';
import { callSchema } from '../../src/call/call-schema';
import { type Edit, SHIPPED_CALL_PATH, editedCallText, shippedCallText, thrown } from './call-fixtures';

describe('the shipped 2024 call file', () => {
  const call = loadCallFile(SHIPPED_CALL_PATH);

  it.each([
    ['id', call.id, '2024'],
    ['currency', call.currency, 'USD'],
    ['funding', call.funding, { min: 50_000, max: 80_000 }],
    ['maxDurationMonths', call.maxDurationMonths, 12],
    ['submissionLanguage', call.submissionLanguage, 'en'],
    ['contact.mailbox', call.contact.mailbox, 'ikm@iom.int'],
    ['timeline.timeZone', call.timeline.timeZone, 'Europe/Zurich'],
    ['eligibleSubmitters ids', call.eligibleSubmitters.map((s) => s.id), ['country-office', 'regional-office', 'hq-department']],
    [
      'submitters needing a coordinating office',
      call.eligibleSubmitters.filter((s) => s.needsCoordinatingOffice).map((s) => s.id),
      ['hq-department'],
    ],
    ['strategic objective numbers', call.strategicObjectives.map((o) => o.number), [1, 2, 3]],
    ['cross-cutting priority numbers', call.crossCuttingPriorities.map((p) => p.number), [1, 2, 3, 4]],
    [
      'innovation criteria',
      call.innovationCriteria.map((c) => c.id),
      ['novelty', 'effectiveness', 'sustainability', 'accessibility-participation', 'transformation-scaling'],
    ],
    [
      'beneficiary groups',
      call.beneficiaryGroups.map((g) => g.id),
      ['youth', 'indigenous-people', 'women', 'persons-with-disabilities', 'other'],
    ],
    ['groups asking for detail', call.beneficiaryGroups.filter((g) => g.needsDetail).map((g) => g.id), ['other']],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it.each([
    // [milestone, UTC instant]: CEST (UTC+2) until 27 October 2024, CET (UTC+1) after.
    ['launch', call.timeline.launch, '2024-09-22T22:00:00.000Z'],
    ['ideaDeadline', call.timeline.ideaDeadline, '2024-10-25T21:59:59.999Z'],
    ['shortlistAnnouncement', call.timeline.shortlistAnnouncement, '2024-11-10T23:00:00.000Z'],
    ['clinicsWindow.opens', call.timeline.clinicsWindow.opens, '2024-11-10T23:00:00.000Z'],
    ['clinicsWindow.closes', call.timeline.clinicsWindow.closes, '2024-12-15T22:59:59.999Z'],
    ['proposalDeadline', call.timeline.proposalDeadline, '2024-12-15T22:59:59.999Z'],
    ['fundingAnnouncement', call.timeline.fundingAnnouncement, '2025-01-14T23:00:00.000Z'],
  ])('timeline.%s is %s', (_name, actual, expected) => {
    expect(actual.toISOString()).toBe(expected);
  });

  it('gives every text in English, French and Spanish, all different from English where it is a sentence', () => {
    const texts = [
      call.title,
      call.contact.unit,
      ...call.eligibleSubmitters.map((s) => s.label),
      ...call.strategicObjectives.flatMap((o) => [o.title, o.description]),
      ...call.crossCuttingPriorities.flatMap((p) => [p.title, p.description]),
      ...call.innovationCriteria.flatMap((c) => [c.title, c.description]),
      ...call.beneficiaryGroups.map((g) => g.label),
    ];
    for (const text of texts) {
      expect(text.en.length).toBeGreaterThan(0);
      expect(text.fr).not.toBe(text.en);
      expect(text.es).not.toBe(text.en);
    }
  });

  it('reads back equal after being written by stringifyCall', () => {
    expect(parseCall(stringifyCall(call), 'round-trip.yaml')).toEqual(call);
  });
});

describe('validation problems', () => {
  it.each<[string, Edit[], string[]]>([
    ['a non-numeric amount', [[['funding', 'min'], 'lots']], ['funding.min: must be a number (found text)']],
    ['amounts the wrong way round', [[['funding', 'min'], 90_000]], ['funding.max: must be at least funding.min (90000)']],
    ['a fractional amount', [[['funding', 'max'], 80_000.5]], ['funding.max: must be a whole number']],
    ['a missing French title', [[['title', 'fr'], undefined]], ['title.fr: is missing']],
    ['an empty Spanish text', [[['strategicObjectives', 1, 'title', 'es'], '  ']], ['strategicObjectives[1].title.es: must not be empty']],
    ['a misspelt field', [[['timeline', 'ideaDeadlin'], '2024-10-25']], ['timeline.ideaDeadlin: is not a field of the call file']],
    ['an unknown language', [[['submissionLanguage'], 'de']], ['submissionLanguage: must be one of en, fr, es']],
    ['a bad mailbox', [[['contact', 'mailbox'], 'ikm at iom']], ['contact.mailbox: must be an e-mail address']],
    ['a repeated id', [[['innovationCriteria', 1, 'id'], 'novelty']], ['innovationCriteria[1].id: repeats id "novelty"']],
    ['a repeated number', [[['strategicObjectives', 2, 'number'], 1]], ['strategicObjectives[2].number: repeats number 1']],
    ['an empty list', [[['beneficiaryGroups'], []]], ['beneficiaryGroups: must list at least one beneficiary group']],
    ['a hyphen in the id', [[['id'], 'call-2025']], ['id: must be letters and digits only']],
    ['an unknown time zone', [[['timeline', 'timeZone'], 'Europe/Geneva']], ['timeline.timeZone: must be an IANA time zone name']],
    ['a UTC offset for a zone', [[['timeline', 'timeZone'], '+02:00']], ['timeline.timeZone: must be an IANA time zone name']],
    ['an impossible date', [[['timeline', 'launch'], '2024-09-31']], ['timeline.launch: "2024-09-31" is not a calendar date']],
    ['an impossible time', [[['timeline', 'ideaDeadline'], '2024-10-25T24:00']], ['timeline.ideaDeadline: "2024-10-25T24:00" is not a time of day']],
    ['seconds in a time', [[['timeline', 'ideaDeadline'], '2024-10-25T23:59:59']], ['timeline.ideaDeadline: must be a date like 2024-10-25']],
    ['an offset in a date', [[['timeline', 'launch'], '2024-09-23T09:00+02:00']], ['timeline.launch: must be a local time without an offset']],
    [
      'a time skipped by daylight saving',
      [[['timeline', 'launch'], '2024-03-31T02:30']],
      ['timeline.launch: 2024-03-31T02:30 does not exist in Europe/Zurich'],
    ],
    [
      'an idea deadline before the launch',
      [[['timeline', 'ideaDeadline'], '2024-09-20T23:59']],
      ['timeline.ideaDeadline: must be after timeline.launch (2024-09-23)'],
    ],
    [
      'an idea deadline in the minute before the launch',
      [
        [['timeline', 'launch'], '2024-10-25T23:59'],
        [['timeline', 'ideaDeadline'], '2024-10-25T23:58'],
      ],
      ['timeline.ideaDeadline: must be after timeline.launch'],
    ],
    [
      'clinics opening before the shortlist',
      [[['timeline', 'clinicsWindow', 'opens'], '2024-11-10']],
      ['timeline.clinicsWindow.opens: must be on or after timeline.shortlistAnnouncement (2024-11-11)'],
    ],
    [
      'clinics closing after the proposal deadline',
      [[['timeline', 'clinicsWindow', 'closes'], '2024-12-16']],
      ['timeline.proposalDeadline: must be on or after timeline.clinicsWindow.closes (2024-12-16)'],
    ],
    [
      'funding announced on the proposal deadline day',
      [[['timeline', 'fundingAnnouncement'], '2024-12-15']],
      ['timeline.fundingAnnouncement: must be after timeline.proposalDeadline'],
    ],
    [
      'order checked across a malformed milestone',
      [
        [['timeline', 'ideaDeadline'], 'soon'],
        [['timeline', 'shortlistAnnouncement'], '2024-09-01'],
      ],
      ['timeline.ideaDeadline: must be a date like', 'timeline.shortlistAnnouncement: must be after timeline.launch'],
    ],
    ['a missing clinics window', [[['timeline', 'clinicsWindow'], undefined]], ['timeline.clinicsWindow: is missing']],
  ])('%s', (_name, edits, expected) => {
    const error = thrown(() => parseCall(editedCallText(edits), 'broken.yaml'));
    expect(error).toBeInstanceOf(CallFileError);
    expect(error.message).toContain('broken.yaml');
    for (const line of expected) expect(error.message).toContain(line);
    expect((error as CallFileError).problems).toHaveLength(expected.length);
  });

  it('lists every problem of a file at once, each with its path and line', () => {
    const text = editedCallText([
      [['funding', 'min'], 'fifty thousand'],
      [['maxDurationMonths'], 0],
      [['title', 'es'], undefined],
      [['eligibleSubmitters', 2, 'needsCoordinatingOffice'], 'yes'],
      [['contact', 'mailbox'], 'IKM unit'],
      [['timeline', 'launch'], '2024-11-01'],
      [['timeline', 'proposalDeadline'], '15/12/2024'],
      [['extra'], 'field'],
    ]);
    const error = thrown(() => parseCall(text, 'content/call-broken.yaml')) as CallFileError;
    expect(error.message).toMatch(/^The call file content\/call-broken\.yaml cannot be used \(8 problems\):/);
    expect(error.problems.map((p) => p.path).sort()).toEqual(
      [
        'funding.min',
        'maxDurationMonths',
        'title.es',
        'eligibleSubmitters[2].needsCoordinatingOffice',
        'contact.mailbox',
        'timeline.ideaDeadline',
        'timeline.proposalDeadline',
        'extra',
      ].sort(),
    );
    expect(error.message).toContain('timeline.ideaDeadline: must be after timeline.launch (2024-11-01)');
    const lines = text.split('\n');
    for (const problem of error.problems.filter((p) => p.path !== 'title.es')) {
      const leaf = problem.path.split('.').pop()!.replace(/\[\d+\]$/, '');
      expect(problem.line).toBeDefined();
      expect(lines[problem.line! - 1]).toContain(leaf);
    }
  });

  it.each([
    ['a YAML syntax error', 'id: 2024\ntitle: [unclosed\n', '(YAML)'],
    ['a repeated key', 'id: 2024\nid: 2025\n', '(YAML)'],
    ['an empty file', '', '(file): must be a set of named fields (found an empty value)'],
    ['a list instead of a mapping', '- 1\n- 2\n', '(file): must be a set of named fields (found a list)'],
  ])('reports %s', (_name, text, expected) => {
    const error = thrown(() => parseCall(text, 'odd.yaml'));
    expect(error).toBeInstanceOf(CallFileError);
    expect(error.message).toContain(expected);
  });

  it('names a file it cannot read', () => {
    const path = join(tmpdir(), 'no-such-dir-for-call-tests', 'call.yaml');
    expect(() => loadCallFile(path)).toThrow(`The call file ${path} cannot be used`);
  });

  it('loads a changed copy from disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'call-'));
    const path = join(dir, 'call-2025.yaml');
    writeFileSync(path, shippedCallText().replace('id: 2024', 'id: 2025'));
    expect(loadCallFile(path).id).toBe('2025');
  });
});

describe('the schema', () => {
  it('is what parseCall applies: a valid file parses the same directly', () => {
    const viaSchema = callSchema.parse(YAML.parse(shippedCallText()));
    expect(viaSchema).toEqual(loadCallFile(SHIPPED_CALL_PATH));
  });

  it.each([
    [[], '(file)'],
    [['funding', 'min'], 'funding.min'],
    [['strategicObjectives', 1, 'title', 'fr'], 'strategicObjectives[1].title.fr'],
  ])('formats the path %j as %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
