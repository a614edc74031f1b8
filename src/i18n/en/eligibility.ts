/**
 * The eligibility check and the innovation self-check in English.
 *
 * Parameters arrive already formatted: amounts with their currency, dates in the call's zone,
 * submitter kinds and objectives as their labels from the call, languages as `languageNames`.
 * Counts and months stay numbers so a text can choose singular or plural.
 * Rule texts are keyed by the codes of `src/eligibility/rules.ts`; every code has a `reason`, and
 * every code that is not a pass also has a `fix`.
 */

const months = (n: number) => (n === 1 ? '1 month' : `${n} months`);

/** Formatted params of the rule codes (raw values in `src/eligibility/rules.ts`). */
type Kind = { submitterKind: string };
type Budget = { amount: string; min: string; max: string };
type Gap = { gap: string };
type Duration = { months: number; maxMonths: number };
type Languages = { language: string; required: string };

export const eligibility = {
  closed: (p: { date: string; mailbox: string }) =>
    `Ideas for this call closed on ${p.date}, so there is nothing left to check. Questions about the call go to ${p.mailbox}; type "menu" for what I can still do.`,
  title: 'Eligibility check',
  intro: 'A few quick questions to see whether your idea fits this call. Nothing is submitted.',

  questions: {
    submitter: {
      prompt: 'Who will submit the idea?',
      /** The option for anyone who is not an IOM office; the other options are the call's own labels. */
      notIom: 'Someone else: a partner, government, NGO or individual',
    },
    coordinatingOffice: {
      prompt: 'HQ departments submit together with a country or regional office. Which office are you working with?',
      placeholder: 'e.g. IOM Uganda',
      skip: 'Not agreed yet',
      retry: (p: { field: string; min: number; max: number }) => `${p.field}: please type the office's name (${p.min} to ${p.max} characters).`,
    },
    objectives: {
      prompt: 'Which strategic objectives does the idea serve? Choose all that apply.',
      noneOfThese: 'None of these',
      retry: (p: { field: string }) => `${p.field}: please choose from the list, or "None of these".`,
    },
    budget: {
      prompt: (p: { min: string; max: string; currency: string }) =>
        `How much funding will you ask for, in ${p.currency}? The call funds ${p.min} to ${p.max} per project.`,
      placeholder: 'e.g. 60000',
      retry: (p: { field: string }) => `${p.field}: please type a whole amount in digits, such as 60000.`,
      /** A whole amount past any sum a call funds: told with this call's range (the check reads it as no answer). */
      tooHigh: (p: { field: string; amount: string; min: string; max: string }) =>
        `${p.field}: ${p.amount} is far more than this call funds (${p.min} to ${p.max} per project). Please type the amount you will ask for.`,
    },
    duration: {
      prompt: (p: { maxMonths: number }) => `How many months will the project run? The limit is ${months(p.maxMonths)}.`,
      placeholder: 'e.g. 12',
      retry: (p: { field: string }) => `${p.field}: please type a whole number of months in digits, such as 12.`,
      /**
       * A number of months past any project's length (more than ten years). Anything up to that is
       * an answer: past the call's limit, the result says what to change.
       */
      tooLong: (p: { field: string; months: string; maxMonths: number }) =>
        `${p.field}: ${p.months} months is more than ten years, and the call's limit is ${months(p.maxMonths)}. Please type how many months the project will run.`,
    },
    /** A choice left empty (or not one of the options). */
    chooseOne: (p: { field: string }) => `${p.field}: please choose one of the options.`,
    language: {
      prompt: 'Which language will you write the submission in?',
      options: { en: 'English', fr: 'French', es: 'Spanish', other: 'Another language' },
    },
  },

  /** A language inside a sentence ("write it in English"). */
  languageNames: { en: 'English', fr: 'French', es: 'Spanish', other: 'another language' },

  /** Row titles of the result card, one per rule. */
  ruleNames: {
    submitter: 'Who submits',
    coordination: 'Coordinating office',
    objectives: 'Strategic objectives',
    budget: 'Budget',
    duration: 'Duration',
    language: 'Language',
    deadline: 'Deadline',
  },
  outcomeLabels: { pass: 'OK', fixable: 'To change', fail: 'Not possible' },
  fixLabel: 'What to do',

  overall: {
    eligible: { title: 'Your idea fits this call', summary: 'All checks pass. You can start the idea form.' },
    'not-yet': { title: 'Not yet', summary: 'Some answers need changing; each one can be fixed. See what to do below.' },
    'not-eligible': {
      title: 'Not eligible for this call',
      summary: 'At least one check cannot be met in this call. See why below.',
    },
  },
  contact: (p: { unit: string; mailbox: string }) => `Questions? Write to the ${p.unit} at ${p.mailbox}.`,

  /**
   * One entry per rule code. Each function receives all the formatted params of its code (see the
   * types above), whether or not the English sentence uses them.
   */
  rules: {
    'submitter.iom-office': {
      reason: (p: Kind) => `${p.submitterKind}: can submit to this call.`,
    },
    'submitter.not-iom': {
      reason: (_p: Kind) =>
        'Only IOM offices can submit ideas to the Hub; partners, governments, NGOs and individuals cannot submit directly.',
      fix: (_p: Kind) => 'Take the idea to an IOM country or regional office and ask them to submit it.',
    },
    'submitter.unknown-kind': {
      reason: (p: Kind) => `"${p.submitterKind}" is not among the offices this call accepts.`,
      fix: (_p: Kind) => 'Choose again from the kinds of office listed for this call.',
    },
    'coordination.not-needed': {
      reason: (_p: Kind) => 'No coordinating office is needed.',
    },
    'coordination.named': {
      reason: (p: Kind & { coordinatingOffice: string }) => `Working with: ${p.coordinatingOffice}.`,
    },
    'coordination.missing': {
      reason: (p: Kind) =>
        `${p.submitterKind}: the idea goes in together with a country or regional office, and none is named yet.`,
      fix: (_p: Kind) => 'Agree with the relevant country or regional office, then give its name.',
    },
    'objectives.chosen': {
      reason: (p: { objectives: string; count: number }) =>
        p.count === 1 ? `Serves one objective: ${p.objectives}.` : `Serves ${p.count} objectives: ${p.objectives}.`,
    },
    'objectives.none': {
      reason: (_p: { available: string }) => 'No strategic objective chosen: every idea must serve at least one.',
      fix: (p: { available: string }) => `Choose at least one: ${p.available}.`,
    },
    'objectives.unknown': {
      reason: (p: { unknown: string; available: string }) => `Not objectives of this call: ${p.unknown}.`,
      fix: (p: { unknown: string; available: string }) => `Choose again from this call's objectives: ${p.available}.`,
    },
    'budget.within': {
      reason: (p: Budget) => `${p.amount} is within the range of ${p.min} to ${p.max}.`,
    },
    'budget.too-low': {
      reason: (p: Budget & Gap) => `${p.amount} is ${p.gap} below the minimum of ${p.min}.`,
      fix: (p: Budget & Gap) => `Plan a request between ${p.min} and ${p.max}.`,
    },
    'budget.too-high': {
      reason: (p: Budget & Gap) => `${p.amount} is ${p.gap} above the maximum of ${p.max}.`,
      fix: (p: Budget & Gap) => `Bring the request within ${p.min} to ${p.max}, for example by narrowing the scope.`,
    },
    'duration.within': {
      reason: (p: Duration) => `${months(p.months)}, within the limit of ${months(p.maxMonths)}.`,
    },
    'duration.too-long': {
      reason: (p: Duration & { overMonths: number }) =>
        `${months(p.months)} is ${months(p.overMonths)} over the limit of ${months(p.maxMonths)}.`,
      fix: (p: Duration & { overMonths: number }) => `Plan the project to finish within ${months(p.maxMonths)}.`,
    },
    'language.matches': {
      reason: (p: Languages) => `Written in ${p.required}, the language of this call.`,
    },
    'language.other': {
      reason: (p: Languages) => `This call accepts submissions in ${p.required} only.`,
      fix: (p: Languages) => `Write the idea, and later the proposal, in ${p.required}.`,
    },
    'deadline.open': {
      reason: (p: { deadline: string }) => `Ideas are accepted until ${p.deadline}.`,
    },
    'deadline.not-yet-open': {
      reason: (p: { opensOn: string; deadline: string }) => `The call is not open yet: it opens on ${p.opensOn}.`,
      fix: (p: { opensOn: string; deadline: string }) => `Come back from ${p.opensOn}; ideas are due by ${p.deadline}.`,
    },
    'deadline.closed': {
      reason: (p: { closedOn: string }) => `The call for ideas closed on ${p.closedOn}.`,
      fix: (_p: { closedOn: string }) => 'Keep the idea for a future call; the IKM unit can tell you when the next one opens.',
    },
  },

  selfAssessment: {
    title: 'Innovation self-check',
    intro: (p: { count: number }) =>
      `Optional: ${p.count} short questions on what the selection looks at. Your answers do not change the eligibility result.`,
    answers: { yes: 'Yes', partly: 'Partly', no: 'No' },
    strengths: { strong: 'Strong', developing: 'Developing', weak: 'Weak', unanswered: 'Not answered' },
    /** Texts for the criteria known today (by id); any other criterion of a call uses `generic`. */
    criteria: {
      novelty: {
        question: 'Is your approach new, rather than a copy of what is already done?',
        feedback: {
          yes: 'Say what exists today and what your approach does differently: reviewers look for that contrast.',
          partly: 'Pin down the part that is new, compare it with what IOM and others already do, and build the idea around it.',
          no: 'A known approach can still be new if the setting or the users are; say what changes. If nothing does, rethink the idea.',
        },
      },
      effectiveness: {
        question: 'Will it bring a clear, measurable improvement over how things are done now?',
        feedback: {
          yes: 'Back it with a starting figure and one or two indicators you will measure during the project.',
          partly: 'Pick one result you can measure within the project period, and say how you will measure it.',
          no: 'Say what will be better than today, for whom and by how much; without that, the idea cannot be judged.',
        },
      },
      sustainability: {
        question: 'Can it go on after the seed funding ends, without harming people or the environment?',
        feedback: {
          yes: 'Name who will run and pay for it after the project, and the risks of harm you checked.',
          partly: 'Sketch how it continues (owner, money, partners) and list possible harms with how you will avoid them.',
          no: 'Plan for after the funding, such as a partner or a budget line, and check the idea harms no one and not the environment.',
        },
      },
      'accessibility-participation': {
        question: 'Can everyone it targets use it, whatever their place, income, gender or situation, and do they help shape it?',
        feedback: {
          yes: 'Describe how the people it serves shaped the idea and how you remove barriers to access.',
          partly: 'Plan how users take part in design and testing, and lower the barriers some face: cost, distance, language, disability.',
          no: 'Involve the intended users early, and design for those hardest to reach.',
        },
      },
      'transformation-scaling': {
        question: 'Could it work in other places or sectors, and do you know what would stop it from growing?',
        feedback: {
          yes: 'Name where it could go next and how you will get past the barriers to scale.',
          partly: 'List what it needs to work elsewhere and the main barrier to scale, with a first step to overcome it.',
          no: 'Look beyond the pilot: where else could it help, and what would have to change for it to spread?',
        },
      },
    },
    /** For a criterion without its own texts: its title and description come from the call. */
    generic: {
      question: (p: { title: string; description: string }) => `${p.title}: ${p.description} Does your idea do this?`,
      feedback: {
        yes: 'A strength. Show it with facts in the idea form.',
        partly: 'Partly there. Say what is missing and how you will close the gap.',
        no: 'Not yet. Work on this before you submit; the selection looks at it.',
      },
    },
    /** Beside its title and \"Not answered\", which say the rest. */
    unanswered: 'Think it through before you write the idea.',
    summary: (p: { strong: number; total: number }) => `${p.strong} of ${p.total} criteria look strong.`,
  },

  closing: {
    offer: 'Your answers can fill the first part of the idea form.',
    /** Said instead of the offer to someone whose idea is in already (or once the idea deadline has passed). */
    checksPass: 'All checks pass.',
    submitted: (p: { reference: string }) => `Your idea is submitted already, as ${p.reference}: each person submits one idea per call.`,
    ideasClosed: 'The idea deadline has passed, so no new idea can be started.',
    startIdeaForm: 'Start my idea with these answers',
    selfAssessment: 'Take the innovation self-check',
    changeAnswers: 'Change my answers',
  },
};
