import { type Language, type Messages, messages } from '../../i18n';

/**
 * IKM's working language. The desk's texts exist in it only, so everything shown beside them (dates,
 * amounts, session titles and kinds, the call's title) is given in it too, whatever language the
 * administrator chats in: a Spanish date in an English card read as a mistake.
 */
export const DESK_LANGUAGE: Language = 'en';

/** Every text the desk shows, in `DESK_LANGUAGE`. */
export const deskTexts: Messages = messages(DESK_LANGUAGE);

/** The desk's texts and language for a turn, in place of the person's (see `DESK_LANGUAGE`). */
export const deskTurn = (): { t: Messages; language: Language } => ({ t: deskTexts, language: DESK_LANGUAGE });
