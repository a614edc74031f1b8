/** Reminders in English: the reminder cards, "My reminders", and the IKM switches. */
export const reminders = {
  kinds: {
    'idea-deadline': 'Idea deadline',
    'proposal-deadline': 'Proposal deadline (shortlisted teams)',
    announcements: 'Shortlist and funding announcements',
    sessions: 'My clinics and workshops',
  },
  /** Once, on a person's first reminder (the card's own button stops that kind). */
  intro: (p: { hour: string }) =>
    `I send reminders before the deadlines of the call, at ${p.hour} your time and never at night, and 24 hours and 1 hour before your clinics and workshops. Type "my reminders" to choose which ones you get.`,

  title: {
    ideaDeadline: (p: { relative: string }) => `The idea deadline is ${p.relative}`,
    proposalDeadline: (p: { relative: string }) => `The proposal deadline is ${p.relative}`,
    shortlist: (p: { relative: string }) => `Shortlisted ideas are announced ${p.relative}`,
    funding: (p: { relative: string }) => `Funded proposals are announced ${p.relative}`,
    session: (p: { title: string; relative: string }) => `${p.title} starts ${p.relative}`,
  },
  when: (p: { date: string; zone: string }) => `${p.date} (${p.zone})`,
  missing: {
    notStarted: 'You have not started your idea form yet.',
    fieldsLeft: (p: { left: number; number: number; title: string; total: number }) =>
      `${p.total === 1 ? '1 answer is' : `${p.total} answers are`} still missing, ${p.left} of them in section ${p.number} (${p.title}).`,
    complete: 'Every section is complete: review and submit your idea.',
    proposalItems: (p: { items: string }) => `Still missing from your proposal: ${p.items}.`,
    proposalComplete: 'Your proposal is handed in and its checklist is complete: nothing more is needed, unless you send a newer version.',
    proposalNotHandedIn: 'Your proposal document is not handed in yet: open “My proposal” and send it in this chat.',
  },
  actions: { continueIdea: 'Continue my idea', startIdea: 'Start my idea', bookClinic: 'Book a clinic', myProposal: 'My proposal', stop: 'Stop these reminders', join: 'Join', myBookings: 'My bookings' },

  settings: {
    title: 'My reminders',
    intro: (p: { hour: string }) =>
      `Choose the reminders you want. Those before the call's dates come at ${p.hour} in your time zone, never at night; those of your clinics and workshops, 24 hours and 1 hour before each one.`,
    hourNote: (p: { zone: string; change: string }) => `Your time zone: ${p.zone}. "${p.change}" sets another.`,
    save: 'Save',
    saved: 'Saved. You will get only the reminders you kept on.',
    /** Where there are no ticks (e-mail). */
    textHint: 'Reply "stop reminders" to switch them all off, or "start reminders" to switch them all on.',
  },
  stoppedAll: 'Done: no more reminders of any kind. To have some again, tick them below and press Save.',
  /** The same where there are no ticks (e-mail). */
  stoppedAllText: 'Done: no more reminders of any kind. Reply "start reminders" to have them all again.',
  startedAll: 'Done: you will get every kind of reminder again.',
  stopped: (p: { kind: string }) => `Done: no more reminders for "${p.kind}". Type "my reminders" to switch them back on.`,

  admin: {
    paused: 'Reminders are paused for everyone. Type "resume reminders" to send them again.',
    resumed: 'Reminders are running again.',
    ran: (p: { sent: number; dropped: number; failed: number }) =>
      `One pass done: ${p.sent} sent, ${p.dropped} no longer useful, ${p.failed} failed.`,
  },
};
