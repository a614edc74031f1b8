import { tz } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { z } from 'zod';
import { z as z4 } from 'zod/v4';

/**
 * Time zones: the one validator. A zone is an IANA name the runtime knows ("Europe/Zurich", "UTC");
 * people type them in any case ("europe/paris"), Teams reports them, files and settings name them.
 */

const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;
const canonical = new Map<string, string | undefined>();

/**
 * The IANA spelling of a zone ("europe/paris" -> "Europe/Paris"), or undefined when unknown. The
 * runtime (ICU) knows current names under their older aliases and would answer "Asia/Calcutta" for
 * "Asia/Kolkata", or "America/Buenos_Aires" for "America/Argentina/Buenos_Aires": the name the person
 * gave is kept, only its letter case fixed.
 */
export function canonicalTimeZone(zone: unknown): string | undefined {
  if (typeof zone !== 'string') return undefined;
  const trimmed = zone.trim();
  if (trimmed.length > 64 || !ZONE_SHAPE.test(trimmed)) return undefined;
  if (canonical.has(trimmed)) return canonical.get(trimmed);
  let found: string | undefined;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
    // An alias keeps the name as typed ("Europe/Kyiv", which the runtime may know as "Europe/Kiev"),
    // in IANA's case; UTC's many names ("Etc/UTC", "GMT", "Zulu") become "UTC", not "Etc/Utc".
    found = resolved.toLowerCase() === trimmed.toLowerCase() || resolved === 'UTC' ? resolved : ianaCase(trimmed);
  } catch {
    found = undefined;
  }
  // Bounded: the zones a runtime knows are a few hundred names, each in a few spellings.
  if (canonical.size < 5000) canonical.set(trimmed, found);
  return found;
}

