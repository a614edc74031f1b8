import { FixedClock } from '../../src/clock';
import type { Store } from '../../src/storage/store';
import {
  ERASED_ASKER,
  ERASED_QUESTION,
  MAX_ANSWER_LENGTH,
  MAX_QUESTION_LENGTH,
  type NewTicket,
  type Ticket,
  TicketInputError,
  TicketService,
} from '../../src/tickets';
import { type EngineTarget, describeEachEngine, uniqueName } from '../storage/engines';

/**
 * The ticket service on every engine (SQLite always; Postgres when TEST_POSTGRES_URL is set). Each
 * test gets its own tables, so ticket numbers start at Q-0001; reopening the same tables is a
 * restarted bot, and two stores on the same tables are two bot instances.
 */

const AT = '2024-05-02T08:30:00.000Z';
const LATER = '2024-05-02T10:15:00.000Z';
const ASKER = '0f8fad5b-d9cb-469f-a165-70867728950e';
const IKM_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const IKM_B = 'bbbbbbbb-0000-4000-8000-000000000002';

const QUESTION: NewTicket = {
  question: '  Can a regional office submit two ideas?\r\n\r\n\r\nThanks  ',
  language: 'fr',
  askerId: ASKER,
  askerName: 'Amina Okello',
  source: 'teams',
  conversationKey: `conversations/users/${ASKER}`,
};

function expectOk<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

