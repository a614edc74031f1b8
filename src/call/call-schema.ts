import { z } from 'zod';
import { frenchTypography } from '../i18n/typography';
import {
  formatLocalDateTime,
  isKnownTimeZone,
  type MilestoneKind,
  readLocalParts,
  toInstant,
} from './local-time';

/**
 * The call for ideas of one cycle, as IKM writes it in `content/call-<id>.yaml`.
 *
 * This schema is the single source of truth for what a call file contains. Everything that talks
 * about the call (eligibility, the idea form, FAQ answers, clinics, reminders) reads the parsed
 * `CallConfig`, never the YAML and never a literal copied into code.
 *
 * Dates: every milestone in `timeline` is written in local time in `timeline.timeZone`, either as a
 * plain date (`2024-10-25`) or as a date-time to the minute (`2024-10-25T23:59`). Parsing turns
 * them into UTC `Date`s:
 * - starts (launch, shortlistAnnouncement, clinicsWindow.opens, fundingAnnouncement) happen at the
 *   first millisecond of the written minute; a plain date means 00:00 that day;
 * - deadlines (ideaDeadline, clinicsWindow.closes, proposalDeadline) include the whole written
 *   minute, so the stored instant is its last millisecond (`23:59` -> 23:59:59.999 local); a plain
 *   date means the end of that day (the same instant as `T23:59`).
 * Hence "too late" is `now > deadline` and "has started" is `now >= start` (see `timeline.ts`).
 */

/** The languages the assistant speaks; every text in the call file is given in all three. */
export const CALL_LANGUAGES = ['en', 'fr', 'es'] as const;
export type CallLanguage = (typeof CALL_LANGUAGES)[number];

const text = z.string().trim().min(1, 'must not be empty');

/**
 * A text in English, French and Spanish, the French set as French is (`frenchTypography`); not
 * the English given in its place (a session IKM wrote in English only), which stays as written.
 */
export const multilingualTextSchema = z
  .object({ en: text, fr: text, es: text })
  .strict()
  .transform((given) => (given.fr === given.en ? given : { ...given, fr: frenchTypography(given.fr) }));
export type MultilingualText = z.output<typeof multilingualTextSchema>;

/** A stable machine name, used in stored records and card data: `country-office`, `novelty`. */
const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by hyphens, e.g. country-office');

/** A list of entries with unique `id`s (and unique `number`s when entries have one). */
function uniqueList<T extends z.ZodTypeAny>(item: T, noun: string) {
  return z
    .array(item)
    .min(1, `must list at least one ${noun}`)
    .superRefine((entries, ctx) => {
      for (const field of ['id', 'number'] as const) {
        const seen = new Map<unknown, number>();
        entries.forEach((entry: unknown, index) => {
          if (typeof entry !== 'object' || entry === null || !(field in entry)) return;
          const value = (entry as Record<string, unknown>)[field];
          if (value === undefined) return;
          const first = seen.get(value);
          if (first === undefined) {
            seen.set(value, index);
          } else {
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              path: [index, field],
              message: `repeats ${field} ${JSON.stringify(value)} already used by entry [${first}]`,
            });
          }
        });
      }
    });
}

/** Who may submit: an IOM country office, a regional office, or an HQ department. */
export const submitterKindSchema = z
  .object({
    id: slug,
    label: multilingualTextSchema,
    /** True for HQ departments: they submit in coordination with a country or regional office. */
    needsCoordinatingOffice: z.boolean().default(false),
  })
  .strict();
export type SubmitterKind = z.output<typeof submitterKindSchema>;

/** A numbered goal with a title and a short description (strategic objectives, priorities). */
export const numberedGoalSchema = z
  .object({
    id: slug,
    number: z.number().int().positive(),
    title: multilingualTextSchema,
    description: multilingualTextSchema,
  })
  .strict();
export type NumberedGoal = z.output<typeof numberedGoalSchema>;
export type StrategicObjective = NumberedGoal;
export type CrossCuttingPriority = NumberedGoal;

/** A selection criterion: title and one-line description. */
export const innovationCriterionSchema = z
  .object({
    id: slug,
    title: multilingualTextSchema,
    description: multilingualTextSchema,
  })
  .strict();
