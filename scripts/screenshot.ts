import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { Playground } from '../test/support/playground';
import { TestBot } from '../test/support/test-bot';

/**
 * Screenshots of the bot in the Microsoft 365 Agents Playground's web UI, for the README.
 *
 *   npx tsx scripts/screenshot.ts                       # the README set (SCREENSHOTS below)
 *   npx tsx scripts/screenshot.ts out.png "type:help" "click:Language" "click:Français"
 *
 * Output paths are relative to the repository root.
 *
 * Each screenshot gets a fresh bot (TestBot: temp SQLite, the clock fixed inside the 2024 idea window
 * so the pictures do not change with today's date), a fresh Playground on 127.0.0.1 and a fresh
 * Chromium page. The page may load nothing but 127.0.0.1 (the Playground asks a Microsoft CDN for
 * Segoe UI; a local font is used instead). Needs a Chromium: `apt-get install chromium`.
 */

/** What the user does: type a message, or click a card button by its title (the newest such button). */
export type Step = { type: string } | { click: string };

export interface ScreenshotOptions {
  /** Browser viewport (default 1280x900). */
  viewport?: { width: number; height: number };
  /** 'chat': only the conversation pane (default); 'page': the whole Playground window. */
  crop?: 'chat' | 'page';
  /** Chromium to drive (default /usr/bin/chromium, or $CHROMIUM_PATH). */
  executablePath?: string;
}

export const SCREENSHOTS: { output: string; steps: Step[] }[] = [
  { output: 'docs/screenshots/welcome.png', steps: [] },
  { output: 'docs/screenshots/help.png', steps: [{ click: 'Help' }] },
];

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
  const bot = await new TestBot().start();
  let playground: Playground | undefined;
  try {
    playground = await Playground.start({ botUrl: bot.url, maxLifetimeMs: 120_000 });
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 900 },
      locale: 'en-US',
      timezoneId: 'Europe/Zurich',
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

    for (const step of steps) {
      const before = playground.messages.length;
      if ('type' in step) {
        await chat.locator('[data-lexical-editor="true"]').click();
        await page.keyboard.type(step.type);
        await page.keyboard.press('Enter');
      } else {
        const button = chat.locator(`button[title="${step.click.replace(/["\\]/g, '\\$&')}"]`).last();
        if ((await button.count()) === 0) throw new Error(`screenshot: no button "${step.click}" in the chat`);
        await button.click();
      }
      await playground.repliesAfter(before, { timeoutMs: STEP_TIMEOUT_MS }, `the reply to ${JSON.stringify(step)}`);
      await rendered(page, chat, playground.config.botName, playground.messages.length);
    }

    const file = path.resolve(ROOT, output);
    mkdirSync(path.dirname(file), { recursive: true });
    // Measured last: the pane changes size when the log panel closes. With the panel open, the pane
    // is about as wide as the messages, which reads better than a wide pane with the cards on its left.
    const clip = options.crop === 'page' ? undefined : await chat.boundingBox();
    await page.screenshot({ path: file, clip: clip ?? undefined, animations: 'disabled', caret: 'hide' });
    await context.close();
    process.stdout.write(`saved ${path.relative(process.cwd(), file)}\n`);
  } finally {
    await playground?.stop();
    await bot.stop();
  }
}

/**
 * The few browser DOM types the page functions below use (this project compiles without the DOM
 * lib). Page functions run in the browser, so they read `document` from `globalThis` themselves.
 */
interface DomElement {
  getAttribute(name: string): string | null;
  parentElement: DomElement | null;
  getBoundingClientRect(): { width: number; height: number };
  setAttribute(name: string, value: string): void;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
interface BrowserGlobals {
  document: {
    documentElement: { clientWidth: number };
    querySelector(selector: string): DomElement | null;
    fonts: { ready: Promise<unknown> };
  };
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
  const [output, ...steps] = process.argv.slice(2);
  const jobs = output ? [{ output, steps: steps.map(parseStep) }] : SCREENSHOTS;
  for (const job of jobs) await screenshotConversation(job.steps, job.output);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
