import { PromptValidatorContext, TextPrompt, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { languageChoice } from '../src/bot/menu';
import { chooseLanguage, turnOf } from '../src/bot/turn';
import { recognizeLanguage } from '../src/i18n';
import { InterruptibleDialog } from './interruptible-dialog';

import { LANGUAGE_DIALOG } from './dialog-ids';
const WATERFALL = 'languageWaterfall';
const LANGUAGE_PROMPT = 'languagePrompt';

/** Asks which language to use and remembers the answer for the user. */
export class LanguageDialog extends InterruptibleDialog {
  constructor() {
    super(LANGUAGE_DIALOG);
    this.addDialog(new TextPrompt(LANGUAGE_PROMPT, LanguageDialog.isLanguage));
    this.addDialog(new WaterfallDialog(WATERFALL, [this.askStep.bind(this), this.saveStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  /** Shows the three languages; a typed name or number is the answer. */
  private async askStep(step: WaterfallStepContext) {
    return step.prompt(LANGUAGE_PROMPT, {
      prompt: languageChoice(step.context),
      retryPrompt: turnOf(step.context).t.language.retry,
    });
  }

  /** Stores the choice and confirms it in the new language. */
  private async saveStep(step: WaterfallStepContext) {
    const language = recognizeLanguage(String(step.result));
    if (language) {
      const { t } = chooseLanguage(step.context, language);
      await step.context.sendActivity(t.language.changed);
    }
    return step.endDialog();
  }

  private static async isLanguage(prompt: PromptValidatorContext<string>): Promise<boolean> {
    return prompt.recognized.succeeded && recognizeLanguage(prompt.recognized.value ?? '') !== undefined;
  }
}