export type InnovationCriterion = z.output<typeof innovationCriterionSchema>;

/** A group the call pays particular attention to. */
export const beneficiaryGroupSchema = z
  .object({
    id: slug,
    label: multilingualTextSchema,
    /** True for a catch-all such as "other groups": the idea form asks which group is meant. */
    needsDetail: z.boolean().default(false),
  })
  .strict();
export type BeneficiaryGroup = z.output<typeof beneficiaryGroupSchema>;

/** What a full proposal needs: a document to hand in, or something the team confirms it has done. */
export const proposalItemSchema = z
  .object({
    id: slug,
    label: multilingualTextSchema,
    /** `document`: done when the team hands in its proposal file; `confirm`: the team ticks it. */
    kind: z.enum(['document', 'confirm']),
  })
  .strict();
export type ProposalItem = z.output<typeof proposalItemSchema>;

/** Someone whose approval a funding decision records (the 2024 call: the DDG for Operations and the Director of DAPC). */
export const fundingApproverSchema = z
  .object({
    id: slug,
    title: multilingualTextSchema,
  })
  .strict();
export type FundingApprover = z.output<typeof fundingApproverSchema>;

export const contactSchema = z
  .object({
    mailbox: z.string().trim().email('must be an e-mail address such as ikm@iom.int'),
    /** The unit that runs the call, e.g. the Innovation and Knowledge Management (IKM) unit. */
    unit: multilingualTextSchema,
    /** How many working days IKM usually takes to answer a question sent from the assistant. */
    answerWithinWorkingDays: z
      .number()
      .int('must be a whole number of working days')
      .min(1, 'must be at least 1 working day')
      .max(30, 'must be at most 30 working days'),
  })
  .strict();
export type CallContact = z.output<typeof contactSchema>;

/** Names of the dated milestones, in the order they happen. */
export type MilestoneId =
  | 'launch'
  | 'ideaDeadline'
  | 'shortlistAnnouncement'
  | 'clinicsOpen'
  | 'clinicsClose'
  | 'proposalDeadline'
  | 'fundingAnnouncement';

/** Where a milestone is written below `timeline` in the call file. */
export type MilestonePath =
  | readonly ['launch' | 'ideaDeadline' | 'shortlistAnnouncement' | 'proposalDeadline' | 'fundingAnnouncement']
  | readonly ['clinicsWindow', 'opens' | 'closes'];

/** How a milestone sits in the timeline and in the call file. */
export interface MilestoneDefinition {
  id: MilestoneId;
  /** Where it is written in the call file, below `timeline`. */
  path: MilestonePath;
  kind: MilestoneKind;
  /** How it must relate to the milestone before it: strictly later, or later or at the same instant. */
  afterPrevious: 'strictly' | 'or-same';
}

/**
 * The milestones in time order, with the ordering rule the file must follow:
 * launch < ideaDeadline < shortlistAnnouncement <= clinicsWindow.opens < clinicsWindow.closes
 * <= proposalDeadline < fundingAnnouncement.
 */
export const MILESTONES: readonly MilestoneDefinition[] = [
  { id: 'launch', path: ['launch'], kind: 'start', afterPrevious: 'strictly' },
  { id: 'ideaDeadline', path: ['ideaDeadline'], kind: 'deadline', afterPrevious: 'strictly' },
  { id: 'shortlistAnnouncement', path: ['shortlistAnnouncement'], kind: 'start', afterPrevious: 'strictly' },
  { id: 'clinicsOpen', path: ['clinicsWindow', 'opens'], kind: 'start', afterPrevious: 'or-same' },
  { id: 'clinicsClose', path: ['clinicsWindow', 'closes'], kind: 'deadline', afterPrevious: 'strictly' },
  { id: 'proposalDeadline', path: ['proposalDeadline'], kind: 'deadline', afterPrevious: 'or-same' },
  { id: 'fundingAnnouncement', path: ['fundingAnnouncement'], kind: 'start', afterPrevious: 'strictly' },
];

