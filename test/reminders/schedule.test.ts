import { editedCall } from '../call/call-fixtures';
import type { SectionProgress } from '../../src/ideas/validation';
import { REMINDER_KINDS, type ResolvedPreferences } from '../../src/reminders/preferences';
import {
  DEFAULT_SCHEDULE_CONFIG,
  type ReminderAudienceMember,
  type ScheduleInput,
  dueReminders,
} from '../../src/reminders/schedule';

// Idea deadline 8 Nov 2024 23:59 Zurich: Europe leaves summer time on 27 Oct, the US on 3 Nov.
const call = editedCall([[['timeline', 'ideaDeadline'], '2024-11-08T23:59']]);
const before = new Date('2024-10-01T00:00:00Z');

function prefs(userId: string, change: Partial<ResolvedPreferences> = {}): ResolvedPreferences {
  return {
    userId,
    kinds: Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, true])) as ResolvedPreferences['kinds'],
    timeZone: 'Europe/Zurich',
    sendHour: 9,
    introSent: true,
    ...change,
  };
}

const progress: SectionProgress[] = [
  { id: 'idea', number: 1, answered: 3, required: 3, left: 0, complete: true },
  { id: 'office', number: 2, answered: 2, required: 2, left: 0, complete: true },
  { id: 'solution', number: 3, answered: 1, required: 5, left: 4, complete: false },
];

function member(userId: string, change: Partial<ReminderAudienceMember> = {}): ReminderAudienceMember {
  return { userId, preferences: prefs(userId), checkedEligibility: false, shortlisted: false, ...change };
}

function input(audience: ReminderAudienceMember[], sessions: ScheduleInput['sessions'] = []): ScheduleInput {
  return { call, config: DEFAULT_SCHEDULE_CONFIG, audience, sessions };
}

function table(occurrences: ReturnType<typeof dueReminders>) {
  return occurrences.map((o) => [o.key, o.due.toISOString(), o.expires.toISOString()]);
}

