import YAML, { LineCounter } from 'yaml';
import { z } from 'zod';

/**
 * zod's issues worded for someone editing a YAML file (the call, the knowledge base, the session
 * catalogue) rather than for a programmer. One wording for every file IKM edits.
 */
export const friendlyErrors: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return { message: 'is missing' };
      if (issue.expected === 'integer') return { message: 'must be a whole number' };
      return { message: `must be ${typeWords(issue.expected)} (found ${typeWords(issue.received)})` };
    case z.ZodIssueCode.invalid_enum_value:
      return { message: `must be one of ${issue.options.join(', ')} (found ${JSON.stringify(issue.received)})` };
    case z.ZodIssueCode.too_small:
      if (issue.type === 'number') return { message: `must be at least ${issue.minimum}` };
      break;
    case z.ZodIssueCode.too_big:
      if (issue.type === 'number') return { message: `must be at most ${issue.maximum}` };
      break;
    default:
      break;
  }
  return { message: ctx.defaultError };
};

function typeWords(type: string): string {
  switch (type) {
    case 'object':
      return 'a set of named fields';
    case 'array':
      return 'a list';
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'integer':
      return 'a whole number';
    case 'null':
      return 'an empty value';
    default:
      return `a ${type}`;
  }
}

/** `['strategicObjectives', 1, 'title', 'fr']` -> `strategicObjectives[1].title.fr`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return '(file)';
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

/**
 * The line of the node at `path` in a YAML file, or of its nearest existing parent; with `atKey`,
 * the line of the key itself (for a field that should not be there).
 */
export function lineOf(
  doc: YAML.Document,
  lineCounter: LineCounter,
  path: ReadonlyArray<string | number>,
  atKey: boolean,
): number | undefined {
  if (atKey && path.length > 0) {
    const parent = doc.getIn(path.slice(0, -1), true);
    if (YAML.isMap(parent)) {
      const pair = parent.items.find((item) => YAML.isScalar(item.key) && item.key.value === path[path.length - 1]);
      const range = pair && YAML.isNode(pair.key) ? pair.key.range : undefined;
      if (range) return lineCounter.linePos(range[0]).line;
    }
  }
  // A missing top-level field has no place in the file worth pointing at.
  const lowest = path.length > 1 ? 1 : path.length;
  for (let length = path.length; length >= lowest; length--) {
    const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
    if (YAML.isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}