/** "asia/kolkata" -> "Asia/Kolkata", "america/argentina/buenos_aires" -> "America/Argentina/Buenos_Aires". */
function ianaCase(zone: string): string {
  return zone.replace(/[A-Za-z]+/g, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}

/** True when `zone` is an IANA zone name this runtime knows. */
export function isKnownTimeZone(zone: unknown): zone is string {
  return canonicalTimeZone(zone) !== undefined;
}

const TIME_ZONE_PROBLEM = 'must be an IANA time zone such as Europe/Zurich';

/** The zod form of the same rule, for configuration and files; yields the canonical spelling. */
export const timeZoneSchema = z
  .string()
  .trim()
  .refine(isKnownTimeZone, TIME_ZONE_PROBLEM)
  .transform((zone) => canonicalTimeZone(zone) as string);

/** The same rule in zod 4, for records checked on every turn (zod 4 checks them several times faster). */
export const timeZoneSchemaV4 = z4
  .string()
  .trim()
  .refine(isKnownTimeZone, TIME_ZONE_PROBLEM)
  .transform((zone) => canonicalTimeZone(zone) as string);

/**
 * Calendar days from `now` to `at`, counted in `timeZone`: 0 when both fall on the same local day, 1
 * for tomorrow, negative for an earlier day. Hours do not matter: a deadline at 23:59 tomorrow is 1
 * day away both at 00:01 and at 23:58 today. The one way the bot counts days to a date: count in the
 * zone the date is shown in, so that "(in N days)" agrees with the date printed beside it.
 */
export function calendarDaysUntil(at: Date, now: Date, timeZone: string): number {
  return differenceInCalendarDays(at, now, { in: tz(timeZone) });
}

/**
 * What a person typed as their zone, read the ways staff write it: a zone name ("Asia/Dhaka"), a
 * city ("dhaka", "New York", "Genève"), a UTC offset ("UTC+6", "GMT-5", "+3"), or a common
 * abbreviation ("EST", "CET", "EAT"). `ambiguous`: an abbreviation that names several zones ("IST")
 * or an offset no zone has whole ("UTC+5:30"); the person is asked for a city instead.
 */
export type TypedTimeZone =
  | { zone: string }
  /** `country`: a country with several zones; `places`: a town's name places in several zones share ("Valencia"). */
  | { ambiguous: string; cities: readonly string[]; country?: true; places?: true }
  | undefined;

export function readTypedTimeZone(typed: string): TypedTimeZone {
  const text = typed.trim();
  if (!text || text.length > 64) return undefined;
  const abbreviation = text.toUpperCase();
  if (abbreviation in ABBREVIATIONS) {
    const zone = ABBREVIATIONS[abbreviation];
    return typeof zone === 'string' ? { zone } : { ambiguous: text, cities: zone };
  }
  const offset = /^(?:UTC|GMT|Z)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(text);
  if (offset) {
    const hours = Number(offset[2]);
    const minutes = Number(offset[3] ?? 0);
    if (hours > 14 || minutes >= 60) return undefined;
    if (minutes !== 0) {
      // No fixed zone has a part hour; the places that keep one do.
      const zone = PART_HOUR_OFFSETS[`${offset[1] === '+' ? '+' : '-'}${hours}:${String(minutes).padStart(2, '0')}`];
      return zone ? { zone } : { ambiguous: text, cities: ['Kolkata', 'Kathmandu', 'Tehran'] };
    }
    if (hours === 0) return { zone: 'UTC' };
    // POSIX zones count the other way: Etc/GMT-6 is six hours ahead of UTC.
    const zone = `Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}`;
    return isKnownTimeZone(zone) ? { zone } : undefined;
  }
  if (text.includes('/')) {
    const zone = canonicalTimeZone(text);
    return zone ? { zone } : undefined;
  }
  const key = cityKey(text);
  const zone = zonesByCity().get(key) ?? zonesByCity().get(key.replace(PLACE_PREFIX, ''));
  if (zone) return { zone };
  const shared = SHARED_NAMES[key] ?? SHARED_NAMES[key.replace(COUNTRY_ARTICLE, '')];
  if (shared) return { ambiguous: text, cities: shared, country: true };
  const region = regionsByName().get(key) ?? regionsByName().get(key.replace(COUNTRY_ARTICLE, '')) ?? regionsByName().get(key.replace(ELIDED_ARTICLE, ''));
  const country = region ? zonesOfRegion(region) : [];
  if (country.length === 1) return { zone: country[0] };
  if (country.length > 1) return { ambiguous: text, cities: country.slice(0, 4).map(cityOfZone), country: true };
  const town = worldCities().get(key) ?? worldCities().get(key.replace(PLACE_PREFIX, ''));
  if (typeof town === 'string') return { zone: town };
  return town ? { ambiguous: text, cities: town.map(cityOfZone), places: true } : undefined;
}

/**
 * A name two countries share: "Congo" is as often the Democratic Republic (two zones) as the
 * Republic (one), so the person is asked between their cities rather than given Brazzaville.
 */
const SHARED_NAMES: Readonly<Record<string, readonly string[]>> = {
  congo: ['Kinshasa', 'Lubumbashi', 'Brazzaville'],
};

let worldCityIndex: Map<string, string | readonly string[]> | undefined;

/**
 * Cities that are no zone's own city and not in the list above ("Montreal", "Goma", "Gaziantep",
 * "Cúcuta"): the 7,300 cities of the city-timezones package, by name. Where places of one name keep
 * different times, the most populous is taken when it is clearly the one meant (Tripoli in Libya,
 * not in Greece; Hyderabad in India); when another is at least `COMPARABLE` its size (Valencia in
 * Venezuela and in Spain, York), the person is asked between their zones. Read the first time a
 * typed zone is none of the above, as the countries' names are; a zone the runtime does not know is
 * left out.
 */
function worldCities(): Map<string, string | readonly string[]> {
  if (worldCityIndex) return worldCityIndex;
  const { cityMapping } = require('city-timezones') as typeof import('city-timezones');
  const places = new Map<string, { zone: string; population: number }[]>();
  for (const { city, city_ascii: ascii, timezone, pop } of cityMapping) {
    if (!isKnownTimeZone(timezone)) continue;
    const zone = canonicalTimeZone(timezone) ?? timezone;
    for (const name of new Set([cityKey(city), cityKey(ascii)])) {
      const known = places.get(name);
      if (known) known.push({ zone, population: pop });
      else places.set(name, [{ zone, population: pop }]);
    }
  }
  worldCityIndex = new Map();
  for (const [name, found] of places) {
    if (found.length === 1) {
      worldCityIndex.set(name, found[0].zone);
      continue;
    }
    const [largest, ...others] = found.sort((a, b) => b.population - a.population);
    const time = (zone: string) => `${offsetOn(zone, JANUARY)}${offsetOn(zone, JULY)}`;
    const rivals = others.filter((place) => place.population >= COMPARABLE * largest.population && time(place.zone) !== time(largest.zone));
    const zones = [...new Set([largest.zone, ...rivals.map((place) => place.zone)])];
    worldCityIndex.set(name, zones.length === 1 ? largest.zone : zones.slice(0, 4));
  }
  return worldCityIndex;
}
/** How large, against the largest, another place of the same name must be to be asked about. */
const COMPARABLE = 0.3;

/** Words before a city's name: "Ciudad de Panamá", "city of Lima", "la ville de Dakar", "hora de Lima", "l'heure de Dakar". */
const PLACE_PREFIX = /^(ciudad de|city of|la ville de|ville de|hora de|heure de|lheure de|time in)\s+/;

/** "the", "la", "el", "los", "las", "les" before a country's name ("la Colombie", "el Perú", "les Philippines"). */
const COUNTRY_ARTICLE = /^(?:the|les|las|los|la|le|el)\s+/;
/** French "l'" before a vowel, its apostrophe gone with the others (`cityKey`): "l'Inde" is "linde". */
const ELIDED_ARTICLE = /^l(?=[aeiouy])/;

/** "America/Los_Angeles" -> "Los Angeles": a city `readTypedTimeZone` reads back. */
function cityOfZone(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
}

/**
 * How a zone is shown to people: its IANA name, except the fixed offsets a person may choose
 * ("Etc/GMT-6", whose sign runs the other way, shows as "UTC+6").
 */
export function zoneName(zone: string): string {
  const fixed = /^Etc\/GMT([+-])(\d{1,2})$/.exec(zone);
  if (fixed) return `UTC${fixed[1] === '-' ? '+' : '-'}${fixed[2]}`;
  return UTC_ALIASES.test(zone) ? 'UTC' : zone;
}

/** UTC under its other names, in any case (a record stored before they were read as "UTC" may hold "Etc/Utc"). */
const UTC_ALIASES = /^(Etc\/)?(UTC|UCT|GMT|GMT[+-]0|GMT0|Greenwich|Universal|Zulu)$/i;

/**
 * True when the zone's shown name is its offset ("UTC", "UTC+6"): a time in it needs no offset
 * beside the name, as "09:00 (UTC, UTC+00:00)" would have.
 */
export function nameStatesOffset(zone: string): boolean {
  return zoneName(zone).startsWith('UTC');
}

/** UTC offsets with a part hour, by the place that keeps each (none has a zone of its own). */
const PART_HOUR_OFFSETS: Readonly<Record<string, string>> = {
  '+5:30': 'Asia/Kolkata',
  '+5:45': 'Asia/Kathmandu',
  '+6:30': 'Asia/Yangon',
  '+4:30': 'Asia/Kabul',
  '+3:30': 'Asia/Tehran',
  '+9:30': 'Australia/Darwin',
  '-3:30': 'America/St_Johns',
};

/**
 * Abbreviations staff use for their zone; for those that name several (IST: India, Israel,
 * Ireland), the cities to ask between.
 */
const ABBREVIATIONS: Readonly<Record<string, string | readonly string[]>> = {
  UTC: 'UTC',
  GMT: 'UTC',
  Z: 'UTC',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  ET: 'America/New_York',
  CST: ['Mexico City', 'San José', 'Chicago', 'Shanghai'],
  CDT: 'America/Chicago',
  MST: 'America/Denver',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  PT: 'America/Los_Angeles',
  CET: 'Europe/Zurich',
  CEST: 'Europe/Zurich',
  WET: 'Europe/Lisbon',
  EET: 'Europe/Athens',
  EEST: 'Europe/Athens',
  BST: ['Dhaka', 'London'],
  IST: ['Kolkata', 'Jerusalem', 'Dublin'],
  EAT: 'Africa/Nairobi',
  CAT: 'Africa/Maputo',
  WAT: 'Africa/Lagos',
  SAST: 'Africa/Johannesburg',
  PKT: 'Asia/Karachi',
  ICT: 'Asia/Bangkok',
  WIB: 'Asia/Jakarta',
  PHT: 'Asia/Manila',
  JST: 'Asia/Tokyo',
  AEST: 'Australia/Sydney',
  AST: ['Riyadh', 'Santo Domingo'],
};

/**
 * Cities people name that are not a zone's own city, and zones the runtime lists under an older
 * name (it lists "Asia/Calcutta"; people write Kolkata): duty stations and regional offices first.
 */
const CITY_ZONES: Readonly<Record<string, string>> = {
  geneva: 'Europe/Zurich',
  geneve: 'Europe/Zurich',
  ginebra: 'Europe/Zurich',
  genf: 'Europe/Zurich',
  'new york': 'America/New_York',
  'nueva york': 'America/New_York',
  washington: 'America/New_York',
  bruxelles: 'Europe/Brussels',
  bruselas: 'Europe/Brussels',
  vienne: 'Europe/Vienna',
  viena: 'Europe/Vienna',
  'le caire': 'Africa/Cairo',
  'el cairo': 'Africa/Cairo',
  'san jose': 'America/Costa_Rica',
  'buenos aires': 'America/Argentina/Buenos_Aires',
  pretoria: 'Africa/Johannesburg',
  kolkata: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  'ho chi minh': 'Asia/Ho_Chi_Minh',
  hanoi: 'Asia/Ho_Chi_Minh',
  yangon: 'Asia/Yangon',
  kathmandu: 'Asia/Kathmandu',
  kyiv: 'Europe/Kyiv',
  asmara: 'Africa/Asmara',
  'coxs bazar': 'Asia/Dhaka',
  beijing: 'Asia/Shanghai',
  brasilia: 'America/Sao_Paulo',
  'port-au-prince': 'America/Port-au-Prince',
  'port au prince': 'America/Port-au-Prince',
  islamabad: 'Asia/Karachi',
  'addis abeba': 'Africa/Addis_Ababa',
  'addis': 'Africa/Addis_Ababa',
  'ciudad de mexico': 'America/Mexico_City',
  'mexico city': 'America/Mexico_City',
  'tunis': 'Africa/Tunis',
  'tunez': 'Africa/Tunis',
  'dakar': 'Africa/Dakar',
  // Field locations the world list below lacks.
  erbil: 'Asia/Baghdad',
  arbil: 'Asia/Baghdad',
  duhok: 'Asia/Baghdad',
  dohuk: 'Asia/Baghdad',
  sulaymaniyah: 'Asia/Baghdad',
  hargeisa: 'Africa/Mogadishu',
  garowe: 'Africa/Mogadishu',
  bossaso: 'Africa/Mogadishu',
  kismayo: 'Africa/Mogadishu',
  baidoa: 'Africa/Mogadishu',
  mekelle: 'Africa/Addis_Ababa',
  gambella: 'Africa/Addis_Ababa',
  'dollo ado': 'Africa/Addis_Ababa',
  kakuma: 'Africa/Nairobi',
  dadaab: 'Africa/Nairobi',
  kidal: 'Africa/Bamako',
  tombouctou: 'Africa/Bamako',
  timbuktu: 'Africa/Bamako',
  // Cities named as a country is elsewhere (a city is read before a country): Salvador de Bahia, not
  // El Salvador; Granada in Spain, not Grenada (also "Granada" in Spanish).
  salvador: 'America/Bahia',
  granada: 'Europe/Madrid',
};

/** "New_York", "new york", "Nueva-York", "Cox’s Bazar" and "Genève" as one key: lower case, no accents, spaces. */
function cityKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "N'Djamena", "N’Djamena" and "Ndjamena"; "Cox's Bazar" and "Coxs Bazar"; "EE.UU." and "EEUU".
    .replace(/['’‘`.]/g, '')
    .replace(/[_\s-]+/g, ' ')
    .trim();
}

let cityIndex: Map<string, string> | undefined;

/** Every zone by its city (the name's last part), built once; the list above wins. */
function zonesByCity(): Map<string, string> {
  if (cityIndex) return cityIndex;
  const index = new Map<string, string>();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    if (zone.includes('/') && !zone.startsWith('Etc/')) index.set(cityKey(cityOfZone(zone)), zone);
  }
  // A city the runtime lists under its old name is read by its new one too (offered so for a country: "Nuuk").
  for (const zone of Object.values(RENAMED_ZONES)) if (isKnownTimeZone(zone)) index.set(cityKey(cityOfZone(zone)), zone);
  for (const [city, zone] of Object.entries(CITY_ZONES)) if (isKnownTimeZone(zone)) index.set(cityKey(city), zone);
  cityIndex = index;
  return index;
}

/**
 * Countries people name for their zone ("Colombia", "Côte d’Ivoire", "Estados Unidos"), in English,
 * French and Spanish, from the runtime's own data (ICU: the region's names, and its zones). A
 * country whose zones all keep the same time gives one zone; one over several times gives a city per
 * time to ask between (the United States: New York, Chicago, Denver, Los Angeles). The names are
 * read once, the first time a typed zone is neither a city nor a zone name (some 40 ms);
 * a country's zones when it is named.
 */
let regionIndex: Map<string, string> | undefined;

function regionsByName(): Map<string, string> {
  if (regionIndex) return regionIndex;
  const index = new Map<string, string>();
  const names = (['en', 'fr', 'es'] as const).flatMap((language) =>
    (['long', 'short'] as const).map((style) => new Intl.DisplayNames([language], { type: 'region', style, fallback: 'none' })),
  );
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) {
    for (const second of letters) {
      const region = first + second;
      for (const name of names) {
        const shown = name.of(region);
        // A name that is its code ("CO", "UK" as a short name) is an acronym staff use for other things.
        if (shown && shown !== region && shown.length > 2) index.set(cityKey(shown.replace(/\s*&\s*/g, ' and ')), region);
      }
    }
  }
  for (const [alias, region] of Object.entries(COUNTRY_ALIASES)) index.set(alias, region);
  regionIndex = index;
  return index;
}

