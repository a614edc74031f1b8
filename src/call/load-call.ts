import { readFileSync } from 'node:fs';
import YAML, { LineCounter } from 'yaml';
import { readContentYaml } from '../content-files/read-yaml';
import { z } from 'zod';
import { formatPath, friendlyErrors, lineOf } from '../content-files/zod-messages';
import { callSchema, type CallConfig, toCallFileData } from './call-schema';

/** One thing wrong with a call file: where (dotted path, and line when known) and what. */
export interface CallProblem {
  /** e.g. `timeline.ideaDeadline`, `strategicObjectives[1].title.fr`; `(file)` for the whole file. */
  path: string;
  message: string;
  /** 1-based line in the file, when the place can be found. */
  line?: number;
}

/**
 * Thrown when a call file cannot be used. The message names the file and lists every problem, one
 * per line, so that a failed start-up tells IKM all they need to fix in one go.
 */
export class CallFileError extends Error {
  constructor(
    readonly sourceName: string,
    readonly problems: CallProblem[],
  ) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    const lines = problems.map((p) => `  - ${p.path}: ${p.message}${p.line ? ` [line ${p.line}]` : ''}`);
    super(`The call file ${sourceName} cannot be used (${count}):\n${lines.join('\n')}`);
    this.name = 'CallFileError';
  }
}

/** Reads, validates and converts a call file. Synchronous: it runs once, at start-up. */
export function loadCallFile(path: string): CallConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CallFileError(path, [{ path: '(file)', message: `cannot be read: ${reason}` }]);
  }
  return parseCall(text, path);
}

/**
 * Validates the YAML text of a call and converts it to a `CallConfig`.
 * @param sourceName names the text in error messages (usually the file path).
 * @throws CallFileError listing every problem found.
 */
export function parseCall(text: string, sourceName: string): CallConfig {
  const read = readContentYaml(text);
  if (!read.ok) throw new CallFileError(sourceName, read.errors.map((error) => ({ path: '(YAML)', ...error })));
  const result = callSchema.safeParse(read.raw, { errorMap: friendlyErrors });
  if (result.success) return result.data;
  const { doc, lineCounter } = read.located();
  const problems = result.error.issues.flatMap((issue) => toProblems(issue, doc, lineCounter));
  throw new CallFileError(sourceName, problems);
}

/**
 * The YAML text of a call, in the format `parseCall` reads (dates as local text in the call's zone).
 * @param header a comment written at the top of the file.
 */
export function stringifyCall(call: CallConfig, header?: string): string {
  const doc = new YAML.Document(toCallFileData(call));
  if (header) doc.commentBefore = header;
  return doc.toString({ lineWidth: 0 });
}

function toProblems(issue: z.ZodIssue, doc: YAML.Document, lineCounter: LineCounter): CallProblem[] {
  if (issue.code === z.ZodIssueCode.unrecognized_keys) {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      return {
        path: formatPath(path),
        message: 'is not a field of the call file (check the spelling, or remove it)',
        line: lineOf(doc, lineCounter, path, true),
      };
    });
  }
  return [{ path: formatPath(issue.path), message: issue.message, line: lineOf(doc, lineCounter, issue.path, false) }];
}



export { formatPath };
