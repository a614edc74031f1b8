import type { TurnContext } from 'botbuilder';
import { zoneName } from '../../time-zone';
import type { Clock } from '../../clock';
import type { AuditLog } from '../../desk';
import type { Logger } from '../../logger';
import { hourOfDay, labelled } from '../../i18n/format';
import { REMINDER_KINDS, ReminderKind, ReminderPreferences, ReminderWorker } from '../../reminders';
import { requireIkmAdmin } from '../admin';
import { bulletList, channelShowsCards, sendCardOrText } from '../replies';
import { turnOf } from '../turn';
import { renderReminderSettingsCard, ReminderSave } from './cards';

export interface ReminderSettingsDependencies {
  clock: Clock;
  preferences: ReminderPreferences;
  /** Set once the worker exists (the worker needs the reminder cards from this feature). */
  worker: () => ReminderWorker;
  audit: AuditLog;
  logger: Logger;
}

/** "My reminders", the stop buttons, and IKM's switches (pause, resume, run a pass now). */
export class ReminderSettings {
  constructor(private readonly deps: ReminderSettingsDependencies) {}

  /** "My reminders": each kind on or off. The first time, how reminders work. */
  async show(context: TurnContext): Promise<void> {
    const { t, personId, language } = turnOf(context);
    const prefs = await this.deps.preferences.get(personId);
    await this.deps.preferences.markIntroSent(personId, this.deps.clock.now());
    const texts = t.reminders;
    const kinds = REMINDER_KINDS.map((kind) => ({ id: kind, label: texts.kinds[kind], value: prefs.kinds[kind] ? ('true' as const) : ('false' as const) }));
    const card = renderReminderSettingsCard({
      title: texts.settings.title,
      intro: texts.settings.intro({ hour: hourOfDay(prefs.sendHour) }),
      kinds,
      hourNote: texts.settings.hourNote({ zone: zoneName(turnOf(context).timeZone), change: t.sessions.catalogue.changeZone }),
      saveLabel: texts.settings.save,
      menuLabel: t.menu.home,
      zoneLabel: t.sessions.catalogue.changeZone,
    });
    const text = [
      texts.settings.title,
      texts.settings.intro({ hour: hourOfDay(prefs.sendHour) }),
      bulletList(kinds.map((k) => labelled(k.label, k.value === 'true' ? '✔' : '✖', language))),
      texts.settings.textHint,
    ].join('\n\n');
    await sendCardOrText(context, card, text);
  }

  async save(context: TurnContext, data: ReminderSave): Promise<void> {
    const { t, personId } = turnOf(context);
    const kinds: Partial<Record<ReminderKind, boolean>> = {};
    for (const kind of REMINDER_KINDS) if (data[kind] !== undefined) kinds[kind] = data[kind] === 'true';
    await this.deps.preferences.update(personId, { kinds }, this.deps.clock.now());
    await context.sendActivity(t.reminders.settings.saved);
  }

  /** "stop reminders" typed: every kind off, said, and the settings shown as they now are (a tick brings one back). */
  async stopAll(context: TurnContext): Promise<void> {
    const { t, personId } = turnOf(context);
    const kinds = Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, false])) as Record<ReminderKind, boolean>;
    await this.deps.preferences.update(personId, { kinds }, this.deps.clock.now());
    await context.sendActivity(channelShowsCards(context) ? t.reminders.stoppedAll : t.reminders.stoppedAllText);
    await this.show(context);
  }

  /** "start reminders" typed: every kind on again, said, and the settings shown as they now are. */
  async startAll(context: TurnContext): Promise<void> {
    const { t, personId } = turnOf(context);
    const kinds = Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, true])) as Record<ReminderKind, boolean>;
    await this.deps.preferences.update(personId, { kinds }, this.deps.clock.now());
    await context.sendActivity(t.reminders.startedAll);
    await this.show(context);
  }

  async stop(context: TurnContext, kind: ReminderKind): Promise<void> {
    const { t, personId } = turnOf(context);
    await this.deps.preferences.setKind(personId, kind, false, this.deps.clock.now());
    await context.sendActivity(t.reminders.stopped({ kind: t.reminders.kinds[kind] }));
  }

  /** IKM's switches: "pause reminders", "resume reminders", "run reminders" (one pass now). */
  async admin(context: TurnContext, action: 'pause' | 'resume' | 'run'): Promise<void> {
    const adminId = await requireIkmAdmin(context);
    if (!adminId) return;
    const { t } = turnOf(context);
    const worker = this.deps.worker();
    await this.deps.audit.record({ by: adminId, action: `reminders.${action}`, target: 'reminders' });
    if (action === 'pause') {
      await worker.pause(adminId);
      await context.sendActivity(t.reminders.admin.paused);
    } else if (action === 'resume') {
      await worker.resume(adminId);
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
