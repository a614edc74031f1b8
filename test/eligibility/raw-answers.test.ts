import { loadCallFile } from '../../src/call';
import { readEligibilityInput } from '../../src/eligibility';
import { readWholeNumber } from '../../src/ideas';

const call = loadCallFile('content/call-2024.yaml');

describe('whole numbers as people type them (shared with the idea form)', () => {
  it.each([
    ['60000', 60000],
    ['60,000', 60000],
    ['60 000', 60000],
    ["60'000", 60000],
    ['60.000', 60000],
    ['USD 60,000', 60000],
    ['US$60000', 60000],
    ['60k', 60000],
    [80000, 80000],
  ])('budget %p reads as %p', (raw, value) => {
    expect(readWholeNumber(raw, { currency: 'USD' })).toBe(value);
  });

  it.each([
    ['12 months', 12],
    ['12 mois', 12],
    ['12 meses', 12],
    [' 7 ', 7],
  ])('duration %p reads as %p', (raw, value) => {
    expect(readWholeNumber(raw, 'months')).toBe(value);
  });

  it.each(['', 'lots', '12.5', '1,5', '1e5', '60000 80000', null, {}, [], 1.5, NaN])('%p is not a whole number', (raw) => {
    expect(readWholeNumber(raw, 'months')).toBeUndefined();
  });
});

describe('reading the eligibility card', () => {
  const good = {
    submitterKind: 'country-office',
    objectives: 'saving-lives,regular-pathways',
    budgetUsd: '60,000',
    durationMonths: '12',
    submissionLanguage: 'en',
  };

  it('turns the card strings into answers', () => {
    expect(readEligibilityInput(call, good)).toEqual({
      ok: true,
      answers: {
        submitterKind: 'country-office',
        objectives: ['saving-lives', 'regular-pathways'],
        budgetUsd: 60000,
        durationMonths: 12,
        submissionLanguage: 'en',
      },
    });
  });

  it('names every field it cannot read, in question order', () => {
    const result = readEligibilityInput(call, {
      ...good,
      submitterKind: 'embassy',
      budgetUsd: 'a lot',
      durationMonths: { months: 3 },
      objectives: 'saving-lives,space-travel',
    });
    expect(result).toEqual({ ok: false, problems: ['submitterKind', 'objectives', 'budgetUsd', 'durationMonths'] });
  });

  it('accepts no objective (the rules then ask for one) and drops a coordinating office nobody needs', () => {
    const result = readEligibilityInput(call, { ...good, objectives: '', coordinatingOffice: 'IOM Kenya' });
    expect(result).toMatchObject({ ok: true, answers: { objectives: [] } });
    expect(result.ok && result.answers.coordinatingOffice).toBeFalsy();
  });
});
