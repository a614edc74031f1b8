import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pdfParse from 'pdf-parse';
import { writeSampleCallFile } from '../../src/call/sample-call';
import { FixedClock } from '../../src/clock';
import { ELIGIBILITY_FIELDS } from '../../src/eligibility';
import { fieldsOfSection, SectionId } from '../../src/ideas';
import { messages } from '../../src/i18n';
import { allText, button, cardOf, Reply, submitActions, TeamsUser } from '../support/teams-user';
import { TestBot, useTestBot } from '../support/test-bot';
import { completeIdeaSections, fillIdea } from '../support/ideas';

/** The inputs of the last card in `replies`, by id, with the values the card shows. */
function inputsOf(replies: Reply[]): Record<string, unknown> {
  const card = [...replies].reverse().map(cardOf).find(Boolean);
  const inputs: Record<string, unknown> = {};
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.type === 'string' && record.type.startsWith('Input.')) inputs[String(record.id)] = record.value;
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return inputs;
}



const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

/** Presses the card's save button with these answers (what Teams sends: the button data + inputs). */
async function fill(user: TeamsUser, card: Reply[], answers: Record<string, string>): Promise<Reply[]> {
  const data = button(card, 'idea.section');
  // Every input on the card is a field of its section, the keys the form's validation reads.
  expect(Object.keys(inputsOf(card)).sort()).toEqual([...fieldsOfSection(data.section as SectionId)].sort());
  return user.press({ ...data, ...answers });
}

