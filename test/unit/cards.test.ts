import { z } from 'zod';
import { menuSubmitSchema, renderHelpCard, renderWelcomeCard } from '../../src/bot/home/cards';
import { languageSubmitSchema, renderLanguageCard, renderTimeZoneCard, timeZoneSubmitSchema } from '../../src/bot/person/cards';
import {
  renderSessionAdminCard,
  renderSessionAttendeesCard,
  renderSessionBookingCard,
  renderSessionCatalogueCard,
  renderSessionMoveCard,
  SESSION_ADMIN_FIELDS,
  SessionAdminCardData,
  sessionAdminSubmitSchema,
  sessionCancelSchema,
  sessionDeclineSchema,
  sessionListCardSubmitSchema,
  sessionListSchema,
  sessionMoveCardSubmitSchema,
  sessionMoveSchema,
} from '../../src/bot/sessions/cards';

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
    'welcome',
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
  ['help', renderHelpCard({ title: 'T', lines: ['a', 'b'], menuLabel: 'M' }), menuSubmitSchema],
  [
    'language',
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
  status: '1 seat left',
  statusColor: 'Good' as const,
  actionLabel: 'Book',
  actionVerb: 'session.book' as const,
  moveLabel: '',
};
const bookingCard = {
  heading: 'H',
  headingColor: 'Good' as const,
  text: 'T',
  title: 'Clinic',
  when: 'W',
  host: 'With: IKM',
  place: 'Online',
  joinLabel: 'Join',
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
  calendarLabel: 'Add to calendar',
  calendarUrl: 'http://127.0.0.1:3978/calendar/clinic-scaling-1.ics?sig=abc',
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
  };
}
cases.push(
  [
    'session catalogue',
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
      sessions: [sessionItem, { ...sessionItem, sessionId: 'workshop-a', actionVerb: 'session.cancel', moveLabel: 'Move' }],
      mineLabel: 'Mine',
      zoneLabel: 'Zone',
    }),
    sessionListCardSubmitSchema,
  ],
  ['session booking', renderSessionBookingCard(bookingCard), sessionDeclineSchema],
  [
    'session booking with move',
    renderSessionBookingCard({ ...bookingCard, actionVerb: 'session.cancel', actionLabel: 'Cancel', moveLabel: 'Move' }),
    z.union([sessionCancelSchema, sessionMoveSchema]),
  ],
  [
    'session move',
    renderSessionMoveCard({
      title: 'T',
      intro: 'I',
      zoneLine: 'Z',
      empty: '',
      sessions: [
        { sessionId: 'workshop-b', from: 'workshop-a', title: 'B', when: 'W', host: 'H', status: 'S', statusColor: 'Good', moveLabel: 'Move here' },
        { sessionId: 'workshop-c', from: 'workshop-a', title: 'C', when: 'W', host: 'H', status: 'Full', statusColor: 'Warning', moveLabel: '' },
      ],
      mineLabel: 'Mine',
    }),
    sessionMoveCardSubmitSchema,
  ],
  ['session admin (create)', renderSessionAdminCard(adminCard('')), sessionAdminSubmitSchema],
  ['session admin (edit)', renderSessionAdminCard(adminCard('workshop-a')), sessionAdminSubmitSchema],
  [
    'time zone',
    renderTimeZoneCard({ prompt: 'P', label: 'L', current: 'UTC', choices: [{ title: 'UTC', value: 'UTC' }], saveLabel: 'S' }),
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
  const card = renderTimeZoneCard({ prompt: 'P', label: 'L', current: 'UTC', choices: [{ title: 'UTC', value: 'UTC' }], saveLabel: 'S' });
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

it('a forged menu submit is rejected by the schema', () => {
  expect(menuSubmitSchema.safeParse({ verb: 'menu', item: 'drop-tables' }).success).toBe(false);
  expect(menuSubmitSchema.safeParse({ verb: 'menu', item: 42 }).success).toBe(false);
  expect(languageSubmitSchema.safeParse({ verb: 'language', language: 'de' }).success).toBe(false);
});
