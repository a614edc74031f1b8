import type { SessionChange } from '../../bookings';
/** Clinics and workshops in English: the catalogue, bookings, the waitlist, admin commands. */
export const sessions = {
  /**
   * Words that start a typed command with an argument ("book clinic-scaling-1", "time zone
   * Europe/Paris"), lower case, without accents. Whole-message commands are in `core.commands`.
   */
  prefixes: {
    book: ['book'],
    cancelBooking: ['cancel booking'],
    cancelSession: ['cancel session'],
    attendees: ['attendees'],
    timeZone: ['time zone', 'timezone', 'my time zone', 'set time zone', 'set my time zone', 'change my time zone to', 'change time zone to'],
    createSession: ['create session', 'new session'],
    editSession: ['edit session'],
  },

  catalogue: {
    title: 'Clinics and workshops',
    intro: 'Coaching clinics (one team, one expert) and workshops for shortlisted teams and IOM offices.',
    zone: (p: { zone: string }) => `Times are shown in your time zone: ${p.zone}.`,
    /** In a group chat or channel, where the list is everyone's. */
    zoneShared: (p: { zone: string }) => `Times are shown in this time zone: ${p.zone}. In a personal chat with me, they are shown in your own time zone.`,
    bookInPersonalChat: 'To book a seat, open a personal chat with me: each booking belongs to one team.',
    none: 'No upcoming session matches right now.',
    noneFiltered: (p: { filters: string; all: string; allTopics: string; show: string }) =>
      `Shown: ${p.filters}. “${p.all}” shows every kind of session; “${p.allTopics}” then “${p.show}”, every topic.`,
    /** The same where there are no buttons (e-mail). */
    noneFilteredTyped: (p: { filters: string }) => `Shown: ${p.filters}. Type “clinics” to see every session.`,
    /**
     * Above a list with sessions for shortlisted teams only, shown to someone not on one: before the
     * shortlist is announced they may open to the reader's team; after (`announced`), they will not.
     */
    shortlistedOnly: (p: { notYours: number; openNow: number; announced: boolean }) =>
      `${p.notYours === 1 ? '1 session below is' : `${p.notYours} sessions below are`} for shortlisted teams${p.announced ? ' only' : ' and will open to yours once its idea is shortlisted'}; ${p.openNow === 0 ? 'none of the others below can be booked right now' : p.openNow === 1 ? '1 other can be booked now' : `${p.openNow} others can be booked now`}.`,
    filters: { all: 'All', clinic: 'Clinics', workshop: 'Workshops' },
    topic: 'Topic',
    allTopics: 'All topics',
    show: 'Show',
    mine: 'My bookings',
    changeZone: 'Change my time zone',
    textHint: 'To book, reply "book" and the session id, for example: book clinic-scaling-1.',
  },

  kinds: { clinic: 'Clinic', workshop: 'Workshop' },
  /**
   * `zone`: the zone's name, with its offset at the start unless the name states it ("Asia/Dhaka,
   * UTC+06:00", "UTC"); '' where the zone was just said (a session's old time beside its new one).
   */
  when: (p: { date: string; start: string; end: string; zone: string }) =>
    `${p.date}, ${p.start}–${p.end}${p.zone ? ` (${p.zone})` : ''}`,
  host: (p: { host: string }) => `With: ${p.host}`,
  seatsLeft: (p: { count: number }) => (p.count === 1 ? '1 seat left' : `${p.count} seats left`),
  full: 'Full: join the waitlist',
  /** In the catalogue, for someone who may not book the session: who it is for, instead of a button. */
  forShortlisted: 'For shortlisted teams: open to your team once its idea is shortlisted.',
  /** The same once the shortlist is announced (and in a group chat, where it is nobody's team). */
  forShortlistedOnly: 'For shortlisted teams only.',
  online: 'Online (Teams meeting)',
  inPerson: (p: { location: string }) => `In person: ${p.location} (Teams link for remote participants)`,
  /** In person, without a Teams link. */
  inPersonOnly: (p: { location: string }) => `In person: ${p.location}`,
  bookButton: 'Book',
  waitlistButton: 'Join the waitlist',

  booking: {
    confirmedTitle: 'Your seat is booked',
    waitlistedTitle: 'You are on the waitlist',
    confirmed: (p: { title: string }) => `You have a seat in "${p.title}".`,
    waitlisted: (p: { title: string; position: number }) =>
      `"${p.title}" is full, so you are number ${p.position} on its waitlist. If a seat frees up it is yours at once, and I will tell you here.`,
    alreadyConfirmed: 'You already have this seat: nothing changed.',
    alreadyWaitlisted: (p: { position: number }) => `You are already on the waitlist (number ${p.position}): nothing changed.`,
    join: 'Join',
    calendar: 'Add to calendar',
    /** The same file, for a session that changed or was cancelled. */
    calendarUpdate: 'Update my calendar',
    cancel: 'Cancel my booking',
    /** `join` is '' for an in-person session without a Teams link. */
    links: (p: { join: string; calendar: string }) => `${p.join ? `Join: ${p.join}\n` : ''}Add to calendar: ${p.calendar}`,
    /** The button of a waitlist place. */
    leaveWaitlist: 'Leave the waitlist',
  },

  refusals: {
    notFound: 'I could not find that session. Type "clinics" to see the current ones.',
    cancelled: 'That session has been cancelled, so it cannot be booked.',
    inThePast: 'That session has already started, so it cannot be booked any more.',
    windowNotOpen: (p: { date: string }) => `Booking for this session opens on ${p.date}.`,
    windowClosed: (p: { date: string }) => `Booking for this session closed on ${p.date}.`,
    notShortlisted: 'This session is for shortlisted teams only, and your team is not on the shortlist.',
    /** The same before the shortlist is announced: nobody is told they are not on it yet. */
    notShortlistedYet: 'This session is for shortlisted teams only; it opens to your team if its idea is shortlisted.',
    topicLimit: (p: { topic: string; limit: number }) =>
      p.limit === 1
        ? `Your team already has a clinic on "${p.topic}": one per topic, so other teams get a chance too.`
        : `Your team already has ${p.limit} clinics on "${p.topic}", the most one team can book.`,
    overlap: (p: { title: string }) => `You already have a seat in "${p.title}" at the same time.`,
    /** After `topicLimit` (one per topic): the clinic held can move to the one asked for instead. */
    moveInstead: (p: { title: string; when: string }) => `You can move your booking of "${p.title}", ${p.when}, to this one instead.`,
    moveInsteadButton: 'Move my booking here',
    busy: 'I am still working on your previous request for this session. Please try again in a moment.',
    full: 'That session is full.',
  },

  cancel: {
    /** Above a seat given up, on its card. */
    title: 'Booking cancelled',
    confirmed: (p: { title: string; button: string }) =>
      `Your booking of "${p.title}" is cancelled. If the session is in your calendar, "${p.button}" marks it cancelled there.`,
    waitlisted: (p: { title: string }) => `You have left the waitlist of "${p.title}".`,
    /** Also a cancel card pressed again, or one older than a move: say what may have happened. */
    notBooked: 'You have no booking of that session now (it may be cancelled or moved already: "my bookings" lists yours), so nothing changed.',
    cutoff: (p: { date: string }) =>
      `It is too late to cancel online: this booking could be cancelled until ${p.date}. Please write to the IKM unit at ikm@iom.int.`,
    /** The question before a cancel button takes effect. */
    ask: {
      seat: (p: { title: string }) => `Cancel your seat in "${p.title}"?`,
      place: (p: { title: string }) => `Leave the waitlist of "${p.title}"?`,
      seatNote: 'The seat goes to the next team on the waitlist, and you may not get it back.',
      /** Nobody is waiting. */
      seatNoteFree: 'The seat becomes free for other teams to book, and you may not get it back.',
      placeNote: 'You lose your place in the queue.',
      yes: 'Yes, cancel',
      keep: 'No, keep it',
    },
    kept: (p: { title: string }) => `Nothing changed: you keep your booking of "${p.title}".`,
    /** "No, keep it" pressed when the booking is already gone. */
    nothingToKeep: (p: { title: string }) =>
      `You no longer have a booking of "${p.title}", so there is nothing to keep. Type "clinics" to see the sessions and book again.`,
  },

  offer: {
    title: 'A seat freed up',
    text: (p: { title: string }) => `A seat freed up for "${p.title}": it's yours. If you cannot come, give it up so another team can have it.`,
    decline: 'Give up this seat',
    /** Where there is no button (e-mail): the words that give the seat up. */
    declineText: (p: { command: string }) => `To give it up, reply "${p.command}".`,
    declined: (p: { title: string }) => `You gave up your seat in "${p.title}"; it goes to the next team on the waitlist.`,
    /** Given up with nobody waiting who could take it. */
    declinedFree: (p: { title: string }) => `You gave up your seat in "${p.title}"; it is free again for other teams to book.`,
    /** Above a seat given up from the waitlist's offer, on its card. */
    declinedTitle: 'Seat given up',
    /** After `declined` or `declinedFree` on that card: the seat's calendar entry, if it was added. */
    calendarHint: (p: { button: string }) => `If the session is in your calendar, "${p.button}" marks it cancelled there.`,
    notOffered: 'You hold no seat from the waitlist in that session, so nothing changed.',
  },

  move: {
    button: 'Move to another session',
    title: (p: { title: string }) => `Move "${p.title}"`,
    intro: 'Choose the session to move to. You keep your current booking until the new seat is yours.',
    none: 'There is no other upcoming session of this kind with open booking right now.',
    here: 'Move here',
    movedTitle: 'Your booking has moved',
    moved: (p: { from: string; fromWhen: string; to: string; toWhen: string; button: string }) =>
      `Done: you left "${p.from}", ${p.fromWhen}, and have a seat in "${p.to}", ${p.toWhen}. If "${p.from}" is in your calendar, "${p.button}" marks it cancelled there.`,
    /** The calendar button of the session left behind. */
    leftCalendar: 'Update calendar (old)',
    sameSession: 'That is the session you are already booked in, so nothing changed.',
    notBooked: 'You have no booking of that session to move, so nothing changed.',
    cutoff: (p: { date: string }) =>
      `It is too late to move this booking: it could be changed until ${p.date}. Please write to the IKM unit at ikm@iom.int.`,
    alreadyBooked: 'You already have a booking of that session, so nothing changed.',
    /** Move pressed again after the booking moved. */
    alreadyMoved: (p: { from: string; fromWhen: string; to: string; toWhen: string }) =>
      `Your booking was already moved: you have a seat in "${p.to}", ${p.toWhen}, and none in "${p.from}", ${p.fromWhen}, any more, so nothing changed.`,
    full: (p: { title: string }) => `"${p.title}" has no free seat, so your booking stays where it was.`,
    textHint: 'Reply "my bookings" to see your bookings.',
  },

  mine: {
    title: 'My bookings',
    none: 'You have no booking of a session to come. Type "clinics" to see the sessions.',
    confirmed: 'Booked',
    /** A seat past its cancellation cut-off: kept, no longer cancelled or moved here. */
    confirmedLocked: 'Booked (too close to the start to cancel or move)',
    waitlisted: (p: { position: number }) => `Waitlist, number ${p.position}`,
    offered: 'Seat given from the waitlist',
    /** A booking of a session IKM cancelled. */
    cancelledByHub: 'Cancelled by the Innovation Hub',
    cancelHint: 'To cancel, reply "cancel booking" and the session id.',
  },

  zone: {
    prompt: (p: { zone: string }) => `Dates and times are shown in ${p.zone}. Which time zone should I use?`,
    label: 'Time zone',
    save: 'Save',
    changed: (p: { zone: string }) => `Done: dates and times (sessions, deadlines, reminders) are now shown in ${p.zone}.`,
    /** After a fixed offset such as UTC+6 was chosen. */
    fixedOffset: 'A fixed offset does not follow daylight saving time; if your clocks change, give your city instead.',
    unknown: (p: { zone: string }) =>
      `"${p.zone}" is not a time zone I know. Write your city or country (for example: time zone Dhaka), a zone name such as Europe/Paris, or an offset such as UTC+6.`,
    /** An abbreviation that names several zones ("IST"), or an offset such as UTC+5:30. */
    ambiguous: (p: { zone: string; cities: string; example: string }) =>
      `To be sure what "${p.zone}" means, please write your city instead (${p.cities}...), for example: time zone ${p.example}.`,
    /** A country with more than one zone ("USA", "Brasil"): a city of each zone to choose from. */
    severalZones: (p: { zone: string; cities: string; example: string }) =>
      `"${p.zone}" spans several time zones: please write your city (${p.cities}...), for example: time zone ${p.example}.`,
    /** A town's name places in several zones share ("Valencia"): the city of each zone to choose from. */
    severalPlaces: (p: { zone: string; cities: string; example: string }) =>
      `Several places are called "${p.zone}", in different time zones: please write one of these instead (${p.cities}...), for example: time zone ${p.example}.`,
    textHint: 'Reply "time zone" and your city or zone, for example: time zone Nairobi.',
    typeHint: 'Not in the list? Type "time zone" and your city, for example: time zone Dhaka. A zone name (Asia/Kolkata) or an offset (UTC+6) works too.',
  },

  /** Any action on a booking of a session IKM cancelled. */
  cancelledByHub: (p: { title: string }) =>
    `"${p.title}" was cancelled by the Innovation Hub, so your booking no longer holds and there is nothing to change. Type "clinics" to choose another session.`,

  /** Heading of the card that tells a team IKM cancelled a session they were in. */
  cancelledTitle: 'A session you were in is cancelled',
  /** To a team that held a seat in it. */
  calendarUpdateHint: 'If the cancelled session is in your calendar, update it with "Update my calendar" below.',
  sessionCancelled: (p: { title: string; date: string }) =>
    `Sorry: "${p.title}" (${p.date}) has been cancelled by the Innovation Hub, so your booking no longer holds. Type "clinics" to choose another session.`,

  /** Heading of the card that tells a team IKM changed a session they are in. */
  changedTitle: 'A session you are in has changed',
  /** What changed, named in the notice. */
  changeKinds: { time: 'new time', place: 'new place', link: 'new Teams link' } satisfies Record<SessionChange, string>,

  /**
   * To a team with a seat or a waitlist place in a session IKM moved, or whose place or Teams link
   * changed; `before`: when it was, if its time changed ('' otherwise).
   */
  sessionChanged: (p: { title: string; what: string; date: string; before: string; place: string }) =>
    `"${p.title}" has changed (${p.what}): it is now ${p.date}${p.before ? ` (it was ${p.before})` : ''}. ${p.place}. Your seat holds. If the session is in your calendar, add it again below to update it.`,

  sessionChangedWaitlist: (p: { title: string; what: string; date: string; before: string; place: string }) =>
    `"${p.title}" has changed (${p.what}): it is now ${p.date}${p.before ? ` (it was ${p.before})` : ''}. ${p.place}. You keep your place on its waitlist; leave it below if the session no longer suits you.`,

  admin: {
    cancelUsage: 'Write "cancel session" and the session id, for example: cancel session clinic-scaling-1.',
    cancelAsk: (p: { title: string; id: string }) => `Cancel "${p.title}" (${p.id})?`,
    cancelNote: (p: { confirmed: number; waitlisted: number }) =>
      `${p.confirmed === 0 && p.waitlisted === 0 ? 'No team has booked it.' : `${p.confirmed === 1 ? '1 team holds a seat' : `${p.confirmed} teams hold a seat`} and ${p.waitlisted === 1 ? '1 waits' : `${p.waitlisted} wait`}: each is told at once.`} A cancelled session cannot be opened again, nor its id used for another.`,
    cancelYes: 'Yes, cancel the session',
    cancelKeep: 'No, keep it',
    kept: (p: { title: string }) => `"${p.title}" stays as it is; nothing changed.`,
    editUsage: 'Write "edit session" and the session id, for example: edit session clinic-scaling-1. The desk\'s "Clinics and workshops" lists every session with its id.',
    attendeesUsage: 'Write "attendees" and the session id, for example: attendees workshop-foresight.',
    notFound: (p: { id: string }) => `There is no session with the id "${p.id}".`,
    cancelled: (p: { title: string; count: number }) =>
      `"${p.title}" is cancelled. ${p.count === 0 ? 'No team had booked it.' : `${p.count === 1 ? 'I am telling the 1 team' : `I am telling the ${p.count} teams`} that had a seat or a waitlist place.`}`,
    /** Cancel pressed for a session that has ended. */
    over: (p: { title: string }) => `"${p.title}" has already taken place: there is nothing to cancel.`,
    alreadyCancelled: (p: { title: string }) => `"${p.title}" was already cancelled; nothing changed.`,
    attendeesTitle: (p: { title: string }) => `Attendees: ${p.title}`,
    counts: (p: { confirmed: number; capacity: number; waitlisted: number }) =>
      `${p.confirmed} of ${p.capacity} seats taken, ${p.waitlisted} on the waitlist.`,
    confirmed: 'seat',
    waitlisted: (p: { position: number }) => `waitlist ${p.position}`,
    none: 'Nobody has booked this session yet.',
    /** `attendees` of a cancelled session. */
    cancelledSession: (p: { count: number }) =>
      p.count === 0
        ? 'This session is cancelled; no team had booked it.'
        : `This session is cancelled. ${p.count === 1 ? 'This team' : `These ${p.count} teams`} held a seat or a waitlist place then, and ${p.count === 1 ? 'was' : 'were'} sent the cancellation notice:`,
    download: 'Download CSV (link valid for one hour)',
    form: {
      createTitle: 'Create a session',
      editTitle: (p: { id: string }) => `Edit the session ${p.id}`,
      intro: (p: { zone: string }) =>
        `Dates and times are in the call's time zone, ${p.zone}, as everywhere on the desk. The French and Spanish titles are optional (the English one is used instead). Booking opens now and closes at the start unless you set them.`,
      problemsTitle: 'Please correct:',
      required: 'This is required.',
      save: 'Save',
      labels: {
        id: 'Id (lower-case letters, digits and hyphens)',
        kind: 'Kind',
        titleEn: 'Title (English)',
        titleFr: 'Title (French, optional)',
        titleEs: 'Title (Spanish, optional)',
        topic: 'Topic',
        host: 'Host',
        startDate: 'Start date',
        startTime: 'Start time',
        durationMinutes: 'Duration (minutes)',
        format: 'Format',
        location: 'Location (in person)',
        joinUrl: 'Teams meeting link (required for online sessions)',
        capacity: 'Capacity (teams; one for a clinic)',
        opensDate: 'Booking opens (date)',
        opensTime: 'Booking opens (time)',
        closesDate: 'Booking closes (date)',
        closesTime: 'Booking closes (time)',
        cutoffHours: 'Cancellation cut-off (hours before the start)',
        audience: 'Audience',
      },
      formats: { online: 'Online', 'in-person': 'In person' },
      audiences: { everyone: 'Everyone', shortlisted: 'Shortlisted teams only' },
      problem: (p: { field: string; reason: string }) => `${p.field}: ${p.reason}`,
      /** A field's name in a problem, where its label says more than the problem needs. */
      problemNames: { joinUrl: 'Teams meeting link' } as Partial<Record<'joinUrl', string>>,
      reasons: {
        required: 'is required.',
        notWholeNumber: 'must be a whole number.',
        invalidValue: 'is not one of the choices.',
        invalidSlug: 'must be lower-case letters and digits joined by hyphens, e.g. workshop-pitching-2.',
        tooLong: (p: { maximum: number }) => `must be at most ${p.maximum} characters.`,
        tooSmall: (p: { minimum: number }) => `must be at least ${p.minimum}.`,
        tooBig: (p: { maximum: number }) => `must be at most ${p.maximum}.`,
        invalidDate: 'is not a date and time I can read (for example 2024-11-20 and 09:00).',
        notTeamsLink: 'must be an https link to a Teams meeting (https://teams.microsoft.com/l/meetup-join/...).',
        durationOutOfRange: (p: { min: number; max: number }) => `must be ${p.min} to ${p.max} minutes for this kind of session.`,
        capacityOutOfRange: (p: { min: number; max: number }) =>
          p.min === p.max ? `must be exactly ${p.min} for this kind of session.` : `must be ${p.min} to ${p.max} teams for this kind of session.`,
        belowBooked: (p: { booked: number }) => `cannot be lower than the ${p.booked} seats already taken.`,
        locationRequired: 'is required for an in-person session.',
        joinUrlRequired: 'is required for an online session.',
        startInPast: 'is in the past: a new session must start later than now.',
        closesBeforeOpens: 'must be after booking opens.',
        closesAfterStart: 'must be at or before the start.',
        unknownTopic: 'is not a topic of the catalogue.',
        other: 'is not valid.',
      },
      exists: (p: { id: string }) => `A session with the id "${p.id}" already exists: choose another id.`,
      capacityBelowBooked: (p: { booked: number }) => `${p.booked} teams already hold a seat: the capacity cannot be lower than that.`,
      cancelled: 'This session is cancelled and cannot be changed.',
      created: (p: { title: string; id: string }) => `"${p.title}" (${p.id}) is created and open for booking in the catalogue.`,
      createdOpensLater: (p: { title: string; id: string; date: string }) =>
        `"${p.title}" (${p.id}) is created and in the catalogue; booking opens on ${p.date}.`,
      updated: (p: { title: string }) => `"${p.title}" is updated.`,
      updatedTold: (p: { title: string; count: number }) =>
        `"${p.title}" is updated with its new time or place. ${p.count === 0 ? 'No team had booked it.' : p.count === 1 ? 'I am telling the 1 team that had a seat or a waitlist place.' : `I am telling the ${p.count} teams that had a seat or a waitlist place.`}`,
      cardsOnly: 'Creating and editing sessions needs a client that shows cards (Teams).',
    },
  },
};
