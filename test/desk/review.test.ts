import { FixedClock } from '../../src/clock';
import { IdeaReview } from '../../src/desk';
import { statusKey } from '../../src/desk/records';
import { AT } from '../ideas/idea-fixtures';
import { describeEachEngine, useStore } from '../storage/engines';
import { freshCall, ideasFor, seenBy, submitFor } from './desk-fixtures';

const ADMIN = 'admin-1';

describeEachEngine('IdeaReview: the shortlist and the funding decisions', (target) => {
  const { store } = useStore(target);

  const setUp = async () => {
    const call = freshCall();
    const clock = new FixedClock(AT.during);
    const ideas = ideasFor(store(), call, clock);
    const review = new IdeaReview(store(), call, ideas, clock);
    const [a, b, c] = [await submitFor(ideas, 'team-a'), await submitFor(ideas, 'team-b'), await submitFor(ideas, 'team-c')];
    return { call, clock, ideas, review, a, b, c };
  };

  it('shortlists and undoes until the shortlist is announced; then it holds', async () => {
    const { clock, review, a, b } = await setUp();
    expect(await review.setShortlisted(a, true, ADMIN)).toMatchObject({ ok: true, changed: true, status: { shortlisted: { by: ADMIN } } });
    expect(await review.setShortlisted(a, true, ADMIN)).toMatchObject({ ok: true, changed: false });
    await review.setShortlisted(b, true, ADMIN);
    expect(await review.setShortlisted(b, false, ADMIN)).toMatchObject({ ok: true, changed: true });
    expect(await review.shortlistedTeams()).toEqual(['team-a']);
    expect(await review.setShortlisted('IH-2024-9999', true, ADMIN)).toEqual({ ok: false, reason: 'not-found' });

    // Not while ideas can still come in: a team sending one later would be told at once it is not shortlisted.
    expect(await review.announce('shortlist', AT.during, ADMIN, await seenBy(review, 'shortlist'))).toEqual({ ok: false, reason: 'too-early', deadline: AT.deadlineLastMs });
    clock.set(AT.deadlineLastMs);
    expect(await review.announce('shortlist', AT.deadlineLastMs, ADMIN, await seenBy(review, 'shortlist'))).toMatchObject({ ok: false, reason: 'too-early' });
    clock.set(AT.afterDeadline);
    const made = await review.announce('shortlist', AT.afterDeadline, ADMIN, await seenBy(review, 'shortlist'));
    expect(made).toMatchObject({ ok: true, first: true, announcement: { positive: 1, negative: 2 } });
    expect(await review.announce('shortlist', AT.afterDeadline, 'another-admin', await seenBy(review, 'shortlist'))).toMatchObject({ ok: true, first: false, announcement: { by: ADMIN } });
    expect(await review.setShortlisted(b, true, ADMIN)).toMatchObject({ ok: false, reason: 'announced', kind: 'shortlist' });
    expect(await review.shortlistedTeams()).toEqual(['team-a']);
  });

  it('refuses an announcement pressed on a preview that no longer matches, and tells nobody', async () => {
    const { clock, review, a, b } = await setUp();
    await review.setShortlisted(a, true, ADMIN);
    clock.set(AT.afterDeadline);
    const seen = await seenBy(review, 'shortlist');
    // A colleague shortlists another idea after the preview was shown.
    await review.setShortlisted(b, true, 'another-admin');
    expect(await review.announce('shortlist', AT.afterDeadline, ADMIN, seen)).toEqual({ ok: false, reason: 'changed' });
    expect(await review.announce('shortlist', AT.afterDeadline, ADMIN, undefined)).toEqual({ ok: false, reason: 'changed' });
    expect(await review.announcement('shortlist')).toBeUndefined();
    expect(await review.announce('shortlist', AT.afterDeadline, ADMIN, await seenBy(review, 'shortlist'))).toMatchObject({
      ok: true,
      announcement: { positive: 2 },
    });
  });

  it('calls its announcement off at once when a colleague changed a decision between the preview\'s check and its record', async () => {
    const { call, clock, ideas, review, a, b } = await setUp();
    await review.setShortlisted(a, true, ADMIN);
    clock.set(AT.afterDeadline);
    // The colleague's change lands just before the announcement is written (the store is slowed there).
    const colleague = new IdeaReview(store(), call, ideas, clock);
    const racing = new Proxy(store(), {
      get(target, property, receiver) {
        if (property !== 'put') return Reflect.get(target, property, receiver);
        return async (key: string, value: unknown, expected?: number) => {
          if (key.includes('/decisions/') && !(value as { calledOff?: unknown }).calledOff) await colleague.setShortlisted(b, true, 'another-admin');
          return target.put(key, value, expected);
        };
      },
    });
    const slowed = new IdeaReview(racing, call, ideas, clock);
    expect(await slowed.announce('shortlist', AT.afterDeadline, ADMIN, await seenBy(review, 'shortlist'))).toEqual({ ok: false, reason: 'changed' });
    // Nobody is told: it stands called off, and the list as it is now can be announced.
    expect(await review.announcement('shortlist')).toBeUndefined();
    expect(await review.announce('shortlist', AT.afterDeadline, ADMIN, await seenBy(review, 'shortlist'))).toMatchObject({ ok: true, announcement: { positive: 2 } });
  });

  it('refuses the shortlist once proposals have closed: teams would be asked for one they can no longer send', async () => {
    const { call, clock, review, a } = await setUp();
    await review.setShortlisted(a, true, ADMIN);
    clock.set(new Date(call.timeline.proposalDeadline.getTime() + 1));
    expect(await review.announce('shortlist', clock.now(), ADMIN, await seenBy(review, 'shortlist'))).toEqual({
      ok: false,
      reason: 'too-late',
      deadline: call.timeline.proposalDeadline,
    });
    expect(review.announcementTooLateSince('funding')).toBeUndefined();
  });

  it('checks every reference of a pasted list', async () => {
    const { review, a, c } = await setUp();
    const check = await review.checkReferences(`${a.toLowerCase()}, ${c}; IH-2024-9999 and ${a} again, and junk`);
    expect(check.found.map((submission) => submission.reference)).toEqual([a, c]);
    expect(check.unknown).toEqual(['IH-2024-9999']);
    expect(check.notUnderstood).toEqual([]);
    // A piece with a figure that is no reference is said, not silently dropped; another call's
    // reference, with its leading zeros or not, is named as no submission of this call.
    const partly = await review.checkReferences(`${a}\n0003 ; sample-6, (IH-2024-12) IH-2023-0004`);
    expect(partly.found.map((submission) => submission.reference)).toEqual([a]);
    expect(partly.unknown).toEqual(['IH-2024-12', 'IH-2023-0004']);
    expect(partly.notUnderstood).toEqual(['0003', 'sample-6']);
    // A list's numbers are no pieces meant: "3. 0003" names the 0003 alone; a number alone on its line is named.
    expect((await review.checkReferences(`1. ${a}\n3. 0003\n7`)).notUnderstood).toEqual(['0003', '7']);
  });

  it('reads references as people paste them: any dash, underscores or spaces, any case, glued, in a numbered list or a spreadsheet row', async () => {
    const { call, review, a, c } = await setUp();
    const id = call.id;
    const aNumber = a.slice(-4);
    const cNumber = c.slice(-4);
    const pasted = [
      `IH–${id}–${aNumber}`, // en dash, as Outlook and Word type it
      `IH—${id}—${cNumber}.`, // em dash
      `IH\u2011${id}\u2011${aNumber}`, // non-breaking hyphen, from a PDF
      `IH_${id}_${Number(cNumber)}`,
      `ih ${id.toUpperCase()} ${aNumber}IH-${id}-${cNumber}`,
    ];
    for (const text of pasted) {
      const check = await review.checkReferences(text);
      expect({ text, found: check.found.length > 0, unknown: check.unknown, notUnderstood: check.notUnderstood }).toEqual({ text, found: true, unknown: [], notUnderstood: [] });
    }
    // A numbered list and two columns from a spreadsheet: the list's numbers and the titles are no references left out.
    const listed = await review.checkReferences(`1. ${a}\n2) ${c}`);
    expect(listed.found.map((submission) => submission.reference)).toEqual([a, c]);
    expect(listed.notUnderstood).toEqual([]);
    const table = await review.checkReferences(`${a}\tIdea 1 on 3 sites\n${c}\tIdea 148`);
    expect(table.found.map((submission) => submission.reference)).toEqual([a, c]);
    expect(table.notUnderstood).toEqual([]);
  });

  it('records funding decisions on shortlisted ideas only, "funded" with every approval of the call', async () => {
    const { call, clock, review, a, b, c } = await setUp();
    await review.setShortlisted(a, true, ADMIN);
    await review.setShortlisted(b, true, ADMIN);
    const approvers = call.fundingApprovers.map((approver) => approver.id);
    expect(approvers).toEqual(['ddg-operations', 'director-dapc']);
    expect(await review.decide(c, { outcome: 'funded', approvals: approvers }, ADMIN)).toEqual({ ok: false, reason: 'not-shortlisted' });
    expect(await review.decide(a, { outcome: 'funded', approvals: ['ddg-operations'] }, ADMIN)).toEqual({
      ok: false,
      reason: 'approvals-missing',
      missing: ['director-dapc'],
    });
    expect(await review.decide(a, { outcome: 'funded', approvals: [...approvers, 'someone-else'] }, ADMIN)).toMatchObject({
      ok: true,
      status: { decision: { outcome: 'funded', approvals: { 'ddg-operations': { by: ADMIN }, 'director-dapc': { by: ADMIN } } } },
    });
    // The funding announcement waits for the proposals to close, and for a decision on every shortlisted idea.
    expect(await review.announce('funding', AT.during, ADMIN, await seenBy(review, 'funding'))).toEqual({ ok: false, reason: 'too-early', deadline: call.timeline.proposalDeadline });
    const afterProposals = new Date(call.timeline.proposalDeadline.getTime() + 1);
    clock.set(afterProposals);
    expect(await review.announce('funding', afterProposals, ADMIN, await seenBy(review, 'funding'))).toMatchObject({ ok: false, reason: 'undecided' });
    // Funded first, then changed to not funded with the boxes still ticked: a refusal carries no approval.
    await review.decide(b, { outcome: 'funded', approvals: approvers }, ADMIN);
    expect(await review.decide(b, { outcome: 'not-funded', approvals: approvers, note: 'Budget too close to another project' }, ADMIN)).toMatchObject({
      ok: true,
      status: { decision: { outcome: 'not-funded', approvals: {} } },
    });
    expect(await review.fundedTeams()).toEqual(['team-a']);
    expect(await review.announce('funding', afterProposals, ADMIN, await seenBy(review, 'funding'))).toMatchObject({ ok: true, announcement: { positive: 1, negative: 1 } });
    expect(await review.decide(b, { outcome: 'funded', approvals: approvers }, ADMIN)).toMatchObject({ ok: false, reason: 'announced', kind: 'funding' });
  });

  it('reads a decision not to fund stored with approvals (before they were dropped) as carrying none', async () => {
    const { call, review, b } = await setUp();
    await review.setShortlisted(b, true, ADMIN);
    await review.decide(b, { outcome: 'not-funded', approvals: [] }, ADMIN);
    const key = statusKey(call.id, b);
    const stored = (await store().get<{ decision: Record<string, unknown> }>(key))!;
    await store().put(key, { ...stored.value, decision: { ...stored.value.decision, approvals: { 'ddg-operations': { at: AT.during.toISOString(), by: ADMIN } } } });
    expect((await review.status(b))?.decision).toMatchObject({ outcome: 'not-funded', approvals: {} });
  });

  it('tells each idea\'s outcome only once its team was told: the shortlist, then the funding decision', async () => {
    const { call, clock, review, a, b, c } = await setUp();
    await review.setShortlisted(a, true, ADMIN);
    await review.setShortlisted(b, true, ADMIN);
    // IKM's working list is nobody else's business before the announcement.
    expect(await review.toldOutcome(a)).toBeUndefined();
    clock.set(AT.afterDeadline);
    await review.announce('shortlist', AT.afterDeadline, ADMIN, await seenBy(review, 'shortlist'));
    expect([await review.toldOutcome(a), await review.toldOutcome(c)]).toEqual(['shortlisted', 'not-shortlisted']);
    await review.decide(a, { outcome: 'funded', approvals: call.fundingApprovers.map((approver) => approver.id) }, ADMIN);
    await review.decide(b, { outcome: 'not-funded', approvals: [] }, ADMIN);
    // Decided, not announced: still "shortlisted".
    expect(await review.toldOutcome(a)).toBe('shortlisted');
    const afterProposals = new Date(call.timeline.proposalDeadline.getTime() + 1);
    clock.set(afterProposals);
    await review.announce('funding', afterProposals, ADMIN, await seenBy(review, 'funding'));
    expect([await review.toldOutcome(a), await review.toldOutcome(b), await review.toldOutcome(c)]).toEqual(['funded', 'not-funded', 'not-shortlisted']);
  });

  it('taking an idea off the shortlist drops its funding decision', async () => {
    const { call, review, a } = await setUp();
    await review.setShortlisted(a, true, ADMIN);
    await review.decide(a, { outcome: 'funded', approvals: call.fundingApprovers.map((approver) => approver.id) }, ADMIN);
    const off = await review.setShortlisted(a, false, ADMIN);
    expect(off).toMatchObject({ ok: true });
    expect(off.ok && off.status.decision).toBeUndefined();
  });
});
