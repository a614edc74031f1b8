import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { type LocatedYaml, readContentYaml } from '../content-files/read-yaml';
import { z } from 'zod';
import { friendlyErrors } from '../content-files/zod-messages';
import { type CallConfig, MILESTONES } from '../call/call-schema';
import { formatPath } from '../call/load-call';
import { frenchTypography } from '../i18n/typography';

/**
 * The FAQ knowledge base: `content/faq/<topic>.yaml`, one file per topic, written and edited by IKM
 * without touching code (the format is described in `content/faq/README.md`).
 *
 * The zod schemas below are the single source of truth for what a file may contain. Answers never
 * repeat a fact that the call file owns (amounts, duration, dates, lists): they name it with a
 * placeholder such as `{funding.max}` or `{ideaDeadline}`, filled at answer time from the
 * `CallConfig` by `render-answer.ts`. The set of placeholders is fixed (`KNOWN_PLACEHOLDERS`, plus
 * the item placeholders described at `ITEM_PLACEHOLDER_LISTS`); anything else is a load error.
 */

/** The documents an answer can cite: the call page, the Hub's launch news release, IKM's summary. */
export const SOURCE_DOCUMENTS = ['call-page', 'launch-news', 'call-facts'] as const;
export type SourceDocument = (typeof SOURCE_DOCUMENTS)[number];

/** Limits that keep entries chat-sized and useful for matching. */
export const FAQ_LIMITS = {
  minQuestions: 3,
  maxQuestions: 6,
  maxQuestionChars: 200,
  maxAnswerChars: 700,
  maxSectionChars: 80,
  maxTags: 12,
  maxRelated: 6,
} as const;

/** Placeholders for milestones: `{ideaDeadline}`, `{ideaDeadline.date}`, `.time`, `.relative`. */
const MILESTONE_PLACEHOLDER_DOCS: Record<string, string> = Object.fromEntries(
  MILESTONES.flatMap(({ id, kind }) => [
    [id, `the ${id} date followed by where it stands, e.g. "25 October 2024 (in 12 days)"${kind === 'deadline' ? ' or "25 October 2024 (closed)"' : ' or "23 September 2024 (20 days ago)"'}`],
    [`${id}.date`, `the ${id} date alone, e.g. "25 October 2024"`],
    [`${id}.time`, `the local time of ${id} in the call's time zone, e.g. "23:59"`],
    [`${id}.relative`, `where ${id} stands, alone: "today", "tomorrow", "in 12 days", ${kind === 'deadline' ? '"closed"' : '"yesterday", "20 days ago"'}`],
  ]),
);

/**
 * Every fixed placeholder an answer may use, with what it becomes (English examples from the 2024
 * call). Texts from the call come in the reader's language; dates are counted in the call's zone.
 */
export const KNOWN_PLACEHOLDERS: Readonly<Record<string, string>> = {
  'funding.min': 'smallest grant per project, with its currency, e.g. "US$50,000"',
  'funding.max': 'largest grant per project, with its currency, e.g. "US$80,000"',
  currency: 'ISO code of the funding currency, e.g. "USD"',
  maxDuration: 'longest project duration in words, e.g. "12 months"',
  maxDurationMonths: 'longest project duration as a bare number of months, e.g. "12"',
  submissionLanguage: 'the language ideas and proposals are accepted in, inside a sentence, e.g. "English" ("anglais", "inglés")',
  mailbox: 'the IKM mailbox, e.g. "ikm@iom.int"',
  unit: 'the unit that runs the call, e.g. "Innovation and Knowledge Management (IKM) unit"',
  callTitle: 'the title of the call, e.g. "IOM Innovation Hub: call for innovative ideas 2024"',
  timeZone: 'the time zone the dates are given in, e.g. "Europe/Zurich"',
  ...MILESTONE_PLACEHOLDER_DOCS,
  objectives: 'the strategic objectives, numbered: "(1) Saving lives…; (2) …; (3) …"',
  priorities: 'the cross-cutting priorities, numbered: "(1) Gender, diversity and youth empowerment; (2) …"',
  criteria: 'the innovation criteria: "Novelty; Effectiveness; …"',
  groups: 'the groups the call pays attention to, as a sentence list: "young people, indigenous people, women, …"',
  submitters: 'who may submit, as a sentence list: "IOM country office, IOM regional office and department at IOM Headquarters"',
  proposalChecklist: 'what a full proposal comprises, as "My proposal" lists it, numbered: "(1) The full proposal document (PDF, Word or Excel); (2) …"',
};

