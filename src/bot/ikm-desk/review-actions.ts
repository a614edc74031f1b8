import { createHash } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { type DecisionAnnouncement, decisionMessagePrefix, type DecisionKind, MAX_DECISION_NOTE, previewFingerprint, type ReviewRefusal } from '../../desk';
import { type Language, messages } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import { formatReference, type Submission } from '../../ideas';
import { sendCardOrText } from '../replies';
import { DeskSubmit, renderDecisionFormCard, renderPanelCard, renderReferencesCard } from './cards';
import { type DeskDependencies, deskZone } from './dependencies';
import { DESK_LANGUAGE, deskTexts, deskTurn } from './desk-language';

/** A short fingerprint of a recorded decision: any change to it (outcome, note, approvals, time) changes it. */
const fingerprint = (decision: object): string => createHash('sha256').update(JSON.stringify(decision)).digest('base64url').slice(0, 22);

/** What a decision form opened on an idea with no decision carries as `seen`. */
const NO_DECISION = 'none';

/** Most ideas a preview lists by name (the counts are always complete). */
const PREVIEW_LISTED = 25;

/**
 * The shortlist and the funding decisions: from a submission's card, or a pasted list of references
 * (checked, previewed, confirmed); and the announcement of each decision to every team concerned.
 */
/** What a funding decision form held when it was sent. */
interface TypedDecision {
  outcome?: 'funded' | 'not-funded';
  approvals: string[];
  note?: string;
}

export class ReviewActions {
  constructor(
    private readonly deps: DeskDependencies,
    /** Shows a submission's card again after a change, to the administrator who made it (the submissions view). */
    private readonly reopen: (context: TurnContext, reference: string, adminId: string) => Promise<void>,
  ) {}

  /**
   * "Shortlist" / "Remove from shortlist" on a submission's card. Removing an idea whose funding
   * decision is recorded removes the decision and its approvals too: that is asked first, and the
   * answer holds for that decision only (`confirmedDecision`, its fingerprint): a decision recorded
   * or changed since is asked about again.
   */
  async setShortlisted(context: TurnContext, reference: string, on: boolean, adminId: string, confirmedDecision?: string): Promise<void> {
    // An older card's button once the shortlist is announced: refused at once, not asked about first.
    const announced = await this.deps.review.refusalOnceAnnounced('shortlist');
    if (announced) return this.refused(context, announced);
    const before = on ? undefined : (await this.deps.review.status(reference))?.decision;
    if (before && fingerprint(before) !== confirmedDecision) {
      const d = deskTexts.desk.decision;
      const warning = d.dropWithShortlist({ reference, outcome: before.outcome === 'funded' ? d.funded : d.notFunded });
      const card = renderPanelCard({
        title: d.dropTitle({ reference }),
        subtitle: warning,
        notes: [],
        groups: [],
        rows: [],
        actions: [
          { title: d.dropConfirm, data: { verb: 'desk.shortlist.set', reference, on: false, decision: fingerprint(before) } },
          { title: d.dropKeep, data: { verb: 'desk.submission.open', reference } },
        ],
        links: [],
      });
      await sendCardOrText(context, card, warning);
      return;
    }
    const result = await this.deps.review.setShortlisted(reference, on, adminId);
    if (!result.ok) return this.refused(context, result);
    if (result.changed) await this.deps.audit.record({ by: adminId, action: on ? 'shortlist.add' : 'shortlist.remove', target: reference });
    // Off the shortlist, an idea's funding decision goes too: say so, it is not on the card any more.
    if (result.changed && before) {
      const d = deskTexts.desk.decision;
      await context.sendActivity(d.droppedWithShortlist({ reference, outcome: before.outcome === 'funded' ? d.funded : d.notFunded }));
    } else if (result.changed) {
      // Said, not only shown by the card's button turning over: what changed and what it means.
      // (One idea per team: the teams on the shortlist are its ideas.)
      const total = (await this.deps.review.shortlistedTeams()).length;
      await context.sendActivity(deskTexts.desk.shortlist.set({ reference, on, total }));
    }
    await this.reopen(context, reference, adminId);
  }