/**
 * A milestone date as written: checked for spelling here, for its zone in the timeline. Accepts any
 * input and reports problems without aborting, so that the order of the other milestones is still
 * checked when one of them is malformed.
 */
const localDateText = z.custom<string>().superRefine((value, ctx) => {
  const parts = readLocalParts(value);
  if (!parts.ok) ctx.addIssue({ code: z.ZodIssueCode.custom, message: parts.problem });
});

const timeZoneSchema = z.custom<string>().superRefine((value, ctx) => {
  if (!isKnownTimeZone(value)) {
    const found = value === undefined ? 'is missing' : `${JSON.stringify(value)} is not one`;
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `must be an IANA time zone name such as Europe/Zurich (${found})`,
    });
  }
});

const timelineFileSchema = z
  .object({
    /** IANA zone in which every date below is written, e.g. Europe/Zurich (IOM HQ, Geneva). */
    timeZone: timeZoneSchema,
    launch: localDateText,
    ideaDeadline: localDateText,
    shortlistAnnouncement: localDateText,
    clinicsWindow: z.object({ opens: localDateText, closes: localDateText }).strict(),
    proposalDeadline: localDateText,
    fundingAnnouncement: localDateText,
  })
  .strict();
type TimelineFile = z.output<typeof timelineFileSchema>;

function writtenValue(timeline: TimelineFile, definition: MilestoneDefinition): string {
  return definition.path.length === 1
    ? timeline[definition.path[0]]
    : timeline.clinicsWindow[definition.path[1]];
}

function pathName(definition: MilestoneDefinition): string {
  return ['timeline', ...definition.path].join('.');
}

/**
 * Zone-aware checks (times skipped by daylight saving, milestone order) and the conversion to UTC.
 * Spelling problems were already reported field by field, so they are skipped here rather than
 * repeated; order is checked between the milestones that could be read.
 */
export const timelineSchema = timelineFileSchema
  .superRefine((timeline, ctx) => {
    if (!isKnownTimeZone(timeline.timeZone)) return;
    let previous: { definition: MilestoneDefinition; at: Date; written: string } | undefined;
    let strict = false;
    for (const definition of MILESTONES) {
      strict = strict || definition.afterPrevious === 'strictly';
      const written = writtenValue(timeline, definition);
      const parts = readLocalParts(written);
      if (!parts.ok) continue;
      const at = toInstant(parts.value, timeline.timeZone, definition.kind);
      if (!at.ok) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [...definition.path], message: at.problem });
        continue;
      }
      if (previous) {
        const wrong = strict ? at.value <= previous.at : at.value < previous.at;
        if (wrong) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [...definition.path],
            message: `must be ${strict ? 'after' : 'on or after'} ${pathName(previous.definition)} (${previous.written}); found ${written}`,
          });
        }
      }
      previous = { definition, at: at.value, written };
      strict = false;
    }
  })
  .transform((timeline) => {
    const instant = (definition: MilestoneDefinition): Date => {
      const parsed = readLocalParts(writtenValue(timeline, definition));
      const at = parsed.ok ? toInstant(parsed.value, timeline.timeZone, definition.kind) : parsed;
      // Unreachable: the checks above reject every value that would fail here.
      if (!at.ok) throw new Error(`${pathName(definition)}: ${at.problem}`);
      return at.value;
    };
    const [launch, ideaDeadline, shortlistAnnouncement, opens, closes, proposalDeadline, fundingAnnouncement] =
      MILESTONES.map(instant);
    return {
      timeZone: timeline.timeZone,
      launch,
      ideaDeadline,
      shortlistAnnouncement,
      clinicsWindow: { opens, closes },
      proposalDeadline,
      fundingAnnouncement,
    };
  });
export type CallTimeline = z.output<typeof timelineSchema>;

const fundingSchema = z
  .object({
    min: z.number().int('must be a whole number').positive('must be more than 0'),
    max: z.number().int('must be a whole number').positive('must be more than 0'),
  })
  .strict()
  .superRefine((funding, ctx) => {
    if (funding.min > funding.max) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['max'],
        message: `must be at least funding.min (${funding.min}); found ${funding.max}`,
      });
    }
  });

