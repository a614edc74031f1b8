import type {
  DetectedLanguage,
  FieldId,
  ProblemCode,
  ProblemParamsByCode,
  SectionId,
  WarningCode,
  WarningParamsByCode,
} from '../../ideas';

/**
 * The idea form in English: section titles, field labels and hints, problems, warnings, progress
 * and review. Fields, limits and codes come from `src/ideas`; only their words are here.
 *
 * Parameters arrive formatted for the reader (amounts "USD 50,000", dates "15 January 2025",
 * counts "1,750"), except `count`/`number`/`total` used to choose a plural or a position, which stay
 * numbers.
 */

/**
 * The limits any field label may show, formatted. The bot fills all four from the field's
 * definition (`maxChars`, `maxWords`, `min`, `max`), with '' for a limit the field does not have;
 * each label uses only its own.
 */
export type FieldLabelParams = { maxChars: string; maxWords: string; min: string; max: string };

/** The words of one field. */
export type FieldTexts = {
  /** Short name used inside problem and warning sentences and on the review card. */
  name: string;
  /** The question as the card shows it, with its limits. */
  label: (p: FieldLabelParams) => string;
  /** One line under the label: what a good answer says. */
  hint: string;
};

/** A problem's text receives the field's name and the problem's parameters, formatted as strings. */
export type ProblemTextParams<C extends ProblemCode> = { field: string } & (ProblemParamsByCode[C] extends Record<
  string,
  never
>
  ? unknown
  : { [K in keyof ProblemParamsByCode[C]]: string });

/** A warning's text: the field's name and the warning's parameters (`detected` as a language name). */
/** `several`: `field` names several fields ("The problem and the solution"). */
export type WarningTextParams<C extends WarningCode> = { field: string; several?: boolean } & {
  [K in keyof WarningParamsByCode[C]]: string;
};

const sections: Record<SectionId, { title: string; intro: string }> = {
  idea: { title: 'The idea', intro: 'Give your idea a name and link it to the objectives of the call.' },
  office: { title: 'Who submits', intro: 'The IOM office that submits the idea, and the person IKM should contact.' },
  solution: { title: 'Problem and solution', intro: 'The problem you want to solve, your answer to it, and what is new.' },
  people: { title: 'People', intro: 'Who will benefit, and how they take part.' },
  results: {
    title: 'Results and sustainability',
    intro: 'What will change, how it will last, and how it could grow.',
  },
  budget: { title: 'Budget and timing', intro: 'How much seed funding you need, for how long, and when you would start.' },
};

const fields: Record<FieldId, FieldTexts> = {
  title: {
    name: 'Title',
    label: (p) => `Title of the idea (up to ${p.maxChars} characters)`,
    hint: 'A short name that says what the idea does.',
  },
  objectives: {
    name: 'Strategic objectives',
    label: () => 'Strategic objectives the idea serves (at least one)',
    hint: 'Choose every objective of the IOM Strategic Plan your idea contributes to.',
  },
  priorities: {
    name: 'Cross-cutting priorities',
    label: () => 'Cross-cutting priorities (optional)',
    hint: 'Priorities help rank ideas: choose only those your idea really addresses.',
  },
  officeType: {
    name: 'Type of office',
    label: () => 'Who is submitting?',
    hint: 'Only IOM offices can submit; HQ departments do so with a country or regional office.',
  },
  officeName: {
    name: 'Office',
    label: (p) => `Name of the office or department (up to ${p.maxChars} characters)`,
    hint: 'For example: IOM Uganda.',
  },
  countryOrRegion: {
    name: 'Country or region',
    label: (p) => `Country or region (up to ${p.maxChars} characters)`,
    hint: 'Where the idea would be carried out.',
  },
  coordinatingOffice: {
    name: 'Coordinating office',
    label: (p) => `Country or regional office you work with (up to ${p.maxChars} characters)`,
    hint: 'HQ departments submit together with the relevant country or regional office.',
  },
  focalPointName: {
    name: 'Focal point',
    label: (p) => `Name of the focal point (up to ${p.maxChars} characters)`,
    hint: 'The person IKM will contact about this idea.',
  },
  focalPointEmail: {
    name: 'E-mail of the focal point',
    label: () => 'E-mail address of the focal point',
    hint: 'Preferably an @iom.int address.',
  },
  problem: {
    name: 'The problem',
    label: (p) => `The problem (up to ${p.maxWords} words)`,
    hint: 'What problem do migrants, communities or IOM face, and who is affected?',
  },
  solution: {
    name: 'The solution',
    label: (p) => `Your solution (up to ${p.maxWords} words)`,
    hint: 'What will you do, how will it work, and for whom?',
  },
  novelty: {
    name: 'What is new',
    label: (p) => `What is new about it (up to ${p.maxWords} words)`,
    hint: 'How does it differ from what already exists?',
  },
  beneficiaryGroups: {
    name: 'Groups who benefit',
    label: () => 'Who will benefit (at least one group)',
    hint: 'Choose the groups your idea pays particular attention to.',
  },
  otherGroup: {
    name: 'Other group',
    label: (p) => `Which other group? (up to ${p.maxChars} characters)`,
    hint: 'Name the diverse or vulnerable group you mean by "other".',
  },
  participation: {
    name: 'Participation and accessibility',
    label: (p) => `Participation and accessibility (up to ${p.maxWords} words)`,
    hint: 'How will the people it serves shape the idea and reach it, whatever their place, income, gender or abilities?',
  },
  results: {
    name: 'Expected results',
    label: (p) => `Expected results and how you will measure them (up to ${p.maxWords} words)`,
    hint: 'What will change during the project, and which indicators will show it?',
  },
  sustainability: {
    name: 'Sustainability and do no harm',
    label: (p) => `Sustainability and do no harm (up to ${p.maxWords} words)`,
    hint: 'How will it last beyond the seed funding, and how will you avoid harm to people and the environment?',
  },
  scaling: {
    name: 'Potential to scale',
    label: (p) => `Potential to scale (up to ${p.maxWords} words)`,
    hint: 'Where else could it work, and which barriers to scaling do you expect?',
  },
  partners: {
    name: 'Partners',
    label: (p) => `Partners (optional, up to ${p.maxWords} words)`,
    hint: 'Governments, companies, universities or community organisations involved, if any.',
  },
  budgetUsd: {
    name: 'Budget',
    label: (p) => `Seed funding requested (${p.min} to ${p.max})`,
    hint: 'One whole amount for the whole project, for example 60000.',
  },
  durationMonths: {
    name: 'Duration',
    label: (p) => `Duration in months (${p.min} to ${p.max})`,
    hint: 'How long the project would run.',
  },
  plannedStart: {
    name: 'Planned start',
    label: (p) => `Planned start date (${p.min} to ${p.max})`,
    hint: 'Projects can start once funding is announced.',
  },
};

