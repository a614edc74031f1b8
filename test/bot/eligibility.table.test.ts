import { messages } from '../../src/i18n';
import { runTable } from '../support/conversation-table';
import { button } from '../support/teams-user';
import { useTestBot } from '../support/test-bot';

/** The eligibility check as tables: on a card, and one question at a time where cards do not render. */
describe('eligibility: what the user sends, what the bot answers', () => {
  const bot = useTestBot();

  const t = messages('en').eligibility;

  it('in Teams: one card of questions, a verdict per rule, the self-assessment, then the idea form', async () => {
    await runTable(bot().user(), [
      ['eligibility', [t.title, t.questions.submitter.prompt, t.questions.language.prompt]],
      [
        (card) => ({ ...button(card, 'eligibility.answers'), submitterKind: 'country-office', objectives: 'saving-lives', budgetUsd: '90000', durationMonths: '12', submissionLanguage: 'en' }),
        [t.overall['not-yet'].title, t.ruleNames.budget, t.fixLabel],
      ],
      [(card) => button(card, 'eligibility.change'), t.questions.budget.prompt({ min: 'US$50,000', max: 'US$80,000', currency: 'USD' })],
      [
        (card) => ({ ...button(card, 'eligibility.answers'), submitterKind: 'country-office', objectives: 'saving-lives', budgetUsd: '60000', durationMonths: '12', submissionLanguage: 'en' }),
        t.overall.eligible.title,
      ],
      [(card) => button(card, 'eligibility.assess'), t.selfAssessment.title],
      [
        (card) => ({ ...button(card, 'eligibility.assessment'), novelty: 'yes', effectiveness: 'partly', sustainability: 'no', 'accessibility-participation': 'yes', 'transformation-scaling': 'yes' }),
        [t.selfAssessment.summary({ strong: 3, total: 5 }), t.selfAssessment.strengths.weak],
      ],
      [(card) => button(card, 'eligibility.startIdea'), /Section 1 of 6/],
    ]);
  });

  it('a partner, not an IOM office, is told why and what to do, and is not offered the form', async () => {
    await runTable(bot().user(), [
      ['am i eligible', t.questions.submitter.prompt],
      [
        (card) => ({ ...button(card, 'eligibility.answers'), submitterKind: 'not-iom', objectives: 'saving-lives', budgetUsd: '60000', durationMonths: '12', submissionLanguage: 'en' }),
        [t.overall['not-eligible'].title, 'Take the idea to an IOM country or regional office'],
        { not: [t.closing.startIdeaForm] },
      ],
    ]);
  });

  it.each(['en', 'fr', 'es'] as const)(
    'in %s, names the answer in each problem; a duration past the call\'s limit is an answer, judged by the rule, not refused',
    async (language) => {
      const l = messages(language).eligibility;
      const q = l.questions;
      const locale = { en: 'en-US', fr: 'fr-FR', es: 'es-ES' }[language];
      const answers = { submitterKind: 'country-office', objectives: 'saving-lives', submissionLanguage: 'en' };
      await runTable(bot().user({ locale }), [
        [{ verb: 'menu', item: 'eligibility' }, q.submitter.prompt],
        [
          (card) => ({ ...button(card, 'eligibility.answers'), ...answers, submitterKind: '', budgetUsd: 'a lot', durationMonths: 'a year' }),
          [q.chooseOne({ field: l.ruleNames.submitter }), q.budget.retry({ field: l.ruleNames.budget }), q.duration.retry({ field: l.ruleNames.duration })],
        ],
        [
          // Past any project's length: told so with the call's limit (12 months), as the label says it.
          (card) => ({ ...button(card, 'eligibility.answers'), ...answers, budgetUsd: '60000', durationMonths: '150' }),
          q.duration.tooLong({ field: l.ruleNames.duration, months: '150', maxMonths: 12 }),
          { not: ['120'] },
        ],
        [
          // Past the call's limit but a real length: an answer the duration rule judges ("to change").
          (card) => ({ ...button(card, 'eligibility.answers'), ...answers, budgetUsd: '60000', durationMonths: '18' }),
          [l.overall['not-yet'].title, l.ruleNames.duration, l.fixLabel],
        ],
      ]);
    },
  );

  it('by e-mail: one question at a time, wrong answers asked again', async () => {
    await runTable(bot().user({ channelId: 'email' }), [
      ['eligibility', [t.questions.submitter.prompt, '1. ']],
      ['1', t.questions.objectives.prompt, { not: [t.questions.coordinatingOffice.prompt] }],
      ['1, 2', /How much funding/],
      ['a lot', t.questions.budget.retry({ field: t.ruleNames.budget })],
      ['60000', /How many months/],
      ['12', t.questions.language.prompt],
      ['English', [t.overall.eligible.title, `1. ${t.closing.selfAssessment}`]],
      ['help', /answer the last question to go on/],
      ['cancel', /Stopped/],
    ]);
  });
});
