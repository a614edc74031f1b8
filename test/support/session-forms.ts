/** What the IKM admin's session form sends for a valid one-hour online workshop, overridable field by field. */
export const workshopForm = (fields: Record<string, string>) => ({
  verb: 'session.save',
  editId: '',
  kind: 'workshop',
  titleEn: 'Workshop',
  topic: 'scaling',
  host: 'Admin host',
  startDate: '2024-10-10',
  startTime: '10:00',
  durationMinutes: '60',
  format: 'online',
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/test-admin',
  capacity: '1',
  cutoffHours: '24',
  audience: 'everyone',
  ...fields,
});