const problems: { [C in ProblemCode]: (p: ProblemTextParams<C>) => string } = {
  required: (p) => `${p.field}: please fill this in.`,
  atLeastOne: (p) => `${p.field}: please choose at least one.`,
  wrongType: (p) => `${p.field}: I could not read this answer. Please enter it again.`,
  tooLong: (p) => `${p.field} is too long: ${p.count} characters for a limit of ${p.max}.`,
  tooManyWords: (p) => `${p.field} has ${p.count} words; the limit is ${p.max}. Please shorten it.`,
  noWords: (p) => `${p.field} has no words in it, only symbols or emoji: please write it out.`,
  notANumber: (p) => `${p.field}: please write a number in digits.`,
  notAWholeNumber: (p) => `${p.field}: please write a whole number, without decimals.`,
  belowMin: (p) => `${p.field} must be at least ${p.min}.`,
  aboveMax: (p) => `${p.field} can be at most ${p.max}.`,
  notAnEmail: (p) => `${p.field}: this does not look like an e-mail address (for example name@iom.int).`,
  notADate: (p) => `${p.field}: please give a date written year-month-day${p.example ? `, such as ${p.example}` : ''}.`,
  dateTooEarly: (p) => `${p.field} cannot be before ${p.min}.`,
  dateTooLate: (p) => `${p.field} cannot be after ${p.max}.`,
  unknownOption: (p) => `${p.field}: "${p.value}" is not one of the options. Please choose from the list.`,
};

const warnings: { [C in WarningCode]: (p: WarningTextParams<C>) => string } = {
  notEnglish: (p) =>
    `${p.field}: ${p.several ? 'the texts seem' : 'the text seems'} to be written in ${p.detected}. The Hub accepts ideas in English only: ${p.several ? 'they are saved, but please translate them' : 'it is saved, but please translate it'} before you submit.`,
  notIomAddress: (p) =>
    `${p.field} ends in @${p.domain}, not @iom.int. That is fine if it is correct: IKM will write to this address.`,
};

/** Names of the languages the English-only check can detect. */
const languageNames: Record<DetectedLanguage, string> = {
  fr: 'French',
  es: 'Spanish',
  pt: 'Portuguese',
  ar: 'Arabic',
  ru: 'Russian',
  uk: 'Ukrainian',
  it: 'Italian',
  de: 'German',
  tr: 'Turkish',
};

