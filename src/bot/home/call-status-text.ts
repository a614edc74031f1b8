import { CallConfig, callStatus, daysUntil } from '../../call';
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
    case 'opens':
      return t.callStatus.opens({
        title,
        date: formatDate(status.on, language, zone),
        relative: relativeDays(daysUntil(call, status.on, now), language),
      });
    case 'open':
      return t.callStatus.open({
        title,
        date: formatDateTime(status.ideaDeadline, language, zone),
        relative: relativeDays(status.daysLeft, language),
      });
    case 'closed':
      return status.phase === 'closed'
        ? t.callStatus.closed({ title, date: formatDate(status.closedOn, language, zone) })
        : t.callStatus.ideasClosed({ title, date: formatDate(status.closedOn, language, zone) });
  }
}