  /** The card to paste reference numbers into. */
  async showPaste(context: TurnContext, value = ''): Promise<void> {
    if (await this.shortlistHolds(context)) return;
    const d = deskTexts.desk.shortlist;
    const card = renderReferencesCard({ title: d.pasteTitle, intro: d.pasteIntro, label: d.pasteLabel, required: d.pasteRequired, value, checkLabel: d.check, cancelLabel: deskTexts.desk.actions.cancel });
    await sendCardOrText(context, card, d.cardsOnly);
  }

  /** Checks each pasted reference and shows who will be on the shortlist; nothing changes yet. */
  async check(context: TurnContext, text: string): Promise<void> {
    if (await this.shortlistHolds(context)) return;
    const { t } = deskTurn();
    const d = t.desk.shortlist;
    const { found, unknown, notUnderstood } = await this.deps.review.checkReferences(text);
    const example = formatReference(this.deps.call.id, 7);
    const unclear = notUnderstood.length ? [d.notUnderstood({ pieces: notUnderstood.join(', '), example })] : [];
    if (found.length === 0) {
      await context.sendActivity([unknown.length ? d.noneFound({ unknown: unknown.join(', ') }) : d.noReferences({ example }), ...unclear].join(' '));
      await this.showPaste(context, text.slice(0, 20_000));
      return;
    }
    const statuses = await this.deps.review.statuses();
    const already = found.filter((submission) => statuses.get(submission.reference)?.shortlisted);
    const card = renderPanelCard({
      title: d.previewTitle({ count: found.length }),
      subtitle: d.previewIntro,
      notes: [
        ...(unknown.length ? [d.unknown({ references: unknown.join(', ') })] : []),
        ...unclear,
        ...(already.length ? [d.already({ count: already.length })] : []),
      ],
      groups: [],
      rows: found.slice(0, PREVIEW_LISTED).map((submission) => this.row(submission)),
      actions: [
        { title: d.confirm({ count: found.length }), data: { verb: 'desk.shortlist.confirm', references: found.map((submission) => submission.reference) } },
        { title: t.desk.actions.back, data: { verb: 'desk.home' } },
      ],
      links: [],
    });
    await sendCardOrText(context, card, d.cardsOnly);
  }

  /** Puts every confirmed reference on the shortlist (each still checked: the list may be old). */
  async confirm(context: TurnContext, references: readonly string[], adminId: string): Promise<void> {
    const d = deskTexts.desk.shortlist;
    let added = 0;
    const refused: string[] = [];
    for (const reference of references) {
      const result = await this.deps.review.setShortlisted(reference, true, adminId);
      if (!result.ok) {
        if (result.reason === 'announced') return this.refused(context, result);
        refused.push(reference);
      } else if (result.changed) {
        added += 1;
        await this.deps.audit.record({ by: adminId, action: 'shortlist.add', target: reference });
      }
    }
    const total = (await this.deps.review.shortlistedTeams()).length;
    await context.sendActivity(d.done({ added, total, refused: refused.join(', ') }));
  }

