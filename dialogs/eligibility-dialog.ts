import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { Dialog, DialogContext, DialogInstance, DialogTurnResult } from 'botbuilder-dialogs';
import {
  EligibilityResultCardData,
  FormFieldCardData,
  FormSectionCardData,
  formSubmitSchema,
  renderEligibilityResultCard,
} from '../adaptive-cards/cards';
import { channelShowsCards, numberedList, sendCardOrText } from '../src/bot/replies';
import { rawValueFromText } from '../src/bot/text-questions';
import { turnOf } from '../src/bot/turn';
import {
  assessInnovation,
  checkEligibility,
  COORDINATING_OFFICE_MAX,
  COORDINATING_OFFICE_MIN,
  MAX_BUDGET_ANSWER,
  MAX_DURATION_ANSWER,
  MIN_DURATION_ANSWER,
  criterionFeedback,
  criterionQuestion,
  ELIGIBILITY_FIELDS,
  EligibilityField,
  ideaPrefillFromEligibility,
  INNOVATION_ANSWERS,
  NOT_IOM,
  readEligibilityInput,
  RuleOutcome,
  selfAssessmentAnswersSchemaFor,
  verdictSentences,
} from '../src/eligibility';
import { formatAmount, formatDateTime } from '../src/i18n/format';
import { InterruptibleDialog } from './interruptible-dialog';

import { inputValue, rawInputs, showSection } from './form-io';
import { DialogServices, HandOff, isQuestionWhileAsking, ownerIdOf, Replay } from './services';

import { ELIGIBILITY_DIALOG, IDEA_FORM_DIALOG } from './dialog-ids';
const FLOW = 'eligibilityFlow';


/** The check's progress, stored in the dialog stack (plain JSON, validated when read back). */
const eligibilityStateSchema = z.object({
  stage: z.enum(['questions', 'result', 'assessment', 'feedback']),
  /** Answers as typed or chosen, by field id (also the criteria ids in the assessment). */
  raw: z.record(z.string()),
  /** Text channels: the question being asked. */
  fieldIndex: z.number().int().min(0),
  /** Increases whenever a new card is shown; a submit from an older card is refused. */
  revision: z.number().int().min(0),
  problems: z.array(z.string()),
});
type EligibilityState = z.infer<typeof eligibilityStateSchema>;

/** The stored state, or a fresh start when it is damaged or from an older version of the bot. */
function stateOf(instance: DialogInstance): EligibilityState {
  const parsed = eligibilityStateSchema.safeParse(instance.state);
  if (parsed.success) return (instance.state = parsed.data);
  const fresh: EligibilityState = { stage: 'questions', raw: {}, fieldIndex: 0, revision: 1, problems: [] };
  return (instance.state = fresh);
}

/** The next steps a result card offers, as verbs (buttons) or numbers (text). */
const RESULT_ACTIONS = ['eligibility.assess', 'eligibility.startIdea', 'eligibility.change'] as const;
const FEEDBACK_ACTIONS = ['eligibility.startIdea', 'eligibility.change'] as const;

const MARKS: Record<RuleOutcome, { mark: string; color: 'Good' | 'Warning' | 'Attention' }> = {
  pass: { mark: '✔', color: 'Good' },
  fixable: { mark: '!', color: 'Warning' },
  fail: { mark: '✖', color: 'Attention' },
};

/**
 * "Is our idea a fit?": a few questions, a verdict per rule of the call with reasons and fixes,
 * an optional innovation self-assessment, then an offer to start the idea form prefilled.
 */
export class EligibilityDialog extends InterruptibleDialog {
  constructor(services: DialogServices) {
    super(ELIGIBILITY_DIALOG);
    this.addDialog(new EligibilityFlow(services));
    this.initialDialogId = FLOW;
  }
}

interface EligibilityOptions {
  /** Resume for a card button (the dialog had ended): rebuild from the last stored check, show nothing. */
  silent?: boolean;
  /** With `silent`: the revision of the card pressed, which is then the current one. */
  revision?: number;
}

class EligibilityFlow extends Dialog<EligibilityOptions> {
  constructor(private readonly services: DialogServices) {
    super(FLOW);
  }

