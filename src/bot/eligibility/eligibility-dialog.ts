import type { TurnContext } from 'botbuilder';
import { Dialog, DialogContext, DialogInstance, DialogTurnResult } from 'botbuilder-dialogs';
import { ELIGIBILITY_DIALOG, HandOff, IDEA_FORM_DIALOG, InterruptibleDialog, Interruptions, Replay } from '../../../dialogs';
import { type CallConfig, isIdeaDeadlinePast } from '../../call';
import { formatDateTime } from '../../i18n/format';
import type { Clock } from '../../clock';
import { checkEligibility, ELIGIBILITY_FIELDS, EligibilityField, EligibilityRecords, ideaPrefillFromEligibility, INNOVATION_ANSWERS, readEligibilityInput } from '../../eligibility';
import type { IdeaService } from '../../ideas';
import { formSubmitSchema, inputValue, typedWhileAsking, rawInputs, saidFormStillOpen, rawValueFromText, showSection } from '../forms';
import { channelShowsCards } from '../replies';
import { turnOf } from '../turn';
import { assessmentAnswers, assessmentFields, nextFieldIndex, questionFields, sectionCard } from './eligibility-questions';
import { type IdeaStart, resultActions, showFeedback, showResult } from './eligibility-result';
import { EligibilityState, eligibilityStateOf, FEEDBACK_ACTIONS, freshEligibilityState, typedValue } from './eligibility-state';

const FLOW = 'eligibilityFlow';

/** What the check needs (passed in, so tests can give their own). */
export interface EligibilityDependencies {
  call: CallConfig;
  clock: Clock;
  eligibility: EligibilityRecords;
  /** The person's draft: a result offers the idea form only to someone whose idea is not in yet. */
  ideas: Pick<IdeaService, 'getDraft'>;
  /** Answers a question typed in the middle of the check (from the FAQ), so the check can go on. */
  answerQuestion: (context: TurnContext, question: string) => Promise<void>;
}

/**
 * "Is our idea a fit?": a few questions, a verdict per rule of the call with reasons and fixes,
 * an optional innovation self-assessment, then an offer to start the idea form prefilled.
 */
export class EligibilityDialog extends InterruptibleDialog {
  constructor(deps: EligibilityDependencies, interruptions: Interruptions) {
    super(ELIGIBILITY_DIALOG, interruptions);
    this.addDialog(new EligibilityFlow(deps));
    this.initialDialogId = FLOW;
  }

  /** The questions and the self-assessment ask; the verdict and the feedback are finished results. */
  protected override isAskingQuestion(step: DialogInstance | undefined): boolean {
    if (!step) return false;
    const { stage } = eligibilityStateOf(step);
    return stage === 'questions' || stage === 'assessment';
  }
}

interface EligibilityOptions {
  /** Resume for a card button (the dialog had ended): rebuild from the last stored check, show nothing. */
  silent?: boolean;
  /** With `silent`: the revision of the card pressed, which is then the current one. */
  revision?: number;
}

class EligibilityFlow extends Dialog<EligibilityOptions> {
  constructor(private readonly deps: EligibilityDependencies) {
    super(FLOW);
  }

  override async beginDialog(dc: DialogContext, options: EligibilityOptions = {}): Promise<DialogTurnResult> {
    const { call, clock } = this.deps;
    // Once ideas are closed, the check would ask six questions to say so: it says it at once.
    if (!options.silent && isIdeaDeadlinePast(call, clock.now())) {
      const { t, language, timeZone } = turnOf(dc.context);
      await dc.context.sendActivity(t.eligibility.closed({ date: formatDateTime(call.timeline.ideaDeadline, language, timeZone), mailbox: call.contact.mailbox }));
      return dc.endDialog();
    }
    const state = freshEligibilityState();
    dc.activeDialog!.state = state;
    if (!options.silent) {
      await this.show(dc.context, state);
      return Dialog.EndOfTurn;
    }
    // A button of a result card pressed after the check ended: its answers are the stored ones.
    const latest = await this.deps.eligibility.latest(turnOf(dc.context).personId);
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
    await this.show(context, eligibilityStateOf(instance));
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = eligibilityStateOf(dc.activeDialog!);
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
    const typed = typedWhileAsking(context, text);
    if (typed !== 'answer') {
      // A question in the middle of the check: answered from the FAQ, then the check goes on.
      // Anything else typed beside the card is said to go in the card, and the card is shown again.
      if (typed === 'question') await this.deps.answerQuestion(context, text);
      if (await saidFormStillOpen(context, typed, t.forms.saveAndContinue, t.forms.resume.eligibility)) return Dialog.EndOfTurn;
      await context.sendActivity(typed === 'question' ? t.forms.formWaiting : t.forms.typeInCard({ button: t.forms.saveAndContinue }));
      await this.show(context, state);
      return Dialog.EndOfTurn;
    }
    return this.onTypedAnswer(dc, state, text);
  }

