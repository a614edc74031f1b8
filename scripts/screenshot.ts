import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { FixedClock } from '../src/clock';
import { Playground } from '../test/support/playground';
import { PLAYGROUND_ADMIN_ID, playgroundAdminConfig } from './playground-admin';
import { submitIdea } from '../test/support/ideas';
import { announceDecision } from '../test/support/desk';
import type { TeamsUser } from '../test/support/teams-user';
import { DURING_2024_IDEA_WINDOW, TestBot } from '../test/support/test-bot';

/**
 * Screenshots of the bot in the Microsoft 365 Agents Playground's web UI, for the README.
 *
 *   npx tsx scripts/screenshot.ts                       # the README set (SCREENSHOTS below)
 *   npx tsx scripts/screenshot.ts --only=session        # those of the README set whose path has "session"
 *   npx tsx scripts/screenshot.ts out.png "type:help" "click:Language" "click:Français"
 *   npx tsx scripts/screenshot.ts --crop=card out.png "click:Check eligibility"
 *
 * Output paths are relative to the repository root.
 *
 * Each screenshot gets a fresh bot (TestBot: temp SQLite, the clock fixed inside the 2024 idea window
 * so the pictures do not change with today's date), a fresh Playground on 127.0.0.1 and a fresh
 * Chromium page. The page may load nothing but 127.0.0.1 (the Playground asks a Microsoft CDN for
 * Segoe UI; a local font is used instead). Needs a Chromium: `apt-get install chromium`.
 *
 * The user's steps either go through the web UI (typing, filling a card's inputs, clicking its
 * buttons) or, for the long stretches a picture does not show, through the Playground's own API
 * (`submit`: the card's button pressed with its inputs filled in, as Teams would send it); the web UI
 * shows the bot's answers either way.
 */

/**
 * What the user does:
 * - `{ type }`: types a message in the web UI and sends it;
 * - `{ click }`: clicks a card button by its title (the newest such button) in the web UI;
 * - `{ fill, click? }`: fills inputs of the newest card in the web UI, then clicks `click` if given
 *   (without it, nothing is sent: the picture shows the card being filled in). Keys are (part of) the
 *   input's label; values are the text to type, or for a choice set the title(s) of the option(s) to
 *   select (a multi-select gets exactly those);
 * - `{ submit, inputs? }`: presses the newest card button with this title or verb through the
 *   Playground's API, with the values the card shows overridden by `inputs` (input id -> value; a
 *   multi-select is its option values joined with commas).
 * - `{ admin }`: an IKM administrator (the bot gets IKM_ADMIN_IDS) types this in *their own* chat with
 *   the bot, outside the Playground (a TeamsUser over TestBot's fake connector), e.g. "run reminders";
 *   then waits for what the bot posts to the Playground's chat. (Not the Playground's user: an admin
 *   running a pass in the chat that the pass writes to waits on itself, as the bot runs one turn at a
 *   time per conversation and the proactive send is a turn of that conversation.)
 */
export type Step =
  | { type: string }
  | { click: string }
  | { fill: Record<string, string | string[]>; click?: string }
  | { submit: string; inputs?: Record<string, string> }
  | { admin: string };

export interface ScreenshotOptions {
  /** Browser viewport (default 1280x900). It grows when `crop: 'card'` needs a taller chat. */
  viewport?: { width: number; height: number };
  /**
   * 'chat': only the conversation pane (default); 'page': the whole Playground window; 'card': the
   * bot's newest card message (sender line and card), scrolled fully into view.
   */
  crop?: 'chat' | 'page' | 'card';
  /** Chromium to drive (default /usr/bin/chromium, or $CHROMIUM_PATH). */
  executablePath?: string;
  /**
   * The user's IANA time zone: Teams' `localTimezone` on every activity the Playground sends, and the
   * browser's zone (default: the browser in Europe/Zurich, the Playground in this process's zone).
   */
  timeZone?: string;
  /** Extra settings for the bot (TestBot env), e.g. `SESSIONS_FILE`. */
  env?: Record<string, string>;
  /**
   * Only these sessions of content/sessions.yaml (ids), so that a catalogue fits in a picture: the bot
   * gets a copy of the file without the others as its SESSIONS_FILE. Default: the whole file.
   */
  sessions?: string[];
  /** The bot's fixed clock (ISO instant). Default: TestBot's, inside the 2024 idea window. */
  clock?: string;
  /**
   * The Playground's own user is an IKM administrator: the Playground gets the configuration of
   * `npm run playground -- --admin`, whose user has IKM_ADMIN_ID (its default user's id is no GUID,
   * and the bot's IKM_ADMIN_IDS accepts only GUIDs).
   */
  playgroundUserIsAdmin?: boolean;
  /**
   * Done through the bot's HTTP endpoint before the Playground opens: other people's ideas, say. The
   * bot's clock is given so that a picture of a later stage can set its scene earlier.
   */
  prepare?: (bot: TestBot, clock: FixedClock) => Promise<void>;
}

