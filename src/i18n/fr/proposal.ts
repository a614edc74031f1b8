import type { proposal as english } from '../en/proposal';

/** L'étape de la proposition en français : « Ma proposition » et l'envoi du document. */
export const proposal: typeof english = {
  title: 'Ma proposition',
  deadline: (p) => `Date limite des propositions : ${p.date} (${p.relative}).`,
  deadlinePassed: (p) => `La date limite des propositions est passée le ${p.date}.`,
  checklist: 'Ce qu’une proposition complète comprend',
  checklistRecorded: 'Ce qui a été enregistré ici avant la date limite (l’IKM a pu recevoir le reste par e-mail)',
  handedIn: (p) => `Remis : ${p.name} (${p.size}), le ${p.at}${p.version > 1 ? `, version ${p.version}` : ''}.`,
  howToHandIn: (p) => `Envoyez le document ici, dans cette conversation, comme fichier : PDF, Word ou Excel, jusqu’à ${p.max}.`,
  doneOn: (p) => `Fait le ${p.at}.`,
  markDone: 'Marquer comme fait',
  undo: 'Marquer comme non fait',
  sessions: 'Cliniques et ateliers',
  booked: (p) => `Réservé : ${p.title}, ${p.when}.`,
  openToBook: (p) =>
    p.other
      ? p.count === 1 ? 'Une autre séance est ouverte à la réservation.' : `${p.count} autres séances sont ouvertes à la réservation.`
      : p.count === 1 ? 'Une séance est ouverte à la réservation.' : `${p.count} séances sont ouvertes à la réservation.`,
  noneOpen: (p) => (p.other ? 'Aucune autre séance n’est ouverte à la réservation pour l’instant.' : 'Aucune séance n’est ouverte à la réservation pour l’instant.'),
  opensOn: (p) => `Les réservations ouvrent le ${p.date}.`,
  next: {
    handIn: 'Prochaine étape : envoyez votre document de proposition dans cette conversation.',
    finish: (p) => (p.count === 1 ? 'Prochaine étape : terminez ce point :' : `Prochaine étape : terminez ces ${p.count} points :`),
    ready: 'Tout est coché et votre proposition est déposée : IKM l’a reçue. Vous pouvez encore envoyer une version plus récente jusqu’à la date limite.',
    passed: (p) => `L’étape de la proposition est terminée. L’IKM examine les propositions ; vos questions sont à adresser à ${p.mailbox}.`,
    funded: (p) => `Votre proposition est financée : l’unité IKM prend contact avec votre équipe pour la suite. Vos questions sont à adresser à ${p.mailbox}.`,
    'not-funded': (p) => `Votre proposition n’a pas été retenue cette fois. Merci pour elle ; pour un retour, écrivez à ${p.mailbox}.`,
  },
  book: 'Réserver une clinique',
  refresh: 'Actualiser',
  notShortlisted:
    '« Ma proposition » est réservée aux équipes dont l’idée est présélectionnée, et vous n’en avez aucune sur la liste. La proposition d’une équipe est remise par la personne qui a soumis son idée : si c’est un ou une collègue qui a soumis la vôtre, c’est cette personne qui remet la proposition depuis sa propre conversation avec moi.',
  beforeShortlist: '« Ma proposition » est réservée aux équipes dont l’idée est présélectionnée, et la liste n’est pas encore publiée. Une idée s’envoie avec le formulaire d’idée : tapez « mon idée ».',
  fileNotStored: 'Le fichier envoyé n’a pas été enregistré.',
  inSharedChat:
    'Les fichiers d’une proposition se remettent dans une conversation personnelle avec moi, que personne d’autre ne lit : ce fichier n’a pas été conservé. Ouvrez une conversation avec l’assistant et envoyez-le là.',
  tooLate: (p) => `La date limite des propositions est passée le ${p.date} : rien n’a été enregistré. Écrivez à l’unité IKM en cas de problème.`,
  tooLarge: (p) => `Ce fichier dépasse ${p.max}, la limite : rien n’a été enregistré. Envoyez une version plus légère (images compressées, par exemple).`,
  wrongType: 'Je ne peux prendre la proposition qu’en PDF, Word (.docx) ou Excel (.xlsx), et ce fichier n’en est pas un : rien n’a été enregistré.',
  unreadable: 'Je n’ai pas pu lire les informations de ce fichier dans Teams (son nom est peut-être très long) : rien n’a été enregistré. Renvoyez-le, avec un nom plus court.',
  downloadFailed: 'Je n’ai pas pu récupérer ce fichier dans Teams : rien n’a été enregistré. Renvoyez-le dans un instant.',
  received: (p) =>
    `Reçu : ${p.name} (${p.size}), enregistré sous ${p.reference}.${p.replaced ? ` Il remplace ${p.replaced}, qui est conservé.` : ''} L’IKM le voit désormais.${p.replaced ? '' : ' Si ce n’est pas la proposition elle-même (un budget, une annexe), envoyez le document de proposition : je vous demanderai avant qu’il ne remplace celui-ci.'}`,
  replace: {
    question: (p) => `Vous avez déjà remis ${p.current} comme proposition. ${p.name} doit-il le remplacer ?`,
    note: (p) =>
      `La proposition est un seul document : le budget et les annexes y figurent, ou l’accompagnent dans un même fichier. Si vous le remplacez, ${p.current} est gardé comme version antérieure et IKM lit la nouvelle.`,
    yes: 'Oui, le remplacer',
    no: 'Non, garder celui remis',
    kept: (p) => `${p.kept} reste votre proposition ; ${p.dropped} n’a pas été gardé.`,
    already: (p) => `C’est déjà fait : ${p.name} est votre proposition (${p.reference}) ; rien n’a changé.`,
    nothingWaiting: 'Aucun fichier n’attend plus cette réponse (elle a déjà été donnée, ou un fichier plus récent est arrivé) : rien n’a changé.',
  },
  oneFile: 'J’ai pris le premier fichier seulement : envoyez un document de proposition à la fois.',
  noFiles: (p) =>
    `Ce canal ne transmet pas de fichiers. Envoyez votre document de proposition à l’assistant dans Teams (en conversation personnelle, comme fichier), ou demandez à votre bureau partenaire de l’OIM de l’envoyer à ${p.mailbox}.`,
};
