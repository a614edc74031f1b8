import type { faq as en } from '../en/faq';

/** Questions et réponses en français (même forme que `en`). */
export const faq: typeof en = {
  relative: {
    today: 'aujourd’hui',
    tomorrow: 'demain',
    yesterday: 'hier',
    inDays: (p) => `dans ${p.days} jours`,
    daysAgo: (p) => `il y a ${p.days} jours`,
    closed: 'échéance passée',
    announced: 'annonce déjà faite',
    withDate: (p) => `${p.date} (${p.relative})`,
  },

  months: (p) => `${p.count} mois`,

  listSeparator: ' ; ',

  languageNames: { en: 'anglais', fr: 'français', es: 'espagnol' },

  source: (p) => `Source : ${p.document}, ${p.section}`,

  documents: {
    'call-page': 'page de l’appel du Centre d’innovation',
    'launch-news': 'communiqué de lancement du Centre',
    'call-facts': 'résumé de l’appel par IKM',
  },

  decisionTold: {
    shortlist: (p) => `L’IKM a annoncé la présélection le ${p.date} : chaque équipe en a été informée dans sa conversation avec cet assistant (« Ma proposition » l’indique à une équipe présélectionnée).`,
    funding: (p) => `L’IKM a annoncé les décisions de financement le ${p.date} : chaque équipe en a été informée dans sa conversation avec cet assistant (« Ma proposition » l’indique).`,
  },
  answer: {
    related: 'Questions liées',
    feedback: {
      prompt: 'Cette réponse vous a-t-elle aidé ?',
      yes: 'Oui',
      no: 'Non',
      thanksYes: 'Parfait, merci !',
      thanksNo: 'Merci de nous l’avoir signalé. Vous pouvez poser la question directement à IKM.',
    },
  },

  unsure: {
    askInsteadText: 'Ce n’est pas ce que vous cherchiez ? Répondez « demander à IKM » et j’enverrai votre question à l’unité IKM.',
    closest: 'Je ne suis pas sûr d’avoir compris. Voici la réponse la plus proche que j’ai trouvée :',
    askInstead: 'Ce n’est pas ce que vous cherchiez ? Vous pouvez poser la question à IKM.',
    nothing: 'Je ne suis pas sûr d’avoir compris. Voulez-vous poser la question à IKM ?',
  },

  offTopic:
    'Je ne peux répondre qu’aux questions sur l’appel du Centre d’innovation. Pour le reste, adressez-vous au service compétent de l’OIM.',
  offTopicAsk: 'Si votre question porte bien sur l’appel, envoyez-la à l’unité IKM.',
  offTopicAskText: 'Si votre question porte bien sur l’appel, répondez « demander à IKM » et je l’enverrai à l’unité IKM.',

  languageNote: 'Vous avez écrit en français : je vous réponds en français. Pour utiliser le français partout, écrivez « français ».',

  notUnderstood: {
    text: 'Je n’ai pas compris. Posez-moi votre question sur l’appel avec vos propres mots, ou tapez « menu » pour voir ce que je sais faire.',
    hint: 'Si c’était une question pour l’unité IKM, vous pouvez l’envoyer telle quelle.',
    hintText: 'Si c’était une question pour l’unité IKM, répondez « demander à IKM » et je l’enverrai telle quelle.',
  },
  unreadable: {
    text: 'Je ne lis que l’anglais, le français et l’espagnol. Merci d’écrire votre question dans l’une de ces langues.',
    hint: 'Tapez « menu » pour voir ce que je sais faire, ou envoyez votre question telle quelle à l’unité IKM.',
    hintText: 'Répondez « menu » pour voir ce que je sais faire, ou « demander à IKM » et j’enverrai votre question telle quelle à l’unité IKM.',
  },

  askIkm: {
    button: 'Demander à IKM',
    prompt: 'Écrivez votre question pour IKM en un seul message.',
    sent: (p) =>
      `Votre question a été transmise à IKM (ticket ${p.ticket}). L’unité répond en général sous ${p.days} jours ouvrables ; la réponse arrivera ici.`,
    confirm: {
      title: 'Envoyer cette question à IKM ?',
      expect: (p) =>
        `L’${p.unit.charAt(0).toLowerCase()}${p.unit.slice(1)} répond en général sous ${p.days} jours ouvrables. La réponse arrivera ici, dans cette conversation. IKM voit votre nom et votre question.`,
      shortened: (p) => `Seuls les ${p.max} premiers caractères seront envoyés.`,
      send: 'Envoyer à IKM',
      cancel: 'Ne pas envoyer',
    },
    cancelled: 'Rien n’a été envoyé. Posez-moi une autre question quand vous voulez.',
    someoneElses: 'Cette question a été posée par quelqu’un d’autre ici : seule cette personne peut l’envoyer à IKM. Pour la poser vous-même, écrivez-la, puis choisissez « Demander à IKM ».',
    expired: 'Je n’ai plus cette question. Écrivez-la de nouveau, puis choisissez « Demander à IKM ».',
    answered: (p) => `IKM a répondu à votre question (ticket ${p.ticket}), « ${p.question} » :\n\n${p.answer}`,
    answeredFor: (p) => `IKM a répondu à la question posée ici par ${p.name} (ticket ${p.ticket}), « ${p.question} » :\n\n${p.answer}`,
    failed: (p) => `Désolé, votre question n’a pas pu être transmise. Réessayez, ou écrivez à ${p.mailbox}.`,
    cannotWithdraw: (p) =>
      `Cette question a déjà été transmise à l’IKM (ticket ${p.ticket}) ; elle ne peut plus être retenue ici. Pour la retirer, écrivez à ${p.mailbox} en indiquant son ticket.`,
    alreadySent: (p) =>
      `Cette question a déjà été transmise à IKM (ticket ${p.ticket}) ; elle n’a donc pas été envoyée une seconde fois.`,
    waiting: (p) =>
      `Votre question ${p.ticket}, « ${p.question} », attend la réponse de l’IKM. Elle arrive en général sous ${p.days} jours ouvrables, ici même.`,
    notYours: (p) => `Aucune de vos questions à l’IKM ne porte le numéro ${p.ticket}. « Mes données » liste les vôtres.`,
  },

  channel: {
    newQuestion: (p) => `Nouvelle question de ${p.name}`,
    answeredQuestion: (p) => `Question de ${p.name}, avec sa réponse`,
    erasedQuestion: (p) => `Question ${p.ticket} : la personne qui l’a posée a supprimé ses données`,
    erasedNoSuggestion: (p) =>
      `La personne qui a posé ${p.ticket} a supprimé ses données : il ne reste que la réponse, donc aucune question à proposer pour la FAQ.`,
    labels: { ticket: 'Ticket', office: 'Bureau', language: 'Langue', asked: 'Posée le' },
    answerButton: 'Répondre',
    withdrawn: {
      title: (p) => `Question ${p.ticket} retirée`,
      question: 'La personne qui l’a posée a supprimé ses données dans l’assistant avant toute réponse : la question a été effacée avec elles.',
      closed: 'Clôturée',
      nothingToDo: 'Il n’y a rien à répondre.',
    },
    answerPlaceholder: 'Écrivez la réponse (4 000 caractères au plus, affichée telle quelle, sans mise en forme ; un lien par son adresse complète) ; elle sera envoyée à la personne qui a posé la question.',
    answerTooLong: (p) =>
      `La réponse compte ${p.count} caractères, plus que les ${p.max} permis : rien n’a été envoyé. Elle est dans la case ci-dessous : raccourcissez-la et envoyez-la de nouveau.`,
    sendButton: 'Envoyer la réponse',
    addToFaqButton: 'Ajouter à la FAQ',
    addedToFaq: (p) => `Proposée pour la FAQ par ${p.name}`,
    answeredBy: (p) => `Réponse de ${p.name}`,
    alreadyAnswered: (p) => `${p.name} a déjà répondu à cette question.`,
    answerFirst: 'Écrivez d’abord une réponse : la case était vide, rien n’a donc été envoyé.',
    yourAnswer: (p) => `Ce que vous aviez écrit, à garder si vous le souhaitez :\n\n${p.answer}`,
    notFound: (p) =>
      `Il n’y a pas (ou plus) de question ${p.ticket} : une question disparaît quand la personne qui l’a posée supprime ses données. Rien n’a été envoyé. La file des questions du bureau IKM liste celles qui sont ouvertes.`,
    suggested: (p) =>
      `C’est noté : la question et la réponse de ${p.ticket} sont proposées pour la FAQ. Les exports du bureau IKM listent chaque proposition (propositions pour la FAQ, CSV) pour qui met la FAQ à jour.`,
    alreadySuggested: (p) => `${p.ticket} est déjà proposé pour la FAQ ; les exports du bureau IKM le listent.`,
    answerSent: (p) => `Envoyé : votre réponse au ticket ${p.ticket} a été transmise à ${p.name}, dans la conversation où la question a été posée.`,
    answerSaved: (p) =>
      `Votre réponse au ticket ${p.ticket} est enregistrée, mais il n’a pas été possible de joindre ${p.name} pour l’instant : la réponse lui parviendra avec son prochain message à l’assistant (et l’envoi est retenté à chaque démarrage).`,
  },

  registration: {
    channelOnly: 'Tapez ceci dans le canal d’équipe IKM qui doit recevoir les questions.',
    registered:
      'C’est fait : ce canal reçoit désormais les questions adressées à IKM, et une carte pour chaque idée soumise et chaque proposition remise (celles qu’il a manquées arriveront sous peu). Les administrateurs d’IKM peuvent aussi y ouvrir le bureau, ses exports et les listes de participants.',
    alreadyRegistered: 'Ce canal est déjà le canal d’IKM : les questions pour IKM et les cartes des nouvelles idées et propositions arrivent ici.',
    moved: 'C’est fait : ce canal est désormais celui d’IKM, à la place du précédent. Les questions pour IKM et les cartes des nouvelles idées et propositions arrivent ici dorénavant.',
    unregistered: 'C’est fait : ce canal ne reçoit plus les questions pour IKM, ni les cartes des nouvelles idées et propositions.',
  },


  email: {
    subject: (p) => `Question sur le Centre d’innovation ${p.ticket}`,
    body: (p) =>
      [
        `Une nouvelle question sur l’appel du Centre d’innovation est arrivée par l’assistant (ticket ${p.ticket}).`,
        '',
        `De : ${p.name}`,
        ...(p.office ? [`Bureau : ${p.office}`] : []),
        `Langue : ${p.language}`,
        '',
        p.question,
        '',
        'Merci de répondre depuis le canal IKM dans Teams, pour que la réponse parvienne à la personne qui a posé la question.',
      ].join('\n'),
  },
};
