import type { TurnContext } from 'botbuilder';
import { Dialog, DialogContext, DialogInstance, DialogReason, DialogTurnResult } from 'botbuilder-dialogs';
import { IDEA_FORM_DIALOG, InterruptibleDialog, Interruptions } from '../../../dialogs';
import { CallConfig, callPhase, isIdeaDeadlinePast, milestoneZone } from '../../call';
import type { Clock } from '../../clock';
import { type EligibilityRecords, ideaPrefillFromEligibility } from '../../eligibility';
import { foldForMatching, type Language } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import { Draft, FieldId, IdeaAnswers, IdeaService, Submission, isFieldApplicable, isSectionId, rawFromAnswer, SECTION_IDS, SectionId, sectionProgress } from '../../ideas';
import { FormFieldCardData, formSubmitSchema, typedWhileAsking, rawInputs, saidFormStillOpen, rawValueFromText, showSection } from '../forms';
import { channelShowsCards } from '../replies';
import type { HubConversationState } from '../state';
import { turnOf } from '../turn';
import { sectionCard, sectionFields, warningTexts } from './idea-form-fields';
import { showReview, showSubmitted } from './idea-form-review';
import { IdeaFormOptions, IdeaFormState, ideaFormStateSchema, keptInputSchema, reviewState, typedValues } from './idea-form-state';
import { teamsProfile } from './teams-profile';

const FLOW = 'ideaFormFlow';

/** What the form needs (passed in, so tests can give their own). */
export interface IdeaFormDependencies {
  call: CallConfig;
  clock: Clock;
  ideas: IdeaService;
  /** Answers a question typed in the middle of the form (from the FAQ), so the form can go on. */
  answerQuestion: (context: TurnContext, question: string) => Promise<void>;
  /** Tells IKM of a new submission (the IKM desk's notices); never throws. */
  onSubmitted?: (submission: Submission) => Promise<void>;
  /** What the idea's team has been told of it (shortlisted or not, funded or not), once announced. */
  toldOutcome?: (reference: string, ownerId: string) => Promise<'shortlisted' | 'not-shortlisted' | 'funded' | 'not-funded' | undefined>;
  /** A short-lived signed link to a submitted idea's PDF: the submitter's copy (absent: none offered). */
  copyLink?: (reference: string, reader: { language: Language; zone: string }) => string;
  /** The person's last eligibility check: a new draft starts with its answers, however the form is opened. */
  eligibility?: Pick<EligibilityRecords, 'latest'>;
}

/**
 * The idea submission form: six sections as cards (or one question at a time in text), a draft saved
 * after every answer, a review with an edit action per section, and the submission.
 */
export class IdeaFormDialog extends InterruptibleDialog {
  constructor(deps: IdeaFormDependencies, interruptions: Interruptions) {
    super(IDEA_FORM_DIALOG, interruptions);
    this.addDialog(new IdeaFormFlow(deps));
    this.initialDialogId = FLOW;
  }

  /** A section asks; the review is a finished page with its own buttons. */
  protected override isAskingQuestion(step: DialogInstance | undefined): boolean {
    const parsed = ideaFormStateSchema.safeParse(step?.state);
    return parsed.success && parsed.data.section !== 'review';
  }
}

class IdeaFormFlow extends Dialog<IdeaFormOptions> {
  constructor(private readonly deps: IdeaFormDependencies) {
    super(FLOW);
  }

