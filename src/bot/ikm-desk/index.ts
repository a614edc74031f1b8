import type { TurnContext } from 'botbuilder';
import type { People } from '../../people';
import { messages } from '../../i18n';
import { MAX_DECISION_NOTE } from '../../desk';
import { AnnouncementsView } from './announcements-view';
import { DeskSubmit, DeskVerb } from './cards';
import { Dashboard } from './dashboard';
import { ExportsView } from './exports-view';
import type { DeskDependencies } from './dependencies';
import { QuestionsAndAudit } from './questions-and-audit';
import { ReviewActions } from './review-actions';
import { SessionsView } from './sessions-view';
import { SubmissionsView } from './submissions-view';
import { deskTexts } from './desk-language';

export { deskSubmitSchemas } from './cards';
export type { DeskVerb } from './cards';
export type { DeskDependencies } from './dependencies';
export { deskZone } from './dependencies';
export { SubmissionNotices } from './submission-notices';
export { buildTeamMessage } from './team-messages';

/**
 * The IKM desk: IKM administrators' side of the call, in Teams. Every handler here runs only after
 * the admin guard (see `app.ts`); each one that changes something writes to the audit log.
 */
export function createDeskFeature(deps: DeskDependencies, people: People) {
  const dashboard = new Dashboard(deps);
  const submissions = new SubmissionsView(deps, people);
  const review = new ReviewActions(deps, (context, reference, adminId) => submissions.open(context, reference, adminId));
  const announcements = new AnnouncementsView(deps, people);
  const queueAndAudit = new QuestionsAndAudit(deps, people);
  const exportsView = new ExportsView(deps);
  const sessionsView = new SessionsView(deps);

  /** Runs a desk verb for an administrator (`adminId`), its data already checked by its schema. */
  async function handle<V extends DeskVerb>(context: TurnContext, verb: V, data: DeskSubmit<V>, adminId: string): Promise<void> {
    const submit = data as DeskSubmit<DeskVerb>;
    switch (verb) {
      case 'desk.home':
        return dashboard.show(context);
      case 'desk.cancel':
        return void (await context.sendActivity(deskTexts.desk.formCancelled));
      case 'desk.submissions': {
        const { page, objective, officeType, status, search } = submit as DeskSubmit<'desk.submissions'>;
        return submissions.list(context, { objective, officeType, status, search }, page);
      }
      case 'desk.submission.open':
        return submissions.open(context, (submit as DeskSubmit<'desk.submission.open'>).reference, adminId);
      case 'desk.shortlist.set': {
        const { reference, on, decision } = submit as DeskSubmit<'desk.shortlist.set'>;
        return review.setShortlisted(context, reference, on, adminId, decision);
      }
      case 'desk.shortlist.paste':
        return review.showPaste(context);
      case 'desk.shortlist.check':
        return review.check(context, (submit as DeskSubmit<'desk.shortlist.check'>).references);
      case 'desk.shortlist.confirm':
        return review.confirm(context, (submit as DeskSubmit<'desk.shortlist.confirm'>).references, adminId);
      case 'desk.decision.form':
        return review.showDecisionForm(context, (submit as DeskSubmit<'desk.decision.form'>).reference);
      case 'desk.decision.save':
        return review.saveDecision(context, submit as DeskSubmit<'desk.decision.save'>, adminId);
      case 'desk.decisions.preview':
        return review.preview(context, (submit as DeskSubmit<'desk.decisions.preview'>).kind);
      case 'desk.decisions.announce': {
        const { kind, when, preview } = submit as DeskSubmit<'desk.decisions.announce'>;
        return review.announce(context, kind, when, preview, adminId);
      }
      case 'desk.decisions.calloff':
        return review.callOff(context, (submit as DeskSubmit<'desk.decisions.calloff'>).kind, adminId);
      case 'desk.announce.form': {
        const { verb: _verb, ...fields } = submit as DeskSubmit<'desk.announce.form'>;
        return announcements.showForm(context, fields);
      }
      case 'desk.announce.preview': {
        const { verb: _verb, ...fields } = submit as DeskSubmit<'desk.announce.preview'>;
        return announcements.preview(context, fields);
      }
      case 'desk.announce.send': {
        const { verb: _verb, previewId, ...fields } = submit as DeskSubmit<'desk.announce.send'>;
        return announcements.send(context, fields, previewId, adminId);
      }
      case 'desk.announcements':
        return announcements.list(context);
      case 'desk.announce.report':
        return announcements.report(context, (submit as DeskSubmit<'desk.announce.report'>).id);
      case 'desk.announce.cancel':
        return announcements.cancel(context, (submit as DeskSubmit<'desk.announce.cancel'>).id, adminId);
      case 'desk.questions':
        return queueAndAudit.showQueue(context);
      case 'desk.question.open':
        return queueAndAudit.openQuestion(context, (submit as DeskSubmit<'desk.question.open'>).ticketId);
      case 'desk.audit':
        return queueAndAudit.showAudit(context, adminId);
      case 'desk.exports':
        return exportsView.show(context, adminId);
      case 'desk.sessions':
        return sessionsView.list(context);
      case 'desk.session.open':
        return sessionsView.open(context, (submit as DeskSubmit<'desk.session.open'>).sessionId);
    }
    await context.sendActivity(deskTexts.cards.unknownAction);
  }

  /**
   * A desk form sent with a box left empty or past its limit (`readSubmit`): the form comes back
   * with what was written and `problem` above it. False for a verb with no such form.
   */
  async function handleUnfinished<V extends DeskVerb>(context: TurnContext, verb: V, data: DeskSubmit<V>, problem: string): Promise<boolean> {
    switch (verb) {
      case 'desk.announce.preview':
      case 'desk.announce.send': {
        const { verb: _verb, ...fields } = data as DeskSubmit<'desk.announce.preview'>;
        await announcements.showForm(context, fields, [problem]);
        return true;
      }
      case 'desk.decision.save':
        await review.showDecisionForm(context, ...review.typedDecision(data as DeskSubmit<'desk.decision.save'>), problem);
        return true;
      case 'desk.shortlist.check':
        await context.sendActivity(problem);
        await review.showPaste(context, (data as DeskSubmit<'desk.shortlist.check'>).references);
        return true;
      default:
        return false;
    }
  }

  /** The labels of a desk form's boxes, to name the one to put right (the desk is in English). */
  function fieldLabels(verb: DeskVerb): Readonly<Record<string, string>> {
    const d = deskTexts.desk;
    switch (verb) {
      case 'desk.announce.preview':
      case 'desk.announce.send':
        return { textEn: d.announce.english, textFr: d.announce.french, textEs: d.announce.spanish };
      case 'desk.decision.save':
        return { note: d.decision.note({ max: MAX_DECISION_NOTE }) };
      case 'desk.shortlist.check':
        return { references: d.shortlist.pasteLabel };
      case 'desk.submissions':
        return { search: d.submissions.search };
      default:
        return {};
    }
  }

  return { dashboard, handle, handleUnfinished, fieldLabels };
}
export type DeskFeature = ReturnType<typeof createDeskFeature>;
