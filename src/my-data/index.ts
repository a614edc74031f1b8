/** A person's own data: what the assistant stores about them, to see, download and erase. */
export * from './personal-data';
export * from './retention';
