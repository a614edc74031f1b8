import { Activity, CardFactory, TurnContext } from 'botbuilder';
import { Template } from 'adaptivecards-templating';
import { tz } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';
import { z } from 'zod';
import reminderSettingsTemplate from '../../adaptive-cards/reminder-settings.json';
import reminderTemplate from '../../adaptive-cards/reminder.json';
import type { Clock } from '../clock';
import type { AppConfig } from '../config';
import type { StoredConversationReference } from '../conversations';
import { isValidTimeZone, type SessionCatalogue } from '../bookings';
import { messages, resolveLanguage } from '../i18n';
import { formatDateTime, LOCALES } from '../i18n/format';
import type { Logger } from '../logger';
import { REMINDER_KINDS, ReminderKind, ReminderPayload, ReminderPreferences, ReminderWorker, type OutboxRow } from '../reminders';
import { isIkmAdmin } from '../tickets';
import { numberedList, sendCardOrText } from './replies';
import { turnOf } from './turn';

/** What "Stop these reminders" sends. */
export const reminderStopSchema = z.object({ verb: z.literal('reminders.stop'), kind: z.enum(REMINDER_KINDS) });
/** What "My reminders" saves: one "true"/"false" per kind (Input.Toggle values). */
export const reminderSaveSchema = z
  .object({ verb: z.literal('reminders.save') })
  .extend(Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, z.enum(['true', 'false']).optional()])) as Record<ReminderKind, z.ZodOptional<z.ZodEnum<['true', 'false']>>>);

export interface ReminderDependencies {
  clock: Clock;
  config: AppConfig;
  preferences: ReminderPreferences;
  /** Set once the worker exists (it needs `buildActivity` from here). */
  worker: () => ReminderWorker;
  catalogue: SessionCatalogue;
  logger: Logger;
}

function expand(template: object, data: object): Record<string, unknown> {
  return new Template(template).expand({ $root: data }) as Record<string, unknown>;
}

/**
 * Reminders as people see them: the card of each reminder (built when the outbox sends it, in the
 * person's language and time zone), "My reminders", the stop buttons, and IKM's switches.
 */
export class Reminders {
  constructor(private readonly deps: ReminderDependencies) {}

  /** The reminder card for one outbox row (called by the worker just before sending). */
  async buildActivity(row: OutboxRow, reference: StoredConversationReference): Promise<Partial<Activity>> {
    const { preferences, clock } = this.deps;
    const language = resolveLanguage(undefined, reference.locale);
    const t = messages(language).reminders;
    const prefs = await preferences.get(row.userId);
    const now = clock.now();
    const first = await preferences.markIntroSent(row.userId, now);
    const payload = row.payload as ReminderPayload;
    const zone = prefs.timeZone;
    const rtf = new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' });
    // Calendar days where the person is: a deadline at 23:59 next Friday is "in 7 days" all Friday morning.
    const inDays = (iso: string) => rtf.format(differenceInCalendarDays(new Date(iso), now, { in: tz(zone) }), 'day');
    const actions: { title: string; data: Record<string, unknown> }[] = [];
    let title = '';
    let when = '';
    let missing = '';
    switch (payload.kind) {
      case 'idea-deadline': {
        title = t.title.ideaDeadline({ relative: inDays(payload.deadline) });
        when = formatDateTime(new Date(payload.deadline), language, zone);
        const sectionTitle = payload.section ? messages(language).ideaForm.sections[payload.section.id as keyof ReturnType<typeof messages>['ideaForm']['sections']]?.title ?? '' : '';
        missing = !payload.hasDraft
          ? t.missing.notStarted
          : payload.section
            ? t.missing.fieldsLeft({ total: payload.fieldsLeft, left: payload.section.left, number: payload.section.number, title: sectionTitle })
            : t.missing.complete;
        actions.push({ title: t.actions.continueIdea, data: { verb: 'menu', item: 'idea' } });
        break;
      }
      case 'proposal-deadline':
        title = t.title.proposalDeadline({ relative: inDays(payload.deadline) });
        when = formatDateTime(new Date(payload.deadline), language, zone);
        actions.push({ title: t.actions.bookClinic, data: { verb: 'menu', item: 'sessions' } });
        break;
      case 'announcements':
        title = (payload.announcement === 'shortlist' ? t.title.shortlist : t.title.funding)({ relative: inDays(payload.at) });
        when = formatDateTime(new Date(payload.at), language, zone);
        break;
      case 'sessions': {
        const session = await this.deps.catalogue.get(payload.sessionId);
        const hours = Math.max(1, Math.round((Date.parse(payload.start) - now.getTime()) / 3_600_000));
        title = t.title.session({
          title: session?.title[language] ?? payload.sessionId,
          relative: rtf.format(hours, 'hour'),
        });
        when = formatDateTime(new Date(payload.start), language, zone);
        actions.push({ title: t.actions.bookClinic, data: { verb: 'menu', item: 'sessions' } });
        break;
      }
    }
    actions.push({ title: t.actions.stop, data: { verb: 'reminders.stop', kind: row.kind } });
    const intro = first ? t.intro : '';
    const card = expand(reminderTemplate, { intro, title, when, missing, actions });
    return { type: 'message', attachments: [CardFactory.adaptiveCard(card)] };
  }

