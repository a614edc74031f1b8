import { messages } from '../../src/i18n';
import { runTable } from '../support/conversation-table';
import { button } from '../support/teams-user';
import { useTestBot } from '../support/test-bot';

/** The idea form as a table: section cards, refused answers, the review, an edit, the submission. */
describe('idea form: what the user sends, what the bot answers', () => {
  const bot = useTestBot();

  const t = messages('en').ideaForm;
  const section = (verbData: Record<string, unknown>) => (card: Parameters<typeof button>[0]) => ({ ...button(card, 'idea.section'), ...verbData });

  it('in Teams, from the first section to the reference number', async () => {
    await runTable(bot().user(), [
      ['my idea', [t.progress.started, t.progress.section({ number: 1, total: 6, title: t.sections.idea.title })]],
      [section({ title: '', objectives: 'saving-lives' }), [t.progress.section({ number: 1, total: 6, title: t.sections.idea.title }), 'Title: please fill this in']],
      [section({ title: 'Solar kiosks', objectives: 'saving-lives' }), t.progress.section({ number: 2, total: 6, title: t.sections.office.title })],
      [section({ officeType: 'country-office', officeName: 'IOM Uganda', countryOrRegion: 'Uganda', focalPointName: 'A', focalPointEmail: 'not-an-email' }), /e-mail/i],
      [section({ officeType: 'country-office', officeName: 'IOM Uganda', countryOrRegion: 'Uganda', focalPointName: 'A', focalPointEmail: 'a@iom.int' }), t.sections.solution.title],
      [section({ problem: 'p', solution: 's', novelty: 'n' }), t.sections.people.title],
      [section({ beneficiaryGroups: 'youth', participation: 'p' }), t.sections.results.title],
      [section({ results: 'r', sustainability: 's', scaling: 's' }), t.sections.budget.title],
      [section({ budgetUsd: '60000', durationMonths: '12', plannedStart: '2025-03-01' }), [t.review.title, t.progress.allComplete, 'Solar kiosks']],
      [(card) => ({ ...button(card, 'idea.edit'), section: 'idea' }), t.progress.section({ number: 1, total: 6, title: t.sections.idea.title })],
      [section({ title: 'Solar kiosks for clinics', objectives: 'saving-lives' }), [t.review.title, 'Solar kiosks for clinics']],
      [(card) => button(card, 'idea.submit'), /IH-2024-0001/],
      ['my idea', [/IH-2024-0001/, t.review.readOnly({ reference: 'IH-2024-0001' })]],
    ]);
  });
});
