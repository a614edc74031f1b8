import { FixedClock } from '../../src/clock';
import { AuditLog, dashboardNumbers } from '../../src/desk';
import type { Draft, Submission } from '../../src/ideas';
import { AT, call2024 } from '../ideas/idea-fixtures';
import { describeEachEngine, useStore } from '../storage/engines';

describeEachEngine('the audit log', (target) => {
  const { store } = useStore(target);

  it('keeps every entry in order, newest first when read back, and offers no way to change one', async () => {
    const clock = new FixedClock('2024-11-01T10:00:00Z');
    const log = new AuditLog(store(), clock);
    await log.record({ by: 'admin-1', action: 'shortlist.add', target: 'IH-2024-0001' });
    clock.advance(1000);
    await log.record({ by: 'admin-2', action: 'announcement.send', target: 'A-0001', detail: 'submitters: 12' });
    const latest = await log.latest(10);
    expect(latest.map((entry) => entry.action)).toEqual(['announcement.send', 'shortlist.add']);
    expect(latest[1]).toEqual({ at: '2024-11-01T10:00:00.000Z', by: 'admin-1', action: 'shortlist.add', target: 'IH-2024-0001' });
    expect(Object.getOwnPropertyNames(AuditLog.prototype).sort()).toEqual(['all', 'constructor', 'latest', 'record']);
    await expect(log.record({ by: 'x', action: 'drop.tables' as never, target: '' })).rejects.toThrow();
  });
});

describe('the dashboard numbers', () => {
  const submission = (reference: string, answers: Partial<Submission['answers']>): Submission => ({
    reference,
    sequence: Number(reference.slice(-4)),
    callId: '2024',
    ownerId: `owner-${reference}`,
    submittedAt: AT.during.toISOString(),
    revision: 3,
    answers,
    warnings: [],
  });
  const draft = (ownerId: string, status: 'draft' | 'submitted', updatedAt: string) =>
    ({ ownerId, status, updatedAt }) as unknown as Draft;

  it('counts what is stored, by objective, priority, office type and place', () => {
    const numbers = dashboardNumbers({
      call: call2024,
      now: new Date('2024-10-20T10:00:00Z'),
      eligibility: [
        { overall: 'eligible' },
        { overall: 'eligible' },
        { overall: 'not-yet' },
        { overall: 'not-eligible' },
      ] as never,
      drafts: [draft('a', 'submitted', '2024-10-01T00:00:00Z'), draft('b', 'draft', '2024-10-19T00:00:00Z'), draft('c', 'draft', '2024-10-01T00:00:00Z')],
      submissions: [
        submission('IH-2024-0001', { objectives: ['saving-lives', 'regular-pathways'], priorities: ['data-technology'], officeType: 'country-office', countryOrRegion: 'Uganda' }),
        submission('IH-2024-0002', { objectives: ['saving-lives'], officeType: 'regional-office', countryOrRegion: ' uganda ' }),
        submission('IH-2024-0003', { objectives: ['solutions-to-displacement'], officeType: 'country-office', countryOrRegion: 'Chad' }),
      ],
      statuses: new Map([
        ['IH-2024-0001', { reference: 'IH-2024-0001', ownerId: 'o1', shortlisted: { at: '', by: '' }, decision: { outcome: 'funded', approvals: {}, at: '', by: '' }, updatedAt: '' }],
        ['IH-2024-0002', { reference: 'IH-2024-0002', ownerId: 'o2', shortlisted: { at: '', by: '' }, updatedAt: '' }],
      ] as never),
      proposals: 1,
      seats: { taken: 7, waitlisted: 2 },
      openQuestions: 4,
      reminders: { pending: 3, claimed: 1, sent: 20, failed: 2, dropped: 5 },
    });
    expect(numbers.eligibility).toEqual({ checks: 4, eligible: 2, notYet: 1, notEligible: 1 });
    expect(numbers.drafts).toEqual({ started: 3, inProgress: 1, abandoned: 1 });
    expect(numbers.submissions.total).toBe(3);
    expect(numbers.submissions.byObjective).toEqual({ 'saving-lives': 2, 'solutions-to-displacement': 1, 'regular-pathways': 1 });
    expect(numbers.submissions.byPriority['data-technology']).toBe(1);
    expect(numbers.submissions.byOfficeType).toMatchObject({ 'country-office': 2, 'regional-office': 1 });
    expect(numbers.submissions.byCountryOrRegion).toEqual([
      ['Uganda', 2],
      ['Chad', 1],
    ]);
    expect([numbers.shortlisted, numbers.funded, numbers.proposals]).toEqual([2, 1, 1]);
    expect(numbers.reminders).toEqual({ sent: 20, failed: 2, pending: 4 });
  });
});
