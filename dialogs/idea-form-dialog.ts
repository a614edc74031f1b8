import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { Dialog, DialogContext, DialogInstance, DialogTurnResult } from 'botbuilder-dialogs';
import {
  FormFieldCardData,
  FormSectionCardData,
  formSubmitSchema,
  IdeaReviewCardData,
  renderIdeaConfirmationCard,
  renderIdeaReviewCard,
} from '../adaptive-cards/cards';
import { teamsProfile } from '../src/bot/profile';
import { channelShowsCards, numberedList, sendCardOrText } from '../src/bot/replies';
import { rawValueFromText } from '../src/bot/text-questions';
import { turnOf } from '../src/bot/turn';
import { foldForMatching } from '../src/i18n';
import { Language } from '../src/i18n';
import { formatAmount, formatDate, formatDateTime } from '../src/i18n/format';
import {
  Draft,
  FieldDefinition,
  FieldId,
  FieldProblem,
  FieldWarning,
  fieldDefinition,
  formDefinition,
  IdeaAnswers,
  isFieldApplicable,
  isFieldRequired,
  isSectionId,
  rawFromAnswer,
  SECTION_IDS,
  SectionId,
  sectionProgress,
  validateSubmission,
} from '../src/ideas';
import { IDEA_FORM_DIALOG } from './dialog-ids';
import { rawInputs, showSection } from './form-io';
import { InterruptibleDialog } from './interruptible-dialog';
import { DialogServices, isQuestionWhileAsking, ownerIdOf } from './services';
import { callPhase, isIdeaDeadlinePast } from '../src/call';

const FLOW = 'ideaFormFlow';

/** Where the person is in the form (the answers themselves live in the draft, in the store). */
const ideaFormStateSchema = z.object({
  section: z.enum([...SECTION_IDS, 'review']),
  /** Text channels: the question being asked within the section. */
  fieldIndex: z.number().int().min(0),
  /** Problems of the last save, already in words, shown with the section again. */
  problems: z.array(z.string()),
  /** What was typed for fields with a problem, shown back so nothing typed is lost. */
  entered: z.record(z.string()),
  /** Text channels: the section was opened from the review, so answered questions are asked again. */
  editing: z.boolean().optional(),
});
type IdeaFormState = z.infer<typeof ideaFormStateSchema>;

export interface IdeaFormOptions {
  /** Answers already known (from the eligibility check); they fill only empty fields. */
  prefill?: Partial<IdeaAnswers>;
  /** Set up the state without showing anything (a card button will be handled next). */
  silent?: boolean;
}

/**
 * The idea submission form: six sections as cards (or one question at a time in text), a draft saved
 * after every answer, a review with an edit action per section, and the submission.
 */
export class IdeaFormDialog extends InterruptibleDialog {
  constructor(services: DialogServices) {
    super(IDEA_FORM_DIALOG);
    this.addDialog(new IdeaFormFlow(services));
    this.initialDialogId = FLOW;
  }
}

class IdeaFormFlow extends Dialog<IdeaFormOptions> {
  constructor(private readonly services: DialogServices) {
    super(FLOW);
  }