  override async beginDialog(dc: DialogContext, options: IdeaFormOptions = {}): Promise<DialogTurnResult> {
    const { context } = dc;
    const { t } = turnOf(context);
    const owner = turnOf(context).personId;
    const existing = await this.deps.ideas.getDraft(owner);
    // A form card pressed by someone with no draft is older than a discard or an erasure, or forged:
    // it starts nothing (a draft is only begun when asked for).
    if (options.silent && !existing) {
      await context.sendActivity(t.ideaForm.review.noDraft);
      return dc.endDialog();
    }
    if (existing?.status === 'submitted') {
      if (!options.silent) await showSubmitted(context, this.deps, existing);
      return options.silent ? this.hold(dc, existing) : dc.endDialog();
    }
    const { call, clock } = this.deps;
    if (!options.silent && isIdeaDeadlinePast(call, clock.now())) {
      const date = formatDateTime(call.timeline.ideaDeadline, turnOf(context).language, turnOf(context).timeZone);
      await context.sendActivity(t.ideaForm.review.deadlinePassed({ date, mailbox: call.contact.mailbox }));
      return dc.endDialog();
    }
    const profile = existing ? {} : await teamsProfile(context);
    const checked = existing ? undefined : await this.deps.eligibility?.latest(owner);
    const prefill: Partial<IdeaAnswers> = {
      ...(profile.name ? { focalPointName: profile.name } : {}),
      ...(profile.email ? { focalPointEmail: profile.email } : {}),
      ...(checked ? ideaPrefillFromEligibility(checked.answers) : {}),
      ...options.prefill,
    };
    const { draft, created } = await this.deps.ideas.startDraft(owner, prefill);
    this.hold(dc, draft);
    if (options.silent) return Dialog.EndOfTurn;
    const current = this.stateOf(dc);
    if (callPhase(call, clock.now()) === 'not-open') {
      await context.sendActivity(
        t.ideaForm.review.notOpen({
          date: formatDate(call.timeline.launch, turnOf(context).language, milestoneZone(call.timeline, 'launch', turnOf(context).timeZone)),
        }),
      );
    }
    if (current.section !== 'review') {
      const number = SECTION_IDS.indexOf(current.section) + 1;
      const title = t.ideaForm.sections[current.section].title;
      await context.sendActivity(created ? t.ideaForm.progress.started : t.ideaForm.progress.resumed({ number, title }));
    }
    await this.show(context, draft, current);
    return Dialog.EndOfTurn;
  }

  /** Cancelled with refused text on screen: it is kept for the form begun again (see `hold`). */
  override async endDialog(context: TurnContext, instance: DialogInstance, reason: DialogReason): Promise<void> {
    if (reason !== DialogReason.cancelCalled) return;
    const state = ideaFormStateSchema.safeParse(instance.state);
    if (!state.success || state.data.section === 'review' || Object.keys(state.data.entered).length === 0) return;
    const draft = await this.deps.ideas.getDraft(turnOf(context).personId);
    if (!draft || draft.status === 'submitted') return;
    const { section, entered, problems } = state.data;
    (turnOf(context).state.conversation as HubConversationState).ideaInputKept = { section, entered, problems, revision: draft.revision };
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const draft = await this.deps.ideas.getDraft(turnOf(context).personId);
    if (draft) await this.show(context, draft, this.validState(instance, draft, context));
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { context } = dc;
    const { t } = turnOf(context);
    const owner = turnOf(context).personId;
    const draft = await this.deps.ideas.getDraft(owner);
    if (!draft) {
      await context.sendActivity(t.ideaForm.review.noDraft);
      return dc.endDialog();
    }
    const state = this.validState(dc.activeDialog!, draft, context);

    const value = context.activity.value;
    if (value !== undefined) {
      const submit = formSubmitSchema.safeParse(value);
      if (!submit.success || submit.data.form !== 'idea') {
        await context.sendActivity(t.cards.unknownAction);
        return Dialog.EndOfTurn;
      }
      const { verb, section, revision } = submit.data;
      // Submit pressed on the review card while a section opened again from it is still on screen:
      // what is typed there would be lost. That section is saved first (its Save keeps it as it is).
      const lateForIdeas = isIdeaDeadlinePast(this.deps.call, this.deps.clock.now());
      if (verb === 'idea.submit' && draft.status !== 'submitted' && !lateForIdeas && state.reopenedFromReview && state.section !== 'review') {
        await context.sendActivity(t.ideaForm.review.saveOpenSectionFirst({ title: t.ideaForm.sections[state.section].title }));
        await this.show(context, draft, state);
        return Dialog.EndOfTurn;
      }
      if (verb === 'idea.submit') return this.submit(dc, revision);
      if (draft.status === 'submitted') {
        await showSubmitted(context, this.deps, draft);
        return dc.endDialog();
      }
      if (verb === 'idea.section' && isSectionId(section)) {
        const raw = rawInputs(value as Record<string, unknown>, sectionFields(context, this.deps.call, draft, section, state));
        return this.save(dc, state, section, revision, raw);
      }
      if (verb === 'idea.edit' && isSectionId(section)) {
        this.goTo(state, section, draft, context);
        state.reopenedFromReview = true;
        await this.show(context, draft, state);
        return Dialog.EndOfTurn;
      }
      await context.sendActivity(t.cards.unknownAction);
      return Dialog.EndOfTurn;
    }

    const text = String(context.activity.text ?? '');
    if (draft.status === 'submitted') {
      await showSubmitted(context, this.deps, draft);
      return dc.endDialog();
    }
    const typed = typedWhileAsking(context, text);
    if (typed !== 'answer') {
      // A question in the middle of the form: answered from the FAQ, then the form resumes.
      // Anything else typed beside the card is said to go in the card, and the card is shown again.
      if (typed === 'question') await this.deps.answerQuestion(context, text);
      const actions = t.ideaForm.actions;
      // The review is a finished page, still on screen above: not sent again unasked, after a
      // question or after anything else typed beside it ("👍", a stray word).
      if (state.section === 'review' && channelShowsCards(context)) {
        await context.sendActivity(t.forms.reviewWaiting({ submit: actions.submit }));
        return Dialog.EndOfTurn;
      }
      // After a question, a section's card stays above with what was typed in it: a copy below
      // would come empty of that, and was not asked for.
      if (await saidFormStillOpen(context, typed, actions.saveAndContinue, t.forms.resume.idea)) return Dialog.EndOfTurn;
      const stray =
        state.section === 'review'
          ? t.forms.typeOnReview({ submit: actions.submit, edit: actions.edit })
          : t.forms.typeInCard({ button: actions.saveAndContinue });
      await context.sendActivity(typed === 'question' ? t.forms.formWaiting : stray);
      await this.show(context, draft, state);
      return Dialog.EndOfTurn;
    }
    return this.onTypedAnswer(dc, state, draft, text);
  }