  override async beginDialog(dc: DialogContext, options: EligibilityOptions = {}): Promise<DialogTurnResult> {
    const state: EligibilityState = { stage: 'questions', raw: {}, fieldIndex: 0, revision: 1, problems: [] };
    dc.activeDialog!.state = state;
    if (!options.silent) {
      await this.show(dc.context, state);
      return Dialog.EndOfTurn;
    }
    // A button of a result card pressed after the check ended: its answers are the stored ones.
    const latest = await this.services.eligibility.latest(ownerIdOf(dc.context.activity));
    if (latest) {
      const { answers } = latest;
      state.raw = {
        submitterKind: answers.submitterKind,
        coordinatingOffice: answers.coordinatingOffice ?? '',
        objectives: answers.objectives.join(','),
        budgetUsd: String(answers.budgetUsd),
        durationMonths: String(answers.durationMonths),
        submissionLanguage: answers.submissionLanguage,
      };
      state.stage = 'result';
    }
    state.revision = options.revision ?? state.revision;
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.show(context, stateOf(instance));
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = stateOf(dc.activeDialog!);
    const { context } = dc;
    const { t } = turnOf(context);
    const value = context.activity.value;

    if (value !== undefined) {
      const submit = formSubmitSchema.safeParse(value);
      if (!submit.success) {
        await context.sendActivity(t.cards.unknownAction);
        return Dialog.EndOfTurn;
      }
      // Starting the form is harmless from any card: the draft is one per person and call.
      if (submit.data.verb === 'eligibility.startIdea') return this.startIdeaForm(dc);
      if (submit.data.revision !== state.revision) {
        await context.sendActivity(t.forms.staleCard);
        await this.show(context, state);
        return Dialog.EndOfTurn;
      }
      return this.onAction(dc, state, submit.data.verb, value as Record<string, unknown>);
    }

    // Typed text: an answer on text channels; on card channels a question while the card waits.
    const text = String(context.activity.text ?? '');
    if (channelShowsCards(context) && (state.stage === 'result' || state.stage === 'feedback')) {
      // The check is over and its card keeps its buttons: the message is for the rest of the bot.
      const replay: Replay = { replay: true };
      return dc.endDialog(replay);
    }
    if (isQuestionWhileAsking(context, text)) {
      // A question in the middle of the check: answered from the FAQ, then the check goes on.
      await this.services.answerQuestion(context, text);
      await context.sendActivity(t.forms.formWaiting);
      await this.show(context, state);
      return Dialog.EndOfTurn;
    }
    return this.onTypedAnswer(dc, state, text);
  }

  /** A button: the answers card, the assessment card, or a next step. */
  private async onAction(dc: DialogContext, state: EligibilityState, verb: string, value: Record<string, unknown>) {
    switch (verb) {
      case 'eligibility.answers':
        state.raw = stringsOf(rawInputs(value, this.questionFields(dc.context, state)));
        return this.evaluate(dc, state);
      case 'eligibility.assessment':
        state.raw = { ...state.raw, ...stringsOf(rawInputs(value, this.assessmentFields(dc.context, state))) };
        return this.giveFeedback(dc, state);
      case 'eligibility.assess':
        return this.moveTo(dc, state, 'assessment');
      case 'eligibility.change':
        return this.moveTo(dc, state, 'questions');
    }
    await dc.context.sendActivity(turnOf(dc.context).t.cards.unknownAction);
    return Dialog.EndOfTurn;
  }

  /** Text channels: one answer to the current question, or the number of a next step. */
  private async onTypedAnswer(dc: DialogContext, state: EligibilityState, text: string) {
    const { t } = turnOf(dc.context);
    if (state.stage === 'result' || state.stage === 'feedback') {
      const actions = state.stage === 'result' ? this.resultActions(state) : FEEDBACK_ACTIONS;
      const chosen = actions[Number(text.trim()) - 1];
      if (!chosen) {
        await this.show(dc.context, state);
        return Dialog.EndOfTurn;
      }
      return chosen === 'eligibility.startIdea' ? this.startIdeaForm(dc) : this.onAction(dc, state, chosen, {});
    }

    const fields = state.stage === 'questions' ? this.questionFields(dc.context, state) : this.assessmentFields(dc.context, state);
    const field = fields[state.fieldIndex];
    state.raw[field.id] = typedValue(rawValueFromText(t, field, text));
    if (state.stage === 'questions') {
      const input = readEligibilityInput(this.services.call, state.raw);
      if (!input.ok && input.problems.includes(field.id as EligibilityField)) {
        state.problems = [this.problemText(dc.context, field.id as EligibilityField)];
        await this.show(dc.context, state);
        return Dialog.EndOfTurn;
      }
    } else if (state.raw[field.id] && !(INNOVATION_ANSWERS as readonly string[]).includes(state.raw[field.id])) {
      state.problems = [t.forms.pickOne];
      await this.show(dc.context, state);
      return Dialog.EndOfTurn;
    }
    state.problems = [];
    state.fieldIndex = this.nextFieldIndex(dc.context, state, state.fieldIndex + 1);
    if (state.fieldIndex < fields.length) {
      await this.show(dc.context, state);
      return Dialog.EndOfTurn;
    }
    return state.stage === 'questions' ? this.evaluate(dc, state) : this.giveFeedback(dc, state);
  }