  /** "My reminders": each kind on or off. The first time, how reminders work. */
  async showSettings(context: TurnContext): Promise<void> {
    const { t } = turnOf(context);
    const userId = userIdOf(context);
    await this.noteTimeZone(context);
    const prefs = await this.deps.preferences.get(userId);
    await this.deps.preferences.markIntroSent(userId, this.deps.clock.now());
    const texts = t.reminders;
    const kinds = REMINDER_KINDS.map((kind) => ({ id: kind, label: texts.kinds[kind], value: String(prefs.kinds[kind]) }));
    const card = expand(reminderSettingsTemplate, {
      title: texts.settings.title,
      intro: `${texts.intro}\n\n${texts.settings.intro}`,
      kinds,
      hourNote: texts.settings.hourNote,
      saveLabel: texts.settings.save,
    });
    const text = [texts.settings.title, texts.intro, numberedList(kinds.map((k) => `${k.label}: ${k.value === 'true' ? '✔' : '✖'}`))].join('\n\n');
    await sendCardOrText(context, card, text);
  }

  async save(context: TurnContext, data: z.infer<typeof reminderSaveSchema>): Promise<void> {
    const { t } = turnOf(context);
    const kinds: Partial<Record<ReminderKind, boolean>> = {};
    for (const kind of REMINDER_KINDS) if (data[kind] !== undefined) kinds[kind] = data[kind] === 'true';
    await this.deps.preferences.update(userIdOf(context), { kinds }, this.deps.clock.now());
    await this.noteTimeZone(context);
    await context.sendActivity(t.reminders.settings.saved);
  }

  async stop(context: TurnContext, kind: ReminderKind): Promise<void> {
    const { t } = turnOf(context);
    await this.deps.preferences.setKind(userIdOf(context), kind, false, this.deps.clock.now());
    await context.sendActivity(t.reminders.stopped({ kind: t.reminders.kinds[kind] }));
  }

  /** Keeps the zone Teams reports for the person, so reminders arrive at their local hour. */
  private async noteTimeZone(context: TurnContext): Promise<void> {
    const zone = context.activity.localTimezone;
    if (!zone || !isValidTimeZone(zone)) return;
    const userId = userIdOf(context);
    const current = await this.deps.preferences.get(userId);
    if (current.timeZone !== zone) await this.deps.preferences.update(userId, { timeZone: zone }, this.deps.clock.now());
  }

  /** IKM's switches: "pause reminders", "resume reminders", "run reminders" (one pass now). */
  async admin(context: TurnContext, action: 'pause' | 'resume' | 'run'): Promise<void> {
    const { t } = turnOf(context);
    if (!isIkmAdmin(this.deps.config, context.activity.from.aadObjectId)) {
      await context.sendActivity(t.faq.adminOnly);
      return;
    }
    const worker = this.deps.worker();
    if (action === 'pause') {
      await worker.pause(context.activity.from.aadObjectId);
      await context.sendActivity(t.reminders.admin.paused);
    } else if (action === 'resume') {
      await worker.resume(context.activity.from.aadObjectId);
      await context.sendActivity(t.reminders.admin.resumed);
    } else {
      const summary = await worker.runOnce();
      this.deps.logger.info({ event: 'reminders.manual_pass', ...summary }, 'reminder pass run by an admin');
      await context.sendActivity(
        summary.paused ? t.reminders.admin.paused : t.reminders.admin.ran({ sent: summary.sent, dropped: summary.dropped, failed: summary.failed }),
      );
    }
  }
}

/** Reminders are per person: the Entra object id when Teams gives it (as drafts are). */
function userIdOf(context: TurnContext): string {
  return context.activity.from.aadObjectId ?? context.activity.from.id;
}