describe('from "is our idea a fit?" to a submitted idea (end to end over HTTP)', () => {
  const clock = new FixedClock('2024-10-01T09:00:00Z');
  let bot: TestBot;
  let user: TeamsUser;

  beforeAll(async () => {
    bot = await new TestBot({ clock }).start();
    user = bot.user();
    await user.install();
  });
  afterAll(async () => {
    await bot.stop();
  });
  afterEach(() => {
    expect(bot.errors).toEqual([]);
  });

  let card: Reply[];

  it('checks eligibility: unreadable answers are named and kept, then a verdict per rule', async () => {
    card = await user.press({ verb: 'menu', item: 'eligibility' });
    expect(allText(card)).toContain('A few quick questions');
    expect(Object.keys(inputsOf(card)).sort()).toEqual([...ELIGIBILITY_FIELDS].sort());

    const answers = {
      submitterKind: 'country-office',
      objectives: 'saving-lives,regular-pathways',
      budgetUsd: 'lots',
      durationMonths: '12',
      submissionLanguage: 'en',
    };
    card = await user.press({ ...button(card, 'eligibility.answers'), ...answers });
    expect(allText(card)).toContain('Budget: please type a whole amount in digits');
    expect(inputsOf(card)).toMatchObject({ submitterKind: 'country-office', budgetUsd: 'lots' });

    card = await user.press({ ...button(card, 'eligibility.answers'), ...answers, budgetUsd: 'USD 60,000' });
    const verdict = allText(card);
    expect(verdict).toContain('Your idea fits this call');
    expect(verdict).toContain('US$60,000');
    expect(verdict).toContain('Ideas are accepted until 25 October 2024 at 23:59 (Europe/Zurich)');
  });

  it('gives innovation feedback, then starts the idea form prefilled from the check and Teams', async () => {
    card = await user.press(button(card, 'eligibility.assess'));
    const criteria = Object.keys(inputsOf(card));
    expect(criteria).toHaveLength(5);
    card = await user.press({ ...button(card, 'eligibility.assessment'), [criteria[0]]: 'yes', [criteria[1]]: 'no' });
    expect(allText(card)).toMatch(/1 of 5/);

    card = await user.press(button(card, 'eligibility.startIdea'));
    expect(allText(card)).toContain('Section 1 of 6: The idea');
    expect(inputsOf(card)).toMatchObject({ title: '', objectives: 'saving-lives,regular-pathways' });
  });

  it('section 1: a bad title and no objective are refused with the field and the rule; what was typed comes back', async () => {
    const tooLong = 'T'.repeat(121);
    const blank = card;
    card = await fill(user, card, { title: tooLong, objectives: '' });
    const refused = card;
    const text = allText(card);
    expect(text).toContain('Title is too long: 121 characters for a limit of 120');
    expect(text).toContain('Strategic objectives: please choose at least one');
    expect(inputsOf(card)).toMatchObject({ title: tooLong });

    card = await fill(user, card, { objectives: 'saving-lives,unknown-objective' });
    expect(allText(card)).toContain('"unknown-objective" is not one of the options');

    card = await fill(user, card, { title: 'Help for children', objectives: 'saving-lives', priorities: 'data-technology' });
    expect(allText(card)).toContain('Section 2 of 6: Who submits');

    // The first card pressed again, its title still too long (a user trial): older than the draft,
    // said so; nothing "saved except the title", and the good title stays.
    const again = await user.press({ ...button(refused, 'idea.section'), title: tooLong, objectives: 'saving-lives', priorities: 'data-technology' });
    expect(allText(again)).toContain(messages('en').ideaForm.review.outOfDateKept({ title: messages('en').ideaForm.sections.idea.title, button: messages('en').ideaForm.actions.saveAndContinue }));
    expect(allText(again)).not.toContain('Saved');
    expect(allText(await user.press({ ...button(blank, 'idea.section'), title: tooLong, objectives: 'saving-lives', priorities: 'data-technology' }))).not.toContain('Saved');
    card = await user.say('continue my idea');
    expect(allText(card)).toContain('Section 2 of 6: Who submits');
    expect(JSON.stringify(await bot.assistant.store.list('ideas/'))).toContain('Help for children');
  });

  it('section 2: profile prefill; bad e-mail and a missing coordinating office are named', async () => {
    // A field's hint is a line of its own, whole: as a placeholder it was cut at the field's edge, and went when typing began.
    expect(allText(card)).toContain('HQ departments submit together with the relevant country or regional office.');
    expect(JSON.stringify(cardOf(card.at(-1)!))).not.toContain('"placeholder"');
    expect(inputsOf(card)).toMatchObject({
      officeType: 'country-office',
      focalPointName: 'Test User',
      focalPointEmail: 'test.user@iom.int',
    });
    const office = { officeName: 'IOM Uganda', countryOrRegion: 'Uganda', focalPointName: 'Amina K.' };
    card = await fill(user, card, { ...office, officeType: 'hq-department', focalPointEmail: 'amina@' });
    const text = allText(card);
    expect(text).toContain('this does not look like an e-mail address');
    expect(text).toContain('Coordinating office: please fill this in');

    card = await fill(user, card, { ...office, officeType: 'country-office', focalPointEmail: 'amina@iom.int' });
    expect(allText(card)).toContain('Section 3 of 6: Problem and solution');
  });

  it('keeps the draft when the server restarts mid-form, and resumes where it was', async () => {
    await bot.restart();
    card = await user.say('continue my idea');
    const text = allText(card);
    expect(text).toContain('Welcome back');
    expect(text).toContain('Section 3 of 6: Problem and solution');
  });

  it('section 3: word limits are enforced; French text is kept with a warning to translate', async () => {
    card = await fill(user, card, { problem: words(251), solution: words(300), novelty: words(10) });
    expect(allText(card)).toContain('The problem has 251 words; the limit is 250');
    expect(inputsOf(card).problem).toBe(words(251));

    const french = 'Notre projet aide les jeunes migrants à trouver un emploi grâce à une application mobile simple.';
    const frenchToo = 'La solution est une application mobile simple qui relie les jeunes migrants aux employeurs locaux.';
    card = await fill(user, card, { problem: french, solution: frenchToo, novelty: words(10) });
    const text = allText(card);
    // Two answers in French: named together, in one sentence (it said it once per answer).
    expect(text).toContain('The problem and the solution: the texts seem to be written in French. The Hub accepts ideas in English only: they are saved, but please translate them');
    expect(text.match(/seems? to be written in/g)).toHaveLength(1);
    expect(text).toContain('Section 4 of 6: People');
  });

  it('section 4: groups are required, and "other" must be named', async () => {
    card = await fill(user, card, { beneficiaryGroups: '', participation: words(20) });
    expect(allText(card)).toContain('Groups who benefit: please choose at least one');
    card = await fill(user, card, { beneficiaryGroups: 'youth,other', otherGroup: '', participation: words(20) });
    expect(allText(card)).toContain('Other group: please fill this in');
    card = await fill(user, card, { beneficiaryGroups: 'youth,women,other', otherGroup: 'Stateless people', participation: words(20) });
    expect(allText(card)).toContain('Section 5 of 6');
  });

  it('section 5: long answers within limits; partners are optional', async () => {
    card = await fill(user, card, { results: words(250), sustainability: words(5), scaling: words(5), partners: '' });
    expect(allText(card)).toContain('Section 6 of 6: Budget and timing');
  });

  it('section 6: budget, duration and start date are checked against the call', async () => {
    card = await fill(user, card, { budgetUsd: '49,999', durationMonths: '13', plannedStart: 'soon' });
    let text = allText(card);
    expect(text).toContain('Budget must be at least US$50,000');
    expect(text).toContain('Duration can be at most 12');
    expect(text).toContain('Planned start: please give a date written year-month-day');
    expect(inputsOf(card)).toMatchObject({ budgetUsd: '49,999', durationMonths: '13', plannedStart: 'soon' });

    card = await fill(user, card, { budgetUsd: '80,001', durationMonths: '12.5', plannedStart: '2024-01-01' });
    text = allText(card);
    expect(text).toContain('Budget can be at most US$80,000');
    expect(text).toContain('please write a whole number');
    expect(text).toContain('Planned start cannot be before 15 January 2025');

    card = await fill(user, card, { budgetUsd: '80000', durationMonths: '12', plannedStart: '2025-03-01' });
    text = allText(card);
    expect(text).toContain('Review your idea');
    expect(text).toContain('Every section is complete');
    expect(text).toContain('US$80,000');
    expect(text).toContain('Help for children');
  });

  it('edits a section from the review and comes back to the review', async () => {
    const review = card;
    card = await user.press({ ...button(review, 'idea.edit'), section: 'idea' });
    expect(inputsOf(card)).toMatchObject({ title: 'Help for children' });
    // Submit pressed on the review card above while the section is open: nothing is submitted, and
    // the open section comes back, so what is being typed there is not lost.
    const early = await user.press(button(review, 'idea.submit'));
    expect(allText(early)).toContain('You have "The idea" open: press its "Save and continue" first');
    expect(allText(early)).not.toContain('IH-2024-');
    expect(inputsOf(early)).toMatchObject({ title: 'Help for children' });
    card = await fill(user, card, { title: 'Solar kiosks for displaced youth', objectives: 'saving-lives' });
    expect(allText(card)).toContain('Review your idea');
    expect(allText(card)).toContain('Solar kiosks for displaced youth');

    // The older review card is out of date now: its submit is refused and the current review shown.
    const stale = await user.press(button(review, 'idea.submit'));
    expect(allText(stale)).toContain('This card is out of date');
    card = stale;
  });

  it('submits with a reference number; pressing again does no harm', async () => {
    const submit = button(card, 'idea.submit');
    const [first, second] = await Promise.all([user.press(submit), user.press(submit)]);
    const texts = [allText(first), allText(second)].join('\n');
    expect(texts).toContain('IH-2024-0001');
    expect(texts).not.toContain('IH-2024-0002');
    expect(texts).toContain('Idea submitted');
    // A copy to keep: the idea as a PDF, in the submitter's language and zone, behind a fresh short-lived link.
    const confirmation = JSON.stringify([...first, ...second].map((reply) => reply.attachments));
    const copyUrl = /"title":"Download a copy \(PDF\)","url":"([^"]+)"/.exec(confirmation)![1];
    const copy = await fetch(copyUrl);
    expect(copy.headers.get('content-type')).toBe('application/pdf');
    expect((await pdfParse(Buffer.from(await copy.arrayBuffer()))).text).toContain('Solar kiosks for displaced youth');
    // The link names this idea alone: another reference under the same signature is refused.
    const forged = await fetch(copyUrl.replace('IH-2024-0001', 'IH-2024-0002'));
    expect(forged.status).toBe(403);
    // Whoever opens a refused link is told why and how to get a new one, in the three languages.
    const refusal = await forged.text();
    expect(refusal).toContain('This link has expired or is not valid');
    expect(refusal).toContain('Ce lien a expiré');
    expect(refusal).toContain('Este enlace ha caducado');

    // Submit pressed again: the line that says so, not the confirmation card a second time.
    const again = await user.press(submit);
    expect(allText(again)).toBe('This idea was already submitted as IH-2024-0001. Nothing more to do.');
    expect(again.some((reply) => cardOf(reply) !== undefined)).toBe(false);
    // An old section card cannot change a submitted idea.
    const late = await user.press({ verb: 'idea.section', form: 'idea', section: 'idea', revision: 1, title: 'Changed' });
    expect(allText(late)).toContain('was submitted as IH-2024-0001 and can no longer be changed');

    // The menu no longer offers to start or continue it, but shows it as sent, in the person's language.
    const titles = async (text: string) => submitActions((await user.say(text))[0]).map((action) => action.title);
    expect(await titles('menu')).toContain('My submitted idea');
    expect(await titles('menu')).not.toContain('Start or continue my idea');
    expect(allText(await user.press({ verb: 'menu', item: 'idea' }))).toContain('Idea submitted');
    await user.say('français');
    expect(await titles('menu')).toContain('Mon idée envoyée');
    await user.say('english');
  });

  it('stores the submission for IKM with every answer', async () => {
    const records = await bot.assistant.store.list<{ reference: string; answers: Record<string, unknown> }>('ideas/2024/submissions/');
    expect(records).toHaveLength(1);
    expect(records[0].value.reference).toBe('IH-2024-0001');
    expect(records[0].value.answers).toMatchObject({
      title: 'Solar kiosks for displaced youth',
      budgetUsd: 80000,
      durationMonths: 12,
      otherGroup: 'Stateless people',
      focalPointEmail: 'amina@iom.int',
    });
  });

  it('checked again after submitting, says the idea is in already instead of offering the idea form', async () => {
    let check = await user.say('check eligibility');
    const answers = { submitterKind: 'country-office', objectives: 'saving-lives', budgetUsd: '60000', durationMonths: '12', submissionLanguage: 'en' };
    check = await user.press({ ...button(check, 'eligibility.answers'), ...answers });
    const verdict = allText(check);
    expect(verdict).toContain('All checks pass. Your idea is submitted already, as IH-2024-0001: each person submits one idea per call.');
    expect(verdict).not.toContain('You can start the idea form');
    expect(submitActions(check.at(-1)).map((action) => action.data.verb)).not.toContain('eligibility.startIdea');
    await user.say('cancel');
  });

  it('refuses a submission after the idea deadline, with the date', async () => {
    const late = bot.user();
    await late.say('my idea');
    clock.set('2024-10-25T22:00:00Z'); // one minute after 23:59 in Geneva
    try {
      const refused = await late.press({ verb: 'idea.submit', form: 'idea', section: 'review', revision: 1 });
      expect(allText(refused)).toContain('The idea deadline passed on 25 October 2024 at 23:59 (Europe/Zurich)');
    } finally {
      clock.set('2024-10-01T09:00:00Z');
    }
  });
});

