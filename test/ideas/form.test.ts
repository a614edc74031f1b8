import {
  FIELD_IDS,
  type FieldDefinition,
  type FieldId,
  type IdeaAnswers,
  SECTION_IDS,
  fieldDefinition,
  fieldsOfSection,
  formDefinition,
  isFieldApplicable,
  isFieldRequired,
  projectStartWindow,
  sectionOf,
} from '../../src/ideas';
import { editedCall } from '../call/call-fixtures';
import { call2024 } from './idea-fixtures';

describe('formDefinition (2024 call)', () => {
  const form = formDefinition(call2024);
  const byId = new Map(form.sections.flatMap((section) => section.fields.map((field) => [field.id, field])));
  const field = <K extends FieldDefinition['kind']>(id: string, kind: K) => {
    const found = byId.get(id as FieldDefinition['id']);
    if (!found || found.kind !== kind) throw new Error(`${id} is not a ${kind} field`);
    return found as Extract<FieldDefinition, { kind: K }>;
  };

  it('has the six sections in order, with their fields in order', () => {
    expect(form.sections.map((section) => [section.number, section.id])).toEqual([
      [1, 'idea'],
      [2, 'office'],
      [3, 'solution'],
      [4, 'people'],
      [5, 'results'],
      [6, 'budget'],
    ]);
    expect(Object.fromEntries(form.sections.map((section) => [section.id, section.fields.map((f) => f.id)]))).toEqual({
      idea: ['title', 'objectives', 'priorities'],
      office: ['officeType', 'officeName', 'countryOrRegion', 'coordinatingOffice', 'focalPointName', 'focalPointEmail'],
      solution: ['problem', 'solution', 'novelty'],
      people: ['beneficiaryGroups', 'otherGroup', 'participation'],
      results: ['results', 'sustainability', 'scaling', 'partners'],
      budget: ['budgetUsd', 'durationMonths', 'plannedStart'],
    });
    expect(form.sections.flatMap((section) => section.fields.map((f) => f.id))).toEqual(FIELD_IDS);
    for (const id of FIELD_IDS) expect(fieldsOfSection(sectionOf(id))).toContain(id);
    expect(SECTION_IDS).toHaveLength(6);
  });

  it('gives every field its kind and limits', () => {
    expect(field('title', 'text')).toMatchObject({ maxChars: 120, required: true, englishOnly: true });
    expect(field('officeName', 'text')).toMatchObject({ maxChars: 150, required: true, englishOnly: false });
    expect(field('countryOrRegion', 'text')).toMatchObject({ maxChars: 100 });
    expect(field('focalPointName', 'text')).toMatchObject({ maxChars: 120 });
    expect(field('focalPointEmail', 'email')).toMatchObject({ maxChars: 254, required: true });
    expect(field('problem', 'longText')).toMatchObject({ maxWords: 250, maxChars: 2500, englishOnly: true });
    expect(field('solution', 'longText')).toMatchObject({ maxWords: 300, maxChars: 3000 });
    expect(field('novelty', 'longText')).toMatchObject({ maxWords: 200 });
    expect(field('participation', 'longText')).toMatchObject({ maxWords: 200 });
    expect(field('results', 'longText')).toMatchObject({ maxWords: 250 });
    expect(field('sustainability', 'longText')).toMatchObject({ maxWords: 200 });
    expect(field('scaling', 'longText')).toMatchObject({ maxWords: 200 });
    expect(field('partners', 'longText')).toMatchObject({ maxWords: 150, required: false });
    expect(field('budgetUsd', 'number')).toMatchObject({ min: 50_000, max: 80_000, integer: true, unit: { currency: 'USD' } });
    expect(field('durationMonths', 'number')).toMatchObject({ min: 1, max: 12, unit: 'months' });
    expect(field('plannedStart', 'date')).toMatchObject({ min: '2025-01-15', max: '2026-01-15' });
  });

  it('takes the option lists from the call', () => {
    expect(field('objectives', 'multiChoice').options.map((o) => [o.number, o.id])).toEqual([
      [1, 'saving-lives'],
      [2, 'solutions-to-displacement'],
      [3, 'regular-pathways'],
    ]);
    expect(field('objectives', 'multiChoice').minSelected).toBe(1);
    expect(field('priorities', 'multiChoice')).toMatchObject({ required: false, minSelected: 0 });
    expect(field('priorities', 'multiChoice').options.map((o) => o.id)).toEqual([
      'gender-diversity-youth',
      'data-technology',
      'environmental-sustainability',
      'iom-ways-of-working',
    ]);
    expect(field('officeType', 'choice').options).toEqual(
      call2024.eligibleSubmitters.map((kind) => ({
        id: kind.id,
        label: kind.label,
        needsCoordinatingOffice: kind.needsCoordinatingOffice,
      })),
    );
    expect(field('beneficiaryGroups', 'multiChoice').options.filter((o) => o.needsDetail).map((o) => o.id)).toEqual(['other']);
    expect(field('objectives', 'multiChoice').options[0].label.fr).toBe('Sauver des vies et protéger les personnes en déplacement');
  });

  it('states conditional requirements as data', () => {
    expect(field('coordinatingOffice', 'text').required).toEqual({ field: 'officeType', anyOf: ['hq-department'] });
    expect(field('otherGroup', 'text').required).toEqual({ field: 'beneficiaryGroups', anyOf: ['other'] });
  });
});

