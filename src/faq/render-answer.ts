import type { CallConfig, CallLanguage, MilestoneId } from '../call/call-schema';
import { calendarDaysUntil, zoneName } from '../time-zone';
import { MILESTONES, milestoneDate } from '../call/call-schema';
import { localPartsOf } from '../call/local-time';
import { isReached, milestoneZone } from '../call/timeline';
import { faq as en, type FaqTexts } from '../i18n/en/faq';
import { faq as es } from '../i18n/es/faq';
import { faq as fr } from '../i18n/fr/faq';
import { LOCALES } from '../i18n/format';
import {
  type FaqEntry,
  ITEM_PLACEHOLDER_LISTS,
  PLACEHOLDER_PATTERN,
  parsePlaceholder,
} from './knowledge-base';

/**
 * Turns a FAQ entry into the text a user reads: placeholders filled from the call, dates told
 * relative to `now` in the call's time zone, in the user's language. Pure: `now` and the
 * formatters come from the caller, so an answer can be rendered for any moment of a cycle.
 */

/**
 * How the bot formats values for the reader's language, e.g. from `src/i18n/format.ts`:
 * `{ date: (d) => formatDate(d, language, call.timeline.timeZone), amount: (n) => formatAmount(n, call.currency, language) }`.
 * Dates must be formatted in the call's time zone, or a deadline at 23:59 could show the next day.
 */
export interface AnswerFormatters {
  /** A calendar date, e.g. "25 October 2024", in `inZone` (default: `zone`). */
  date(d: Date, inZone?: string): string;
  /** The reader's zone (default: the call's): dates, times and "{timeZone}" are given in it. */
  zone?: string;
  /** An amount of the call's currency, with the currency, e.g. "US$50,000". */
  amount(n: number): string;
  /**
   * Milestones IKM has already announced (the shortlist, the funding decisions), which may be
   * before the call's date: "(in 28 days)" beside it would contradict the announcement.
   */
  announced?: ReadonlySet<MilestoneId>;
}

/**
 * The FAQ texts per language. Indexing `documents` by a `SourceDocument` and `languageNames` by a
 * `CallLanguage` below is what makes a missing name a compile error.
 */
const TEXTS: Record<CallLanguage, FaqTexts> = { en, fr, es };

/**
 * The answer of `entry` in `language`, every placeholder filled from `call` at `now`.
 * @throws Error when the answer names a placeholder the call cannot fill (an unknown name, or an
 *   item id the call lacks); `loadKnowledgeBase(dir, { call })` rules both out at start-up.
 */
export function renderAnswer(
  entry: FaqEntry,
  language: CallLanguage,
  call: CallConfig,
  now: Date,
  format: AnswerFormatters,
): string {
  return fillPlaceholders(entry.answer[language], language, call, now, format, `FAQ entry "${entry.id}"`);
}

/** "Source: Innovation Hub call page, What we offer" in `language`. */
export function renderSource(entry: FaqEntry, language: CallLanguage): string {
  const t = TEXTS[language];
  return t.source({ document: t.documents[entry.source.document], section: entry.source.section[language] });
}

/**
 * Any text with FAQ placeholders, filled as in `renderAnswer`.
 * @param where names the text in error messages.
 */
export function fillPlaceholders(
  template: string,
  language: CallLanguage,
  call: CallConfig,
  now: Date,
  format: AnswerFormatters,
  where = 'FAQ text',
): string {
  return template.replace(PLACEHOLDER_PATTERN, (_match, name: string) => {
    const value = placeholderValue(name, language, call, now, format);
    if (value === undefined) throw new Error(`${where} (${language}) uses {${name}}, which the call cannot fill`);
    return value;
  });
}

