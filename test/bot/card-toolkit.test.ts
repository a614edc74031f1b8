import { literal } from '../../adaptive-cards/literal';
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
});

describe('literal: what someone typed is shown as typed, never as Markdown', () => {
  it.each([
    ['[click here](https://evil.example)', '\\[click here\\](https://evil.example)'],
    ['**urgent** _now_ ~~old~~ `code`', '\\*\\*urgent\\*\\* \\_now\\_ \\~\\~old\\~\\~ \\`code\\`'],
    ['1. first\n2) second', '1\\. first\n2\\) second'],
    ['- item\n+ item\n# Title', '\\- item\n\\+ item\n\\# Title'],
    ['a\\b <b>', 'a\\\\b \\<b\\>'],
    ['Plain text, 50% of USD 60,000 - fine.', 'Plain text, 50% of USD 60,000 - fine.'],
  ])('%j', (typed, shown) => {
    expect(literal(typed)).toBe(shown);
  });
});
