import { z } from 'zod';
import { withinReaderLength } from './format';

/**
 * A stored text of at most `max` characters as readers count them (`readerLength`), the way every
 * form that writes it counts: a limit in UTF-16 units (`.max`) would refuse or cut a text the form
 * had accepted, an emoji being two units and a flag four. `base` carries the other rules (trimmed,
 * not empty); `message` names the problem (a card's box says which box and its limit).
 */
export function readerText(max: number, base: z.ZodString = z.string(), message = `must be at most ${max} characters`) {
  return base.refine((text) => withinReaderLength(text, max), { message });
}
