import { canonicalTimeZone, isKnownTimeZone, timeZoneSchema } from '../../src/time-zone';

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
