import { canonicalTimeZone, isKnownTimeZone, timeZoneSchema } from '../../src/time-zone';

describe('the one time-zone validator', () => {
  it('knows IANA zones, in any case, and gives their own spelling', () => {
    for (const zone of ['America/New_York', 'Europe/Istanbul', 'Africa/Nairobi', 'Europe/Zurich', 'UTC', 'Asia/Kolkata']) {
      expect(isKnownTimeZone(zone)).toBe(true);
    }
    expect(canonicalTimeZone('europe/paris')).toBe('Europe/Paris');
    // The runtime may give a zone's newer name (America/Buenos_Aires); what matters is that it is known.
    expect(isKnownTimeZone(canonicalTimeZone('  America/Argentina/Buenos_Aires '))).toBe(true);
    expect(timeZoneSchema.parse('asia/bangkok')).toBe('Asia/Bangkok');
  });

  it('refuses everything else, without throwing', () => {
    for (const zone of ['Mars/Olympus', '', 'EST5EDT;drop', '../../etc/passwd', 'x'.repeat(65), 42, undefined, null, {}]) {
      expect(isKnownTimeZone(zone)).toBe(false);
    }
    expect(timeZoneSchema.safeParse('Mars/Olympus').success).toBe(false);
  });
});