  /**
   * The funding decision form of a shortlisted idea: the decision on record, or what was `typed` in
   * a form that could not be saved, with the `problem` above it (nothing typed is lost).
   */
  async showDecisionForm(context: TurnContext, reference: string, typed?: TypedDecision, problem?: string): Promise<void> {
    const { t } = deskTurn();
    const d = t.desk.decision;
    const [submission, status] = await Promise.all([this.deps.ideas.getSubmission(reference), this.deps.review.status(reference)]);
    if (!submission) return this.refused(context, { ok: false, reason: 'not-found' });
    if (!status?.shortlisted) return this.refused(context, { ok: false, reason: 'not-shortlisted' });
    // Announced (or scheduled), the decisions hold: said before anything is written; a note typed on
    // an older form is given back.
    const announced = await this.deps.review.announcement('funding');
    if (announced) {
      await this.refused(context, { ok: false, reason: 'announced', kind: 'funding', at: new Date(announced.madeAt), tellAt: new Date(announced.tellAt) }, announced);
      if (typed?.note?.trim()) await context.sendActivity(d.noteGivenBack({ note: typed.note.trim() }));
      return;
    }
    const approved = (approverId: string) => (typed ? typed.approvals.includes(approverId) : Boolean(status.decision?.approvals[approverId]));
    // Funding is decided on the full proposal: say so when none was handed in here (it may have come by e-mail).
    const proposal = await this.deps.proposalOf(reference);
    // Recorded before the proposals close, a decision may come before the team's last version.
    const { proposalDeadline } = this.deps.call.timeline;
    const early = this.deps.clock.now().getTime() <= proposalDeadline.getTime() ? [d.beforeDeadline({ date: formatDateTime(proposalDeadline, DESK_LANGUAGE, deskZone(this.deps)) })] : [];
    const card = renderDecisionFormCard({
      title: d.title({ reference }),
      seen: status.decision ? fingerprint(status.decision) : NO_DECISION,
      intro: [problem ? `${problem} ${d.keptBelow}` : '', submission.answers.title ?? '', ...(proposal?.files.length ? [] : [d.noProposal]), ...early]
        .filter(Boolean)
        .join('\n\n'),
      reference,
      outcomeLabel: d.outcome,
      outcome: (typed ? typed.outcome : status.decision?.outcome) ?? '',
      outcomes: [
        { title: d.funded, value: 'funded' },
        { title: d.notFunded, value: 'not-funded' },
      ],
      approvalsLabel: d.approvals,
      approvers: this.deps.call.fundingApprovers.map((approver) => ({
        id: `approval:${approver.id}`,
        title: d.approvedBy({ approver: approver.title.en }),
        value: approved(approver.id) ? 'true' : 'false',
      })),
      noteLabel: d.note({ max: MAX_DECISION_NOTE }),
      note: (typed ? typed.note : status.decision?.note) ?? '',
      required: d.required,
      saveLabel: d.save,
      cancelLabel: t.desk.actions.cancel,
    });
    await sendCardOrText(context, card, d.cardsOnly);
  }

  /** The reference of a sent decision form and what was chosen and written on it, to bring the form back. */
  typedDecision(data: DeskSubmit<'desk.decision.save'>): [reference: string, typed: TypedDecision] {
    const approvals = Object.entries(data)
      .filter(([key, value]) => key.startsWith('approval:') && value === 'true')
      .map(([key]) => key.slice('approval:'.length));
    return [data.reference, { outcome: data.outcome, approvals, note: data.note }];
  }

  async saveDecision(context: TurnContext, data: DeskSubmit<'desk.decision.save'>, adminId: string): Promise<void> {
    const d = deskTexts.desk.decision;
    const [, typed] = this.typedDecision(data);
    const { approvals } = typed;
    // A client that does not check the form's required choice sends none: the form comes back.
    if (!data.outcome) return this.showDecisionForm(context, data.reference, typed, d.outcomeMissing);
    // Another decision recorded since the form was opened is not overwritten unseen: said, and the
    // form comes back with what was chosen on it (its Save now replaces the one said).
    const recorded = (await this.deps.review.status(data.reference))?.decision;
    if (recorded && data.seen !== undefined && data.seen !== fingerprint(recorded)) {
      const outcome = recorded.outcome === 'funded' ? d.funded : d.notFunded;
      const at = formatDateTime(new Date(recorded.at), DESK_LANGUAGE, deskZone(this.deps));
      return this.showDecisionForm(context, data.reference, typed, d.changedSince({ reference: data.reference, outcome, at }));
    }
    const result = await this.deps.review.decide(data.reference, { outcome: data.outcome, approvals, note: data.note?.trim() || undefined }, adminId);
    if (!result.ok) {
      if (result.reason === 'approvals-missing') {
        const titles = result.missing.map((id) => this.deps.call.fundingApprovers.find((approver) => approver.id === id)?.title.en ?? id);
        return this.showDecisionForm(context, data.reference, typed, d.approvalsMissing({ approvers: titles.join('; ') }));
      }
      // Announced meanwhile: said, with the note written given back (the form says why it does not come).
      if (result.reason === 'announced' && result.kind === 'funding') return this.showDecisionForm(context, data.reference, typed);
      return this.refused(context, result);
    }
    await this.deps.audit.record({ by: adminId, action: 'decision.record', target: data.reference, detail: deskTexts.desk.audit.details.outcome[data.outcome] });
    await this.reopen(context, data.reference, adminId);
  }

