import type { AuditAction, Audience } from '../../desk';

/**
 * The IKM desk in English, the IKM unit's working language (as the question cards in its channel).
 * French and Spanish point here too: the desk is read by the unit, not by applicants.
 */
/** The two ways to announce a decision, as the preview explains them. */
const WHEN_TOLD = 'On the date, each team hears it at its own morning hour; now, every team at once, whatever the hour where it is.';

export const desk = {
  actions: {
    submissions: 'Submissions',
    shortlist: 'Shortlist by reference',
    announceShortlist: 'Announce the shortlist',
    announceFunding: 'Announce funding',
    announce: 'New announcement',
    announcements: 'Announcements sent',
    questions: 'Question queue',
    sessions: 'Clinics and workshops',
    exports: 'Exports',
    audit: 'Audit log',
    back: 'IKM desk',
    cancel: 'Cancel',
  },
  /** After Cancel on a desk form. */
  formCancelled: 'Closed: nothing was saved or sent. Type "desk" to open the IKM desk again.',

  sessions: {
    title: (p: { count: number }) => (p.count === 1 ? 'Clinics and workshops: 1 session to come' : `Clinics and workshops: ${p.count} sessions to come`),
    intro: (p: { zone: string }) => `Soonest first, times in the call's zone (${p.zone}). "Manage" opens a session: edit it, see who attends, cancel it.`,
    none: 'No session is to come. "Create a session" adds one.',
    more: (p: { shown: number; count: number }) => `The first ${p.shown} of ${p.count} are listed; "edit session <id>" reaches any.`,
    seats: (p: { taken: number; capacity: number; waiting: number }) =>
      `${p.taken} of ${p.capacity} ${p.capacity === 1 ? 'seat' : 'seats'} taken${p.waiting ? `, ${p.waiting} waiting` : ''}`,
    cancelled: 'Cancelled',
    manage: 'Manage',
    create: 'Create a session',
    edit: 'Edit',
    attendees: 'Attendees',
    cancel: 'Cancel the session…',
    back: 'All sessions',
    typed: 'Typed commands do the same: create session, edit session <id>, attendees <id>, cancel session <id>.',
    facts: { when: 'When', where: 'Where', kind: 'Kind', audience: 'For', seats: 'Seats', booking: 'Booking' },
    bookingWindow: (p: { opens: string; closes: string }) => `open from ${p.opens} to ${p.closes}`,
  },

  dashboard: {
    title: (p: { call: string }) => `IKM desk: ${p.call}`,
    computed: (p: { at: string }) => `Figures computed from the stored data on ${p.at}.`,
    eligibility: 'Eligibility checks (latest per person)',
    checks: 'Checks',
    eligible: 'Eligible',
    notYet: 'Not yet',
    notEligible: 'Not eligible',
    ideas: 'Ideas',
    draftsStarted: 'Drafts started',
    draftsInProgress: 'Drafts in progress',
    draftsAbandoned: 'Drafts abandoned (untouched for 14 days, or past the deadline)',
    submitted: 'Submitted',
    shortlisted: 'Shortlisted',
    proposals: 'Proposals handed in',
    funded: 'Funded',
    byObjective: 'Submissions by strategic objective',
    byPriority: 'Submissions by cross-cutting priority',
    byOfficeType: 'Submissions by type of office',
    byPlace: 'Submissions by country or region (as written)',
    support: 'Clinics, workshops, questions and reminders',
    seatsTaken: 'Seats taken in clinics and workshops',
    waitlisted: 'Waitlist places',
    openQuestions: 'Open questions for IKM',
    remindersSent: 'Reminders sent',
    remindersFailed: 'Reminders failed',
    remindersPending: 'Reminders pending',
  },

  submissions: {
    title: 'Submissions',
    summary: (p: { shown: number; total: number; page: number; pages: number }) =>
      `${p.shown} of ${p.total} submissions match. Page ${p.page} of ${p.pages}.`,
    objective: 'Strategic objective',
    officeType: 'Type of office',
    status: 'Status',
    any: 'All',
    /** (As a filter, "submitted" is every idea not on the shortlist.) */
    statuses: { submitted: 'Not shortlisted', shortlisted: 'Shortlisted', funded: 'Funded', 'not-funded': 'Not funded' },
    /** An idea's status before the shortlist is announced, when not ticked: no decision yet. */
    submittedOnly: 'Submitted',
    search: 'Reference, words of the title, office or country',
    searchPlaceholder: (p: { example: string }) => `e.g. ${p.example} or solar`,
    show: 'Show',
    none: 'No submission matches.',
    open: 'Open',
    previous: 'Previous page',
    next: 'Next page',
  },

  submission: {
    shortlist: 'Shortlist',
    unshortlist: 'Remove from shortlist',
    decide: 'Record funding decision',
    backToList: 'All submissions',
    decisionBy: (p: { by: string; at: string }) => `decision recorded by ${p.by} on ${p.at}`,
    approvals: (p: { approvers: string }) => `approved by: ${p.approvers}`,
    submittedAt: 'Submitted on',
    submittedBy: 'Submitted by',
    office: 'Office',
    budget: 'Budget',
    note: 'Decision note',
    pdf: 'Download PDF',
    proposal: 'Proposal',
    proposalDownload: 'Download the proposal',
    /** When a team handed in more than one version. */
    proposalVersion: (p: { version: number; latest: boolean }) => (p.latest ? `Proposal, version ${p.version} (the latest)` : `Proposal, version ${p.version}`),
    proposalDownloadVersion: (p: { version: number }) => `Download version ${p.version}`,
  },

  shortlist: {
    pasteTitle: 'Shortlist by reference',
    pasteIntro: 'Paste the reference numbers of the ideas to shortlist, in any form (one per line, or separated by commas). You will see them before anything changes.',
    pasteLabel: 'Reference numbers',
    pasteRequired: 'Paste at least one reference number.',
    check: 'Check',
    cardsOnly: 'The IKM desk works with cards: open it in Teams.',
    noReferences: (p: { example: string }) => `I found no reference number (each is written like ${p.example}, with its own number) in what you pasted.`,
    noneFound: (p: { unknown: string }) => `None of these is a submission of this call: ${p.unknown}.`,
    previewTitle: (p: { count: number }) => (p.count === 1 ? '1 idea will be on the shortlist' : `${p.count} ideas will be on the shortlist`),
    previewIntro: 'Nobody is told yet: teams hear about the shortlist when you announce it.',
    unknown: (p: { references: string }) => `Not submissions of this call, left out: ${p.references}.`,
    notUnderstood: (p: { pieces: string; example: string }) => `Not read as reference numbers, left out: ${p.pieces} (a reference is written like ${p.example}, with its own number).`,
    already: (p: { count: number }) => (p.count === 1 ? '1 of them is already shortlisted.' : `${p.count} of them are already shortlisted.`),
    confirm: (p: { count: number }) => (p.count === 1 ? 'Shortlist it' : `Shortlist these ${p.count}`),
    /** One idea put on the shortlist, or taken off it, from its card (the card comes again below). */
    set: (p: { reference: string; on: boolean; total: number }) =>
      `${p.reference} is ${p.on ? 'on' : 'off'} the shortlist: ${p.total === 1 ? '1 idea is' : `${p.total} ideas are`} on it now. Nobody is told until you announce it.`,
    done: (p: { added: number; total: number; refused: string }) =>
      `Done: ${p.added} added; ${p.total} on the shortlist now.${p.refused ? ` Not found: ${p.refused}.` : ''}`,
  },

  decision: {
    title: (p: { reference: string }) => `Funding decision: ${p.reference}`,
    outcome: 'Decision',
    funded: 'Funded',
    notFunded: 'Not funded',
    noProposal: 'No full proposal was handed in for this idea in the assistant (check the mailbox before deciding).',
    beforeDeadline: (p: { date: string }) => `Proposals can still be handed in until ${p.date}: if you record a decision now, the team may still send a newer version after it.`,
    dropTitle: (p: { reference: string }) => `Remove ${p.reference} from the shortlist?`,
    dropWithShortlist: (p: { reference: string; outcome: string }) =>
      `${p.reference} has a funding decision (${p.outcome}). Taking it off the shortlist deletes that decision, its approvals and its note.`,
    dropConfirm: 'Remove it and its decision',
    dropKeep: 'Keep it on the shortlist',
    droppedWithShortlist: (p: { reference: string; outcome: string }) =>
      `${p.reference} is off the shortlist, and its funding decision (${p.outcome}, with its approvals and note) was removed with it.`,
    approvals: 'Approvals received (the call requires each one for funding)',
    approvedBy: (p: { approver: string }) => `Approved by the ${p.approver}`,
    note: (p: { max: number }) => `Note (optional, up to ${p.max} characters, kept with the decision for IKM; the team does not see it)`,
    required: 'Choose a decision.',
    save: 'Save the decision',
    cardsOnly: 'The IKM desk works with cards: open it in Teams.',
    approvalsMissing: (p: { approvers: string }) => `A "funded" decision needs every approval. Missing: ${p.approvers}. Nothing was saved.`,
    outcomeMissing: 'Choose Funded or Not funded. Nothing was saved.',
    /** Save pressed on a form opened before another decision was recorded (another admin's, or an older form of one's own). */
    changedSince: (p: { reference: string; outcome: string; at: string }) =>
      `Another decision was recorded for ${p.reference} after this form was opened (${p.outcome}, on ${p.at}), so nothing was saved. Press Save again to replace it with what you chose.`,
    noteGivenBack: (p: { note: string }) => `Nothing was saved. The note you wrote, to keep if you wish:\n\n${p.note}`,
    /** Beside a problem above the form it came back with. */
    keptBelow: 'The form below keeps what you wrote.',
  },

  announceDecision: {
    title: { shortlist: 'Announce the shortlist', funding: 'Announce the funding decisions' },
    intro: {
      shortlist: `Every team that submitted an idea is told in its own language: shortlisted (with the proposal deadline and the clinics) or not. Once announced, the shortlist no longer changes. ${WHEN_TOLD}`,
      funding: `Every shortlisted team is told in its own language whether its proposal is funded. Once announced, the decisions no longer change. ${WHEN_TOLD}`,
    },
    outcomes: {
      shortlist: {
        positive: (p: { count: number }) => `${p.count} told they are shortlisted`,
        negative: (p: { count: number }) => `${p.count} told they are not shortlisted`,
      },
      funding: {
        positive: (p: { count: number }) => `${p.count} told they are funded`,
        negative: (p: { count: number }) => `${p.count} told they are not funded`,
      },
    },
    undecided: (p: { count: number; references: string }) =>
      `${p.count === 1 ? '1 shortlisted idea has' : `${p.count} shortlisted ideas have`} no decision yet: ${p.references}. Record every decision first.`,
    tooEarly: {
      shortlist: (p: { date: string }) =>
        `Ideas can be sent until ${p.date}: the shortlist can be announced once they close (a team sending an idea after it would at once be told it is not shortlisted). You can shortlist ideas meanwhile.`,
      funding: (p: { date: string }) =>
        `Shortlisted teams can send their proposal until ${p.date}: the funding decisions can be announced once proposals close. You can record decisions meanwhile.`,
    },
    tooLate: (p: { date: string }) =>
      `Proposals closed on ${p.date}: announced now, the shortlist would congratulate teams and ask them for a proposal they can no longer send. Move the proposal deadline in the call file first, or tell the teams yourselves.`,
    changed: 'The decisions changed since the preview you pressed (here or by a colleague), so nobody was told. Here is the list as it stands now: check it and announce again.',
    onDate: (p: { date: string }) => `Announce on ${p.date}`,
    now: 'Announce now',
    made: (p: { positive: number; negative: number }) =>
      `Announced. ${p.positive + p.negative === 1 ? '1 team is' : `${p.positive + p.negative} teams are`} being told now, each in its own language. The outbox sends them within Teams' limits.`,
    /** Teams of the decision the assistant has no chat with: told nothing by it. */
    unreachable: (p: { count: number; references: string; more: number }) =>
      `${p.count === 1 ? '1 team' : `${p.count} teams`} cannot be told here: the assistant has no chat with ${p.count === 1 ? 'its focal point' : 'their focal points'} (they never chatted with it, removed it, or deleted their data). Tell ${p.count === 1 ? 'it' : 'them'} some other way (type a reference to open its idea and its focal point): ${p.references}${p.more > 0 ? `, and ${p.more} more` : ''}.`,
    scheduled: (p: { date: string; positive: number; negative: number }) =>
      `Scheduled: ${p.positive + p.negative === 1 ? '1 team is' : `${p.positive + p.negative} teams are`} told from ${p.date} (${p.positive} positive, ${p.negative} not), each at its own morning hour. Nobody is told before; until then you can call it off here, change decisions and announce again.`,
    already: (p: { date: string; positive: number; negative: number }) =>
      `This was announced: teams were told from ${p.date} (${p.positive} positive, ${p.negative} not). It cannot change now.`,
    callOff: 'Call off the announcement',
    calledOff: {
      shortlist: 'Called off: nobody was told. The shortlist can change again; announce it when it is ready.',
      funding: 'Called off: nobody was told. The decisions can change again; announce them when they are ready.',
    },
    cannotCallOff: (p: { date: string }) => `Teams are told from ${p.date}, so it can no longer be called off.`,
    nothingScheduled: 'Nothing is scheduled to call off.',
    cardsOnly: 'The IKM desk works with cards: open it in Teams.',
  },

  announce: {
    title: 'New announcement',
    intro: 'Write the message in English; French and Spanish are optional (people reading those languages otherwise get the English text). Choose who gets it. You will see the count and the card before it goes. It is shown exactly as typed, without formatting: write a link as its full address (https://...).',
    audience: 'Who gets it',
    audiences: {
      everyone: 'Everyone who chatted with the assistant',
      drafts: 'People with an unsubmitted draft',
      submitters: 'Teams that submitted an idea',
      shortlisted: 'Shortlisted teams',
      funded: 'Funded teams',
    } satisfies Record<Audience, string>,
    english: 'Message in English (up to 2,000 characters)',
    french: 'Message in French (optional, up to 2,000 characters)',
    spanish: 'Message in Spanish (optional, up to 2,000 characters)',
    required: 'The English message is required.',
    audienceRequired: 'Choose who gets it.',
    preview: 'Preview',
    cardsOnly: 'The IKM desk works with cards: open it in Teams.',
    paused: 'Sending is paused ("pause reminders"): nothing goes out, announcements included, until someone types "resume reminders".',
    nobody: (p: { audience: string }) =>
      `Nobody in "${p.audience}" can be reached by the assistant: it has no chat with them (they never chatted with it, or removed it).`,
    notAnnouncedYet: {
      shortlist: 'The shortlist is not announced yet, so no team knows it is shortlisted: this audience is empty until the teams are told.',
      funding: 'The funding decisions are not announced yet, so no team knows it is funded: this audience is empty until the teams are told.',
    },
    previewOf: (p: { language: string; count: number }) => `What ${p.count} ${p.count === 1 ? 'person' : 'people'} reading ${p.language} will get:`,
    languages: { en: 'English', fr: 'French', es: 'Spanish' },
    confirmTitle: (p: { count: number }) => (p.count === 1 ? 'Send to 1 person?' : `Send to ${p.count} people?`),
    reach: (p: { reachable: number; total: number }) =>
      p.reachable === p.total
        ? `Everyone in this audience can be reached.`
        : `${p.reachable} of the ${p.total} people in this audience can be reached; the assistant has no chat with the others (they never chatted with it, removed it, or deleted their data).`,
    /** The ideas of those it cannot reach: to be told some other way. */
    unreachableIdeas: (p: { references: string; more: number }) =>
      `Not reached, to tell some other way (type a reference to open its idea and its focal point): ${p.references}${p.more > 0 ? `, and ${p.more} more` : ''}.`,
    englishFor: (p: { language: string }) => `No ${p.language} text: people reading ${p.language} get the English one.`,
    send: (p: { count: number }) => `Send to ${p.count}`,
    change: 'Change the message',
    listTitle: 'Announcements sent',
    none: 'No announcement yet.',
    reportButton: 'Report',
    new: 'New announcement',
    reportTitle: (p: { id: string }) => `Announcement ${p.id}`,
    cancelled: (p: { at: string }) => `Called off on ${p.at}: what had not gone by then was not sent.`,
    counts: 'Delivery',
    recipients: 'People',
    delivered: 'Delivered',
    failed: 'Failed',
    pending: 'Pending',
    dropped: 'Not sent (called off, unreachable, too late, or data deleted)',
    refresh: 'Refresh',
    cancelPending: (p: { count: number }) => `Cancel the ${p.count} pending`,
    nothingPending: (p: { delivered: number; failed: number }) =>
      `Nothing is pending any more (${p.delivered} delivered, ${p.failed} failed), so there is nothing to call off. Nothing changed.`,
    previewReplaced: 'Nothing was sent: this preview was replaced by a newer one. Press Send on the latest preview (or "New announcement" to write it again).',
    alreadySent: (p: { id: string }) => `This preview was already sent as ${p.id}; it is not sent again. Its report follows.`,
  },

  questions: {
    title: (p: { count: number }) => (p.count === 1 ? '1 open question' : `${p.count} open questions`),
    intro: 'Oldest first. Answer one and the person gets it in their chat; its card shows who answered, here and in the IKM channel.',
    noChannel:
      'No IKM channel is registered, so questions arrive only here and in the mailbox. To have each one posted in a Teams channel of the unit, type "@Innovation Hub register channel" in that channel.',
    none: 'No question is waiting for IKM.',
    answer: 'Answer',
    answeredBelow: 'Below the open questions, the latest answered: open one to add its answer to the FAQ.',
    answeredBy: (p: { name: string }) => (p.name ? `answered by ${p.name}` : 'answered'),
    /** Beside an answer that could not reach its asker yet. */
    notDelivered: 'not delivered yet: they get it with their next message',
    inFaqSuggestions: 'suggested for the FAQ',
    open: 'Open',
  },

  audit: {
    title: 'Audit log',
    intro: (p: { count: number }) => `The latest ${p.count} entries, newest first: what IKM administrators did, and people deleting their data. Entries cannot be changed or removed.`,
    none: 'Nothing recorded yet.',
    download: 'Download the whole log (CSV)',
    actions: {
      'shortlist.add': 'Shortlisted',
      'shortlist.remove': 'Removed from shortlist',
      'decision.record': 'Funding decision',
      'decision.announce': 'Decision announced',
      'decision.schedule': 'Decision announcement scheduled',
      'decision.calloff': 'Announcement called off',
      'announcement.send': 'Announcement sent',
      'announcement.cancel': 'Announcement called off',
      'channel.register': 'IKM channel registered',
      'session.create': 'Session created',
      'session.update': 'Session changed',
      'session.cancel': 'Session cancelled',
      'export.download': 'Download link',
      'reminders.pause': 'Reminders paused',
      'reminders.resume': 'Reminders resumed',
      'reminders.run': 'Reminder pass run',
      'ticket.answer': 'Question answered',
      'ticket.suggest': 'Answer suggested for the FAQ',
      'person.delete': 'Personal data deleted',
    } satisfies Record<AuditAction, string>,
    /**
     * An entry's detail, worded when it is recorded (entries never change): counts and outcomes in
     * words, dates as people read them, never codes or ISO timestamps.
     */
    details: {
      outcome: { funded: 'Funded', 'not-funded': 'Not funded' } satisfies Record<'funded' | 'not-funded', string>,
      announced: {
        shortlist: (p: { positive: number; negative: number; from: string }) => `${p.positive} shortlisted, ${p.negative} not, told from ${p.from}`,
        funding: (p: { positive: number; negative: number; from: string }) => `${p.positive} funded, ${p.negative} not, told from ${p.from}`,
      },
      announcementSent: (p: { audience: string; count: number }) => `to ${p.count === 1 ? '1 person' : `${p.count} people`} (${p.audience})`,
      announcementCalledOff: (p: { count: number }) => (p.count === 1 ? '1 pending message not sent' : `${p.count} pending messages not sent`),
      sessionCancelled: (p: { count: number }) => (p.count === 0 ? 'no team booked' : p.count === 1 ? '1 team told' : `${p.count} teams told`),
    },
  },

  exports: {
    title: 'Exports',
    intro: 'Every submission with every field, every booking, and the answers suggested for the FAQ. The links work for one hour.',
    workbook: 'Submissions and bookings (Excel)',
    submissionsCsv: 'Submissions (CSV)',
    bookingsCsv: 'Bookings (CSV)',
    faqSuggestionsCsv: 'FAQ suggestions (CSV)',
  },

  /**
   * A submitted idea's warnings as IKM reads them: on the desk's submission card, the channel's
   * notice, the e-mail, the PDF and the export. The team was told in its own words when it saved the
   * answer; these say what IKM should know.
   */
  warnings: {
    title: 'Worth a second look',
    notEnglish: (p: { field: string; detected: string }) => `The team wrote "${p.field}" in ${p.detected}; the call asks for English.`,
    notIomAddress: (p: { field: string; domain: string }) =>
      `"${p.field}" is an @${p.domain} address, not @iom.int: the team kept it, so check it is the right one before writing to it.`,
  },

  notice: {
    title: (p: { reference: string }) => `New idea submitted: ${p.reference}`,
    facts: 'In short',
    office: 'Office',
    country: 'Country or region',
    objectives: 'Strategic objectives',
    budget: 'Budget',
    duration: 'Duration',
    submitted: 'Submitted',
    open: 'Open',
  },

  /** The IKM channel's card for a proposal handed in. */
  proposalNotice: {
    title: (p: { reference: string }) => `Proposal handed in: ${p.reference}`,
    newVersion: (p: { version: number }) => `Version ${p.version}: it replaces the one handed in before (earlier versions are kept).`,
    file: 'File',
    handedIn: 'Handed in',
  },

  refusals: {
    notFound: 'I could not find that.',
    notShortlisted: 'That idea is not on the shortlist: only shortlisted ideas get a funding decision.',
    announced: {
      shortlist: (p: { date: string }) => `The shortlist was announced (teams told from ${p.date}): it can no longer change.`,
      funding: (p: { date: string }) => `The funding decisions were announced (teams told from ${p.date}): they can no longer change.`,
    },
    scheduled: {
      shortlist: (p: { date: string }) =>
        `The shortlist is scheduled to be announced on ${p.date}: to change it, call the announcement off first ("Announce the shortlist" on the desk).`,
      funding: (p: { date: string }) =>
        `The funding decisions are scheduled to be announced on ${p.date}: to change one, call the announcement off first ("Announce funding" on the desk).`,
    },
  },
};
