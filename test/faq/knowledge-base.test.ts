import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MILESTONES } from '../../src/call/call-schema';
import { loadCallFile } from '../../src/call/load-call';
import {
  FAQ_LIMITS,
  type FaqEntry,
  KNOWN_PLACEHOLDERS,
  type KnowledgeBase,
  KnowledgeBaseError,
  loadKnowledgeBase,
  parsePlaceholder,
  scanPlaceholders,
} from '../../src/faq/knowledge-base';
import { SHIPPED_CALL_PATH, editedCall, thrown } from '../call/call-fixtures';

const FAQ_DIR = join(__dirname, '..', '..', 'content', 'faq');
const LANGUAGES = ['en', 'fr', 'es'] as const;
const call = loadCallFile(SHIPPED_CALL_PATH);

describe('the shipped FAQ (content/faq)', () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = loadKnowledgeBase(FAQ_DIR, { call });
  });

  it('loads at least 45 entries with unique ids, every topic with entries', () => {
    expect(kb.entries.length).toBeGreaterThanOrEqual(45);
    expect(new Set(kb.entries.map((entry) => entry.id)).size).toBe(kb.entries.length);
    expect(kb.byId.size).toBe(kb.entries.length);
    for (const topic of kb.topics) {
      expect(kb.entries.filter((entry) => entry.topic === topic).length).toBeGreaterThan(0);
    }
  });

  it('covers every subject applicants ask about', () => {
    const required = [
      // funding, duration
      'funding-amount', 'funding-use', 'funding-currency', 'funding-outside-range', 'duration-max',
      // who submits, who benefits
      'submit-who', 'submit-hq-department', 'submit-external-organisations', 'submit-migrants-communities',
      'beneficiaries-who', 'beneficiaries-non-member-states', 'beneficiaries-groups',
      // aims, objectives, priorities, criteria
      'aims-overview', 'aim-migrant-innovators', 'aim-migration-governance', 'aim-field-initiatives',
      'objectives-overview', 'objective-saving-lives', 'objective-solutions-displacement', 'objective-regular-pathways',
      'priorities-overview', 'criteria-overview', 'criterion-novelty', 'criterion-effectiveness',
      'criterion-sustainability', 'criterion-accessibility', 'criterion-scaling',
      // language, timeline, submitting, clinics
      'submission-language', 'timeline-overview', 'timeline-launch', 'timeline-idea-deadline', 'timeline-shortlist',
      'timeline-clinics', 'timeline-proposal-deadline', 'timeline-funding-announcement', 'submit-how',
      'submit-full-proposal', 'clinics-what', 'clinics-who',
      // support, INCKED, review, the Hub, examples, resources, contact
      'support-overview', 'support-capacity-building', 'support-networking', 'support-technical',
      'incked-what', 'incked-unicef', 'incked-topics', 'review-process', 'review-committee', 'review-approval',
      'hub-what-is', 'hub-who-runs', 'hub-strategy', 'hub-knowledge-strategy', 'examples-overview',
      'example-e-waste-uganda', 'example-neonatal-nigeria', 'resources-list', 'contact-ikm',
    ];
    const missing = required.filter((id) => !kb.byId.has(id));
    expect(missing).toEqual([]);
  });

  it('gives each milestone its own timeline entry', () => {
    const timeline = kb.entries.filter((entry) => entry.topic === 'timeline' && entry.id !== 'timeline-overview');
    for (const { id } of MILESTONES) {
      const uses = timeline.filter((entry) => placeholdersOf(entry).some((name) => name.split('.')[0] === id));
      expect({ milestone: id, entries: uses.length > 0 }).toEqual({ milestone: id, entries: true });
    }
  });

  it('has every language, 3 to 6 questions each, and answers of 1 to 4 sentences', () => {
    for (const entry of kb.entries) {
      for (const language of LANGUAGES) {
        const where = `${entry.id} (${language})`;
        const count = entry.questions[language].length;
        expect({ where, ok: count >= FAQ_LIMITS.minQuestions && count <= FAQ_LIMITS.maxQuestions }).toEqual({
          where,
          ok: true,
        });
        const sentences = sentenceCount(entry.answer[language]);
        expect({ where, sentences: sentences >= 1 && sentences <= 4 }).toEqual({ where, sentences: true });
        expect(entry.source.section[language].trim()).not.toBe('');
      }
    }
  });

  it('links only to entries that exist, never to itself', () => {
    for (const entry of kb.entries) {
      for (const id of entry.related) {
        expect({ from: entry.id, to: id, exists: kb.byId.has(id) && id !== entry.id }).toEqual({
          from: entry.id,
          to: id,
          exists: true,
        });
      }
    }
  });

  it('uses only known placeholders, and the same ones in every language', () => {
    for (const entry of kb.entries) {
      const perLanguage = LANGUAGES.map((language) => {
        const { names, problems } = scanPlaceholders(entry.answer[language]);
        expect({ id: entry.id, language, problems }).toEqual({ id: entry.id, language, problems: [] });
        return [...new Set(names)].sort();
      });
      expect({ id: entry.id, fr: perLanguage[1], es: perLanguage[2] }).toEqual({
        id: entry.id,
        fr: perLanguage[0],
        es: perLanguage[0],
      });
    }
  });

  it('types no amount, date, time or duration: they come from the call file', () => {
    const offences: string[] = [];
    for (const entry of kb.entries) {
      const texts = LANGUAGES.flatMap((language) => [
        [`answer.${language}`, entry.answer[language]],
        ...entry.questions[language].map((question, i) => [`questions.${language}[${i}]`, question]),
      ]);
      for (const [where, text] of [...texts, ...entry.tags.map((tag, i) => [`tags[${i}]`, tag])]) {
        for (const pattern of TYPED_FACTS) {
          const found = pattern.exec(text);
          if (found) offences.push(`${entry.id} ${where}: "${found[0]}"`);
        }
      }
      for (const language of LANGUAGES) {
        const rest = entry.answer[language].replace(/\{[^{}]*\}/g, '').replace(ALLOWED_NUMBERS, '');
        const digit = /\d+/.exec(rest);
        if (digit) offences.push(`${entry.id} answer.${language}: digits "${digit[0]}"`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('catches typed facts with its patterns (the check above is not vacuous)', () => {
    const samples = [
      'between 50,000 and 80,000',
      'entre 50 000 et 80 000',
      'USD 60000',
      'due 2024-10-25',
      'by 25 October',
      'le 25 octobre',
      'el 25 de octubre',
      'October 25',
      'up to 12 months',
      'jusqu’à 12 mois',
      'hasta 12 meses',
      'at 23:59',
    ];
    for (const sample of samples) {
      expect({ sample, caught: TYPED_FACTS.some((pattern) => pattern.test(sample)) }).toEqual({ sample, caught: true });
    }
    expect('Strategic Plan 2024-2028, UN 2.0, the 2030 Agenda, set up in 2024'.replace(ALLOWED_NUMBERS, '')).not.toMatch(
      /\d/,
    );
  });
});

describe('KNOWN_PLACEHOLDERS', () => {
  it('names the documented set, with date placeholders for every milestone', () => {
    for (const name of ['funding.min', 'funding.max', 'currency', 'maxDuration', 'maxDurationMonths', 'submissionLanguage',
      'mailbox', 'objectives', 'priorities', 'criteria', 'groups', 'submitters']) {
      expect(KNOWN_PLACEHOLDERS).toHaveProperty([name]);
    }
    for (const { id } of MILESTONES) {
      for (const suffix of ['', '.date', '.time', '.relative']) expect(KNOWN_PLACEHOLDERS).toHaveProperty([`${id}${suffix}`]);
    }
  });

  it('reads item placeholders by list, id and field', () => {
    expect(parsePlaceholder('criteria.novelty.description')).toEqual({
      kind: 'item',
      name: 'criteria.novelty.description',
      list: 'criteria',
      id: 'novelty',
      field: 'description',
    });
    expect(parsePlaceholder('objectives.saving-lives.summary')).toBeUndefined();
    expect(parsePlaceholder('groups.youth.title')).toBeUndefined();
    expect(parsePlaceholder('ideaDeadline.weekday')).toBeUndefined();
  });

  it('reports unknown names and stray braces', () => {
    expect(scanPlaceholders('Up to {funding.max} by {deadline}').problems).toEqual([
      'uses the unknown placeholder {deadline} (see the list in content/faq/README.md)',
    ]);
    expect(scanPlaceholders('Up to {funding.max}}').problems).toEqual([
      'has a "{" or "}" that is not part of a placeholder such as {funding.max}',
    ]);
    expect(scanPlaceholders('{ funding.max }').problems).toHaveLength(1);
  });
});

describe('loadKnowledgeBase with broken files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'faq-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

  it('loads a small valid FAQ', () => {
    write('funding.yaml', topicFile('funding', [entryYaml('funding-amount', { related: '[duration-max]' })]));
    write('duration.yaml', topicFile('duration', [entryYaml('duration-max')]));
    const kb = loadKnowledgeBase(dir);
    expect(kb.topics).toEqual(['duration', 'funding']);
    expect(kb.entries.map((entry) => [entry.topic, entry.id])).toEqual([
      ['duration', 'duration-max'],
      ['funding', 'funding-amount'],
    ]);
    expect(kb.byId.get('duration-max')?.related).toEqual([]);
  });

  it('lists every problem of every file at once, with file, path and line', () => {
    write(
      'funding.yaml',
      topicFile('money', [
        // No French answer, an unknown placeholder, a stray brace in Spanish, a typo'd field.
        entryYaml('funding-amount', {
          answer: '{ en: "Up to {funding.maximum}.", es: "Hasta {funding.max}}." }',
          extra: 'relatd: [duration-max]',
        }),
        // Two questions only, an unknown document, a related id that does not exist, itself.
        entryYaml('funding-use', {
          document: 'website',
          questions: '{ en: ["Q1 use?", "Q2 use?"], fr: ["Q1 fr use?", "Q2 fr use?", "Q3 fr use?"], es: ["Q1 es use?", "Q2 es use?", "Q3 es use?"] }',
          related: '[funding-use, no-such-entry]',
        }),
        entryYaml('funding-currency'),
      ]),
    );
    // An id and a question also used in funding.yaml, an id that is not kebab-case.
    write(
      'duration.yaml',
      topicFile('duration', [
        entryYaml('funding-currency', { questionPrefix: 'other ' }),
        entryYaml('duration-max', {
          questions: questionsYaml('duration-max').replace('"Q1 en duration-max?"', '"Q1 en funding-currency?"'),
        }),
        entryYaml('Duration_Max'),
      ]),
    );
    write('broken.yaml', 'topic: broken\nentries:\n  - id: [unclosed\n');
    write('notes.txt', 'not a topic file, ignored');

    const error = thrown(() => loadKnowledgeBase(dir));
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    const problems = (error as KnowledgeBaseError).problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    // Files in name order; in each, the schema's problems, then the checks across files.
    expect(problems).toEqual([
      expect.stringMatching(/^broken\.yaml: \(YAML\): /),
      'duration.yaml: entries[2].id: must be lower-case letters and digits joined by hyphens, e.g. funding-amount',
      'funding.yaml: entries[0].answer.en: uses the unknown placeholder {funding.maximum} (see the list in content/faq/README.md)',
      'funding.yaml: entries[0].answer.fr: is missing',
      'funding.yaml: entries[0].answer.es: has a "{" or "}" that is not part of a placeholder such as {funding.max}',
      'funding.yaml: entries[0].relatd: is not a field of a FAQ file (check the spelling, or remove it)',
      'funding.yaml: entries[1].source.document: must be one of call-page, launch-news, call-facts (found "website")',
      'funding.yaml: entries[1].questions.en: must give at least 3 ways of asking',
      'funding.yaml: topic: must be the file name without .yaml ("funding"); found "money"',
      // An entry with problems of its own is still checked across files.
      'funding.yaml: entries[1].related[0]: names the entry itself; list other entries only',
      'funding.yaml: entries[1].related[1]: names "no-such-entry", which is not the id of any entry',
      'funding.yaml: entries[2].id: repeats the id "funding-currency" already used in duration.yaml entries[0]',
      'funding.yaml: entries[2].questions.en[0]: is also a question of entry "duration-max"; each question must lead to one answer',
    ]);
    expect((error as KnowledgeBaseError).problems.every((p) => p.line === undefined || p.line > 0)).toBe(true);
    const line = (error as KnowledgeBaseError).problems.find((p) => p.path === 'entries[1].source.document')?.line;
    expect(readFileSync(join(dir, 'funding.yaml'), 'utf8').split('\n')[line! - 1]).toContain('website');
    expect(error.message).toMatch(/^The FAQ in .* cannot be used \(\d+ problems\):\n {2}- /);
  });

  it('reports an id used in two files', () => {
    write('a.yaml', topicFile('a', [entryYaml('same-id')]));
    write('b.yaml', topicFile('b', [entryYaml('same-id', { questionPrefix: 'other' })]));
    const error = thrown(() => loadKnowledgeBase(dir)) as KnowledgeBaseError;
    expect(error.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`)).toEqual([
      'b.yaml: entries[0].id: repeats the id "same-id" already used in a.yaml entries[0]',
    ]);
  });

  it('checks item placeholders against the call when it is given', () => {
    write(
      'objectives.yaml',
      topicFile('objectives', [entryYaml('objective-one', { answer: answerYaml('{objectives.saving-lives.title}') })]),
    );
    expect(() => loadKnowledgeBase(dir, { call })).not.toThrow();
    const renamed = editedCall([[['strategicObjectives', 0, 'id'], 'save-lives']]);
    const error = thrown(() => loadKnowledgeBase(dir, { call: renamed })) as KnowledgeBaseError;
    expect(error.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`)).toEqual(
      LANGUAGES.map(
        (language) =>
          `objectives.yaml: entries[0].answer.${language}: uses {objectives.saving-lives.title}, but the call has no objectives item "saving-lives" (it has: save-lives, solutions-to-displacement, regular-pathways)`,
      ),
    );
  });

  it('refuses an empty directory and a missing one', () => {
    expect(thrown(() => loadKnowledgeBase(dir)).message).toContain('holds no .yaml file');
    expect(thrown(() => loadKnowledgeBase(join(dir, 'missing'))).message).toContain('cannot be read');
  });

  it('refuses a file that is not a topic file', () => {
    mkdirSync(join(dir, 'sub'));
    write('empty.yaml', 'topic: empty\nentries: []\n');
    write('list.yaml', '- just\n- a list\n');
    const error = thrown(() => loadKnowledgeBase(dir)) as KnowledgeBaseError;
    expect(error.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`)).toEqual([
      'empty.yaml: entries: must list at least one entry',
      'list.yaml: (file): must be a set of named fields (found a list)',
    ]);
  });
});

/** Sentences in an answer: ends of sentence followed by a space or the end. */
function sentenceCount(text: string): number {
  return (text.replace(/\{[^{}]*\}/g, 'X').match(/[.!?](?=\s|$)/g) ?? []).length;
}

function placeholdersOf(entry: FaqEntry): string[] {
  return LANGUAGES.flatMap((language) => scanPlaceholders(entry.answer[language]).names);
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
].join('|');

/** Facts owned by the call file, typed by hand. */
const TYPED_FACTS: RegExp[] = [
  /\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+/, // 50,000  50 000  50.000
  /(?:US\$|\$|USD|EUR|€|CHF)\s?\d|\d\s?(?:US\$|\$|USD|EUR|€|CHF|dollars?|dólares|k\b)/i,
  /\b\d{4}-\d{2}(?!\d)/, // 2024-10-25, 2024-10
  new RegExp(`\\b\\d{1,2}(?:er)?\\s+(?:de\\s+)?(?:${MONTHS})\\b`, 'i'), // 25 October, 1er novembre, 25 de octubre
  new RegExp(`\\b(?:${MONTHS})\\s+\\d{1,2}\\b`, 'i'), // October 25
  /\b\d+\s*(?:months?|mois|mes(?:es)?|weeks?|semaines?|semanas?|days?|jours?|días?)\b/i,
  /\b\d{1,2}[:h]\d{2}\b/, // 23:59, 23h59
];

/** Numbers that are names, not call facts: plans and agendas, UN 2.0, the Hub's founding year. */
const ALLOWED_NUMBERS = /\b2024-2028\b|\b2030\b|\b2\.0\b|\b(?:in|en)\s2024\b/g;

/** A topic file with the given entries (YAML). */
function topicFile(topic: string, entries: string[]): string {
  return `topic: ${topic}\nentries:\n${entries.join('')}`;
}

function questionsYaml(id: string, prefix = ''): string {
  const list = (language: string) =>
    `[${[1, 2, 3].map((n) => `"${prefix}Q${n} ${language} ${id}?"`).join(', ')}]`;
  return `{ en: ${list('en')}, fr: ${list('fr')}, es: ${list('es')} }`;
}

function answerYaml(text: string): string {
  return `{ en: "${text}", fr: "${text}", es: "${text}" }`;
}

/** One entry (YAML list item), valid unless a part is replaced. */
function entryYaml(
  id: string,
  parts: { document?: string; questions?: string; answer?: string; related?: string; extra?: string; questionPrefix?: string } = {},
): string {
  const lines = [
    `  - id: ${id}`,
    '    source:',
    `      document: ${parts.document ?? 'call-page'}`,
    '      section: { en: "What we offer", fr: "Ce que nous proposons", es: "Lo que ofrecemos" }',
    '    tags: [test]',
    `    questions: ${parts.questions ?? questionsYaml(id, parts.questionPrefix)}`,
    `    answer: ${parts.answer ?? answerYaml('Between {funding.min} and {funding.max}.')}`,
  ];
  if (parts.related) lines.push(`    related: ${parts.related}`);
  if (parts.extra) lines.push(`    ${parts.extra}`);
  return `${lines.join('\n')}\n`;
}