  /** A button: the answers card, the assessment card, or a next step. */
  private async onAction(dc: DialogContext, state: EligibilityState, verb: string, value: Record<string, unknown>) {
    const { call } = this.deps;
    switch (verb) {
      case 'eligibility.answers':
        state.raw = stringsOf(rawInputs(value, questionFields(dc.context, call, state)));
        return this.evaluate(dc, state);
      case 'eligibility.assessment':
        state.raw = { ...state.raw, ...stringsOf(rawInputs(value, assessmentFields(dc.context, call, state))) };
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
    const { call, clock } = this.deps;
    if (state.stage === 'result' || state.stage === 'feedback') {
      const actions = state.stage === 'result' ? resultActions(call, clock, state, await this.ideaStart(dc.context)) : FEEDBACK_ACTIONS;
      const chosen = actions[Number(text.trim()) - 1];
      if (!chosen) {
        await this.show(dc.context, state);
        return Dialog.EndOfTurn;
      }
      return chosen === 'eligibility.startIdea' ? this.startIdeaForm(dc) : this.onAction(dc, state, chosen, {});
    }

    const fields = state.stage === 'questions' ? questionFields(dc.context, call, state) : assessmentFields(dc.context, call, state);
    const field = fields[state.fieldIndex];
    state.raw[field.id] = typedValue(rawValueFromText(t, field, text));
    if (state.stage === 'questions') {
      const input = readEligibilityInput(call, state.raw);
      if (!input.ok && input.problems.includes(field.id as EligibilityField)) {
        state.problems = [field.id as EligibilityField];
        await this.show(dc.context, state);
        return Dialog.EndOfTurn;
      }
    } else if (state.raw[field.id] && !(INNOVATION_ANSWERS as readonly string[]).includes(state.raw[field.id])) {
      state.problems = ['pickOne'];
      await this.show(dc.context, state);
      return Dialog.EndOfTurn;
    }
    state.problems = [];
    state.fieldIndex = nextFieldIndex(dc.context, call, state, state.fieldIndex + 1);
    if (state.fieldIndex < fields.length) {
      await this.show(dc.context, state);
      return Dialog.EndOfTurn;
    }
    return state.stage === 'questions' ? this.evaluate(dc, state) : this.giveFeedback(dc, state);
  }

  /** Checks the answers against every rule of the call and shows the verdict. */
  private async evaluate(dc: DialogContext, state: EligibilityState) {
    const { call, clock, eligibility } = this.deps;
    const input = readEligibilityInput(call, state.raw);
    if (!input.ok) {
      state.problems = [...input.problems];
      state.fieldIndex = nextFieldIndex(dc.context, call, state, ELIGIBILITY_FIELDS.indexOf(input.problems[0]));
      await this.show(dc.context, state);
      return Dialog.EndOfTurn;
    }
    const result = checkEligibility(call, input.answers, clock.now());
    await eligibility.save(turnOf(dc.context).personId, input.answers, result.overall);
    return this.moveTo(dc, state, 'result');
  }

  /** Stores the self-assessment answers and shows feedback per criterion. */
  private async giveFeedback(dc: DialogContext, state: EligibilityState) {
    if (!assessmentAnswers(this.deps.call, state)) {
      state.problems = ['pickOne'];
      await this.show(dc.context, state);
      return Dialog.EndOfTurn;
    }
    return this.moveTo(dc, state, 'feedback');
  }

  private async moveTo(dc: DialogContext, state: EligibilityState, stage: EligibilityState['stage']) {
    state.stage = stage;
    state.revision += 1;
    state.problems = [];
    state.fieldIndex = stage === 'questions' || stage === 'assessment' ? nextFieldIndex(dc.context, this.deps.call, state, 0) : 0;
    await this.show(dc.context, state);
    return Dialog.EndOfTurn;
  }

  /** Whether this person can still start an idea (see `IdeaStart`). */
  private async ideaStart(context: TurnContext): Promise<IdeaStart> {
    const { personId, state } = turnOf(context);
    // (The draft was read with the turn's state: no second read.)
    const draft = await this.deps.ideas.getDraft(personId, state.readAhead);
    if (draft?.status === 'submitted') return { open: false, submitted: draft.reference };
    return isIdeaDeadlinePast(this.deps.call, this.deps.clock.now()) ? { open: false } : { open: true };
  }

  /** Ends the check and hands over to the idea form, prefilled with the last checked answers. */
  private async startIdeaForm(dc: DialogContext): Promise<DialogTurnResult> {
    const latest = await this.deps.eligibility.latest(turnOf(dc.context).personId);
    const prefill = latest ? ideaPrefillFromEligibility(latest.answers) : {};
    const handOff: HandOff = { next: { dialogId: IDEA_FORM_DIALOG, options: { prefill } } };
    return dc.endDialog(handOff);
  }

  private async show(context: TurnContext, state: EligibilityState): Promise<void> {
    const { call, clock } = this.deps;
    switch (state.stage) {
      case 'questions':
      case 'assessment':
        return showSection(context, sectionCard(context, call, state), state.fieldIndex);
      case 'result':
        return showResult(context, call, clock, state, await this.ideaStart(context));
      case 'feedback':
        return showFeedback(context, call, state);
    }
  }
}

/** Keeps only text answers (what inputs send); anything else is dropped and later reported missing. */
function stringsOf(raw: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, typedValue(inputValue(value))]));
}
