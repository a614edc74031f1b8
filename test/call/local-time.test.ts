import {
  addLocalDays,
  formatLocalDateTime,
  isKnownTimeZone,
  type MilestoneKind,
  parseLocalDateTime,
} from '../../src/call/local-time';

describe('parsing local dates in the call zone', () => {
  it.each<[string, string, MilestoneKind, string]>([
    // written, zone, kind, UTC instant
    ['2024-10-25T23:59', 'Europe/Zurich', 'start', '2024-10-25T21:59:00.000Z'], // CEST, UTC+2
    ['2024-10-25T23:59', 'Europe/Zurich', 'deadline', '2024-10-25T21:59:59.999Z'], // whole minute counts
    ['2024-10-25', 'Europe/Zurich', 'deadline', '2024-10-25T21:59:59.999Z'], // plain date = end of day
    ['2024-10-25', 'Europe/Zurich', 'start', '2024-10-24T22:00:00.000Z'], // plain date = start of day
    ['2024-12-15T23:59', 'Europe/Zurich', 'deadline', '2024-12-15T22:59:59.999Z'], // CET, UTC+1
    ['2024-10-27T03:00', 'Europe/Zurich', 'start', '2024-10-27T02:00:00.000Z'], // just after clocks go back
    ['2024-03-31T03:00', 'Europe/Zurich', 'start', '2024-03-31T01:00:00.000Z'], // just after clocks go forward
    ['2024-10-25T23:59', 'America/New_York', 'deadline', '2024-10-26T03:59:59.999Z'],
    ['2024-10-25T23:59', 'Asia/Tokyo', 'deadline', '2024-10-25T14:59:59.999Z'],
    ['2024-10-25T23:59', 'UTC', 'deadline', '2024-10-25T23:59:59.999Z'],
    ['2024-02-29', 'Europe/Zurich', 'start', '2024-02-28T23:00:00.000Z'], // leap day
  ])('%s in %s as a %s is %s', (written, zone, kind, expected) => {
    const parsed = parseLocalDateTime(written, zone, kind);
    expect(parsed).toEqual({ ok: true, value: new Date(expected) });
  });

  it.each<[unknown, string]>([
    ['2023-02-29', 'is not a calendar date'],
    ['2024-13-01', 'is not a calendar date'],
    ['2024-10-25T23:60', 'is not a time of day'],
    ['2024-10-25 23:59', 'must be a date like 2024-10-25'],
    ['25/10/2024', 'must be a date like 2024-10-25'],
    ['2024-10-25T23:59Z', 'without an offset'],
    ['2024-10-25T23:59+02:00', 'without an offset'],
    ['2024-03-31T02:30', 'does not exist in Europe/Zurich'],
    [20241025, 'found a number'],
    [undefined, 'is missing'],
  ])('refuses %j: %s', (written, problem) => {
    const parsed = parseLocalDateTime(written, 'Europe/Zurich', 'start');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(problem);
  });
});

describe('writing instants back as local text', () => {
  it.each<[string, MilestoneKind]>([
    ['2024-09-23', 'start'],
    ['2024-09-23T09:30', 'start'],
    ['2024-10-25T23:59', 'deadline'],
    ['2024-10-25T17:00', 'deadline'],
    ['2024-12-15T23:59', 'deadline'],
  ])('%s (%s) round-trips', (written, kind) => {
    const parsed = parseLocalDateTime(written, 'Europe/Zurich', kind);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(formatLocalDateTime(parsed.value, 'Europe/Zurich', kind)).toBe(written);
  });

  it('writes a plain-date deadline with its time, the same instant', () => {
    const parsed = parseLocalDateTime('2024-10-25', 'Europe/Zurich', 'deadline');
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(formatLocalDateTime(parsed.value, 'Europe/Zurich', 'deadline')).toBe('2024-10-25T23:59');
  });
});

describe('moving by calendar days', () => {
  it.each([
    // from, days, to: the local time of day stays, across daylight-saving changes too
    ['2024-10-25T21:59:59.999Z', 7, '2024-11-01T22:59:59.999Z'], // 23:59:59.999 CEST -> CET
    ['2024-03-25T23:00:00.000Z', 7, '2024-04-01T22:00:00.000Z'], // 00:00 CET -> CEST
    ['2024-09-22T22:00:00.000Z', -1, '2024-09-21T22:00:00.000Z'],
    ['2024-09-22T22:00:00.000Z', 0, '2024-09-22T22:00:00.000Z'],
  ])('%s + %i days = %s', (from, days, to) => {
    expect(addLocalDays(new Date(from), days, 'Europe/Zurich').toISOString()).toBe(to);
  });
});

describe('time zone names', () => {
  it.each([
    ['Europe/Zurich', true],
    ['America/Argentina/Buenos_Aires', true],
    ['UTC', true],
    ['Europe/Geneva', false],
    ['+02:00', false],
    ['', false],
    [42, false],
  ])('%j is known: %s', (zone, known) => {
    expect(isKnownTimeZone(zone)).toBe(known);
  });
});