/**
 * Item placeholders: one item of a call list by its id, e.g. `{objectives.saving-lives.title}` or
 * `{criteria.novelty.description}`. Fields: `title`, `description`. The list name maps to the
 * call file's list; the id must exist in the call (checked when `loadKnowledgeBase` gets the call).
 */
export const ITEM_PLACEHOLDER_LISTS = {
  objectives: 'strategicObjectives',
  priorities: 'crossCuttingPriorities',
  criteria: 'innovationCriteria',
} as const satisfies Record<string, keyof CallConfig>;
export type ItemPlaceholderList = keyof typeof ITEM_PLACEHOLDER_LISTS;
export const ITEM_PLACEHOLDER_FIELDS = ['title', 'description'] as const;
export type ItemPlaceholderField = (typeof ITEM_PLACEHOLDER_FIELDS)[number];

/** What a placeholder name refers to. */
export type Placeholder =
  | { kind: 'fixed'; name: string }
  | { kind: 'item'; name: string; list: ItemPlaceholderList; id: string; field: ItemPlaceholderField };

const ITEM_PLACEHOLDER = /^(objectives|priorities|criteria)\.([a-z0-9]+(?:-[a-z0-9]+)*)\.(title|description)$/;

/** The meaning of a placeholder name (without braces), or `undefined` when it is not one. */
export function parsePlaceholder(name: string): Placeholder | undefined {
  if (Object.hasOwn(KNOWN_PLACEHOLDERS, name)) return { kind: 'fixed', name };
  const item = ITEM_PLACEHOLDER.exec(name);
  if (!item) return undefined;
  return {
    kind: 'item',
    name,
    list: item[1] as ItemPlaceholderList,
    id: item[2],
    field: item[3] as ItemPlaceholderField,
  };
}

/** `{name}` in an answer. Names hold no spaces or braces. */
export const PLACEHOLDER_PATTERN = /\{([^{}\s]*)\}/g;

/** The placeholder names in a text, in order, and what is wrong with its braces. */
export function scanPlaceholders(text: string): { names: string[]; problems: string[] } {
  const names = [...text.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]);
  const problems: string[] = [];
  for (const name of names) {
    if (!parsePlaceholder(name)) {
      problems.push(`uses the unknown placeholder {${name}} (see the list in content/faq/README.md)`);
    }
  }
  if (/[{}]/.test(text.replace(PLACEHOLDER_PATTERN, ''))) {
    problems.push('has a "{" or "}" that is not part of a placeholder such as {funding.max}');
  }
  return { names, problems };
}

const slugMessage = 'must be lower-case letters and digits joined by hyphens, e.g. funding-amount';
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, slugMessage);
const text = z.string().trim().min(1, 'must not be empty');

/** Text shown as written (questions, section names): braces would not be filled, so none allowed. */
const plainText = (max: number) =>
  text
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !/[{}]/.test(value), 'must not contain "{" or "}": placeholders are only filled in answers');

/** An answer: chat-sized, placeholders known. */
const answerText = text
  .max(FAQ_LIMITS.maxAnswerChars, `must be at most ${FAQ_LIMITS.maxAnswerChars} characters (keep answers to 1-4 sentences)`)
  .superRefine((value, ctx) => {
    for (const message of scanPlaceholders(value).problems) ctx.addIssue({ code: z.ZodIssueCode.custom, message });
  });

/** A list without repeats (compared without case and surrounding spaces). */
function distinct<T extends z.ZodTypeAny>(list: z.ZodArray<T>, noun: string) {
  return list.superRefine((items: unknown[], ctx) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      if (typeof item !== 'string') return;
      const key = item.trim().toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [index],
          message: `repeats the ${noun} ${JSON.stringify(item)} already given at [${first}]`,
        });
      }
    });
  });
}

/** One value per language the assistant speaks; all three required, nothing else; French set as French is. */
function perLanguage<T extends z.ZodType<string> | z.ZodType<string[]>>(value: T) {
  const french = value.transform((text: z.output<T>) =>
    (Array.isArray(text) ? text.map(frenchTypography) : frenchTypography(text as string)) as z.output<T>,
  );
  return z.object({ en: value, fr: french, es: value }).strict();
}

