/** The proposal stage of shortlisted teams: the checklist and the proposal document handed in. */
export * from './file-check';
export * from './file-store';
export * from './proposal-service';
