import type { sessions as en } from '../en/sessions';

/** Cliniques et ateliers, en français (même forme que `en`). */
export const sessions: typeof en = {
  prefixes: {
    book: ['reserver'],
    cancelBooking: ['annuler la reservation', 'annuler ma reservation'],
    cancelSession: ['annuler la session'],
    attendees: ['participants'],
    timeZone: ['fuseau horaire', 'mon fuseau horaire', 'changer de fuseau horaire', 'changer mon fuseau horaire'],
    createSession: ['creer une session', 'nouvelle session'],
    editSession: ['modifier la session'],
  },

  catalogue: {
    title: 'Cliniques et ateliers',
    intro: 'Des cliniques (une équipe, un expert) et des ateliers pour les équipes présélectionnées et les bureaux de l’OIM.',
    zone: (p) => `Les heures sont indiquées dans votre fuseau horaire : ${p.zone}.`,
    zoneShared: (p) => `Les heures sont indiquées dans ce fuseau horaire : ${p.zone}. Dans une conversation personnelle avec moi, elles le sont dans votre propre fuseau horaire.`,
    bookInPersonalChat: 'Pour réserver une place, ouvrez une conversation personnelle avec moi : chaque réservation est propre à une équipe.',
    none: 'Aucune session à venir ne correspond pour le moment.',
    noneFiltered: (p) => `Filtre : ${p.filters}. « ${p.all} » montre tous les types de session ; « ${p.allTopics} » puis « ${p.show} », tous les thèmes.`,
    noneFilteredTyped: (p) => `Filtre : ${p.filters}. Tapez « cliniques » pour voir toutes les sessions.`,
    shortlistedOnly: (p: { notYours: number; openNow: number; announced: boolean }) =>
      `${p.notYours === 1 ? '1 session ci-dessous est réservée' : `${p.notYours} sessions ci-dessous sont réservées`} aux équipes présélectionnées${p.announced ? '' : ` et ${p.notYours === 1 ? 's’ouvrira' : 's’ouvriront'} à la vôtre dès que son idée le sera`} ; ${p.openNow === 0 ? 'aucune autre ci-dessous ne peut être réservée pour le moment' : p.openNow === 1 ? '1 autre peut être réservée dès maintenant' : `${p.openNow} autres peuvent être réservées dès maintenant`}.`,
    filters: { all: 'Toutes', clinic: 'Cliniques', workshop: 'Ateliers' },
    topic: 'Thème',
    allTopics: 'Tous les thèmes',
    show: 'Afficher',
    mine: 'Mes réservations',
    changeZone: 'Changer de fuseau horaire',
    textHint: 'Pour réserver, répondez « réserver » suivi de l’identifiant de la session, par exemple : réserver clinic-scaling-1.',
  },

  kinds: { clinic: 'Clinique', workshop: 'Atelier' },
  when: (p) => `${p.date}, ${p.start}–${p.end}${p.zone ? ` (${p.zone})` : ''}`,
  host: (p) => `Avec : ${p.host}`,
  seatsLeft: (p) => (p.count === 1 ? '1 place restante' : `${p.count} places restantes`),
  forShortlisted: 'Pour les équipes présélectionnées : ouverte à votre équipe dès que son idée est présélectionnée.',
  forShortlistedOnly: 'Réservée aux équipes présélectionnées.',
  full: 'Complet : inscrivez-vous sur la liste d’attente',
  online: 'En ligne (réunion Teams)',
  inPerson: (p) => `En présentiel : ${p.location} (lien Teams pour participer à distance)`,
  inPersonOnly: (p) => `En présentiel : ${p.location}`,
  bookButton: 'Réserver',
  waitlistButton: 'Liste d’attente',

  booking: {
    confirmedTitle: 'Votre place est réservée',
    waitlistedTitle: 'Vous êtes sur la liste d’attente',
    confirmed: (p) => `Vous avez une place pour « ${p.title} ».`,
    waitlisted: (p) =>
      `Plus de place libre à « ${p.title} » : vous êtes numéro ${p.position} sur la liste d’attente. Si une place se libère, elle est à vous aussitôt et je vous préviendrai ici.`,
    alreadyConfirmed: 'Vous avez déjà cette place : rien n’a changé.',
    alreadyWaitlisted: (p) => `Vous êtes déjà sur la liste d’attente (numéro ${p.position}) : rien n’a changé.`,
    join: 'Rejoindre',
    calendar: 'Ajouter au calendrier',
    calendarUpdate: 'Mettre à jour mon calendrier',
    cancel: 'Annuler ma réservation',
    links: (p) => `${p.join ? `Rejoindre : ${p.join}\n` : ''}Ajouter au calendrier : ${p.calendar}`,
    leaveWaitlist: 'Quitter la liste d’attente',
  },

  refusals: {
    notFound: 'Je ne trouve pas cette session. Tapez « cliniques » pour voir les sessions actuelles.',
    cancelled: 'Cette session a été annulée : elle ne peut pas être réservée.',
    inThePast: 'Cette session a déjà commencé : elle ne peut plus être réservée.',
    windowNotOpen: (p) => `Les réservations pour cette session ouvrent le ${p.date}.`,
    windowClosed: (p) => `Les réservations pour cette session ont fermé le ${p.date}.`,
    notShortlisted: 'Cette session est réservée aux équipes présélectionnées, et votre équipe n’en fait pas partie.',
    notShortlistedYet: 'Cette session est réservée aux équipes présélectionnées ; elle s’ouvrira à la vôtre si son idée est présélectionnée.',
    topicLimit: (p) =>
      p.limit === 1
        ? `Votre équipe a déjà une clinique sur « ${p.topic} » : une par thème, pour laisser leur chance aux autres équipes.`
        : `Votre équipe a déjà ${p.limit} cliniques sur « ${p.topic} », le maximum par équipe.`,
    overlap: (p) => `Vous avez déjà une place dans « ${p.title} » au même moment.`,
    moveInstead: (p) => `Vous pouvez plutôt déplacer ici votre réservation de « ${p.title} », ${p.when}.`,
    moveInsteadButton: 'Déplacer ma réservation ici',
    busy: 'Je traite encore votre demande précédente pour cette session. Réessayez dans un instant.',
    full: 'Cette session est complète.',
  },

  cancel: {
    title: 'Réservation annulée',
    confirmed: (p) =>
      `Votre réservation de « ${p.title} » est annulée. Si la session figure dans votre calendrier, « ${p.button} » l’y marque comme annulée.`,
    waitlisted: (p) => `Vous avez quitté la liste d’attente de « ${p.title} ».`,
    notBooked: 'Vous n’avez plus de réservation pour cette session (elle est peut-être déjà annulée ou déplacée : « mes réservations » liste les vôtres) : rien n’a changé.',
    cutoff: (p) =>
      `Il est trop tard pour annuler en ligne : cette réservation pouvait être annulée jusqu’au ${p.date}. Écrivez à l’unité IKM à ikm@iom.int.`,
    ask: {
      seat: (p) => `Annuler votre place à « ${p.title} » ?`,
      place: (p) => `Quitter la liste d’attente de « ${p.title} » ?`,
      seatNote: 'La place revient à l’équipe suivante sur la liste d’attente, et vous pourriez ne pas la retrouver.',
      seatNoteFree: 'La place redevient libre pour les autres équipes, et vous pourriez ne pas la retrouver.',
      placeNote: 'Vous perdez votre rang dans la file.',
      yes: 'Oui, annuler',
      keep: 'Non, garder',
    },
    kept: (p) => `Rien n’a changé : vous gardez votre réservation de « ${p.title} ».`,
    nothingToKeep: (p) =>
      `Vous n’avez plus de réservation pour « ${p.title} » : il n’y a rien à garder. Tapez « cliniques » pour voir les sessions et réserver à nouveau.`,
  },

  offer: {
    title: 'Une place s’est libérée',
    text: (p) => `Une place s’est libérée pour « ${p.title} » : elle est à vous. Si vous ne pouvez pas venir, libérez-la pour qu’une autre équipe en profite.`,
    decline: 'Libérer cette place',
    declineText: (p) => `Pour la libérer, répondez « ${p.command} ».`,
    declined: (p) => `Vous avez libéré votre place dans « ${p.title} » ; elle va à l’équipe suivante sur la liste d’attente.`,
    declinedFree: (p) => `Vous avez libéré votre place dans « ${p.title} » ; elle est de nouveau disponible pour les autres équipes.`,
    declinedTitle: 'Place libérée',
    calendarHint: (p) => `Si la session figure dans votre calendrier, « ${p.button} » l’y marque comme annulée.`,
    notOffered: 'Vous n’avez pas de place obtenue par la liste d’attente dans cette session : rien n’a changé.',
  },

  move: {
    button: 'Passer à une autre session',
    title: (p: { title: string }) => `Déplacer « ${p.title} »`,
    intro: 'Choisissez la session où aller. Vous gardez votre réservation actuelle jusqu’à ce que la nouvelle place soit à vous.',
    none: 'Aucune autre session à venir de ce type n’est ouverte à la réservation pour le moment.',
    here: 'Aller ici',
    movedTitle: 'Votre réservation a été déplacée',
    moved: (p) =>
      `C’est fait : vous avez quitté « ${p.from} », ${p.fromWhen}, et vous avez une place dans « ${p.to} », ${p.toWhen}. Si « ${p.from} » figure dans votre calendrier, « ${p.button} » y marque cette session comme annulée.`,
    leftCalendar: 'Mettre à jour l’ancienne',
    sameSession: 'Vous êtes déjà inscrit à cette session : rien n’a changé.',
    notBooked: 'Vous n’avez pas de réservation de cette session à déplacer : rien n’a changé.',
    cutoff: (p: { date: string }) =>
      `Il est trop tard pour déplacer cette réservation : elle pouvait être modifiée jusqu’au ${p.date}. Écrivez à l’unité IKM à ikm@iom.int.`,
    alreadyBooked: 'Vous avez déjà une réservation de cette session : rien n’a changé.',
    alreadyMoved: (p: { from: string; fromWhen: string; to: string; toWhen: string }) =>
      `Votre réservation a déjà été déplacée : vous avez une place dans « ${p.to} », ${p.toWhen}, et plus aucune dans « ${p.from} », ${p.fromWhen}. Rien n’a changé.`,
    full: (p: { title: string }) => `« ${p.title} » n’a plus de place libre : votre réservation reste où elle était.`,
    textHint: 'Répondez « mes réservations » pour voir vos réservations.',
  },

  mine: {
    title: 'Mes réservations',
    none: 'Vous n’avez aucune réservation pour une session à venir. Tapez « cliniques » pour voir les sessions.',
    confirmed: 'Réservée',
    confirmedLocked: 'Réservée (trop près du début pour l’annuler ou la déplacer)',
    waitlisted: (p) => `Liste d’attente, numéro ${p.position}`,
    offered: 'Place obtenue par la liste d’attente',
    cancelledByHub: 'Annulée par le Centre d’innovation',
    cancelHint: 'Pour annuler, répondez « annuler la réservation » suivi de l’identifiant de la session.',
  },

  zone: {
    prompt: (p) => `Les dates et les heures sont indiquées en ${p.zone}. Quel fuseau horaire dois-je utiliser ?`,
    label: 'Fuseau horaire',
    save: 'Enregistrer',
    changed: (p) => `C’est fait : les dates et les heures (sessions, échéances, rappels) sont maintenant indiquées en ${p.zone}.`,
    fixedOffset: 'Un décalage fixe ne suit pas l’heure d’été ; si votre heure change selon la saison, indiquez plutôt votre ville.',
    unknown: (p) =>
      `Je ne connais pas le fuseau horaire « ${p.zone} ». Écrivez votre ville ou votre pays (par exemple : fuseau horaire Dakar), un nom de fuseau comme Europe/Paris ou un décalage comme UTC+1.`,
    ambiguous: (p) => `Pour être sûr de ce que « ${p.zone} » désigne, écrivez plutôt votre ville (${p.cities}...), par exemple : fuseau horaire ${p.example}.`,
    severalZones: (p) => `« ${p.zone} » compte plusieurs fuseaux horaires : écrivez votre ville (${p.cities}...), par exemple : fuseau horaire ${p.example}.`,
    severalPlaces: (p) => `Plusieurs lieux s’appellent « ${p.zone} », dans des fuseaux horaires différents : écrivez plutôt l’un de ceux-ci (${p.cities}...), par exemple : fuseau horaire ${p.example}.`,
    textHint: 'Répondez « fuseau horaire » suivi de votre ville ou de votre fuseau, par exemple : fuseau horaire Dakar.',
    typeHint: 'Pas dans la liste ? Tapez « fuseau horaire » suivi de votre ville, par exemple : fuseau horaire Dakar. Un nom de fuseau (Asia/Kolkata) ou un décalage (UTC+6) fonctionne aussi.',
  },

  cancelledByHub: (p) =>
    `La session « ${p.title} » a été annulée par le Centre d’innovation : votre réservation ne tient plus et il n’y a rien à modifier. Tapez « cliniques » pour choisir une autre session.`,

  cancelledTitle: 'Une de vos sessions est annulée',
  calendarUpdateHint: 'Si la session annulée figure dans votre calendrier, mettez-le à jour avec « Mettre à jour mon calendrier », ci-dessous.',
  sessionCancelled: (p) =>
    `Désolé : la session « ${p.title} » (${p.date}) a été annulée par le Centre d’innovation, votre réservation ne tient donc plus. Tapez « cliniques » pour choisir une autre session.`,

  changedTitle: 'Une de vos sessions a changé',
  changeKinds: { time: 'nouvel horaire', place: 'nouveau lieu', link: 'nouveau lien Teams' },

  sessionChanged: (p) =>
    `La session « ${p.title} » a changé (${p.what}) : elle aura désormais lieu le ${p.date}${p.before ? ` (au lieu du ${p.before})` : ''}. ${p.place}. Votre place est maintenue. Si la session est dans votre calendrier, ajoutez-la de nouveau ci-dessous pour la mettre à jour.`,

  sessionChangedWaitlist: (p) =>
    `La session « ${p.title} » a changé (${p.what}) : elle aura désormais lieu le ${p.date}${p.before ? ` (au lieu du ${p.before})` : ''}. ${p.place}. Vous gardez votre place sur la liste d’attente ; quittez-la ci-dessous si la session ne vous convient plus.`,

  admin: {
    cancelUsage: 'Écrivez « annuler la session » suivi de l’identifiant, par exemple : annuler la session clinic-scaling-1.',
    cancelAsk: (p) => `Annuler « ${p.title} » (${p.id}) ?`,
    cancelNote: (p) =>
      `${p.confirmed === 0 && p.waitlisted === 0 ? 'Aucune équipe ne l’a réservée.' : `${p.confirmed === 1 ? '1 équipe a une place' : `${p.confirmed} équipes ont une place`} et ${p.waitlisted === 1 ? '1 attend' : `${p.waitlisted} attendent`} : chacune est prévenue aussitôt.`} Une session annulée ne peut pas être rouverte, ni son identifiant servir pour une autre.`,
    cancelYes: 'Oui, annuler la session',
    cancelKeep: 'Non, la garder',
    kept: (p) => `« ${p.title} » reste telle quelle ; rien n’a changé.`,
    editUsage: 'Écrivez « modifier la session » suivi de l’identifiant, par exemple : modifier la session clinic-scaling-1. « Cliniques et ateliers » du bureau IKM liste chaque session avec son identifiant.',
    attendeesUsage: 'Écrivez « participants » suivi de l’identifiant, par exemple : participants workshop-foresight.',
    notFound: (p) => `Aucune session n’a l’identifiant « ${p.id} ».`,
    cancelled: (p) =>
      `« ${p.title} » est annulé. ${p.count === 0 ? 'Aucune équipe ne l’avait réservé.' : `${p.count === 1 ? 'Je préviens l’équipe' : `Je préviens les ${p.count} équipes`} qui avaient une place ou étaient sur la liste d’attente.`}`,
    over: (p) => `« ${p.title} » a déjà eu lieu : il n’y a rien à annuler.`,
    alreadyCancelled: (p) => `« ${p.title} » était déjà annulé : rien n’a changé.`,
    attendeesTitle: (p) => `Participants : ${p.title}`,
    counts: (p) => `${p.confirmed} place(s) prise(s) sur ${p.capacity}, ${p.waitlisted} sur la liste d’attente.`,
    confirmed: 'place',
    waitlisted: (p) => `liste d’attente ${p.position}`,
    none: 'Personne n’a encore réservé cette session.',
    cancelledSession: (p) =>
      p.count === 0
        ? 'Cette session est annulée ; aucune équipe ne l’avait réservée.'
        : `Cette session est annulée. ${p.count === 1 ? 'Cette équipe y avait' : `Ces ${p.count} équipes y avaient`} une place ou un rang sur la liste d’attente, et ${p.count === 1 ? 'a reçu' : 'ont reçu'} l’avis d’annulation :`,
    download: 'Télécharger le CSV (lien valable une heure)',
    form: {
      createTitle: 'Créer une session',
      editTitle: (p: { id: string }) => `Modifier la session ${p.id}`,
      intro: (p: { zone: string }) =>
        `Les dates et heures sont dans le fuseau horaire de l’appel, ${p.zone}, comme partout sur le bureau IKM. Les titres en français et en espagnol sont facultatifs (le titre anglais les remplace). La réservation ouvre maintenant et ferme au début, sauf si vous les indiquez.`,
      problemsTitle: 'Veuillez corriger :',
      required: 'Ce champ est obligatoire.',
      save: 'Enregistrer',
      labels: {
        id: 'Identifiant (minuscules, chiffres et tirets)',
        kind: 'Type',
        titleEn: 'Titre (anglais)',
        titleFr: 'Titre (français, facultatif)',
        titleEs: 'Titre (espagnol, facultatif)',
        topic: 'Thème',
        host: 'Animateur',
        startDate: 'Date de début',
        startTime: 'Heure de début',
        durationMinutes: 'Durée (minutes)',
        format: 'Format',
        location: 'Lieu (en présentiel)',
        joinUrl: 'Lien de la réunion Teams (obligatoire pour une session en ligne)',
        capacity: 'Capacité (équipes ; une pour une clinique)',
        opensDate: 'Ouverture des réservations (date)',
        opensTime: 'Ouverture des réservations (heure)',
        closesDate: 'Clôture des réservations (date)',
        closesTime: 'Clôture des réservations (heure)',
        cutoffHours: 'Délai d’annulation (heures avant le début)',
        audience: 'Public',
      },
      formats: { online: 'En ligne', 'in-person': 'En présentiel' },
      audiences: { everyone: 'Tout le monde', shortlisted: 'Équipes présélectionnées uniquement' },
      problem: (p: { field: string; reason: string }) => `${p.field} : ${p.reason}`,
      problemNames: { joinUrl: 'Lien de la réunion Teams' },
      reasons: {
        required: 'est obligatoire.',
        notWholeNumber: 'doit être un nombre entier.',
        invalidValue: 'n’est pas l’un des choix.',
        invalidSlug: 'doit être en minuscules et chiffres reliés par des tirets, par ex. workshop-pitching-2.',
        tooLong: (p: { maximum: number }) => `doit compter au plus ${p.maximum} caractères.`,
        tooSmall: (p: { minimum: number }) => `doit être au moins ${p.minimum}.`,
        tooBig: (p: { maximum: number }) => `doit être au plus ${p.maximum}.`,
        invalidDate: 'n’est pas une date et une heure lisibles (par exemple 2024-11-20 et 09:00).',
        notTeamsLink: 'doit être un lien https vers une réunion Teams (https://teams.microsoft.com/l/meetup-join/...).',
        durationOutOfRange: (p: { min: number; max: number }) => `doit être de ${p.min} à ${p.max} minutes pour ce type de session.`,
        capacityOutOfRange: (p: { min: number; max: number }) =>
          p.min === p.max ? `doit être exactement ${p.min} pour ce type de session.` : `doit être de ${p.min} à ${p.max} équipes pour ce type de session.`,
        belowBooked: (p: { booked: number }) => `ne peut pas être inférieure aux ${p.booked} places déjà prises.`,
        locationRequired: 'est obligatoire pour une session en présentiel.',
        joinUrlRequired: 'est obligatoire pour une session en ligne.',
        startInPast: 'est dans le passé : une nouvelle session doit commencer plus tard que maintenant.',
        closesBeforeOpens: 'doit être après l’ouverture des réservations.',
        closesAfterStart: 'doit être au plus tard au début.',
        unknownTopic: 'n’est pas un thème du catalogue.',
        other: 'n’est pas valide.',
      },
      exists: (p: { id: string }) => `Une session avec l’identifiant « ${p.id} » existe déjà : choisissez un autre identifiant.`,
      capacityBelowBooked: (p: { booked: number }) => `${p.booked} équipes ont déjà une place : la capacité ne peut pas être inférieure.`,
      cancelled: 'Cette session est annulée et ne peut plus être modifiée.',
      created: (p: { title: string; id: string }) => `« ${p.title} » (${p.id}) est créée et ouverte à la réservation dans le catalogue.`,
      createdOpensLater: (p: { title: string; id: string; date: string }) =>
        `« ${p.title} » (${p.id}) est créée et figure dans le catalogue ; les réservations ouvrent le ${p.date}.`,
      updated: (p: { title: string }) => `« ${p.title} » est mise à jour.`,
      updatedTold: (p: { title: string; count: number }) =>
        `« ${p.title} » est mise à jour avec son nouvel horaire ou son nouveau lieu. ${p.count === 0 ? 'Aucune équipe ne l’avait réservée.' : p.count === 1 ? 'Je préviens l’équipe qui avait une place ou une place en liste d’attente.' : `Je préviens les ${p.count} équipes qui avaient une place ou une place en liste d’attente.`}`,
      cardsOnly: 'Créer et modifier des sessions demande un client qui affiche les cartes (Teams).',
    },
  },
};
