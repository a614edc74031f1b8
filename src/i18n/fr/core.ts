import type { core as en } from '../en/core';

/** Tout ce que l'assistant dit en français (même forme que `en`). */
export const core: typeof en = {
  languageName: 'Français',

  commands: {
    menu: [
      'bonjour', 'salut', 'menu', 'accueil', 'demarrer', 'bonsoir', 'coucou', 'bonjour a tous', 'qu est ce que c est',
      'c est quoi', 'c est quoi ce bot', 'qui es tu', 'tu es qui', 'qui etes vous', 'slt', 'c quoi', 'c koi', 'c quoi ce bot', 'c koi ce bot',
      'c est koi', 'c est quoi ce truc', 'tu sers a quoi', 'a quoi tu sers', 'vous servez a quoi', 'a quoi servez vous',
      // un chemin de retour, comme on le demande
      'retour', 'revenir', 'menu principal', 'retour au menu', 'revenir au menu', 'retour a l accueil',
    ],
    help: ['aide', 'aidez-moi',
      // dit par quelqu'un de perdu
      'je ne comprends pas', 'je ne comprends rien', 'je comprends pas', 'je comprends rien', 'j ai rien compris', 'je suis perdu', 'je suis perdue',
      // comme un nouveau venu le demande, pour lui-même
      'que puis-je faire', 'que puis-je faire ici', 'qu est-ce que je peux faire', 'qu est-ce que je peux faire ici', 'je peux faire quoi', 'je peux faire quoi ici', 'on peut faire quoi', 'je fais quoi', 'par ou commencer', 'comment commencer',
      'que sais-tu faire', 'que peux-tu faire', 'que pouvez-vous faire', 'que savez-vous faire', 'que peux-tu faire ici', 'que pouvez-vous faire ici', 'que pouvez-vous faire dans ce groupe', 'que pouvez-vous faire dans cette conversation', 'comment pouvez-vous m aider', 'tu fais quoi', 'tu peux faire quoi', 'vous pouvez faire quoi', 'tu peux m aider', 'vous pouvez m aider', 'pouvez-vous m aider', 'peux-tu m aider', 'aide-moi', 'comment ca marche', 'comment ca fonctionne', 'comment t utiliser', 'parametres', 'mes parametres', 'reglages', 'preferences', 'options'],
    cancel: ['annuler', 'arreter', 'quitter', 'laisse tomber', 'laissez tomber', 'on arrete'],
    language: ['langue', 'changer de langue'],
    eligibility: ['eligibilite', 'verifier l eligibilite', 'suis-je eligible', 'verifier si on est eligible', 'verifier si je suis eligible', 'verifier mon eligibilite', 'verifier eligibilite', 'verification d eligibilite', 'verification de l eligibilite'],
    idea: ['mon idee', 'idee', 'continuer mon idee', 'commencer mon idee', 'soumettre une idee', 'continuer', 'reprendre mon idee', 'mon brouillon'],
    ask: ['poser une question', 'question'],
    sessions: ['cliniques', 'ateliers', 'cliniques et ateliers', 'reserver une clinique', 'reserver un atelier'],
    // ("je veux plus de rappels" may be "more reminders" as well as "no more": the settings decide)
    reminders: ['rappels', 'mes rappels', 'changer mes rappels', 'comment changer mes rappels', 'comment arreter les rappels', 'reglages des rappels', 'je veux plus de rappels'],
    stopReminders: [
      'arreter les rappels', 'arreter ces rappels', 'desactiver les rappels', 'plus de rappels', 'je ne veux plus de rappels', 'je ne veux pas de rappels',
      'stop les rappels', 'stop rappels', 'je veux plus recevoir de rappels', 'je ne veux plus recevoir de rappels',
      'desactiver les notifications', 'arreter les notifications', 'stop les notifications', 'plus de notifications',
      'arretez de m envoyer des rappels', 'arretez les rappels', 'ne m envoyez plus de rappels',
    ],
    startReminders: ['activer les rappels', 'reactiver les rappels', 'remettre les rappels', 'rallumer les rappels'],
    mySessions: ['mes reservations', 'mes sessions'],
    timeZone: ['fuseau horaire', 'mon fuseau horaire', 'changer de fuseau horaire', 'changer mon fuseau horaire', 'changer le fuseau horaire'],
    thanks: ['merci', 'merci beaucoup', 'super merci', 'ok merci'],
    acknowledge: ['ok', 'd accord', 'au revoir', 'parfait', 'super', 'tres bien', 'bien recu', 'entendu', 'ca marche', '👍', 'bonne journee', 'bonne soiree', 'a bientot'],
    yesNo: ['oui', 'non', 'ouais'],
    askIkm: ['demander a ikm', 'envoyer a ikm'],
    pauseReminders: ['suspendre les rappels'],
    resumeReminders: ['reprendre les rappels'],
    runReminders: ['envoyer les rappels'],
    registerChannel: ['enregistrer le canal', 'enregistrer ce canal'],
    desk: ['bureau ikm', 'tableau de bord'],
    proposal: ['ma proposition'],
    myData: ['mes donnees', 'mes données', 'quelles donnees gardez vous sur moi', 'que savez vous de moi'],
    deleteMyData: ['supprimer mes donnees', 'effacer mes donnees', 'oubliez-moi', 'comment supprimer mes donnees', 'supprimez mes donnees', 'effacez mes donnees', 'je veux supprimer mes donnees'],
    deleteMyDataNow: ['supprimer mes donnees maintenant'],
    discardDraft: ['supprimer mon brouillon', 'effacer mon brouillon', 'recommencer mon idee', 'repartir de zero'],
    discardDraftNow: ['supprimer mon brouillon maintenant'],
  },

  commandCourtesy: {
    words: [
      's’il vous plaît', 's’il te plaît', 'svp', 'stp', 'merci', 'moi', 'me', 'pour moi', 'bonjour', 'salut', 'ok', 'd’accord',
      'pouvez-vous', 'peux-tu', 'tu peux', 'vous pouvez', 'j’ai besoin', 'besoin', 'je veux', 'je voudrais', 'montre',
      'montre-moi', 'montrez-moi', 'affiche', 'afficher', 'affichez', 'ouvre', 'ouvrir', 'ouvrez', 'voir', 'aller à', 'slt',
      'aller au', 'retour à', 'retour au', 'donne-moi', 'donnez-moi', 'bonsoir', 'coucou',
    ],
    /** The plainly polite ones: the only words read around a command word inside a form ("menu please"). */
    polite: ['s’il vous plaît', 's’il te plaît', 'svp', 'stp', 'merci'],
    articles: ['le', 'la', 'les', 'l’', 'un', 'une', 'de', 'du', 'd’', 'des'],
  },

  welcome: {
    title: "Centre d’innovation de l’OIM",
    greeting: "Bonjour ! Je suis l’assistant du Centre d’innovation.",
    intro:
      "Je peux aider votre bureau à vérifier si une idée correspond à l’appel, à remplir et soumettre le formulaire d’idée, à répondre à vos questions sur l’appel, à réserver des cliniques et des ateliers, et à vous rappeler les échéances.",
    introShared:
      'Ici, tout le monde voit mes réponses : je réponds donc aux questions sur l’appel et je présente les cliniques et les ateliers. Pour vérifier une idée, remplir le formulaire d’idée, voir vos données ou régler vos rappels, ouvrez une conversation personnelle avec moi. Ici, Teams ne me transmet que les messages qui me mentionnent : commencez le vôtre par @Innovation Hub.',
    choose: 'Que souhaitez-vous faire ?',
  },

  menu: {
    desk: 'Bureau IKM',
    proposal: 'Ma proposition',
    myData: 'Mes données',
    eligibility: "Vérifier l’éligibilité",
    idea: 'Commencer ou reprendre mon idée',
    ideaSubmitted: 'Mon idée envoyée',
    ask: 'Poser une question',
    sessions: 'Cliniques et ateliers',
    reminders: 'Mes rappels',
    language: 'Langue',
    help: 'Aide',
    home: 'Menu',
    askIntro:
      'Tapez votre question avec vos mots, en français, en anglais ou en espagnol. Je réponds à partir des documents de l’appel et je cite la source.',
    textIntro: "Répondez par le numéro ou les mots d’une option :",
  },

  personalView:
    'Cela concerne les informations d’une personne (ou, pour l’IKM, les soumissions des personnes) : je ne le fais que dans une conversation personnelle avec moi, que personne d’autre ne lit. Ouvrez une conversation avec l’assistant et demandez-le-moi là.',
  personalViewDesk: 'Le bureau de l’IKM montre les soumissions des personnes : il s’ouvre dans une conversation personnelle avec moi, ou dans le canal de l’IKM enregistré avec « register channel », pas ici.',

  callStatus: {
    // The title is a name ("Cycle d’essai (…)", "Appel à idées 2024"): the sentences never make an
    // adjective agree with it, whatever its gender.
    opens: (p) => `${p.title} : ouverture le ${p.date} (${p.relative}).`,
    open: (p) => `${p.title} : les idées sont attendues jusqu’au ${p.date} (${p.relative}).`,
    shortlisting: (p) =>
      `${p.title} : la date limite des idées est passée le ${p.date}. La présélection est annoncée le ${p.next}.`,
    ideasClosed: (p) =>
      `${p.title} : la date limite des idées est passée le ${p.date}. Les équipes présélectionnées envoient leur proposition complète d’ici le ${p.next}.`,
    reviewing: (p) =>
      `${p.title} : les propositions complètes étaient attendues le ${p.date} ; les projets financés sont annoncés d’ici le ${p.next}.`,
    closed: (p) => `${p.title} : l’appel est terminé ; les projets financés devaient être annoncés au plus tard le ${p.date}.`,
  },

  help: {
    title: "Comment utiliser l’assistant",
    body: [
      'Tapez « menu » à tout moment pour voir ce que je sais faire.',
      'Tapez « annuler » pour arrêter ce que nous faisons ; les brouillons sont conservés.',
      "Tapez « langue » pour changer de langue (anglais, français ou espagnol), et « fuseau horaire » pour changer le fuseau horaire dans lequel s’affichent les dates et les heures.",
      'Tapez « mes rappels » pour choisir les rappels que vous recevez, et « mes données » pour voir ou supprimer ce que je garde sur vous.',
      "Les questions auxquelles l’assistant ne sait pas répondre sont transmises à l’unité IKM (ikm@iom.int).",
    ],
    admin: [
      'Pour l’IKM : « bureau ikm » ouvre le bureau (soumissions, présélection, décisions, annonces, questions, cliniques et ateliers, exports) ; ses pages s’ouvrent aussi par leur nom anglais (« submissions », « exports », « audit log », « question queue », « announce funding », « shortlist <référence> »).',
      'Sessions : « créer une session », « modifier la session <identifiant> », « participants <identifiant> », « annuler la session <identifiant> » (le bureau liste chaque identifiant).',
      'Dans le canal IKM : « register channel ». Rappels : « pause reminders », « resume reminders », « run reminders ».',
    ],
    shared: [
      'Ici, tout le monde voit mes réponses : je réponds aux questions sur l’appel et je présente les cliniques et les ateliers.',
      'Tapez « @Innovation Hub menu » à tout moment pour voir ce qui fonctionne ici : Teams ne me transmet que les messages qui me mentionnent.',
      'Votre idée, vos réservations, vos rappels, votre langue et votre fuseau horaire, et vos données se trouvent dans une conversation personnelle avec moi.',
      'Les questions auxquelles l’assistant ne sait pas répondre sont transmises à l’unité IKM (ikm@iom.int) : « Demander à IKM » sous une réponse envoie la vôtre, à votre nom.',
    ],
    inDialog:
      'Nous sommes au milieu d’une étape : répondez à la dernière question pour continuer, ou tapez « annuler » pour arrêter.',
    inCardForm: (p) =>
      `Nous sommes au milieu d’un formulaire : sa carte est plus haut (ce que vous tapez dans une carte y reste). Appuyez sur son bouton quand vous le souhaitez, tapez « ${p.resume} » pour la revoir ici, ou « annuler » pour arrêter.`,
  },

  cancel: {
    done: 'D’accord, on s’arrête là. Rien de ce que vous avez enregistré n’est perdu. Tapez « menu » pour voir les options.',
    nothing: 'Il n’y a rien à annuler : rien n’est en cours. Pour annuler une réservation, appuyez sur son bouton Annuler (« mes réservations » les liste). Tapez « menu » pour voir les options.',
    nothingShared: 'Il n’y a rien à annuler ici. Tapez « @Innovation Hub menu » pour voir ce qui fonctionne dans cette conversation.',
    nothingAdmin: 'Il n’y a rien en cours à annuler ici. Un formulaire du bureau IKM (une annonce, une décision, une session) se ferme avec son propre bouton Annuler, sans rien enregistrer. Tapez « bureau IKM » pour y revenir.',
    oldForm: 'Ce formulaire n’est plus ouvert, il n’y a donc rien à y annuler ; ce qui est ouvert maintenant continue. Tapez « menu » pour voir les options.',
    ideaForm: 'D’accord, on s’arrête là. Votre brouillon est enregistré : tapez « continuer mon idée » pour le reprendre là où vous l’avez laissé, ou « menu » pour les options.',
    eligibility: 'D’accord, on s’arrête là. Tapez « vérifier l’éligibilité » pour recommencer la vérification, ou « menu » pour les options.',
  },

  downloadRefused: 'Ce lien a expiré ou n’est pas valide. Les liens de téléchargement sont valables une heure : demandez-en un nouveau à l’assistant dans Teams (« mon idée », « mes données » ou les exports du bureau IKM).',
  thanks: 'Avec plaisir ! Tapez « menu » dès que vous avez besoin de moi.',
  acknowledged: 'Très bien. Tapez « menu » dès que vous avez besoin de moi.',
  yesNo: 'Si vous répondez à une carte, appuyez sur l’un de ses boutons : un « oui » ou un « non » tapé ne lui parvient pas. Tapez « menu » pour voir ce que je sais faire.',


  notAvailable: (p) =>
    `${p.feature} n’est pas encore disponible dans l’assistant. En attendant, écrivez à l’unité IKM : ikm@iom.int.`,

  language: {
    names: { en: 'anglais', fr: 'francais', es: 'espagnol' },
    prompt: 'Dans quelle langue souhaitez-vous que je réponde ?',
    retry: 'Choisissez l’une des langues : English, Français ou Español.',
    inShared: 'Ici, chacun a sa propre langue : tapez son nom pour changer la vôtre, « @Innovation Hub English », « español » ou « français ».',
    changed: 'Désormais, je vous répondrai en français.',
  },

  cards: {
    unknownAction: 'Je ne reconnais pas ce bouton ; rien n’a été modifié. Tapez « menu » pour recommencer.',
    leftBlank: 'Une case à remplir est restée vide ; rien n’a été modifié. Écrivez votre réponse dans la case, puis appuyez de nouveau sur le bouton.',
    tooLong: (p) =>
      `Une case dépasse sa limite de ${p.max} caractères ; rien n’a été modifié. Raccourcissez le texte, puis appuyez de nouveau sur le bouton.`,
    leftBlankNamed: (p) =>
      `La case « ${p.label} » est à remplir et est restée vide ; rien n’a été modifié. Écrivez votre réponse dans la case, puis appuyez de nouveau sur le bouton.`,
    tooLongNamed: (p) =>
      `La case « ${p.label} » contient ${p.count} caractères, plus que sa limite de ${p.max} ; rien n’a été modifié. Raccourcissez le texte, puis appuyez de nouveau sur le bouton.`,
  },

  input: {
    unknownCommand: (p: { command: string }) =>
      `Je ne connais pas la commande « ${p.command} ». Tapez « aide » pour les commandes que je connais, ou « menu » pour voir ce que je peux faire.`,
    tooLong: (p) =>
      `Ce message est trop long pour moi (la limite est de ${p.max} caractères). Rien n’a été modifié ; envoyez un message plus court.`,
    pictureNotRead: 'Je ne peux pas voir les images : je réponds uniquement au texte de votre message.',
    editedAnswer: 'Vous avez modifié votre message : voici la réponse à ce qu’il dit maintenant.',
    editedResend: 'J’ai vu votre modification, mais je ne traite que les nouveaux messages : renvoyez le message corrigé.',
    unsupported: 'Je ne lis que les messages texte et mes propres boutons. Rien n’a été modifié.',
    buttonsInTeams: 'Ce message a des boutons dans Teams : ouvrez-y l’assistant du Centre d’innovation pour les utiliser.',
    empty: 'Votre message était vide. Tapez une question, ou « menu » pour voir ce que je sais faire.',
  },

  forms: {
    labelled: (p) => `${p.label} : ${p.text}`,
    personalOnly: 'La vérification d’éligibilité et le formulaire d’idée contiennent les réponses d’une personne : ils se font dans une conversation personnelle avec moi. Ouvrez une conversation avec l’assistant pour commencer.',
    copy: {
      button: 'Télécharger une copie (PDF)',
      note: 'Le lien de téléchargement est valable une heure ; tapez « mon idée » pour en obtenir un nouveau.',
      text: (p) => `Une copie en PDF (le lien est valable une heure ; tapez « mon idée » pour en obtenir un nouveau) : ${p.url}`,
      notAsTyped:
        'Une partie du texte ci-dessous ne peut pas être affichée ici telle qu’elle a été saisie : les caractères pour lesquels ce PDF n’a pas de police apparaissent comme □, et un texte écrit de droite à gauche peut se lire dans le mauvais ordre. La fiche de l’idée dans Teams, le CSV et le XLSX le montrent tel quel.',
    },
    submittedTitle: 'Idée soumise',
    submittedFacts: { title: 'Titre', office: 'Bureau', budget: 'Budget', duration: 'Durée', submittedAt: 'Soumise le' },
    months: (p) => (p.count === 1 ? '1 mois' : `${p.count} mois`),
    reviewTextHint: 'Répondez « soumettre » pour soumettre, ou le numéro d’une section pour la modifier.',
    submitWords: ['soumettre', 'envoyer'],
    pickOne: 'Répondez par le numéro ou le nom de votre choix.',
    pickSeveral: 'Répondez par un ou plusieurs numéros, séparés par des virgules (par exemple : 1, 3).',
    currentValue: (p) => `Réponse actuelle : ${p.value}. Envoyez-en une nouvelle pour la changer.`,
    skipHint: 'Cette question est facultative : répondez « passer » pour la laisser vide.',
    skipWords: ['passer', 'aucun', 'aucune', 'n/a'],
    problemsTitle: 'Merci de vérifier ces réponses :',
    requiredMessage: 'Cette réponse est obligatoire.',
    dateInRange: (p) => `Choisissez une date du ${p.min} au ${p.max}.`,
    saveAndContinue: 'Enregistrer et continuer',
    cancel: 'Annuler',
    questionOf: (p) => `${p.section} (question ${p.number} sur ${p.total})`,
    staleCard:
      'Cette carte n’est plus à jour (les réponses ont changé depuis son envoi) ; rien n’a été modifié. Voici la carte actuelle.',
    formWaiting: 'Vos réponses sont en sécurité ; voici où nous en étions :',
    formStillOpen: (p) =>
      `Le formulaire est toujours ouvert plus haut, avec ce que vous y avez tapé : appuyez sur « ${p.button} » quand vous le souhaitez, ou tapez « ${p.resume} » pour le revoir ici.`,
    resume: { idea: 'continuer mon idée', eligibility: 'vérifier l’éligibilité' },
    reviewWaiting: (p: { submit: string }) => `Votre idée est prête : appuyez sur « ${p.submit} » sur son récapitulatif, plus haut dans cette conversation, quand vous le souhaitez, ou tapez « continuer mon idée » pour le revoir ici.`,
    typeInCard: (p) =>
      `Ce que vous tapez dans la conversation ne va pas dans le formulaire : écrivez vos réponses dans la carte, puis appuyez sur « ${p.button} ». Pour me poser une question en attendant, terminez-la par un point d’interrogation. Voici de nouveau la carte :`,
    typeOnReview: (p) =>
      `Ce que vous tapez dans la conversation ne modifie pas votre idée : appuyez sur « ${p.submit} » dans la carte de relecture pour la soumettre, ou sur « ${p.edit} » à côté d’une section pour la modifier. Pour me poser une question en attendant, terminez-la par un point d’interrogation. Voici de nouveau la relecture :`,
  },

  admin: { only: 'Ceci est réservé à l’équipe IKM.' },

  errors: {
    generic:
      'Désolé, un problème est survenu de mon côté. Rien de ce que vous avez saisi n’est perdu ; réessayez dans un instant.',
    storageUnavailable:
      'Je n’arrive pas à joindre mes données pour le moment : ce que vous venez d’envoyer n’a pas été enregistré. Réessayez dans un instant ; tout ce qui était déjà enregistré est en sécurité.',
  },
};