export interface ScreenshotJob
  extends Pick<ScreenshotOptions, 'crop' | 'viewport' | 'timeZone' | 'env' | 'sessions' | 'clock' | 'playgroundUserIsAdmin' | 'prepare'> {
  output: string;
  steps: Step[];
}

/** A believable idea, section by section (input ids and option ids of the 2024 call). */
const IDEA = {
  idea: {
    title: 'Solar charging kiosks run by displaced youth',
    objectives: 'saving-lives,solutions-to-displacement',
    priorities: 'gender-diversity-youth,environmental-sustainability',
  },
  office: {
    officeType: 'country-office',
    officeName: 'IOM Uganda',
    countryOrRegion: 'Uganda',
    focalPointName: 'Amina Kato',
    focalPointEmail: 'akato@iom.int',
  },
  solution: {
    problem:
      'In the settlements of northern Uganda, most families own a phone but have nowhere to charge it. Without a working phone they miss cash transfers, health alerts and news from relatives.',
    solution:
      'Young people from the settlements run solar charging kiosks, trained and equipped by IOM. Charging is free for the most vulnerable; a small fee from others pays for upkeep.',
    novelty: 'The kiosks are owned and run by displaced youth themselves, and double as information points.',
  },
  people: {
    beneficiaryGroups: 'youth,women',
    participation:
      'Youth committees choose the kiosk sites and the operators; opening hours and prices are set with women’s groups.',
  },
  results: {
    results: '20 kiosks, 60 trained operators and 15,000 people with a charged phone each week, tracked by each kiosk.',
    sustainability: 'Fees cover repairs after the first year. Panels and batteries are recycled through a local partner.',
    scaling: 'The model fits any settlement with sun and mobile coverage; the district plans two more sites.',
    partners: 'Arua District Local Government; SolarNow Uganda.',
  },
  budget: { budgetUsd: '75000', durationMonths: '12', plannedStart: '2025-03-01' },
} satisfies Record<string, Record<string, string>>;

/** Sections 1 to `count` of the idea form, saved through the Playground's API. */
const ideaSections = (count: number): Step[] =>
  Object.values(IDEA)
    .slice(0, count)
    .map((inputs) => ({ submit: 'idea.section', inputs }));

/** The user of the session pictures: the idea's focal point, at IOM Uganda. */
const SESSIONS_USER_ZONE = 'Africa/Kampala';
/**
 * The sessions of the catalogue pictures (the whole sample catalogue is a card too tall for the
 * README): at the fixed clock (1 October 2024) the two information webinars are open to everyone and
 * bookable; the clinic and the workshop are for shortlisted teams (after 11 November), which the
 * Playground's user is not: the card says so and offers no button for them.
 */
const SESSIONS_SHOWN = ['webinar-call-intro', 'webinar-idea-questions', 'clinic-business-model-1', 'workshop-human-centred-design'];

/** The Entra object id of the IKM administrator of the `admin` steps (the bot's IKM_ADMIN_IDS). */
const IKM_ADMIN_ID = PLAYGROUND_ADMIN_ID;