describe('isFieldRequired and isFieldApplicable', () => {
  it.each<[FieldId, Partial<IdeaAnswers>, boolean]>([
    ['coordinatingOffice', {}, false],
    ['coordinatingOffice', { officeType: 'country-office' }, false],
    ['coordinatingOffice', { officeType: 'regional-office' }, false],
    ['coordinatingOffice', { officeType: 'hq-department' }, true],
    ['otherGroup', {}, false],
    ['otherGroup', { beneficiaryGroups: ['youth', 'women'] }, false],
    ['otherGroup', { beneficiaryGroups: ['youth', 'other'] }, true],
    ['title', {}, true],
    ['priorities', {}, false],
    ['partners', {}, false],
  ])('%s with %j -> %s', (id, answers, required) => {
    expect(isFieldRequired(call2024, id, answers)).toBe(required);
  });

  it('optional fields apply, unmet conditional ones do not', () => {
    expect(isFieldApplicable(call2024, 'partners', {})).toBe(true);
    expect(isFieldApplicable(call2024, 'coordinatingOffice', { officeType: 'country-office' })).toBe(false);
    expect(isFieldApplicable(call2024, 'coordinatingOffice', { officeType: 'hq-department' })).toBe(true);
  });

  it('follows the call: a regional office that needs coordination', () => {
    const call = editedCall([[['eligibleSubmitters', 1, 'needsCoordinatingOffice'], true]]);
    expect(fieldDefinition(call, 'coordinatingOffice').required).toEqual({
      field: 'officeType',
      anyOf: ['regional-office', 'hq-department'],
    });
    expect(isFieldRequired(call, 'coordinatingOffice', { officeType: 'regional-office' })).toBe(true);
  });
});

describe('limits follow the call', () => {
  it('funding, duration and start window', () => {
    const call = editedCall([
      [['currency'], 'CHF'],
      [['funding', 'min'], 10_000],
      [['funding', 'max'], 25_000],
      [['maxDurationMonths'], 24],
      [['timeline', 'fundingAnnouncement'], '2025-01-31'],
    ]);
    expect(fieldDefinition(call, 'budgetUsd')).toMatchObject({ min: 10_000, max: 25_000, unit: { currency: 'CHF' } });
    expect(fieldDefinition(call, 'durationMonths')).toMatchObject({ min: 1, max: 24 });
    // 31 January + 12 months is 31 January; the window keeps calendar days.
    expect(projectStartWindow(call)).toEqual({ min: '2025-01-31', max: '2026-01-31' });
  });

  it('a funding announcement at night in Geneva counts on its local day', () => {
    const call = editedCall([[['timeline', 'fundingAnnouncement'], '2025-02-28T23:30']]);
    expect(projectStartWindow(call)).toEqual({ min: '2025-02-28', max: '2026-02-28' });
  });

  it('the language check applies only to calls in English', () => {
    const french = editedCall([[['submissionLanguage'], 'fr']]);
    expect(formDefinition(french).sections.flatMap((s) => s.fields).every((f) => !f.englishOnly)).toBe(true);
  });
});
