import { foldForMatching, LANGUAGES, messages, Messages } from '../i18n';

/**
 * What typed text is, as a command: every command word and prefix of the three languages, folded
 * (no case, no accents). Routing on them lives in `app.ts`.
 */

export type CommandName = keyof Messages['commands'];
export type TypedCommandName = keyof Messages['sessions']['prefixes'];

/** Folded command word -> command, built once from every language's word lists. */
const COMMAND_WORDS: ReadonlyMap<string, CommandName> = (() => {
  const words = new Map<string, CommandName>();
  for (const language of LANGUAGES) {
    const commands = messages(language).commands;
    for (const name of Object.keys(commands) as CommandName[]) {
      for (const word of commands[name]) words.set(foldForMatching(word), name);
    }
  }
  return words;
})();

/**
 * The command a message is, if the WHOLE message is a command word in any of the three languages.
 * A sentence that merely contains one ("Help for children") is not a command: it is an answer.
 */
export function recognizeCommand(text: string): CommandName | undefined {
  return COMMAND_WORDS.get(foldForMatching(text));
}

/** Folded prefix -> command, from every language, longest first ("cancel session" before "cancel"). */
const PREFIXES: readonly [string, TypedCommandName][] = (() => {
  const found: [string, TypedCommandName][] = [];
  for (const language of LANGUAGES) {
    const prefixes = messages(language).sessions.prefixes;
    for (const command of Object.keys(prefixes) as TypedCommandName[]) {
      for (const word of prefixes[command]) found.push([foldForMatching(word), command]);
    }
  }
  return found.sort((a, b) => b[0].length - a[0].length);
})();

/** A session id as people type it (the catalogue's slugs have a dash). */
const SESSION_ID = /^[a-z0-9-]{1,80}$/;
const ZONE = /^[a-z_]+(\/[a-z0-9_+-]+){0,2}$/i;

/** A command with its argument: "book clinic-scaling-1", "time zone Europe/Paris", "create session". */
export interface TypedCommand {
  command: TypedCommandName;
  /** The session id or zone typed after the command ('' for "create session"). */
  argument: string;
}

/**
 * Typed commands with an argument. A sentence that merely starts with such a word ("book keeping
 * for migrants?") is not one: the argument must look like what the command takes.
 */
export function recognizeTypedCommand(text: string): TypedCommand | undefined {
  const folded = foldForMatching(text);
  for (const [prefix, command] of PREFIXES) {
    if (command === 'createSession') {
      if (folded === prefix) return { command, argument: '' };
      continue;
    }
    if (!folded.startsWith(`${prefix} `)) continue;
    const argument = folded.slice(prefix.length).trim();
    if (command === 'timeZone') return ZONE.test(argument) ? { command, argument } : undefined;
    return SESSION_ID.test(argument) && argument.includes('-') ? { command, argument } : undefined;
  }
  return undefined;
}
