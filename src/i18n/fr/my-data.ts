import type { myData as english } from '../en/my-data';

/** « Mes données » en français : ce que l'assistant conserve sur la personne, le téléchargement, l'effacement. */
export const myData: typeof english = {
  title: 'Mes données',
  intro: 'Voici tout ce que l’assistant conserve à votre sujet. Téléchargez-le, ou supprimez-le.',
  kinds: {
    profile: 'Langue et fuseau horaire',
    eligibility: 'Vérification d’éligibilité',
    idea: 'Idée',
    proposal: 'Proposition',
    bookings: 'Cliniques et ateliers',
    reminders: 'Rappels et messages',
    questions: 'Questions à l’IKM',
    conversation: 'Cette conversation',
    ikm: 'En tant qu’IKM',
  },
  profile: (p) =>
    `${p.language} (${{ choice: 'votre choix', writing: 'la langue dans laquelle vous écrivez', teams: 'selon Teams' }[p.languageFrom]}), ${p.zone} (${p.chosenZone ? 'votre choix' : 'selon Teams, ou par défaut'}).`,
  eligibility: (p) => `Vos réponses du ${p.at} : ${p.verdict}.`,
  draft: (p) => `Un brouillon${p.title ? `, « ${p.title} »` : ''}, enregistré pour la dernière fois le ${p.at}.`,
  submitted: (p) => `Soumise sous la référence ${p.reference} : ${p.title}.`,
  proposal: (p) => `${p.count === 1 ? '1 version remise' : `${p.count} versions remises`}, la dernière : ${p.name}.`,
  proposalTicksOnly: (p) => `Aucun fichier remis pour l’instant ; ${p.ticked === 1 ? '1 point de la liste coché' : `${p.ticked} points de la liste cochés`}.`,
  ikmActions: (p) =>
    `Votre nom figure sur ${p.count === 1 ? '1 action' : `${p.count} actions`} du journal d’audit (décisions, réponses, annonces…) : elles sont le registre de l’appel et restent si vous supprimez vos données.`,
  bookingStatus: { confirmed: 'place', waitlisted: 'liste d’attente', cancelled: 'session annulée par le Centre' },
  keptQuestions: (p) =>
    `${p.count === 1 ? '1 question posée' : `${p.count} questions posées`} dans les conversations (de groupe et canaux compris), ${p.count === 1 ? 'gardée' : 'gardées'} pour que vous puissiez encore ${p.count === 1 ? 'l’envoyer' : 'les envoyer'} à l’IKM.`,
  question: (p) => `${p.id} « ${p.question} » (${p.answered ? 'réponse reçue' : 'en attente de réponse d’IKM'})`,
  reminders: (p) =>
    `Rappels désactivés : ${p.off}. Rappels et annonces de l’IKM à votre intention (les réponses à vos questions figurent sous « Questions à l’IKM ») : ${p.sent} ${p.sent > 1 ? 'envoyés' : 'envoyé'}, ${p.pending} en attente.`,
  none: 'aucun',
  conversation: 'L’assistant conserve l’adresse de cette conversation pour vous envoyer rappels, réponses de l’IKM et places libérées.',
  nothing: 'Rien n’est conservé.',
  note: (p) => `Les brouillons et les réponses d’éligibilité sont supprimés ${p.days} jours après la clôture de l’appel. Le lien de téléchargement fonctionne une heure.`,
  download: 'Tout télécharger (JSON)',
  delete: 'Supprimer mes données',
  deleteHint: 'Tapez « supprimer mes données » pour les supprimer.',
  erase: {
    title: 'Supprimer vos données ?',
    goesTitle: 'Ce qui est supprimé',
    goes: [
      'votre brouillon, s’il n’a pas été soumis',
      'vos réponses d’éligibilité',
      'vos places et vos places en liste d’attente (les places libérées vont à l’équipe suivante)',
      'vos réglages de rappels, et les rappels pas encore envoyés',
      'vos questions à l’IKM, et celles posées dans les conversations (de groupe et canaux compris), gardées pour « Demander à IKM »',
      'les points cochés de la liste de la proposition, si vous n’avez remis aucun fichier',
      'votre langue et votre fuseau horaire, et l’adresse de cette conversation',
    ],
    staysTitle: 'Ce qui reste',
    stays: ['votre idée soumise, et votre proposition si vous en avez remis une'],
    staysIkm: 'ce que vous avez fait en tant qu’IKM (décisions, réponses, annonces), sous votre nom : le registre de l’appel',
    why: (p) =>
      `Une idée soumise et sa proposition sont la soumission de votre bureau à l’appel : elles restent auprès de l’IKM pour son examen. Écrivez à ${p.mailbox} à leur sujet.`,
    confirm: 'Supprimer mes données',
    keep: 'Les garder',
    textConfirm: 'Répondez « supprimer mes données maintenant » pour confirmer.',
    waiting: (p) =>
      p.count === 1
        ? 'Une de vos questions à l’IKM attend encore sa réponse : supprimer vos données la retire, et aucune réponse ne viendra.'
        : `${p.count} de vos questions à l’IKM attendent encore leur réponse : supprimer vos données les retire, et aucune réponse ne viendra.`,
    alreadyDeleted:
      'Vos données sont déjà supprimées : il ne reste rien de ce que « Supprimer mes données » efface. Une idée soumise ou une proposition remise reste auprès d’IKM, comme l’indiquait la carte de suppression.',
    stale: 'Cette confirmation n’est pas la dernière (ou elle a déjà servi) : je n’ai rien supprimé. Voici ce qui serait supprimé maintenant ; confirmez à nouveau si vous le souhaitez toujours.',
    done: (p) => {
      const parts = [
        p.bookings ? (p.bookings === 1 ? '1 réservation libérée' : `${p.bookings} réservations libérées`) : '',
        p.withdrawn ? (p.withdrawn === 1 ? '1 question à l’IKM retirée : aucune réponse ne viendra' : `${p.withdrawn} questions à l’IKM retirées : aucune réponse ne viendra`) : '',
        p.answered
          ? p.answered === 1
            ? '1 question à laquelle l’IKM a répondu : l’IKM garde sa réponse, sans votre nom ni vos mots'
            : `${p.answered} questions auxquelles l’IKM a répondu : l’IKM garde ses réponses, sans votre nom ni vos mots`
          : '',
      ].filter(Boolean);
      return `C’est fait : vos données sont supprimées${parts.length ? ` (${parts.join(' ; ')})` : ''}. L’assistant repart de zéro si vous écrivez de nouveau.`;
    },
  },
};
