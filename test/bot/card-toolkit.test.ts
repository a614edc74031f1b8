import { literal, unliteral } from '../../adaptive-cards/literal';
import { Template } from 'adaptivecards-templating';
import { cardTemplate } from '../../adaptive-cards/render';

describe('cardTemplate: a template prepared once, expanded many times', () => {
  const render = cardTemplate<{ title: string; items: { name: string }[]; note: string | undefined }>({
    type: 'AdaptiveCard',
    body: [
      { type: 'TextBlock', text: '${title}' },
      { $data: '${items}', type: 'TextBlock', text: '${name}' },
      { $when: "${note != ''}", type: 'TextBlock', text: '${note}' },
    ],
  });

  it('gives each expansion its own data; an undefined value counts as empty', () => {
    const first = render({ title: 'First', items: [{ name: 'a' }, { name: 'b' }], note: 'n' });
    const second = render({ title: 'Second', items: [{ name: 'c' }], note: undefined });
    expect(first.body).toEqual([
      { type: 'TextBlock', text: 'First' },
      { type: 'TextBlock', text: 'a' },
      { type: 'TextBlock', text: 'b' },
      { type: 'TextBlock', text: 'n' },
    ]);
    expect(second.body).toEqual([
      { type: 'TextBlock', text: 'Second' },
      { type: 'TextBlock', text: 'c' },
    ]);
  });

  it('gives the same card for the same data again, read-only (a caller cannot change a later card)', () => {
    const data = { title: 'Again', items: [{ name: 'x' }], note: 'n' };
    const first = render(data);
    expect(() => {
      (first.body as { text: string }[])[0].text = 'changed by a caller';
    }).toThrow(TypeError);
    const second = render({ ...data });
    expect((second.body as { text: string }[])[0].text).toBe('Again');
    expect(render({ ...data, note: undefined }).body).toHaveLength(2);
  });
});

describe('cardTemplate with opaque tokens (ids a button sends, new with every card)', () => {
  const template = {
    type: 'AdaptiveCard',
    body: [
      { type: 'TextBlock', text: '${answer}' },
      { $data: '${related}', type: 'TextBlock', text: '${title}', selectAction: { type: 'Action.Submit', data: { verb: 'open', questionId: '${questionId}' } } },
    ],
    actions: [{ type: 'Action.Submit', title: 'Ask', data: { verb: 'ask', questionId: '${askId}' } }],
  };
  type Data = { answer: string; related: { title: string; questionId: string }[]; askId: string };
  const plain = cardTemplate<Data>(template);
  const opaque = cardTemplate<Data>(template, { opaque: ['questionId', 'askId'] });
  const data = (id: string, answer = 'The answer'): Data => ({ answer, related: [{ title: 'One', questionId: id }, { title: 'Two', questionId: id }], askId: id });

  it('gives the very card the plain template gives, token by token, for any tokens', () => {
    for (const id of ['q1', 'abc123', 'q1', 'zz']) expect(opaque(data(id))).toEqual(plain(data(id)));
    expect(opaque(data('q9', 'Another answer'))).toEqual(plain(data('q9', 'Another answer')));
  });

  it('keeps one expansion for cards that differ only in their tokens, and gives each its own tokens', () => {
    const expand = jest.spyOn(Template.prototype, 'expand');
    const first = opaque(data('first', 'Kept once'));
    const second = opaque(data('second', 'Kept once'));
    expect(expand).toHaveBeenCalledTimes(1);
    expand.mockRestore();
    expect((first.actions as { data: { questionId: string } }[])[0].data.questionId).toBe('first');
    expect((second.actions as { data: { questionId: string } }[])[0].data.questionId).toBe('second');
    const ids = (card: Record<string, unknown>) => (card.body as { selectAction?: { data: { questionId: string } } }[]).flatMap((block) => (block.selectAction ? [block.selectAction.data.questionId] : []));
    expect(ids(first)).toEqual(['first', 'first']);
    expect(ids(second)).toEqual(['second', 'second']);
    // Read-only like every kept card: a caller changing one cannot change the next.
    expect(() => {
      (first.actions as { data: { questionId: string } }[])[0].data.questionId = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (first.body as { text: string }[])[0].text = 'changed';
    }).toThrow(TypeError);
    expect((opaque(data('third', 'Kept once')).body as { text: string }[])[0].text).toBe('Kept once');
  });

  it('leaves a token that looks like Markdown as it is, where it lands in button data', () => {
    expect((opaque(data('a_b*c')).actions as { data: { questionId: string } }[])[0].data.questionId).toBe('a_b*c');
  });
});