/** The text of one placeholder, or `undefined` when `name` is not one the call can fill. */
export function placeholderValue(
  name: string,
  language: CallLanguage,
  call: CallConfig,
  now: Date,
  format: AnswerFormatters,
): string | undefined {
  const t = TEXTS[language];
  const placeholder = parsePlaceholder(name);
  if (!placeholder) return undefined;
  if (placeholder.kind === 'item') {
    const item = call[ITEM_PLACEHOLDER_LISTS[placeholder.list]].find((candidate) => candidate.id === placeholder.id);
    return item?.[placeholder.field][language];
  }
  const [head, part] = name.split('.') as [string, string | undefined];
  const milestone = MILESTONES.find((definition) => definition.id === head);
  if (milestone) return milestoneText(milestone.id, part, language, call, now, format);

  switch (name) {
    case 'funding.min':
      return format.amount(call.funding.min);
    case 'funding.max':
      return format.amount(call.funding.max);
    case 'currency':
      return call.currency;
    case 'maxDuration':
      return t.months({ count: call.maxDurationMonths });
    case 'maxDurationMonths':
      return String(call.maxDurationMonths);
    case 'submissionLanguage':
      return t.languageNames[call.submissionLanguage];
    case 'mailbox':
      return call.contact.mailbox;
    case 'unit':
      return call.contact.unit[language];
    case 'callTitle':
      return call.title[language];
    case 'timeZone':
      return zoneName(format.zone ?? call.timeline.timeZone);
    case 'objectives':
      return numberedList(call.strategicObjectives, language);
    case 'priorities':
      return numberedList(call.crossCuttingPriorities, language);
    case 'criteria':
      return call.innovationCriteria.map((criterion) => criterion.title[language]).join(t.listSeparator);
    case 'groups':
      return sentenceList(call.beneficiaryGroups.map((group) => group.label[language]), language);
    case 'submitters':
      return sentenceList(call.eligibleSubmitters.map((kind) => kind.label[language]), language);
    case 'proposalChecklist':
      return call.proposalChecklist.map((item, at) => `(${at + 1}) ${item.label[language]}`).join(t.listSeparator);
    default:
      return undefined;
  }
}

/**
 * Where a milestone stands at `now`, in words: "today", "tomorrow", "in 12 days"; once reached,
 * a deadline is "closed" and a start is "today", "yesterday" or "20 days ago". Days are calendar
 * days in the call's time zone.
 */
export function relativeMilestone(id: MilestoneId, language: CallLanguage, call: CallConfig, now: Date, readerZone = call.timeline.timeZone): string {
  const t = TEXTS[language].relative;
  const definition = MILESTONES.find((candidate) => candidate.id === id)!;
  const at = milestoneDate(call.timeline, id);
  // Counted in the zone the date is given in, so that "(in 3 days)" agrees with the date beside it.
  const days = calendarDaysUntil(at, now, milestoneZone(call.timeline, id, readerZone));
  if (isReached({ at, kind: definition.kind }, now)) {
    if (definition.kind === 'deadline') return t.closed;
    if (days >= 0) return t.today;
    return days === -1 ? t.yesterday : t.daysAgo({ days: -days });
  }
  if (days <= 0) return t.today;
  return days === 1 ? t.tomorrow : t.inDays({ days });
}

function milestoneText(
  id: MilestoneId,
  part: string | undefined,
  language: CallLanguage,
  call: CallConfig,
  now: Date,
  format: AnswerFormatters,
): string | undefined {
  const at = milestoneDate(call.timeline, id);
  const readerZone = format.zone ?? call.timeline.timeZone;
  const zone = milestoneZone(call.timeline, id, readerZone);
  const relative = () => (format.announced?.has(id) ? TEXTS[language].relative.announced : relativeMilestone(id, language, call, now, readerZone));
  switch (part) {
    case undefined:
      return TEXTS[language].relative.withDate({ date: format.date(at, zone), relative: relative() });
    case 'date':
      return format.date(at, zone);
    case 'time': {
      const local = localPartsOf(at, zone);
      return `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
    }
    case 'relative':
      return relative();
    default:
      return undefined;
  }
}

/** "(1) Saving lives…; (2) Driving solutions…" — titles hold "and", so items are split by ";". */
function numberedList(goals: CallConfig['strategicObjectives'], language: CallLanguage): string {
  return [...goals]
    .sort((a, b) => a.number - b.number)
    .map((goal) => `(${goal.number}) ${goal.title[language]}`)
    .join(TEXTS[language].listSeparator);
}

/** "a, b and c" in the language's own way, each label starting lower-case as inside a sentence. */
function sentenceList(labels: string[], language: CallLanguage): string {
  let format = LIST_FORMATS.get(language);
  if (!format) LIST_FORMATS.set(language, (format = new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' })));
  return format.format(labels.map(inSentence));
}

/** One list formatter per language, built once (building one costs more than using it). */
const LIST_FORMATS = new Map<CallLanguage, Intl.ListFormat>();

/** "Young people" -> "young people", but "IOM country office" stays as it is (an acronym). */
function inSentence(label: string): string {
  const [first, second] = [...label];
  if (second !== undefined && second === second.toUpperCase() && second !== second.toLowerCase()) return label;
  return first.toLowerCase() + label.slice(first.length);
}