const questionList = distinct(
  z
    .array(plainText(FAQ_LIMITS.maxQuestionChars))
    .min(FAQ_LIMITS.minQuestions, `must give at least ${FAQ_LIMITS.minQuestions} ways of asking`)
    .max(FAQ_LIMITS.maxQuestions, `must give at most ${FAQ_LIMITS.maxQuestions} ways of asking`),
  'question',
);

/** Lower case (matching folds case anyway; one spelling keeps the lists readable), single spaces. */
const tag = z
  .string()
  .max(40, 'must be at most 40 characters')
  .regex(/^(?!.*\p{Lu})(?!.*\s\s)\S(?:.*\S)?$/u, 'must be lower-case words with single spaces, e.g. budget or cross-cutting');

/** One question and its answer, as written in a topic file. */
/** The menu entries an answer may open (see `opens`). */
export const FAQ_OPENS = ['eligibility', 'idea', 'sessions', 'language', 'proposal', 'timeZone', 'myData', 'reminders'] as const;

export const faqEntrySchema = z
  .object({
    /** Unique across all files; used in `related`, in feedback records and in logs. */
    id: slug,
    /** Where the answer comes from, shown as "Source: <document>, <section>". */
    source: z
      .object({
        document: z.enum(SOURCE_DOCUMENTS),
        section: perLanguage(plainText(FAQ_LIMITS.maxSectionChars)),
      })
      .strict(),
    /** Search words (in any language) that are not already in the questions. */
    tags: distinct(z.array(tag).min(1, 'must give at least one tag').max(FAQ_LIMITS.maxTags), 'tag'),
    /** How people really ask, per language; used to match the user's question. */
    questions: perLanguage(questionList),
    /** 1-4 sentences per language, with placeholders for every fact owned by the call file. */
    answer: perLanguage(answerText),
    /** Ids of entries offered as "Related questions"; each must exist. */
    related: distinct(z.array(slug).max(FAQ_LIMITS.maxRelated), 'related id').default([]),
    /**
     * The entry that answers its topic as a whole (all the objectives, the key dates, the idea
     * deadline as "the" deadline): when a question matches it and narrower entries about as well
     * ("quels sont les objectifs", "date limite"), it wins.
     */
    broad: z.boolean().default(false),
    /**
     * The assistant's own menu entry the answer sends people to ("Choose 'Clinics and workshops' in
     * the menu"): its card has that entry's button, so that asking to book is one press from booking.
     */
    opens: z.enum(FAQ_OPENS).optional(),
  })
  .strict();

/** A topic file: `content/faq/<topic>.yaml`. */
export const faqFileSchema = z
  .object({
    /** The topic's id; must be the file name without `.yaml`. */
    topic: slug,
    entries: z.array(faqEntrySchema).min(1, 'must list at least one entry'),
  })
  .strict();

/** An entry as the program sees it: validated, with the topic of its file. */
export type FaqEntry = z.output<typeof faqEntrySchema> & { topic: string };
export type FaqFile = z.input<typeof faqFileSchema>;

/** The whole FAQ, loaded and checked. */
export interface KnowledgeBase {
  /** Topic ids in file-name order. */
  topics: readonly string[];
  /** Every entry, topic by topic, in file order. */
  entries: readonly FaqEntry[];
  byId: ReadonlyMap<string, FaqEntry>;
}

/** One thing wrong with the FAQ: which file, where in it (dotted path), and what. */
export interface FaqProblem {
  file: string;
  /** e.g. `entries[2].answer.fr`; `(file)` for the whole file. */
  path: string;
  message: string;
  /** 1-based line in the file, when the place can be found. */
  line?: number;
}

/** Thrown when the FAQ cannot be used; the message lists every problem, one per line. */
export class KnowledgeBaseError extends Error {
  constructor(
    readonly directory: string,
    readonly problems: FaqProblem[],
  ) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    const lines = problems.map((p) => `  - ${p.file}: ${p.path}: ${p.message}${p.line ? ` [line ${p.line}]` : ''}`);
    super(`The FAQ in ${directory} cannot be used (${count}):\n${lines.join('\n')}`);
    this.name = 'KnowledgeBaseError';
  }
}

