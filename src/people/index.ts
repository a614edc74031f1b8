/** A person: who they are across chats, and their language and time zone. */
export { personIdOf } from './person-id';
export {
  adoptedWrittenLanguage,
  MAX_NAME,
  PEOPLE_PREFIX,
  parsePersonRecord,
  personKey,
  personRecordSchema,
  resolvePersonSettings,
  withWrittenLanguage,
} from './person-record';
export type { PersonDefaults, PersonRecord, PersonSettings } from './person-record';
export { People } from './people';
