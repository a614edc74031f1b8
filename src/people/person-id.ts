/**
 * Who a person is, for everything the assistant keeps about them (drafts, checks, bookings,
 * reminders, settings): their Entra object id when Teams gives it, so that the same person in
 * another chat or channel is the same; otherwise the channel's own user id (e-mail, emulators).
 */
export function personIdOf(from: { id: string; aadObjectId?: string | null }): string {
  return from.aadObjectId?.trim() ? from.aadObjectId : from.id;
}
