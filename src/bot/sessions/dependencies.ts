import type { BookingService, SessionCatalogue } from '../../bookings';
import type { Clock } from '../../clock';
import type { AuditLog } from '../../desk';
import type { SignedLinks } from '../../downloads';
import type { Logger } from '../../logger';
import type { Store } from '../../storage/store';
import type { People } from '../../people';
import type { Proactive } from '../proactive';

/** What the clinics-and-workshops conversation works with. */
export interface SessionDependencies {
  clock: Clock;
  store: Store;
  catalogue: SessionCatalogue;
  bookings: BookingService;
  links: SignedLinks;
  /** The public base URL of download links (known once the server listens). */
  baseUrl: () => string;
  proactive: Proactive;
  /** People's Teams names, for IKM's attendee lists. */
  people: Pick<People, 'nameOf' | 'labelOf'>;
  audit: AuditLog;
  logger: Logger;
  /**
   * The zone IKM's session form takes and shows times in: the desk's (the call's), whoever reads it,
   * so that a time read on the desk's list is the time typed in the form.
   */
  deskZone: string;
  /**
   * Whether the teams have been told the shortlist: before, a session for shortlisted teams may still
   * open to the reader's (said so); after, it will not (said so, without a promise).
   */
  shortlistAnnounced: () => Promise<boolean>;
}

/** Most sessions one card lists (a card has a size limit). */
export const MAX_LISTED = 20;
