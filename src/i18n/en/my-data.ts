/** "My data" in English: what the assistant stores about the person, the download, the deletion. */
export const myData = {
  title: 'My data',
  intro: 'This is everything the assistant keeps about you. Download all of it, or delete it.',
  kinds: {
    profile: 'Language and time zone',
    eligibility: 'Eligibility check',
    idea: 'Idea',
    proposal: 'Proposal',
    bookings: 'Clinics and workshops',
    reminders: 'Reminders and messages',
    questions: 'Questions to IKM',
    conversation: 'This chat',
    ikm: 'As IKM',
  },
  /** `languageFrom`: chosen, taken from the language the person writes in, or Teams'. */
  profile: (p: { language: string; languageFrom: 'choice' | 'writing' | 'teams'; zone: string; chosenZone: boolean }) =>
    `${p.language} (${{ choice: 'your choice', writing: 'the language you write in', teams: 'from Teams' }[p.languageFrom]}), ${p.zone} (${p.chosenZone ? 'your choice' : 'from Teams, or the default'}).`,
  eligibility: (p: { at: string; verdict: string }) => `Your answers of ${p.at}: ${p.verdict}.`,
  draft: (p: { title: string; at: string }) => `A draft${p.title ? `, "${p.title}"` : ''}, last saved on ${p.at}.`,
  submitted: (p: { reference: string; title: string }) => `Submitted as ${p.reference}: ${p.title}.`,
  proposal: (p: { count: number; name: string }) => `${p.count === 1 ? '1 version' : `${p.count} versions`} handed in, the latest ${p.name}.`,
  /** A shortlisted team's checklist ticks, with no file handed in yet. */
  proposalTicksOnly: (p: { ticked: number }) => `No file handed in yet; ${p.ticked === 1 ? '1 checklist item' : `${p.ticked} checklist items`} ticked.`,
  ikmActions: (p: { count: number }) =>
    `Your name is on ${p.count === 1 ? '1 action' : `${p.count} actions`} in the audit log (decisions, answers, announcements...): they are the call's record and stay if you delete your data.`,
  bookingStatus: { confirmed: 'seat', waitlisted: 'waitlist', cancelled: 'session cancelled by the Hub' },
  /** A question to IKM: its reference, its first words and where it stands. */
  question: (p: { id: string; question: string; answered: boolean }) => `${p.id} “${p.question}” (${p.answered ? 'answered' : 'waiting for IKM'})`,
  /** Questions asked in chats and kept there for "Ask IKM", not sent: how many. */
  keptQuestions: (p: { count: number }) =>
    `${p.count === 1 ? '1 question' : `${p.count} questions`} you asked in chats (group chats and channels too), kept there so that you can still send ${p.count === 1 ? 'it' : 'them'} to IKM.`,
  reminders: (p: { off: string; sent: number; pending: number }) =>
    `Reminders switched off: ${p.off}. Reminders and IKM's announcements to you (answers to your questions are under "Questions to IKM"): ${p.sent} sent, ${p.pending} waiting.`,
  none: 'none',
  conversation: 'The assistant keeps the address of this chat to send you reminders, answers from IKM and offers of freed seats.',
  nothing: 'Nothing stored.',
  note: (p: { days: number }) =>
    `Drafts and eligibility answers are removed ${p.days} days after the call closes. The download link works for one hour.`,
  download: 'Download all of it (JSON)',
  delete: 'Delete my data',
  deleteHint: 'Type "delete my data" to delete it.',
  erase: {
    title: 'Delete your data?',
    goesTitle: 'What goes',
    goes: [
      'your draft, if you have not submitted it',
      'your eligibility answers',
      'your seats and waitlist places (freed seats go to the next team waiting)',
      'your reminder settings, and reminders not yet sent',
      'your questions to IKM, and those you asked in chats (group chats and channels too), kept there for "Ask IKM"',
      'the proposal checklist you ticked, if you handed in no file',
      'your language and time zone, and the address of this chat',
    ],
    staysTitle: 'What stays',
    stays: ['your submitted idea, and your proposal if you handed one in'],
    staysIkm: 'what you did as IKM (decisions, answers, announcements), under your name: the call\'s record',
    why: (p: { mailbox: string }) =>
      `A submitted idea and its proposal are your office's submission to the call: they stay with IKM for its review. Write to ${p.mailbox} about them.`,
    confirm: 'Delete my data',
    keep: 'Keep it',
    textConfirm: 'Reply "delete my data now" to confirm.',
    /** Said before the deletion when questions to IKM still wait for an answer (after it, `done` says they were withdrawn). */
    waiting: (p: { count: number }) =>
      p.count === 1
        ? 'One of your questions to IKM is still waiting for an answer: deleting your data withdraws it, and no answer will come.'
        : `${p.count} of your questions to IKM are still waiting for an answer: deleting your data withdraws them, and no answer will come.`,
    /** "Delete my data" pressed again after the deletion: nothing it removes is left. */
    alreadyDeleted:
      'Your data is already deleted: nothing that "Delete my data" removes is stored any more. A submitted idea or a proposal handed in stays with IKM, as the deletion card said.',
    /** "Delete my data" pressed on a confirmation shown long ago. */
    stale: 'That confirmation is not the latest one (or it was already used), so I have deleted nothing. Here is what would go now: confirm again if you still want it.',
    /** What went besides, only what there was (it said "0 bookings freed, 0 questions removed"). */
    /** `withdrawn`: questions still waiting for IKM; `answered`: answered ones, whose answer IKM keeps without the asker. */
    done: (p: { bookings: number; withdrawn: number; answered: number }) => {
      const parts = [
        p.bookings ? (p.bookings === 1 ? '1 booking freed' : `${p.bookings} bookings freed`) : '',
        p.withdrawn ? (p.withdrawn === 1 ? '1 question to IKM withdrawn: no answer will come' : `${p.withdrawn} questions to IKM withdrawn: no answer will come`) : '',
        p.answered
          ? p.answered === 1
            ? '1 question IKM answered: IKM keeps its answer, without your name or your words'
            : `${p.answered} questions IKM answered: IKM keeps the answers, without your name or your words`
          : '',
      ].filter(Boolean);
      return `Done: your data is deleted${parts.length ? ` (${parts.join('; ')})` : ''}. The assistant starts afresh if you write again.`;
    },
  },
};
