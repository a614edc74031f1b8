import { foldForMatching, LANGUAGES, messages, Messages } from '../i18n';

export type CommandName = keyof Messages['commands'];

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
