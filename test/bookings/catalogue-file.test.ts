import path from 'node:path';
import { CatalogueFileError, loadCatalogueFile, localParts, parseCatalogue } from '../../src/bookings';
import { loadCallFile, makeSampleCall } from '../../src/call';

const SAMPLE = path.join(__dirname, '../../content/sessions.yaml');

function problemsOf(text: string, now = new Date('2025-03-01T09:00:00Z')): Array<{ path: string; message: string; line?: number }> {
  try {
    parseCatalogue(text, 'test.yaml', { now });
  } catch (error) {
    if (error instanceof CatalogueFileError) return error.problems;
    throw error;
  }
  throw new Error('expected the catalogue to be refused');
}

const TOPICS = `
timeZone: Europe/Zurich
topics:
  - id: business-model
    label: { en: "Business model", fr: "Modèle économique", es: "Modelo de negocio" }
rules:
  clinicsPerTopicPerTeam: 1
`;

function session(fields: Record<string, string>): string {
  const base: Record<string, string> = {
    id: 'clinic-a',
    kind: 'clinic',
    topic: 'business-model',
    title: '{ en: "Clinic", fr: "Consultation", es: "Consulta" }',
    description: '{ en: "About", fr: "À propos", es: "Acerca" }',
    host: '"IKM unit"',
    start: '"+P10DT09:00"',
    durationMinutes: '45',
    format: 'online',
    joinUrl: '"https://teams.microsoft.com/l/meetup-join/abc"',
    capacity: '1',
    bookingOpens: '"-P1DT00:00"',
    bookingCloses: '"start-PT12H"',
    cancellationCutoffHours: '24',
    audience: 'shortlisted',
    status: 'scheduled',
  };
  const merged = { ...base, ...fields };
  return Object.entries(merged)
    .filter(([, value]) => value !== '')
    .map(([key, value], index) => `${index === 0 ? '  - ' : '    '}${key}: ${value}`)
    .join('\n');
}