/** Short names staff write that the runtime's names do not give. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  usa: 'US',
  us: 'US',
  'united states of america': 'US',
  uk: 'GB',
  turkey: 'TR',
  turquie: 'TR',
  turquia: 'TR',
  korea: 'KR',
  coree: 'KR',
  corea: 'KR',
  burma: 'MM',
  birmanie: 'MM',
  birmania: 'MM',
  'republique democratique du congo': 'CD',
  'republica democratica del congo': 'CD',
  eeuu: 'US',
  'ee uu': 'US',
  drc: 'CD',
  rdc: 'CD',
  'rd congo': 'CD',
  'dr congo': 'CD',
  uae: 'AE',
  eau: 'AE',
};

const regionZones = new Map<string, readonly string[]>();

/** A region's zones, one per time kept there, the best-known city first; none for a code that is no region. */
function zonesOfRegion(region: string): readonly string[] {
  const known = regionZones.get(region);
  if (known) return known;
  const zones = zonesKeptIn(region);
  regionZones.set(region, zones);
  return zones;
}

function zonesKeptIn(region: string): readonly string[] {
  let zones: readonly string[];
  try {
    const locale = new Intl.Locale(`und-${region}`) as Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] };
    zones = locale.getTimeZones?.() ?? locale.timeZones ?? [];
  } catch {
    return [];
  }
  // Zones that keep the same time all year (Argentina's twelve) are one for the person.
  const byTime = new Map<string, string[]>();
  for (const zone of zones) {
    const time = `${offsetOn(zone, JANUARY)}${offsetOn(zone, JULY)}`;
    byTime.set(time, [...(byTime.get(time) ?? []), zone]);
  }
  const rank = (zone: string) => (WELL_KNOWN_ZONES.includes(zone) ? WELL_KNOWN_ZONES.indexOf(zone) : WELL_KNOWN_ZONES.length);
  const chosen = [...byTime.values()].map((same) => same.map(renamed).sort((a, b) => rank(a) - rank(b))[0]);
  return chosen.sort((a, b) => rank(a) - rank(b));
}

