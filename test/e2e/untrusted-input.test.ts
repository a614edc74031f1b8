import type { StoredRecord } from '../../src/storage/store';
import { allText, button, cardOf, Reply, submitActions, TeamsUser } from '../support/teams-user';
import { TestBot } from '../support/test-bot';

const TENANT = '11111111-2222-3333-4444-555555555555';
const FOREIGN_TENANT = '99999999-8888-7777-6666-555555555555';

/** The stored idea draft of `user` (drafts are keyed by the person's Entra object id). */
async function draftOf(bot: TestBot, user: TeamsUser): Promise<StoredRecord<{ answers: Record<string, unknown>; lastSection: string }>> {
  const drafts = await bot.assistant.store.list<{ ownerId: string; answers: Record<string, unknown>; lastSection: string }>('ideas/');
  const draft = drafts.find((record) => record.key.includes('/drafts/') && record.value.ownerId === user.aadObjectId);
  if (!draft) throw new Error('no draft stored');
  return draft;
}

/** Opens the idea form from the menu; the card of section 1. */
async function startIdea(user: TeamsUser): Promise<Reply[]> {
  const card = await user.press({ verb: 'menu', item: 'idea' });
  expect(allText(card)).toContain('Section 1 of 6: The idea');
  return card;
}

describe('what people type is cleaned once at the edge (end to end over HTTP)', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await new TestBot({ env: { ALLOWED_TENANT_IDS: TENANT } }).start();
  });
  afterAll(async () => {
    await bot.stop();
  });
  afterEach(() => {
    // No turn failed, not even after its answer was sent (a store refusing NUL did that).
    expect(bot.errors).toEqual([]);
  });

  it.each(['menu\u200b', '\ufeffmenu', 'me\u00adnu', 'menu\u0000'])('recognises %j as the command', async (text) => {
    const [reply] = await bot.user().say(text);
    expect(cardOf(reply)).toBeDefined();
    expect(submitActions(reply).map((action) => action.data.item)).toEqual(expect.arrayContaining(['idea', 'help']));
  });

  it('answers a question containing NUL and control characters, with no error after the answer', async () => {
    const answer = allText(await bot.user().say('How much funding\u0000 can a project\u0007 receive?'));
    expect(answer).toContain('US$80,000');
  });

  it('stores a card value with an unpaired surrogate, a NUL and a zero-width space clean', async () => {
    const user = bot.user();
    const card = await startIdea(user);
    const next = await user.press({
      ...button(card, 'idea.section'),
      title: 'Solar\u200b kiosks\ud800 for\u0000 youth',
      objectives: 'saving-lives',
    });
    expect(allText(next)).toContain('Section 2 of 6');
    expect((await draftOf(bot, user)).value.answers.title).toBe('Solar kiosks for youth');
  });

  it('refuses with 400 what no Teams client sends: ids with control characters or made of dots, card values nested thousands deep', async () => {
    const user = bot.user();
    // Written as text: JSON.stringify itself runs out of stack on such a value.
    const envelope = JSON.stringify(user.activity({ type: 'message', value: '<deep>' }));
    const deep = '{"item":'.repeat(5_000) + '"leaf"' + '}'.repeat(5_000);
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: envelope.replace('"<deep>"', deep),
    });
    expect(response.status).toBe(400);
    expect((await user.send({ type: 'message', text: 'hi', conversation: { id: 'a:conv\u0000x', tenantId: TENANT } })).status).toBe(400);
    expect((await user.send({ type: 'message', text: 'hi', from: { id: '29:user\ud800' } })).status).toBe(400);
    // Ids are path segments of the connector URLs the replies go to.
    expect((await user.send({ type: 'message', text: 'hi', conversation: { id: '..', tenantId: TENANT } })).status).toBe(400);
  });

  it('an invalid section card for a later section changes nothing stored: "continue" resumes at the first open section', async () => {
    const user = bot.user();
    let card = await startIdea(user);
    card = await user.press({ ...button(card, 'idea.section'), title: 'Clean water for camps', objectives: 'saving-lives' });
    expect(allText(card)).toContain('Section 2 of 6: Who submits');
    const before = await draftOf(bot, user);

    // A forged or stale card for section 6, with nothing valid in it.
    const forged = await user.press({ ...button(card, 'idea.section'), section: 'budget', budgetUsd: 'lots', durationMonths: 'forever' });
    expect(allText(forged)).toMatch(/Budget|Duration/);
    expect(await draftOf(bot, user)).toEqual(before);

    await user.say('cancel');
    const resumed = allText(await user.say('continue my idea'));
    expect(resumed).toContain('Section 2 of 6: Who submits');
  });

  it("an older section card pressed again saves nothing over the draft, and comes back with what was typed in it", async () => {
    const user = bot.user();
    let card = await startIdea(user);
    card = await user.press({ ...button(card, 'idea.section'), title: 'Clean water for camps', objectives: 'saving-lives' });
    const office = { officeType: 'country-office', officeName: 'IOM Guatemala', countryOrRegion: 'Guatemala', focalPointName: 'Lucía', focalPointEmail: 'lucia@iom.int' };
    const sectionTwo = button(card, 'idea.section');
    card = await user.press({ ...sectionTwo, ...office });
    expect(allText(card)).toContain('Section 3 of 6');
    const before = await draftOf(bot, user);

    const again = await user.press({ ...sectionTwo, ...office, officeType: 'regional-office', officeName: 'IOM Regional Office San José' });
    expect(allText(again)).toContain('That card was older than your draft, so nothing was saved yet. Here is "Who submits" again with what you typed');
    expect(allText(again)).toContain('Section 2 of 6: Who submits');
    // Every field of that section is answered in the draft: none is "left".
    expect(allText(again)).not.toMatch(/fields? left in section 2/);
    expect(await draftOf(bot, user)).toEqual(before);
    // The card now shown carries what was typed, and saves it.
    const shown = button(again, 'idea.section');
    expect(shown.section).toBe('office');
    expect(JSON.stringify(again.map(cardOf))).toContain('"value":"IOM Regional Office San José"');
    const saved = await user.press({ ...shown, ...office, officeType: 'regional-office', officeName: 'IOM Regional Office San José' });
    expect(allText(saved)).toContain('Section 3 of 6');
    expect((await draftOf(bot, user)).value.answers).toMatchObject({ officeType: 'regional-office', officeName: 'IOM Regional Office San José' });
  });

  it("another person's idea buttons, pressed by someone with no draft, start nothing", async () => {
    const owner = bot.user();
    const card = await startIdea(owner);
    const stranger = bot.user();
    const drafts = async () => (await bot.assistant.store.list('ideas/')).length;
    const before = await drafts();
    for (const value of [
      { verb: 'idea.submit', form: 'idea', section: 'review', revision: 7 },
      { ...button(card, 'idea.section'), title: 'Borrowed title' },
      { verb: 'idea.edit', form: 'idea', section: 'budget', revision: 1 },
    ]) {
      const replies = await stranger.press(value);
      expect(allText(replies)).toBe('You have no idea in progress yet. Type "my idea" to start one.');
    }
    expect(await drafts()).toBe(before);
    expect(allText(await stranger.say('my data'))).toMatch(/Idea\nNothing stored\./);
  });
});

describe('tenant fields that disagree', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await new TestBot({ env: { ALLOWED_TENANT_IDS: TENANT } }).start();
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('drops an activity whose channel data names a foreign tenant, though its conversation names an allowed one', async () => {
    const user = bot.user({ tenantId: TENANT });
    expect(await user.send({ type: 'message', text: 'hi', channelData: { tenant: { id: FOREIGN_TENANT } } })).toEqual({ status: 200, replies: [] });
    expect(bot.problems.some((entry) => entry.event === 'tenant.conflicting')).toBe(true);
  });

  it('drops the reverse too, and still answers when both fields agree', async () => {
    const user = bot.user({ tenantId: TENANT });
    const reverse = user.activity({ type: 'message', text: 'hi' });
    reverse.conversation = { ...(reverse.conversation as object), tenantId: FOREIGN_TENANT };
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(reverse),
    });
    expect(response.status).toBe(200);
    expect(bot.connector.repliesTo(reverse.id as string)).toEqual([]);
    expect(await user.say('hi')).toHaveLength(1);
  });
});
