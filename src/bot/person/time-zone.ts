import type { TurnContext } from 'botbuilder';
import { firstCharacters } from '../../i18n/format';
import { readTypedTimeZone, zoneName } from '../../time-zone';
import { awaitAnswer } from '../awaited-answers';
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
 * "Change my time zone". Without a zone: the choice. With one (a city, a zone name, an offset or an
 * abbreviation: `readTypedTimeZone`): kept as the person's own choice (every later date, reminder
 * and offer uses it).
 */
export async function chooseZone(context: TurnContext, typed?: string): Promise<void> {
  const { t, timeZone: current } = turnOf(context);
  const texts = t.sessions.zone;
  if (typed === undefined) {
    const zones: string[] = [...COMMON_TIME_ZONES];
    if (!zones.includes(current)) zones.unshift(current);
    const card = renderTimeZoneCard({
      prompt: texts.prompt({ zone: zoneName(current) }),
      label: texts.label,
      current,
      choices: zones.map((zone) => ({ title: zoneName(zone), value: zone })),
      saveLabel: texts.save,
      typeHint: texts.typeHint,
    });
    await sendCardOrText(context, card, `${texts.prompt({ zone: zoneName(current) })}\n${texts.textHint}`);
    // A city or a zone typed next is the answer ("Nairobi"), as the card says it may be.
    awaitAnswer(context, 'timeZone');
    return;
  }
  const read = readTypedTimeZone(typed);
  if (!read || 'ambiguous' in read) {
    const shown = firstCharacters(typed.trim(), 64);
    const choice = read && { zone: shown, cities: read.cities.join(', '), example: read.cities[0] };
    const asked = !choice ? texts.unknown({ zone: shown }) : read.country ? texts.severalZones(choice) : read.places ? texts.severalPlaces(choice) : texts.ambiguous(choice);
    await context.sendActivity(asked);
    // "Which city?": the city typed next is the answer.
    if (choice) awaitAnswer(context, 'timeZone');
    return;
  }
  chooseTimeZone(context, read.zone);
  const changed = texts.changed({ zone: zoneName(read.zone) });
  await context.sendActivity(read.zone.startsWith('Etc/') ? `${changed} ${texts.fixedOffset}` : changed);
}
