import { z } from 'zod';
import {
  languageSubmitSchema,
  menuSubmitSchema,
  renderHelpCard,
  renderLanguageCard,
  renderWelcomeCard,
} from '../../adaptive-cards/cards';

/** Every Action.Submit's data in a rendered card. */
function submitData(card: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Submit') found.push(record.data as Record<string, unknown>);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

const cases: [string, unknown, z.ZodTypeAny][] = [
  [
    'welcome',
    renderWelcomeCard({
      title: 'T',
      greeting: 'G',
      intro: 'I',
      callStatus: 'S',
      choose: 'C',
      menu: [
        { item: 'eligibility', label: 'E' },
        { item: 'reminders', label: 'R' },
      ],
      languageLabel: 'L',
      helpLabel: 'H',
    }),
    menuSubmitSchema,
  ],
  ['help', renderHelpCard({ title: 'T', lines: ['a', 'b'], menuLabel: 'M' }), menuSubmitSchema],
  [
    'language',
    renderLanguageCard({ prompt: 'P', choices: [{ code: 'fr', label: 'Français' }] }),
    languageSubmitSchema,
  ],
];

describe.each(cases)('the %s card', (_name, card, schema) => {
  it('is fully expanded (no template placeholders left)', () => {
    expect(JSON.stringify(card)).not.toContain('${');
  });

  it('has buttons whose data its submit schema accepts', () => {
    const submits = submitData(card);
    expect(submits.length).toBeGreaterThan(0);
    for (const data of submits) expect(schema.safeParse(data).success).toBe(true);
  });
});

it('a forged menu submit is rejected by the schema', () => {
  expect(menuSubmitSchema.safeParse({ verb: 'menu', item: 'drop-tables' }).success).toBe(false);
  expect(menuSubmitSchema.safeParse({ verb: 'menu', item: 42 }).success).toBe(false);
  expect(languageSubmitSchema.safeParse({ verb: 'language', language: 'de' }).success).toBe(false);
});
