/** A person's own settings in the conversation: the language question and "Change my time zone". */
export { languageSubmitSchema, timeZoneSubmitSchema } from './cards';
export { LanguageDialog } from './language-dialog';
export { chooseZone, COMMON_TIME_ZONES } from './time-zone';
