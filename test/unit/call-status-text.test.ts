import { loadCallFile } from '../../src/call/load-call';
import { describeCallStatus } from '../../src/bot/home/call-status-text';
import { typeset } from '../support/french';
import { DEFAULT_CALL_FILE } from '../../scripts/eval-faq';

/** The one sentence on where the call stands, which the welcome and the menu show, step by step. */
describe('describeCallStatus', () => {
  const call = loadCallFile(DEFAULT_CALL_FILE);
  const at = (iso: string) => new Date(iso);

  it.each([
    ['2024-10-01T10:00:00Z', 'is open: ideas are due by 25 October 2024 at 23:59 (Europe/Zurich) (in 24 days)'],
    ['2024-10-28T10:00:00Z', 'the idea deadline passed on 25 October 2024. The shortlist is announced on 11 November 2024.'],
    ['2024-11-20T10:00:00Z', 'the idea deadline passed on 25 October 2024. Shortlisted teams send their full proposals by 15 December 2024 at 23:59 (Europe/Zurich).'],
    ['2024-12-20T10:00:00Z', 'full proposals were due on 15 December 2024 at 23:59 (Europe/Zurich); the funded projects are announced by 15 January 2025.'],
    ['2025-02-01T10:00:00Z', 'is closed: the funded projects were to be announced by 15 January 2025.'],
  ])('at %s says what comes next: %s', (now, words) => {
    expect(describeCallStatus(call, at(now), 'en')).toContain(words);
  });

  it('gives the proposal deadline as the moment it is in the reader\'s zone: the next morning in Nairobi', () => {
    expect(describeCallStatus(call, at('2024-11-20T10:00:00Z'), 'en', 'Africa/Nairobi')).toContain('by 16 December 2024 at 01:59 (Africa/Nairobi)');
  });

  it('never speaks of full proposals still to come once they are due, in any language', () => {
    expect(describeCallStatus(call, at('2025-02-01T10:00:00Z'), 'en')).not.toContain('continue with');
    expect(describeCallStatus(call, at('2024-12-20T10:00:00Z'), 'fr')).toContain(typeset('les projets financés sont annoncés d’ici le 15 janvier 2025'));
    expect(describeCallStatus(call, at('2024-12-20T10:00:00Z'), 'es')).toContain('los proyectos financiados se anuncian a más tardar el 15 de enero de 2025');
  });
});