  /**
   * Who will be told what when a decision is announced; the choice of when. `changed` says first
   * that the decisions moved since the preview an announcement was pressed on.
   */
  async preview(context: TurnContext, kind: DecisionKind, changed = false): Promise<void> {
    const { t, language } = deskTurn();
    const timeZone = deskZone(this.deps);
    const d = t.desk.announceDecision;
    const existing = await this.deps.review.announcement(kind);
    if (existing) return this.sendStanding(context, existing);
    const waitsFor = this.deps.review.announcementWaitsFor(kind);
    const tooLateSince = this.deps.review.announcementTooLateSince(kind);
    const preview = await this.deps.review.preview(kind);
    const seen = previewFingerprint(preview);
    const date = kind === 'shortlist' ? this.deps.call.timeline.shortlistAnnouncement : this.deps.call.timeline.fundingAnnouncement;
    const dateText = formatDate(date, language, deskZone(this.deps));
    const future = date.getTime() > this.deps.clock.now().getTime();
    const names = d.outcomes[kind];
    const list = (submissions: Submission[]) =>
      submissions.slice(0, PREVIEW_LISTED).map((submission) => `${submission.reference} ${submission.answers.title ?? ''}`).join('\n');
    const { note: unreached } = await this.unreachable([...preview.positive, ...preview.negative]);
    const card = renderPanelCard({
      title: d.title[kind],
      subtitle: d.intro[kind],
      notes: [
        ...(changed ? [d.changed] : []),
        ...(waitsFor ? [d.tooEarly[kind]({ date: formatDateTime(waitsFor, language, timeZone) })] : []),
        ...(tooLateSince ? [d.tooLate({ date: formatDateTime(tooLateSince, language, timeZone) })] : []),
        ...(preview.undecided.length ? [d.undecided({ count: preview.undecided.length, references: preview.undecided.map((s) => s.reference).join(', ') })] : []),
        ...unreached,
      ],
      groups: [],
      rows: [
        { text: names.positive({ count: preview.positive.length }), detail: list(preview.positive), actionTitle: '', actionData: {} },
        { text: names.negative({ count: preview.negative.length }), detail: list(preview.negative), actionTitle: '', actionData: {} },
      ],
      actions: waitsFor || tooLateSince || preview.undecided.length
        ? [{ title: t.desk.actions.back, data: { verb: 'desk.home' } }]
        : [
            ...(future ? [{ title: d.onDate({ date: dateText }), data: { verb: 'desk.decisions.announce', kind, when: 'date', preview: seen } }] : []),
            { title: d.now, data: { verb: 'desk.decisions.announce', kind, when: 'now', preview: seen } },
            { title: t.desk.actions.back, data: { verb: 'desk.home' } },
          ],
      links: [],
    });
    const text = [...(changed ? [d.changed] : []), d.title[kind], names.positive({ count: preview.positive.length }), names.negative({ count: preview.negative.length }), ...unreached, d.cardsOnly].join('\n\n');
    await sendCardOrText(context, card, text);
  }