/** Options of `loadKnowledgeBase`. */
export interface LoadOptions {
  /**
   * The call the answers will be rendered with. When given, item placeholders such as
   * `{objectives.saving-lives.title}` must name items of this call; pass it at start-up so that a
   * renamed objective is a start-up error, not a failed answer.
   */
  call?: CallConfig;
}

/** A file read and parsed, with what is needed to point at lines. */
interface ReadFile {
  file: string;
  raw: unknown;
  /** The file with where each node stands, read on first use (`readContentYaml`). */
  located: () => LocatedYaml;
}

/**
 * Reads every `*.yaml` file of `directory`, validates each against `faqFileSchema`, then checks
 * across files: ids unique, `related` ids exist and are not the entry itself, no two entries share
 * a question, item placeholders exist in the call (when `options.call` is given). Synchronous: it
 * runs once, at start-up.
 * @throws KnowledgeBaseError listing every problem with its file, path and line.
 */
export function loadKnowledgeBase(directory: string, options: LoadOptions = {}): KnowledgeBase {
  const problems: FaqProblem[] = [];
  let names: string[];
  try {
    names = readdirSync(directory)
      .filter((name) => name.endsWith('.yaml'))
      .sort();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new KnowledgeBaseError(directory, [{ file: directory, path: '(directory)', message: `cannot be read: ${reason}` }]);
  }
  if (names.length === 0) {
    throw new KnowledgeBaseError(directory, [
      { file: directory, path: '(directory)', message: 'holds no .yaml file; write at least one topic file' },
    ]);
  }

  const topics: string[] = [];
  const entries: FaqEntry[] = [];
  /** What the checks across files need, read from every entry as written, valid or not. */
  const written: WrittenEntry[] = [];

  for (const name of names) {
    const read = readYaml(directory, name, problems);
    if (!read) continue;
    const topic = name.slice(0, -'.yaml'.length);
    const report = (path: ReadonlyArray<string | number>, message: string, atKey = false) =>
      problems.push(problemAt(read, path, message, atKey));

    const parsed = faqFileSchema.safeParse(read.raw, { errorMap: friendlyErrors });
    if (parsed.success) {
      entries.push(...parsed.data.entries.map((entry) => ({ ...entry, topic })));
    } else {
      for (const issue of parsed.error.issues) {
        if (issue.code === z.ZodIssueCode.unrecognized_keys) {
          for (const key of issue.keys) {
            report([...issue.path, key], 'is not a field of a FAQ file (check the spelling, or remove it)', true);
          }
        } else {
          report(issue.path, issue.message);
        }
      }
    }
    if (isRecord(read.raw) && typeof read.raw.topic === 'string' && read.raw.topic !== topic) {
      report(['topic'], `must be the file name without .yaml ("${topic}"); found "${read.raw.topic}"`);
    }
    topics.push(topic);
    const rawEntries = isRecord(read.raw) && Array.isArray(read.raw.entries) ? read.raw.entries : [];
    rawEntries.forEach((raw, index) => written.push(readWritten(raw, read, index)));
  }

  problems.push(...crossFileProblems(written, options.call));
  if (problems.length > 0) throw new KnowledgeBaseError(directory, problems);
  return { topics, entries, byId: new Map(entries.map((entry) => [entry.id, entry])) };
}

/**
 * An entry as written, reduced to what the checks across files use. Each part is taken only when
 * it has the right type, so that an entry with a problem of its own (reported by the schema) is
 * still checked for the rest: every problem is listed in one go.
 */
interface WrittenEntry {
  read: ReadFile;
  index: number;
  id?: string;
  related: Array<{ position: number; id: string }>;
  questions: Array<{ language: string; position: number; text: string }>;
  answers: Array<{ language: string; text: string }>;
}

function readWritten(raw: unknown, read: ReadFile, index: number): WrittenEntry {
  const entry: WrittenEntry = { read, index, related: [], questions: [], answers: [] };
  if (!isRecord(raw)) return entry;
  if (typeof raw.id === 'string' && slug.safeParse(raw.id).success) entry.id = raw.id;
  if (Array.isArray(raw.related)) {
    raw.related.forEach((id, position) => {
      if (typeof id === 'string') entry.related.push({ position, id });
    });
  }
  for (const language of ['en', 'fr', 'es']) {
    const questions = isRecord(raw.questions) ? raw.questions[language] : undefined;
    if (Array.isArray(questions)) {
      questions.forEach((text, position) => {
        if (typeof text === 'string') entry.questions.push({ language, position, text });
      });
    }
    const answer = isRecord(raw.answer) ? raw.answer[language] : undefined;
    if (typeof answer === 'string') entry.answers.push({ language, text: answer });
  }
  return entry;
}

