import type { CallConfig } from '../call/call-schema';
import { ITEM_PLACEHOLDER_LISTS, parsePlaceholder } from './knowledge-base';
import { callLimitsOf, type FaqIndexOptions } from './search';

/**
 * What the FAQ index learns from the call: the limits it reads sums and lengths against, and the
 * words of the call's own items in answers ("{objectives.saving-lives.description}" names health,
 * shelter, gender-based violence...), so that a question is matched with the answer its asker reads.
 */
export function faqIndexOptionsOf(call: CallConfig): FaqIndexOptions {
  return {
    limits: callLimitsOf(call),
    numberedItem: (list, number, language) => call[ITEM_PLACEHOLDER_LISTS[list]].find((item) => item.number === number)?.title[language],
    placeholderWords: (name, language) => {
      const placeholder = parsePlaceholder(name);
      if (placeholder?.kind !== 'item') return undefined;
      return call[ITEM_PLACEHOLDER_LISTS[placeholder.list]].find((item) => item.id === placeholder.id)?.[placeholder.field][language];
    },
  };
}
