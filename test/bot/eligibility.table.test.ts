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

  it('by e-mail: one question at a time, wrong answers asked again', async () => {
    await runTable(bot().user({ channelId: 'email' }), [
      ['eligibility', [t.questions.submitter.prompt, '1. ']],
      ['1', t.questions.objectives.prompt, { not: [t.questions.coordinatingOffice.prompt] }],
      ['1, 2', /How much funding/],
      ['a lot', t.questions.budget.retry({ max: 'US$' }).slice(0, 30)],
      ['60000', /How many months/],
      ['12', t.questions.language.prompt],
      ['English', [t.overall.eligible.title, `1. ${t.closing.selfAssessment}`]],
      ['help', /answer the last question to go on/],
      ['cancel', /Stopped/],
    ]);
  });
});