export const SCREENSHOTS: ScreenshotJob[] = [
  { output: 'docs/screenshots/welcome.png', steps: [] },
  { output: 'docs/screenshots/help.png', steps: [{ click: 'Help' }] },
  {
    // An HQ department without a coordinating office, asking too much: "not yet", with the fixes.
    output: 'docs/screenshots/eligibility-result.png',
    crop: 'card',
    steps: [
      { click: 'Check eligibility' },
      {
        fill: {
          'Who will submit the idea?': 'Department at IOM Headquarters',
          'Which strategic objectives': ['1. Saving lives and protecting people on the move', '2. Driving solutions to displacement'],
          'How much funding': '90,000',
          'How many months': '12',
          'Which language': 'English',
        },
        click: 'Save and continue',
      },
    ],
  },
  {
    // Section 3, being filled in by the user in the web UI.
    output: 'docs/screenshots/idea-form-section.png',
    crop: 'card',
    steps: [
      { click: 'Start or continue my idea' },
      ...ideaSections(2),
      { fill: { 'The problem': IDEA.solution.problem, 'Your solution': IDEA.solution.solution } },
    ],
  },
  {
    // Section 6 refused: what is wrong with each answer, and the answers kept.
    output: 'docs/screenshots/idea-form-problems.png',
    crop: 'card',
    steps: [
      { click: 'Start or continue my idea' },
      ...ideaSections(5),
      {
        fill: { 'Seed funding requested': '95,000', 'Duration in months': '18', 'Planned start date': '2024-11-04' },
        click: 'Save and continue',
      },
    ],
  },
  {
    output: 'docs/screenshots/idea-review.png',
    crop: 'card',
    steps: [{ click: 'Start or continue my idea' }, ...ideaSections(6)],
  },
  {
    // The confirmation: the reference, the facts, and a copy of the idea to download.
    output: 'docs/screenshots/idea-submitted.png',
    crop: 'card',
    steps: [{ click: 'Start or continue my idea' }, ...ideaSections(6), { click: 'Submit my idea' }],
  },
  {
    // The catalogue: four sessions of content/sessions.yaml (dates relative to the fixed clock), for a
    // user in Kampala (Teams' localTimezone): the times in their zone, the zone named.
    output: 'docs/screenshots/sessions-catalogue.png',
    crop: 'card',
    timeZone: SESSIONS_USER_ZONE,
    sessions: SESSIONS_SHOWN,
    steps: [{ click: 'Clinics and workshops' }],
  },
  {
    // Book pressed on the first webinar (open to everyone): the confirmation, Join, calendar, cancel.
    output: 'docs/screenshots/session-booking.png',
    crop: 'card',
    timeZone: SESSIONS_USER_ZONE,
    sessions: SESSIONS_SHOWN,
    steps: [
      { click: 'Clinics and workshops' },
      // Its Book button (the card has one per bookable session; the first webinar's is the first).
      { submit: 'session.book', inputs: { sessionId: 'webinar-call-intro' } },
    ],
  },
  {
    // "My bookings" after booking both webinars: each seat with Join, Add to calendar and Cancel (no
    // Move: the only other webinar is the one booked).
    output: 'docs/screenshots/my-bookings.png',
    crop: 'card',
    viewport: { width: 1280, height: 1200 },
    timeZone: SESSIONS_USER_ZONE,
    sessions: SESSIONS_SHOWN,
    steps: [
      { type: 'clinics' },
      { submit: 'session.book', inputs: { sessionId: 'webinar-call-intro' } },
      { type: 'clinics' },
      { submit: 'session.book', inputs: { sessionId: 'webinar-idea-questions' } },
      { type: 'my bookings' },
    ],
  },
  {
    // A question written in French in an English chat: answered in French, the switch said once.
    output: 'docs/screenshots/faq-answer-fr.png',
    crop: 'card',
    steps: [{ type: 'quand est la date limite ?' }],
  },
  {
    // A French card with long button titles: the eligibility verdict, its three buttons one per row.
    output: 'docs/screenshots/eligibility-result-fr.png',
    crop: 'card',
    viewport: { width: 1280, height: 1300 },
    steps: [
      { type: 'langue' },
      { click: 'Français' },
      { type: 'vérifier l’éligibilité' },
      {
        submit: 'eligibility.answers',
        inputs: { submitterKind: 'country-office', objectives: 'saving-lives', budgetUsd: '60000', durationMonths: '12', submissionLanguage: 'en' },
      },
    ],
  },
  {
    // A proactive reminder: 18 October 2024, 09:00 in Geneva, seven days before the idea deadline,
    // for a user with section 1 of their idea saved. An IKM administrator runs a reminder pass now,
    // from their own chat: the reminder arrives in the Playground's chat, as the bot's newest message.
    output: 'docs/screenshots/reminder.png',
    crop: 'card',
    clock: '2024-10-18T07:00:00Z',
    timeZone: 'Europe/Zurich',
    steps: [{ type: 'my idea' }, ...ideaSections(1), { admin: 'run reminders' }],
  },
  {
    // The IKM desk's dashboard, a few ideas in: the Playground's user is an IKM administrator.
    output: 'docs/screenshots/ikm-dashboard.png',
    crop: 'card',
    playgroundUserIsAdmin: true,
    prepare: submitSampleIdeas,
    steps: [{ type: 'ikm desk' }],
  },
  {
    // The desk's clinics and workshops: every session to come with its id and seats, and "Manage".
    output: 'docs/screenshots/ikm-sessions.png',
    crop: 'card',
    playgroundUserIsAdmin: true,
    steps: [{ type: 'ikm desk' }, { click: 'Clinics and workshops' }],
  },
  {
    output: 'docs/screenshots/ikm-submission.png',
    crop: 'card',
    viewport: { width: 1280, height: 1400 },
    playgroundUserIsAdmin: true,
    prepare: submitSampleIdeas,
    steps: [{ type: 'ikm desk' }, { submit: 'desk.submissions' }, { submit: 'desk.submission.open', inputs: { reference: 'IH-2024-0001' } }],
  },
  {
    output: 'docs/screenshots/ikm-shortlist-preview.png',
    crop: 'card',
    playgroundUserIsAdmin: true,
    prepare: submitSampleIdeas,
    steps: [{ type: 'ikm desk' }, { click: 'Shortlist by reference' }, { fill: { 'Reference numbers': 'IH-2024-0001\nIH-2024-0003, IH-2024-0042' }, click: 'Check' }],
  },
  {
    output: 'docs/screenshots/ikm-announcement-preview.png',
    crop: 'page',
    viewport: { width: 1280, height: 1100 },
    playgroundUserIsAdmin: true,
    prepare: submitSampleIdeas,
    steps: [
      { type: 'ikm desk' },
      { click: 'New announcement' },
      {
        fill: {
          'Who gets it': 'Teams that submitted an idea',
          'Message in English': 'The webinar on writing the full proposal is on Friday at 14:00 Geneva time. Book your seat from "Clinics and workshops".',
          'Message in French': 'Le webinaire sur la rédaction de la proposition complète a lieu vendredi à 14 h, heure de Genève. Réservez votre place depuis « Cliniques et ateliers ».',
        },
        click: 'Preview',
      },
    ],
  },
  {
    // A shortlisted team at the proposal stage, five weeks before the proposal deadline: one item
    // of the checklist ticked, the clinics and workshops open to it (the first days of the window). (The Playground's user is also an IKM
    // administrator here: that is how its idea is submitted and shortlisted before the chat opens.)
    output: 'docs/screenshots/my-proposal.png',
    crop: 'card',
    viewport: { width: 1280, height: 1300 },
    timeZone: SESSIONS_USER_ZONE,
    sessions: ['clinic-business-model-1', 'clinic-scaling-1', 'workshop-human-centred-design'],
    playgroundUserIsAdmin: true,
    prepare: shortlistPlaygroundUsersIdea,
    steps: [{ type: 'my proposal' }],
  },
  {
    // What the assistant keeps about a person who has saved two sections of an idea and booked a seat.
    output: 'docs/screenshots/my-data.png',
    crop: 'card',
    viewport: { width: 1280, height: 1300 },
    timeZone: SESSIONS_USER_ZONE,
    sessions: SESSIONS_SHOWN,
    steps: [
      { type: 'my idea' },
      ...ideaSections(2),
      { type: 'clinics' },
      { submit: 'session.book', inputs: { sessionId: 'webinar-call-intro' } },
      { type: 'my data' },
    ],
  },
];