  /** Checks the answers against every rule of the call and shows the verdict. */
  private async evaluate(dc: DialogContext, state: EligibilityState) {
    const { call, clock, eligibility } = this.services;
    const input = readEligibilityInput(call, state.raw);
    if (!input.ok) {
      state.problems = input.problems.map((field) => this.problemText(dc.context, field));
      state.fieldIndex = this.nextFieldIndex(dc.context, state, ELIGIBILITY_FIELDS.indexOf(input.problems[0]));
      await this.show(dc.context, state);
      return Dialog.EndOfTurn;
    }
    const result = checkEligibility(call, input.answers, clock.now());
    await eligibility.save(ownerIdOf(dc.context.activity), input.answers, result.overall);
    return this.moveTo(dc, state, 'result');
  }

  /** Stores the self-assessment answers and shows feedback per criterion. */
  private async giveFeedback(dc: DialogContext, state: EligibilityState) {
    const answers = this.assessmentAnswers(state);
    if (!answers) {
      state.problems = [turnOf(dc.context).t.forms.pickOne];
      await this.show(dc.context, state);
      return Dialog.EndOfTurn;
    }
    return this.moveTo(dc, state, 'feedback');
  }

  private async moveTo(dc: DialogContext, state: EligibilityState, stage: EligibilityState['stage']) {
    state.stage = stage;
    state.revision += 1;
    state.problems = [];
    state.fieldIndex = stage === 'questions' || stage === 'assessment' ? this.nextFieldIndex(dc.context, state, 0) : 0;
    await this.show(dc.context, state);
    return Dialog.EndOfTurn;
  }

  /** Ends the check and hands over to the idea form, prefilled with the last checked answers. */
  private async startIdeaForm(dc: DialogContext): Promise<DialogTurnResult> {
    const latest = await this.services.eligibility.latest(ownerIdOf(dc.context.activity));
    const prefill = latest ? ideaPrefillFromEligibility(latest.answers) : {};
    const handOff: HandOff = { next: { dialogId: IDEA_FORM_DIALOG, options: { prefill } } };
    return dc.endDialog(handOff);
  }

  private async show(context: TurnContext, state: EligibilityState): Promise<void> {
    switch (state.stage) {
      case 'questions':
      case 'assessment':
        return showSection(context, this.sectionCard(context, state), state.fieldIndex);
      case 'result':
        return this.showResult(context, state);
      case 'feedback':
        return this.showFeedback(context, state);
    }
  }

  private sectionCard(context: TurnContext, state: EligibilityState): FormSectionCardData {
    const { t } = turnOf(context);
    const assessing = state.stage === 'assessment';
    return {
      progress: this.services.call.title[turnOf(context).language],
      title: assessing ? t.eligibility.selfAssessment.title : t.eligibility.title,
      intro: assessing ? t.eligibility.selfAssessment.intro({ count: this.services.call.innovationCriteria.length }) : t.eligibility.intro,
      problemsTitle: t.forms.problemsTitle,
      problems: state.problems,
      fields: assessing ? this.assessmentFields(context, state) : this.questionFields(context, state),
      submitLabel: t.forms.saveAndContinue,
      cancelLabel: t.forms.cancel,
      verb: assessing ? 'eligibility.assessment' : 'eligibility.answers',
      form: assessing ? 'assessment' : 'eligibility',
      section: state.stage,
      revision: state.revision,
    };
  }