describe('the sample catalogue (content/sessions.yaml)', () => {
  const call2024 = loadCallFile(path.join(__dirname, '../../content/call-2024.yaml'));
  const at = (instant: string) => Date.parse(instant);

  it('follows the call: information webinars for everyone before the idea deadline, the rest for shortlisted teams in the clinics window', () => {
    const { timeline } = call2024;
    const catalogue = loadCatalogueFile(SAMPLE, { now: new Date('2024-10-01T09:00:00Z'), timeline });
    const before = catalogue.sessions.filter((session) => at(session.start) < timeline.ideaDeadline.getTime());
    const after = catalogue.sessions.filter((session) => at(session.start) >= timeline.ideaDeadline.getTime());
    expect(before.map((session) => session.id)).toEqual(['webinar-call-intro', 'webinar-idea-questions']);
    for (const session of before) {
      expect(session.audience).toBe('everyone');
      expect(at(session.bookingOpens)).toBe(timeline.launch.getTime());
    }
    expect(after.length).toBeGreaterThanOrEqual(8);
    for (const session of after) {
      expect(session.audience).toBe('shortlisted');
      expect(at(session.bookingOpens)).toBeGreaterThanOrEqual(timeline.shortlistAnnouncement.getTime());
      expect(at(session.start)).toBeGreaterThan(timeline.shortlistAnnouncement.getTime());
      expect(at(session.start)).toBeLessThan(timeline.clinicsWindow.closes.getTime());
    }
    // 2024: the first webinar on Friday 4 October at 15:00 in Geneva; the first clinic on 14 November.
    expect(before[0].start).toBe('2024-10-04T13:00:00.000Z');
    expect(catalogue.sessions.find((session) => session.id === 'clinic-business-model-1')?.start).toBe('2024-11-14T09:00:00.000Z');
  });

  it.each(['2024-11-12T10:00:00Z', '2025-03-29T23:30:00Z', '2025-10-25T22:59:00Z', '2026-06-30T12:00:00Z'])(
    'moves with the sample call made at %s: both webinars still to come and open to book, no session on a weekend',
    (instant) => {
      const now = new Date(instant);
      const { timeline } = makeSampleCall(call2024, now);
      const catalogue = loadCatalogueFile(SAMPLE, { now, timeline });
      const webinars = catalogue.sessions.filter((session) => session.audience === 'everyone');
      expect(webinars).toHaveLength(2);
      for (const session of webinars) {
        expect(at(session.start)).toBeGreaterThan(now.getTime());
        expect(at(session.bookingOpens)).toBeLessThanOrEqual(now.getTime());
      }
      for (const session of catalogue.sessions) {
        expect(at(session.bookingOpens)).toBeLessThan(at(session.bookingCloses));
        expect(at(session.bookingCloses)).toBeLessThanOrEqual(at(session.start));
        const weekday = new Date(localParts(session.start, catalogue.timeZone).date).getUTCDay();
        expect([0, 6]).not.toContain(weekday);
      }
    },
  );

  it('refuses milestone dates when read without the call, naming the field', () => {
    expect(() => loadCatalogueFile(SAMPLE, { now: new Date() })).toThrow(/counts from the call's timeline/);
  });

  it('has clinics and workshops on the listed topics, the rules and the shortlist', () => {
    const catalogue = loadCatalogueFile(SAMPLE, { now: new Date('2024-10-01T09:00:00Z'), timeline: call2024.timeline });
    const kinds = new Set(catalogue.sessions.map((session) => session.kind));
    expect(kinds).toEqual(new Set(['clinic', 'workshop']));
    const topics = new Set(catalogue.topics.map((topic) => topic.id));
    for (const id of ['applying', 'business-model', 'monitoring-evaluation', 'scaling', 'human-centred-design', 'systems-thinking', 'foresight', 'proposal-writing']) {
      expect(topics.has(id)).toBe(true);
    }
    for (const session of catalogue.sessions) {
      expect(topics.has(session.topic)).toBe(true);
      if (session.kind === 'clinic') expect(session.capacity).toBe(1);
      expect(session.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    }
    expect(catalogue.rules).toEqual({ clinicsPerTopicPerTeam: 1 });
    expect(catalogue.timeZone).toBe('Europe/Zurich');
    expect(catalogue.teams.shortlisted.length).toBeGreaterThan(0);
    // Sorted by start.
    const starts = catalogue.sessions.map((session) => session.start);
    expect([...starts].sort()).toEqual(starts);
  });
});

describe('relative dates', () => {
  const load = (fields: Record<string, string>, now: string) =>
    parseCatalogue(`${TOPICS}sessions:\n${session(fields)}\n`, 'test.yaml', { now: new Date(now) }).sessions[0];

  it('reads <milestone>±P<days>DT<hh:mm> from the call\'s timeline, and a milestone alone as its instant', () => {
    const timeline = loadCallFile(path.join(__dirname, '../../content/call-2024.yaml')).timeline;
    const read = (fields: Record<string, string>) =>
      parseCatalogue(`${TOPICS}sessions:\n${session(fields)}\n`, 'test.yaml', { now: new Date('2024-10-01T09:00:00Z'), timeline }).sessions[0];
    // The idea deadline is 25 October 2024 at 23:59 in Geneva (CEST, UTC+2): a week before its day, at 14:00.
    const early = read({ start: '"ideaDeadline-P7DT14:00"', bookingOpens: 'launch', bookingCloses: 'start' });
    expect(early.start).toBe('2024-10-18T12:00:00.000Z');
    expect(early.bookingOpens).toBe(timeline.launch.toISOString());
    // After the clocks go back (27 October): CET, UTC+1.
    expect(read({ start: '"shortlistAnnouncement+P3DT10:00"' }).start).toBe('2024-11-14T09:00:00.000Z');
    expect(() => read({ start: '"shortlistAnnouncement+P3DT10:00"', bookingOpens: '"kickoff+P1D"' })).toThrow(/found "kickoff\+P1D"/);
  });

  it('reads +P<days>DT<hh:mm> as a local time that many calendar days after the load date', () => {
    // 1 March 2025 in Geneva is CET (UTC+1); 10 days later too.
    expect(load({}, '2025-03-01T09:00:00Z').start).toBe('2025-03-11T08:00:00.000Z');
    // Loaded at 23:30 UTC on 1 March = 00:30 on 2 March in Geneva: "today" is 2 March there.
    expect(load({}, '2025-03-01T23:30:00Z').start).toBe('2025-03-12T08:00:00.000Z');
  });

  it('keeps the local time across a daylight-saving change (Europe changes on 30 March 2025)', () => {
    const clinic = load({ start: '"+P10DT09:00"' }, '2025-03-25T09:00:00Z');
    expect(clinic.start).toBe('2025-04-04T07:00:00.000Z'); // 09:00 CEST = 07:00 UTC
    expect(clinic.bookingOpens).toBe('2025-03-23T23:00:00.000Z'); // midnight yesterday, still CET
  });

  it('counts start-P<n>D in calendar days and start-PT<n>H in hours', () => {
    const clinic = load({ start: '"+P10DT09:00"', bookingCloses: '"start-P1DT2H"' }, '2025-03-25T09:00:00Z');
    // One calendar day before 09:00 CEST on 4 April is 09:00 CEST on 3 April, minus two hours.
    expect(clinic.bookingCloses).toBe('2025-04-03T05:00:00.000Z');
    expect(load({ bookingCloses: '"start"' }, '2025-03-01T09:00:00Z').bookingCloses).toBe('2025-03-11T08:00:00.000Z');
    expect(load({ bookingCloses: '"start-PT30M"' }, '2025-03-01T09:00:00Z').bookingCloses).toBe('2025-03-11T07:30:00.000Z');
  });

  it('accepts absolute instants with an offset or Z, stored as UTC', () => {
    const clinic = load(
      { start: '"2025-03-20T10:00+01:00"', bookingOpens: '"2025-03-01T00:00Z"', bookingCloses: '"2025-03-19T17:00:00-05:00"' },
      '2025-03-01T09:00:00Z',
    );
    expect(clinic.start).toBe('2025-03-20T09:00:00.000Z');
    expect(clinic.bookingOpens).toBe('2025-03-01T00:00:00.000Z');
    expect(clinic.bookingCloses).toBe('2025-03-19T22:00:00.000Z');
  });
});

describe('a broken catalogue', () => {
  it('lists every problem, with its place and line', () => {
    const text = `timeZone: Europe/Genevaa
topics:
  - id: business-model
    label: { en: "Business model", fr: "Modèle économique" }
  - id: business-model
    label: { en: "Again", fr: "Encore", es: "Otra vez" }
teams:
  shortlisted: ["a", "a"]
rules:
  clinicsPerTopicPerTeam: 0
sessions:
${session({ durationMinutes: '90', capacity: '2', joinUrl: '"http://example.org/meeting"', topic: 'foresight' })}
${session({ id: 'clinic-a', start: '"2025-02-30T09:00Z"', bookingCloses: '"start-PT2H"', color: 'blue' })}
${session({ id: 'workshop-b', kind: 'workshop', capacity: '600', durationMinutes: '300', format: 'in-person', bookingOpens: '"2025-03-12T00:00Z"', bookingCloses: '"2025-03-11T00:00Z"', start: '"2025-03-10T09:00Z"' })}
${session({ id: 'Clinic C', audience: 'staff', cancellationCutoffHours: '1.5', title: '{ en: "Only English" }', start: '"2025-03-30T02:30+01:00"' })}
${session({ id: 'clinic-d', start: '"+P10DT24:00"', bookingOpens: '"next week"' })}
`;
    const problems = problemsOf(text);
    if (process.env.SHOW_PROBLEMS) console.log(problems);
    const byPath = (p: string) => problems.filter((problem) => problem.path === p).map((problem) => problem.message);
    expect(byPath('timeZone')[0]).toMatch(/IANA time zone/);
    expect(byPath('topics[0].label.es')).toEqual(['is missing']);
    expect(byPath('topics[1].id')[0]).toMatch(/repeats "business-model"/);
    expect(byPath('teams.shortlisted[1]')[0]).toMatch(/repeats "a"/);
    expect(byPath('rules.clinicsPerTopicPerTeam')).toEqual(['must be at least 1']);
    expect(byPath('sessions[0].durationMinutes')[0]).toMatch(/30 to 60 minutes for a clinic/);
    expect(byPath('sessions[0].capacity')[0]).toMatch(/exactly 1/);
    expect(byPath('sessions[0].joinUrl')[0]).toMatch(/https link to a Teams meeting/);
    // The zone is broken, so relative dates cannot be read: said once, at timeZone.
    expect(problems.filter((problem) => /^sessions\[0\]\.(start|booking)/.test(problem.path))).toEqual([]);
    expect(byPath('sessions[1].start')[0]).toMatch(/found "2025-02-30T09:00Z"/);
    // Its closing time counts from that start: not reported again.
    expect(byPath('sessions[1].bookingCloses')).toEqual([]);
    expect(byPath('sessions[1].color')[0]).toMatch(/is not a field/);
    expect(byPath('sessions[1].id')[0]).toMatch(/repeats "clinic-a" already used by sessions\[0\]/);
    expect(byPath('sessions[2].capacity')[0]).toMatch(/1 to 500 teams/);
    expect(byPath('sessions[2].durationMinutes')[0]).toMatch(/15 to 240 minutes for a workshop/);
    expect(byPath('sessions[2].location')[0]).toMatch(/required for an in-person session/);
    expect(byPath('sessions[2].bookingCloses')).toEqual(
      expect.arrayContaining([expect.stringMatching(/after bookingOpens/)]),
    );
    expect(byPath('sessions[3].id')[0]).toMatch(/lower-case letters/);
    expect(byPath('sessions[3].audience')[0]).toMatch(/one of everyone, shortlisted/);
    expect(byPath('sessions[3].cancellationCutoffHours')).toEqual(['must be a whole number']);
    expect(byPath('sessions[3].title.fr')).toEqual(['is missing']);
    expect(byPath('sessions[4].bookingOpens')[0]).toMatch(/found "next week"/);
    expect(byPath('sessions[4].start')[0]).toMatch(/no such time of day/);
    // Unknown topics need the topic list, which is readable here.
    expect(byPath('sessions[0].topic')[0]).toMatch(/"foresight" is not one of the topics/);
    // Lines point into the file.
    expect(problems.find((problem) => problem.path === 'sessions[1].color')?.line).toBe(
      text.split('\n').findIndex((line) => line.includes('color: blue')) + 1,
    );
    const error = (() => {
      try {
        parseCatalogue(text, 'broken.yaml', { now: new Date('2025-03-01T09:00:00Z') });
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error?.message).toMatch(/^The session catalogue broken\.yaml cannot be used \(\d+ problems\):/);
  });

  it('refuses a local time the clocks skip (Geneva, 30 March 2025, 02:30)', () => {
    const problems = problemsOf(`${TOPICS}sessions:\n${session({ start: '"+P1DT02:30"' })}\n`, new Date('2025-03-29T09:00:00Z'));
    expect(problems).toEqual([
      expect.objectContaining({ path: 'sessions[0].start', message: expect.stringMatching(/does not exist in Europe\/Zurich/) }),
    ]);
  });

  it('reports YAML syntax errors and an unreadable file', () => {
    expect(problemsOf('sessions: [\n')[0]).toMatchObject({ path: '(YAML)' });
    expect(() => loadCatalogueFile('/nonexistent/sessions.yaml', { now: new Date() })).toThrow(/cannot be read/);
  });
});
