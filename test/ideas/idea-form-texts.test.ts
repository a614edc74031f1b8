import {
  CANDIDATE_LANGUAGES,
  FIELD_IDS,
  PROBLEM_CODES,
  SECTION_IDS,
  WARNING_CODES,
  fieldLimits,
  formDefinition,
} from '../../src/ideas';
import { type FieldLabelParams, ideaForm as en } from '../../src/i18n/en/idea-form';
import { ideaForm as es } from '../../src/i18n/es/idea-form';
import { ideaForm as fr } from '../../src/i18n/fr/idea-form';
import { messages } from '../../src/i18n';
import { call2024 } from './idea-fixtures';

/** The idea form's texts: complete in every language, showing the limits of the call. */

const languages = { en, fr, es };

/** What the bot passes to a label: every limit formatted, '' where the field has none. */
function labelParams(limits: ReturnType<typeof fieldLimits>): FieldLabelParams {
  const text = (value: number | string | undefined) => (value === undefined ? '' : String(value));
  return { maxChars: text(limits.maxChars), maxWords: text(limits.maxWords), min: text(limits.min), max: text(limits.max) };
}

/** Chat-length: a line a person reads at a glance. */
const MAX_TEXT = 260;

describe.each(Object.entries(languages))('idea form texts [%s]', (_language, texts) => {
  const fields = formDefinition(call2024).sections.flatMap((section) => section.fields);

  it('names every section', () => {
    expect(Object.keys(texts.sections).sort()).toEqual([...SECTION_IDS].sort());
    for (const section of SECTION_IDS) {
      expect(texts.sections[section].title).not.toBe('');
      expect(texts.sections[section].intro.length).toBeLessThanOrEqual(MAX_TEXT);
    }
  });

  it('labels every field with its limits, and gives a one-line hint', () => {
    expect(Object.keys(texts.fields).sort()).toEqual([...FIELD_IDS].sort());
    for (const definition of fields) {
      const limits = fieldLimits(definition);
      const { name, label, hint } = texts.fields[definition.id];
      const shown = label(labelParams(limits));
      expect(shown).not.toMatch(/undefined|NaN|\$\{/);
      if (definition.kind === 'text') expect(shown).toContain(String(definition.maxChars));
      if (definition.kind === 'longText') expect(shown).toContain(String(definition.maxWords));
      if (definition.kind === 'number' || definition.kind === 'date') {
        expect(shown).toContain(String(definition.min));
        expect(shown).toContain(String(definition.max));
      }
      expect(name.length).toBeGreaterThan(0);
      expect(hint).not.toContain('\n');
      expect(hint.length).toBeLessThanOrEqual(MAX_TEXT);
    }
  });

  it('words every problem and warning', () => {
    expect(Object.keys(texts.problems).sort()).toEqual([...PROBLEM_CODES].sort());
    const params = { field: 'Budget', min: 'USD 50,000', max: 'USD 80,000', count: '263', value: 'obj-9' };
    for (const code of PROBLEM_CODES) {
      const sentence = texts.problems[code](params);
      expect(sentence).toContain('Budget');
      expect(sentence).not.toMatch(/undefined/);
      expect(sentence.length).toBeLessThanOrEqual(MAX_TEXT);
    }
    expect(texts.problems.tooManyWords(params)).toContain('263');
    expect(texts.problems.belowMin(params)).toContain('USD 50,000');
    expect(texts.problems.unknownOption(params)).toContain('obj-9');
    expect(Object.keys(texts.warnings).sort()).toEqual([...WARNING_CODES].sort());
    expect(texts.warnings.notEnglish({ field: 'The problem', detected: texts.languageNames.fr })).toContain(
      texts.languageNames.fr,
    );
    expect(texts.warnings.notIomAddress({ field: 'E-mail', domain: 'gmail.com' })).toContain('@gmail.com');
  });

  it.each([
    ['fr', 'Le problème et la solution', 'les textes semblent rédigés'],
    ['es', 'El problema y la solución', 'los textos parecen estar escritos'],
  ] as const)('in %s, says of several fields that their texts seem written in another language, in the plural', (language, fields, plural) => {
    const warning = messages(language).ideaForm.warnings.notEnglish({ field: fields, several: true, detected: 'x' });
    expect(warning).toContain(plural);
    expect(messages(language).ideaForm.warnings.notEnglish({ field: fields, detected: 'x' })).not.toContain(plural);
  });

  it('names every language the English-only check can detect', () => {
    expect(Object.keys(texts.languageNames).sort()).toEqual(CANDIDATE_LANGUAGES.filter((code) => code !== 'en').sort());
  });

  it('words progress and review with their parameters', () => {
    expect(texts.progress.section({ number: 3, total: 6, title: texts.sections.solution.title })).toContain('3');
    expect(texts.progress.fieldsLeft({ count: 4, number: 3 })).toContain('4');
    expect(texts.progress.fieldsLeft({ count: 1, number: 3 })).toContain('1');
    expect(texts.review.submitted({ reference: 'IH-2024-0007', mailbox: 'ikm@iom.int' })).toContain('IH-2024-0007');
    expect(texts.review.alreadySubmitted({ reference: 'IH-2024-0007' })).toContain('IH-2024-0007');
    expect(texts.review.deadlinePassed({ date: '25/10/2024', mailbox: 'ikm@iom.int' })).toContain('25/10/2024');
    expect(texts.review.missing({ count: 2 })).toContain('2');
    expect(texts.review.outOfDate.length).toBeGreaterThan(0);
  });
});

it('the three languages differ (nothing left untranslated)', () => {
  for (const field of FIELD_IDS) {
    expect(fr.fields[field].hint).not.toBe(en.fields[field].hint);
    expect(es.fields[field].hint).not.toBe(en.fields[field].hint);
  }
  for (const code of PROBLEM_CODES) {
    const params = { field: 'X', min: '1', max: '2', count: '3', value: 'v' };
    expect(fr.problems[code](params)).not.toBe(en.problems[code](params));
    expect(es.problems[code](params)).not.toBe(en.problems[code](params));
  }
});

describe('wording the applicant trial read', () => {
  it('counts one complete section of six in Spanish as "1 de 6 secciones está completa"', () => {
    expect(messages('es').ideaForm.discard.note({ done: 1, total: 6 })).toContain('1 de 6 secciones está completa');
  });
});

describe('a moved seat in French', () => {
  it('names the calendar entry of a session whatever its gender ("le webinaire", "la clinique")', () => {
    const text = messages('fr').sessions.move.moved({ from: 'Webinaire A', fromWhen: 'lun.', to: 'Clinique B', toWhen: 'mar.', button: 'X' });
    expect(text).toContain('y marque cette session comme annulée');
    expect(text).not.toMatch(/l’y marque|supprimez-la/);
  });
});
