import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { AnnouncementText, Audience } from '../../desk';
import { AUDIENCES } from '../../desk';
import { LANGUAGES, messages } from '../../i18n';
import { clipped, formatDateTime } from '../../i18n/format';
import type { People } from '../../people';
import { cardActivity, sendCardOrText } from '../replies';
import type { HubConversationState } from '../state';
import { turnOf } from '../turn';
import { DeskSubmit, renderAnnounceFormCard, renderPanelCard } from './cards';
import { type DeskDependencies, deskZone } from './dependencies';
import { announcementCard } from './team-messages';
import { deskTexts, deskTurn } from './desk-language';

/** How much of an announcement's text its line in the list shows. */
const FIRST_WORDS = 80;
/** How many ideas whose teams cannot be reached a preview names. */
const LISTED_UNREACHED = 20;

type AnnouncementFields = Omit<DeskSubmit<'desk.announce.preview'>, 'verb'>;

const conversationOf = (context: TurnContext) => turnOf(context).state.conversation as HubConversationState;

/**
 * Announcements to chosen audiences: write (English, optional French and Spanish), choose who, see
 * the count and the exact card each language gets, confirm; then a report of delivered, failed and
 * pending, refreshable, with the pending ones cancellable.
 */
export class AnnouncementsView {
  constructor(
    private readonly deps: DeskDependencies,
    private readonly people: People,
  ) {}

  async showForm(context: TurnContext, fields?: Partial<AnnouncementFields>, problems: string[] = []): Promise<void> {
    const d = deskTexts.desk.announce;
    const card = renderAnnounceFormCard({
      title: d.title,
      intro: d.intro,
      problems,
      audienceLabel: d.audience,
      audience: fields?.audience ?? 'submitters',
      audiences: AUDIENCES.map((audience) => ({ title: d.audiences[audience], value: audience })),
      enLabel: d.english,
      frLabel: d.french,
      esLabel: d.spanish,
      textEn: fields?.textEn ?? '',
      textFr: fields?.textFr ?? '',
      textEs: fields?.textEs ?? '',
      required: d.required,
      audienceRequired: d.audienceRequired,
      previewLabel: d.preview,
      cancelLabel: deskTexts.desk.actions.cancel,
    });
    await sendCardOrText(context, card, d.cardsOnly);
  }

  /** The count, the card each language will get, and Send / Change. */
  async preview(context: TurnContext, fields: AnnouncementFields): Promise<void> {
    const { t } = deskTurn();
    const d = t.desk.announce;
    const count = await this.deps.announcements.count(fields.audience);
    if (count.reachable.length === 0) {
      // Shortlisted or funded teams exist for the assistant only once their decision is announced.
      const decision = fields.audience === 'shortlisted' ? 'shortlist' : fields.audience === 'funded' ? 'funding' : undefined;
      const notYet = decision !== undefined && !(await this.deps.review.isAnnounced(decision));
      await this.showForm(context, fields, [notYet ? d.notAnnouncedYet[decision!] : d.nobody({ audience: d.audiences[fields.audience] })]);
      return;
    }
    const text = textOf(fields);
    const previewId = randomUUID();
    conversationOf(context).announcementPreview = previewId;
    const settings = await this.people.allSettings();
    const byLanguage = Object.fromEntries(LANGUAGES.map((language) => [language, 0])) as Record<(typeof LANGUAGES)[number], number>;
    for (const id of count.reachable) byLanguage[(settings.get(id) ?? this.people.defaultSettings()).language] += 1;
    // The exact card, once per language someone will read it in.
    for (const language of LANGUAGES) {
      if (byLanguage[language] === 0) continue;
      await context.sendActivity({ ...cardActivity(announcementCard(text, language)), text: d.previewOf({ language: d.languages[language], count: byLanguage[language] }) });
    }
    const card = renderPanelCard({
      title: d.confirmTitle({ count: count.reachable.length }),
      subtitle: d.audiences[fields.audience],
      notes: [
        d.reach({ reachable: count.reachable.length, total: count.total }),
        ...(count.unreachableIdeas.length > 0
          ? [d.unreachableIdeas({ references: count.unreachableIdeas.slice(0, LISTED_UNREACHED).join(', '), more: Math.max(0, count.unreachableIdeas.length - LISTED_UNREACHED) })]
          : []),
        ...((await this.deps.sendingPaused()) ? [d.paused] : []),
        ...(!fields.textFr && byLanguage.fr ? [d.englishFor({ language: d.languages.fr })] : []),
        ...(!fields.textEs && byLanguage.es ? [d.englishFor({ language: d.languages.es })] : []),
      ],
      groups: [],
      rows: [],
      actions: [
        { title: d.send({ count: count.reachable.length }), data: { verb: 'desk.announce.send', ...fields, previewId } },
        { title: d.change, data: { verb: 'desk.announce.form', ...fields } },
      ],
      links: [],
    });
    await sendCardOrText(context, card, d.cardsOnly);
  }

