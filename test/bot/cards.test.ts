import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { draftDiscardSchema, draftKeepSchema, renderDiscardCard } from '../../src/bot/idea-form/draft-discard';
import { renderEligibilityResultCard } from '../../src/bot/eligibility/cards';
import {
  deskSubmitSchemas,
  renderAnnounceFormCard,
  renderDecisionFormCard,
  renderPanelCard,
  renderReferencesCard,
  renderSubmissionCard,
  renderSubmissionsCard,
  renderTeamMessageCard,
} from '../../src/bot/ikm-desk/cards';
import { FormFieldCardData, formCancelSchema, formSubmitSchema, renderFormSectionCard } from '../../src/bot/forms';
import { renderIdeaConfirmationCard, renderIdeaReviewCard } from '../../src/bot/idea-form/cards';
import {
  faqAskIkmCancelSchema,
  faqAskIkmSchema,
  faqAskIkmSendSchema,
  faqFeedbackSchema,
  faqOpenSchema,
  renderAskIkmConfirmCard,
  renderAskIkmOfferCard,
  renderFaqAnswerCard,
  renderIkmTicketCard,
  ticketAddToFaqSchema,
  ticketAnswerSchema,
} from '../../src/bot/questions/cards';
import { eraseAskSchema, eraseConfirmSchema, myDataShowSchema, renderEraseCard, renderMyDataCard } from '../../src/bot/my-data/cards';
import { proposalItemSchema, proposalReplaceSchema, proposalShowSchema, renderProposalCard, renderProposalReplaceCard } from '../../src/bot/proposal/cards';
import { reminderSaveSchema, reminderStopSchema, renderReminderCard, renderReminderSettingsCard } from '../../src/bot/reminders/cards';
import { menuSubmitSchema, renderHelpCard, renderWelcomeCard } from '../../src/bot/home/cards';
import { languageSubmitSchema, renderLanguageCard, renderTimeZoneCard, timeZoneSubmitSchema } from '../../src/bot/person/cards';
import {
  renderSessionAdminCard,
  renderSessionAttendeesCard,
  renderSessionBookingCard,
  renderSessionAdminCancelCard,
  renderSessionCancelConfirmCard,
  renderSessionTopicLimitCard,
  sessionAdminCancelSchema,
  sessionAdminKeepSchema,
  renderSessionCatalogueCard,
  renderSessionMoveCard,
  SESSION_ADMIN_FIELDS,
  SessionAdminCardData,
  sessionAdminSubmitSchema,
  sessionCancelAskSchema,
  sessionCancelKeepSchema,
  sessionCancelSchema,
  sessionDeclineSchema,
  sessionListCardSubmitSchema,
  sessionListSchema,
  sessionMoveCardSubmitSchema,
  sessionMoveSchema,
  sessionRescheduleSchema,
} from '../../src/bot/sessions/cards';

/**
 * Every card template renders with sample data: nothing left unexpanded, every button's data accepted
 * by the schema that validates its submit, every input a key that schema (or its form) reads. A
 * template without a case here fails the last test.
 */

