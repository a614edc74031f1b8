import path from 'node:path';
import { FixedClock } from '../../src/clock';
import { messages } from '../../src/i18n';
import { runTable } from '../support/conversation-table';
import { button } from '../support/teams-user';
import { DURING_2024_IDEA_WINDOW, useTestBot } from '../support/test-bot';

/** Clinics and workshops as a table: the catalogue, a booking, my bookings, a cancel, refusals. */
describe('sessions: what the user sends, what the bot answers', () => {
  const bot = useTestBot({
      clock: new FixedClock(DURING_2024_IDEA_WINDOW),
      env: { SESSIONS_FILE: path.join(__dirname, '..', 'e2e', 'fixtures', 'sessions-e2e.yaml') },
    });

  const t = messages('en').sessions;

  it('in Teams, someone whose team is not shortlisted', async () => {
    await runTable(bot().user({ localTimezone: 'Europe/Zurich' }), [
      ['clinics', [t.catalogue.title, 'Workshop Big', t.seatsLeft({ count: 10 })]],
      [{ verb: 'session.list', kind: 'workshop' }, 'Workshop Big', { not: ['Clinic Alpha'] }],
      [(card) => ({ ...button(card, 'session.book'), sessionId: 'workshop-big' }), [t.booking.confirmedTitle, t.booking.join, t.booking.calendar]],
      ['book workshop-big', t.booking.alreadyConfirmed],
      ['my bookings', [t.mine.title, 'Workshop Big', t.mine.confirmed]],
      ['cancel booking workshop-big', [t.cancel.title, t.cancel.confirmed({ title: 'Workshop Big', button: t.booking.calendarUpdate })]],
      ['book clinic-alpha', t.refusals.notShortlistedYet],
      ['create session', messages('en').admin.only],
      [{ verb: 'session.book', sessionId: 'no such session!' }, messages('en').cards.unknownAction],
    ]);
  });
});
