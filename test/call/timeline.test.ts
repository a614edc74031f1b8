import { FixedClock } from '../../src/clock';
import { loadCallFile } from '../../src/call/load-call';
import {
  type CallPhase,
  areIdeasOpen,
  callPhase,
  callStatus,
  daysUntil,
  isIdeaDeadlinePast,
  isProposalDeadlinePast,
  milestones,
  nextMilestone,
} from '../../src/call/timeline';
import { SHIPPED_CALL_PATH, editedCall } from './call-fixtures';

const call2024 = loadCallFile(SHIPPED_CALL_PATH);

describe('callPhase of the 2024 call', () => {
  it.each<[string, string, CallPhase]>([
    ['long before', '2024-01-01T00:00:00.000Z', 'not-open'],
    ['last ms before launch (23:59:59.999 on 22 Sep, Geneva)', '2024-09-22T21:59:59.999Z', 'not-open'],
    ['launch, 00:00 on 23 Sep in Geneva', '2024-09-22T22:00:00.000Z', 'ideas-open'],
    ['mid-October', '2024-10-15T12:00:00.000Z', 'ideas-open'],
    ['start of the deadline minute, 23:59:00 local', '2024-10-25T21:59:00.000Z', 'ideas-open'],
    ['one ms before the end of the deadline minute', '2024-10-25T21:59:59.999Z', 'ideas-open'],
    ['the end of the deadline minute, 00:00 on 26 Oct local', '2024-10-25T22:00:00.000Z', 'shortlisting'],
    ['23:59 UTC on 25 Oct is already 01:59 on 26 Oct in Geneva', '2024-10-25T23:59:00.000Z', 'shortlisting'],
    ['last ms before the shortlist', '2024-11-10T22:59:59.999Z', 'shortlisting'],
    ['shortlist announced and clinics open', '2024-11-10T23:00:00.000Z', 'clinics'],
    ['early December', '2024-12-02T09:00:00.000Z', 'clinics'],
    ['last ms of the proposal deadline', '2024-12-15T22:59:59.999Z', 'clinics'],
    ['proposal deadline past', '2024-12-15T23:00:00.000Z', 'reviewing'],
    ['last ms before the funding announcement', '2025-01-14T22:59:59.999Z', 'reviewing'],
    ['funding announcement day', '2025-01-14T23:00:00.000Z', 'closed'],
    ['years later', '2030-06-01T00:00:00.000Z', 'closed'],
  ])('%s (%s) -> %s', (_name, instant, phase) => {
    expect(callPhase(call2024, new Date(instant))).toBe(phase);
  });
});

describe('callPhase with a clinics window inside the proposal period', () => {
  const call = editedCall([
    [['timeline', 'clinicsWindow', 'opens'], '2024-11-18T09:00'],
    [['timeline', 'clinicsWindow', 'closes'], '2024-12-06T17:00'],
  ]);

  it.each<[string, CallPhase]>([
    ['2024-11-10T23:00:00.000Z', 'proposals-open'], // shortlist announced, clinics not open yet
    ['2024-11-18T07:59:59.999Z', 'proposals-open'],
    ['2024-11-18T08:00:00.000Z', 'clinics'], // 09:00 CET
    ['2024-12-06T16:00:59.999Z', 'clinics'], // 17:00:59.999 CET, last ms of the closing minute
    ['2024-12-06T16:01:00.000Z', 'proposals-open'],
    ['2024-12-15T22:59:59.999Z', 'proposals-open'],
    ['2024-12-15T23:00:00.000Z', 'reviewing'],
  ])('%s -> %s', (instant, phase) => {
    expect(callPhase(call, new Date(instant))).toBe(phase);
  });
});

describe('the idea deadline boundary', () => {
  it.each([
    ['2024-10-25T21:58:59.999Z', false], // 23:58:59.999 local
    ['2024-10-25T21:59:00.000Z', false], // 23:59:00.000 local: the deadline minute starts
    ['2024-10-25T21:59:59.998Z', false],
    ['2024-10-25T21:59:59.999Z', false], // 23:59:59.999 local: still on time
    ['2024-10-25T22:00:00.000Z', true], // 00:00:00.000 on 26 October local: late
    ['2024-10-25T22:00:00.001Z', true],
  ])('at %s the deadline is past: %s', (instant, past) => {
    const now = new Date(instant);
    expect(isIdeaDeadlinePast(call2024, now)).toBe(past);
    expect(areIdeasOpen(call2024, now)).toBe(!past);
  });

  it('flips exactly when a clock moves one millisecond past 23:59:59.999 local', () => {
    const clock = new FixedClock('2024-10-25T21:59:59.999Z');
    expect(isIdeaDeadlinePast(call2024, clock.now())).toBe(false);
    clock.advance(1);
    expect(isIdeaDeadlinePast(call2024, clock.now())).toBe(true);
  });

  it.each([
    ['2024-12-15T22:59:59.999Z', false],
    ['2024-12-15T23:00:00.000Z', true],
  ])('proposal deadline at %s past: %s', (instant, past) => {
    expect(isProposalDeadlinePast(call2024, new Date(instant))).toBe(past);
  });
});

