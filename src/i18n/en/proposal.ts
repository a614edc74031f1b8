/** The proposal stage in English: "My proposal" and handing in the proposal document. */
export const proposal = {
  title: 'My proposal',
  deadline: (p: { date: string; relative: string }) => `Proposal deadline: ${p.date} (${p.relative}).`,
  deadlinePassed: (p: { date: string }) => `The proposal deadline passed on ${p.date}.`,
  checklist: 'What a full proposal needs',
  /** The checklist's heading once the funding decision is told: a record, not a list of things to do. */
  checklistRecorded: 'What was recorded here before the deadline (IKM may have received the rest by e-mail)',
  handedIn: (p: { name: string; size: string; at: string; version: number }) =>
    `Handed in: ${p.name} (${p.size}), ${p.at}${p.version > 1 ? `, version ${p.version}` : ''}.`,
  howToHandIn: (p: { max: string }) => `Send the document here in this chat, as a file: PDF, Word or Excel, up to ${p.max}.`,
  doneOn: (p: { at: string }) => `Done on ${p.at}.`,
  markDone: 'Mark as done',
  undo: 'Mark as not done',
  sessions: 'Clinics and workshops',
  booked: (p: { title: string; when: string }) => `Booked: ${p.title}, ${p.when}.`,
  /** `other`: beside the sessions the team booked. */
  openToBook: (p: { count: number; other: boolean }): string =>
    p.other
      ? p.count === 1 ? '1 more session is open to book.' : `${p.count} more sessions are open to book.`
      : p.count === 1 ? '1 session is open to book.' : `${p.count} sessions are open to book.`,
  noneOpen: (p: { other: boolean }): string => (p.other ? 'No other session is open to book right now.' : 'No session is open to book right now.'),
  /** None open yet: when the first opens. */
  opensOn: (p: { date: string }) => `Sessions open for booking on ${p.date}.`,
  next: {
    handIn: 'Next step: send your proposal document in this chat.',
    finish: (p: { count: number }) => (p.count === 1 ? 'Next step: finish this item:' : `Next step: finish these ${p.count} items:`),
    ready: 'Everything is ticked and your proposal is handed in: IKM has it. You may still send a newer version until the deadline.',
    passed: (p: { mailbox: string }) => `The proposal stage is over. IKM reviews the proposals; questions go to ${p.mailbox}.`,
    funded: (p: { mailbox: string }) => `Your proposal is funded: the IKM unit contacts your team about the next steps. Questions go to ${p.mailbox}.`,
    'not-funded': (p: { mailbox: string }) => `Your proposal was not funded this time. Thank you for it; to ask for feedback, write to ${p.mailbox}.`,
  },
  book: 'Book a clinic',
  refresh: 'Refresh',
  notShortlisted:
    '"My proposal" is for teams whose idea is on the shortlist, and none of your ideas is on it. A team\'s proposal is handed in by the person who submitted its idea: if a colleague submitted yours, they hand it in from their own chat with me.',
  beforeShortlist: '"My proposal" is for teams whose idea is on the shortlist, which has not been published yet. An idea is sent with the idea form: type "my idea".',
  /** Before either of the two above, when a file was sent. */
  fileNotStored: 'The file you sent was not stored.',
  inSharedChat:
    'Proposal files must be sent in a personal chat with me, where nobody else reads them, so this file was not kept. Open a chat with the assistant and send it there.',
  tooLate: (p: { date: string }) => `The proposal deadline passed on ${p.date}: nothing was stored. Write to the IKM unit if something went wrong.`,
  tooLarge: (p: { max: string }) => `That file is larger than ${p.max}, the limit: nothing was stored. Please send a smaller version (images compressed, for example).`,
  wrongType: 'I can take the proposal as a PDF, Word (.docx) or Excel (.xlsx) document only, and this file is not one: nothing was stored.',
  unreadable: 'I could not read that file\'s details from Teams (its name may be very long): nothing was stored. Please send it again, with a shorter name.',
  downloadFailed: 'I could not fetch that file from Teams: nothing was stored. Please send it again in a moment.',
  received: (p: { name: string; size: string; reference: string; replaced: string }) =>
    `Received: ${p.name} (${p.size}), filed as ${p.reference}.${p.replaced ? ` It replaces ${p.replaced}, which is kept.` : ''} IKM sees it from now on.${p.replaced ? '' : ' If this is not the proposal itself (a budget, an annex), send the proposal document: I will ask before it replaces this one.'}`,
  replace: {
    question: (p: { name: string; current: string }) => `You handed in ${p.current} as your proposal already. Should ${p.name} replace it?`,
    note: (p: { current: string }) =>
      `The proposal is one document: the budget and any annexes go in it, or together with it in one file. If you replace it, ${p.current} is kept as an earlier version and IKM reads the new one.`,
    yes: 'Yes, replace it',
    no: 'No, keep the one handed in',
    kept: (p: { kept: string; dropped: string }) => `${p.kept} stays your proposal; ${p.dropped} was not kept.`,
    already: (p: { name: string; reference: string }) => `Done already: ${p.name} is your proposal (${p.reference}); nothing changed.`,
    nothingWaiting: 'No file is waiting for that answer any more (it was answered already, or a newer file came): nothing changed.',
  },
  oneFile: 'I took the first file only: send one proposal document at a time.',
  noFiles: (p: { mailbox: string }) =>
    `This channel cannot carry files. Send your proposal document to the assistant in Teams (a personal chat with it, as a file), or ask your partner IOM office to send it to ${p.mailbox}.`,
};
