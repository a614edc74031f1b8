import { FixedClock } from '../../src/clock';
import { type Draft, IdeaService, SECTION_IDS, type SaveSectionResult, type SectionId } from '../../src/ideas';
import type { Store } from '../../src/storage/store';
import { draftKey } from '../../src/ideas/records';
import { editedCall } from '../call/call-fixtures';
import { type EngineTarget, describeEachEngine, uniqueName } from '../storage/engines';
import { AT, COMPLETE_RAW, call2024, chars } from './idea-fixtures';

/**
 * The idea service on every engine (SQLite always; Postgres when TEST_POSTGRES_URL is set, reported
 * as skipped otherwise). Each test gets its own tables, so counters and drafts never leak between
 * tests; reopening with the same prefix reaches the same data, as a restarted bot would.
 */

const OWNER = 'aad-0f8fad5b-d9cb-469f-a165-70867728950e';

function expectSaved(result: SaveSectionResult): Extract<SaveSectionResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a save, got ${JSON.stringify(result)}`);
  return result;
}

describeEachEngine('IdeaService', (target) => {
  let prefix = '';
  let store: Store;
  let clock: FixedClock;
  let service: IdeaService;

  const open = (t: EngineTarget) => t.open({ tablePrefix: prefix });

  beforeEach(async () => {
    prefix = `i${uniqueName()}_`;
    store = await open(target());
    clock = new FixedClock(AT.during);
    service = new IdeaService(store, call2024, clock);
  });

  afterEach(async () => {
    await store.close();
  });

  /** Starts a draft for `owner` and saves all six sections; returns the draft. */
  async function completeDraft(owner = OWNER): Promise<Draft> {
    let { draft } = await service.startDraft(owner);
    for (const section of SECTION_IDS) {
      const saved = expectSaved(await service.saveSection(owner, draft.revision, section, COMPLETE_RAW[section]));
      expect(saved.problems).toEqual([]);
      draft = saved.draft;
    }
    return draft;
  }

  describe('drafts', () => {
    it('has none before it starts', async () => {
      expect(await service.getDraft(OWNER)).toBeUndefined();
      expect(await service.saveSection(OWNER, 1, 'idea', COMPLETE_RAW.idea)).toEqual({ ok: false, reason: 'no-draft' });
      expect(await service.submit(OWNER, 1)).toEqual({ ok: false, reason: 'no-draft' });
    });

    it('starts a draft at revision 1 with the prefill', async () => {
      const { draft, created } = await service.startDraft(OWNER, {
        focalPointName: 'Amina Okello',
        focalPointEmail: 'aokello@iom.int',
      });
      expect(created).toBe(true);
      expect(draft).toEqual({
        callId: '2024',
        ownerId: OWNER,
        answers: { focalPointName: 'Amina Okello', focalPointEmail: 'aokello@iom.int' },
        revision: 1,
        sectionRevisions: { office: 1 },
        status: 'draft',
        createdAt: AT.during.toISOString(),
        updatedAt: AT.during.toISOString(),
        lastSection: 'idea',
        warnings: [],
      });
      expect(await service.getDraft(OWNER)).toEqual(draft);
    });

    it('is idempotent: a second start returns the same draft and fills only empty fields', async () => {
      await service.startDraft(OWNER, { focalPointName: 'Amina Okello' });
      clock.advance(60_000);
      const again = await service.startDraft(OWNER, { focalPointName: 'Someone Else', officeName: 'IOM Uganda' });
      expect(again.created).toBe(false);
      expect(again.draft.answers).toEqual({ focalPointName: 'Amina Okello', officeName: 'IOM Uganda' });
      expect(again.draft.revision).toBe(2);
      expect(again.draft.createdAt).toBe(AT.during.toISOString());

      const third = await service.startDraft(OWNER, { focalPointName: 'Someone Else' });
      expect(third).toEqual({ created: false, draft: again.draft });
    });

    it('drops prefill values that do not pass the form checks', async () => {
      const { draft } = await service.startDraft(OWNER, {
        focalPointEmail: 'not an address',
        title: chars(500),
        budgetUsd: 1_000_000,
        officeType: 'embassy',
        officeName: { name: 'IOM Uganda' } as unknown as string,
        objectives: ['saving-lives', 'obj-9'],
        focalPointName: 'Amina Okello',
      });
      expect(draft.answers).toEqual({ focalPointName: 'Amina Okello' });
    });

    it('saves a section and counts revisions', async () => {
      await service.startDraft(OWNER);
      clock.advance(1000);
      const saved = expectSaved(await service.saveSection(OWNER, 1, 'budget', COMPLETE_RAW.budget));
      expect(saved.problems).toEqual([]);
      expect(saved.draft).toMatchObject({
        answers: { budgetUsd: 60_000, durationMonths: 12, plannedStart: '2025-02-01' },
        revision: 2,
        sectionRevisions: { budget: 2 },
        lastSection: 'budget',
        updatedAt: new Date(AT.during.getTime() + 1000).toISOString(),
      });
      expect(await service.getDraft(OWNER)).toEqual(saved.draft);
    });

    it('stores the valid values of a save with problems, and gives back what was typed for the others', async () => {
      await service.startDraft(OWNER);
      const typed = { budgetUsd: 'USD 90,000', durationMonths: '10', plannedStart: '1 March 2025' };
      const saved = expectSaved(await service.saveSection(OWNER, 1, 'budget', typed));
      expect(saved.problems).toEqual([
        { field: 'budgetUsd', code: 'aboveMax', params: { max: 80_000 } },
        { field: 'plannedStart', code: 'notADate', params: { example: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } },
      ]);
      expect(saved.entered).toEqual({ budgetUsd: 'USD 90,000', plannedStart: '1 March 2025' });
      expect(saved.draft.answers).toEqual({ durationMonths: 10 });
      expect(saved.draft.revision).toBe(2);
    });

    it('clears an answer sent empty and keeps answers not sent', async () => {
      await service.startDraft(OWNER);
      const first = expectSaved(await service.saveSection(OWNER, 1, 'idea', COMPLETE_RAW.idea));
      const second = expectSaved(await service.saveSection(OWNER, first.draft.revision, 'idea', { priorities: '' }));
      expect(second.draft.answers).toEqual({ title: COMPLETE_RAW.idea.title, objectives: ['solutions-to-displacement'] });
      expect(second.problems).toEqual([]);
    });

    it('records language warnings and replaces them when the text changes', async () => {
      await service.startDraft(OWNER);
      const french = 'Les familles déplacées perdent leurs documents et ne peuvent plus prouver leurs droits fonciers.';
      const first = expectSaved(await service.saveSection(OWNER, 1, 'solution', { problem: french }));
      expect(first.warnings).toEqual([{ field: 'problem', code: 'notEnglish', params: { detected: 'fr' } }]);
      expect(first.draft.warnings).toEqual(first.warnings);
      const second = expectSaved(await service.saveSection(OWNER, 2, 'solution', { problem: COMPLETE_RAW.solution.problem }));
      expect(second.warnings).toEqual([]);
      expect(second.draft.warnings).toEqual([]);
    });

    it('refuses an old card of the same section and changes nothing', async () => {
      await service.startDraft(OWNER);
      const first = expectSaved(await service.saveSection(OWNER, 1, 'idea', COMPLETE_RAW.idea));
      const old = await service.saveSection(OWNER, 1, 'idea', { ...COMPLETE_RAW.idea, title: 'A title typed on an old card' });
      expect(old).toEqual({ ok: false, reason: 'stale', draft: first.draft });
      expect(await service.getDraft(OWNER)).toEqual(first.draft);
      // A revision the draft never had is refused too.
      expect(await service.saveSection(OWNER, 99, 'budget', COMPLETE_RAW.budget)).toMatchObject({ ok: false, reason: 'stale' });
      expect(await service.saveSection(OWNER, Number.NaN, 'budget', COMPLETE_RAW.budget)).toMatchObject({
        ok: false,
        reason: 'stale',
      });
      await expect(service.saveSection(OWNER, 2, 'nowhere' as SectionId, {})).rejects.toThrow(TypeError);
    });

    it('accepts an old card of a section that did not change since', async () => {
      await service.startDraft(OWNER);
      // Cards for sections 1 and 6 are both drawn at revision 1.
      expectSaved(await service.saveSection(OWNER, 1, 'idea', COMPLETE_RAW.idea));
      const budget = expectSaved(await service.saveSection(OWNER, 1, 'budget', COMPLETE_RAW.budget));
      expect(budget.draft.revision).toBe(3);
      expect(budget.draft.answers).toMatchObject({ title: COMPLETE_RAW.idea.title, budgetUsd: 60_000 });
    });

    it('accepts the same card sent twice (a Teams retry) without a new revision', async () => {
      await service.startDraft(OWNER);
      const first = expectSaved(await service.saveSection(OWNER, 1, 'idea', COMPLETE_RAW.idea));
      const retry = expectSaved(await service.saveSection(OWNER, 1, 'idea', COMPLETE_RAW.idea));
      expect(retry.draft).toEqual(first.draft);
      expect(retry.draft.revision).toBe(2);
    });

    it('moves lastSection on a clean unchanged save without a new revision', async () => {
      await service.startDraft(OWNER);
      expectSaved(await service.saveSection(OWNER, 1, 'idea', COMPLETE_RAW.idea));
      const office = expectSaved(await service.saveSection(OWNER, 2, 'office', COMPLETE_RAW.office));
      clock.advance(60_000);
      const again = expectSaved(await service.saveSection(OWNER, office.draft.revision, 'idea', COMPLETE_RAW.idea));
      expect(again.problems).toEqual([]);
      expect(again.draft).toMatchObject({ revision: office.draft.revision, lastSection: 'idea' });
      expect((await service.getDraft(OWNER))?.lastSection).toBe('idea');
    });

    it('stores nothing for a refused save that accepts no field: the resume point stays', async () => {
      await service.startDraft(OWNER);
      expectSaved(await service.saveSection(OWNER, 1, 'idea', COMPLETE_RAW.idea));
      const before = await store.get(draftKey(call2024.id, OWNER));
      clock.advance(60_000);
      // A forged or old card for a later section: nothing sent, or nothing valid.
      for (const raw of [{}, { budgetUsd: 'lots', durationMonths: '99' }]) {
        const refused = expectSaved(await service.saveSection(OWNER, 2, 'budget', raw));
        expect(refused.problems.length).toBeGreaterThan(0);
        expect(refused.draft.lastSection).toBe('idea');
      }
      expect(await store.get(draftKey(call2024.id, OWNER))).toEqual(before);
    });

    it('loses no update under concurrent saves of different sections', async () => {
      await service.startDraft(OWNER);
      const results = await Promise.all(
        SECTION_IDS.map((section) => service.saveSection(OWNER, 1, section, COMPLETE_RAW[section])),
      );
      expect(results.every((result) => result.ok)).toBe(true);
      const draft = await service.getDraft(OWNER);
      expect(draft?.revision).toBe(7);
      expect(Object.keys(draft?.answers ?? {}).sort()).toEqual(
        [
          'title',
          'objectives',
          'priorities',
          'officeType',
          'officeName',
          'countryOrRegion',
          'focalPointName',
          'focalPointEmail',
          'problem',
          'solution',
          'novelty',
          'beneficiaryGroups',
          'participation',
          'results',
          'sustainability',
          'scaling',
          'budgetUsd',
          'durationMonths',
          'plannedStart',
        ].sort(),
      );
      expect(await service.submit(OWNER, 7)).toMatchObject({ ok: true, reference: 'IH-2024-0001' });
    });

    it('lets exactly one of several concurrent edits of the same section win; the others are told', async () => {
      await service.startDraft(OWNER);
      const titles = Array.from({ length: 8 }, (_, i) => `Solar lamp repair hubs, version ${i + 1}`);
      const results = await Promise.all(
        titles.map((title) => service.saveSection(OWNER, 1, 'idea', { ...COMPLETE_RAW.idea, title })),
      );
      const winners = results.filter((result) => result.ok);
      expect(winners).toHaveLength(1);
      expect(results.filter((result) => !result.ok && result.reason === 'stale')).toHaveLength(7);
      const draft = await service.getDraft(OWNER);
      expect(draft?.revision).toBe(2);
      expect(draft?.answers.title).toBe(expectSaved(winners[0]).draft.answers.title);
    });

    it('keeps drafts across a restart (store closed and opened again)', async () => {
      await service.startDraft(OWNER);
      const saved = expectSaved(await service.saveSection(OWNER, 1, 'idea', COMPLETE_RAW.idea));
      await store.close();

      store = await open(target());
      service = new IdeaService(store, call2024, clock);
      expect(await service.getDraft(OWNER)).toEqual(saved.draft);
      const next = expectSaved(await service.saveSection(OWNER, saved.draft.revision, 'budget', COMPLETE_RAW.budget));
      expect(next.draft.revision).toBe(3);
    });

    it('keeps owners apart, whatever characters their ids hold', async () => {
      const teamsId = '29:1aBcD/efGh+ij==';
      await service.startDraft(teamsId, { title: 'First idea' });
      await service.startDraft(OWNER, { title: 'Second idea' });
      expect((await service.getDraft(teamsId))?.answers.title).toBe('First idea');
      expect((await service.getDraft(OWNER))?.answers.title).toBe('Second idea');
      expect((await service.listDrafts()).map((draft) => draft.ownerId).sort()).toEqual([teamsId, OWNER].sort());
      await expect(service.getDraft('')).rejects.toThrow(TypeError);
    });

    it('refuses a stored draft that is not valid, naming its key', async () => {
      await store.put('ideas/2024/drafts/broken', { callId: '2024', answers: { budgetUsd: 'lots' } });
      await expect(service.getDraft('broken')).rejects.toThrow(/ideas\/2024\/drafts\/broken.*not valid/);
    });
  });

  describe('submission', () => {
    it('submits a complete draft: reference, record for IKM, draft closed', async () => {
      const draft = await completeDraft();
      clock.set(AT.deadlineMinute);
      const result = await service.submit(OWNER, draft.revision);
      expect(result).toEqual({
        ok: true,
        alreadySubmitted: false,
        reference: 'IH-2024-0001',
        submittedAt: AT.deadlineMinute.toISOString(),
      });

      const submission = await service.getSubmission('IH-2024-0001');
      expect(submission).toEqual({
        reference: 'IH-2024-0001',
        sequence: 1,
        callId: '2024',
        ownerId: OWNER,
        submittedAt: AT.deadlineMinute.toISOString(),
        revision: draft.revision,
        answers: draft.answers,
        warnings: [],
      });
      expect(await service.getSubmission(' ih-2024-1 ')).toEqual(submission);
      expect(await service.getSubmission('IH-2025-0001')).toBeUndefined();
      expect(await service.getSubmission('nonsense')).toBeUndefined();

      expect(await service.getDraft(OWNER)).toMatchObject({
        status: 'submitted',
        reference: 'IH-2024-0001',
        submittedAt: AT.deadlineMinute.toISOString(),
      });
    });

    it('is idempotent: submitting again (double click, retry, old card) gives the same reference', async () => {
      const draft = await completeDraft();
      const first = await service.submit(OWNER, draft.revision);
      clock.set(AT.afterDeadline);
      const again = await service.submit(OWNER, 1);
      expect(again).toEqual({ ok: true, alreadySubmitted: true, reference: 'IH-2024-0001', submittedAt: AT.during.toISOString() });
      expect(first).toMatchObject({ reference: 'IH-2024-0001' });
      expect(await service.listSubmissions()).toHaveLength(1);
      expect(await store.increment('ideas/2024/reference', 0)).toBe(1);
    });

    it('gives one reference to a concurrent double submit', async () => {
      const draft = await completeDraft();
      const results = await Promise.all(Array.from({ length: 5 }, () => service.submit(OWNER, draft.revision)));
      const references = new Set(results.map((result) => (result.ok ? result.reference : result.reason)));
      expect([...references]).toEqual(['IH-2024-0001']);
      expect(results.filter((result) => result.ok && !result.alreadySubmitted)).toHaveLength(1);
      expect(await service.listSubmissions()).toHaveLength(1);
    });

    it('numbers 20 owners submitting at once 0001..0020, each once', async () => {
      const owners = Array.from({ length: 20 }, (_, i) => `owner-${String(i + 1).padStart(2, '0')}`);
      const drafts = new Map<string, Draft>();
      for (const owner of owners) drafts.set(owner, await completeDraft(owner));
      const results = await Promise.all(owners.map((owner) => service.submit(owner, drafts.get(owner)!.revision)));
      const references = results.map((result) => (result.ok ? result.reference : `refused: ${result.reason}`));
      expect([...references].sort()).toEqual(owners.map((_, i) => `IH-2024-${String(i + 1).padStart(4, '0')}`));

      const submissions = await service.listSubmissions();
      expect(submissions.map((submission) => submission.reference)).toEqual([...references].sort());
      for (const [index, owner] of owners.entries()) {
        expect(submissions.find((submission) => submission.ownerId === owner)?.reference).toBe(references[index]);
      }
    });

    it('numbers each call on its own', async () => {
      const draft = await completeDraft();
      await service.submit(OWNER, draft.revision);
      const call2025 = editedCall([[['id'], 2025]]);
      const other = new IdeaService(store, call2025, clock);
      await other.startDraft(OWNER);
      let revision = 1;
      for (const section of SECTION_IDS) {
        revision = expectSaved(await other.saveSection(OWNER, revision, section, COMPLETE_RAW[section])).draft.revision;
      }
      expect(await other.submit(OWNER, revision)).toMatchObject({ ok: true, reference: 'IH-2025-0001' });
      expect((await other.listSubmissions()).map((s) => s.reference)).toEqual(['IH-2025-0001']);
      expect((await service.listSubmissions()).map((s) => s.reference)).toEqual(['IH-2024-0001']);
    });

    it.each([
      ['at 23:59:00 on the deadline day', AT.deadlineMinute, true],
      ['at 23:59:59.999 on the deadline day', AT.deadlineLastMs, true],
      ['at 00:00 the day after', AT.afterDeadline, false],
    ])('deadline (inclusive minute): %s', async (_name, at, accepted) => {
      const draft = await completeDraft();
      clock.set(at);
      const result = await service.submit(OWNER, draft.revision);
      if (accepted) {
        expect(result).toMatchObject({ ok: true, reference: 'IH-2024-0001' });
      } else {
        expect(result).toEqual({ ok: false, reason: 'deadline-passed', deadline: call2024.timeline.ideaDeadline });
        expect(await service.listSubmissions()).toEqual([]);
        expect((await service.getDraft(OWNER))?.status).toBe('draft');
      }
    });

    it('refuses before the launch', async () => {
      const draft = await completeDraft();
      clock.set(AT.beforeLaunch);
      expect(await service.submit(OWNER, draft.revision)).toEqual({
        ok: false,
        reason: 'not-open',
        opens: call2024.timeline.launch,
      });
    });

    it('refuses an incomplete idea, listing what is missing, and allocates nothing', async () => {
      await service.startDraft(OWNER);
      const saved = expectSaved(await service.saveSection(OWNER, 1, 'idea', COMPLETE_RAW.idea));
      const result = await service.submit(OWNER, saved.draft.revision);
      expect(result).toMatchObject({ ok: false, reason: 'incomplete' });
      if (!result.ok && result.reason === 'incomplete') {
        expect(result.problems[0]).toEqual({ field: 'officeType', code: 'required', params: {} });
        expect(result.problems).toHaveLength(16);
      }
      const complete = await completeDraftFrom(saved.draft);
      expect(await service.submit(OWNER, complete.revision)).toMatchObject({ ok: true, reference: 'IH-2024-0001' });
    });

    it('refuses a review card older than the draft', async () => {
      const draft = await completeDraft();
      const edited = expectSaved(
        await service.saveSection(OWNER, draft.revision, 'idea', { title: 'Circular e-waste repair hubs' }),
      );
      const result = await service.submit(OWNER, draft.revision);
      expect(result).toEqual({ ok: false, reason: 'stale', draft: edited.draft });
      expect(await service.submit(OWNER, edited.draft.revision)).toMatchObject({ ok: true });
    });

    it('closes the draft for editing', async () => {
      const draft = await completeDraft();
      await service.submit(OWNER, draft.revision);
      expect(await service.saveSection(OWNER, draft.revision, 'idea', { title: 'Changed after submission' })).toEqual({
        ok: false,
        reason: 'submitted',
        reference: 'IH-2024-0001',
      });
      const started = await service.startDraft(OWNER, { partners: 'Makerere University' });
      expect(started).toMatchObject({ created: false, draft: { status: 'submitted', reference: 'IH-2024-0001' } });
      expect(started.draft.answers.partners).toBeUndefined();
    });

    it('sends IKM only the answers that apply, with the warnings', async () => {
      await service.startDraft(OWNER);
      let revision = 1;
      const raw: Record<SectionId, Record<string, string>> = {
        ...COMPLETE_RAW,
        // Typed while "HQ department" was chosen, then the office type changed.
        office: { ...COMPLETE_RAW.office, coordinatingOffice: 'IOM Kenya', focalPointEmail: 'amina@gmail.com' },
      };
      for (const section of SECTION_IDS) {
        revision = expectSaved(await service.saveSection(OWNER, revision, section, raw[section])).draft.revision;
      }
      expect((await service.getDraft(OWNER))?.answers.coordinatingOffice).toBe('IOM Kenya');
      expect(await service.submit(OWNER, revision)).toMatchObject({ ok: true });
      const [submission] = await service.listSubmissions();
      expect(submission.answers.coordinatingOffice).toBeUndefined();
      expect(submission.answers.focalPointEmail).toBe('amina@gmail.com');
      expect(submission.warnings).toEqual([
        { field: 'focalPointEmail', code: 'notIomAddress', params: { domain: 'gmail.com' } },
      ]);
    });

    it('keeps submissions across a restart and continues the numbering', async () => {
      const first = await completeDraft('owner-a');
      await service.submit('owner-a', first.revision);
      await store.close();

      store = await open(target());
      service = new IdeaService(store, call2024, clock);
      expect((await service.getDraft('owner-a'))?.reference).toBe('IH-2024-0001');
      const second = await completeDraft('owner-b');
      expect(await service.submit('owner-b', second.revision)).toMatchObject({ reference: 'IH-2024-0002' });
      expect((await service.listSubmissions()).map((s) => s.ownerId)).toEqual(['owner-a', 'owner-b']);
    });
  });

  /** Saves the sections still missing in `draft`. */
  async function completeDraftFrom(draft: Draft): Promise<Draft> {
    let current = draft;
    for (const section of SECTION_IDS.filter((s) => s !== 'idea')) {
      current = expectSaved(await service.saveSection(OWNER, current.revision, section, COMPLETE_RAW[section])).draft;
    }
    return current;
  }
});
