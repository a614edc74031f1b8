import { canonicalTimeZone, isKnownTimeZone, readTypedTimeZone, timeZoneSchema, zoneName } from '../../src/time-zone';

describe('the one time-zone validator', () => {
  it('knows IANA zones, in any case, and gives their own spelling', () => {
    for (const zone of ['America/New_York', 'Europe/Istanbul', 'Africa/Nairobi', 'Europe/Zurich', 'UTC', 'Asia/Kolkata']) {
      expect(isKnownTimeZone(zone)).toBe(true);
    }
    expect(canonicalTimeZone('europe/paris')).toBe('Europe/Paris');
    // The runtime knows current names under older aliases; the name the person gave is kept.
    expect(canonicalTimeZone('  America/Argentina/Buenos_Aires ')).toBe('America/Argentina/Buenos_Aires');
    expect(canonicalTimeZone('asia/kolkata')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('europe/kyiv')).toBe('Europe/Kyiv');
    expect(canonicalTimeZone('america/port-au-prince')).toBe('America/Port-au-Prince');
    expect(timeZoneSchema.parse('asia/bangkok')).toBe('Asia/Bangkok');
  });

  it('refuses everything else, without throwing', () => {
    for (const zone of ['Mars/Olympus', '', 'EST5EDT;drop', '../../etc/passwd', 'x'.repeat(65), 42, undefined, null, {}]) {
      expect(isKnownTimeZone(zone)).toBe(false);
    }
    expect(timeZoneSchema.safeParse('Mars/Olympus').success).toBe(false);
  });
});