export const ideaForm = {
  sections,
  fields,
  problems,
  warnings,
  languageNames,

  /** Marks beside a label. */
  required: 'Required',
  optional: 'Optional',
  /** Under a long text: how much of the limit is used. */
  wordsUsed: (p: { count: string; max: string }) => `${p.count} of ${p.max} words`,

  actions: {
    saveAndContinue: 'Save and continue',
    back: 'Back',
    review: 'Review my idea',
    edit: 'Edit',
    submit: 'Submit my idea',
  },

  progress: {
    section: (p: { number: number; total: number; title: string }) => `Section ${p.number} of ${p.total}: ${p.title}`,
    fieldsLeft: (p: { count: number; number: number }) =>
      p.count === 1 ? `1 field left in section ${p.number}.` : `${p.count} fields left in section ${p.number}.`,
    sectionComplete: (p: { number: number }) => `Section ${p.number} is complete.`,
    allComplete: 'Every section is complete: you can review and submit your idea.',
    allCompleteWithWarnings: (p: { count: number }) =>
      `Every section is complete, but ${p.count === 1 ? '1 answer has a warning' : `${p.count} answers have a warning`} (⚠ below): check ${p.count === 1 ? 'it' : 'them'} before you submit. You can still submit as it is.`,
    started: 'Let us write your idea. Your answers are saved after each section, so you can stop and come back at any time.',
    resumed: (p: { number: number; title: string }) =>
      `Welcome back! Your draft is saved. Let us go on with section ${p.number}: ${p.title}.`,
    saved: 'Saved.',
    savedWithProblems: (p: { count: number }) =>
      p.count === 1
        ? 'Saved, except one answer that needs a fix:'
        : `Saved, except ${p.count} answers that need a fix:`,
  },

  discard: {
    question: (p: { title: string }) => (p.title ? `Discard your draft "${p.title}"?` : 'Discard your draft?'),
    note: (p: { done: number; total: number }) =>
      `${p.done === 0 ? `None of the ${p.total} sections is filled in yet` : `${p.done} of ${p.total} sections ${p.done === 1 ? 'is' : 'are'} filled in`}. Everything in the draft is deleted and cannot be brought back; "my idea" then starts a new one.`,
    yes: 'Yes, discard it',
    no: 'No, keep it',
    textHint: 'To discard it, type "discard my draft now".',
    none: 'You have no draft to discard. Type "my idea" to start one.',
    submitted: (p: { reference: string; mailbox: string }) =>
      `Your idea is submitted (${p.reference}), so it cannot be discarded here: to withdraw it, write to ${p.mailbox} with its reference.`,
    changed: 'Your draft changed since that card (or is gone): nothing was discarded. Type "discard my draft" again if you still want to.',
    done: 'Your draft is discarded. Type "my idea" to start a new one.',
    kept: 'Your draft is kept as it was. Type "my idea" to go on with it.',
  },

  review: {
    title: 'Review your idea',
    intro: 'This is your idea as IKM will receive it. Check it, then submit.',
    editSection: (p: { title: string }) => `Edit "${p.title}"`,
    saveOpenSectionFirst: (p: { title: string }) => `You have "${p.title}" open: press its "Save and continue" first (what is unchanged is kept), then submit from the review. Nothing was submitted.`,
    notAnswered: 'Not answered',
    finalNote: 'Once submitted, the idea can no longer be changed.',
    warningsTitle: 'Worth a second look',
    missing: (p: { count: number }) =>
      p.count === 1 ? '1 answer is missing or needs a fix:' : `${p.count} answers are missing or need a fix:`,
    submitted: (p: { reference: string; mailbox: string }) =>
      `Thank you! Your idea was submitted as ${p.reference}, and the IKM unit has received it. Please quote this reference in any message to IKM (${p.mailbox}).`,
    alreadySubmitted: (p: { reference: string }) => `This idea was already submitted as ${p.reference}. Nothing more to do.`,
    /** "my idea" once the team has been told it is shortlisted. */
    shortlisted: 'It is on the shortlist: "My proposal" shows what the full proposal needs and when it is due.',
    readOnly: (p: { reference: string }) => `Your idea was submitted as ${p.reference} and can no longer be changed.`,
    /** A reference typed that is not the person's own idea: nothing is said of it, not even whether it exists. */
    notYours: (p: { reference: string; mailbox: string }) =>
      `I can show you only the idea you submitted yourself, and ${p.reference} is not it. For another idea, ask the person who submitted it, or IKM (${p.mailbox}).`,
    outOfDate: 'This card is out of date: your draft changed after it was shown. Here is the latest version.',
    /** A section's Save pressed on an older card: shown again with what was typed, nothing saved yet. */
    outOfDateKept: (p: { title: string; button: string }) =>
      `That card was older than your draft, so nothing was saved yet. Here is "${p.title}" again with what you typed: check it and press "${p.button}".`,
    deadlinePassed: (p: { date: string; mailbox: string }) =>
      `The idea deadline passed on ${p.date}, so ideas can no longer be submitted. For questions, write to ${p.mailbox}.`,
    notOpen: (p: { date: string }) => `Ideas can be submitted from ${p.date}. Your draft is kept until then.`,
    noDraft: 'You have no idea in progress yet. Type "my idea" to start one.',
  },
};
