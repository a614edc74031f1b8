import { FixedClock } from '../../src/clock';
import { ConversationReferences } from '../../src/conversations';
import { Announcements, DecisionMessages, IdeaReview } from '../../src/desk';
import { announcementCounter, announcementKey, announcementOutboxPrefix } from '../../src/desk/records';
import { People } from '../../src/people';
import { ReminderOutbox, ReminderPreferences } from '../../src/reminders';
import { AT } from '../ideas/idea-fixtures';
import { referenceFor } from '../reminders/support';
import { describeEachEngine, useStore } from '../storage/engines';
import { freshCall, ideasFor, seenBy, submitFor } from './desk-fixtures';

const ADMIN = 'admin-1';
const PREVIEW = '5b0c2a8e-6f1e-4a51-9d4c-1f2e3d4c5b6a';
const OTHER_PREVIEW = '7d9e1f20-3a4b-4c5d-8e6f-708192a3b4c5';

describeEachEngine('messages from IKM through the outbox', (target) => {
  const { store } = useStore(target);

  const setUp = async () => {
    const call = freshCall();
    const clock = new FixedClock(AT.during);
    const ideas = ideasFor(store(), call, clock);
    const review = new IdeaReview(store(), call, ideas, clock);
    const people = new People(store(), { timeZone: 'Europe/Zurich' });
    const preferences = new ReminderPreferences(store(), {}, people);
    const outbox = new ReminderOutbox(store());
    const references = new ConversationReferences(store());
    return { call, clock, ideas, review, people, preferences, outbox, references };
  };

  it('a decision announced for a date reaches each team at its own send hour that day; "now" is now', async () => {
    const { call, clock, ideas, review, preferences } = await setUp();
    const a = await submitFor(ideas, 'team-a', 'Solar kiosks');
    await submitFor(ideas, 'team-b');
    await store().put('people/team-b', { timeZone: 'America/New_York' });
    await review.setShortlisted(a, true, ADMIN);
    clock.set(AT.afterDeadline);
    await review.announce('shortlist', call.timeline.shortlistAnnouncement, ADMIN, await seenBy(review, 'shortlist'));
    const items = await new DecisionMessages(call, review).items(await preferences.resolver());
    const byTeam = Object.fromEntries(items.map((item) => [item.userId, item]));
    expect(byTeam['team-a']).toMatchObject({ kind: 'decision', payload: { decision: 'shortlist', outcome: 'shortlisted', reference: a, title: 'Solar kiosks' } });
    expect(byTeam['team-b'].payload).toMatchObject({ outcome: 'not-shortlisted' });
    // 11 November 2024, 09:00 in Geneva and in New York.
    expect(byTeam['team-a'].due.toISOString()).toBe('2024-11-11T08:00:00.000Z');
    expect(byTeam['team-b'].due.toISOString()).toBe('2024-11-11T14:00:00.000Z');

    clock.set('2024-12-20T10:00:00Z');
    await review.decide(a, { outcome: 'funded', approvals: call.fundingApprovers.map((approver) => approver.id) }, ADMIN);
    await review.announce('funding', clock.now(), ADMIN, await seenBy(review, 'funding'));
    const funding = (await new DecisionMessages(call, review).items(await preferences.resolver())).filter((item) => item.payload && (item.payload as { decision: string }).decision === 'funding');
    expect(funding).toHaveLength(1);
    expect(funding[0]).toMatchObject({ userId: 'team-a', due: clock.now(), payload: { outcome: 'funded' } });
  });

  it('an announcement goes to the reachable part of its audience, once each, and can be called off', async () => {
    const { call, clock, ideas, review, outbox, references } = await setUp();
    const [, , teamC] = [await submitFor(ideas, 'team-a'), await submitFor(ideas, 'team-b'), await submitFor(ideas, 'team-c')];
    await ideas.startDraft('drafting', {});
    // team-c never chatted with the bot: it cannot be reached.
    for (const user of ['team-a', 'team-b', 'drafting', 'bystander']) await references.save(referenceFor(user, 'https://smba.example/'));
    const announcements = new Announcements(store(), call, outbox, { ideas, review, references }, clock);
    // ...and its idea is named, for IKM to tell it some other way.
    expect(await announcements.count('submitters')).toEqual({ audience: 'submitters', total: 3, reachable: ['team-a', 'team-b'], unreachableIdeas: [teamC] });
    expect((await announcements.count('everyone')).reachable).toEqual(['bystander', 'drafting', 'team-a', 'team-b']);
    expect((await announcements.count('drafts')).reachable).toEqual(['drafting']);

    const created = await announcements.create({ en: 'Webinar tomorrow', fr: 'Webinaire demain' }, 'submitters', ADMIN, PREVIEW);
    expect(created.first).toBe(true);
    const made = created.announcement;
    expect(made).toMatchObject({ id: 'A-0001', recipients: 2, audience: 'submitters' });
    // Send pressed again on the same preview: the same announcement, nothing new to send.
    expect(await announcements.create({ en: 'Webinar tomorrow' }, 'everyone', ADMIN, PREVIEW)).toEqual({ announcement: made, first: false });
    expect(await announcements.report(made.id)).toMatchObject({ delivered: 0, pending: 2, failed: 0 });

    const items = await announcements.items(clock.now());
    expect(items.map((item) => item.userId)).toEqual(['team-a', 'team-b']);
    for (const item of items) await outbox.enqueue(item, clock.now());
    for (const item of items) expect(await outbox.enqueue(item, clock.now())).toBe(false);
    await outbox.markSent(items[0].key, 'activity-1', clock.now());
    expect(await announcements.report(made.id)).toMatchObject({ delivered: 1, pending: 1 });

    expect(await announcements.cancel(made.id)).toMatchObject({ delivered: 1, pending: 0, dropped: 1 });
    expect(await announcements.items(clock.now())).toEqual([]);
    expect((await announcements.list()).map((announcement) => announcement.id)).toEqual(['A-0001']);
  });

  it('makes one announcement of a preview pressed twice at once, and calls off nothing once all has gone out', async () => {
    const { call, clock, ideas, review, outbox, references } = await setUp();
    await submitFor(ideas, 'team-a');
    await references.save(referenceFor('team-a', 'https://smba.example/'));
    const announcements = new Announcements(store(), call, outbox, { ideas, review, references }, clock);
    const presses = await Promise.all([1, 2, 3].map(() => announcements.create({ en: 'Clinics open' }, 'submitters', ADMIN, PREVIEW)));
    expect(presses.filter((press) => press.first)).toHaveLength(1);
    expect(new Set(presses.map((press) => press.announcement.id)).size).toBe(1);
    expect(await announcements.list()).toHaveLength(1);
    // Another preview of the same text is another announcement.
    expect((await announcements.create({ en: 'Clinics open' }, 'submitters', ADMIN, OTHER_PREVIEW)).first).toBe(true);

    const id = presses[0].announcement.id;
    const item = (await announcements.items(clock.now())).find((each) => each.key.startsWith(announcementOutboxPrefix(call.id, id)))!;
    await outbox.enqueue(item, clock.now());
    await outbox.markSent(item.key, 'activity-1', clock.now());
    expect(await announcements.cancel(id)).toMatchObject({ delivered: 1, pending: 0, dropped: 0 });
    expect((await announcements.get(id))?.cancelledAt).toBeUndefined();
  });

  it('an announcement recorded before messages were kept per call keeps its messages where they were: nothing is sent again', async () => {
    const { call, clock, ideas, review, outbox, references } = await setUp();
    await submitFor(ideas, 'team-a');
    await references.save(referenceFor('team-a', 'https://smba.example/'));
    // As an earlier version stored it: no outboxPrefix, its message sent under announcement/A-0001/.
    const key = announcementKey(call.id, 'A-0001');
    await store().increment(announcementCounter(call.id));
    await store().put(`${key}/recipients`, { userIds: ['team-a'] }, 0);
    await store().put(key, { id: 'A-0001', text: { en: 'Old news' }, audience: 'submitters', recipients: 1, createdAt: clock.now().toISOString(), by: ADMIN }, 0);
    const legacy = { key: 'announcement/A-0001/team-a', userId: 'team-a', kind: 'announcement' as const, due: clock.now(), expires: new Date(clock.now().getTime() + 86_400_000), payload: { announcement: 'A-0001' } };
    await outbox.enqueue(legacy, clock.now());
    await outbox.markSent(legacy.key, 'activity-1', clock.now());

    const announcements = new Announcements(store(), call, outbox, { ideas, review, references }, clock);
    const items = await announcements.items(clock.now());
    expect(items.map((item) => item.key)).toEqual([legacy.key]);
    for (const item of items) expect(await outbox.enqueue(item, clock.now())).toBe(false);
    expect(await announcements.report('A-0001')).toMatchObject({ delivered: 1, pending: 0 });
    // A new one is kept per call.
    const { announcement } = await announcements.create({ en: 'New news' }, 'submitters', ADMIN, PREVIEW);
    expect((await announcements.items(clock.now())).map((item) => item.key)).toContain(`${announcementOutboxPrefix(call.id, announcement.id)}team-a`);
  });
});
