import { frenchTypography } from '../../src/i18n/typography';

/**
 * A French text as the assistant sets it (no-break spaces before ":" "?" and inside « », curly
 * apostrophes), so that expectations are written with ordinary spaces: `typeset('Que souhaitez-vous faire ?')`.
 * `test/unit/french-typography.test.ts` checks the characters themselves.
 */
export const typeset = (text: string): string => frenchTypography(text);