describe('dueReminders', () => {
  it('reminds an unfinished draft at 09:00 Zurich on each day, across the change to winter time', () => {
    const result = dueReminders(input([member('ana', { draft: { status: 'draft', progress } })]), before);
    expect(table(result)).toEqual([
      ['idea-deadline/2024-11-08/-14d/ana', '2024-10-25T07:00:00.000Z', '2024-11-01T08:00:00.000Z'],
      ['idea-deadline/2024-11-08/-7d/ana', '2024-11-01T08:00:00.000Z', '2024-11-06T08:00:00.000Z'],
      ['idea-deadline/2024-11-08/-2d/ana', '2024-11-06T08:00:00.000Z', '2024-11-07T08:00:00.000Z'],
      ['idea-deadline/2024-11-08/-1d/ana', '2024-11-07T08:00:00.000Z', '2024-11-08T22:59:59.999Z'],
    ]);
    expect(result[0].payload).toEqual({
      kind: 'idea-deadline',
      deadline: '2024-11-08T22:59:59.999Z',
      daysBefore: 14,
      fieldsLeft: 4,
      section: { id: 'solution', number: 3, left: 4 },
      hasDraft: true,
    });
  });

  it('uses the person’s own zone and hour (New York changes on 3 Nov)', () => {
    const ny = member('bo', { checkedEligibility: true, preferences: prefs('bo', { timeZone: 'America/New_York', sendHour: 8 }) });
    expect(dueReminders(input([ny]), before).map((o) => o.due.toISOString())).toEqual([
      '2024-10-25T12:00:00.000Z',
      '2024-11-01T12:00:00.000Z',
      '2024-11-06T13:00:00.000Z',
      '2024-11-07T13:00:00.000Z',
    ]);
  });

  it('targets drafts and eligibility checks, never submitters or people with neither', () => {
    const audience = [
      member('draft', { draft: { status: 'draft', progress } }),
      member('checked', { checkedEligibility: true }),
      member('submitted', { checkedEligibility: true, draft: { status: 'submitted', progress } }),
      member('nobody'),
    ];
    const users = new Set(dueReminders(input(audience), before).filter((o) => o.kind === 'idea-deadline').map((o) => o.userId));
    expect([...users].sort()).toEqual(['checked', 'draft']);
  });

  it('sends nothing of a kind the person switched off', () => {
    const off = prefs('off');
    off.kinds['idea-deadline'] = false;
    off.kinds.sessions = false;
    const sessions = [{ key: 'session/s1/off/1h', userId: 'off', sessionId: 's1', kind: '1h' as const, at: new Date('2024-11-20T09:00:00Z') }];
    const result = dueReminders(input([member('off', { preferences: off, draft: { status: 'draft', progress } })], sessions), before);
    expect(result).toEqual([]);
  });

  it('sends proposal reminders only to shortlisted teams, and the funding announcement to them', () => {
    const result = dueReminders(input([member('short', { shortlisted: true }), member('other', { checkedEligibility: true })]), before);
    const proposal = result.filter((o) => o.kind === 'proposal-deadline');
    expect(new Set(proposal.map((o) => o.userId))).toEqual(new Set(['short']));
    expect(proposal.map((o) => o.key)).toEqual([
      'proposal-deadline/2024-12-15/-14d/short',
      'proposal-deadline/2024-12-15/-7d/short',
      'proposal-deadline/2024-12-15/-2d/short',
      'proposal-deadline/2024-12-15/-1d/short',
    ]);
    expect(result.filter((o) => o.kind === 'announcements').map((o) => [o.key, o.due.toISOString()])).toEqual([
      ['announcements/funding/2025-01-15/-0d/short', '2025-01-15T08:00:00.000Z'],
    ]);
  });

  it('announces the shortlist to submitters on the day', () => {
    const result = dueReminders(input([member('sub', { draft: { status: 'submitted', progress } })]), before);
    expect(table(result)).toEqual([
      ['announcements/shortlist/2024-11-11/-0d/sub', '2024-11-11T08:00:00.000Z', '2024-11-12T08:00:00.000Z'],
    ]);
  });

  it('reminds booked sessions exactly 24 h and 1 h before, until the start', () => {
    const start = Date.parse('2024-11-20T14:00:00Z');
    const sessions = (['24h', '1h'] as const).map((kind) => ({
      key: `session/s1/team/${kind}`,
      userId: 'team',
      sessionId: 's1',
      kind,
      at: new Date(start - (kind === '24h' ? 24 : 1) * 3_600_000),
    }));
    expect(table(dueReminders(input([], sessions), before))).toEqual([
      ['sessions/session/s1/team/24h/team', '2024-11-19T14:00:00.000Z', '2024-11-20T14:00:00.000Z'],
      ['sessions/session/s1/team/1h/team', '2024-11-20T13:00:00.000Z', '2024-11-20T14:00:00.000Z'],
    ]);
  });

  it('leaves out what expired and, with a horizon, what is not due soon', () => {
    const audience = [member('ana', { draft: { status: 'draft', progress } })];
    // On 2 Nov the 14-day reminder is superseded; the 7-day one is due and still useful.
    expect(dueReminders(input(audience), new Date('2024-11-02T10:00:00Z')).map((o) => o.key)).toEqual([
      'idea-deadline/2024-11-08/-7d/ana',
      'idea-deadline/2024-11-08/-2d/ana',
      'idea-deadline/2024-11-08/-1d/ana',
    ]);
    expect(
      dueReminders(input(audience), new Date('2024-11-02T10:00:00Z'), { horizonMs: 3_600_000 }).map((o) => o.key),
    ).toEqual(['idea-deadline/2024-11-08/-7d/ana']);
    expect(dueReminders(input(audience), new Date('2024-11-09T00:00:00Z'))).toEqual([]);
  });

  it('does not send late what fell due before the person started: a draft begun on 4 Nov gets "2 days left" on 6 Nov only', () => {
    // Zurich: the 7-day reminder was due on 1 Nov at 09:00, before this draft existed.
    const late = member('ana', { draft: { status: 'draft', progress }, since: new Date('2024-11-04T10:00:00Z') });
    const now = new Date('2024-11-04T10:00:05Z');
    expect(table(dueReminders(input([late]), now))).toEqual([
      ['idea-deadline/2024-11-08/-2d/ana', '2024-11-06T08:00:00.000Z', '2024-11-07T08:00:00.000Z'],
      ['idea-deadline/2024-11-08/-1d/ana', '2024-11-07T08:00:00.000Z', '2024-11-08T22:59:59.999Z'],
    ]);
    // Someone who was waiting for it (the bot was down on 1 Nov) gets it now, once.
    const waiting = member('bo', { draft: { status: 'draft', progress }, since: new Date('2024-10-20T10:00:00Z') });
    expect(dueReminders(input([waiting]), now).map((o) => [o.key, o.due.toISOString()])[0]).toEqual([
      'idea-deadline/2024-11-08/-7d/bo',
      now.toISOString(),
    ]);
  });

  it('sends a missed reminder at the person\'s send hour, never before it, and never beside the closer one', () => {
    const waiting = member('ana', { draft: { status: 'draft', progress }, since: new Date('2024-10-20T10:00:00Z') });
    // 07:30 in Zurich on 5 Nov, back after downtime: the 7-day reminder waits for 09:00.
    expect(dueReminders(input([waiting]), new Date('2024-11-05T06:30:00Z')).map((o) => [o.key, o.due.toISOString()])[0]).toEqual([
      'idea-deadline/2024-11-08/-7d/ana',
      '2024-11-05T08:00:00.000Z',
    ]);
    // 07:30 on 6 Nov: at 09:00 the 2-day reminder is due, so the 7-day one is not sent at all.
    expect(dueReminders(input([waiting]), new Date('2024-11-06T06:30:00Z')).map((o) => o.key)).toEqual([
      'idea-deadline/2024-11-08/-2d/ana',
      'idea-deadline/2024-11-08/-1d/ana',
    ]);
  });

  it('never schedules at night, whatever the zone', () => {
    const zones = ['Pacific/Auckland', 'Asia/Kolkata', 'America/Los_Angeles', 'Africa/Nairobi'];
    const audience = zones.map((timeZone, i) => member(`u${i}`, { checkedEligibility: true, shortlisted: true, preferences: prefs(`u${i}`, { timeZone }) }));
    for (const o of dueReminders(input(audience), before)) {
      const hour = Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: zones[Number(o.userId.slice(1))] }).format(o.due));
      expect(hour).toBe(9);
    }
  });
});