/**
 * The Playground's user (an IKM administrator, by its configuration) submits the sample idea during the
 * idea window and shortlists it; then the clock moves to the proposal stage and one checklist item is
 * ticked.
 */
async function shortlistPlaygroundUsersIdea(bot: TestBot, clock: FixedClock): Promise<void> {
  const team = bot.user({ aadObjectId: IKM_ADMIN_ID, localTimezone: SESSIONS_USER_ZONE });
  const reference = await submitIdea(team, { sections: Object.values(IDEA) });
  await team.press({ verb: 'desk.shortlist.set', reference, on: true });
  // The shortlist is the team's once announced: after the idea deadline, for the call's date.
  clock.set('2024-10-28T08:00:00Z');
  await announceDecision(team, 'shortlist', 'date');
  clock.set('2024-11-11T08:00:00Z');
  await team.press({ verb: 'proposal.item', itemId: 'budget', done: true });
}

/** Three ideas submitted by other people (two of them write in French), for the desk's pictures. */
async function submitSampleIdeas(bot: TestBot): Promise<void> {
  await submitIdea(bot.user(), { sections: Object.values(IDEA) });
  await submitIdea(bot.user({ locale: 'fr-FR' }), { title: 'Cliniques mobiles de santé pour les communautés nomades', opening: 'mon idée' });
  await submitIdea(bot.user({ locale: 'fr-FR' }), { title: 'Registre numérique des compétences des personnes déplacées', opening: 'mon idée' });
}

