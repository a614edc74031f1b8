import { recognizeCommand, recognizeTypedCommand } from '../../src/bot/commands';
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

  it.each(['Help for children', 'Cancel the fees for migrants', 'hi there, our idea is', ''])(
    '%p is not a command (it is an answer or a question)',
    (text) => {
      expect(recognizeCommand(text)).toBeUndefined();
    },
  );
});

describe('commands as Teams users type them: a slash, courtesy words, trailing punctuation', () => {
  it.each([
    ['/help', 'help'],
    ['/menu', 'menu'],
    ['menu please', 'menu'],
    ['Menu, please!', 'menu'],
    ['help me', 'help'],
    ['Help me!', 'help'],
    ['please help me', 'help'],
    ['can you help me?', 'help'],
    ['I need help', 'help'],
    ['help?', 'help'],
    ['what can you do?', 'help'],
    ['show me the menu', 'menu'],
    ['hi, help please', 'help'],
    ['cancel please', 'cancel'],
    ['forget me please', 'deleteMyData'],
    ['my bookings please', 'mySessions'],
    ['aide-moi', 'help'],
    ['Aide svp', 'help'],
    ['aidez-moi s’il vous plaît', 'help'],
    ["j'ai besoin d'aide", 'help'],
    ['le menu, svp', 'menu'],
    ['the menu please', 'menu'],
    ['montre-moi le menu', 'menu'],
    ['/aide', 'help'],
    ['ayuda por favor', 'help'],
    ['ayúdame', 'help'],
    ['necesito ayuda', 'help'],
    ['menú por favor', 'menu'],
    ['¿qué puedes hacer?', 'help'],
    ['muéstrame el menú', 'menu'],
    // Greetings as people write them, and asking what the bot is (a user trial's first messages).
    ['good morning', 'menu'],
    ['Good afternoon!', 'menu'],
    ['hello there', 'menu'],
    ['hi, what is this bot?', 'menu'],
    ['bonsoir', 'menu'],
    ['Buenos días', 'menu'],
    ['Buenas tardes', 'menu'],
    ['Buenos días, ¿qué es esto?', 'menu'],
    ['bonne journée', 'acknowledge'],
    ["Good morning! I'd like to submit an idea", 'idea'],
    // A menu button's own title, typed as it reads, in every language.
    ['Comprobar la elegibilidad', 'eligibility'],
    ['quiero comprobar la elegibilidad', 'eligibility'],
    ['Empezar o continuar mi idea', 'idea'],
    ['Start or continue my idea', 'idea'],
    ['Commencer ou reprendre mon idée', 'idea'],
    ['Mi idea enviada', 'idea'],
    ['Clinics and workshops', 'sessions'],
    // Full-width letters (some input methods type them) read as plain ones.
    ['ｈｅｌｐ', 'help'],
    // A first message as French and Spanish staff write it (a user trial: refused as another subject).
    ['q es esto?', 'menu'],
    ['para que sirves', 'menu'],
    ['me puedes ayudar?', 'help'],
    ['como funciona esto', 'help'],
    ['tu sers a quoi', 'menu'],
    ['slt, c koi ce bot?', 'menu'],
    ['tu peux faire quoi?', 'help'],
    ["tu peux m'aider ?", 'help'],
    ['comment ça marche', 'help'],
    ['how does it work?', 'help'],
    // ...and the settings and steps they name in their own words: an order to stop stops them all
    // (it opened the settings with every box still ticked), a question opens the settings.
    ['stop les rappels', 'stopReminders'],
    ['je veux plus recevoir de rappels', 'stopReminders'],
    ['désactiver les notifications', 'stopReminders'],
    ['desactivar recordatorios', 'stopReminders'],
    ['turn off notifications', 'stopReminders'],
    ['how do I stop the reminders?', 'reminders'],
    // A card button's title typed ("Change time zone" on the sessions card), and a menu entry without its accents.
    ['change my time zone', 'timeZone'],
    ['Changer de fuseau horaire', 'timeZone'],
    ['cambiar mi zona horaria', 'timeZone'],
    ['verifier eligibilite', 'eligibility'],
    ['mes rappels', 'reminders'],
    ['continuar idea', 'idea'],
    ['je veux vérifier si on est éligible', 'eligibility'],
    ['laisse tomber', 'cancel'],
    ['never mind', 'cancel'],
    // A way back, and being lost, as a trial's user typed them ("volver" was declined as off-topic).
    ['volver', 'menu'],
    ['retour au menu', 'menu'],
    ['go back', 'menu'],
    ['no entiendo nada', 'help'],
    ["je ne comprends rien", 'help'],
    ["I don't understand", 'help'],
  ])('%p is the %s command', (text, command) => {
    expect(recognizeCommand(text)).toBe(command);
  });

  // Near the new ways back, but other words.
  it.each(['retours', 'retours ?', 'black', 'backs', 'atraso'])('%p is no command', (text) => {
    expect(recognizeCommand(text)).toBeUndefined();
  });

  it.each([
    'help with the budget?',
    'Help for children',
    'help desk for migrants',
    'can you help with the budget?',
    'the idea',
    'a question',
    'la langue',
    'menu of services for returnees',
    'ayuda para niños migrantes',
    'aide aux migrants ?',
    'please explain the deadline',
    'cancel session nope',
    'good morning, when is the deadline?',
    'team building ideas',
    '/delete all users',
    '¿me puedes ayudar con el presupuesto?',
    'comment ça marche pour le budget ?',
  ])('%p is a question or an answer, not a command', (text) => {
    expect(recognizeCommand(text)).toBeUndefined();
  });
});