  /** The questions; the coordinating office is asked in text only when the chosen kind needs one. */
  private questionFields(context: TurnContext, state: EligibilityState): FormFieldCardData[] {
    const { t, language } = turnOf(context);
    const q = t.eligibility.questions;
    const { call } = this.services;
    const amount = (value: number) => formatAmount(value, call.currency, language);
    const required = t.forms.requiredMessage;
    return [
      {
        id: 'submitterKind',
        kind: 'choice',
        label: q.submitter.prompt,
        required: true,
        requiredMessage: required,
        value: state.raw.submitterKind,
        options: [
          ...call.eligibleSubmitters.map((kind) => ({ title: kind.label[language], value: kind.id })),
          { title: q.submitter.notIom, value: NOT_IOM },
        ],
      },
      {
        id: 'coordinatingOffice',
        kind: 'text',
        label: q.coordinatingOffice.prompt,
        hint: q.coordinatingOffice.placeholder,
        required: false,
        maxChars: COORDINATING_OFFICE_MAX,
        value: state.raw.coordinatingOffice,
      },
      {
        id: 'objectives',
        kind: 'multiChoice',
        label: q.objectives.prompt,
        required: false,
        value: state.raw.objectives,
        options: call.strategicObjectives.map((objective) => ({
          title: `${objective.number}. ${objective.title[language]}`,
          value: objective.id,
        })),
      },
      {
        id: 'budgetUsd',
        kind: 'number',
        label: q.budget.prompt({ min: amount(call.funding.min), max: amount(call.funding.max), currency: call.currency }),
        hint: q.budget.placeholder,
        required: true,
        requiredMessage: required,
        value: state.raw.budgetUsd,
      },
      {
        id: 'durationMonths',
        kind: 'number',
        label: q.duration.prompt({ maxMonths: call.maxDurationMonths }),
        hint: q.duration.placeholder,
        required: true,
        requiredMessage: required,
        value: state.raw.durationMonths,
      },
      {
        id: 'submissionLanguage',
        kind: 'choice',
        label: q.language.prompt,
        required: true,
        requiredMessage: required,
        value: state.raw.submissionLanguage,
        options: (['en', 'fr', 'es', 'other'] as const).map((code) => ({ title: q.language.options[code], value: code })),
      },
    ];
  }

  private assessmentFields(context: TurnContext, state: EligibilityState): FormFieldCardData[] {
    const { t, language } = turnOf(context);
    const texts = t.eligibility;
    return this.services.call.innovationCriteria.map((criterion) => ({
      id: criterion.id,
      kind: 'choice' as const,
      label: `${criterion.title[language]}: ${criterionQuestion(texts, criterion, language)}`,
      required: false,
      value: state.raw[criterion.id],
      options: INNOVATION_ANSWERS.map((answer) => ({ title: texts.selfAssessment.answers[answer], value: answer })),
    }));
  }

  /** The first field from `from` on that applies (text channels skip the coordinating office unless needed). */
  private nextFieldIndex(context: TurnContext, state: EligibilityState, from: number): number {
    if (state.stage !== 'questions' || channelShowsCards(context)) return from;
    const kind = this.services.call.eligibleSubmitters.find((k) => k.id === state.raw.submitterKind);
    const skipOffice = !kind?.needsCoordinatingOffice;
    let index = from;
    while (skipOffice && ELIGIBILITY_FIELDS[index] === 'coordinatingOffice') index += 1;
    return index;
  }

  private problemText(context: TurnContext, field: EligibilityField): string {
    const { t, language } = turnOf(context);
    const q = t.eligibility.questions;
    const { call } = this.services;
    switch (field) {
      case 'submitterKind':
      case 'submissionLanguage':
        return t.forms.pickOne;
      case 'coordinatingOffice':
        return q.coordinatingOffice.retry({ min: COORDINATING_OFFICE_MIN, max: COORDINATING_OFFICE_MAX });
      case 'objectives':
        return q.objectives.retry;
      case 'budgetUsd':
        return q.budget.retry({ max: formatAmount(MAX_BUDGET_ANSWER, call.currency, language) });
      case 'durationMonths':
        return q.duration.retry({ min: MIN_DURATION_ANSWER, max: MAX_DURATION_ANSWER });
    }
  }

  /** The next steps a verdict offers: no idea form after a "not eligible". */
  private resultActions(state: EligibilityState): (typeof RESULT_ACTIONS)[number][] {
    const input = readEligibilityInput(this.services.call, state.raw);
    const overall = input.ok ? checkEligibility(this.services.call, input.answers, this.services.clock.now()).overall : undefined;
    return RESULT_ACTIONS.filter((verb) => verb !== 'eligibility.startIdea' || overall !== 'not-eligible');
  }

  private assessmentAnswers(state: EligibilityState) {
    const chosen = Object.fromEntries(
      this.services.call.innovationCriteria
        .map((criterion) => [criterion.id, state.raw[criterion.id]] as const)
        .filter(([, answer]) => answer !== undefined && answer !== ''),
    );
    const parsed = selfAssessmentAnswersSchemaFor(this.services.call).safeParse(chosen);
    return parsed.success ? parsed.data : undefined;
  }

