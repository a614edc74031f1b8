import { loadCallFile } from '../../src/call/load-call';
import { decisionCard } from '../../src/bot/ikm-desk/team-messages';
import { SHIPPED_CALL_PATH } from '../call/call-fixtures';

/** The card a shortlisted team gets: "Book a clinic" only once the clinics window is open. */
describe('the shortlisted decision card', () => {
  const call = loadCallFile(SHIPPED_CALL_PATH);
  const payload = { decision: 'shortlist', outcome: 'shortlisted', reference: 'IH-2024-0001', title: 'Solar kiosks' } as const;
  const buttons = (card: unknown) => JSON.stringify(card).match(/"title":"Book a clinic"/g)?.length ?? 0;

  it('before the clinics open, says when they open and offers no button that books nothing yet', () => {
    const card = decisionCard(call, payload, 'en', 'Europe/Zurich', new Date('2024-10-26T08:00:00Z'));
    expect(JSON.stringify(card)).toContain('they open for booking on 11 November 2024 at 00:00 (Europe/Zurich)');
    expect(buttons(card)).toBe(0);
  });

  it('offers "My proposal" whenever it comes, first', () => {
    for (const at of ['2024-10-26T08:00:00Z', '2024-11-11T08:00:00Z']) {
      const card = decisionCard(call, payload, 'en', 'Europe/Zurich', new Date(at));
      expect(JSON.stringify(card)).toMatch(/"actions":\[\{"type":"Action.Submit","title":"My proposal","data":\{"verb":"menu","item":"proposal"\}/);
    }
  });

  it('once they are open, offers "Book a clinic"', () => {
    const card = decisionCard(call, payload, 'en', 'Europe/Zurich', new Date('2024-11-11T08:00:00Z'));
    expect(buttons(card)).toBe(1);
    expect(JSON.stringify(card)).not.toContain('open for booking on');
  });
});
