import path from 'node:path';
import { messages } from '../../src/i18n';
import { completeIdeaSections } from '../support/ideas';
import { allText, button, cardOf, Reply, submitActions } from '../support/teams-user';
import { DURING_2024_IDEA_WINDOW, useTestBotWithClock } from '../support/test-bot';

const en = messages('en');
const SESSIONS_FILE = path.join(__dirname, 'fixtures', 'sessions-e2e.yaml');

/** Every element of a card of a given type. */
function elements(reply: Reply | undefined, type: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === type) found.push(record);
    Object.values(record).forEach(walk);
  };
  walk(cardOf(reply));
  return found;
}

/** The details of cards a first-time user tripped over (end to end over HTTP). */
describe('card details', () => {
  const { bot: testBot, clock } = useTestBotWithClock({ env: { SESSIONS_FILE } });
  const sections = completeIdeaSections();

  it('never cuts a long title silently: the input has no length cap, the limit is named and the text kept', async () => {
    const user = testBot().user();
    const card = await user.say('my idea');
    expect(elements(card.at(-1), 'Input.Text').every((input) => input.maxLength === undefined)).toBe(true);
    const title = 'Solar charging kiosks run by displaced youth in the settlements of northern Uganda, with repair training and women-led maintenance';
    expect(title.length).toBeGreaterThan(120);
    const refused = await user.press({ ...button(card, 'idea.section'), ...sections[0], title });
    expect(allText(refused)).toContain(`is too long: ${title.length} characters for a limit of 120`);
    expect(elements(refused.at(-1), 'Input.Text').find((input) => input.id === 'title')?.value).toBe(title);
    // Cancelled there and begun again: the text comes back as typed, with what to shorten.
    await user.say('cancel');
    const resumed = await user.say('continue my idea');
    expect(elements(resumed.at(-1), 'Input.Text').find((input) => input.id === 'title')?.value).toBe(title);
    expect(allText(resumed)).toContain(`is too long: ${title.length} characters for a limit of 120`);
    // Cancelled again before it is shortened, it is kept again; once saved shorter, it is gone.
    await user.say('cancel');
    const again = await user.say('continue my idea');
    expect(elements(again.at(-1), 'Input.Text').find((input) => input.id === 'title')?.value).toBe(title);
    await user.press({ ...button(again, 'idea.section'), ...sections[0], title: 'Solar charging kiosks run by displaced youth' });
    await user.say('cancel');
    expect(allText(await user.say('continue my idea'))).not.toContain(title);
  });

  it('forgets refused text with the draft it was typed in: discarded, the new draft starts empty', async () => {
    const user = testBot().user();
    const card = await user.say('my idea');
    const title = 'A title far too long to fit the limit of the form, typed by someone who goes on and on about their idea of solar charging kiosks';
    expect(title.length).toBeGreaterThan(120);
    expect(allText(await user.press({ ...button(card, 'idea.section'), ...sections[0], title }))).toContain('is too long');
    await user.say('cancel');
    const asked = await user.say('discard my draft');
    expect(allText(await user.press(button(asked, 'draft.discard')))).toContain(en.ideaForm.discard.done);
    const fresh = await user.say('my idea');
    expect(allText(fresh)).not.toContain(title);
    expect(allText(fresh)).not.toContain('is too long');
  });

  it('counts every field still to fix, refused ones included, and opens the date picker inside the allowed range', async () => {
    const user = testBot().user();
    let card = await user.say('my idea');
    for (const answers of sections.slice(0, 5)) card = await user.press({ ...button(card, 'idea.section'), ...answers });
    const picker = elements(card.at(-1), 'Input.Date')[0];
    expect(picker).toMatchObject({ id: 'plannedStart', min: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), max: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    // Teams shows the field's message when it refuses a date outside the range, not only a missing
    // one: the message says the range, not "required".
    expect(picker.errorMessage).toMatch(/^Choose a date from \d{1,2} \w+ \d{4} to \d{1,2} \w+ \d{4}\.$/);
    // One value saved, then three refused: the progress line counts the three, beside three problems.
    const partly = await user.press({ ...button(card, 'idea.section'), budgetUsd: '60000', durationMonths: '', plannedStart: '' });
    expect(allText(partly)).toContain('2 fields left in section 6');
    const refused = await user.press({ ...button(partly, 'idea.section'), budgetUsd: '95000', durationMonths: '18', plannedStart: '2023-01-01' });
    const text = allText(refused);
    expect(text).toContain(en.ideaForm.progress.savedWithProblems({ count: 3 }));
    expect(text).toContain('3 fields left in section 6');
  });

  it('keeps the "written in another language" warning on the review page', async () => {
    const user = testBot().user();
    let card = await user.say('my idea');
    const french = 'Les jeunes des camps gèrent des kiosques solaires de recharge pour toute la communauté.';
    const answers = sections.map((section, index) => (index === 2 ? { ...section, problem: french } : section));
    for (const section of answers) card = await user.press({ ...button(card, 'idea.section'), ...section });
    const review = allText(card);
    expect(review).toContain(en.ideaForm.review.title);
    expect(review).toMatch(/⚠ .*French/);
    // The banner above says so too, in the warning colour, not "all good" in green.
    expect(review).toContain(en.ideaForm.progress.allCompleteWithWarnings({ count: 1 }));
    expect(review).not.toContain(en.ideaForm.progress.allComplete);
    expect(JSON.stringify(cardOf(card.at(-1)!))).not.toContain('"style":"good"');
    // A way out of the review, as from a section: Cancel, which says how to come back.
    expect(allText(await user.press(button(card, 'form.cancel')))).toBe(en.cancel.ideaForm);
  });

  it('says the reminder hour once in "My reminders" and names no button it does not show', async () => {
    const settings = await testBot().user().say('my reminders');
    const text = allText(settings);
    expect(text.match(/09:00/g)).toHaveLength(1);
    expect(text).not.toContain(en.reminders.actions.stop);
    // A way back without saving.
    expect(submitActions(settings.at(-1)).find((action) => action.title === en.menu.home)?.data).toMatchObject({ verb: 'menu', item: 'home' });
    // The hour is the person's zone's: the zone is said, and a button changes it (the note named another menu's).
    expect(text).toContain(en.reminders.settings.hourNote({ zone: 'Europe/Zurich', change: en.sessions.catalogue.changeZone }));
    const change = submitActions(settings.at(-1)).find((action) => action.title === en.sessions.catalogue.changeZone);
    expect(allText(await testBot().user().press(change!.data))).toContain(en.sessions.zone.typeHint);
  });

  it('lets any time zone be typed, and says so on the zone card', async () => {
    const user = testBot().user();
    expect(allText(await user.press({ verb: 'zone' }))).toContain(en.sessions.zone.typeHint);
    expect(allText(await user.say('time zone Asia/Kolkata'))).toBe(en.sessions.zone.changed({ zone: 'Asia/Kolkata' }));
  });

  it('takes a zone as staff type it: a city, an offset, an abbreviation; asks for a city when unsure', async () => {
    const user = testBot().user();
    expect(allText(await user.say('time zone dhaka'))).toBe(en.sessions.zone.changed({ zone: 'Asia/Dhaka' }));
    expect(allText(await user.say('time zone EST'))).toBe(en.sessions.zone.changed({ zone: 'America/New_York' }));
    expect(allText(await user.say('time zone IST'))).toBe(en.sessions.zone.ambiguous({ zone: 'IST', cities: 'Kolkata, Jerusalem, Dublin', example: 'Kolkata' }));
    // Said the ways people say it, in any language; a curly apostrophe, a part-hour offset.
    expect(allText(await user.say('time zone: Nairobi'))).toBe(en.sessions.zone.changed({ zone: 'Africa/Nairobi' }));
    // Typed in French in an English chat, it is answered in French (as every command is).
    expect(allText(await user.say('fuseau horaire de Genève'))).toBe(messages('fr').sessions.zone.changed({ zone: 'Europe/Zurich' }));
    expect(allText(await user.say('mi zona horaria es Lima'))).toContain('America/Lima');
    expect(allText(await user.say('set my time zone to Cox’s Bazar'))).toBe(en.sessions.zone.changed({ zone: 'Asia/Dhaka' }));
    expect(allText(await user.say('time zone UTC+05:30'))).toBe(en.sessions.zone.changed({ zone: 'Asia/Kolkata' }));
    // A question that starts with the words is still a question.
    expect(allText(await user.say('time zone of the deadline'))).not.toContain('is not a time zone I know');
    expect(allText(await user.say('time zone Gotham'))).toBe(en.sessions.zone.unknown({ zone: 'Gotham' }));
    const offset = allText(await user.say('time zone UTC+6'));
    expect(offset).toContain(en.sessions.zone.changed({ zone: 'UTC+6' }));
    expect(offset).toContain(en.sessions.zone.fixedOffset);
    // Session times follow it, and name it as it was written (not "Etc/GMT-6").
    const catalogue = allText(await user.say('clinics'));
    expect(catalogue).toContain(en.sessions.catalogue.zone({ zone: 'UTC+6' }));
    expect(catalogue).toContain('14:00–14:45 (UTC+6)');
    expect(catalogue).not.toContain('Etc/GMT');
  });

  it('takes a country for its zone, in the language it is named in, and asks for a city in one with several times', async () => {
    const user = testBot().user();
    expect(allText(await user.say('zona horaria Colombia'))).toBe(messages('es').sessions.zone.changed({ zone: 'America/Bogota' }));
    expect(allText(await user.say('fuseau horaire : la Côte d’Ivoire'))).toBe(messages('fr').sessions.zone.changed({ zone: 'Africa/Abidjan' }));
    // A country whose zones all keep one time is one zone, named by its best-known city.
    expect(allText(await user.say('time zone Argentina'))).toBe(en.sessions.zone.changed({ zone: 'America/Argentina/Buenos_Aires' }));
    expect(allText(await user.say('time zone USA'))).toBe(
      en.sessions.zone.severalZones({ zone: 'USA', cities: 'New York, Chicago, Denver, Los Angeles', example: 'New York' }),
    );
    // The city offered is one it reads.
    expect(allText(await user.say('time zone Los Angeles'))).toBe(en.sessions.zone.changed({ zone: 'America/Los_Angeles' }));
    // Nothing was changed by the question: the zone is still the last one chosen.
    expect(allText(await user.say('clinics'))).toContain(en.sessions.catalogue.zone({ zone: 'America/Los_Angeles' }));
  });

  it('takes a city of several words, or with an apostrophe, for a zone, not for a question', async () => {
    // ("Ciudad de Panamá" got the FAQ's entry on changing one's zone; "N'Djamena" was unknown.)
    expect(allText(await testBot().user().say('zona horaria Ciudad de Panamá'))).toBe(messages('es').sessions.zone.changed({ zone: 'America/Panama' }));
    expect(allText(await testBot().user().say("fuseau horaire N'Djamena"))).toBe(messages('fr').sessions.zone.changed({ zone: 'Africa/Ndjamena' }));
  });

  it('changes the zone typed in the middle of a form, and the form waits where it was', async () => {
    const user = testBot().user();
    await user.say('my idea');
    expect(allText(await user.say('time zone dhaka'))).toBe(en.sessions.zone.changed({ zone: 'Asia/Dhaka' }));
    expect(allText(await user.say('continue my idea'))).toContain('Section 1 of 6');
  });

  it('shows the year of a session date that is not in this year', async () => {
    clock.set('2024-12-28T10:00:00Z');
    await testBot().restart(); // the fixture's relative dates count from the day the bot starts
    const text = allText(await testBot().user().say('clinics'));
    expect(text).toMatch(/ Jan 2025/);
    expect(text).not.toMatch(/Dec 2024/);
    clock.set(DURING_2024_IDEA_WINDOW);
    await testBot().restart();
  });
});