describe('cardTemplate shows data literally, wherever it lands', () => {
  const render = cardTemplate<{ typed: string; facts: { label: string; value: string }[]; url: string }>({
    type: 'AdaptiveCard',
    body: [
      { type: 'TextBlock', text: 'You wrote: ${typed}' },
      { type: 'FactSet', facts: [{ $data: '${facts}', title: '${label}', value: '${value}' }] },
      { type: 'Input.Text', id: 'again', label: '${typed}', value: '${typed}' },
      { type: 'Input.ChoiceSet', id: 'pick', choices: [{ title: '${typed}', value: '${typed}' }] },
    ],
    actions: [
      { type: 'Action.Submit', title: '${typed}', data: { verb: 'x', text: '${typed}' } },
      { type: 'Action.OpenUrl', title: 'Open', url: '${url}' },
    ],
  });
  const typed = '[label](https://evil.example) **b** a_b\\c\n1. one';
  const card = render({ typed, facts: [{ label: '*Office*', value: '[x](y)' }], url: 'https://teams.microsoft.com/l/meetup-join/a_b' });

  it('escapes it where Teams reads Markdown: TextBlock text and FactSet titles and values', () => {
    const [text, facts] = card.body as Array<Record<string, unknown>>;
    expect(text.text).toBe(`You wrote: ${literal(typed)}`);
    expect(facts.facts).toEqual([{ title: '\\*Office\\*', value: '\\[x\\](y)' }]);
  });

  it('leaves it exactly as given everywhere else: input values and labels, choices, button titles and data, links', () => {
    const [, , input, choices] = card.body as Array<Record<string, unknown>>;
    expect(input).toMatchObject({ label: typed, value: typed });
    expect(choices.choices).toEqual([{ title: typed, value: typed }]);
    // (A row this wide is stacked at the end of the body: see below.)
    const actions = (card.body as Array<{ type: string; actions?: unknown[] }>).filter((element) => element.type === 'ActionSet').flatMap((set) => set.actions);
    expect(actions).toEqual([
      { type: 'Action.Submit', title: typed, data: { verb: 'x', text: typed } },
      { type: 'Action.OpenUrl', title: 'Open', url: 'https://teams.microsoft.com/l/meetup-join/a_b' },
    ]);
  });
});

describe('cardTemplate stacks a row of buttons too wide to show whole', () => {
  const render = cardTemplate<{ a: string; b: string; c: string }>({
    type: 'AdaptiveCard',
    body: [{ type: 'TextBlock', text: 'T' }, { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: '${a}' }, { type: 'Action.Submit', title: '${b}' }] }],
    actions: [{ type: 'Action.Submit', title: '${a}' }, { type: 'Action.Submit', title: '${c}' }],
  });

  it('packs short buttons together when splitting', () => {
    const four = cardTemplate<object>({
      type: 'AdaptiveCard',
      body: [{ type: 'ActionSet', actions: ['Join', 'Add to calendar', 'Cancel my booking', 'Move to another session'].map((title) => ({ type: 'Action.Submit', title })) }],
    })({});
    const rows = (four.body as Array<{ actions: Array<{ title: string }> }>).map((row) => row.actions.map((action) => action.title));
    expect(rows).toEqual([['Join', 'Add to calendar'], ['Cancel my booking'], ['Move to another session']]);
  });

  it('keeps a row that fits as it is', () => {
    const card = render({ a: 'Yes', b: 'No', c: 'Help' });
    expect(card.body).toHaveLength(2);
    expect(card.actions).toHaveLength(2);
  });

  it('splits a wide row into rows that fit, buttons in order, the card\'s own row at the end of the body', () => {
    const card = render({ a: 'Faire l’auto-évaluation de l’innovation', b: 'Commencer le formulaire d’idée', c: 'Modifier mes réponses' });
    expect(card.actions).toBeUndefined();
    const rows = (card.body as Array<{ type: string; actions?: Array<{ title: string }> }>).filter((element) => element.type === 'ActionSet');
    expect(rows.map((row) => row.actions!.map((action) => action.title))).toEqual([
      ['Faire l’auto-évaluation de l’innovation'],
      ['Commencer le formulaire d’idée'],
      ['Faire l’auto-évaluation de l’innovation'],
      ['Modifier mes réponses'],
    ]);
  });
});

describe('literal: what someone typed is shown as typed, never as Markdown', () => {
  it.each([
    ['[click here](https://evil.example)', '\\[click here\\](https://evil.example)'],
    ['**urgent** _now_ ~~old~~ `code`', '\\*\\*urgent\\*\\* \\_now\\_ \\~\\~old\\~\\~ \\`code\\`'],
    ['1. first\n2) second', '1\\. first\n\n2\\) second'],
    ['- item\n+ item\n# Title', '\\- item\n\n\\+ item\n\n\\# Title'],
    // A line break stays one: Markdown would join two lines into one with a space.
    ['Line one.\nLine two after a break.\n\nA new paragraph.', 'Line one.\n\nLine two after a break.\n\n\n\nA new paragraph.'],
    ['a\\b <b>', 'a\\\\b \\<b\\>'],
    ['Plain text, 50% of USD 60,000 - fine.', 'Plain text, 50% of USD 60,000 - fine.'],
    // An entity typed is shown as typed, not decoded; an ampersand alone needs nothing.
    ['Tom &amp; Jerry, &#169; 2024, R&D & more', 'Tom \\&amp; Jerry, \\&#169; 2024, R&D & more'],
  ])('%j', (typed, shown) => {
    expect(literal(typed)).toBe(shown);
    expect(unliteral(literal(typed))).toBe(typed);
  });
});
