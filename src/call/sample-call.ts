import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type CallConfig, type CallTimeline } from './call-schema';
import { loadCallFile, parseCall, stringifyCall } from './load-call';
import { addLocalDays, localPartsOf } from './local-time';
import { callPhase } from './timeline';

/** How far ahead the sample call puts the idea deadline, in calendar days, when the window allows. */
export const SAMPLE_DAYS_TO_IDEA_DEADLINE = 30;

/** Options of `makeSampleCall`. */
export interface SampleCallOptions {
  /** The sample cycle's id (used in reference numbers: IH-sample-0001). Default `sample`. */
  id?: string;
  /**
   * Calendar days from `now` to the idea deadline, exactly. Default: 24 to 30, the one that keeps
   * every milestone (and so every session of the sample catalogue) on its weekday.
   */
  daysToIdeaDeadline?: number;
  /**
   * Where in the cycle `now` falls (default `ideas-open`): a later stage lets the second half be tried
   * (`shortlisting`: ideas closed, the shortlist not yet announced; `clinics`: the proposal stage with
   * the clinics open; `reviewing`: proposals closed, funding not yet announced). Now is then in the
   * stage's first week, the timeline moved by whole weeks.
   */
  stage?: SampleStage;
}

/** The stages of the cycle a sample call can be made for. */
export const SAMPLE_STAGES = ['ideas-open', 'shortlisting', 'clinics', 'reviewing'] as const;
export type SampleStage = (typeof SAMPLE_STAGES)[number];

/**
 * A copy of `base` for trying the assistant at any date: same rules, amounts, objectives, criteria
 * and contact, with the whole timeline moved by a whole number of calendar days so that `now` is in
 * the idea-submission window and the idea deadline is about 30 days ahead (by default a whole number
 * of weeks is moved, so a Friday deadline stays a Friday and the sessions counted from the
 * milestones stay on weekdays).
 *
 * Every milestone moves by the same number of days in the call's zone, so the gaps between
 * milestones (in calendar days) and the local times of day stay as in the base call. When the base
 * call's idea window is shorter than 30 days, the deadline comes closer so that the launch is not
 * after `now`.
 * @throws Error when no shift puts `now` in the idea window (an idea window shorter than a day).
 */
export function makeSampleCall(base: CallConfig, now: Date, options: SampleCallOptions = {}): CallConfig {
  const zone = base.timeline.timeZone;
  const today = localPartsOf(now, zone);
  const deadline = localPartsOf(base.timeline.ideaDeadline, zone);
  const daysFromDeadlineToToday = Math.round(
    (Date.UTC(today.year, today.month - 1, today.day) - Date.UTC(deadline.year, deadline.month - 1, deadline.day)) /
      86_400_000,
  );
  const title = {
    en: `Sample cycle (${base.title.en})`,
    fr: `Cycle d’essai (${base.title.fr})`,
    es: `Ciclo de prueba (${base.title.es})`,
  };
  const moved = (ahead: number): CallConfig => ({
    ...base,
    id: options.id ?? 'sample',
    title,
    timeline: shiftTimeline(base.timeline, daysFromDeadlineToToday + ahead),
  });
  if (options.stage && options.stage !== 'ideas-open') {
    // The latest timeline (whole weeks) that has already reached the stage: now is in its first week.
    for (let ahead = 7 * 60; ahead >= -7 * 60; ahead -= 7) {
      const sample = moved(ahead - (daysFromDeadlineToToday % 7));
      if (callPhase(sample, now) === options.stage) return sample;
    }
    throw new Error(`Cannot make a sample call in its ${options.stage} stage at ${now.toISOString()}`);
  }
  const target = options.daysToIdeaDeadline ?? SAMPLE_DAYS_TO_IDEA_DEADLINE;
  if (options.daysToIdeaDeadline === undefined) {
    for (let ahead = target; ahead > target - 7; ahead--) {
      if ((daysFromDeadlineToToday + ahead) % 7 !== 0) continue;
      const sample = moved(ahead);
      if (callPhase(sample, now) === 'ideas-open') return sample;
    }
  }
  for (let ahead = target; ahead >= 0; ahead--) {
    const sample = moved(ahead);
    if (callPhase(sample, now) === 'ideas-open') return sample;
  }
  throw new Error(
    `Cannot make a sample call open at ${now.toISOString()}: the idea window of call ${base.id} is shorter than a day`,
  );
}

/** The timeline with every milestone `days` calendar days later, same local time of day. */
export function shiftTimeline(timeline: CallTimeline, days: number): CallTimeline {
  const move = (at: Date) => addLocalDays(at, days, timeline.timeZone);
  return {
    timeZone: timeline.timeZone,
    launch: move(timeline.launch),
    ideaDeadline: move(timeline.ideaDeadline),
    shortlistAnnouncement: move(timeline.shortlistAnnouncement),
    clinicsWindow: { opens: move(timeline.clinicsWindow.opens), closes: move(timeline.clinicsWindow.closes) },
    proposalDeadline: move(timeline.proposalDeadline),
    fundingAnnouncement: move(timeline.fundingAnnouncement),
  };
}

/**
 * Writes the sample call made from the call file at `basePath` to `outPath`, as YAML the loader
 * reads, and checks that the written file loads back to the same call.
 * @returns the sample call.
 */
export function writeSampleCallFile(
  basePath: string,
  outPath: string,
  now: Date,
  options: SampleCallOptions = {},
): CallConfig {
  const sample = makeSampleCall(loadCallFile(basePath), now, options);
  const header = [
    ` Sample call cycle, generated from ${basePath} for ${now.toISOString()}.`,
    ` Same rules as that call; the dates are moved so that today is in its ${options.stage ?? 'ideas-open'} stage. Not a real call:`,
    ' do not edit, generate it again instead.',
  ].join('\n');
  const yaml = stringifyCall(sample, header);
  if (!isDeepStrictEqual(parseCall(yaml, outPath), sample)) {
    throw new Error(`The sample call written for ${outPath} does not read back as the same call`);
  }
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, yaml, 'utf8');
  return sample;
}
