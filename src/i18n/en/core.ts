/** The conversation basics in English: welcome, menu, help, cancel, language, errors. */
export const core = {
  languageName: 'English',

  /** Whole-message command words, lower case, without accents. Several per command. */
  commands: {
    menu: [
      'hi', 'hello', 'hey', 'menu', 'start', 'home', 'good morning', 'good afternoon', 'good evening', 'hi there', 'hello there',
      'hey there', 'greetings', 'what is this', 'what is this bot', 'what are you', 'who are you', 'whats this', 'what s this',
      'what is this for', 'what are you for',
      // a way back, however asked
      'back', 'go back', 'main menu', 'back to menu', 'back to the menu', 'back to start',
    ],
    help: ['help', '?', 'what can you do', 'what can you do here',
      // said by someone lost
      'i don t understand', 'i dont understand', 'i don t get it', 'i dont get it', 'i m lost', 'im lost', 'i am lost', 'i m confused', 'i am confused', 'confused',
      // as a newcomer asks it, of themselves
      'what can i do', 'what can i do here', 'what can i do with this', 'what do i do', 'what do i do here', 'where do i start', 'how do i start', 'how do i use you', 'how do i use this bot',
      'what can you do in this group', 'what can you do in this chat', 'what do you do', 'what can this bot do', 'what can the assistant do', 'how can you help', 'can you help me', 'can you help', 'how does this work', 'how does it work', 'how do i use this', 'settings', 'my settings', 'preferences', 'options'],
    cancel: ['cancel', 'stop', 'quit', 'exit', 'never mind', 'nevermind', 'forget it'],
    language: ['language', 'change language', 'switch language'],
    eligibility: ['eligibility', 'check eligibility', 'am i eligible', 'check if we are eligible', 'check if i am eligible', 'are we eligible', 'check my eligibility', 'eligibility check'],
    idea: ['my idea', 'idea', 'continue my idea', 'start my idea', 'submit an idea', 'continue', 'resume my idea', 'continue my draft', 'my draft'],
    ask: ['ask', 'ask a question', 'question', 'faq'],
    sessions: ['clinics', 'workshops', 'clinics and workshops', 'book a clinic', 'book a workshop'],
    // As people ask for them: each opens the reminder settings, where they choose.
    reminders: ['reminders', 'my reminders', 'change my reminders', 'how do i change my reminders', 'how do i stop the reminders', 'how do i stop reminders', 'reminder settings'],
    // Said as an order: every reminder stops at once, and the settings show it (a tick brings one back).
    stopReminders: [
      'stop these reminders', 'stop reminders', 'stop the reminders', 'unsubscribe', 'disable reminders', 'turn off notifications', 'turn off the notifications',
      'stop notifications', 'stop the notifications', 'no more notifications', 'no more reminders', 'i don t want any more reminders', 'i don t want reminders',
      'turn off reminders', 'turn off the reminders', 'stop sending me reminders', 'stop sending reminders', 'stop sending me the reminders',
    ],
    // Every kind on again (on e-mail, the only way back: no ticks there).
    startReminders: ['start reminders', 'start the reminders', 'reminders on', 'turn on reminders', 'turn on the reminders', 'turn reminders back on', 'switch reminders back on', 'all reminders back on'],
    mySessions: ['my bookings', 'my sessions'],
    // (with the sessions card's own button title, typed)
    timeZone: ['time zone', 'timezone', 'my time zone', 'change time zone', 'change my time zone', 'change timezone', 'change my timezone'],
    thanks: ['thanks', 'thank you', 'thanks a lot', 'thank you very much', 'thx', 'ok thanks', 'great thanks'],
    acknowledge: ['ok', 'okay', 'bye', 'goodbye', 'good bye', 'see you', 'great', 'cool', 'perfect', 'got it', 'noted', '👍', 'ok bye'],
    yesNo: ['yes', 'no', 'yep', 'nope', 'yeah', 'sure'],
    askIkm: ['ask ikm', 'ask the ikm unit', 'send to ikm'],
    pauseReminders: ['pause reminders'],
    resumeReminders: ['resume reminders'],
    runReminders: ['run reminders'],
    registerChannel: ['register channel', 'register this channel'],
    desk: ['ikm desk', 'desk', 'dashboard'],
    proposal: ['my proposal', 'proposal'],
    myData: ['my data', 'what do you store about me', 'what data do you keep about me', 'what do you keep about me', 'what data do you have about me'],
    deleteMyData: ['delete my data', 'forget me', 'erase my data', 'how can i delete my data', 'how do i delete my data', 'i want my data deleted', 'i want to delete my data', 'remove my data'],
    deleteMyDataNow: ['delete my data now'],
    discardDraft: ['discard my draft', 'delete my draft', 'discard draft', 'delete draft', 'start over', 'start my idea over', 'restart my idea'],
    discardDraftNow: ['discard my draft now'],
  },

  /**
   * Words people put around a command ("menu please", "can you help me", "show me the menu"):
   * skipped at the start and end of a message before it is matched with the command words above.
   * `articles` are skipped only after one of the `words` ("show me the menu", never "the idea").
   */
  commandCourtesy: {
    words: [
      'please', 'pls', 'plz', 'kindly', 'thanks', 'thank you', 'thx', 'me', 'for me', 'hi', 'hello', 'hey', 'ok', 'okay',
      'just', 'now', 'again', 'can you', 'could you', 'would you', 'i need', 'need', 'i want', 'i would like', 'i d like',
      'i want to', 'i would like to', 'i d like to', 'i need to', 'we want to', 'we would like to', 'let me', 'let s',
      'show', 'show me', 'open', 'go to', 'back to', 'give me', 'bot', 'assistant', 'good morning', 'good afternoon',
      'good evening', 'hi there', 'hello there', 'hey there', 'there', 'everyone',
    ],
    /** The plainly polite ones: the only words read around a command word inside a form ("menu please"). */
    polite: ['please', 'pls', 'plz', 'kindly', 'thanks', 'thank you', 'thx'],
    articles: ['the', 'a', 'an', 'some'],
  },

  welcome: {
    title: 'IOM Innovation Hub',
    greeting: 'Hello! I am the Innovation Hub assistant.',
    intro:
      'I can help your office check whether an idea fits the call, fill in and submit the idea form, answer questions about the call, book clinics and workshops, and remind you of deadlines.',
    introShared:
      'Here, where everyone in the conversation reads my answers, I answer questions about the call and list the clinics and workshops. To check an idea, fill in the idea form, see your data or set your reminders, open a personal chat with me. Teams brings me only the messages that mention me here: start yours with @Innovation Hub.',
    choose: 'What would you like to do?',
  },

  menu: {
    desk: 'IKM desk',
    proposal: 'My proposal',
    myData: 'My data',
    eligibility: 'Check eligibility',
    idea: 'Start or continue my idea',
    /** The same entry once the idea is submitted: it shows the idea as sent. */
    ideaSubmitted: 'My submitted idea',
    ask: 'Ask a question',
    sessions: 'Clinics and workshops',
    reminders: 'My reminders',
    language: 'Language',
    help: 'Help',
    home: 'Menu',
    askIntro:
      'Type your question in your own words, in English, French or Spanish. I answer from the call\'s guidance and say where the answer comes from.',
    textIntro: 'Reply with the number or the words of an option:',
  },

  personalView:
    'That concerns one person\'s own records (or, for IKM, people\'s submissions), so I do it only in a personal chat with me, where nobody else reads it. Open a chat with the assistant and ask there.',
  /** The desk asked for by an IKM administrator in a chat that is not the registered IKM channel. */
  personalViewDesk: 'The IKM desk shows people\'s submissions: it opens in a personal chat with me, or in the IKM channel registered with "register channel", not here.',

  callStatus: {
    opens: (p: { title: string; date: string; relative: string }) =>
      `${p.title} opens on ${p.date} (${p.relative}).`,
    open: (p: { title: string; date: string; relative: string }) =>
      `${p.title} is open: ideas are due by ${p.date} (${p.relative}).`,
    /** After the idea deadline, until the shortlist is announced. */
    shortlisting: (p: { title: string; date: string; next: string }) =>
      `${p.title}: the idea deadline passed on ${p.date}. The shortlist is announced on ${p.next}.`,
    /** From the shortlist to the proposal deadline. */
    ideasClosed: (p: { title: string; date: string; next: string }) =>
      `${p.title}: the idea deadline passed on ${p.date}. Shortlisted teams send their full proposals by ${p.next}.`,
    /** After the proposal deadline, until the funded projects are announced. */
    reviewing: (p: { title: string; date: string; next: string }) =>
      `${p.title}: full proposals were due on ${p.date}; the funded projects are announced by ${p.next}.`,
    closed: (p: { title: string; date: string }) => `${p.title} is closed: the funded projects were to be announced by ${p.date}.`,
  },

  help: {
    title: 'How to use the assistant',
    body: [
      'Type "menu" at any time to see what I can do.',
      'Type "cancel" to stop what we are doing; drafts are kept.',
      'Type "language" to switch between English, French and Spanish, and "time zone" to change the zone dates and times are shown in.',
      'Type "my reminders" to choose the reminders you get, and "my data" to see or delete what I keep about you.',
      'Questions the assistant cannot answer go to the IKM unit at ikm@iom.int.',
    ],
    admin: [
      'For IKM: "ikm desk" opens the desk (submissions, shortlist, decisions, announcements, questions, clinics and workshops, exports); its pages open by name too ("submissions", "exports", "audit log", "question queue", "announce funding", "shortlist <reference>").',
      'Sessions: "create session", "edit session <id>", "attendees <id>", "cancel session <id>" (the desk lists every id).',
      'In the IKM channel: "register channel". Reminders: "pause reminders", "resume reminders", "run reminders".',
    ],
    /** The help in a group chat or channel, where everyone reads the answers. */
    shared: [
      'Here everyone reads my answers: I answer questions about the call and list the clinics and workshops.',
      'Type "@Innovation Hub menu" at any time to see what works here: Teams brings me only the messages that mention me.',
      'Your idea, your bookings, your reminders, your language and time zone, and your data are in a personal chat with me.',
      'Questions the assistant cannot answer go to the IKM unit at ikm@iom.int: "Ask IKM" under an answer sends yours, in your name.',
    ],
    inDialog: 'We are in the middle of something: answer the last question to go on, or type "cancel" to stop.',
    /** In a form on a channel that shows cards: its card stays above with what was typed in it, and is not sent again. */
    inCardForm: (p: { resume: string }) =>
      `We are in the middle of a form: its card is further up in this chat (what you type in a card stays there). Press its button when you are ready, type "${p.resume}" to see it here again, or "cancel" to stop.`,
  },

  cancel: {
    done: 'Stopped. Nothing you saved is lost. Type "menu" to see the options.',
    /** "cancel" typed with nothing in progress (often meant for a card's question above it). */
    nothing: 'There is nothing to cancel: nothing is in progress. To cancel a booking, press its Cancel button ("my bookings" lists them). Type "menu" to see the options.',
    /** The same in a group chat or a channel, where bookings and forms are nobody's. */
    nothingShared: 'There is nothing to cancel here. Type "@Innovation Hub menu" to see what works in this chat.',
    /** The same to an IKM administrator, whose open forms are the desk's (they are no dialog: their Cancel closes them). */
    nothingAdmin: 'There is nothing in progress to cancel here. A desk form (an announcement, a decision, a session) closes with its own Cancel button, saving nothing. Type "desk" to go back to the desk.',
    /** Cancel pressed on an older card of a form that is not the one open now. */
    oldForm: 'That form is no longer open, so there is nothing to cancel in it; what is open now goes on. Type "menu" to see the options.',
    /** After "cancel" in the idea form: the draft is kept, and the words that bring it back. */
    ideaForm: 'Stopped. Your draft is saved: type "continue my idea" to pick it up where you left it, or "menu" for the options.',
    eligibility: 'Stopped. Type "check eligibility" to start the check again, or "menu" for the options.',
  },

  /** The page of a download link that expired or was altered (shown in all three languages at once). */
  downloadRefused: 'This link has expired or is not valid. Download links work for an hour: ask the assistant in Teams for a new one ("my idea", "my data", or the Exports of the IKM desk).',
  thanks: 'You are welcome! Type "menu" whenever you need me.',
  /** "ok", "bye", 👍: nothing asked. */
  acknowledged: 'All right. Type "menu" whenever you need me.',
  /** A typed "yes" or "no" outside a form: most likely meant for a card's buttons. */
  yesNo: 'If you are answering a card, please press one of its buttons: a typed "yes" or "no" does not reach it. Type "menu" to see what I can do.',


  notAvailable: (p: { feature: string }) =>
    `${p.feature} is not available in the assistant yet. Until it is, please write to the IKM unit at ikm@iom.int.`,

  language: {
    /** How this language names each language, for typed answers (folded, no accents). */
    names: { en: 'english', fr: 'french', es: 'spanish' },
    prompt: 'Which language would you like me to use?',
    retry: 'Please choose one of the languages: English, Français or Español.',
    /** "language" in a group chat or a channel: each person's language is their own, set by its name. */
    inShared: 'Here each person has their own language: type its name to switch yours, "@Innovation Hub français", "español" or "English".',
    changed: 'From now on I will answer in English.',
  },

  cards: {
    unknownAction: 'That button is not one I recognise, so nothing was changed. Type "menu" to start again.',
    /** A card sent with a box that must be filled in left empty (or only spaces). */
    leftBlank: 'A box that needs an answer was left empty, so nothing was changed. Type your answer in it, then press the button again.',
    /** A box holding more than its limit (pasted into a client that does not cut it). */
    tooLong: (p: { max: string }) =>
      `A box holds more than its limit of ${p.max} characters, so nothing was changed. Shorten it, then press the button again.`,
    /** The same two, for a form that names its boxes. */
    leftBlankNamed: (p: { label: string }) =>
      `"${p.label}" needs an answer and was left empty, so nothing was changed. Type your answer in it, then press the button again.`,
    tooLongNamed: (p: { label: string; count: string; max: string }) =>
      `"${p.label}" holds ${p.count} characters, more than its limit of ${p.max}, so nothing was changed. Shorten it, then press the button again.`,
  },

  input: {
    tooLong: (p: { max: number }) =>
      `That message is too long for me (the limit is ${p.max} characters). Nothing was changed; please send a shorter one.`,
    /** A picture sent with words: the words are answered. */
    pictureNotRead: 'I cannot see pictures, so I answer only the text of your message.',
    /** A message edited in Teams, answered as it reads now. */
    editedAnswer: 'You edited your message: here is the answer to it as it reads now.',
    /** An edited command or form answer, which is not run again. */
    editedResend: 'I saw your edit, but I act on new messages only: send the corrected message again.',
    unsupported: 'I can only read text messages and my own buttons. Nothing was changed.',
    /** Under a message sent by itself to a channel without cards (e-mail), whose card had buttons. */
    buttonsInTeams: 'This message has buttons in Teams: open the Innovation Hub assistant there to use them.',
    /** A text message with nothing in it but spaces or invisible characters. */
    empty: 'Your message was empty. Type a question, or "menu" to see what I can do.',
    /** "/something" that is not one of the commands. */
    unknownCommand: (p: { command: string }) =>
      `I don't know the command "${p.command}". Type "help" for the commands I know, or "menu" to see what I can do.`,
  },

  forms: {
    labelled: (p: { label: string; text: string }) => `${p.label}: ${p.text}`,
    personalOnly: 'The eligibility check and the idea form hold one person\'s answers, so they run in a personal chat with me. Open a chat with the assistant to start.',
    /** The submitter's copy of a submitted idea. */
    copy: {
      button: 'Download a copy (PDF)',
      note: 'The download link works for an hour; type "my idea" for a new one.',
      text: (p: { url: string }) => `A copy as a PDF (the link works for an hour; type "my idea" for a new one): ${p.url}`,
      /** At the top of a PDF whose text has writing its font cannot show as typed. */
      notAsTyped:
        'Some of the writing below cannot be shown here as it was typed: characters this PDF has no font for appear as □, and right-to-left text may read in the wrong order. The idea\'s card in Teams, the CSV and the XLSX show it as typed.',
    },
    submittedTitle: 'Idea submitted',
    submittedFacts: { title: 'Title', office: 'Office', budget: 'Budget', duration: 'Duration', submittedAt: 'Submitted' },
    months: (p: { count: number }) => (p.count === 1 ? '1 month' : `${p.count} months`),
    reviewTextHint: 'Reply "submit" to submit, or the number of a section to change it.',
    submitWords: ['submit', 'send'],
    pickOne: 'Reply with the number or the name of your choice.',
    pickSeveral: 'Reply with one or more numbers, separated by commas (for example: 1, 3).',
    currentValue: (p: { value: string }) => `Current answer: ${p.value}. Send a new one to change it.`,
    skipHint: 'This one is optional: reply "skip" to leave it empty.',
    /** Folded words that leave an optional answer empty. */
    skipWords: ['skip', 'none', 'n/a'],
    problemsTitle: 'Please check these answers:',
    requiredMessage: 'This answer is required.',
    /** Under a date field Teams checks against its range (required or not, it says the range). */
    dateInRange: (p: { min: string; max: string }) => `Choose a date from ${p.min} to ${p.max}.`,
    saveAndContinue: 'Save and continue',
    cancel: 'Cancel',
    questionOf: (p: { section: string; number: number; total: number }) => `${p.section} (question ${p.number} of ${p.total})`,
    staleCard: 'That card is out of date (the answers changed since it was sent), so nothing was changed. Here is the current one.',
    formWaiting: 'Your answers are safe; here is where we were:',
    /** After a question typed beside a form's card, which stays above with what was typed in it: not sent again. */
    formStillOpen: (p: { button: string; resume: string }) =>
      `The form is still open above, with what you typed in it: press "${p.button}" there when you are ready, or type "${p.resume}" to see it here again.`,
    /** The command that shows each form again, as it is written for people. */
    resume: { idea: 'continue my idea', eligibility: 'check eligibility' },
    /** After a question typed beside the review card, which is still there above: not sent again. */
    reviewWaiting: (p: { submit: string }) => `Your idea is ready: press "${p.submit}" on its review, further up in this chat, when you are, or type "continue my idea" to see it here again.`,
    /** Card channels: text typed beside a form's card that is no question (most likely an answer meant for the card). */
    typeInCard: (p: { button: string }) =>
      `What you type in the chat does not go into the form: please write your answers in the card and press "${p.button}". To ask me something meanwhile, end it with a question mark. Here is the card again:`,
    /** The same on the idea's review card, which has no answers to type: it submits, or opens a section. */
    typeOnReview: (p: { submit: string; edit: string }) =>
      `What you type in the chat does not change your idea: press "${p.submit}" on the review card to send it, or "${p.edit}" beside a section to change it. To ask me something meanwhile, end it with a question mark. Here is the review again:`,
  },

  admin: { only: 'This is for the IKM team.' },

  errors: {
    generic: 'Sorry, something went wrong on my side. Nothing you entered was lost; please try again in a moment.',
    /** The records could not be reached in time: the step the person just took was not saved. */
    storageUnavailable:
      "I can't reach my records right now, so what you just sent was not saved. Please try again in a moment; everything saved before is safe.",
  },
};
