import { CORE_SCHEMA, load } from 'js-yaml';
import YAML, { LineCounter } from 'yaml';

/**
 * The one way a content file (the call, the FAQ, the sessions' catalogue) is read from YAML. Every
 * start reads them all, and the `yaml` package, which knows where each node stands (for problems
 * told by line), took about 200 ms of a cold start to do it; js-yaml reads the same YAML 1.2 core
 * schema (dates stay text, duplicate keys are refused) several times faster. So a file is read with
 * js-yaml, and with `yaml` only when a line must be told: a YAML error, or a problem found in its
 * values (`located`, on first use).
 */
export type ContentYaml =
  | { ok: true; raw: unknown; located: () => LocatedYaml }
  | { ok: false; errors: { message: string; line?: number }[] };

/** The file as `yaml` reads it, with where each node stands. */
export interface LocatedYaml {
  doc: YAML.Document;
  lineCounter: LineCounter;
}

export function readContentYaml(text: string): ContentYaml {
  let located: LocatedYaml | undefined;
  const locate = (): LocatedYaml => {
    if (!located) {
      const lineCounter = new LineCounter();
      located = { doc: YAML.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
    }
    return located;
  };
  try {
    return { ok: true, raw: load(text, { schema: CORE_SCHEMA }), located: locate };
  } catch {
    // Told as `yaml` tells it, with its line; should `yaml` read what js-yaml refused, its reading stands.
    const { doc } = locate();
    if (doc.errors.length === 0) return { ok: true, raw: doc.toJS(), located: locate };
    return { ok: false, errors: doc.errors.map((error) => ({ message: error.message.split('\n')[0], line: error.linePos?.[0]?.line })) };
  }
}
