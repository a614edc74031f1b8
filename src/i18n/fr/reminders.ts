import type { reminders as en } from '../en/reminders';

/** Les rappels en français. */
export const reminders: typeof en = {
  kinds: {
    'idea-deadline': 'Date limite des idées',
    'proposal-deadline': 'Date limite des propositions (équipes présélectionnées)',
    announcements: 'Annonces de la présélection et des financements',
    sessions: 'Mes cliniques et ateliers',
  },
  intro: (p) =>
    `J’envoie des rappels avant les échéances de l’appel, à ${p.hour} à votre heure et jamais la nuit, et 24 heures puis 1 heure avant vos cliniques et ateliers. Tapez « mes rappels » pour choisir lesquels vous recevez.`,

  title: {
    ideaDeadline: (p) => `La date limite des idées est ${p.relative}`,
    proposalDeadline: (p) => `La date limite des propositions est ${p.relative}`,
    shortlist: (p) => `Les idées présélectionnées sont annoncées ${p.relative}`,
    funding: (p) => `Les propositions financées sont annoncées ${p.relative}`,
    session: (p) => `${p.title} commence ${p.relative}`,
  },
  when: (p) => `${p.date} (${p.zone})`,
  missing: {
    notStarted: 'Vous n’avez pas encore commencé votre formulaire d’idée.',
    fieldsLeft: (p) =>
      `${p.total === 1 ? 'Il manque encore 1 réponse' : `Il manque encore ${p.total} réponses`}, dont ${p.left} dans la section ${p.number} (${p.title}).`,
    complete: 'Toutes les sections sont remplies : relisez et soumettez votre idée.',
    proposalItems: (p) => `Il manque encore à votre proposition : ${p.items}.`,
    proposalComplete: 'Votre proposition est déposée et sa liste est complète : rien d’autre n’est nécessaire, sauf si vous envoyez une version plus récente.',
    proposalNotHandedIn: 'Le document de votre proposition n’est pas encore déposé : ouvrez « Ma proposition » et envoyez-le dans cette conversation.',
  },
  actions: { myProposal: 'Ma proposition', continueIdea: 'Reprendre mon idée', startIdea: 'Commencer mon idée', bookClinic: 'Réserver une clinique', stop: 'Arrêter ces rappels', join: 'Rejoindre', myBookings: 'Mes réservations' },

  settings: {
    title: 'Mes rappels',
    intro: (p) =>
      `Choisissez les rappels que vous voulez. Ceux des dates de l’appel arrivent à ${p.hour} dans votre fuseau horaire, jamais la nuit ; ceux de vos cliniques et ateliers, 24 heures et 1 heure avant chacun.`,
    hourNote: (p) => `Votre fuseau horaire : ${p.zone}. « ${p.change} » en choisit un autre.`,
    save: 'Enregistrer',
    saved: 'C’est enregistré. Vous ne recevrez que les rappels laissés actifs.',
    textHint: 'Répondez « arrêter les rappels » pour tous les désactiver, ou « activer les rappels » pour tous les activer.',
  },
  stoppedAll: 'C’est fait : plus aucun rappel. Pour en recevoir de nouveau, cochez-les ci-dessous et appuyez sur « Enregistrer ».',
  stoppedAllText: 'C’est fait : plus aucun rappel. Répondez « activer les rappels » pour tous les recevoir de nouveau.',
  startedAll: 'C’est fait : vous recevrez de nouveau tous les rappels.',
  stopped: (p) => `C’est fait : plus de rappels « ${p.kind} ». Tapez « mes rappels » pour les réactiver.`,

  admin: {
    paused: 'Les rappels sont en pause pour tout le monde. Tapez « resume reminders » pour les relancer.',
    resumed: 'Les rappels reprennent.',
    ran: (p) => `Un passage effectué : ${p.sent} envoyés, ${p.dropped} devenus inutiles, ${p.failed} en échec.`,
  },
};
