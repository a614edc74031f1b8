import type { TurnContext } from 'botbuilder';
import { canonicalTimeZone } from '../../time-zone';
import { sendCardOrText } from '../replies';
import { chooseTimeZone, turnOf } from '../turn';
import { renderTimeZoneCard } from './cards';

/** Zones offered by "Change my time zone": IOM headquarters and the regional offices' zones. */
export const COMMON_TIME_ZONES = [
  'UTC',
  'Europe/Zurich',
  'Europe/Brussels',
  'Europe/Vienna',
  'Africa/Dakar',
  'Africa/Cairo',
  'Africa/Nairobi',
  'Africa/Johannesburg',
  'Asia/Bangkok',
  'America/New_York',
  'America/Costa_Rica',
  'America/Argentina/Buenos_Aires',
] as const;

/**
 * "Change my time zone". Without a zone: the choice. With one: kept as the person's own choice
 * (every later date, reminder and offer uses it), when it is a zone the runtime knows.
 */
export async function chooseZone(context: TurnContext, typed?: string): Promise<void> {
  const { t, timeZone: current } = turnOf(context);
  const texts = t.sessions.zone;
  if (typed === undefined) {
    const zones: string[] = [...COMMON_TIME_ZONES];
    if (!zones.includes(current)) zones.unshift(current);
    const card = renderTimeZoneCard({
      prompt: texts.prompt({ zone: current }),
      label: texts.label,
      current,
      choices: zones.map((zone) => ({ title: zone, value: zone })),
      saveLabel: texts.save,
      typeHint: texts.typeHint,
    });
    await sendCardOrText(context, card, `${texts.prompt({ zone: current })}\n${texts.textHint}`);
    return;
  }
  const zone = canonicalTimeZone(typed);
  if (!zone) {
    await context.sendActivity(texts.unknown({ zone: typed.trim().slice(0, 64) }));
    return;
  }
  chooseTimeZone(context, zone);
  await context.sendActivity(texts.changed({ zone }));
}