describe('milestones', () => {
  it('lists them in time order', () => {
    const list = milestones(call2024);
    expect(list.map((m) => m.id)).toEqual([
      'launch',
      'ideaDeadline',
      'shortlistAnnouncement',
      'clinicsOpen',
      'clinicsClose',
      'proposalDeadline',
      'fundingAnnouncement',
    ]);
    const times = list.map((m) => m.at.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it.each([
    ['2024-09-01T00:00:00.000Z', 'launch', '2024-09-22T22:00:00.000Z'],
    ['2024-09-22T22:00:00.000Z', 'ideaDeadline', '2024-10-25T21:59:59.999Z'],
    ['2024-10-25T21:59:59.999Z', 'ideaDeadline', '2024-10-25T21:59:59.999Z'],
    ['2024-10-25T22:00:00.000Z', 'shortlistAnnouncement', '2024-11-10T23:00:00.000Z'],
    ['2024-11-10T23:00:00.000Z', 'clinicsClose', '2024-12-15T22:59:59.999Z'],
    ['2024-12-15T23:00:00.000Z', 'fundingAnnouncement', '2025-01-14T23:00:00.000Z'],
  ])('next after %s is %s at %s', (instant, id, at) => {
    expect(nextMilestone(call2024, new Date(instant))).toMatchObject({ id, at: new Date(at) });
  });

  it('has none after the funding announcement', () => {
    expect(nextMilestone(call2024, new Date('2025-01-14T23:00:00.000Z'))).toBeUndefined();
  });
});

describe('daysUntil counts calendar days in the call zone', () => {
  const deadline = call2024.timeline.ideaDeadline;
  it.each([
    ['2024-10-24T22:00:00.000Z', 0], // 00:00 on the 25th in Geneva: deadline is today
    ['2024-10-25T21:59:59.999Z', 0],
    ['2024-10-24T21:59:59.999Z', 1], // 23:59:59.999 on the 24th: tomorrow
    ['2024-10-24T23:30:00.000Z', 0], // still the 24th in UTC, already the 25th in Geneva
    ['2024-09-25T10:00:00.000Z', 30],
    ['2024-10-26T10:00:00.000Z', -1],
  ])('from %s: %i', (instant, days) => {
    expect(daysUntil(call2024, deadline, new Date(instant))).toBe(days);
  });
});

describe('callStatus', () => {
  it.each([
    ['2024-09-01T08:00:00.000Z', { state: 'opens', on: new Date('2024-09-22T22:00:00.000Z') }],
    [
      '2024-09-25T10:00:00.000Z',
      { state: 'open', ideaDeadline: new Date('2024-10-25T21:59:59.999Z'), daysLeft: 30 },
    ],
    [
      '2024-10-25T21:59:59.999Z',
      { state: 'open', ideaDeadline: new Date('2024-10-25T21:59:59.999Z'), daysLeft: 0 },
    ],
    [
      '2024-10-25T22:00:00.000Z',
      {
        state: 'closed',
        closedOn: new Date('2024-10-25T21:59:59.999Z'),
        phase: 'shortlisting',
        next: { id: 'shortlistAnnouncement', kind: 'start', at: new Date('2024-11-10T23:00:00.000Z') },
      },
    ],
    [
      '2025-02-01T00:00:00.000Z',
      { state: 'closed', closedOn: new Date('2024-10-25T21:59:59.999Z'), phase: 'closed' },
    ],
  ])('at %s', (instant, expected) => {
    expect(callStatus(call2024, new Date(instant))).toEqual(expected);
  });
});

describe('a changed call file changes the answers', () => {
  const call2025 = editedCall([
    [['id'], '2025'],
    [['funding', 'min'], 20_000],
    [['funding', 'max'], 60_000],
    [['timeline', 'timeZone'], 'America/New_York'],
    [['timeline', 'launch'], '2025-09-01'],
    [['timeline', 'ideaDeadline'], '2025-10-10T17:00'],
    [['timeline', 'shortlistAnnouncement'], '2025-11-03'],
    [['timeline', 'clinicsWindow', 'opens'], '2025-11-03'],
    [['timeline', 'clinicsWindow', 'closes'], '2025-12-01T23:59'],
    [['timeline', 'proposalDeadline'], '2025-12-01T23:59'],
    [['timeline', 'fundingAnnouncement'], '2026-01-15'],
  ]);

  it('reads the new amounts and id', () => {
    expect(call2025.id).toBe('2025');
    expect(call2025.funding).toEqual({ min: 20_000, max: 60_000 });
    expect(call2024.funding).toEqual({ min: 50_000, max: 80_000 });
  });

  it.each<[string, CallPhase, CallPhase]>([
    // instant, 2024 file, changed file
    ['2024-10-01T12:00:00.000Z', 'ideas-open', 'not-open'],
    ['2025-09-15T12:00:00.000Z', 'closed', 'ideas-open'],
    ['2025-10-10T21:00:59.999Z', 'closed', 'ideas-open'], // 17:00:59.999 EDT
    ['2025-10-10T21:01:00.000Z', 'closed', 'shortlisting'],
  ])('at %s: 2024 file says %s, changed file says %s', (instant, before, after) => {
    expect(callPhase(call2024, new Date(instant))).toBe(before);
    expect(callPhase(call2025, new Date(instant))).toBe(after);
  });

  it('tells the new deadline', () => {
    expect(callStatus(call2025, new Date('2025-10-09T12:00:00.000Z'))).toEqual({
      state: 'open',
      ideaDeadline: new Date('2025-10-10T21:00:59.999Z'),
      daysLeft: 1,
    });
  });
});
