import type { Activity } from 'botbuilder';
import type { SessionCatalogue } from '../../bookings';
import type { Clock } from '../../clock';
import type { StoredConversationReference } from '../../conversations';
import { messages } from '../../i18n';
import { formatDateTime, hourOfDay, listOf, relativeDate, relativeTime } from '../../i18n/format';
import type { People } from '../../people';
import type { ProposalService } from '../../proposals';
import { OutboxRow, ReminderPayload, ReminderPreferences } from '../../reminders';
import { SECTION_IDS, SectionId } from '../../ideas';
import { cardActivity } from '../replies';
import { ReminderCardData, renderReminderCard } from './cards';

export interface ReminderCardDependencies {
  clock: Clock;
  people: People;
  preferences: ReminderPreferences;
  catalogue: SessionCatalogue;
  /** The proposal stage: what a shortlisted team's checklist still lacks (item labels by language). */
  proposals: Pick<ProposalService, 'stage'>;
}

/**
 * The card of one reminder, built when the outbox sends it, in the person's language and time zone
 * (their person record: the language and zone they chose, else what Teams reported).
 */
export async function buildReminderActivity(
  deps: ReminderCardDependencies,
  row: OutboxRow,
  reference: StoredConversationReference,
): Promise<Partial<Activity>> {
  const { clock, people, preferences, catalogue } = deps;
  const { language, timeZone: zone } = await people.settings(row.userId, reference.locale);
  const t = messages(language).reminders;
  const now = clock.now();
  const first = await preferences.markIntroSent(row.userId, now);
  const payload = row.payload as ReminderPayload;
  // Calendar days where the person is, the zone the date is shown in: a deadline at 23:59 next Friday is "in 7 days" all Friday morning.
  const inDays = (iso: string) => relativeDate(new Date(iso), now, language, zone);
  const actions: ReminderCardData['actions'] = [];
  const links: ReminderCardData['links'] = [];
  let title = '';
  let when = '';
  let missing = '';
  switch (payload.kind) {
    case 'idea-deadline': {
      title = t.title.ideaDeadline({ relative: inDays(payload.deadline) });
      when = formatDateTime(new Date(payload.deadline), language, zone);
      const section = payload.section && (SECTION_IDS as readonly string[]).includes(payload.section.id) ? (payload.section.id as SectionId) : undefined;
      const sectionTitle = section ? messages(language).ideaForm.sections[section].title : '';
      missing = !payload.hasDraft
        ? t.missing.notStarted
        : payload.section
          ? t.missing.fieldsLeft({ total: payload.fieldsLeft, left: payload.section.left, number: payload.section.number, title: sectionTitle })
          : t.missing.complete;
      actions.push({ title: payload.hasDraft ? t.actions.continueIdea : t.actions.startIdea, data: { verb: 'menu', item: 'idea' } });
      break;
    }
    case 'proposal-deadline': {
      title = t.title.proposalDeadline({ relative: inDays(payload.deadline) });
      when = formatDateTime(new Date(payload.deadline), language, zone);
      const stage = await deps.proposals.stage(row.userId);
      const left = stage?.checklist.filter((entry) => !entry.done).map((entry) => entry.item.label[language]) ?? [];
      missing = !stage
        ? ''
        : !stage.latest
          ? t.missing.proposalNotHandedIn
          : left.length
            ? t.missing.proposalItems({ items: listOf(left, language) })
            : t.missing.proposalComplete;
      actions.push({ title: t.actions.myProposal, data: { verb: 'menu', item: 'proposal' } });
      actions.push({ title: t.actions.bookClinic, data: { verb: 'menu', item: 'sessions' } });
      break;
    }
    case 'announcements':
      title = (payload.announcement === 'shortlist' ? t.title.shortlist : t.title.funding)({ relative: inDays(payload.at) });
      when = formatDateTime(new Date(payload.at), language, zone);
      break;
    case 'sessions': {
      const session = await catalogue.get(payload.sessionId);
      const hours = Math.max(1, Math.round((Date.parse(payload.start) - now.getTime()) / 3_600_000));
      title = t.title.session({ title: session?.title[language] ?? payload.sessionId, relative: relativeTime(new Date(now.getTime() + hours * 3_600_000), now, language, zone) });
      when = formatDateTime(new Date(payload.start), language, zone);
      // What one needs an hour before a session is its Teams meeting, not the catalogue.
      if (session?.joinUrl) links.push({ title: t.actions.join, url: session.joinUrl });
      actions.push({ title: t.actions.myBookings, data: { verb: 'session.mine' } });
      break;
    }
  }
  actions.push({ title: t.actions.stop, data: { verb: 'reminders.stop', kind: row.kind } });
  const intro = first ? t.intro({ hour: hourOfDay((await preferences.get(row.userId)).sendHour) }) : '';
  return cardActivity(renderReminderCard({ intro, title, when, missing, actions, links }), language);
}