  /** Records the announcement (recipients fixed now) and hands it to the outbox; once per preview. */
  async send(context: TurnContext, fields: AnnouncementFields, previewId: string, adminId: string): Promise<void> {
    if (conversationOf(context).announcementPreview !== previewId) {
      // An older preview, or a Send no preview showed: sent already (then its report), or replaced.
      const sentAs = await this.deps.announcements.madeFromPreview(previewId);
      if (sentAs === undefined) return void (await context.sendActivity(deskTexts.desk.announce.previewReplaced));
      await context.sendActivity(deskTexts.desk.announce.alreadySent({ id: sentAs }));
      return this.report(context, sentAs);
    }
    const { announcement, first } = await this.deps.announcements.create(textOf(fields), fields.audience as Audience, adminId, previewId);
    if (!first) {
      await context.sendActivity(deskTexts.desk.announce.alreadySent({ id: announcement.id }));
      await this.report(context, announcement.id);
      return;
    }
    const details = deskTexts.desk;
    const detail = details.audit.details.announcementSent({ audience: details.announce.audiences[fields.audience as Audience], count: announcement.recipients });
    await this.deps.audit.record({ by: adminId, action: 'announcement.send', target: announcement.id, detail });
    this.deps.sendSoon();
    await this.report(context, announcement.id);
  }

  /** Every announcement, newest first, each with its report. */
  async list(context: TurnContext): Promise<void> {
    const { t, language } = deskTurn();
    const timeZone = deskZone(this.deps);
    const d = t.desk.announce;
    const all = await this.deps.announcements.list();
    const card = renderPanelCard({
      title: d.listTitle,
      subtitle: all.length === 0 ? d.none : '',
      notes: [],
      groups: [],
      rows: all.slice(0, 20).map((announcement) => ({
        text: `${announcement.id} · ${d.audiences[announcement.audience]} · ${announcement.recipients}`,
        // Its first words, to tell one announcement from another without opening each report.
        detail: `${formatDateTime(new Date(announcement.createdAt), language, timeZone)} · ${clipped(announcement.text.en.replace(/\s+/g, ' '), FIRST_WORDS)}`,
        actionTitle: d.reportButton,
        actionData: { verb: 'desk.announce.report', id: announcement.id },
      })),
      actions: [
        { title: d.new, data: { verb: 'desk.announce.form' } },
        { title: t.desk.actions.back, data: { verb: 'desk.home' } },
      ],
      links: [],
    });
    await sendCardOrText(context, card, d.cardsOnly);
  }

  /** Delivered, failed and pending, counted now; Refresh, and Cancel while something is pending. */
  async report(context: TurnContext, id: string): Promise<void> {
    const { t, language } = deskTurn();
    const timeZone = deskZone(this.deps);
    const d = t.desk.announce;
    const report = await this.deps.announcements.report(id);
    if (!report) {
      await context.sendActivity(t.desk.refusals.notFound);
      return;
    }
    const { announcement } = report;
    const card = renderPanelCard({
      title: d.reportTitle({ id }),
      subtitle: `${d.audiences[announcement.audience]} · ${formatDateTime(new Date(announcement.createdAt), language, timeZone)}`,
      notes: [
        ...(announcement.cancelledAt ? [d.cancelled({ at: formatDateTime(new Date(announcement.cancelledAt), language, timeZone) })] : []),
        ...(report.pending > 0 && (await this.deps.sendingPaused()) ? [d.paused] : []),
      ],
      groups: [
        {
          heading: d.counts,
          facts: [
            { label: d.recipients, value: String(announcement.recipients) },
            { label: d.delivered, value: String(report.delivered) },
            { label: d.failed, value: String(report.failed) },
            { label: d.pending, value: String(report.pending) },
            ...(report.dropped ? [{ label: d.dropped, value: String(report.dropped) }] : []),
          ],
        },
      ],
      rows: [],
      actions: [
        { title: d.refresh, data: { verb: 'desk.announce.report', id } },
        ...(report.pending > 0 && !announcement.cancelledAt ? [{ title: d.cancelPending({ count: report.pending }), data: { verb: 'desk.announce.cancel', id } }] : []),
        { title: t.desk.actions.back, data: { verb: 'desk.home' } },
      ],
      links: [],
    });
    const text = [d.reportTitle({ id }), `${d.delivered}: ${report.delivered}`, `${d.failed}: ${report.failed}`, `${d.pending}: ${report.pending}`].join('\n');
    await sendCardOrText(context, card, text);
  }

  async cancel(context: TurnContext, id: string, adminId: string): Promise<void> {
    const before = await this.deps.announcements.report(id);
    if (!before) {
      await context.sendActivity(deskTexts.desk.refusals.notFound);
      return;
    }
    if (before.pending === 0) {
      // Pressed on an older report: everything has gone out (or was called off) since.
      await context.sendActivity(deskTexts.desk.announce.nothingPending({ delivered: before.delivered, failed: before.failed }));
      await this.report(context, id);
      return;
    }
    await this.deps.announcements.cancel(id);
    await this.deps.audit.record({ by: adminId, action: 'announcement.cancel', target: id, detail: deskTexts.desk.audit.details.announcementCalledOff({ count: before.pending }) });
    await this.report(context, id);
  }
}

function textOf(fields: AnnouncementFields): AnnouncementText {
  return {
    en: fields.textEn,
    ...(fields.textFr ? { fr: fields.textFr } : {}),
    ...(fields.textEs ? { es: fields.textEs } : {}),
  };
}