const ROOT = path.resolve(__dirname, '..');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const STEP_TIMEOUT_MS = 15_000;
/** White space kept around a cropped card, in CSS pixels. */
const CARD_MARGIN = 12;

/** Opens the Playground, waits for the welcome card, plays `steps`, saves a PNG to `output`. */
export async function screenshotConversation(steps: Step[], output: string, options: ScreenshotOptions = {}): Promise<void> {
  const browser = await chromium.launch({
    executablePath: options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
  try {
    await withBrowser(browser, steps, output, options);
  } finally {
    await browser.close();
  }
}

async function withBrowser(browser: Browser, steps: Step[], output: string, options: ScreenshotOptions): Promise<void> {
  const sessionsDir = options.sessions ? mkdtempSync(path.join(os.tmpdir(), 'hub-screenshot-')) : undefined;
  const env = { ...options.env };
  if (steps.some((step) => 'admin' in step) || options.playgroundUserIsAdmin) env.IKM_ADMIN_IDS = IKM_ADMIN_ID;
  if (sessionsDir && options.sessions) env.SESSIONS_FILE = sessionsSubset(options.sessions, sessionsDir);
  let bot: TestBot | undefined;
  let playground: Playground | undefined;
  try {
    const clock = new FixedClock(options.clock ?? DURING_2024_IDEA_WINDOW);
    bot = await new TestBot({ env, clock }).start();
    await options.prepare?.(bot, clock);
    playground = await Playground.start({
      botUrl: bot.url,
      maxLifetimeMs: 120_000,
      timeZone: options.timeZone,
      ...(options.playgroundUserIsAdmin ? { configYaml: playgroundAdminConfig() } : {}),
    });
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 900 },
      locale: 'en-US',
      timezoneId: options.timeZone ?? 'Europe/Zurich',
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    // Loopback only: no CDN fonts, no telemetry, nothing leaves the machine.
    await page.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient'),
    );

    // Opening the UI opens the personal chat, which installs the app: the bot greets.
    await page.goto(playground.url, { waitUntil: 'domcontentloaded' });
    await playground.repliesAfter(0, { timeoutMs: STEP_TIMEOUT_MS }, 'the welcome card after opening the chat');
    const chat = await chatPane(page);
    if (options.crop === 'page') await closeLogPanel(page);
    await rendered(page, chat, playground.config.botName, playground.messages.length);

    // Whether the newest card holds input the user typed but did not send.
    let unsent = false;
    let admin: TeamsUser | undefined;
    for (const step of steps) {
      const before = playground.messages.length;
      unsent = false;
      if ('submit' in step) {
        await playground.submit(step.submit, step.inputs, { timeoutMs: STEP_TIMEOUT_MS });
      } else if ('admin' in step) {
        await (admin ??= bot.user({ aadObjectId: IKM_ADMIN_ID })).say(step.admin);
        const what = `what the bot posts to the Playground after the admin's ${JSON.stringify(step.admin)}`;
        await playground.repliesAfter(before, { timeoutMs: STEP_TIMEOUT_MS }, what);
      } else {
        if ('fill' in step) await fillCard(chat, step.fill);
        if ('type' in step) {
          await chat.locator('[data-lexical-editor="true"]').click();
          await page.keyboard.type(step.type);
          await page.keyboard.press('Enter');
        } else if (step.click !== undefined) {
          const button = chat.locator(`button[title="${step.click.replace(/["\\]/g, '\\$&')}"]`).last();
          if ((await button.count()) === 0) throw new Error(`screenshot: no button "${step.click}" in the chat`);
          await button.click();
        } else {
          unsent = true; // only filled in: nothing is sent
          continue;
        }
        await playground.repliesAfter(before, { timeoutMs: STEP_TIMEOUT_MS }, `the reply to ${JSON.stringify(step)}`);
      }
      await rendered(page, chat, playground.config.botName, playground.messages.length);
    }
    const failed = bot.errors.map((entry) => String(entry.msg ?? entry.event ?? JSON.stringify(entry)));
    if (failed.length > 0) throw new Error(`screenshot: the bot logged errors: ${failed.join('; ')}`);

    // No hover or focus left over from the last click or input. But the Playground draws a card
    // afresh when the pointer leaves its message, which empties what was typed in it: then the
    // pointer stays.
    if (!unsent) await page.mouse.move(0, (page.viewportSize()?.height ?? 900) - 1);
    await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.activeElement?.blur());

    const file = path.resolve(ROOT, output);
    mkdirSync(path.dirname(file), { recursive: true });
    // Measured last: the pane changes size when the log panel closes. With the panel open, the pane
    // is about as wide as the messages, which reads better than a wide pane with the cards on its left.
    const clip =
      options.crop === 'page'
        ? undefined
        : options.crop === 'card'
          ? await newestCardClip(page, chat)
          : await chat.boundingBox();
    await page.screenshot({ path: file, clip: clip ?? undefined, animations: 'disabled', caret: 'hide' });
    await context.close();
    process.stdout.write(`saved ${path.relative(process.cwd(), file)}\n`);
  } finally {
    await playground?.stop();
    await bot?.stop();
    if (sessionsDir) rmSync(sessionsDir, { recursive: true, force: true });
  }
}