describe('typed commands with an argument', () => {
  it('reads a slash and trailing punctuation: "/book clinic-scaling-1."', () => {
    expect(recognizeTypedCommand('/book clinic-scaling-1.')).toEqual({ command: 'book', argument: 'clinic-scaling-1', isId: true });
  });

  it('an admin command with a bad id is that command for an IKM admin only; for anyone else it is a question', () => {
    expect(recognizeTypedCommand('cancel session nope', { admin: true })).toEqual({ command: 'cancelSession', argument: 'nope', isId: true });
    expect(recognizeTypedCommand('attendees #3', { admin: true })).toEqual({ command: 'attendees', argument: '#3', isId: false });
    // After a one-word command, a plain word is a question, for admins too ("participants éligibles").
    expect(recognizeTypedCommand('participants éligibles', { admin: true })).toBeUndefined();
    expect(recognizeTypedCommand('attendees nope', { admin: true })).toBeUndefined();
    expect(recognizeTypedCommand('cancel session nope', { admin: false })).toBeUndefined();
    expect(recognizeTypedCommand('attendees #3')).toBeUndefined();
    // A sentence after the command word stays a question, for admins too.
    expect(recognizeTypedCommand('attendees of the webinar?', { admin: true })).toBeUndefined();
    expect(recognizeTypedCommand('book keeping for migrants?', { admin: true })).toBeUndefined();
  });
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
    // The language question answered as a request is read as anywhere else.
    ['mejor en español porfa', 'es'],
    ['in English please', 'en'],
    ['no English please', undefined],
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

describe('the words people most need, misspelt by one slip', () => {
  it.each([
    ['mennu', 'menu'],
    ['meun', 'menu'],
    ['hlep', 'help'],
    ['ayda', 'help'],
    ['cancle', 'cancel'],
    ['canel', 'cancel'],
  ] as const)('reads %j as %s', (typed, command) => {
    expect(recognizeCommand(typed)).toBe(command);
  });

  it.each(['held', 'yelp', 'cancer', 'ideas', 'hub', 'Quito', 'quite', 'exist', 'stops'])('leaves %j alone (one letter changed or added makes another word)', (typed) => {
    expect(recognizeCommand(typed)).toBeUndefined();
  });
});
