import { BookingActions } from './booking-actions';
import { CatalogueView } from './catalogue-view';
import type { SessionDependencies } from './dependencies';
import { SessionNotices } from './notices';
import { SessionAdmin } from './session-admin';

export * from './cards';
export type { SessionDependencies } from './dependencies';

/** Clinics and workshops in the conversation: the catalogue view, booking actions, IKM's session work, notices. */
export function createSessionsFeature(deps: SessionDependencies) {
  const notices = new SessionNotices(deps);
  return {
    catalogue: new CatalogueView(deps),
    booking: new BookingActions(deps, notices),
    admin: new SessionAdmin(deps, notices),
    notices,
  };
}
export type SessionsFeature = ReturnType<typeof createSessionsFeature>;
