import { localParts, Session, SessionProblem } from '../../bookings';
import { parseLocalDateTime } from '../../call/local-time';
import type { Messages } from '../../i18n';
import { SESSION_ADMIN_FIELDS, SessionAdminField } from './cards';

/** The admin's session form as text: a session's values, the typed values as a session input, and problems in words. */

/** A session's fields as the admin form shows them, instants in the admin's zone. */
export function adminValuesOf(session: Session, zone: string): Record<SessionAdminField, string> {
  const local = (at: string) => localParts(at, zone);
  const fallback = (text: string) => (text === session.title.en ? '' : text);
  return {
    id: session.id,
    kind: session.kind,
    titleEn: session.title.en,
    titleFr: fallback(session.title.fr),
    titleEs: fallback(session.title.es),
    topic: session.topic,
    host: session.host.en,
    startDate: local(session.start).date,
    startTime: local(session.start).time,
    durationMinutes: String(session.durationMinutes),
    format: session.format,
    location: session.location ?? '',
    joinUrl: session.joinUrl ?? '',
    capacity: String(session.capacity),
    opensDate: local(session.bookingOpens).date,
    opensTime: local(session.bookingOpens).time,
    // Closing at the start is the form's default, shown as a default (empty): moving the start then
    // moves the close with it, instead of keeping the old start as a fixed close.
    closesDate: session.bookingCloses === session.start ? '' : local(session.bookingCloses).date,
    closesTime: session.bookingCloses === session.start ? '' : local(session.bookingCloses).time,
    cutoffHours: String(session.cancellationCutoffHours),
    audience: session.audience,
  };
}

/** The create form's starting values. */
export function emptyAdminValues(firstTopic: string | undefined): Record<SessionAdminField, string> {
  const values = Object.fromEntries(SESSION_ADMIN_FIELDS.map((field) => [field, ''])) as Record<SessionAdminField, string>;
  return { ...values, kind: 'workshop', format: 'online', audience: 'everyone', cutoffHours: '24', topic: firstTopic ?? '' };
}

/**
 * The form's text as a session input: local dates in the admin's zone to UTC, numbers as numbers.
 * When editing (`existing`), what the form does not show is kept: the description, and the host's
 * translations while its English name is unchanged.
 */
export function adminInput(
  values: Record<SessionAdminField, string>,
  zone: string,
  now: Date,
  existing?: Session,
): Record<string, unknown> {
  const instant = (date: string, time: string): string | undefined => {
    if (!date && !time) return undefined;
    const parsed = parseLocalDateTime(`${date}T${time.slice(0, 5)}`, zone, 'start');
    // Unreadable: passed on as typed, so the catalogue names the field.
    return parsed.ok ? parsed.value.toISOString() : `${date} ${time}`.trim();
  };
  const whole = (text: string): unknown => (text === '' ? undefined : /^-?\d{1,9}$/.test(text) ? Number(text) : text);
  const start = instant(values.startDate, values.startTime);
  const en = values.titleEn;
  return {
    kind: values.kind || undefined,
    title: en ? { en, fr: values.titleFr || en, es: values.titleEs || en } : undefined,
    description: existing ? existing.description : en ? { en, fr: values.titleFr || en, es: values.titleEs || en } : undefined,
    topic: values.topic || undefined,
    host: existing && values.host === existing.host.en ? existing.host : values.host || undefined,
    start,
    durationMinutes: whole(values.durationMinutes),
    format: values.format || undefined,
    location: values.location || undefined,
    joinUrl: values.joinUrl || undefined,
    capacity: whole(values.capacity),
    bookingOpens: instant(values.opensDate, values.opensTime) ?? now.toISOString(),
    bookingCloses: instant(values.closesDate, values.closesTime) ?? start,
    cancellationCutoffHours: whole(values.cutoffHours),
    audience: values.audience || undefined,
  };
}

/** "Capacity (teams; one for a clinic): must be 1 to 500 teams for this kind of session." */
export function adminProblemText(t: Messages, problem: SessionProblem): string {
  const texts = t.sessions.admin.form;
  const root = problem.path.split('.')[0];
  const field: SessionAdminField | undefined = {
    id: 'id',
    kind: 'kind',
    title: problem.path === 'title.fr' ? 'titleFr' : problem.path === 'title.es' ? 'titleEs' : 'titleEn',
    description: problem.path === 'description.fr' ? 'titleFr' : problem.path === 'description.es' ? 'titleEs' : 'titleEn',
    topic: 'topic',
    host: 'host',
    start: 'startDate',
    durationMinutes: 'durationMinutes',
    format: 'format',
    location: 'location',
    joinUrl: 'joinUrl',
    capacity: 'capacity',
    bookingOpens: 'opensDate',
    bookingCloses: 'closesDate',
    cancellationCutoffHours: 'cutoffHours',
    audience: 'audience',
  }[root] as SessionAdminField | undefined;
  const names: Partial<Record<SessionAdminField, string>> = texts.problemNames;
  const label = field ? (names[field] ?? texts.labels[field].replace(/ \((date|fecha)\)$/, '')) : problem.path;
  const params = problem.params ?? {};
  const n = (key: string) => Number(params[key] ?? 0);
  const reasons = texts.reasons;
  const reason = (() => {
    switch (problem.code) {
      case 'required':
        return reasons.required;
      case 'not-whole-number':
        return reasons.notWholeNumber;
      case 'invalid-type':
        return params.expected === 'number' ? reasons.notWholeNumber : reasons.other;
      case 'invalid-value':
        return reasons.invalidValue;
      case 'invalid-slug':
        return reasons.invalidSlug;
      case 'too-long':
        return reasons.tooLong({ maximum: n('maximum') });
      case 'too-short':
        return reasons.required;
      case 'too-small':
        return reasons.tooSmall({ minimum: n('minimum') });
      case 'too-big':
        return reasons.tooBig({ maximum: n('maximum') });
      case 'invalid-instant':
        return reasons.invalidDate;
      case 'not-teams-link':
        return reasons.notTeamsLink;
      case 'duration-out-of-range':
        return reasons.durationOutOfRange({ min: n('min'), max: n('max') });
      case 'capacity-out-of-range':
        return reasons.capacityOutOfRange({ min: n('min'), max: n('max') });
      case 'below-booked':
        return reasons.belowBooked({ booked: n('booked') });
      case 'location-required':
        return reasons.locationRequired;
      case 'join-url-required':
        return reasons.joinUrlRequired;
      case 'start-in-past':
        return reasons.startInPast;
      case 'closes-before-opens':
        return reasons.closesBeforeOpens;
      case 'closes-after-start':
        return reasons.closesAfterStart;
      case 'unknown-topic':
        return reasons.unknownTopic;
      default:
        return reasons.other;
    }
  })();
  return texts.problem({ field: label, reason });
}
