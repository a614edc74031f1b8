/**
 * The call for ideas as data: its schema, the loader of `content/call-*.yaml`, questions about time
 * in a cycle, and the sample cycle used to try the assistant at any date.
 */
export * from './call-schema';
export * from './load-call';
export * from './timeline';
export * from './sample-call';
export {
  type MilestoneKind,
  addLocalDays,
  formatLocalDateTime,
  isKnownTimeZone,
  localPartsOf,
  parseLocalDateTime,
} from './local-time';
