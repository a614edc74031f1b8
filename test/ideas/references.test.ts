import { findReferences, referenceAlone, withoutReferences } from '../../src/ideas/references';

describe('reading reference numbers', () => {
  it.each([
    ['IH–2024–0003', ['IH-2024-0003']],
    ['IH—2024—4.', ['IH-2024-0004']],
    ['ih 2024 7 and IH_2024_0008IH-2024-0009', ['IH-2024-0007', 'IH-2024-0008', 'IH-2024-0009']],
  ])('finds this call\'s in %p', (text, references) => {
    expect(findReferences(text, '2024').references).toEqual(references);
  });

  it('names another call\'s as such, and takes no word or other number for one', () => {
    expect(findReferences('IH-2023-0004, IH-sample-0002', '2024').others).toEqual(['IH-2023-0004', 'IH-SAMPLE-0002']);
    // "IH" said for the Hub before words and a number, and acronyms beginning with IH, are no references.
    for (const text of ['Is the IH call open in 2025?', 'my IH idea deadline is 2025', 'ih team of 3 people', 'IHR 2005 compliance', 'IHL training 2025 budget']) {
      expect(findReferences(text, '2024')).toEqual({ references: [], others: [], rest: text });
      expect(withoutReferences(text)).toBe(text);
    }
  });

  it('takes a reference alone, with words that only ask to see it, as the idea asked for; a question is not', () => {
    expect(referenceAlone('open IH-2024-0002', '2024')).toBe('IH-2024-0002');
    expect(referenceAlone('statut de ih 2024 2 ?', '2024')).toBe('IH-2024-0002');
    expect(referenceAlone('is IH-2024-0002 shortlisted?', '2024')).toBeUndefined();
    expect(referenceAlone('IH-2024-0002 IH-2024-0003', '2024')).toBeUndefined();
  });
});
