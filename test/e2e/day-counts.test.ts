import { FixedClock } from '../../src/clock';
import { relativeDate, relativeTime } from '../../src/i18n/format';
import { calendarDaysUntil } from '../../src/time-zone';
import { submitIdea } from '../support/ideas';
import { allText } from '../support/teams-user';
import { announceDecision } from '../support/desk';
import { TestBot } from '../support/test-bot';

const ADMIN = 'd0d0d0d0-1111-2222-3333-444444444444';

/**
 * "(in N days)" is one count wherever it is shown: calendar days to the date printed beside it, in
 * the zone it is printed in; never 24-hour periods rounded.
 */
describe('day counts agree across the assistant (end to end over HTTP)', () => {
  // 09:00 UTC on 20 November 2024; full proposals are due 15 December 2024 at 23:59 in Zurich
  // (22:59 UTC): 25 calendar days, but 25.6 periods of 24 hours.
  const clock = new FixedClock('2024-10-01T09:00:00Z');
  let bot: TestBot;

  beforeAll(async () => {
    bot = await new TestBot({ clock, env: { IKM_ADMIN_IDS: ADMIN } }).start();
  });
  afterAll(() => bot.stop());
  afterEach(() => expect(bot.errors).toEqual([]));

  it('"My proposal" and the FAQ give the same number of days to the proposal deadline on the same day', async () => {
    const team = bot.user({ localTimezone: 'Europe/Zurich' });
    const reference = await submitIdea(team, { title: 'Solar kiosks' });
    const admin = bot.user({ aadObjectId: ADMIN });
    await admin.press({ verb: 'desk.shortlist.set', reference, on: true });
    clock.set('2024-10-28T09:00:00Z');
    await announceDecision(admin, 'shortlist', 'date');
    clock.set('2024-11-20T09:00:00Z');

    const proposal = allText(await team.say('my proposal'));
    expect(proposal).toContain('Proposal deadline: 15 December 2024 at 23:59 (Europe/Zurich) (in 25 days).');
    const faq = allText(await team.say('when are full proposals due?'));
    expect(faq).toContain('15 December 2024 (in 25 days)');
  });
});

describe('the one day count', () => {
  it('counts calendar days in the zone the date is shown in', () => {
    const now = new Date('2024-11-20T09:00:00Z');
    const deadline = new Date('2024-12-15T22:59:00Z');
    expect(calendarDaysUntil(deadline, now, 'Europe/Zurich')).toBe(25);
    // In Nairobi the same instant is 16 December at 01:59: one day more, as the date shown there.
    expect(calendarDaysUntil(deadline, now, 'Africa/Nairobi')).toBe(26);
    expect(relativeDate(deadline, now, 'en', 'Europe/Zurich')).toBe('in 25 days');
    expect(relativeDate(new Date('2024-11-21T22:59:00Z'), now, 'fr', 'Europe/Zurich')).toBe('demain');
  });

  it('says hours under 36 hours (a session starting soon), calendar days beyond', () => {
    const now = new Date('2024-11-20T09:00:00Z');
    expect(relativeTime(new Date('2024-11-21T09:00:00Z'), now, 'en', 'Europe/Zurich')).toBe('in 24 hours');
    // 61 hours, which rounds to 3 periods of 24 hours, is 2 calendar days: Friday 22:00 from Wednesday.
    expect(relativeTime(new Date('2024-11-22T22:00:00Z'), now, 'en', 'UTC')).toBe('in 2 days');
  });
});