const JANUARY = new Date(Date.UTC(2026, 0, 15));
const JULY = new Date(Date.UTC(2026, 6, 15));

function offsetOn(zone: string, day: Date): string {
  return new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(day).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** Zones the runtime lists under a name the city no longer goes by (the new name when the runtime knows it). */
function renamed(zone: string): string {
  const now = RENAMED_ZONES[zone];
  return now && isKnownTimeZone(now) ? now : zone;
}

const RENAMED_ZONES: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Europe/Kiev': 'Europe/Kyiv',
  'Africa/Asmera': 'Africa/Asmara',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
};

/**
 * In a country over several zones of the same time, or several times, the zone of its capital or
 * largest city: the one people know ("America/Argentina/Buenos_Aires", not ".../La_Rioja"); in
 * this order when a country has several times.
 */
const WELL_KNOWN_ZONES: readonly string[] = [
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles',
  'America/Toronto', 'America/Vancouver', 'America/Halifax', 'America/Winnipeg', 'America/Edmonton', 'America/St_Johns',
  'America/Mexico_City', 'America/Tijuana', 'America/Cancun', 'America/Sao_Paulo', 'America/Manaus', 'America/Rio_Branco',
  'America/Argentina/Buenos_Aires', 'America/Santiago', 'America/Guayaquil', 'Europe/Madrid',
  'Europe/Lisbon', 'Europe/Berlin', 'Europe/Moscow', 'Asia/Yekaterinburg', 'Asia/Novosibirsk', 'Asia/Vladivostok', 'Europe/Kyiv', 'Africa/Kinshasa', 'Africa/Lubumbashi',
  'Asia/Jakarta', 'Asia/Almaty', 'Asia/Tashkent', 'Asia/Kuala_Lumpur', 'Asia/Ulaanbaatar', 'Asia/Nicosia',
  'Asia/Gaza', 'Australia/Sydney', 'Australia/Perth', 'Pacific/Auckland', 'America/Nuuk', 'Pacific/Tarawa',
];