  /** Announces the decision: every team concerned is told, on the date or now, through the outbox. */
  async announce(context: TurnContext, kind: DecisionKind, when: 'date' | 'now', seen: string | undefined, adminId: string): Promise<void> {
    const { t, language } = deskTurn();
    const timeZone = deskZone(this.deps);
    const d = t.desk.announceDecision;
    const now = this.deps.clock.now();
    const date = kind === 'shortlist' ? this.deps.call.timeline.shortlistAnnouncement : this.deps.call.timeline.fundingAnnouncement;
    const tellAt = when === 'date' && date.getTime() > now.getTime() ? date : now;
    const result = await this.deps.review.announce(kind, tellAt, adminId, seen);
    if (!result.ok && result.reason === 'too-early') {
      await context.sendActivity(d.tooEarly[kind]({ date: formatDateTime(result.deadline, language, timeZone) }));
      return;
    }
    if (!result.ok && result.reason === 'too-late') {
      await context.sendActivity(d.tooLate({ date: formatDateTime(result.deadline, language, timeZone) }));
      return;
    }
    // A decision changed since the preview (here or by a colleague): nobody is told; the list as it stands now.
    if (!result.ok && result.reason === 'changed') return this.preview(context, kind, true);
    if (!result.ok) {
      await context.sendActivity(d.undecided({ count: result.undecided.length, references: result.undecided.map((s) => s.reference).join(', ') }));
      return;
    }
    const { announcement } = result;
    if (!result.first) return this.sendStanding(context, announcement);
    // The log is IKM's, read by every admin: its words are English and its dates in the call's zone.
    const from = formatDateTime(new Date(announcement.tellAt), DESK_LANGUAGE, deskZone(this.deps));
    const detail = deskTexts.desk.audit.details.announced[kind]({ positive: announcement.positive, negative: announcement.negative, from });
    const scheduled = new Date(announcement.tellAt).getTime() > now.getTime();
    await this.deps.audit.record({ by: adminId, action: scheduled ? 'decision.schedule' : 'decision.announce', target: kind, detail });
    this.deps.sendSoon();
    if (tellAt !== now) return this.sendStanding(context, announcement);
    // Those it has no chat with are not "being told": named instead, for IKM to tell some other way.
    const told = await this.deps.review.preview(kind);
    const { owners, note } = await this.unreachable([...told.positive, ...told.negative]);
    const reached = (submissions: Submission[]) => submissions.filter((submission) => !owners.has(submission.ownerId)).length;
    await context.sendActivity([d.made({ positive: reached(told.positive), negative: reached(told.negative) }), ...note].join('\n\n'));
  }

  /**
   * The teams of a decision the assistant has no chat with (their focal point never chatted with it,
   * removed it, or deleted their data), named so that IKM tells them some other way: the outbox drops
   * their messages: their owners, and the note that names them (none when every team can be reached).
   */
  private async unreachable(submissions: Submission[]): Promise<{ owners: Set<string>; note: string[] }> {
    const owners = await this.deps.announcements.unreachable(submissions.map((submission) => submission.ownerId));
    const references = submissions.filter((submission) => owners.has(submission.ownerId)).map((submission) => submission.reference).sort();
    if (references.length === 0) return { owners, note: [] };
    const { t } = deskTurn();
    const more = Math.max(0, references.length - PREVIEW_LISTED);
    return { owners, note: [t.desk.announceDecision.unreachable({ count: references.length, references: references.slice(0, PREVIEW_LISTED).join(', '), more })] };
  }

  /**
   * Where an announcement stands: scheduled for a later day, with **Call off the announcement** (so
   * "you can call it off here" has its button), else told, in words. `lead` comes first (why an
   * action was refused).
   */
  private async sendStanding(context: TurnContext, announcement: DecisionAnnouncement, lead?: string): Promise<void> {
    const { t } = deskTurn();
    const d = t.desk.announceDecision;
    const standing = lead ?? this.standing(context, announcement);
    if (!this.isScheduled(announcement)) return void (await context.sendActivity(standing));
    const card = renderPanelCard({
      title: d.title[announcement.kind],
      subtitle: standing,
      notes: [],
      groups: [],
      rows: [],
      actions: [
        { title: d.callOff, data: { verb: 'desk.decisions.calloff', kind: announcement.kind } },
        { title: t.desk.actions.back, data: { verb: 'desk.home' } },
      ],
      links: [],
    });
    await sendCardOrText(context, card, standing);
  }

