import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock } from '../../src/clock';
import type { CallConfig } from '../../src/call/call-schema';
import { loadCallFile, parseCall } from '../../src/call/load-call';
import { localPartsOf } from '../../src/call/local-time';
import { makeSampleCall, writeSampleCallFile } from '../../src/call/sample-call';
import { callPhase, callStatus, daysUntil, milestones } from '../../src/call/timeline';
import { SHIPPED_CALL_PATH, editedCall } from './call-fixtures';

const base = loadCallFile(SHIPPED_CALL_PATH);

/** Calendar days between consecutive milestones, counted in the call's zone. */
function gaps(call: CallConfig): number[] {
  const list = milestones(call);
  return list.slice(1).map((m, i) => daysUntil(call, m.at, list[i].at));
}

/** Local time of day (HH:mm:ss.SSS) of every milestone in the call's zone. */
function timesOfDay(call: CallConfig): string[] {
  return milestones(call).map((m) => {
    const p = localPartsOf(m.at, call.timeline.timeZone);
    return `${p.hour}:${p.minute}:${p.second}.${p.millisecond}`;
  });
}

describe('makeSampleCall', () => {
  it.each([
    ['a winter morning', '2026-01-15T08:30:00.000Z'],
    ['just before midnight in Geneva', '2026-06-30T21:59:59.999Z'],
    ['just after midnight in Geneva', '2026-06-30T22:00:00.000Z'],
    ['the day clocks go forward', '2026-03-29T01:30:00.000Z'],
    ['a month before clocks go back', '2026-09-27T12:00:00.000Z'],
    ['a leap day', '2028-02-29T12:00:00.000Z'],
    ['inside the real 2024 window', '2024-10-01T12:00:00.000Z'],
  ])('is open for ideas at %s (%s), deadline 24 to 30 days ahead on the same weekday as the base call', (_name, instant) => {
    const now = new FixedClock(instant).now();
    const sample = makeSampleCall(base, now);
    expect(callPhase(sample, now)).toBe('ideas-open');
    const status = callStatus(sample, now) as { state: string; daysLeft: number };
    expect(status.state).toBe('open');
    expect(status.daysLeft).toBeGreaterThanOrEqual(24);
    expect(status.daysLeft).toBeLessThanOrEqual(30);
    const weekday = (call: CallConfig) => {
      const p = localPartsOf(call.timeline.ideaDeadline, call.timeline.timeZone);
      return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
    };
    expect(weekday(sample)).toBe(weekday(base));
  });

  it.each([
    ['shortlisting', '2026-01-15T08:30:00.000Z'],
    ['clinics', '2026-03-29T01:30:00.000Z'],
    ['reviewing', '2026-09-27T12:00:00.000Z'],
    ['clinics', '2028-02-29T12:00:00.000Z'],
  ] as const)('can put now in the %s stage (%s), in its first week, with the gaps and weekdays of the base call', (stage, instant) => {
    const now = new Date(instant);
    const sample = makeSampleCall(base, now, { stage });
    expect(callPhase(sample, now)).toBe(stage);
    // A week earlier the stage had not begun: now is in its first week.
    expect(callPhase(sample, new Date(now.getTime() - 7 * 86_400_000))).not.toBe(stage);
    expect(gaps(sample)).toEqual(gaps(base));
    expect(timesOfDay(sample)).toEqual(timesOfDay(base));
    const weekday = (call: CallConfig) => {
      const p = localPartsOf(call.timeline.ideaDeadline, call.timeline.timeZone);
      return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
    };
    expect(weekday(sample)).toBe(weekday(base));
  });

  it('keeps every rule, amount and list of the base call', () => {
    const sample = makeSampleCall(base, new Date('2026-05-04T09:00:00.000Z'));
    const { id, title, timeline, ...rules } = sample;
    const { id: baseId, title: baseTitle, timeline: baseTimeline, ...baseRules } = base;
    expect(rules).toEqual(baseRules);
    expect(sample.funding).toEqual({ min: 50_000, max: 80_000 });
    expect(sample.strategicObjectives).toEqual(base.strategicObjectives);
    expect(id).toBe('sample');
    expect(baseId).toBe('2024');
    expect(timeline.timeZone).toBe(baseTimeline.timeZone);
    expect(title.en).toMatch(/^Sample cycle/);
    expect(title.fr).toMatch(/^Cycle d’essai/);
    expect(title.es).toMatch(/^Ciclo de prueba/);
    expect(title.en).toContain(baseTitle.en);
  });

  it.each(['2026-01-15T08:30:00.000Z', '2026-03-29T01:30:00.000Z', '2026-09-27T12:00:00.000Z'])(
    'keeps the gaps between milestones and their local times of day (now = %s)',
    (instant) => {
      const sample = makeSampleCall(base, new Date(instant));
      expect(gaps(base)).toEqual([32, 17, 0, 34, 0, 31]);
      expect(gaps(sample)).toEqual(gaps(base));
      expect(timesOfDay(sample)).toEqual(timesOfDay(base));
    },
  );

  it('brings the deadline closer when the base idea window is shorter than 30 days', () => {
    const short = editedCall([[['timeline', 'launch'], '2024-10-15']]);
    const now = new Date('2026-05-04T09:00:00.000Z');
    const sample = makeSampleCall(short, now);
    expect(callPhase(sample, now)).toBe('ideas-open');
    expect(callStatus(sample, now)).toMatchObject({ state: 'open', daysLeft: 10 });
  });

  it('follows a changed base call', () => {
    const changed = editedCall([
      [['funding', 'max'], 100_000],
      [['maxDurationMonths'], 18],
    ]);
    const sample = makeSampleCall(changed, new Date('2026-05-04T09:00:00.000Z'));
    expect(sample.funding).toEqual({ min: 50_000, max: 100_000 });
    expect(sample.maxDurationMonths).toBe(18);
  });

  it('honours a chosen id and distance to the deadline', () => {
    const now = new Date('2026-05-04T09:00:00.000Z');
    const sample = makeSampleCall(base, now, { id: 'demo', daysToIdeaDeadline: 7 });
    expect(sample.id).toBe('demo');
    expect(callStatus(sample, now)).toMatchObject({ state: 'open', daysLeft: 7 });
  });
});

describe('writeSampleCallFile', () => {
  it('writes YAML the loader reads back to the same sample call', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sample-call-'));
    const out = join(dir, 'call-sample.yaml');
    const now = new Date('2026-05-04T09:00:00.000Z');
    const written = writeSampleCallFile(SHIPPED_CALL_PATH, out, now);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^# Sample call cycle, generated from/);
    expect(text).toContain('timeZone: Europe/Zurich');
    expect(text).toContain('ideaDeadline: 2026-05-29T23:59'); // a Friday, as in 2024, 25 days ahead
    expect(text).toContain('launch: 2026-04-27\n');
    expect(loadCallFile(out)).toEqual(written);
    expect(parseCall(text, out)).toEqual(makeSampleCall(base, now));
    expect(callPhase(loadCallFile(out), now)).toBe('ideas-open');
  });
});