describeEachEngine('TicketService', (target) => {
  let prefix = '';
  let store: Store;
  let clock: FixedClock;
  let tickets: TicketService;

  const open = (t: EngineTarget) => t.open({ tablePrefix: prefix });

  beforeEach(async () => {
    prefix = `q${uniqueName()}_`;
    store = await open(target());
    clock = new FixedClock(AT);
    tickets = new TicketService(store, clock);
  });

  afterEach(async () => {
    await store.close();
  });

  describe('create', () => {
    it('opens Q-0001 with the cleaned question', async () => {
      const ticket = await tickets.create(QUESTION);
      expect(ticket).toEqual({
        id: 'Q-0001',
        sequence: 1,
        status: 'open',
        question: 'Can a regional office submit two ideas?\n\nThanks',
        language: 'fr',
        askerId: ASKER,
        askerName: 'Amina Okello',
        source: 'teams',
        conversationKey: `conversations/users/${ASKER}`,
        createdAt: AT,
      });
      expect(await tickets.get('Q-0001')).toEqual(ticket);
      expect(await tickets.get('q-1')).toEqual(ticket);
      expect(await tickets.get('Q-0002')).toBeUndefined();
      expect(await tickets.get('nonsense')).toBeUndefined();
      expect((await tickets.create(QUESTION)).id).toBe('Q-0002');
    });

    it('numbers 20 tickets created at once from two bot instances uniquely', async () => {
      const other = await open(target());
      try {
        const second = new TicketService(other, clock);
        const created = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            (i % 2 === 0 ? tickets : second).create({ ...QUESTION, question: `Question ${i}` }),
          ),
        );
        const ids = created.map((ticket) => ticket.id).sort();
        expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => `Q-${String(i + 1).padStart(4, '0')}`));
        expect((await tickets.listOpen()).map((ticket) => ticket.question).sort()).toEqual(
          created.map((ticket) => ticket.question).sort(),
        );
      } finally {
        await other.close();
      }
    });

    it('refuses an empty or too long question and names every problem', async () => {
      await expect(tickets.create({ ...QUESTION, question: ' \n\t ' })).rejects.toThrow('question: is empty');
      const long = 'é'.repeat(MAX_QUESTION_LENGTH + 1);
      await expect(tickets.create({ ...QUESTION, question: long })).rejects.toThrow(TicketInputError);
      // A reader's characters: 2,000 emoji are 4,000 UTF-16 units and still fit.
      expect((await tickets.create({ ...QUESTION, question: '🚀'.repeat(MAX_QUESTION_LENGTH) })).id).toBe('Q-0001');

      const failure = await tickets
        .create({ question: '', language: 'de' as never, askerId: '', source: 'fax' as never, conversationKey: '' })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(TicketInputError);
      expect((failure as TicketInputError).problems.map((problem) => problem.split(':')[0])).toEqual([
        'question',
        'language',
        'source',
        'askerId',
        'conversationKey',
      ]);
      expect(await tickets.listOpen()).toHaveLength(1);
    });

    it('keeps no control characters and cuts an overlong name', async () => {
      const ticket = await tickets.create({ ...QUESTION, question: 'a\u0000b\u0007c', askerName: `  ${'N'.repeat(300)}\n` });
      expect(ticket.question).toBe('abc');
      expect(ticket.askerName).toHaveLength(200);
      const anonymous = await tickets.create({ ...QUESTION, askerName: '   ' });
      expect(anonymous).not.toHaveProperty('askerName');
    });
  });

  describe('createOnce (one request, one ticket)', () => {
    it('opens a ticket for a request once; the same request again gets that ticket and numbers nothing', async () => {
      const first = await tickets.createOnce(QUESTION, 'req1');
      expect(first.created).toBe(true);
      expect(first.ticket).toMatchObject({ id: 'Q-0001', requestId: 'req1', question: 'Can a regional office submit two ideas?\n\nThanks' });
      clock.set(LATER);
      expect(await tickets.createOnce(QUESTION, 'req1')).toEqual({ ticket: first.ticket, created: false });
      // Another request of the same person, or the same request id from someone else, is a new question.
      expect((await tickets.createOnce(QUESTION, 'req2')).ticket.id).toBe('Q-0002');
      expect((await tickets.createOnce({ ...QUESTION, askerId: 'someone-else' }, 'req1')).ticket.id).toBe('Q-0003');
      expect((await tickets.listOpen()).map((ticket) => ticket.id)).toEqual(['Q-0001', 'Q-0002', 'Q-0003']);
    });

    it('opens one ticket when the same request reaches two bot instances at once', async () => {
      const other = await open(target());
      try {
        const second = new TicketService(other, clock);
        const results = await Promise.all(
          Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? tickets : second).createOnce(QUESTION, 'double-click')),
        );
        expect(results.filter((result) => result.created)).toHaveLength(1);
        expect(new Set(results.map((result) => result.ticket.id))).toEqual(new Set(['Q-0001']));
        expect(await tickets.listOpen()).toHaveLength(1);
      } finally {
        await other.close();
      }
    });

    it('forgets the request with its ticket (an erased asker), so asking again opens a new one', async () => {
      await tickets.createOnce(QUESTION, 'req1');
      expect(await tickets.eraseAsker('Q-0001')).toBe('removed');
      expect(await tickets.eraseAsker('Q-0001')).toBeUndefined();
      expect((await store.list('')).map((record) => record.key)).toEqual([]);
      const again = await tickets.createOnce(QUESTION, 'req1');
      expect(again).toMatchObject({ created: true, ticket: { id: 'Q-0002' } });
    });

    it('keeps IKM\'s answer and its FAQ suggestion when the asker is erased, with nothing of the asker left', async () => {
      await tickets.createOnce(QUESTION, 'req1');
      expectOk(await tickets.answer('Q-0001', { text: 'One per unit.', byId: IKM_A, byName: 'Ikm A' }));
      expectOk(await tickets.suggestForFaq('Q-0001', IKM_A));
      expect(await tickets.eraseAsker('Q-0001')).toBe('anonymised');
      const kept = await tickets.get('Q-0001');
      expect(kept).toMatchObject({ status: 'closed', question: ERASED_QUESTION, askerId: ERASED_ASKER, answer: { text: 'One per unit.', byName: 'Ikm A' } });
      expect(kept?.erasedAt).toBeDefined();
      expect(await tickets.forAsker(QUESTION.askerId)).toEqual([]);
      expect(await tickets.listUndelivered()).toEqual([]);
      expect(await tickets.listSuggestions()).toEqual([expect.objectContaining({ ticketId: 'Q-0001', question: ERASED_QUESTION, answer: 'One per unit.' })]);
      // Nothing stored names the asker or holds their words any more.
      const stored = JSON.stringify(await store.list(''));
      for (const trace of [ASKER, 'Amina Okello', 'Can a regional office submit two ideas', 'req1']) expect(stored).not.toContain(trace);
    });

    it('suggests no FAQ entry for an answered ticket whose asker was erased: no question is left', async () => {
      await tickets.createOnce(QUESTION, 'req1');
      expectOk(await tickets.answer('Q-0001', { text: 'One per unit.', byId: IKM_A }));
      await tickets.eraseAsker('Q-0001');
      expect(await tickets.suggestForFaq('Q-0001', IKM_A)).toMatchObject({ ok: false, reason: 'erased' });
      expect(await tickets.listSuggestions()).toEqual([]);
    });

    it('opens a new ticket for the same question asked again once IKM answered the first', async () => {
      await tickets.createOnce(QUESTION, 'req1');
      expect((await tickets.createOnce(QUESTION, 'req1')).created).toBe(false);
      expectOk(await tickets.answer('Q-0001', { text: 'One per unit.', byId: IKM_A, byName: 'Ikm A' }));
      const again = await tickets.createOnce(QUESTION, 'req1');
      expect(again).toMatchObject({ created: true, ticket: { id: 'Q-0002', status: 'open' } });
      // And that one, pressed twice, is still one ticket.
      expect(await tickets.createOnce(QUESTION, 'req1')).toEqual({ ticket: again.ticket, created: false });
    });

    it('refuses an empty request id', async () => {
      await expect(tickets.createOnce(QUESTION, '')).rejects.toThrow('requestId');
    });
  });

  describe('answer', () => {
    it('stores the first answer and moves the ticket to answered', async () => {
      await tickets.create(QUESTION);
      clock.set(LATER);
      const result = expectOk(await tickets.answer('Q-0001', { text: ' Yes, one per unit. ', byId: IKM_A, byName: 'Ikm A' }));
      expect(result.ticket).toMatchObject({
        status: 'answered',
        answer: { text: 'Yes, one per unit.', byId: IKM_A, byName: 'Ikm A', at: LATER },
      });
      expect(await tickets.get('Q-0001')).toEqual(result.ticket);
      expect(await tickets.listOpen()).toEqual([]);
      expect(await tickets.listUndelivered()).toEqual([result.ticket]);
    });

    it('lets exactly one of two concurrent answers win, from two bot instances', async () => {
      await tickets.create(QUESTION);
      const other = await open(target());
      try {
        const second = new TicketService(other, clock);
        const results = await Promise.all([
          tickets.answer('Q-0001', { text: 'Answer A', byId: IKM_A }),
          second.answer('Q-0001', { text: 'Answer B', byId: IKM_B }),
        ]);
        const winners = results.filter((result) => result.ok);
        const losers = results.filter((result) => !result.ok);
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(1);
        const won = winners[0] as { ok: true; ticket: Ticket };
        expect(losers[0]).toEqual({ ok: false, reason: 'already-answered', ticket: won.ticket });
        expect((await tickets.get('Q-0001'))?.answer).toEqual(won.ticket.answer);
      } finally {
        await other.close();
      }
    });

    it('answers a retried card with already-answered and the first answer', async () => {
      await tickets.create(QUESTION);
      const first = expectOk(await tickets.answer('Q-0001', { text: 'Yes', byId: IKM_A }));
      clock.set(LATER);
      const again = await tickets.answer('Q-0001', { text: 'Yes', byId: IKM_A });
      expect(again).toEqual({ ok: false, reason: 'already-answered', ticket: first.ticket });
    });

    it('refuses an empty or too long answer, and an unknown ticket', async () => {
      await tickets.create(QUESTION);
      await expect(tickets.answer('Q-0001', { text: '  ', byId: IKM_A })).rejects.toThrow('text: is empty');
      await expect(tickets.answer('Q-0001', { text: 'x'.repeat(MAX_ANSWER_LENGTH + 1), byId: IKM_A })).rejects.toThrow(
        `text: is longer than ${MAX_ANSWER_LENGTH} characters`,
      );
      await expect(tickets.answer('Q-0001', { text: 'Yes', byId: '' })).rejects.toThrow('byId');
      expect(await tickets.answer('Q-0099', { text: 'Yes', byId: IKM_A })).toEqual({ ok: false, reason: 'not-found' });
      expect((await tickets.get('Q-0001'))?.status).toBe('open');
    });
  });

  describe('close', () => {
    it('closes an answered ticket once its answer is delivered, idempotently', async () => {
      await tickets.create(QUESTION);
      expect(await tickets.close('Q-0001')).toMatchObject({ ok: false, reason: 'not-answered' });
      await tickets.answer('Q-0001', { text: 'Yes', byId: IKM_A });
      clock.set(LATER);
      const closed = expectOk(await tickets.close('Q-0001'));
      expect(closed).toMatchObject({ alreadyClosed: false, ticket: { status: 'closed', closedAt: LATER } });
      expect(await tickets.close('Q-0001')).toEqual({ ok: true, alreadyClosed: true, ticket: closed.ticket });
      expect(await tickets.listUndelivered()).toEqual([]);
      expect(await tickets.answer('Q-0001', { text: 'Late', byId: IKM_B })).toMatchObject({ reason: 'already-answered' });
      expect(await tickets.close('Q-0404')).toEqual({ ok: false, reason: 'not-found' });
    });
  });

  describe('channel message', () => {
    it('remembers where the card was posted', async () => {
      await tickets.create(QUESTION);
      const message = { conversationId: '19:ikm-channel@thread.tacv2', activityId: '1714638600999' };
      expect((await tickets.recordChannelMessage('Q-0001', message))?.channelMessage).toEqual(message);
      expect((await tickets.recordChannelMessage('Q-0001', message))?.channelMessage).toEqual(message);
      expect(await tickets.recordChannelMessage('Q-0002', message)).toBeUndefined();
      await expect(tickets.recordChannelMessage('Q-0001', { conversationId: '', activityId: 'x' })).rejects.toThrow(
        TicketInputError,
      );
      expect((await tickets.get('Q-0001'))?.channelMessage).toEqual(message);
    });
  });

  describe('FAQ suggestions', () => {
    it('proposes an answered ticket once, however often asked', async () => {
      await tickets.create(QUESTION);
      expect(await tickets.suggestForFaq('Q-0001', IKM_A)).toMatchObject({ ok: false, reason: 'not-answered' });
      await tickets.answer('Q-0001', { text: 'Yes, one per unit.', byId: IKM_A });
      clock.set(LATER);

      const [first, second] = await Promise.all([tickets.suggestForFaq('Q-0001', IKM_A), tickets.suggestForFaq('Q-0001', IKM_B)]);
      const created = [first, second].filter((result) => result.ok && result.created);
      expect(created).toHaveLength(1);
      const suggestion = expectOk(first).suggestion;
      expect(expectOk(second).suggestion).toEqual(suggestion);
      expect(suggestion).toEqual({
        ticketId: 'Q-0001',
        question: 'Can a regional office submit two ideas?\n\nThanks',
        answer: 'Yes, one per unit.',
        language: 'fr',
        suggestedBy: suggestion.suggestedBy,
        at: LATER,
      });
      expect([IKM_A, IKM_B]).toContain(suggestion.suggestedBy);

      clock.advance(60_000);
      expect(await tickets.suggestForFaq('Q-0001', IKM_B)).toEqual({ ok: true, suggestion, created: false });
      expect(await tickets.listSuggestions()).toEqual([suggestion]);
      expect((await tickets.get('Q-0001'))?.addToFaq).toEqual({ requestedById: suggestion.suggestedBy, at: LATER });
      expect(await tickets.suggestForFaq('Q-0002', IKM_A)).toEqual({ ok: false, reason: 'not-found' });
    });
  });

  describe('stored records', () => {
    it('are validated on read, naming the key', async () => {
      const ticket = await tickets.create(QUESTION);
      await store.put('tickets/Q-0001', { ...ticket, status: 'answered' });
      await expect(tickets.get('Q-0001')).rejects.toThrow('Stored record "tickets/Q-0001" is not valid: answer');
      await expect(tickets.listUndelivered()).rejects.toThrow('tickets/Q-0001');
      await store.put('tickets/Q-0001', { ...ticket, question: 42 });
      await expect(tickets.answer('Q-0001', { text: 'Yes', byId: IKM_A })).rejects.toThrow('question');
      await store.put('faq-suggestions/Q-0001', { ticketId: 'Q-0001' });
      await expect(tickets.listSuggestions()).rejects.toThrow('faq-suggestions/Q-0001');
    });

    it('survive a restart, and numbering goes on', async () => {
      await tickets.create(QUESTION);
      await tickets.answer('Q-0001', { text: 'Yes', byId: IKM_A });
      await tickets.create({ ...QUESTION, question: 'Second' });
      await store.close();

      store = await open(target());
      tickets = new TicketService(store, clock);
      expect((await tickets.get('Q-0001'))?.answer?.text).toBe('Yes');
      expect((await tickets.listOpen()).map((ticket) => ticket.id)).toEqual(['Q-0002']);
      expect((await tickets.create({ ...QUESTION, question: 'Third' })).id).toBe('Q-0003');
    });

    it('list in number order past Q-9999', async () => {
      await store.increment('tickets/sequence', 9998);
      const ids = [];
      for (let i = 0; i < 3; i += 1) ids.push((await tickets.create(QUESTION)).id);
      expect(ids).toEqual(['Q-9999', 'Q-10000', 'Q-10001']);
      expect((await tickets.listOpen()).map((ticket) => ticket.id)).toEqual(ids);
    });
  });
});