  /** Calls off a decision announcement made for a later day: nobody is told, its queued messages go, decisions may change. */
  async callOff(context: TurnContext, kind: DecisionKind, adminId: string): Promise<void> {
    const { t, language } = deskTurn();
    const timeZone = deskZone(this.deps);
    const d = t.desk.announceDecision;
    const result = await this.deps.review.callOff(kind, adminId);
    if (!result.ok) {
      await context.sendActivity(result.reason === 'told' ? d.cannotCallOff({ date: formatDateTime(result.at, language, timeZone) }) : d.nothingScheduled);
      return;
    }
    const dropped = await this.deps.outbox.dropPending(decisionMessagePrefix(this.deps.call.id, kind), 'called-off', this.deps.clock.now());
    await this.deps.audit.record({ by: adminId, action: 'decision.calloff', target: kind, detail: deskTexts.desk.audit.details.announcementCalledOff({ count: dropped }) });
    await context.sendActivity(d.calledOff[kind]);
  }

  /**
   * Once the shortlist is announced (or scheduled), a pasted list cannot change it: said at once,
   * rather than after the check offers "Shortlist it". True when that was said.
   */
  private async shortlistHolds(context: TurnContext): Promise<boolean> {
    const announcement = await this.deps.review.announcement('shortlist');
    if (!announcement) return false;
    await this.refused(context, {
      ok: false,
      reason: 'announced',
      kind: 'shortlist',
      at: new Date(announcement.madeAt),
      tellAt: new Date(announcement.tellAt),
    });
    return true;
  }

  /** Whether an announcement is for a day still to come: nobody is told yet, and it can be called off. */
  private isScheduled(announcement: DecisionAnnouncement): boolean {
    return Date.parse(announcement.tellAt) > this.deps.clock.now().getTime();
  }

  /** Where an announcement stands, in words: scheduled for its day, or made (teams told from when). */
  private standing(context: TurnContext, announcement: DecisionAnnouncement): string {
    const { t, language } = deskTurn();
    const timeZone = deskZone(this.deps);
    const d = t.desk.announceDecision;
    const counts = { positive: announcement.positive, negative: announcement.negative };
    return this.isScheduled(announcement)
      ? d.scheduled({ date: this.day(announcement.tellAt, language), ...counts })
      : d.already({ date: formatDateTime(new Date(announcement.tellAt), language, timeZone), ...counts });
  }

  /** The day teams are told (each at its own morning hour), in the call's zone. */
  private day(at: string, language: Language): string {
    return formatDate(new Date(at), language, deskZone(this.deps));
  }

  private row(submission: Submission) {
    const a = submission.answers;
    return {
      text: `${submission.reference} · ${a.title ?? ''}`,
      detail: [a.officeName, a.countryOrRegion].filter(Boolean).join(', '),
      actionTitle: '',
      actionData: {},
    };
  }

  /** Says why an action was refused; `announcement` is the one an 'announced' refusal names, when already read. */
  private async refused(context: TurnContext, refusal: ReviewRefusal, announcement?: DecisionAnnouncement): Promise<void> {
    const { t, language } = deskTurn();
    const timeZone = deskZone(this.deps);
    const d = t.desk.refusals;
    switch (refusal.reason) {
      case 'not-found':
        return void (await context.sendActivity(d.notFound));
      case 'not-shortlisted':
        return void (await context.sendActivity(d.notShortlisted));
      case 'announced': {
        // Made for a later day, it can still be called off (its button is there); once teams are told, it holds.
        if (refusal.tellAt.getTime() <= this.deps.clock.now().getTime()) {
          return void (await context.sendActivity(d.announced[refusal.kind]({ date: formatDateTime(refusal.tellAt, language, timeZone) })));
        }
        const standing = announcement ?? (await this.deps.review.announcement(refusal.kind));
        const text = d.scheduled[refusal.kind]({ date: this.day(refusal.tellAt.toISOString(), language) });
        return standing ? this.sendStanding(context, standing, text) : void (await context.sendActivity(text));
      }
      case 'approvals-missing':
        return void (await context.sendActivity(t.desk.decision.approvalsMissing({ approvers: refusal.missing.join('; ') })));
    }
  }
}