  /** Text channels: the answer to the current question, or a choice on the review. */
  private async onTypedAnswer(dc: DialogContext, state: IdeaFormState, draft: Draft, text: string) {
    const { context } = dc;
    const { t } = turnOf(context);
    if (state.section === 'review') {
      const folded = foldForMatching(text);
      if (t.forms.submitWords.includes(folded)) return this.submit(dc, draft.revision);
      const section = SECTION_IDS[Number(folded) - 1];
      if (section) this.goTo(state, section, draft, context, true);
      await this.show(context, draft, state);
      return Dialog.EndOfTurn;
    }
    const fields = sectionFields(context, this.deps.call, draft, state.section, state);
    const field = fields[state.fieldIndex];
    if (!field) {
      this.goTo(state, this.nextSection(draft, state.section), draft, context);
      await this.show(context, draft, state);
      return Dialog.EndOfTurn;
    }
    if (state.editing && t.forms.skipWords.includes(foldForMatching(text))) {
      // Editing: "skip" keeps the answer shown and moves on.
      return this.afterField(dc, state, draft, state.section, field.id as FieldId);
    }
    const raw = { [field.id]: rawValueFromText(t, field, text) };
    return this.save(dc, state, state.section, draft.revision, raw, field.id as FieldId);
  }

  /**
   * Saves what a section card (or one typed answer) sent. Accepted answers are stored even when
   * others have problems; the section comes back with the problems and what was typed.
   */
  private async save(
    dc: DialogContext,
    state: IdeaFormState,
    section: SectionId,
    revision: number,
    raw: Record<string, unknown>,
    onlyField?: FieldId,
  ): Promise<DialogTurnResult> {
    const { context } = dc;
    const { t } = turnOf(context);
    const result = await this.deps.ideas.saveSection(turnOf(context).personId, revision, section, raw);
    if (!result.ok) {
      const draft = await this.deps.ideas.getDraft(turnOf(context).personId);
      if (result.reason === 'submitted' && draft) {
        await showSubmitted(context, this.deps, draft);
        return dc.endDialog();
      }
      if (result.reason === 'deadline-passed') {
        const { language, timeZone } = turnOf(context);
        await context.sendActivity(
          t.ideaForm.review.deadlinePassed({ date: formatDateTime(result.deadline, language, timeZone), mailbox: this.deps.call.contact.mailbox }),
        );
        return dc.endDialog();
      }
      if (result.reason === 'stale' && draft && !onlyField && draft.status !== 'submitted') {
        // An older card of a section (pressed again after the form moved on, or from another
        // device): nothing is saved over the newer draft, but what was typed is not lost either: the
        // section comes back with it, to be saved from the card that is now current.
        await context.sendActivity(t.ideaForm.review.outOfDateKept({ title: t.ideaForm.sections[section].title, button: t.ideaForm.actions.saveAndContinue }));
        state.section = section;
        state.problems = [];
        state.entered = typedValues(raw);
        await this.show(context, draft, state);
        return Dialog.EndOfTurn;
      }
      if (result.reason === 'stale' && draft) {
        await context.sendActivity(t.ideaForm.review.outOfDate);
        await this.show(context, draft, state);
        return Dialog.EndOfTurn;
      }
      await context.sendActivity(t.ideaForm.review.noDraft);
      return dc.endDialog();
    }
    const { draft } = result;
    // A typed answer only answers its own question; the others of the section come after.
    const problems = onlyField ? result.problems.filter((p) => p.field === onlyField) : result.problems;
    const warnings = warningTexts(context, result.warnings);
    if (warnings.length) await context.sendActivity(warnings.join('\n'));
    state.section = section;
    if (problems.length) {
      state.problems = problems;
      state.entered = typedValues(Object.fromEntries(Object.entries(result.entered).filter(([field]) => !onlyField || field === onlyField)));
      if (onlyField) state.fieldIndex = this.fieldIndexOf(context, draft, section, onlyField, state);
      await this.show(context, draft, state);
      return Dialog.EndOfTurn;
    }
    state.problems = [];
    state.entered = {};
    if (onlyField) return this.afterField(dc, state, draft, section, onlyField);
    this.goTo(state, this.nextSection(draft, section), draft, context);
    await this.show(context, draft, state);
    return Dialog.EndOfTurn;
  }