/** A copy of content/sessions.yaml with only the sessions `ids` (in `dir`); returns its path. */
function sessionsSubset(ids: string[], dir: string): string {
  const document = YAML.parseDocument(readFileSync(path.join(ROOT, 'content', 'sessions.yaml'), 'utf8'));
  const sessions = document.get('sessions') as YAML.YAMLSeq<YAML.YAMLMap>;
  const missing = ids.filter((id) => !sessions.items.some((item) => item.get('id') === id));
  if (missing.length > 0) throw new Error(`screenshot: content/sessions.yaml has no session ${missing.join(', ')}`);
  sessions.items = sessions.items.filter((item) => ids.includes(String(item.get('id'))));
  const file = path.join(dir, 'sessions.yaml');
  writeFileSync(file, document.toString());
  return file;
}

/**
 * The few browser DOM types the page functions below use (this project compiles without the DOM
 * lib). Page functions run in the browser, so they read `document` from `globalThis` themselves.
 */
interface DomRect {
  x: number;
  y: number;
  width: number;
  height: number;
  top: number;
  bottom: number;
}
interface DomElement {
  tagName: string;
  getAttribute(name: string): string | null;
  parentElement: DomElement | null;
  getBoundingClientRect(): DomRect;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  scrollHeight: number;
  scrollTop: number;
  textContent: string | null;
  style: { visibility: string };
  clientHeight: number;
}
interface BrowserGlobals {
  document: {
    documentElement: { clientWidth: number };
    querySelector(selector: string): DomElement | null;
    activeElement: { blur(): void } | null;
    fonts: { ready: Promise<unknown> };
  };
  getComputedStyle(element: DomElement): { overflowY: string };
}

/** The conversation pane: the widest ancestor of the message box that is not the whole window. */
async function chatPane(page: Page): Promise<Locator> {
  const editor = page.locator('[data-lexical-editor="true"]');
  await editor.waitFor({ state: 'visible' });
  await editor.evaluate((element: unknown) => {
    const { document } = globalThis as unknown as BrowserGlobals;
    let pane = element as DomElement;
    const width = document.documentElement.clientWidth;
    for (let node = pane.parentElement; node; node = node.parentElement) {
      if (node.getBoundingClientRect().width >= width * 0.95) break;
      pane = node;
    }
    pane.setAttribute('data-screenshot', 'chat');
  });
  return page.locator('[data-screenshot="chat"]');
}

async function closeLogPanel(page: Page): Promise<void> {
  const logPanel = page.getByText('Log Panel', { exact: true });
  if (await logPanel.isVisible()) {
    await page.getByRole('button', { name: 'Toggle Log Panel' }).click();
    await logPanel.waitFor({ state: 'hidden' });
  }
}

