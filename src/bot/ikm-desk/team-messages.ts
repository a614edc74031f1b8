import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { CallConfig } from '../../call';
import type { Clock } from '../../clock';
import type { Announcements, AnnouncementText, DecisionPayload } from '../../desk';
import { Language, messages } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import type { People } from '../../people';
import type { OutboxRow } from '../../reminders';
import type { StoredConversationReference } from '../../conversations';
import { cardActivity } from '../replies';
import { renderTeamMessageCard } from './cards';

/**
 * What teams get from IKM, worded when it is sent, in each person's language and time zone: the
 * decision on their idea, and IKM's announcements.
 */

const decisionPayloadSchema = z.object({
  decision: z.enum(['shortlist', 'funding']),
  outcome: z.enum(['shortlisted', 'not-shortlisted', 'funded', 'not-funded']),
  reference: z.string(),
  title: z.string(),
});
const announcementPayloadSchema = z.object({ announcement: z.string() });

export interface TeamMessageDependencies {
  call: CallConfig;
  people: People;
  announcements: Announcements;
  clock: Clock;
}

/** The card an announcement shows a person in `language` (also what IKM previews). */
export function announcementCard(text: AnnouncementText, language: Language) {
  const t = messages(language).teamMessages;
  const body = (language !== 'en' ? text[language] : undefined) || text.en;
  return renderTeamMessageCard({ from: t.from, title: t.announcementTitle, paragraphs: body.split(/\n{2,}/).map((part) => part), facts: [], actions: [] });
}

/** The card of a decision on an idea, for one person. */
export function decisionCard(call: CallConfig, payload: DecisionPayload, language: Language, timeZone: string, now: Date) {
  const t = messages(language).teamMessages;
  const facts = [{ label: t.idea, value: `${payload.reference} · ${payload.title}` }];
  const book = { title: t.bookClinic, data: { verb: 'menu', item: 'sessions' } };
  const clinicsOpen = now.getTime() >= call.timeline.clinicsWindow.opens.getTime();
  switch (payload.outcome) {
    case 'shortlisted':
      return renderTeamMessageCard({
        from: t.from,
        title: t.shortlisted.title,
        paragraphs: [
          t.shortlisted.text({ deadline: formatDateTime(call.timeline.proposalDeadline, language, timeZone) }),
          // Told before the clinics open ("Announce now"), the team learns when, not a button that books nothing yet.
          clinicsOpen ? t.shortlisted.clinics : t.shortlisted.clinicsFrom({ date: formatDateTime(call.timeline.clinicsWindow.opens, language, timeZone) }),
        ],
        facts,
        actions: [{ title: messages(language).menu.proposal, data: { verb: 'menu', item: 'proposal' } }, ...(clinicsOpen ? [book] : [])],
      });
    case 'not-shortlisted':
      return renderTeamMessageCard({ from: t.from, title: t.notShortlisted.title, paragraphs: [t.notShortlisted.text({ mailbox: call.contact.mailbox })], facts, actions: [] });
    case 'funded':
      return renderTeamMessageCard({ from: t.from, title: t.funded.title, paragraphs: [t.funded.text({ mailbox: call.contact.mailbox })], facts, actions: [] });
    case 'not-funded':
      return renderTeamMessageCard({ from: t.from, title: t.notFunded.title, paragraphs: [t.notFunded.text({ mailbox: call.contact.mailbox })], facts, actions: [] });
  }
}

/** The activity for an outbox row of IKM's: a decision or an announcement, in the person's language. */
export async function buildTeamMessage(
  deps: TeamMessageDependencies,
  row: OutboxRow,
  reference: StoredConversationReference,
): Promise<Partial<Activity>> {
  const { language, timeZone } = await deps.people.settings(row.userId, reference.locale);
  if (row.kind === 'decision') {
    return cardActivity(decisionCard(deps.call, decisionPayloadSchema.parse(row.payload), language, timeZone, deps.clock.now()), language);
  }
  const { announcement: id } = announcementPayloadSchema.parse(row.payload);
  const announcement = await deps.announcements.get(id);
  if (!announcement) throw new Error(`announcement ${id} is not stored`);
  return cardActivity(announcementCard(announcement.text, language), language);
}