  /** Text channels: after one question, the next one of the section, else the next section. */
  private async afterField(dc: DialogContext, state: IdeaFormState, draft: Draft, section: SectionId, field: FieldId) {
    const { context } = dc;
    const fields = sectionFields(context, this.deps.call, draft, section, state);
    const next = this.nextOpenField(draft, fields, this.fieldIndexOf(context, draft, section, field, state) + 1, state.editing);
    if (next < fields.length) {
      state.fieldIndex = next;
      await this.show(context, draft, state);
      return Dialog.EndOfTurn;
    }
    this.goTo(state, state.editing ? 'review' : this.nextSection(draft, section), draft, context);
    await this.show(context, draft, state);
    return Dialog.EndOfTurn;
  }

  /** Submits the draft (idempotent); refusals say why and show what to do. */
  private async submit(dc: DialogContext, revision: number): Promise<DialogTurnResult> {
    const { context } = dc;
    const { t, language } = turnOf(context);
    const { ideas, call } = this.deps;
    const owner = turnOf(context).personId;
    const result = await ideas.submit(owner, revision);
    const draft = await ideas.getDraft(owner);
    const zone = turnOf(context).timeZone;
    if (result.ok) {
      if (!result.alreadySubmitted && this.deps.onSubmitted) {
        const submission = await ideas.getSubmission(result.reference);
        if (submission) await this.deps.onSubmitted(submission);
      }
      // Submitted already (a double click, an old review card): the line that says so, not the
      // confirmation a second time ("my idea" shows it).
      if (result.alreadySubmitted) await context.sendActivity(t.ideaForm.review.alreadySubmitted({ reference: result.reference }));
      else if (draft) await showSubmitted(context, this.deps, draft, true);
      return dc.endDialog();
    }
    switch (result.reason) {
      case 'deadline-passed':
        await context.sendActivity(
          t.ideaForm.review.deadlinePassed({ date: formatDateTime(result.deadline, language, zone), mailbox: call.contact.mailbox }),
        );
        return Dialog.EndOfTurn;
      case 'not-open':
        await context.sendActivity(t.ideaForm.review.notOpen({ date: formatDate(result.opens, language, zone) }));
        return Dialog.EndOfTurn;
      case 'stale':
        await context.sendActivity(t.ideaForm.review.outOfDate);
        break;
      case 'no-draft':
        await context.sendActivity(t.ideaForm.review.noDraft);
        return dc.endDialog();
      case 'incomplete':
        break;
    }
    const state = this.stateOf(dc);
    state.section = 'review';
    if (draft) await this.show(context, draft, state);
    return Dialog.EndOfTurn;
  }