/**
 * Fills inputs of the newest card as a user would. Each key is (part of) an input's label: a text or
 * date input gets the value typed in; a choice set gets the option(s) with these titles selected (a
 * multi-select exactly those).
 */
async function fillCard(chat: Locator, fill: Record<string, string | string[]>): Promise<void> {
  const card = chat.locator('.ac-adaptiveCard').last();
  for (const [label, value] of Object.entries(fill)) {
    const labels = card.locator('label.ac-richTextBlock', { hasText: label });
    const found = await labels.count();
    if (found !== 1) throw new Error(`screenshot: ${found} inputs labelled "${label}" in the newest card (expected 1)`);
    const id = await labels.getAttribute('for');
    if (!id) throw new Error(`screenshot: the label "${label}" names no input`);
    const input = card.locator(`[id="${id}"]`);
    const tag = await input.evaluate((element: unknown) => (element as DomElement).tagName.toLowerCase());
    if (tag === 'input' || tag === 'textarea') {
      if (Array.isArray(value)) throw new Error(`screenshot: "${label}" is a text input; give it a string`);
      await input.fill(value);
      continue;
    }
    // A choice set: radio buttons or check boxes, each labelled with its option's title.
    const wanted = Array.isArray(value) ? value : [value];
    const options = input.locator('input[type="radio"], input[type="checkbox"]');
    const titles: string[] = [];
    for (let i = 0; i < (await options.count()); i++) {
      const option = options.nth(i);
      const title = await option.evaluate((element: unknown) => {
        const box = element as DomElement & { labels?: ArrayLike<{ textContent: string | null }> };
        return (box.labels?.[0]?.textContent ?? box.getAttribute('aria-label') ?? '').trim();
      });
      titles.push(title);
      if ((await option.getAttribute('type')) === 'checkbox') await option.setChecked(wanted.includes(title));
      else if (wanted.includes(title)) await option.check();
    }
    const missing = wanted.filter((title) => !titles.includes(title));
    if (missing.length > 0) {
      const names = missing.map((title) => `"${title}"`).join(', ');
      throw new Error(`screenshot: "${label}" has no option ${names} (options: ${titles.join(' | ')})`);
    }
  }
}

type Clip = { x: number; y: number; width: number; height: number };

/**
 * Where the bot's newest card message is (its sender line and its card), with a margin. When the
 * chat is too short to show all of it, the window grows first; then the message is scrolled into view.
 */
async function newestCardClip(page: Page, chat: Locator): Promise<Clip> {
  const measure = () =>
    chat.evaluate((element: unknown, margin: number) => {
      const { getComputedStyle } = globalThis as unknown as BrowserGlobals;
      const pane = element as DomElement;
      const cards = pane.querySelectorAll('.fai-OutputCard');
      const card = cards[cards.length - 1];
      if (!card) return undefined;
      let message: DomElement | null = card.parentElement;
      while (message && !message.querySelector('[aria-label="Message header"]')) message = message.parentElement;
      const header = message?.querySelector('[aria-label="Message header"]');
      if (!message || !header) return undefined;
      let scroller: DomElement | null = card.parentElement;
      // (No named functions in here: tsx wraps them in a helper the page does not have.)
      while (scroller) {
        const scrolls = /(auto|scroll)/.test(getComputedStyle(scroller).overflowY);
        if (scrolls && scroller.scrollHeight > scroller.clientHeight) break;
        scroller = scroller.parentElement;
      }
      const top = header.getBoundingClientRect().top;
      const bottom = card.getBoundingClientRect().bottom;
      const visible = scroller ? scroller.getBoundingClientRect() : pane.getBoundingClientRect();
      // What the chat shows below the card (a note, padding) when scrolled to the end.
      const below = scroller ? Math.max(0, scroller.scrollHeight - scroller.scrollTop - (bottom - visible.top)) : 0;
      const needed = bottom - top + margin + Math.max(margin, below);
      if (needed > visible.height) return { needed, visible: visible.height };
      if (top - margin < visible.top - 0.5 || bottom + margin > visible.bottom + 0.5) {
        if (scroller) scroller.scrollTop += top - margin - visible.top;
        return { needed, visible: visible.height };
      }
      const paneBox = pane.getBoundingClientRect();
      const cardBox = card.getBoundingClientRect();
      // The margin, where the chat shows it; the sender's avatar sits left of the card and its "..."
      // menu right of it, so from the pane's left edge to a little past the card.
      const clipTop = Math.max(top - margin, visible.top);
      const clipBottom = Math.min(bottom + margin, visible.bottom);
      const right = Math.min(paneBox.x + paneBox.width, cardBox.x + cardBox.width + 40);
      return { clip: { x: paneBox.x, y: clipTop, width: right - paneBox.x, height: clipBottom - clipTop } };
    }, CARD_MARGIN);

  // The Playground notes under full-width cards that it cannot draw them full width; Teams does.
  // The note is the Playground's, not the bot's: hidden (its room kept) in a picture of one card.
  await chat.evaluate((element: unknown) => {
    for (const text of Array.from((element as DomElement).querySelectorAll('.fui-Text'))) {
      if (/^Full width control is not supported/.test(text.textContent ?? '')) {
        const note = text.parentElement?.parentElement;
        if (note) note.style.visibility = 'hidden';
      }
    }
  });
  for (let attempt = 0; attempt < 4; attempt++) {
    const result = await measure();
    if (!result) throw new Error('screenshot: no card message in the chat');
    if ('clip' in result && result.clip) return result.clip;
    if (result.needed > result.visible) {
      const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
      const height = Math.ceil(viewport.height + result.needed - result.visible + 40);
      await page.setViewportSize({ width: viewport.width, height });
    }
    await chat.evaluate(() => new Promise((resolve) => setTimeout(resolve, 400)));
  }
  throw new Error('screenshot: could not bring the newest card fully into view');
}