/** The call file. `z.input` of it is what the YAML holds; `z.output` is `CallConfig`. */
export const callSchema = z
  .object({
    /**
     * The cycle's short name, used in reference numbers (IH-<id>-0007) and stored records.
     * `2024` in the file is accepted as a number and kept as the text "2024".
     */
    id: z.preprocess(
      (value) => (typeof value === 'number' ? String(value) : value),
      z.string().regex(/^[A-Za-z0-9]+$/, 'must be letters and digits only, e.g. 2025'),
    ),
    title: multilingualTextSchema,
    /** ISO 4217 code of the funding amounts. */
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as USD'),
    /** Seed funding per selected project, in `currency`, inclusive bounds. */
    funding: fundingSchema,
    maxDurationMonths: z.number().int('must be a whole number').min(1).max(60),
    /** The language ideas and proposals must be written in (the 2024 call: English only). */
    submissionLanguage: z.enum(CALL_LANGUAGES),
    eligibleSubmitters: uniqueList(submitterKindSchema, 'kind of submitter'),
    /** An idea must serve at least one of these. */
    strategicObjectives: uniqueList(numberedGoalSchema, 'strategic objective'),
    /** Used to rank projects. */
    crossCuttingPriorities: uniqueList(numberedGoalSchema, 'cross-cutting priority'),
    /** What the selection looks at. */
    innovationCriteria: uniqueList(innovationCriterionSchema, 'innovation criterion'),
    beneficiaryGroups: uniqueList(beneficiaryGroupSchema, 'beneficiary group'),
    /** The checklist of a full proposal (shortlisted teams see it in "My proposal"). */
    proposalChecklist: uniqueList(proposalItemSchema, 'proposal checklist item').optional().default([]),
    /** Whose approval a "funded" decision needs; none listed: a decision records no approval. */
    fundingApprovers: uniqueList(fundingApproverSchema, 'funding approver').optional().default([]),
    contact: contactSchema,
    timeline: timelineSchema,
  })
  .strict();

/** The call as the rest of the program sees it: validated, with UTC `Date`s. */
export type CallConfig = z.output<typeof callSchema>;
/** The call as written in the YAML file (dates as local text). */
export type CallFileData = z.input<typeof callSchema>;

/** The instant of a milestone in a parsed timeline. */
export function milestoneDate(timeline: CallTimeline, id: MilestoneId): Date {
  switch (id) {
    case 'launch':
      return timeline.launch;
    case 'ideaDeadline':
      return timeline.ideaDeadline;
    case 'shortlistAnnouncement':
      return timeline.shortlistAnnouncement;
    case 'clinicsOpen':
      return timeline.clinicsWindow.opens;
    case 'clinicsClose':
      return timeline.clinicsWindow.closes;
    case 'proposalDeadline':
      return timeline.proposalDeadline;
    case 'fundingAnnouncement':
      return timeline.fundingAnnouncement;
  }
}

/** The milestone definition by id. */
export function milestoneDefinition(id: MilestoneId): MilestoneDefinition {
  const definition = MILESTONES.find((candidate) => candidate.id === id);
  if (!definition) throw new Error(`unknown milestone ${id}`);
  return definition;
}

/**
 * The file form of a parsed call: the inverse of `callSchema`, with every date written back as local
 * text in the call's zone. Parsing the result gives back an equal `CallConfig`.
 */
export function toCallFileData(call: CallConfig): CallFileData {
  const { timeline } = call;
  const write = (id: MilestoneId) =>
    formatLocalDateTime(milestoneDate(timeline, id), timeline.timeZone, milestoneDefinition(id).kind);
  return {
    ...call,
    timeline: {
      timeZone: timeline.timeZone,
      launch: write('launch'),
      ideaDeadline: write('ideaDeadline'),
      shortlistAnnouncement: write('shortlistAnnouncement'),
      clinicsWindow: { opens: write('clinicsOpen'), closes: write('clinicsClose') },
      proposalDeadline: write('proposalDeadline'),
      fundingAnnouncement: write('fundingAnnouncement'),
    },
  };
}