  private async showResult(context: TurnContext, state: EligibilityState): Promise<void> {
    const { t, language } = turnOf(context);
    const { call, clock } = this.services;
    const input = readEligibilityInput(call, state.raw);
    if (!input.ok) return;
    const result = checkEligibility(call, input.answers, clock.now());
    const texts = t.eligibility;
    const formatters = {
      amount: (value: number, currency: string) => formatAmount(value, currency, language),
      instant: (iso: string, zone: string) => formatDateTime(new Date(iso), language, zone),
      list: (items: readonly string[]) => items.join('; '),
    };
    const rules = result.rules.map((verdict) => {
      const sentences = verdictSentences(verdict, call, language, texts, formatters);
      return {
        ...MARKS[verdict.outcome],
        title: texts.ruleNames[verdict.rule],
        reason: sentences.reason,
        fix: sentences.fix ? t.forms.labelled({ label: texts.fixLabel, text: sentences.fix }) : '',
      };
    });
    const actions = this.resultActions(state);
    const labels: Record<(typeof RESULT_ACTIONS)[number], string> = {
      'eligibility.assess': texts.closing.selfAssessment,
      'eligibility.startIdea': texts.closing.startIdeaForm,
      'eligibility.change': texts.closing.changeAnswers,
    };
    const card: EligibilityResultCardData = {
      verdict: texts.overall[result.overall].title,
      verdictStyle: result.overall === 'eligible' ? 'good' : result.overall === 'not-yet' ? 'warning' : 'attention',
      summary:
        result.overall === 'not-eligible'
          ? texts.overall[result.overall].summary
          : `${texts.overall[result.overall].summary} ${texts.closing.offer}`,
      rules,
      actions: actions.map((verb) => ({ title: labels[verb], verb, revision: state.revision })),
    };
    const text = [
      card.verdict,
      card.summary,
      ...rules.map((rule) => `${rule.mark} ${rule.title}: ${rule.reason}${rule.fix ? ` ${rule.fix}` : ''}`),
      numberedList(actions.map((verb) => labels[verb])),
    ].join('\n');
    await sendCardOrText(context, renderEligibilityResultCard(card), text);
  }

  private async showFeedback(context: TurnContext, state: EligibilityState): Promise<void> {
    const { t, language } = turnOf(context);
    const texts = t.eligibility;
    const { call } = this.services;
    const assessment = assessInnovation(call, this.assessmentAnswers(state) ?? {});
    const strengthMark = { strong: MARKS.pass, developing: MARKS.fixable, weak: MARKS.fail, unanswered: MARKS.fixable };
    const rules = assessment.criteria.map((entry) => {
      const criterion = call.innovationCriteria.find((c) => c.id === entry.criterion)!;
      return {
        ...strengthMark[entry.strength],
        title: `${criterion.title[language]}: ${texts.selfAssessment.strengths[entry.strength]}`,
        reason: criterionFeedback(texts, criterion, entry.answer, language),
        fix: '',
      };
    });
    const labels = { 'eligibility.startIdea': texts.closing.startIdeaForm, 'eligibility.change': texts.closing.changeAnswers };
    const card: EligibilityResultCardData = {
      verdict: texts.selfAssessment.title,
      verdictStyle: 'good',
      summary: texts.selfAssessment.summary({ strong: assessment.summary.strong, total: assessment.summary.total }),
      rules,
      actions: FEEDBACK_ACTIONS.map((verb) => ({ title: labels[verb], verb, revision: state.revision })),
    };
    const text = [
      card.verdict,
      card.summary,
      ...rules.map((rule) => `${rule.mark} ${rule.title}: ${rule.reason}`),
      numberedList(FEEDBACK_ACTIONS.map((verb) => labels[verb])),
    ].join('\n');
    await sendCardOrText(context, renderEligibilityResultCard(card), text);
  }
}

/** Longest typed value kept in the dialog state; longer ones are refused by the schema anyway. */
const MAX_TYPED = 1000;

/** A typed value as kept in dialog state: no control characters (the store refuses NUL), bounded. */
function typedValue(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').slice(0, MAX_TYPED);
}

/** Keeps only text answers (what inputs send); anything else is dropped and later reported missing. */
function stringsOf(raw: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, typedValue(inputValue(value))]));
}