  /** Stores the dialog state for a draft: the first section with something missing, or the review. */
  private hold(dc: DialogContext, draft: Draft): DialogTurnResult {
    const state = reviewState();
    const progress = sectionProgress(this.deps.call, draft.answers);
    // Where the person was working, if that section still needs something; else the first that does.
    const last = progress.find((section) => section.id === draft.lastSection && !section.complete);
    const firstOpen = last ?? progress.find((section) => !section.complete);
    this.goTo(state, firstOpen?.id ?? 'review', draft, dc.context);
    // Text refused before a cancel comes back with its section when that is where the form resumes
    // (taken once; a refused card for a later section does not move where the form resumes).
    const conversation = turnOf(dc.context).state.conversation as HubConversationState;
    const kept = keptInputSchema.safeParse(conversation.ideaInputKept);
    delete conversation.ideaInputKept;
    if (kept.success && kept.data.section === state.section && kept.data.revision === draft.revision) {
      Object.assign(state, { entered: kept.data.entered, problems: kept.data.problems });
    }
    dc.activeDialog!.state = state;
    return Dialog.EndOfTurn;
  }

  private stateOf(dc: DialogContext): IdeaFormState {
    return ideaFormStateSchema.parse(dc.activeDialog!.state);
  }

  /**
   * The stored position, or, when it is damaged or from an older version of the bot, the place the
   * draft itself says (nothing is lost: the answers are in the draft).
   */
  private validState(instance: DialogInstance, draft: Draft, context: TurnContext): IdeaFormState {
    const parsed = ideaFormStateSchema.safeParse(instance.state);
    if (parsed.success) return (instance.state = parsed.data);
    const state = reviewState();
    const open = sectionProgress(this.deps.call, draft.answers).find((section) => !section.complete);
    this.goTo(state, open?.id ?? 'review', draft, context);
    return (instance.state = state);
  }

  private goTo(state: IdeaFormState, section: SectionId | 'review', draft: Draft, context: TurnContext, editing = false): void {
    state.section = section;
    state.problems = [];
    state.entered = {};
    state.fieldIndex = 0;
    state.editing = editing && section !== 'review';
    state.reopenedFromReview = false;
    if (section !== 'review') {
      state.fieldIndex = this.nextOpenField(draft, sectionFields(context, this.deps.call, draft, section, state), 0, state.editing);
    }
  }

  /** After a section: the next one in order with something missing, else the review. */
  private nextSection(draft: Draft, after: SectionId): SectionId | 'review' {
    const progress = sectionProgress(this.deps.call, draft.answers);
    const start = SECTION_IDS.indexOf(after) + 1;
    const ordered = [...progress.slice(start), ...progress.slice(0, start)];
    return ordered.find((section) => !section.complete)?.id ?? 'review';
  }

  /**
   * Text channels: the first question from `from` on that applies and has no answer yet (or that
   * applies at all, when editing a section from the review).
   */
  private nextOpenField(draft: Draft, fields: FormFieldCardData[], from: number, editing = false): number {
    let index = from;
    while (index < fields.length) {
      const id = fields[index].id as FieldId;
      const applies = isFieldApplicable(this.deps.call, id, draft.answers);
      const answered = rawFromAnswer(draft.answers[id]) !== '';
      if (applies && (editing || !answered)) return index;
      index += 1;
    }
    return index;
  }

  private fieldIndexOf(context: TurnContext, draft: Draft, section: SectionId, field: FieldId, state: IdeaFormState): number {
    return sectionFields(context, this.deps.call, draft, section, state).findIndex((candidate) => candidate.id === field);
  }

  private async show(context: TurnContext, draft: Draft, state: IdeaFormState): Promise<void> {
    if (state.section === 'review') return showReview(context, this.deps.call, this.deps.clock, draft);
    if (!channelShowsCards(context) && state.fieldIndex >= sectionFields(context, this.deps.call, draft, state.section, state).length) {
      this.goTo(state, this.nextSection(draft, state.section), draft, context);
      return this.show(context, draft, state);
    }
    await showSection(context, sectionCard(context, this.deps.call, draft, state.section, state), state.fieldIndex);
  }
}
