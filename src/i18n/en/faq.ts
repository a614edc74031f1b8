/**
 * Questions and answers in English: the words placed inside FAQ answers (relative dates, durations,
 * language names), the source line, and what the bot says around an answer: feedback, "not sure",
 * questions forwarded to IKM, the IKM channel card, channel registration and the mailbox e-mail.
 *
 * Parameters arrive already formatted (dates, amounts); counts stay numbers so a text can choose
 * singular or plural. The answers themselves live in `content/faq/*.yaml`.
 */
export const faq = {
  /** Where a call milestone stands compared with now, shown after its date in answers. */
  relative: {
    today: 'today',
    tomorrow: 'tomorrow',
    yesterday: 'yesterday',
    /** Always 2 days or more ("tomorrow" covers 1). */
    inDays: (p: { days: number }) => `in ${p.days} days`,
    /** Always 2 days or more ("yesterday" covers 1). */
    daysAgo: (p: { days: number }) => `${p.days} days ago`,
    /** A deadline or closing date that has passed. */
    closed: 'closed',
    /** A decision IKM has announced, whatever the call's date for it said. */
    announced: 'already announced',
    /** A date followed by where it stands: "25 October 2024 (in 12 days)". */
    withDate: (p: { date: string; relative: string }) => `${p.date} (${p.relative})`,
  },

  /** A duration inside a sentence: "12 months". */
  months: (p: { count: number }) => (p.count === 1 ? '1 month' : `${p.count} months`),

  /** Between the items of a list of titles (objectives, priorities, criteria), which may hold "and". */
  listSeparator: '; ',

  /** A submission language inside a sentence: "written in English". */
  languageNames: { en: 'English', fr: 'French', es: 'Spanish' },

  /** The line under an answer naming where it comes from. */
  source: (p: { document: string; section: string }) => `Source: ${p.document}, ${p.section}`,

  /** The documents answers come from (`source.document` in the FAQ files). */
  documents: {
    'call-page': 'Innovation Hub call page',
    'launch-news': 'Hub launch news release',
    'call-facts': 'IKM summary of the call',
  },

  /** Said under an answer that dates a decision IKM has since announced. */
  decisionTold: {
    shortlist: (p: { date: string }) => `IKM announced the shortlist on ${p.date}: each team was told in its chat with this assistant ("My proposal" shows it to a shortlisted team).`,
    funding: (p: { date: string }) => `IKM announced the funding decisions on ${p.date}: each team was told in its chat with this assistant ("My proposal" shows it).`,
  },
  answer: {
    related: 'Related questions',
    feedback: {
      prompt: 'Did this help?',
      yes: 'Yes',
      no: 'No',
      thanksYes: 'Great, thank you!',
      thanksNo: 'Thank you for telling us. You can ask IKM directly if you like.',
    },
  },

  /** When the question matched no entry well. */
  unsure: {
    askInsteadText: 'Not what you were looking for? Reply "ask IKM" and I will send your question to the IKM unit.',
    closest: "I'm not sure I understood. Here is the closest answer I found:",
    askInstead: 'Not what you were looking for? You can ask IKM.',
    nothing: "I'm not sure I understood. Would you like to ask IKM?",
  },

  offTopic:
    'I can only answer questions about the Innovation Hub call. For anything else, please contact the right IOM service.',
  /** Under every decline: the way forward. */
  offTopicAsk: 'If your question is about the call after all, send it to the IKM unit.',
  offTopicAskText: 'If your question is about the call after all, reply "ask IKM" and I will send it to the IKM unit.',

  /**
   * Said once per person, under an answer given in the language the question was written in.
   * `button` is the menu's language button as the person's menu shows it (in the chat's language).
   */
  // Named by the word to type, not the menu's button: the menu is in the chat's language, and its
  // label would be a foreign word in this sentence (a tester's find: «Langue» in a Spanish answer).
  languageNote: 'You wrote in English, so I answered in English. To use English everywhere, type "English".',

  /** A message none of whose words the assistant knows ("foo bar baz"), said in the chat's language. */
  notUnderstood: {
    text: 'I did not understand that. Ask me about the call in your own words, or type "menu" to see what I can do.',
    hint: 'If it was a question for the IKM unit, you can send it as it is.',
    hintText: 'If it was a question for the IKM unit, reply "ask IKM" and I will send it as it is.',
  },
  /**
   * A message written mostly in a script the assistant does not read (Arabic, Chinese, Cyrillic...):
   * said in the chat's language, with the way forward.
   */
  unreadable: {
    text: 'I can read English, French and Spanish only. Please write your question in one of these languages.',
    hint: 'Type "menu" to see what I can do, or send your question to the IKM unit as it is.',
    hintText: 'Reply "menu" to see what I can do, or "ask IKM" and I will send your question to the IKM unit as it is.',
  },

  /** Questions forwarded to the IKM unit, as the person who asked sees them. */
  askIkm: {
    button: 'Ask IKM',
    prompt: 'Type your question for IKM in one message.',
    sent: (p: { ticket: string; days: number }) =>
      `Your question was sent to IKM (ticket ${p.ticket}). They usually answer within ${p.days} working days; the answer will come here.`,
    confirm: {
      title: 'Send this question to IKM?',
      expect: (p: { unit: string; days: number }) =>
        `The ${p.unit} usually answers within ${p.days} working days. The answer will come here, in this chat. IKM sees your name and your question.`,
      shortened: (p: { max: string }) => `Only the first ${p.max} characters will be sent.`,
      send: 'Send to IKM',
      cancel: "Don't send",
    },
    cancelled: 'Not sent. Ask me anything else when you like.',
    /** "Ask IKM" or its Send pressed on someone else's question, in a group chat. */
    someoneElses: 'That question was asked by someone else here, so only they can send it to IKM. To ask it yourself, type it, then choose "Ask IKM".',
    expired: 'I no longer have that question. Type it again, then choose "Ask IKM".',
    /** The question comes back with its answer: it may have been asked days before. */
    answered: (p: { ticket: string; question: string; answer: string }) => `IKM answered your question (ticket ${p.ticket}), "${p.question}":\n\n${p.answer}`,
    /** The same in a group chat or a channel, where others read it too. */
    answeredFor: (p: { name: string; ticket: string; question: string; answer: string }) =>
      `IKM answered the question ${p.name} asked here (ticket ${p.ticket}), "${p.question}":\n\n${p.answer}`,
    failed: (p: { mailbox: string }) => `Sorry, your question could not be sent. Please try again, or write to ${p.mailbox}.`,
    /** "Don't send" pressed after "Send to IKM": it went. */
    cannotWithdraw: (p: { ticket: string; mailbox: string }) =>
      `This question was already sent to IKM (ticket ${p.ticket}), so it cannot be held back here. To withdraw it, write to ${p.mailbox} with its ticket.`,
    /** "Send to IKM" pressed again for a question already sent. */
    alreadySent: (p: { ticket: string }) =>
      `This question was already sent to IKM (ticket ${p.ticket}), so it was not sent again.`,
    /** A ticket number typed by its asker, while IKM has not answered yet. */
    waiting: (p: { ticket: string; question: string; days: number }) =>
      `Your question ${p.ticket}, "${p.question}", is waiting for IKM. They usually answer within ${p.days} working days; the answer will come here.`,
    /** A ticket number typed that is not one of the person's questions (or no longer exists). */
    notYours: (p: { ticket: string }) => `None of your questions to IKM has the number ${p.ticket}. "My data" lists yours.`,
  },

  /** The card posted in the IKM channel for each forwarded question. */
  channel: {
    newQuestion: (p: { name: string }) => `New question from ${p.name}`,
    /** The heading once IKM answered it. */
    answeredQuestion: (p: { name: string }) => `Question from ${p.name}, answered`,
    /** The heading of an answered question whose asker had their data deleted: IKM's answer stays. */
    erasedQuestion: (p: { ticket: string }) => `Question ${p.ticket}: the person who asked deleted their data`,
    erasedNoSuggestion: (p: { ticket: string }) =>
      `The person who asked ${p.ticket} deleted their data, so only the answer is left: there is no question to suggest for the FAQ.`,
    labels: { ticket: 'Ticket', office: 'Office', language: 'Language', asked: 'Asked' },
    answerButton: 'Answer',
    /** The channel card of a question whose asker deleted their data: nothing of it is left to show or answer. */
    withdrawn: {
      title: (p: { ticket: string }) => `Question ${p.ticket} withdrawn`,
      question: 'The person who asked deleted their data in the assistant before anyone answered, so the question was removed with it.',
      closed: 'Closed',
      nothingToDo: 'There is nothing to answer.',
    },
    answerPlaceholder: 'Type the answer (up to 4,000 characters, shown as typed, without formatting; a link as its full address); it goes to the person who asked.',
    answerTooLong: (p: { max: string; count: string }) =>
      `The answer has ${p.count} characters, more than the ${p.max} a question's answer may have, so nothing was sent. It is in the box below: shorten it and send again.`,
    sendButton: 'Send answer',
    addToFaqButton: 'Add to FAQ',
    addedToFaq: (p: { name: string }) => `Marked for the FAQ by ${p.name}`,
    answeredBy: (p: { name: string }) => `Answered by ${p.name}`,
    alreadyAnswered: (p: { name: string }) => `This question was already answered by ${p.name}.`,
    /** "Send answer" pressed with the answer box empty; the card comes again. */
    answerFirst: 'Type an answer first: the answer box was empty, so nothing was sent.',
    /** A ticket number that names no question (never was, or erased with its asker's data). */
    notFound: (p: { ticket: string }) =>
      `There is no question ${p.ticket} (any more: a question goes when its asker deletes their data), so nothing was sent. The question queue on the IKM desk lists the open ones.`,
    /** Your answer, given back when its question went meanwhile, so that it is not lost. */
    yourAnswer: (p: { answer: string }) => `What you wrote, to keep if you wish:\n\n${p.answer}`,
    /** To the IKM member who answered: the answer reached the asker's chat. */
    suggested: (p: { ticket: string }) =>
      `Kept: the question and answer of ${p.ticket} are suggested for the FAQ. The desk's Exports lists every suggestion (FAQ suggestions, CSV) for whoever edits the FAQ.`,
    alreadySuggested: (p: { ticket: string }) => `${p.ticket} is suggested for the FAQ already; the desk's Exports lists it.`,
    answerSent: (p: { ticket: string; name: string }) => `Sent: your answer to ticket ${p.ticket} went to ${p.name}, in the chat where they asked.`,
    /** To the IKM member who answered: stored, but the asker's chat could not be reached now. */
    answerSaved: (p: { ticket: string; name: string }) =>
      `Your answer to ticket ${p.ticket} is saved, but ${p.name} could not be reached just now: they get it with their next message to the assistant (and it is tried again each time the assistant starts).`,
  },

  /** Registering the IKM channel that receives forwarded questions. */
  registration: {
    channelOnly: 'Type this in the IKM team channel that should receive the questions.',
    registered:
      'Done: this channel now receives the questions sent to IKM, and a card for every idea submitted and every proposal handed in (any it missed follow shortly). IKM administrators can also open the desk, its exports and attendee lists here.',
    alreadyRegistered: 'This channel is already the IKM channel: questions for IKM and the cards for new ideas and proposals come here.',
    moved: 'Done: this is now the IKM channel instead of the previous one. Questions for IKM and the cards for new ideas and proposals come here from now on.',
    unregistered: 'Done: this channel no longer receives questions for IKM, nor the cards for new ideas and proposals.',
  },


  /** The copy of a forwarded question sent to the IKM mailbox. */
  email: {
    subject: (p: { ticket: string }) => `Innovation Hub question ${p.ticket}`,
    body: (p: { ticket: string; name: string; office?: string; language: string; question: string }) =>
      [
        `A new question about the Innovation Hub call arrived through the assistant (ticket ${p.ticket}).`,
        '',
        `From: ${p.name}`,
        ...(p.office ? [`Office: ${p.office}`] : []),
        `Language: ${p.language}`,
        '',
        p.question,
        '',
        'Please answer in Teams, so that the answer reaches the person who asked: on the question\'s card in the IKM channel, or from the desk\'s question queue (type "question queue" to the assistant).',
      ].join('\n'),
  },
};

/** The shape every language's FAQ texts must have. */
export type FaqTexts = typeof faq;