describe('readTypedTimeZone: a zone as staff type it', () => {
  const zoneOf = (typed: string) => {
    const read = readTypedTimeZone(typed);
    return read && 'zone' in read ? read.zone : read;
  };

  it('reads a city, with or without accents, spaces or capitals, and duty stations that are no zone\'s own city', () => {
    expect(zoneOf('dhaka')).toBe('Asia/Dhaka');
    expect(zoneOf('New York')).toBe('America/New_York');
    expect(zoneOf('buenos aires')).toBe('America/Argentina/Buenos_Aires');
    expect(zoneOf('Genève')).toBe('Europe/Zurich');
    expect(zoneOf('kolkata')).toBe('Asia/Kolkata');
    expect(zoneOf("Cox's Bazar")).toBe('Asia/Dhaka');
    expect(zoneOf('Cox’s Bazar')).toBe('Asia/Dhaka');
    expect(zoneOf('Nueva-York')).toBe('America/New_York');
    expect(zoneOf('Asia/Dhaka')).toBe('Asia/Dhaka');
    // An apostrophe written or not, any kind; a city named with what comes before its name.
    expect(zoneOf("N'Djamena")).toBe('Africa/Ndjamena');
    expect(zoneOf('N’Djamena')).toBe('Africa/Ndjamena');
    expect(zoneOf('Ciudad de Panamá')).toBe('America/Panama');
    expect(zoneOf('city of Lima')).toBe('America/Lima');
  });

  it('reads a city of the world that is no zone\'s own city (the city-timezones list), the most populous of a name', () => {
    expect(zoneOf('Montreal')).toMatch(/^America\/(Montreal|Toronto)$/);
    expect(zoneOf('Montréal')).toBe(zoneOf('Montreal'));
    // Goma keeps the time of eastern Congo, not Kinshasa's.
    expect(zoneOf('Goma')).toBe('Africa/Lubumbashi');
    expect(zoneOf('Gaziantep')).toBe('Europe/Istanbul');
    expect(zoneOf('Cúcuta')).toBe('America/Bogota');
    expect(zoneOf('Tripoli')).toBe('Africa/Tripoli');
    // Field locations that list lacks are in the project's own.
    expect(zoneOf('Erbil')).toBe('Asia/Baghdad');
    expect(zoneOf('Hargeisa')).toBe('Africa/Mogadishu');
    // A country's name still wins over a town of that name, and a word that is no place stays none.
    expect(zoneOf('Colombia')).toBe('America/Bogota');
    expect(zoneOf('Lacuba')).toBeUndefined();
  });

  it('asks between the zones of places of like size that share a name, and takes the largest when it clearly leads', () => {
    expect(readTypedTimeZone('Valencia')).toEqual({ ambiguous: 'Valencia', cities: ['Caracas', 'Madrid'], places: true });
    expect(readTypedTimeZone('York')).toMatchObject({ cities: ['London', 'New York'], places: true });
    expect(zoneOf('Hyderabad')).toBe('Asia/Kolkata');
    expect(zoneOf('Tripoli')).toBe('Africa/Tripoli');
  });

  it('asks between the cities of the two Congos for "Congo" alone', () => {
    expect(readTypedTimeZone('Congo')).toEqual({ ambiguous: 'Congo', cities: ['Kinshasa', 'Lubumbashi', 'Brazzaville'], country: true });
    expect(readTypedTimeZone('le Congo')).toMatchObject({ cities: ['Kinshasa', 'Lubumbashi', 'Brazzaville'] });
    // Each city offered is read back.
    for (const city of ['Kinshasa', 'Lubumbashi', 'Brazzaville']) expect(zoneOf(city)).toMatch(/^Africa\//);
  });

  it('reads a whole-hour UTC offset as a fixed zone, shown as UTC±N', () => {
    expect(zoneOf('UTC+6')).toBe('Etc/GMT-6');
    expect(zoneName('Etc/GMT-6')).toBe('UTC+6');
    expect(zoneOf('gmt -5')).toBe('Etc/GMT+5');
    expect(zoneName('Etc/GMT+5')).toBe('UTC-5');
    expect(zoneOf('+3')).toBe('Etc/GMT-3');
    expect(zoneOf('UTC+0')).toBe('UTC');
    expect(zoneName('Europe/Zurich')).toBe('Europe/Zurich');
  });

  it('reads common abbreviations, and asks for a city when one could mean several zones or an offset has minutes', () => {
    expect(zoneOf('EST')).toBe('America/New_York');
    expect(zoneOf('eat')).toBe('Africa/Nairobi');
    expect(zoneOf('CET')).toBe('Europe/Zurich');
    expect(readTypedTimeZone('IST')).toEqual({ ambiguous: 'IST', cities: ['Kolkata', 'Jerusalem', 'Dublin'] });
    // A part-hour offset is the place that keeps it; one nobody keeps asks for a city.
    expect(zoneOf('UTC+5:30')).toBe('Asia/Kolkata');
    expect(zoneOf('+0545')).toBe('Asia/Kathmandu');
    expect(readTypedTimeZone('UTC+2:30')).toMatchObject({ ambiguous: 'UTC+2:30' });
  });

  it('reads a country in English, French or Spanish, with or without its article, from the runtime\'s own data', () => {
    expect(zoneOf('Colombia')).toBe('America/Bogota');
    expect(zoneOf('la Colombie')).toBe('America/Bogota');
    expect(zoneOf('el Perú')).toBe('America/Lima');
    expect(zoneOf("Côte d'Ivoire")).toBe('Africa/Abidjan');
    expect(zoneOf('Bosnia and Herzegovina')).toBe('Europe/Sarajevo');
    // The runtime's older names are given as the city now goes by.
    expect(zoneOf('Inde')).toBe('Asia/Kolkata');
    expect(zoneOf('Ukraine')).toMatchObject({ cities: expect.arrayContaining(['Kyiv']) });
    // Zones of one time are one; several times ask for a city, the best-known first, four at most.
    expect(zoneOf('Argentina')).toBe('America/Argentina/Buenos_Aires');
    expect(readTypedTimeZone('Estados Unidos')).toEqual({ ambiguous: 'Estados Unidos', cities: ['New York', 'Chicago', 'Denver', 'Los Angeles'], country: true });
    expect(readTypedTimeZone('RDC')).toEqual({ ambiguous: 'RDC', cities: ['Kinshasa', 'Lubumbashi'], country: true });
    expect(zoneOf('UK')).toBe('Europe/London');
    // A two-letter code is an acronym staff use for other things ("CO", a country office).
    expect(zoneOf('CO')).toBeUndefined();
    // Articles, an elided one too; dots; names the runtime's list gives otherwise ("Türkiye").
    expect(zoneOf("l'Inde")).toBe('Asia/Kolkata');
    expect(zoneOf('les Philippines')).toBe('Asia/Manila');
    expect(zoneOf('EE.UU.')).toMatchObject({ country: true });
    expect(zoneOf('Turkey')).toBe('Europe/Istanbul');
    // A city is read before a country of the same name (Salvador de Bahia, not El Salvador).
    expect(zoneOf('Salvador')).toBe('America/Bahia');
    expect(zoneOf('Lacuba')).toBeUndefined();
  });

  it('offers, for a country over several zones, only cities it reads back', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    let countries = 0;
    for (const first of letters) {
      for (const second of letters) {
        const name = names.of(first + second);
        const read = name ? readTypedTimeZone(name) : undefined;
        if (!read || !('ambiguous' in read)) continue;
        countries += 1;
        for (const city of read.cities) expect([name, city, readTypedTimeZone(city)]).toEqual([name, city, { zone: expect.any(String) }]);
      }
    }
    expect(countries).toBeGreaterThan(10);
  });

  it('knows nothing else', () => {
    for (const typed of ['mars', 'Mars/Olympus', 'UTC+15', '', 'x'.repeat(65), 'EST5EDT;drop']) expect(readTypedTimeZone(typed)).toBeUndefined();
  });
});


describe('UTC under its other names', () => {
  it.each(['UTC', 'Etc/UTC', 'etc/utc', 'GMT', 'Etc/GMT', 'Zulu'])('reads "%s" as UTC and shows it so', (typed) => {
    expect(canonicalTimeZone(typed)).toBe('UTC');
    expect(zoneName(typed)).toBe('UTC');
  });

  it('shows a record stored with the old spelling as UTC', () => {
    expect(zoneName('Etc/Utc')).toBe('UTC');
  });
});
