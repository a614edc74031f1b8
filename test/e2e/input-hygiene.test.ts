import { messages } from '../../src/i18n';
import { allText, button, submitActions } from '../support/teams-user';
import { useTestBot } from '../support/test-bot';

const en = messages('en');

/** Text cleaned once at the HTTP edge: messages and card inputs alike (src/text-hygiene.ts). */
describe('incoming text is cleaned at the edge (end to end over HTTP)', () => {
  const bot = useTestBot();

  it('answers a question with a NUL in it, and nothing fails afterwards', async () => {
    const user = bot().user();
    const replies = await user.say('when is the idea\u0000 deadline?');
    expect(allText(replies)).toContain('25 October 2024');
    expect(allText(replies)).not.toContain(en.errors.generic);
    expect(submitActions((await user.say('menu'))[0]).map((action) => action.title)).toContain(en.menu.help);
  });

  it('recognises a command followed by a zero-width space, or with a decomposed accent', async () => {
    expect(submitActions((await bot().user().say('menu\u200b'))[0]).length).toBeGreaterThan(3);
    expect(allText(await bot().user({ locale: 'fr-FR' }).say('mes donne\u0301es'))).toContain(messages('fr').myData.title);
  });

  it('reads an e-mail without its signature and the quoted thread: a menu number with a signature is the number', async () => {
    const reader = bot().user({ channelId: 'email' });
    const menu = allText(await reader.say('menu\n\n-- \nMaria Lopez\nIOM Madrid'));
    expect(menu).toContain(`1. ${en.menu.eligibility}`);
    const quoted = `\n\nOn Monday, Innovation Hub wrote:\n${'> an earlier message of the thread\n'.repeat(400)}`;
    const first = allText(await reader.say(`1${quoted}`));
    expect(first).not.toContain(en.input.tooLong({ max: 8000 }).slice(0, 20));
    expect(first).toBe(allText(await bot().user({ channelId: 'email' }).say('1')));
    // A sign-off alone on its line with a name under it (a user trial: the reminders were not stopped).
    expect(allText(await reader.say('stop reminders\n\nThanks,\nAna'))).toContain(en.reminders.stoppedAllText);
    // A forwarded question is answered (it went with the thread, and "please see below" was asked).
    const forwarded = 'Dear colleagues, please see below\n\n---------- Forwarded message ---------\nFrom: Ana <ana@iom.int>\nSubject: Hub\n\nWhen is the deadline for ideas?';
    expect(allText(await reader.say(forwarded))).toContain('25 October 2024');
  });

  it.each([
    ['en-US', ''],
    ['en-US', '   \n\t '],
    ['fr-FR', '\u200b\u200b'],
    ['es-ES', '\ufeff \u00ad'],
  ])('says a %s text message of %j was empty, not that it was not text', async (locale, text) => {
    const language = locale.slice(0, 2) as 'en' | 'fr' | 'es';
    expect(allText(await bot().user({ locale }).say(text))).toBe(messages(language).input.empty);
  });

  it('still says a picture sent without text is not something it reads', async () => {
    const { replies } = await bot().user().send({ type: 'message', text: '', attachments: [{ contentType: 'image/png', contentUrl: 'https://example.org/photo.png' }] });
    expect(allText(replies)).toBe(en.input.unsupported);
  });

  it('answers the words of a message with a picture, and says once that it does not look at the picture', async () => {
    const picture = [{ contentType: 'image/png', contentUrl: 'https://example.org/poster.png' }];
    const { replies } = await bot().user({ locale: 'es-ES' }).send({ type: 'message', text: '¿cuál es la fecha límite para las ideas?', attachments: picture });
    expect(replies[0].text).toBe(messages('es').input.pictureNotRead);
    expect(allText(replies.slice(1))).toContain('25 de octubre de 2024');
  });

  it('answers a question corrected by an edit in Teams, as it reads now; an edited command or form answer is not run again', async () => {
    const edit = (text: string) => ({ type: 'messageUpdate', text, channelData: { eventType: 'editMessage', tenant: { id: '11111111-2222-3333-4444-555555555555' } } });
    const user = bot().user({ locale: 'es-ES' });
    const { replies } = await user.send(edit('¿cuál es la fecha límite para las ideas?'));
    expect(replies[0].text).toBe(messages('es').input.editedAnswer);
    expect(allText(replies.slice(1))).toContain('25 de octubre de 2024');
    expect(allText((await user.send(edit('menú'))).replies)).toBe(messages('es').input.editedResend);
    // Inside the idea form, the answer already given stands.
    await user.say('mi idea');
    expect(allText((await user.send(edit('Plataforma para jóvenes'))).replies)).toBe(messages('es').input.editedResend);
    // Other message events (a message deleted, or brought back) say nothing.
    expect((await user.send({ type: 'messageUpdate', text: 'x', channelData: { eventType: 'undeleteMessage', tenant: { id: '11111111-2222-3333-4444-555555555555' } } })).replies).toEqual([]);
  });

  it('keeps card inputs clean: a title typed with control and invisible characters is saved without them', async () => {
    const user = bot().user();
    const section = await user.say('my idea');
    await user.press({ ...button(section, 'idea.section'), title: 'Solar\u0000 kiosks\u200b \u202Efor youth', objectives: 'saving-lives', priorities: 'gender-diversity-youth' });
    const draft = await bot().assistant.store.list<{ answers?: { title?: string } }>('ideas/');
    expect(draft.map((record) => record.value.answers?.title)).toContain('Solar kiosks for youth');
  });
});
