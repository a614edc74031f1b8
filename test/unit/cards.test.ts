import { z } from 'zod';
import {
  languageSubmitSchema,
  menuSubmitSchema,
  renderHelpCard,
  renderLanguageCard,
  renderSessionAttendeesCard,
  renderSessionBookingCard,
  renderSessionCatalogueCard,
  renderSessionZoneCard,
  renderWelcomeCard,
  sessionDeclineSchema,
  sessionListCardSubmitSchema,
  sessionZoneSchema,
} from '../../adaptive-cards/cards';

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
  sessionId: 'clinic-scaling-1',
};
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
      sessions: [sessionItem, { ...sessionItem, sessionId: 'workshop-a', actionVerb: 'session.cancel' }],
      mineLabel: 'Mine',
      zoneLabel: 'Zone',
    }),
    sessionListCardSubmitSchema,
  ],
  ['session booking', renderSessionBookingCard(bookingCard), sessionDeclineSchema],
  [
    'session zone',
    renderSessionZoneCard({ prompt: 'P', label: 'L', current: 'UTC', choices: [{ title: 'UTC', value: 'UTC' }], saveLabel: 'S' }),
    sessionZoneSchema,
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
  const card = renderSessionZoneCard({ prompt: 'P', label: 'L', current: 'UTC', choices: [{ title: 'UTC', value: 'UTC' }], saveLabel: 'S' });
  expect(JSON.stringify(card)).toContain('"id":"timeZone"');
  expect(Object.keys(sessionZoneSchema.shape)).toContain('timeZone');
  expect(sessionZoneSchema.safeParse({ verb: 'session.zone', timeZone: 'x'.repeat(65) }).success).toBe(false);
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