/** Every Action.Submit's data in a rendered card. */
function submitData(card: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Submit') found.push(record.data as Record<string, unknown>);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

const cases: [string, unknown, z.ZodTypeAny][] = [
  [
    'home/welcome',
    renderWelcomeCard({
      title: 'T',
      greeting: 'G',
      intro: 'I',
      callStatus: 'S',
      choose: 'C',
      menu: [
        { item: 'eligibility', label: 'E' },
        { item: 'reminders', label: 'R' },
      ],
      languageLabel: 'L',
      helpLabel: 'H',
    }),
    menuSubmitSchema,
  ],
  ['home/help', renderHelpCard({ title: 'T', lines: ['a', 'b'], menuLabel: 'M' }), menuSubmitSchema],
  [
    'person/language',
    renderLanguageCard({ prompt: 'P', choices: [{ code: 'fr', label: 'Français' }] }),
    languageSubmitSchema,
  ],
];

const sessionItem = {
  sessionId: 'clinic-scaling-1',
  title: 'Clinic',
  kindLabel: 'Clinic',
  topicLabel: 'Scaling',
  when: 'Tue 26 Nov, 09:00–09:45 (America/New_York, UTC−05:00)',
  host: 'With: IKM',
  place: 'Online (Teams)',
  status: '1 seat left',
  statusColor: 'Default' as const,
  actionLabel: 'Book',
  actionVerb: 'session.book' as const,
  moveLabel: '',
  joinLabel: '',
  joinUrl: '',
  calendarLabel: '',
  calendarUrl: '',
};
const bookingCard = {
  heading: 'H',
  headingColor: 'Default' as const,
  text: 'T',
  title: 'Clinic',
  when: 'W',
  host: 'With: IKM',
  place: 'Online',
  joinLabel: 'Join',
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
  calendarLabel: 'Add to calendar',
  calendarUrl: 'http://127.0.0.1:3978/calendar/clinic-scaling-1.ics?sig=abc',
  leftCalendarLabel: '',
  leftCalendarUrl: '',
  actionLabel: 'Give up this seat',
  actionVerb: 'session.decline' as const,
  moveLabel: '',
  sessionId: 'clinic-scaling-1',
};
function adminCard(editId: string): SessionAdminCardData {
  const keyed = (prefix: string) =>
    Object.fromEntries(SESSION_ADMIN_FIELDS.map((field) => [field, `${prefix}-${field}`])) as SessionAdminCardData['labels'];
  const choices = [{ title: 'A', value: 'a' }];
  return {
    title: 'T',
    intro: 'I',
    problemsTitle: 'P',
    problems: ['Capacity: too big'],
    editId,
    labels: keyed('label'),
    values: keyed('value'),
    kindChoices: choices,
    topicChoices: choices,
    formatChoices: choices,
    audienceChoices: choices,
    requiredMessage: 'R',
    saveLabel: 'S',
    cancelLabel: 'C',
  };
}
cases.push(
  [
    'sessions/catalogue',
    renderSessionCatalogueCard({
      title: 'T',
      intro: 'I',
      zoneLine: 'Z',
      filters: [
        { label: 'All', kind: '' },
        { label: 'Clinics', kind: 'clinic' },
      ],
      empty: '',
      topicLabel: 'Topic',
      topicChoices: [
        { title: 'All topics', value: '' },
        { title: 'Scaling', value: 'scaling' },
      ],
      currentTopic: 'scaling',
      currentKind: 'clinic',
      showLabel: 'Show',
      sessions: [sessionItem, { ...sessionItem, sessionId: 'workshop-a', actionVerb: 'session.cancel.ask', moveLabel: 'Move', joinLabel: 'Join', joinUrl: 'https://teams.microsoft.com/l/meetup-join/x', calendarLabel: 'Cal', calendarUrl: 'http://127.0.0.1/calendar/x.ics' }],
      mineLabel: 'Mine',
      zoneLabel: 'Zone',
    }),
    sessionListCardSubmitSchema,
  ],
  ['sessions/booking', renderSessionBookingCard(bookingCard), sessionDeclineSchema],
  [
    'sessions/booking (with move)',
    renderSessionBookingCard({ ...bookingCard, actionVerb: 'session.cancel.ask', actionLabel: 'Cancel', moveLabel: 'Move' }),
    z.union([sessionCancelAskSchema, sessionMoveSchema]),
  ],
  [
    'sessions/cancel-confirm',
    renderSessionCancelConfirmCard({ question: 'Q', when: 'W', note: 'N', yesLabel: 'Yes', keepLabel: 'Keep', sessionId: 'workshop-a' }),
    z.union([sessionCancelSchema, sessionCancelKeepSchema]),
  ],
  [
    'sessions/topic-limit',
    renderSessionTopicLimitCard({ text: 'Your team already has a clinic on "Scaling".', moveLabel: 'Move my booking here', from: 'clinic-a', to: 'clinic-b' }),
    sessionRescheduleSchema,
  ],
  [
    'idea-form/discard',
    renderDiscardCard({ question: 'Q', note: 'N', yesLabel: 'Yes', keepLabel: 'No', revision: 3 }),
    z.union([draftDiscardSchema, draftKeepSchema]),
  ],
  [
    'sessions/admin-cancel',
    renderSessionAdminCancelCard({ question: 'Q', when: 'W', note: 'N', yesLabel: 'Yes', keepLabel: 'Keep', sessionId: 'workshop-a' }),
    z.union([sessionAdminCancelSchema, sessionAdminKeepSchema]),
  ],
  [
    'sessions/move',
    renderSessionMoveCard({
      title: 'T',
      intro: 'I',
      zoneLine: 'Z',
      empty: '',
      sessions: [
        { sessionId: 'workshop-b', from: 'workshop-a', title: 'B', when: 'W', host: 'H', status: 'S', statusColor: 'Default', moveLabel: 'Move here' },
        { sessionId: 'workshop-c', from: 'workshop-a', title: 'C', when: 'W', host: 'H', status: 'Full', statusColor: 'Default', moveLabel: '' },
      ],
      mineLabel: 'Mine',
    }),
    sessionMoveCardSubmitSchema,
  ],
  // Save, and the desk's Cancel (which saves nothing).
  ['sessions/admin (create)', renderSessionAdminCard(adminCard('')), sessionAdminSubmitSchema.or(deskSubmitSchemas['desk.cancel'])],
  ['sessions/admin (edit)', renderSessionAdminCard(adminCard('workshop-a')), sessionAdminSubmitSchema.or(deskSubmitSchemas['desk.cancel'])],
  [
    'person/time-zone',
    renderTimeZoneCard({ prompt: 'P', label: 'L', current: 'UTC', choices: [{ title: 'UTC', value: 'UTC' }], saveLabel: 'S', typeHint: 'H' }),
    timeZoneSubmitSchema,
  ],
);

it('the session booking card hides the buttons it has no data for', () => {
  const card = renderSessionBookingCard({ ...bookingCard, joinUrl: '', calendarUrl: '', actionLabel: '' });
  expect(card.actions ?? []).toEqual([]);
});

it('the attendees card links the CSV and lists every team', () => {
  const card = renderSessionAttendeesCard({
    title: 'T',
    counts: 'C',
    empty: '',
    rows: [{ teamId: 'team-1', status: 'seat' }],
    downloadLabel: 'Download CSV',
    downloadUrl: 'http://127.0.0.1/exports/attendees/x.csv?exp=1&sig=s',
  });
  expect(JSON.stringify(card)).not.toContain('${');
  expect(JSON.stringify(card)).toContain('team-1');
  expect(JSON.stringify(card)).toContain('Action.OpenUrl');
});

it('the zone card\'s input is the key its submit schema reads', () => {
  const card = renderTimeZoneCard({ prompt: 'P', label: 'L', current: 'UTC', choices: [{ title: 'UTC', value: 'UTC' }], saveLabel: 'S', typeHint: 'H' });
  expect(JSON.stringify(card)).toContain('"id":"timeZone"');
  expect(Object.keys(timeZoneSubmitSchema.shape)).toContain('timeZone');
  expect(timeZoneSubmitSchema.safeParse({ verb: 'zone', timeZone: 'x'.repeat(65) }).success).toBe(false);
});

/** Every input id in a rendered card. */
function inputIds(card: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.type === 'string' && record.type.startsWith('Input.')) found.push(String(record.id));
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

it('the session admin card\'s inputs are exactly the keys its submit schema reads, prefilled', () => {
  const create = renderSessionAdminCard(adminCard(''));
  expect(inputIds(create).sort()).toEqual([...SESSION_ADMIN_FIELDS].sort());
  const schemaKeys = Object.keys(sessionAdminSubmitSchema.shape).filter((key) => key !== 'verb' && key !== 'editId');
  expect(schemaKeys.sort()).toEqual([...SESSION_ADMIN_FIELDS].sort());
  expect(JSON.stringify(create)).toContain('"value":"value-capacity"');
  expect(JSON.stringify(create)).toContain('Capacity: too big');
  // Editing: the id is shown, not typed again (it cannot change), and travels in the submit.
  const edit = renderSessionAdminCard(adminCard('workshop-a'));
  expect(inputIds(edit)).not.toContain('id');
  expect(submitData(edit)).toContainEqual({ verb: 'session.save', editId: 'workshop-a' });
});

it('the catalogue\'s topic filter is an input the list schema reads', () => {
  expect(Object.keys(sessionListSchema.shape)).toContain('topic');
  expect(sessionListSchema.safeParse({ verb: 'session.list', kind: 'clinic', topic: 'scaling' }).success).toBe(true);
});

describe.each(cases)('the %s card', (_name, card, schema) => {
  it('is fully expanded (no template placeholders left)', () => {
    expect(JSON.stringify(card)).not.toContain('${');
  });

  it('has buttons whose data its submit schema accepts', () => {
    const submits = submitData(card);
    expect(submits.length).toBeGreaterThan(0);
    for (const data of submits) expect(schema.safeParse(data).success).toBe(true);
  });
});

it('colours text only in ways that stay readable in light, dark and high-contrast themes', () => {
  // Teams draws "Good" (green), "Warning" (yellow), "Accent" and "Light" pale on a light background;
  // "Attention" (red) and the default stay readable. Templates whose colour comes from data type it
  // as 'Default' | 'Attention' (see the card data types), so only literals need checking here.
  const templates = fs.readdirSync(path.join(__dirname, '../../src/bot'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.card.json'));
  expect(templates.length).toBeGreaterThan(20);
  for (const file of templates) {
    const text = fs.readFileSync(path.join(__dirname, '../../src/bot', file), 'utf8');
    const colours = [...text.matchAll(/"color":\s*"([^"$]+)"/g)].map((match) => match[1]);
    expect({ file, colours: colours.filter((colour) => !['Default', 'Attention', 'Dark'].includes(colour)) }).toEqual({ file, colours: [] });
    expect({ file, subtle: /"isSubtle":\s*true[^}]*"color"/.test(text) }).toEqual({ file, subtle: false });
  }
  for (const [name, card] of cases) {
    const found = JSON.stringify(card).match(/"color":"(Good|Warning|Accent|Light)"/);
    expect({ name, found: found?.[1] }).toEqual({ name, found: undefined });
  }
});

it('a forged menu submit is rejected by the schema', () => {
  expect(menuSubmitSchema.safeParse({ verb: 'menu', item: 'drop-tables' }).success).toBe(false);
  expect(menuSubmitSchema.safeParse({ verb: 'menu', item: 42 }).success).toBe(false);
  expect(languageSubmitSchema.safeParse({ verb: 'language', language: 'de' }).success).toBe(false);
});

const field = (id: string, kind: FormFieldCardData['kind'], extra: Partial<FormFieldCardData> = {}): FormFieldCardData => ({
  id,
  kind,
  label: `Label ${id}`,
  required: kind !== 'multiChoice',
  ...extra,
});
const sectionCard = renderFormSectionCard({
  progress: '1 field left',
  title: 'Section 1 of 6',
  intro: 'I',
  problemsTitle: 'P',
  problems: ['Title: please fill this in.'],
  fields: [
    field('title', 'text'),
    field('problem', 'longText'),
    field('focalPointEmail', 'email'),
    field('budgetUsd', 'number'),
    field('plannedStart', 'date'),
    field('officeType', 'choice', { options: [{ title: 'Country office', value: 'country-office' }] }),
    field('objectives', 'multiChoice', { options: [{ title: '1. Saving lives', value: 'saving-lives' }], value: 'saving-lives' }),
  ],
  submitLabel: 'Save',
  cancelLabel: 'Cancel',
  verb: 'idea.section',
  form: 'idea',
  section: 'idea',
  revision: 3,
});
cases.push(
  ['forms/form-section', sectionCard, z.union([formSubmitSchema, formCancelSchema])],
  [
    'eligibility/result',
    renderEligibilityResultCard({
      verdict: 'V',
      verdictStyle: 'warning',
      summary: 'S',
      rules: [{ mark: '!', color: 'Default', title: 'Budget', reason: 'R', fix: 'F' }],
      actions: [{ title: 'Change', verb: 'eligibility.change', revision: 2 }],
    }),
    formSubmitSchema.refine((data) => data.verb.startsWith('eligibility.')),
  ],
  [
    'idea-form/review',
    renderIdeaReviewCard({
      title: 'T',
      intro: 'I',
      status: 'S',
      statusStyle: 'good',
      sections: [{ id: 'idea', title: 'Section 1', state: '✔', answers: [{ label: 'Title', value: 'Solar', warning: '' }], editLabel: 'Edit', revision: 4 }],
      canSubmit: true,
      submitLabel: 'Submit',
      cancelLabel: 'Cancel',
      revision: 4,
    }),
    z.union([formSubmitSchema, formCancelSchema]),
  ],
  [
    'questions/faq-answer',
    renderFaqAnswerCard({
      intro: '',
      question: 'Q',
      answer: 'A',
      source: 'S',
      relatedTitle: 'R',
      related: [{ entryId: 'funding-range', title: 'How much?', questionId: 'q1' }],
      entryId: 'eligibility-who',
      feedbackQuestion: 'Did this help?',
      yesLabel: 'Yes',
      noLabel: 'No',
      askIkmLabel: 'Ask IKM',
      askIkmQuestionId: 'q1',
      languageNote: '',
      lang: 'fr',
      openItem: 'sessions',
      openLabel: 'Clinics and workshops',
    }),
    z.union([faqOpenSchema, faqFeedbackSchema, faqAskIkmSchema, menuSubmitSchema]),
  ],
  ['questions/ask-ikm-offer', renderAskIkmOfferCard({ text: 'T', hint: 'H', askIkmLabel: 'Ask IKM', questionId: 'q1', lang: 'fr' }), faqAskIkmSchema],
  [
    'questions/ask-ikm-confirm',
    renderAskIkmConfirmCard({ title: 'T', question: 'Q?', shortened: '', expect: 'E', sendLabel: 'Send', cancelLabel: 'No', questionId: 'q1', lang: 'fr' }),
    z.union([faqAskIkmSendSchema, faqAskIkmCancelSchema]),
  ],
  ['questions/ikm-ticket', renderIkmTicketCard(ticketData()), ticketAnswerSchema],
  [
    'reminders/reminder',
    renderReminderCard({
      intro: '',
      title: 'T',
      when: 'W',
      missing: 'M',
      actions: [
        { title: 'Continue', data: { verb: 'menu', item: 'idea' } },
        { title: 'Stop', data: { verb: 'reminders.stop', kind: 'idea-deadline' } },
      ],
      links: [{ title: 'Join', url: 'https://teams.microsoft.com/l/meetup-join/x' }],
    }),
    z.union([menuSubmitSchema, reminderStopSchema]),
  ],
  [
    'reminders/settings',
    renderReminderSettingsCard({
      title: 'T',
      intro: 'I',
      kinds: [{ id: 'sessions', label: 'Sessions', value: 'true' }],
      hourNote: 'H',
      saveLabel: 'Save',
      menuLabel: 'Menu',
      zoneLabel: 'Zone',
    }),
    z.union([reminderSaveSchema, menuSubmitSchema, timeZoneSubmitSchema]),
  ],
);

it('an answered ticket card shows the answer and offers "Add to FAQ" instead of the answer box', () => {
  const card = renderIkmTicketCard({ ...ticketData(), answered: 'Answered by A', answerText: 'The answer' });
  expect(inputIds(card)).toEqual([]);
  expect(submitData(card)).toEqual([{ verb: 'ticket.addToFaq', ticketId: 'Q-0001' }]);
  expect(ticketAddToFaqSchema.safeParse(submitData(card)[0]).success).toBe(true);
});

it('inputs are the keys their submits are read by', () => {
  // Form sections: one input per field, keyed by the field id the form's own schema validates.
  expect(inputIds(sectionCard).sort()).toEqual(['budgetUsd', 'focalPointEmail', 'objectives', 'officeType', 'plannedStart', 'problem', 'title']);
  expect(inputIds(renderIkmTicketCard(ticketData()))).toEqual(['answer']);
  expect(Object.keys(ticketAnswerSchema.shape)).toContain('answer');
  const settings = renderReminderSettingsCard({ title: 'T', intro: 'I', kinds: [{ id: 'sessions', label: 'S', value: 'false' }], hourNote: 'H', saveLabel: 'S', menuLabel: 'M', zoneLabel: 'Z' });
  expect(inputIds(settings)).toEqual(['sessions']);
  expect(Object.keys(reminderSaveSchema.shape)).toContain('sessions');
});

function ticketData() {
  return {
    title: 'T',
    facts: [],
    question: 'Q',
    ticketId: 'Q-0001',
    answered: '',
    answerText: '',
    draft: '',
    answerLabel: 'Answer',
    answerRequired: 'Required',
    sendLabel: 'Send',
    addToFaqLabel: 'Add to FAQ',
  };
}

it('every button of an answer and of its Ask IKM cards carries the card\'s language', () => {
  for (const name of ['questions/faq-answer', 'questions/ask-ikm-offer', 'questions/ask-ikm-confirm']) {
    const card = cases.find(([caseName]) => caseName === name)![1];
    const submits = submitData(card);
    expect(submits.length).toBeGreaterThan(0);
    for (const data of submits) expect(data.lang).toBe('fr');
  }
});

it('every card template of every feature has a case above', () => {
  const root = path.join(__dirname, '..', '..', 'src', 'bot');
  const templates = (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.card.json'))
    .map((file) => file.replace(/\\/g, '/').replace(/\.card\.json$/, ''))
    .sort();
  const covered = new Set([
    ...cases.map(([name]) => name.replace(/ \(.*\)$/, '')),
    ...deskRenders.map(([name]) => name),
    'proposal/proposal',
    'proposal/replace',
    'my-data/my-data',
    'my-data/erase',
    'sessions/attendees',
    'idea-form/confirmation',
  ]);
  expect(templates.filter((template) => !covered.has(template))).toEqual([]);
});

it('no card template caps what can be typed in it: a longer text reaches the bot, which names the limit and keeps it', () => {
  // (A client cuts a pasted text at an input's maxLength without a word: an announcement lost its end.)
  const root = path.join(__dirname, '..', '..', 'src', 'bot');
  const capped = (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.card.json'))
    .filter((file) => fs.readFileSync(path.join(root, file), 'utf8').includes('"maxLength"'));
  expect(capped).toEqual([]);
});

it('the confirmation card shows the reference and the facts, and the copy\'s link only when there is one', () => {
  const data = { title: 'T', reference: 'IH-2024-0001', facts: [{ label: 'Title', value: 'Solar' }], next: 'N', outcome: '', proposalLabel: '', copyLabel: 'Copy', copyNote: 'An hour', copyUrl: '' };
  const card = renderIdeaConfirmationCard(data);
  expect(JSON.stringify(card)).not.toContain('${');
  expect(JSON.stringify(card)).toContain('IH-2024-0001');
  expect(JSON.stringify(card)).not.toContain('Action.OpenUrl');
  const withCopy = JSON.stringify(renderIdeaConfirmationCard({ ...data, copyUrl: 'https://bot.example/files/idea/IH-2024-0001.pdf?sig=x' }));
  expect(withCopy).toContain('"type":"Action.OpenUrl","title":"Copy","url":"https://bot.example/files/idea/IH-2024-0001.pdf?sig=x"');
  expect(withCopy).not.toContain('"item":"proposal"');
  // Once shortlisted: the outcome under the facts, and "My proposal" first.
  const shortlisted = renderIdeaConfirmationCard({ ...data, outcome: 'On the shortlist', proposalLabel: 'My proposal' }) as { actions: unknown[] };
  expect(JSON.stringify(shortlisted)).toContain('On the shortlist');
  expect(shortlisted.actions[0]).toEqual({ type: 'Action.Submit', title: 'My proposal', data: { verb: 'menu', item: 'proposal' } });
});

const deskSchema = z.custom((data) => {
  const verb = (data as { verb?: string }).verb;
  const schema = verb && Object.hasOwn(deskSubmitSchemas, verb) ? deskSubmitSchemas[verb as keyof typeof deskSubmitSchemas] : undefined;
  return schema?.safeParse(data).success ?? false;
});
/** The desk's forms: their buttons carry the verb; the inputs (checked below) carry the rest. */
const DESK_FORMS = new Set(['ikm-desk/references', 'ikm-desk/decision-form', 'ikm-desk/announce-form']);
const deskRenders: [string, Record<string, unknown>][] = (() => {
  const panel = renderPanelCard({
    title: 'T',
    subtitle: 'S',
    notes: ['N'],
    groups: [{ heading: 'H', facts: [{ label: 'L', value: 'V' }] }, { heading: 'Empty', facts: [] }],
    rows: [{ text: 'R', detail: '', actionTitle: 'Report', actionData: { verb: 'desk.announce.report', id: 'A-0001' } }],
    actions: [{ title: 'Home', data: { verb: 'desk.home' } }],
    links: [{ title: 'PDF', url: 'http://127.0.0.1/files/x' }],
  });
  return [
    ['ikm-desk/panel', panel],
    [
      'ikm-desk/submissions',
      renderSubmissionsCard({
        title: 'T',
        summary: 'S',
        objectiveLabel: 'O',
        objective: 'all',
        objectives: [{ title: 'All', value: 'all' }],
        officeTypeLabel: 'OT',
        officeType: 'all',
        officeTypes: [{ title: 'All', value: 'all' }],
        statusLabel: 'St',
        status: 'all',
        statuses: [{ title: 'All', value: 'all' }],
        searchLabel: 'Se',
        searchPlaceholder: 'P',
        search: '',
        showLabel: 'Show',
        empty: '',
        rows: [{ reference: 'IH-2024-0001', title: 'IH-2024-0001 · Solar', detail: 'IOM Uganda', openLabel: 'Open' }],
        pages: [{ title: 'Next', page: 2 }],
      }),
    ],
    [
      'ikm-desk/submission',
      renderSubmissionCard({
        reference: 'IH-2024-0001',
        title: 'Solar',
        status: 'Shortlisted',
        facts: [{ label: 'Office', value: 'IOM Uganda' }],
        warningsTitle: 'Worth a second look',
        warnings: ['⚠ W'],
        sections: [{ title: 'The idea', answers: [{ label: 'Title', value: 'Solar' }] }],
        actions: [{ title: 'Remove', data: { verb: 'desk.shortlist.set', reference: 'IH-2024-0001', on: false } }],
        links: [],
      }),
    ],
    ['ikm-desk/references', renderReferencesCard({ title: 'T', intro: 'I', label: 'L', required: 'R', value: '', checkLabel: 'Check', cancelLabel: 'Cancel' })],
    [
      'ikm-desk/decision-form',
      renderDecisionFormCard({
        title: 'T',
        intro: 'I',
        reference: 'IH-2024-0001',
        seen: 'none',
        outcomeLabel: 'O',
        outcome: '',
        outcomes: [{ title: 'Funded', value: 'funded' }],
        approvalsLabel: 'A',
        approvers: [{ id: 'approval:ddg-operations', title: 'DDG', value: 'false' }],
        noteLabel: 'N',
        note: '',
        required: 'R',
        saveLabel: 'Save',
        cancelLabel: 'Cancel',
      }),
    ],
    [
      'ikm-desk/announce-form',
      renderAnnounceFormCard({
        title: 'T',
        intro: 'I',
        problems: [],
        audienceLabel: 'A',
        audience: 'submitters',
        audiences: [{ title: 'Submitters', value: 'submitters' }],
        enLabel: 'E',
        frLabel: 'F',
        esLabel: 'S',
        textEn: '',
        textFr: '',
        textEs: '',
        required: 'R',
        audienceRequired: 'W',
        previewLabel: 'Preview',
        cancelLabel: 'Cancel',
      }),
    ],
    [
      'ikm-desk/team-message',
      renderTeamMessageCard({ from: 'F', title: 'T', paragraphs: ['P'], facts: [], actions: [{ title: 'Book a clinic', data: { verb: 'menu', item: 'sessions' } }] }),
    ],
  ];
})();

describe('the IKM desk cards', () => {
  it.each(deskRenders)('%s is fully expanded and its buttons are desk verbs (or the menu) their schemas accept', (name, card) => {
    expect(JSON.stringify(card)).not.toContain('${');
    for (const data of submitData(card)) {
      if (DESK_FORMS.has(name)) expect(Object.hasOwn(deskSubmitSchemas, String(data.verb))).toBe(true);
      else expect(deskSchema.safeParse(data).success || menuSubmitSchema.safeParse(data).success).toBe(true);
    }
  });

  it('form inputs are the keys the submits are read by', () => {
    const card = (name: string) => deskRenders.find(([candidate]) => candidate === name)![1];
    expect(inputIds(card('ikm-desk/references'))).toEqual(['references']);
    expect(Object.keys(deskSubmitSchemas['desk.shortlist.check'].shape)).toContain('references');
    expect(inputIds(card('ikm-desk/decision-form'))).toEqual(['outcome', 'approval:ddg-operations', 'note']);
    expect(deskSubmitSchemas['desk.decision.save'].safeParse({ verb: 'desk.decision.save', reference: 'IH-2024-0001', outcome: 'funded', 'approval:ddg-operations': 'true' }).success).toBe(true);
    // With the language every sent card's buttons carry; another field than an approval is still refused.
    const save = { verb: 'desk.decision.save', reference: 'IH-2024-0001', outcome: 'funded', 'approval:ddg-operations': 'true' };
    expect(deskSubmitSchemas['desk.decision.save'].safeParse({ ...save, lang: 'en' }).success).toBe(true);
    expect(deskSubmitSchemas['desk.decision.save'].safeParse({ ...save, lang: 'de' }).success).toBe(false);
    expect(deskSubmitSchemas['desk.decision.save'].safeParse({ ...save, extra: 'x' }).success).toBe(false);
    expect(inputIds(card('ikm-desk/announce-form')).sort()).toEqual(['audience', 'textEn', 'textEs', 'textFr']);
    expect(inputIds(card('ikm-desk/submissions')).sort()).toEqual(['objective', 'officeType', 'search', 'status']);
  });
});

describe('the proposal and "My data" cards', () => {
  const proposalCard = renderProposalCard({
    title: 'T',
    idea: 'IH-2024-0001',
    outcome: '',
    deadline: 'D',
    checklistTitle: 'C',
    items: [
      { id: 'proposal-document', mark: '○', label: 'Document', detail: 'Send it here', actionTitle: '', done: true },
      { id: 'budget', mark: '○', label: 'Budget', detail: '', actionTitle: 'Mark as done', done: true },
    ],
    sessionsTitle: 'S',
    sessions: ['Booked: X'],
    next: 'N',
    nextItems: ['Budget'],
    bookLabel: 'Book a clinic',
    refreshLabel: 'Refresh',
  });
  const myDataCard = renderMyDataCard({
    title: 'T',
    intro: 'I',
    kinds: [{ label: 'Idea', summary: 'A draft' }],
    note: 'N',
    downloadLabel: 'Download',
    downloadUrl: 'http://127.0.0.1/files/my-data/x.json?exp=1&sig=s',
    deleteLabel: 'Delete my data',
  });
  const replaceCard = renderProposalReplaceCard({
    question: 'Q',
    note: 'N',
    file: '0f8fad5b-d9cb-469f-a165-70867728950e.xlsx',
    replaceLabel: 'Yes',
    keepLabel: 'No',
  });
  const eraseCard = renderEraseCard({ title: 'T', goesTitle: 'G', goes: ['a'], staysTitle: 'S', stays: ['b'], warning: 'N', why: 'W', confirmLabel: 'Delete', keepLabel: 'Keep', confirmation: '9b2f0c3e-5d1a-4f7e-8a6b-2c4d6e8f0a1b', lang: 'fr' });

  it.each([
    ['proposal/proposal', proposalCard, z.union([proposalItemSchema, proposalShowSchema, menuSubmitSchema])],
    ['proposal/replace', replaceCard, proposalReplaceSchema],
    ['my-data/my-data', myDataCard, eraseAskSchema],
    ['my-data/erase', eraseCard, z.union([eraseConfirmSchema, myDataShowSchema])],
  ] as const)('%s is fully expanded and its buttons pass their schemas', (_name, card, schema) => {
    expect(JSON.stringify(card)).not.toContain('${');
    const submits = submitData(card);
    expect(submits.length).toBeGreaterThan(0);
    for (const data of submits) expect(schema.safeParse(data).success).toBe(true);
  });
});
