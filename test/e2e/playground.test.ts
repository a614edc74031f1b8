import { PLAYGROUND_ADMIN_ID, playgroundAdminConfig } from '../../scripts/playground-admin';
import { MENU_ITEMS } from '../../src/bot/home/cards';
import { messages } from '../../src/i18n';
import { Playground, PlaygroundMessage, submitActionsOf } from '../support/playground';
import { visibleText } from '../support/teams-user';
import { TestBot } from '../support/test-bot';

/**
 * The bot as the Microsoft 365 Agents Playground (the local Teams emulator) sees it, headless: the
 * real server (TestBot), the Playground pointed at it on loopback, messages typed and buttons pressed
 * through the Playground's HTTP API, replies read from its WebSocket. This checks what the other
 * end-to-end tests cannot: that the bot works with a real Bot Connector (the Playground's own) and the
 * activities a Teams client really sends.
 */
const en = messages('en');
const fr = messages('fr');
const WELCOME_BUTTONS = [...MENU_ITEMS, 'language', 'help'] as const;

const isCard = (message: PlaygroundMessage) =>
  message.attachments.some((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive');
const isWelcome = (message: PlaygroundMessage) => isCard(message) && visibleText(message).includes(en.welcome.greeting);
const describeMessages = (list: PlaygroundMessage[]) =>
  list.map((m) => `- ${visibleText(m).replace(/\s+/g, ' ').slice(0, 160) || '(empty)'}`).join('\n') || '(none)';

/** Fails with what the bot did say when the expectation is not met. */
function expectOne(list: PlaygroundMessage[], what: string): PlaygroundMessage {
  if (list.length !== 1) throw new Error(`expected ${what} as the only reply, got ${list.length}:\n${describeMessages(list)}`);
  return list[0];
}

describe('the bot in the Microsoft 365 Agents Playground (headless)', () => {
  let bot: TestBot | undefined;
  let playground: Playground | undefined;

  beforeAll(async () => {
    bot = await new TestBot().start();
    playground = await Playground.start({ botUrl: bot.url, startTimeoutMs: 25_000, maxLifetimeMs: 90_000 });
  }, 40_000);

  afterAll(async () => {
    await playground?.stop();
    await bot?.stop();
  }, 15_000);

  const pg = () => {
    if (!playground) throw new Error('the Playground did not start (see beforeAll)');
    return playground;
  };

  it('binds the Playground to loopback only', () => {
    const addresses = pg().listeningAddresses();
    if (addresses === undefined) return; // no `ss` on this machine
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(address).toMatch(/^(127\.0\.0\.1|\[::1\]):\d+$/);
  });

  it('greets with the welcome card and its menu when the chat is opened', async () => {
    const posted = await pg().install();
    const welcome = posted.find(isWelcome);
    if (!welcome) throw new Error(`no welcome card after install; the bot posted:\n${describeMessages(posted)}`);
    expect(submitActionsOf(welcome).map((action) => action.data.item)).toEqual(WELCOME_BUTTONS);
    expect(submitActionsOf(welcome).map((action) => action.title)).toEqual(WELCOME_BUTTONS.map((item) => en.menu[item]));
    expect(visibleText(welcome)).toContain(en.welcome.choose);
    // Exactly one greeting, although the Playground sends installationUpdate and conversationUpdate
    // at the same time (both turns race to greet; the store lets one win).
    expect(posted).toHaveLength(1);
  });

  it('shows the welcome card again on "hi"', async () => {
    const reply = expectOne(await pg().send('hi'), 'the welcome card');
    expect(isWelcome(reply)).toBe(true);
    expect(submitActionsOf(reply).map((action) => action.data.item)).toEqual(WELCOME_BUTTONS);
  });

  it('answers "help" with the help card', async () => {
    const reply = expectOne(await pg().send('help'), 'the help card');
    expect(isCard(reply)).toBe(true);
    const text = visibleText(reply);
    expect(text).toContain(en.help.title);
    for (const line of en.help.body) expect(text).toContain(line);
  });

  it('switches to French with "language" then "Français"', async () => {
    const prompt = expectOne(await pg().send('language'), 'the language card');
    expect(visibleText(prompt)).toContain(en.language.prompt);
    expect(submitActionsOf(prompt).map((action) => action.title)).toEqual(['English', 'Français', 'Español']);

    expect(expectOne(await pg().send('Français'), 'the confirmation').text).toBe(fr.language.changed);
    const menu = expectOne(await pg().send('menu'), 'the French welcome card');
    expect(visibleText(menu)).toContain(fr.welcome.choose);
    expect(submitActionsOf(menu).map((action) => action.title)).toEqual(WELCOME_BUTTONS.map((item) => fr.menu[item]));
  });

  it('presses card buttons: Langue, then English', async () => {
    const prompt = expectOne(await pg().click(fr.menu.language), 'the language card');
    expect(visibleText(prompt)).toContain(fr.language.prompt);
    expect(expectOne(await pg().click('English'), 'the confirmation').text).toBe(en.language.changed);
  });

});

describe('the Playground as an IKM administrator (`npm run playground -- --admin`)', () => {
  let bot: TestBot | undefined;
  let playground: Playground | undefined;

  beforeAll(async () => {
    // The bot's IKM_ADMIN_IDS takes GUIDs only; the Playground's default user has none: its
    // configuration, as the launcher writes it, gives its user one.
    bot = await new TestBot({ env: { IKM_ADMIN_IDS: PLAYGROUND_ADMIN_ID } }).start();
    playground = await Playground.start({ botUrl: bot.url, configYaml: playgroundAdminConfig(), startTimeoutMs: 25_000, maxLifetimeMs: 60_000 });
  }, 40_000);

  afterAll(async () => {
    await playground?.stop();
    await bot?.stop();
  }, 15_000);

  it('opens the IKM desk', async () => {
    const desk = expectOne(await playground!.send('desk'), 'the IKM desk');
    expect(visibleText(desk)).toContain('IKM desk:');
  });
});