describe('every field of the idea form refuses bad input by name, over HTTP, losing nothing', () => {
  let bot: TestBot;
  let user: TeamsUser;
  let card: Reply[];

  beforeAll(async () => {
    bot = await new TestBot().start();
    user = bot.user();
    card = await user.say('my idea');
    card = await fill(user, card, { title: 'Kept title', objectives: 'saving-lives' });
  });
  afterAll(async () => {
    await bot.stop();
  });

  const cases: [SectionId, Record<string, unknown>, string][] = [
    ['idea', { title: 'T'.repeat(121) }, 'Title is too long: 121 characters'],
    ['idea', { title: '' }, 'Title: please fill this in'],
    ['idea', { objectives: 'nope' }, 'Strategic objectives: "nope" is not one of the options'],
    ['idea', { priorities: 'nope' }, 'Cross-cutting priorities: "nope" is not one of the options'],
    ['office', { officeType: 'embassy' }, 'Type of office: "embassy" is not one of the options'],
    ['office', { officeName: 'O'.repeat(151) }, 'Office is too long'],
    ['office', { countryOrRegion: 'C'.repeat(101) }, 'Country or region is too long'],
    ['office', { officeType: 'hq-department', coordinatingOffice: '' }, 'Coordinating office: please fill this in'],
    ['office', { focalPointName: 'N'.repeat(121) }, 'Focal point is too long'],
    ['office', { focalPointEmail: 'not-an-email' }, 'E-mail of the focal point: this does not look like an e-mail address'],
    ['solution', { problem: words(251) }, 'The problem has 251 words; the limit is 250'],
    ['solution', { solution: words(301) }, 'The solution has 301 words; the limit is 300'],
    ['solution', { novelty: words(201) }, 'What is new has 201 words; the limit is 200'],
    ['people', { beneficiaryGroups: 'martians' }, 'Groups who benefit: "martians" is not one of the options'],
    ['people', { beneficiaryGroups: 'other', otherGroup: '' }, 'Other group: please fill this in'],
    ['people', { participation: words(201) }, 'Participation and accessibility has 201 words'],
    ['results', { results: words(251) }, 'Expected results has 251 words'],
    ['results', { sustainability: words(201) }, 'Sustainability and do no harm has 201 words'],
    ['results', { scaling: words(201) }, 'Potential to scale has 201 words'],
    ['results', { partners: words(151) }, 'Partners has 151 words'],
    ['budget', { budgetUsd: 'lots' }, 'Budget: please write a number in digits'],
    ['budget', { durationMonths: '0' }, 'Duration must be at least 1'],
    ['budget', { plannedStart: '2025-02-30' }, 'Planned start: please give a date written year-month-day'],
    ['budget', { plannedStart: '2027-01-01' }, 'Planned start cannot be after'],
    ['idea', { title: { injected: true } }, 'Title: I could not read this answer'],
    ['office', { officeName: ['a', 'b'] }, 'Office: I could not read this answer'],
    ['budget', { budgetUsd: null }, 'Budget: please fill this in'],
    ['budget', { budgetUsd: 60000.5 }, 'Budget: please write a whole number'],
  ];

  it.each(cases)('section %s, %j: "%s"', async (section, answers, message) => {
    const { revision } = button(card, 'idea.section');
    card = await user.press({ verb: 'idea.section', form: 'idea', section, revision, ...answers });
    expect(allText(card)).toContain(message);
    expect(bot.errors).toEqual([]);
  });

  it('kept the answers saved before all those attempts', async () => {
    const [draft] = await bot.assistant.store.list<{ answers: Record<string, unknown> }>('ideas/2024/drafts/');
    expect(draft.value.answers).toMatchObject({ title: 'Kept title', objectives: ['saving-lives'] });
  });
});

