/** What teams get from IKM in English: the decision on their idea, and announcements. */
export const teamMessages = {
  from: 'From the IKM unit, IOM Innovation Hub',
  announcementTitle: 'A message for you',
  idea: 'Your idea',
  bookClinic: 'Book a clinic',
  shortlisted: {
    title: 'Your idea is shortlisted',
    text: (p: { deadline: string }) =>
      `Congratulations: your idea is on the shortlist. The next step is a full proposal, due by ${p.deadline}. The call asks for it to be submitted through your partner IOM office, whose endorsement is one of the items in "My proposal" (if your team is an IOM office itself, or you are unsure which office that is, IKM can tell you). "My proposal" shows everything the proposal needs; to hand it in, send the document in this chat.`,
    clinics: 'One-on-one clinics and workshops with experts and the IKM unit can help you write it: booking is optional.',
    clinicsFrom: (p: { date: string }) => `One-on-one clinics and workshops with experts and the IKM unit can help you write it: they open for booking on ${p.date} (booking is optional).`,
  },
  notShortlisted: {
    title: 'Your idea is not on the shortlist',
    text: (p: { mailbox: string }) =>
      `Thank you for submitting your idea. It was not shortlisted this time. The Hub's resources and the next call are open to you; for feedback or questions, write to ${p.mailbox}.`,
  },
  funded: {
    title: 'Your proposal is funded',
    text: (p: { mailbox: string }) =>
      `Congratulations: your proposal is selected for seed funding. The IKM unit will contact your office about the next steps; questions go to ${p.mailbox}.`,
  },
  notFunded: {
    title: 'Your proposal is not funded',
    text: (p: { mailbox: string }) =>
      `Thank you for the work on your proposal. It was not selected for funding in this call. For feedback, write to ${p.mailbox}.`,
  },
};