  override async beginDialog(dc: DialogContext, options: IdeaFormOptions = {}): Promise<DialogTurnResult> {
    const { context } = dc;
    const { t } = turnOf(context);
    const owner = ownerIdOf(context.activity);
    const existing = await this.services.ideas.getDraft(owner);
    if (existing?.status === 'submitted') {
      if (!options.silent) await this.showSubmitted(context, existing);
      return options.silent ? this.hold(dc, existing) : dc.endDialog();
    }
    const { call, clock } = this.services;
    if (!options.silent && isIdeaDeadlinePast(call, clock.now())) {
      const date = formatDateTime(call.timeline.ideaDeadline, turnOf(context).language, call.timeline.timeZone);
      await context.sendActivity(t.ideaForm.review.deadlinePassed({ date, mailbox: call.contact.mailbox }));
      return dc.endDialog();
    }
    const profile = existing ? {} : await teamsProfile(context);
    const prefill: Partial<IdeaAnswers> = {
      ...(profile.name ? { focalPointName: profile.name } : {}),
      ...(profile.email ? { focalPointEmail: profile.email } : {}),
      ...options.prefill,
    };
    const { draft, created } = await this.services.ideas.startDraft(owner, prefill);
    this.hold(dc, draft);
    if (options.silent) return Dialog.EndOfTurn;
    const current = this.stateOf(dc);
    if (callPhase(call, clock.now()) === 'not-open') {
      await context.sendActivity(
        t.ideaForm.review.notOpen({ date: formatDate(call.timeline.launch, turnOf(context).language, call.timeline.timeZone) }),
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

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const draft = await this.services.ideas.getDraft(ownerIdOf(context.activity));
    if (draft) await this.show(context, draft, this.validState(instance, draft, context));
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { context } = dc;
    const { t } = turnOf(context);
    const owner = ownerIdOf(context.activity);
    const draft = await this.services.ideas.getDraft(owner);
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
      if (verb === 'idea.submit') return this.submit(dc, revision);
      if (draft.status === 'submitted') {
        await this.showSubmitted(context, draft);
        return dc.endDialog();
      }
      if (verb === 'idea.section' && isSectionId(section)) {
        const raw = rawInputs(value as Record<string, unknown>, this.sectionFields(context, draft, section, state));
        return this.save(dc, state, section, revision, raw);
      }
      if (verb === 'idea.edit' && isSectionId(section)) {
        this.goTo(state, section, draft, context);
        await this.show(context, draft, state);
        return Dialog.EndOfTurn;
      }
      await context.sendActivity(t.cards.unknownAction);
      return Dialog.EndOfTurn;
    }

    const text = String(context.activity.text ?? '');
    if (draft.status === 'submitted') {
      await this.showSubmitted(context, draft);
      return dc.endDialog();
    }
    if (isQuestionWhileAsking(context, text)) {
      // A question in the middle of the form: answered from the FAQ, then the form resumes.
      await this.services.answerQuestion(context, text);
      await context.sendActivity(t.forms.formWaiting);
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
    const fields = this.sectionFields(context, draft, state.section, state);
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
    const result = await this.services.ideas.saveSection(ownerIdOf(context.activity), revision, section, raw);
    if (!result.ok) {
      const draft = await this.services.ideas.getDraft(ownerIdOf(context.activity));
      if (result.reason === 'submitted' && draft) {
        await this.showSubmitted(context, draft);
        return dc.endDialog();
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
    const warnings = result.warnings.map((warning) => this.warningText(context, warning));
    if (warnings.length) await context.sendActivity(warnings.join('\n'));
    state.section = section;
    if (problems.length) {
      state.problems = problems.map((problem) => this.problemText(context, problem));
      state.entered = Object.fromEntries(
        Object.entries(result.entered)
          .filter(([field]) => !onlyField || field === onlyField)
          .map(([field, value]) => [field, typedValue(String(value ?? ''))]),
      );
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
    const fields = this.sectionFields(context, draft, section, state);
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
    const { ideas, call } = this.services;
    const owner = ownerIdOf(context.activity);
    const result = await ideas.submit(owner, revision);
    const draft = await ideas.getDraft(owner);
    const zone = call.timeline.timeZone;
    if (result.ok) {
      if (result.alreadySubmitted) await context.sendActivity(t.ideaForm.review.alreadySubmitted({ reference: result.reference }));
      if (draft) await this.showSubmitted(context, draft, !result.alreadySubmitted);
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
    const state: IdeaFormState = { section: 'review', fieldIndex: 0, problems: [], entered: {} };
    const progress = sectionProgress(this.services.call, draft.answers);
    // Where the person was working, if that section still needs something; else the first that does.
    const last = progress.find((section) => section.id === draft.lastSection && !section.complete);
    const firstOpen = last ?? progress.find((section) => !section.complete);
    this.goTo(state, firstOpen?.id ?? 'review', draft, dc.context);
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
    const state: IdeaFormState = { section: 'review', fieldIndex: 0, problems: [], entered: {} };
    const open = sectionProgress(this.services.call, draft.answers).find((section) => !section.complete);
    this.goTo(state, open?.id ?? 'review', draft, context);
    return (instance.state = state);
  }

  private goTo(state: IdeaFormState, section: SectionId | 'review', draft: Draft, context: TurnContext, editing = false): void {
    state.section = section;
    state.problems = [];
    state.entered = {};
    state.fieldIndex = 0;
    state.editing = editing && section !== 'review';
    if (section !== 'review') {
      state.fieldIndex = this.nextOpenField(draft, this.sectionFields(context, draft, section, state), 0, state.editing);
    }
  }

  /** After a section: the next one in order with something missing, else the review. */
  private nextSection(draft: Draft, after: SectionId): SectionId | 'review' {
    const progress = sectionProgress(this.services.call, draft.answers);
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
      const applies = isFieldApplicable(this.services.call, id, draft.answers);
      const answered = rawFromAnswer(draft.answers[id]) !== '';
      if (applies && (editing || !answered)) return index;
      index += 1;
    }
    return index;
  }

  private fieldIndexOf(context: TurnContext, draft: Draft, section: SectionId, field: FieldId, state: IdeaFormState): number {
    return this.sectionFields(context, draft, section, state).findIndex((candidate) => candidate.id === field);
  }

  private async show(context: TurnContext, draft: Draft, state: IdeaFormState): Promise<void> {
    if (state.section === 'review') return this.showReview(context, draft);
    if (!channelShowsCards(context) && state.fieldIndex >= this.sectionFields(context, draft, state.section, state).length) {
      this.goTo(state, this.nextSection(draft, state.section), draft, context);
      return this.show(context, draft, state);
    }
    await showSection(context, this.sectionCard(context, draft, state.section, state), state.fieldIndex);
  }

  private sectionCard(context: TurnContext, draft: Draft, section: SectionId, state: IdeaFormState): FormSectionCardData {
    const { t } = turnOf(context);
    const texts = t.ideaForm;
    const progress = sectionProgress(this.services.call, draft.answers).find((entry) => entry.id === section)!;
    const number = SECTION_IDS.indexOf(section) + 1;
    const started = progress.answered > 0;
    return {
      progress: started && progress.left > 0 ? texts.progress.fieldsLeft({ count: progress.left, number }) : '',
      title: texts.progress.section({ number, total: SECTION_IDS.length, title: texts.sections[section].title }),
      intro: texts.sections[section].intro,
      problemsTitle: texts.progress.savedWithProblems({ count: state.problems.length }),
      problems: state.problems,
      fields: this.sectionFields(context, draft, section, state),
      submitLabel: texts.actions.saveAndContinue,
      cancelLabel: t.forms.cancel,
      verb: 'idea.section',
      form: 'idea',
      section,
      revision: draft.revision,
    };
  }

  /** The section's questions in the user's language, with the draft's answers (or what was typed). */
  private sectionFields(context: TurnContext, draft: Draft, section: SectionId, state: IdeaFormState): FormFieldCardData[] {
    const { t, language } = turnOf(context);
    const definition = formDefinition(this.services.call).sections.find((entry) => entry.id === section)!;
    return definition.fields.map((field) => {
      const texts = t.ideaForm.fields[field.id];
      const entered = state.section === section ? state.entered[field.id] : undefined;
      return {
        id: field.id,
        kind: field.kind,
        label: texts.label(this.labelParams(field, language)),
        hint: texts.hint,
        value: entered ?? rawFromAnswer(draft.answers[field.id]),
        maxChars: 'maxChars' in field ? field.maxChars : undefined,
        required: isFieldRequired(this.services.call, field.id, draft.answers),
        requiredMessage: t.forms.requiredMessage,
        options:
          'options' in field
            ? field.options.map((option) => ({
                title: option.number ? `${option.number}. ${option.label[language]}` : option.label[language],
                value: option.id,
              }))
            : undefined,
      };
    });
  }

  private labelParams(field: FieldDefinition, language: ReturnType<typeof turnOf>['language']) {
    const params = { maxChars: '', maxWords: '', min: '', max: '' };
    if ('maxChars' in field) params.maxChars = String(field.maxChars);
    if (field.kind === 'longText') params.maxWords = String(field.maxWords);
    if (field.kind === 'number') {
      const show = (n: number) => (typeof field.unit === 'object' ? formatAmount(n, field.unit.currency, language) : String(n));
      params.min = show(field.min);
      params.max = show(field.max);
    }
    if (field.kind === 'date') {
      params.min = localDate(field.min, language);
      params.max = localDate(field.max, language);
    }
    return params;
  }

  private problemText(context: TurnContext, problem: FieldProblem): string {
    const { t, language } = turnOf(context);
    const name = t.ideaForm.fields[problem.field].name;
    const definition = fieldDefinition(this.services.call, problem.field);
    const params: Record<string, string> = { field: name };
    for (const [key, value] of Object.entries(problem.params as Record<string, unknown>)) {
      let shown = String(value);
      if (typeof value === 'number' && key !== 'count' && definition.kind === 'number') {
        shown =
          definition.unit === 'months'
            ? t.forms.months({ count: value })
            : formatAmount(value, definition.unit.currency, language);
      } else if (definition.kind === 'date' && (key === 'min' || key === 'max')) {
        shown = localDate(String(value), language);
      }
      params[key] = shown;
    }
    const text = t.ideaForm.problems[problem.code] as (p: Record<string, string>) => string;
    return text(params);
  }

  private warningText(context: TurnContext, warning: FieldWarning): string {
    const { t } = turnOf(context);
    const field = t.ideaForm.fields[warning.field].name;
    return warning.code === 'notEnglish'
      ? t.ideaForm.warnings.notEnglish({ field, detected: t.ideaForm.languageNames[warning.params.detected] })
      : t.ideaForm.warnings.notIomAddress({ field, domain: warning.params.domain });
  }

  /** Every answer, per section, with an edit button each; submit only when nothing is missing. */
  private async showReview(context: TurnContext, draft: Draft): Promise<void> {
    const { t } = turnOf(context);
    const texts = t.ideaForm;
    const { call, clock } = this.services;
    const problems = validateSubmission(call, draft.answers, clock.now());
    const progress = sectionProgress(call, draft.answers);
    const card: IdeaReviewCardData = {
      title: texts.review.title,
      intro: `${texts.review.intro} ${texts.review.finalNote}`,
      status: problems.length
        ? `${texts.review.missing({ count: problems.length })} ${problems.map((p) => this.problemText(context, p)).join(' ')}`
        : texts.progress.allComplete,
      statusStyle: problems.length ? 'warning' : 'good',
      sections: SECTION_IDS.map((section, index) => ({
        id: section,
        title: texts.progress.section({ number: index + 1, total: SECTION_IDS.length, title: texts.sections[section].title }),
        state: progress[index].complete ? '✔' : texts.progress.fieldsLeft({ count: progress[index].left, number: index + 1 }),
        answers: this.reviewAnswers(context, draft, section),
        editLabel: texts.review.editSection({ title: texts.sections[section].title }),
        revision: draft.revision,
      })),
      canSubmit: problems.length === 0,
      submitLabel: texts.actions.submit,
      revision: draft.revision,
    };
    const text = [
      card.title,
      card.status,
      ...card.sections.map((section) =>
        [`${section.title} (${section.state})`, ...section.answers.map((a) => `- ${a.label}: ${a.value}`)].join('\n'),
      ),
      t.forms.reviewTextHint,
    ].join('\n\n');
    await sendCardOrText(context, renderIdeaReviewCard(card), text);
  }

  /** The answers of one section as a reader sees them (option titles, formatted amounts). */
  private reviewAnswers(context: TurnContext, draft: Draft, section: SectionId) {
    const { t, language } = turnOf(context);
    const texts = t.ideaForm;
    const definition = formDefinition(this.services.call).sections.find((entry) => entry.id === section)!;
    return definition.fields
      .filter((field) => isFieldApplicable(this.services.call, field.id, draft.answers))
      .map((field) => {
        const value = draft.answers[field.id];
        let shown = rawFromAnswer(value);
        if ('options' in field && shown) {
          const titles = new Map(field.options.map((option) => [option.id, option.label[language]]));
          shown = shown
            .split(',')
            .map((id) => titles.get(id) ?? id)
            .join('; ');
        } else if (field.kind === 'number' && typeof value === 'number') {
          shown = field.unit === 'months' ? t.forms.months({ count: value }) : formatAmount(value, field.unit.currency, language);
        } else if (field.kind === 'date' && shown) {
          shown = localDate(shown, language);
        }
        return { label: texts.fields[field.id].name, value: shorten(shown) || texts.review.notAnswered };
      });
  }

  /** The confirmation: reference number and a summary (also for a draft already submitted). */
  private async showSubmitted(context: TurnContext, draft: Draft, justNow = false): Promise<void> {
    const { t, language } = turnOf(context);
    const { call } = this.services;
    const reference = draft.reference ?? '';
    const a = draft.answers;
    const facts = [
      { label: t.forms.submittedFacts.title, value: a.title ?? '' },
      { label: t.forms.submittedFacts.office, value: [a.officeName, a.countryOrRegion].filter(Boolean).join(', ') },
      { label: t.forms.submittedFacts.budget, value: a.budgetUsd ? formatAmount(a.budgetUsd, call.currency, language) : '' },
      { label: t.forms.submittedFacts.duration, value: a.durationMonths ? t.forms.months({ count: a.durationMonths }) : '' },
      {
        label: t.forms.submittedFacts.submittedAt,
        value: formatDateTime(new Date(draft.updatedAt), language, call.timeline.timeZone),
      },
    ];
    const next = justNow
      ? t.ideaForm.review.submitted({ reference, mailbox: call.contact.mailbox })
      : t.ideaForm.review.readOnly({ reference });
    const card = { title: t.forms.submittedTitle, reference, facts, next };
    const text = [card.title, reference, numberedList(facts.map((f) => `${f.label}: ${f.value}`)), next].join('\n');
    await sendCardOrText(context, renderIdeaConfirmationCard(card), text);
  }
}

/** Longest answer the review card shows in full; the rest is in the draft (keeps the card well under Teams' size limit). */
const REVIEW_ANSWER_CHARS = 600;

function shorten(text: string): string {
  return text.length > REVIEW_ANSWER_CHARS ? `${text.slice(0, REVIEW_ANSWER_CHARS).trimEnd()}…` : text;
}

/** A calendar date (YYYY-MM-DD) written for the reader: "1 March 2025". */
function localDate(isoDate: string, language: Language): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? formatDate(new Date(`${isoDate}T12:00:00Z`), language, 'UTC') : isoDate;
}

/** Longest typed value kept in the dialog state to show again (the form's limits are far lower). */
const MAX_TYPED = 5000;

/** A typed value as kept in dialog state: no control characters (the store refuses NUL), bounded. */
function typedValue(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').slice(0, MAX_TYPED);
}
