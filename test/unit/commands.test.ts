import { recognizeCommand } from '../../src/bot/commands';
import { LANGUAGES, messages, recognizeLanguage, resolveLanguage } from '../../src/i18n';

describe('commands are whole messages, in any of the three languages', () => {
  it.each([
    ['help', 'help'],
    ['  HELP! ', 'help'],
    ['Aide', 'help'],
    ['ayuda', 'help'],
    ['cancel', 'cancel'],
    ['Annuler', 'cancel'],
    ['cancelar', 'cancel'],
    ['hi', 'menu'],
    ['Menú', 'menu'],
    ['bonjour', 'menu'],
    ['langue', 'language'],
    ['my idea', 'idea'],
    ['Mis recordatorios', 'reminders'],
    ['éligibilité', 'eligibility'],
    ['My bookings', 'mySessions'],
    ['mis reservas', 'mySessions'],
    ['Fuseau horaire', 'timeZone'],
  ])('%p is the %s command', (text, command) => {
    expect(recognizeCommand(text)).toBe(command);
  });

  it.each(['Help for children', 'Cancel the fees for migrants', 'please help me', 'hi there, our idea is', ''])(
    '%p is not a command (it is an answer or a question)',
    (text) => {
      expect(recognizeCommand(text)).toBeUndefined();
    },
  );
});

describe('language', () => {
  it.each([
    [undefined, 'fr-FR', 'fr'],
    [undefined, 'es-419', 'es'],
    [undefined, 'de-DE', 'en'],
    [undefined, undefined, 'en'],
    ['es', 'fr-FR', 'es'],
  ])('choice %p with locale %p answers in %s', (chosen, locale, expected) => {
    expect(resolveLanguage(chosen, locale)).toBe(expected);
  });

  it.each([
    ['Français', 'fr'],
    ['francais', 'fr'],
    ['French', 'fr'],
    ['espagnol', 'es'],
    ['Español', 'es'],
    ['inglés', 'en'],
    ['2', 'fr'],
    ['ES', 'es'],
    ['Klingon', undefined],
  ])('%p names %p', (text, language) => {
    expect(recognizeLanguage(text)).toBe(language);
  });

  it('every language has every text (no empty strings)', () => {
    const shape = (value: unknown, path: string): string[] => {
      if (typeof value === 'string') return value.trim() === '' ? [path] : [];
      if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((v, i) => shape(v, `${path}.${i}`));
      if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, `${path}.${k}`));
      return [];
    };
    for (const language of LANGUAGES) expect(shape(messages(language), language)).toEqual([]);
  });

  it('no command word means two different commands', () => {
    const seen = new Map<string, string>();
    for (const language of LANGUAGES) {
      for (const [command, words] of Object.entries(messages(language).commands)) {
        for (const word of words) {
          const folded = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
          expect([undefined, command]).toContain(seen.get(folded));
          seen.set(folded, command);
        }
      }
    }
  });
});
