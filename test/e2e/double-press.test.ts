import type { TurnContext } from 'botbuilder';
import { messages } from '../../src/i18n';
import { DOUBLE_PRESS_MS, isDoublePress, noteArrival } from '../../src/bot/double-press';
import type { HubConversationState } from '../../src/bot/state';
import { completeIdeaSections } from '../support/ideas';
import { allText, button } from '../support/teams-user';
import { useTestBot } from '../support/test-bot';

const en = messages('en');

describe('a button that shows something, double-clicked (end to end over HTTP)', () => {
  const bot = useTestBot();

  it('answers the first click only: one next section of the idea form, one menu entry', async () => {
    const user = bot().user();
    const first = await user.say('my idea');
    const save = { ...button(first, 'idea.section'), ...completeIdeaSections()[0] };
    // Both clicks leave at once, as a double click's do; turns of one chat run one after the other.
    const [once, twice] = await Promise.all([user.press(save), user.press(save)]);
    const shown = [...once, ...twice].filter((reply) => allText([reply]).includes(en.ideaForm.sections.office.title));
    expect(shown).toHaveLength(1);
    // Pressed again later, with other answers, the form goes on as usual.
    const next = await user.press({ ...button(shown, 'idea.section'), ...completeIdeaSections()[1] });
    expect(allText(next)).toContain(en.ideaForm.sections.solution.title);
    const [sessions, again] = await Promise.all([user.press({ verb: 'menu', item: 'sessions' }), user.press({ verb: 'menu', item: 'sessions' })]);
    expect([...sessions, ...again].filter((reply) => allText([reply]).includes(en.sessions.catalogue.title))).toHaveLength(1);
  });

  it('still answers a second press of a button that does something, saying the first worked', async () => {
    const user = bot().user();
    const answer = await user.say('how much funding can we get?');
    const confirm = await user.press(button(answer, 'faq.askIkm'));
    const send = button(confirm, 'faq.askIkm.send');
    const [first, second] = [await user.press(send), await user.press(send)];
    expect(allText(first)).toContain('Q-0001');
    expect(allText(second)).toContain('Q-0001');
  });
});

describe('isDoublePress', () => {
  const press = (value: Record<string, unknown>, from = 'u1') => ({ activity: { type: 'message', value, from: { id: from } } }) as unknown as TurnContext;
  const section = { verb: 'idea.section', section: 'idea', title: 'Solar kiosks' };

  it(`is the same person's same showing press within ${DOUBLE_PRESS_MS} ms, nothing else`, () => {
    const conversation: HubConversationState = {};
    expect(isDoublePress(press(section), conversation, 1000)).toBe(false);
    expect(isDoublePress(press(section), conversation, 1000 + DOUBLE_PRESS_MS - 1)).toBe(true);
    expect(isDoublePress(press(section), conversation, 1000 + DOUBLE_PRESS_MS)).toBe(false);
    // Another person, other inputs, a press that does something: each is its own.
    expect(isDoublePress(press(section, 'u2'), conversation, 3001)).toBe(false);
    expect(isDoublePress(press({ ...section, title: 'Other' }, 'u2'), conversation, 3002)).toBe(false);
    const send = { verb: 'faq.askIkm.send', questionId: 'q1' };
    expect(isDoublePress(press(send), conversation, 3003)).toBe(false);
    expect(isDoublePress(press(send), conversation, 3004)).toBe(false);

  });

  it('judges two clicks by when each came, not when its turn ran (the second waits behind a slow first)', () => {
    const conversation: HubConversationState = {};
    const arrived = (at: number) => {
      const turnState = new Map<unknown, unknown>();
      const context = { activity: { type: 'message', value: section, from: { id: 'u1' } }, turnState } as unknown as TurnContext;
      noteArrival(context, at);
      return context;
    };
    const first = arrived(1000);
    const second = arrived(1300);
    // The first turn took 2.5 s: the second runs at 3,800 ms, but came 300 ms after the first.
    expect(isDoublePress(first, conversation)).toBe(false);
    expect(isDoublePress(second, conversation)).toBe(true);
  });
});
