import { CallConfig, callStatus, milestoneDate, type MilestoneId, milestoneZone } from '../../call';
import { calendarDaysUntil } from '../../time-zone';
import { Language, messages } from '../../i18n';
import { formatDate, formatDateTime, relativeDays } from '../../i18n/format';

/**
 * One sentence on where the call stands at `now`, e.g. "… is open: ideas are due by … (in 12 days).",
 * its moments in the reader's zone: 23:59 in Geneva is 05:59 the next morning in Bangkok.
 */
export function describeCallStatus(call: CallConfig, now: Date, language: Language, zone = call.timeline.timeZone): string {
  const t = messages(language);
  const title = call.title[language];
  const status = callStatus(call, now);
  switch (status.state) {
    case 'opens': {
      // The launch day is a calendar day, the same for every reader (see `milestoneZone`).
      const launchZone = milestoneZone(call.timeline, 'launch', zone);
      return t.callStatus.opens({
        title,
        date: formatDate(status.on, language, launchZone),
        relative: relativeDays(calendarDaysUntil(status.on, now, launchZone), language),
      });
    }
    case 'open':
      // Days counted in the zone the deadline is given in: 23:59 in Geneva is tomorrow in Bangkok.
      return t.callStatus.open({
        title,
        date: formatDateTime(status.ideaDeadline, language, zone),
        relative: relativeDays(calendarDaysUntil(status.ideaDeadline, now, zone), language),
      });
    case 'closed': {
      // What comes next, by phase: a status that still spoke of full proposals once funding was
      // announced told people what was over. Each date is given as its milestone is (see `milestoneZone`).
      const { timeline } = call;
      const day = (id: MilestoneId) => formatDate(milestoneDate(timeline, id), language, milestoneZone(timeline, id, zone));
      // A deadline is a moment: its day and hour in the reader's zone (23:59 in Geneva is the next
      // morning in Nairobi), as the idea deadline is given while ideas are open.
      const proposalDeadline = formatDateTime(timeline.proposalDeadline, language, zone);
      const ideaDeadline = formatDate(status.closedOn, language, zone);
      switch (status.phase) {
        case 'shortlisting':
          return t.callStatus.shortlisting({ title, date: ideaDeadline, next: day('shortlistAnnouncement') });
        case 'clinics':
        case 'proposals-open':
          return t.callStatus.ideasClosed({ title, date: ideaDeadline, next: proposalDeadline });
        case 'reviewing':
          return t.callStatus.reviewing({ title, date: proposalDeadline, next: day('fundingAnnouncement') });
        case 'closed':
          return t.callStatus.closed({ title, date: day('fundingAnnouncement') });
      }
    }
  }
}
