import type { Activity, TurnContext } from 'botbuilder';
import { PromptValidatorContext, TextPrompt, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { InterruptibleDialog, Interruptions, LANGUAGE_DIALOG } from '../../../dialogs';
import { LANGUAGES, messages, recognizeLanguage } from '../../i18n';
import { chooseLanguage, turnOf } from '../turn';
import { cardOrText, numberedList } from '../replies';
import { renderLanguageCard } from './cards';

const WATERFALL = 'languageWaterfall';
const LANGUAGE_PROMPT = 'languagePrompt';

/** Asks which language to use and remembers the answer for the user. */
export class LanguageDialog extends InterruptibleDialog {
  constructor(interruptions: Interruptions) {
    super(LANGUAGE_DIALOG, interruptions);
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

/** The language choice (buttons, or names to type back). */
function languageChoice(context: TurnContext): Partial<Activity> {
  const { t } = turnOf(context);
  const choices = LANGUAGES.map((code) => ({ code, label: messages(code).languageName }));
  const card = renderLanguageCard({ prompt: t.language.prompt, choices });
  return cardOrText(context, card, `${t.language.prompt}\n${numberedList(choices.map((c) => c.label))}`);
}
