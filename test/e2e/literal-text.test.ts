import { completeIdeaSections, fillIdea } from '../support/ideas';
import { allText, button, cardOf, Reply, submitActions, TeamsUser, visibleText } from '../support/teams-user';
import { TestBot } from '../support/test-bot';

const ADMIN = 'a0a0a0a0-1111-2222-3333-444444444444';
const IKM_CHANNEL = '19:ikm-literal@thread.tacv2';
const TYPED_LINK = '[Open the form](https://evil.example/steal)';
const TYPED = `${TYPED_LINK} **urgent** _now_\n1. first`;

/** Every TextBlock text and FactSet value of a card, as sent (before Teams reads the Markdown). */
function markdownOf(reply: Reply | undefined): string {
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'TextBlock' && typeof record.text === 'string') parts.push(record.text);
    if (record.type === 'FactSet') parts.push(JSON.stringify(record.facts));
    Object.values(record).forEach(walk);
  };
  walk(cardOf(reply));
  return parts.join('\n');
}

/**
 * People's words are shown as they typed them, in every card and message: no live link with a label
 * of the typist's choosing, no bold or list made of their asterisks and numbers.
 */
describe('user text is shown literally everywhere (end to end over HTTP)', () => {
  let bot: TestBot;
  let admin: TeamsUser;
  beforeAll(async () => {
    bot = await new TestBot({ env: { IKM_ADMIN_IDS: ADMIN } }).start();
    admin = bot.user({ aadObjectId: ADMIN });
    await admin.send({ type: 'message', text: 'register channel', conversation: { id: IKM_CHANNEL, conversationType: 'channel' } });
  });
  afterAll(() => bot.stop());
  afterEach(() => expect(bot.errors).toEqual([]));

  it('on the idea review card: a typed link stays text, and the edit form gives back exactly what was typed', async () => {
    const user = bot.user();
    const sections = completeIdeaSections();
    sections[2] = { ...sections[2], problem: TYPED };
    const review = await fillIdea(user, { sections });
    const card = review.at(-1);
    expect(visibleText(card)).toContain(TYPED_LINK);
    expect(visibleText(card)).toContain('**urgent** _now_');
    expect(markdownOf(card)).not.toContain(TYPED_LINK);
    // Its line break stays one (Markdown joins lines a single break separates): "1. first" on its own line.
    expect(markdownOf(card)).toContain('\\_now\\_\n\n1\\. first');
    // The section's form: the input holds the words as typed, without escapes.
    const form = await user.press(submitActions(card).find((action) => action.data.verb === 'idea.edit' && action.data.section === 'solution')!.data);
    expect(JSON.stringify(cardOf(form.at(-1)))).toContain(JSON.stringify(TYPED).slice(1, -1));
  });

  it('on the IKM ticket card in the channel, and in the plain-text copy the asker gets', async () => {
    const asker = bot.user();
    const answer = await asker.say(`Can we co-fund with a partner? ${TYPED_LINK}`);
    const confirm = await asker.press(button(answer, 'faq.askIkm'));
    expect(visibleText(confirm.at(-1))).toContain(TYPED_LINK);
    await asker.press(button(confirm, 'faq.askIkm.send'));
    const ticketCard = bot.connector.postedTo(IKM_CHANNEL).at(-1);
    expect(visibleText(ticketCard)).toContain(TYPED_LINK);
    expect(markdownOf(ticketCard)).not.toContain(TYPED_LINK);
    const mine = bot.connector.postedTo(asker.conversationId).filter((reply) => typeof reply.text === 'string' && reply.text.includes(TYPED_LINK));
    for (const reply of mine) expect(reply.textFormat).toBe('plain');
  });

  it('on the IKM desk: the submission list and the idea as a reviewer reads it', async () => {
    const team = bot.user();
    const review = await fillIdea(team, { title: TYPED_LINK });
    await team.press(button(review, 'idea.submit'));
    const list = await admin.press({ verb: 'desk.submissions', page: 1 });
    expect(allText(list)).toContain(TYPED_LINK);
    expect(markdownOf(list.at(-1))).not.toContain(TYPED_LINK);
    const open = await admin.press(button(list, 'desk.submission.open'));
    expect(allText(open)).toContain(TYPED_LINK);
    expect(markdownOf(open.at(-1))).not.toContain(TYPED_LINK);
  });
});