/**
 * Checks across files: ids unique, `related` ids exist and are not the entry itself, no question
 * leads to two entries, item placeholders name items of the call (when given).
 */
function crossFileProblems(written: WrittenEntry[], call: CallConfig | undefined): FaqProblem[] {
  const problems: FaqProblem[] = [];
  const ids = new Set(written.flatMap((entry) => (entry.id === undefined ? [] : [entry.id])));
  const firstWithId = new Map<string, WrittenEntry>();
  const questionOwners = new Map<string, WrittenEntry>();

  for (const entry of written) {
    const at = (path: ReadonlyArray<string | number>, message: string) =>
      problems.push(problemAt(entry.read, ['entries', entry.index, ...path], message, false));

    if (entry.id !== undefined) {
      const first = firstWithId.get(entry.id);
      if (first) at(['id'], `repeats the id "${entry.id}" already used in ${first.read.file} entries[${first.index}]`);
      else firstWithId.set(entry.id, entry);
    }

    for (const { position, id } of entry.related) {
      if (id === entry.id) at(['related', position], 'names the entry itself; list other entries only');
      else if (!ids.has(id)) at(['related', position], `names "${id}", which is not the id of any entry`);
    }

    for (const { language, position, text } of entry.questions) {
      const key = `${language}:${text.trim().toLowerCase()}`;
      const owner = questionOwners.get(key);
      if (!owner) questionOwners.set(key, entry);
      else if (owner !== entry) {
        const name = owner.id === undefined ? `${owner.read.file} entries[${owner.index}]` : `entry "${owner.id}"`;
        at(['questions', language, position], `is also a question of ${name}; each question must lead to one answer`);
      }
    }

    if (call) {
      for (const { language, text } of entry.answers) {
        for (const problem of missingCallItems(text, call)) at(['answer', language], problem);
      }
    }
  }
  return problems;
}

/** Item placeholders in `text` whose id the call does not have, as problem messages. */
export function missingCallItems(text: string, call: CallConfig): string[] {
  const problems: string[] = [];
  for (const name of scanPlaceholders(text).names) {
    const placeholder = parsePlaceholder(name);
    if (placeholder?.kind !== 'item') continue;
    const list = call[ITEM_PLACEHOLDER_LISTS[placeholder.list]];
    if (!list.some((item) => item.id === placeholder.id)) {
      const ids = list.map((item) => item.id).join(', ');
      problems.push(`uses {${name}}, but the call has no ${placeholder.list} item "${placeholder.id}" (it has: ${ids})`);
    }
  }
  return problems;
}

function readYaml(directory: string, name: string, problems: FaqProblem[]): ReadFile | undefined {
  let text: string;
  try {
    text = readFileSync(join(directory, name), 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ file: name, path: '(file)', message: `cannot be read: ${reason}` });
    return undefined;
  }
  const read = readContentYaml(text);
  if (!read.ok) {
    for (const error of read.errors) problems.push({ file: name, path: '(YAML)', message: error.message, line: error.line });
    return undefined;
  }
  return { file: name, raw: read.raw, located: read.located };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problemAt(read: ReadFile, path: ReadonlyArray<string | number>, message: string, atKey: boolean): FaqProblem {
  const line = lineOf(read, path, atKey);
  return line === undefined
    ? { file: read.file, path: formatPath(path), message }
    : { file: read.file, path: formatPath(path), message, line };
}

/** The line of the node at `path` (of its key when `atKey`), or of its nearest existing parent. */
function lineOf(read: ReadFile, path: ReadonlyArray<string | number>, atKey: boolean): number | undefined {
  const { doc, lineCounter } = read.located();
  if (atKey && path.length > 0) {
    const parent = doc.getIn(path.slice(0, -1), true);
    if (YAML.isMap(parent)) {
      const pair = parent.items.find((item) => YAML.isScalar(item.key) && item.key.value === path[path.length - 1]);
      const range = pair && YAML.isNode(pair.key) ? pair.key.range : undefined;
      if (range) return lineCounter.linePos(range[0]).line;
    }
  }
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
    if (YAML.isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

