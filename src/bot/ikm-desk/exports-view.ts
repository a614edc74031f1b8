import type { TurnContext } from 'botbuilder';
import { sendCardOrText } from '../replies';
import { renderPanelCard } from './cards';
import type { DeskDependencies } from './dependencies';
import { deskTurn } from './desk-language';

/** The exports: every submission and every booking, as CSV and XLSX, behind short-lived signed links. */
export class ExportsView {
  constructor(private readonly deps: DeskDependencies) {}

  async show(context: TurnContext, adminId: string): Promise<void> {
    const { t } = deskTurn();
    const d = t.desk.exports;
    const { links } = this.deps;
    const items = [
      { title: d.workbook, url: links.xlsx() },
      { title: d.submissionsCsv, url: links.csv('submissions') },
      { title: d.bookingsCsv, url: links.csv('bookings') },
      { title: d.faqSuggestionsCsv, url: links.csv('faq-suggestions') },
    ];
    // The links are what is logged (a link needs no sign-in to open, so its opening names nobody).
    await this.deps.audit.record({ by: adminId, action: 'export.download', target: 'submissions+bookings' });
    const card = renderPanelCard({
      title: d.title,
      subtitle: d.intro,
      notes: [],
      groups: [],
      rows: [],
      actions: [{ title: t.desk.actions.back, data: { verb: 'desk.home' } }],
      links: items,
    });
    await sendCardOrText(context, card, [d.title, d.intro, ...items.map((item) => `${item.title}: ${item.url}`)].join('\n'));
  }
}