describe('the submitter\'s copy of the idea', () => {
  const testBot = useTestBot();

  it('is in their language and zone, as their confirmation card, without the warnings worded for IKM; IKM\'s stays in English', async () => {
    const user = testBot().user({ locale: 'es-ES', localTimezone: 'America/Bogota' });
    const review = await fillIdea(user, { opening: 'mi idea', title: 'Quioscos solares' });
    const confirmation = await user.press(button(review, 'idea.submit'));
    const url = /"url":"([^"]*\/files\/idea\/[^"]+)"/.exec(JSON.stringify(confirmation.map(cardOf)))![1];
    const copy = (await pdfParse(Buffer.from(await (await fetch(url)).arrayBuffer()))).text;
    const submittedOn = /Enviada: ([^\n]+)/.exec(allText(confirmation))![1];
    expect(copy).toContain(`Enviada: ${submittedOn}`);
    expect(submittedOn).toContain('(America/Bogota)');
    expect(copy).toContain('Quioscos solares');
    expect(copy).not.toContain('The team wrote');
    // The language and zone are part of what the link signs: IKM's English copy is not reached from it.
    expect((await fetch(url.replace(/(IH-2024-\d+)\.es\.[^.]+\.pdf/, '$1.pdf'))).status).toBe(403);
  });
});

describe('a start date not written year-month-day', () => {
  // A call of today's kind (its dates moved to 2026-2028, as `npm run playground` makes): the fixed
  // example the message gave, 2025-03-01, was outside the dates it allows.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-sample-call-'));
  const now = new Date('2026-12-06T09:00:00Z');
  const callFile = path.join(dir, 'call-sample.yaml');
  writeSampleCallFile(path.join(__dirname, '..', '..', 'content', 'call-2024.yaml'), callFile, now);
  const testBot = useTestBot({ clock: new FixedClock(now.toISOString()), env: { CALL_FILE: callFile } });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is refused with an example the form then accepts (a fixed example fell outside the allowed dates)', async () => {
    const user = testBot().user();
    const sections = completeIdeaSections('Solar kiosks');
    const last = sections.length - 1;
    const refused = await fillIdea(user, { sections: [...sections.slice(0, last), { ...sections[last], plannedStart: '1 March' }] });
    const example = /such as (\d{4}-\d{2}-\d{2})/.exec(allText(refused))![1];
    const saved = await user.press({ ...button(refused, 'idea.section'), ...sections[last], plannedStart: example });
    expect(allText(saved)).toContain('Review your idea');
  });
});
