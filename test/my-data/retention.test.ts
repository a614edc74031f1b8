import { applyRetention } from '../../src/my-data';
import { call2024 } from '../ideas/idea-fixtures';
import { describeEachEngine, useStore } from '../storage/engines';

describeEachEngine('retention: drafts and eligibility answers of calls long closed go by themselves', (target) => {
  const { store } = useStore(target);

  it('keeps everything while the call runs and for RETENTION_DAYS after it closes, then removes drafts and checks, never submissions', async () => {
    const call = { ...call2024, id: `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}` };
    const old = `o${call.id}`;
    const put = (key: string, value: object) => store().put(key, value);
    await put(`ideas/${call.id}/drafts/ana`, { status: 'draft', updatedAt: '2024-10-20T10:00:00Z' });
    await put(`ideas/${call.id}/drafts/bo`, { status: 'submitted', updatedAt: '2024-10-21T10:00:00Z' });
    await put(`ideas/${call.id}/submissions/IH-${call.id}-0001`, { reference: 'x' });
    await put(`eligibility/${call.id}/checks/ana`, { checkedAt: '2024-10-02T10:00:00Z' });
    // A call the bot no longer runs: its records say when they were last touched.
    await put(`ideas/${old}/drafts/cy`, { status: 'draft', updatedAt: '2023-10-01T10:00:00Z' });
    await put(`eligibility/${old}/checks/cy`, { checkedAt: '2023-10-01T10:00:00Z' });

    const keys = async () => (await store().list('ideas/')).concat(await store().list('eligibility/')).map((record) => record.key).filter((key) => key.includes(call.id));
    // The 2024 call closes when funding is announced (15 January 2025); 30 days later nothing goes yet.
    expect(await applyRetention(store(), call, new Date('2025-02-10T00:00:00Z'), 30)).toEqual({ drafts: 1, checks: 1 });
    expect(await keys()).toHaveLength(4);
    expect(await applyRetention(store(), call, new Date('2025-02-20T00:00:00Z'), 30)).toEqual({ drafts: 1, checks: 1 });
    expect((await keys()).sort()).toEqual([`ideas/${call.id}/drafts/bo`, `ideas/${call.id}/submissions/IH-${call.id}-0001`].sort());
  });
});
