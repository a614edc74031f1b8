import { cardButtons, cardText, plainOf } from '../../adaptive-cards/card-text';
import { literal } from '../../adaptive-cards/literal';

describe('cardText: a card read as plain text where cards do not show', () => {
  it('reads text, facts and links in order, and leaves out inputs, buttons that answer, and what is hidden', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: '**Reminder**: the idea deadline' },
        { type: 'Container', items: [{ type: 'FactSet', facts: [{ title: 'When', value: '25 October 2024' }] }] },
        { type: 'Input.Text', id: 'note', label: 'Your note' },
        { type: 'TextBlock', text: 'hidden', isVisible: false },
        { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'Add to calendar', url: 'https://example.org/ics' }] },
      ],
      actions: [{ type: 'Action.Submit', title: 'Stop these reminders', data: { verb: 'reminders.stop' } }],
    };
    expect(cardText(card)).toBe('Reminder: the idea deadline\n\nWhen: 25 October 2024\n\nAdd to calendar: https://example.org/ics');
  });

  it('writes a label and its value as the card\'s language does (French: a no-break space before the colon)', () => {
    const card = { type: 'AdaptiveCard', body: [{ type: 'FactSet', facts: [{ title: 'Quand', value: '4 oct.' }] }], actions: [{ type: 'Action.OpenUrl', title: 'Mettre à jour mon calendrier', url: 'https://x.example/c.ics' }] };
    expect(cardText(card, 'fr')).toBe('Quand\u00a0: 4 oct.\n\nMettre à jour mon calendrier\u00a0: https://x.example/c.ics');
    expect(cardText(card, 'en')).toBe('Quand: 4 oct.\n\nMettre à jour mon calendrier: https://x.example/c.ics');
  });

  it('shows what a person typed as they typed it: the escapes that kept it literal on the card are taken off', () => {
    const typed = 'See [the plan](https://x.example) and **Room 4** \\ 1. first';
    expect(plainOf(literal(typed))).toBe(typed);
    // The bot's own link in Markdown reads as its label and address.
    expect(plainOf('Details: [call page](https://www.iom.int/innovation)')).toBe('Details: call page: https://www.iom.int/innovation');
  });

  it('says whether a card has buttons that answer, and the language they are stamped with', () => {
    const offer = { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'A seat is free' }], actions: [{ type: 'Action.Submit', title: 'Take it', data: { verb: 'session.book', lang: 'fr' } }] };
    expect(cardButtons(offer)).toEqual({ any: true, language: 'fr' });
    expect(cardButtons({ type: 'AdaptiveCard', body: [{ type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', url: 'https://x.example' }] }] })).toEqual({ any: false });
  });
});