/** Waits until the page shows `count` bot messages with their cards drawn, and the fonts loaded. */
async function rendered(page: Page, chat: Locator, botName: string, count: number): Promise<void> {
  await page.waitForFunction(
    ({ name, expected }) => {
      const { document } = globalThis as unknown as BrowserGlobals;
      const pane = document.querySelector('[data-screenshot="chat"]');
      if (!pane) return false;
      const avatars = Array.from(pane.querySelectorAll('[role="img"][aria-label]')).filter(
        (avatar) => avatar.getAttribute('aria-label') === name,
      ).length;
      // Each card has a progress bar, drawn (non-zero height) while it is busy.
      const busy = Array.from(pane.querySelectorAll('[role="progressbar"]')).some(
        (bar) => bar.getBoundingClientRect().height > 0,
      );
      return avatars >= expected && !busy;
    },
    { name: botName, expected: count },
    { timeout: STEP_TIMEOUT_MS },
  );
  await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.fonts.ready.then(() => undefined));
  // Let the scroll-to-newest and card layout finish.
  await chat.evaluate(() => new Promise((resolve) => setTimeout(resolve, 600)));
}

function parseStep(argument: string): Step {
  const match = /^(type|click):(.+)$/s.exec(argument);
  if (!match) throw new Error(`a step is "type:TEXT" or "click:BUTTON TITLE", not ${JSON.stringify(argument)}`);
  return match[1] === 'type' ? { type: match[2] } : { click: match[2] };
}

async function main(): Promise<void> {
  // Whatever happens, do not hang (the Playground also stops by itself when this process ends).
  setTimeout(() => {
    process.stderr.write('screenshot: timed out after 3 minutes\n');
    process.exit(1);
  }, 180_000).unref();
  const args = process.argv.slice(2);
  const cropArg = args.find((arg) => arg.startsWith('--crop='));
  // --only=TEXT: the README pictures whose path contains TEXT (e.g. --only=session).
  const onlyArg = args.find((arg) => arg.startsWith('--only='));
  const [output, ...steps] = args.filter((arg) => arg !== cropArg && arg !== onlyArg);
  const crop = cropArg?.slice('--crop='.length);
  if (crop !== undefined && crop !== 'chat' && crop !== 'card' && crop !== 'page') {
    throw new Error(`--crop is chat, card or page, not ${JSON.stringify(crop)}`);
  }
  const only = onlyArg?.slice('--only='.length);
  const jobs: ScreenshotJob[] = output
    ? [{ output, steps: steps.map(parseStep), crop }]
    : SCREENSHOTS.filter((job) => only === undefined || job.output.includes(only));
  if (jobs.length === 0) throw new Error(`no README screenshot matches --only=${only}`);
  for (const job of jobs) {
    const { steps: jobSteps, output: jobOutput, ...options } = job;
    await screenshotConversation(jobSteps, jobOutput, options);
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
