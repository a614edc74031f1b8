import type { eligibility as en } from '../en/eligibility';

/** Vérification d'éligibilité et auto-évaluation de l'innovation, en français (même forme que `en`). */

const mois = (n: number) => `${n} mois`;

export const eligibility: typeof en = {
  closed: (p) =>
    `Les idées pour cet appel étaient attendues jusqu’au ${p.date} : il n’y a plus rien à vérifier. Vos questions sur l’appel sont à adresser à ${p.mailbox} ; tapez « menu » pour voir ce que je peux encore faire.`,
  title: "Vérification d’éligibilité",
  intro: "Quelques questions rapides pour voir si votre idée correspond à l’appel. Rien n’est soumis.",

  questions: {
    submitter: {
      prompt: "Qui soumettra l’idée ?",
      notIom: 'Quelqu’un d’autre : partenaire, gouvernement, ONG ou particulier',
    },
    coordinatingOffice: {
      prompt:
        'Les départements du Siège soumettent avec un bureau de pays ou régional. Avec quel bureau travaillez-vous ?',
      placeholder: 'p. ex. OIM Ouganda',
      skip: 'Pas encore convenu',
      retry: (p) => `${p.field} : tapez le nom du bureau (de ${p.min} à ${p.max} caractères).`,
    },
    objectives: {
      prompt: "À quels objectifs stratégiques l’idée contribue-t-elle ? Choisissez tous ceux qui s’appliquent.",
      noneOfThese: 'Aucun de ceux-ci',
      retry: (p) => `${p.field} : choisissez dans la liste, ou « Aucun de ceux-ci ».`,
    },
    budget: {
      prompt: (p) =>
        `Quel financement demanderez-vous, en ${p.currency} ? L’appel finance de ${p.min} à ${p.max} par projet.`,
      placeholder: 'p. ex. 60000',
      retry: (p) => `${p.field} : tapez un montant entier en chiffres, par exemple 60000.`,
      tooHigh: (p) =>
        `${p.field} : ${p.amount}, c’est bien plus que ce que l’appel finance (de ${p.min} à ${p.max} par projet). Tapez le montant que vous demanderez.`,
    },
    duration: {
      prompt: (p) => `Combien de mois durera le projet ? La limite est de ${mois(p.maxMonths)}.`,
      placeholder: 'p. ex. 12',
      retry: (p) => `${p.field} : tapez un nombre entier de mois en chiffres, par exemple 12.`,
      tooLong: (p) =>
        `${p.field} : ${p.months} mois, c’est plus de dix ans, et la limite de l’appel est de ${mois(p.maxMonths)}. Tapez le nombre de mois que durera le projet.`,
    },
    chooseOne: (p) => `${p.field} : choisissez l’une des options.`,
    language: {
      prompt: 'Dans quelle langue rédigerez-vous la soumission ?',
      options: { en: 'Anglais', fr: 'Français', es: 'Espagnol', other: 'Une autre langue' },
    },
  },

  languageNames: { en: 'anglais', fr: 'français', es: 'espagnol', other: 'une autre langue' },

  ruleNames: {
    submitter: 'Qui soumet',
    coordination: 'Bureau de coordination',
    objectives: 'Objectifs stratégiques',
    budget: 'Budget',
    duration: 'Durée',
    language: 'Langue',
    deadline: 'Date limite',
  },
  outcomeLabels: { pass: 'OK', fixable: 'À modifier', fail: 'Impossible' },
  fixLabel: 'Que faire',

  overall: {
    eligible: {
      title: "Votre idée correspond à l’appel",
      summary: "Toutes les vérifications sont concluantes. Vous pouvez commencer le formulaire d’idée.",
    },
    'not-yet': {
      title: 'Pas encore',
      summary: 'Certaines réponses sont à revoir, et toutes peuvent être corrigées : voyez ci-dessous ce qu’il faut faire.',
    },
    'not-eligible': {
      title: 'Non éligible à cet appel',
      summary: 'Au moins une condition ne peut pas être remplie dans cet appel. Voyez pourquoi ci-dessous.',
    },
  },
  contact: (p) => `Des questions ? Écrivez à l’${p.unit} : ${p.mailbox}.`,

  rules: {
    'submitter.iom-office': {
      reason: (p) => `${p.submitterKind} : peut soumettre à cet appel.`,
    },
    'submitter.not-iom': {
      reason: () =>
        'Seuls les bureaux de l’OIM peuvent soumettre des idées au Centre ; partenaires, gouvernements, ONG et particuliers ne le peuvent pas directement.',
      fix: () => 'Présentez l’idée à un bureau de pays ou régional de l’OIM et demandez-lui de la soumettre.',
    },
    'submitter.unknown-kind': {
      reason: (p) => `« ${p.submitterKind} » ne fait pas partie des bureaux acceptés par cet appel.`,
      fix: () => 'Choisissez à nouveau parmi les types de bureau proposés pour cet appel.',
    },
    'coordination.not-needed': {
      reason: () => 'Aucun bureau de coordination n’est nécessaire.',
    },
    'coordination.named': {
      reason: (p) => `En coordination avec : ${p.coordinatingOffice}.`,
    },
    'coordination.missing': {
      reason: (p) =>
        `${p.submitterKind} : l’idée est soumise avec un bureau de pays ou régional, et aucun n’est encore indiqué.`,
      fix: () => 'Mettez-vous d’accord avec le bureau de pays ou régional concerné, puis indiquez son nom.',
    },
    'objectives.chosen': {
      reason: (p) =>
        p.count === 1 ? `Contribue à un objectif : ${p.objectives}.` : `Contribue à ${p.count} objectifs : ${p.objectives}.`,
    },
    'objectives.none': {
      reason: () => 'Aucun objectif stratégique choisi : chaque idée doit contribuer à au moins un.',
      fix: (p) => `Choisissez-en au moins un : ${p.available}.`,
    },
    'objectives.unknown': {
      reason: (p) => `Ne sont pas des objectifs de cet appel : ${p.unknown}.`,
      fix: (p) => `Choisissez à nouveau parmi les objectifs de cet appel : ${p.available}.`,
    },
    'budget.within': {
      reason: (p) => `${p.amount} se situe dans la fourchette de ${p.min} à ${p.max}.`,
    },
    'budget.too-low': {
      reason: (p) => `${p.amount}, c’est ${p.gap} de moins que le minimum de ${p.min}.`,
      fix: (p) => `Prévoyez une demande comprise entre ${p.min} et ${p.max}.`,
    },
    'budget.too-high': {
      reason: (p) => `${p.amount}, c’est ${p.gap} de plus que le maximum de ${p.max}.`,
      fix: (p) => `Ramenez la demande entre ${p.min} et ${p.max}, par exemple en resserrant le périmètre.`,
    },
    'duration.within': {
      reason: (p) => `${mois(p.months)}, dans la limite de ${mois(p.maxMonths)}.`,
    },
    'duration.too-long': {
      reason: (p) => `${mois(p.months)}, c’est ${mois(p.overMonths)} de plus que la limite de ${mois(p.maxMonths)}.`,
      fix: (p) => `Prévoyez un projet qui se termine en ${mois(p.maxMonths)} au plus.`,
    },
    'language.matches': {
      reason: (p) => `Soumission en ${p.required}, la langue de cet appel.`,
    },
    'language.other': {
      reason: (p) => `Cet appel n’accepte que des soumissions en ${p.required}.`,
      fix: (p) => `Rédigez l’idée, puis la proposition, en ${p.required}.`,
    },
    'deadline.open': {
      reason: (p) => `Les idées sont acceptées jusqu’au ${p.deadline}.`,
    },
    'deadline.not-yet-open': {
      reason: (p) => `L’appel n’est pas encore ouvert : il ouvre le ${p.opensOn}.`,
      fix: (p) => `Revenez à partir du ${p.opensOn} ; les idées sont attendues d’ici le ${p.deadline}.`,
    },
    'deadline.closed': {
      reason: (p) => `L’appel à idées a fermé le ${p.closedOn}.`,
      fix: () => 'Gardez l’idée pour un prochain appel ; l’unité IKM peut vous dire quand il ouvrira.',
    },
  },

  selfAssessment: {
    title: "Auto-évaluation de l’innovation",
    intro: (p) =>
      `Facultatif : ${p.count} questions courtes sur ce que regarde la sélection. Vos réponses ne changent pas le résultat d’éligibilité.`,
    answers: { yes: 'Oui', partly: 'En partie', no: 'Non' },
    strengths: { strong: 'Solide', developing: 'En progrès', weak: 'Fragile', unanswered: 'Sans réponse' },
    criteria: {
      novelty: {
        question: 'Votre approche est-elle nouvelle, plutôt que la reprise de ce qui se fait déjà ?',
        feedback: {
          yes: 'Dites ce qui existe aujourd’hui et ce que votre approche fait autrement : c’est ce contraste que cherchent les évaluateurs.',
          partly: 'Cernez la partie nouvelle, comparez-la à ce que font déjà l’OIM et d’autres, et bâtissez l’idée autour.',
          no: 'Une approche connue peut être nouvelle si le contexte ou les utilisateurs le sont : dites ce qui change. Sinon, repensez l’idée.',
        },
      },
      effectiveness: {
        question: 'Apportera-t-elle une amélioration nette et mesurable par rapport à la façon de faire actuelle ?',
        feedback: {
          yes: 'Appuyez-la sur un chiffre de départ et un ou deux indicateurs que vous mesurerez pendant le projet.',
          partly: 'Choisissez un résultat mesurable pendant la durée du projet, et dites comment vous le mesurerez.',
          no: 'Dites ce qui sera mieux qu’aujourd’hui, pour qui et de combien ; sans cela, l’idée ne peut pas être jugée.',
        },
      },
      sustainability: {
        question: 'Peut-elle continuer après le financement d’amorçage, sans nuire aux personnes ni à l’environnement ?',
        feedback: {
          yes: 'Indiquez qui la fera vivre et la financera après le projet, et les risques de préjudice que vous avez vérifiés.',
          partly: 'Esquissez la suite (responsable, financement, partenaires) et listez les préjudices possibles avec la façon de les éviter.',
          no: 'Prévoyez l’après-financement, par exemple un partenaire ou une ligne budgétaire, et vérifiez que l’idée ne nuit ni aux personnes ni à l’environnement.',
        },
      },
      'accessibility-participation': {
        question:
          'Toutes les personnes visées peuvent-elles l’utiliser, quels que soient leur lieu, leurs revenus, leur genre ou leur situation, et participent-elles à sa conception ?',
        feedback: {
          yes: 'Décrivez comment les personnes concernées ont façonné l’idée et comment vous levez les obstacles d’accès.',
          partly: 'Prévoyez leur participation à la conception et aux essais, et réduisez les obstacles : coût, distance, langue, handicap.',
          no: 'Associez tôt les futurs utilisateurs et concevez l’idée pour les plus difficiles à atteindre.',
        },
      },
      'transformation-scaling': {
        question: 'Pourrait-elle fonctionner ailleurs ou dans d’autres secteurs, et savez-vous ce qui l’empêcherait de changer d’échelle ?',
        feedback: {
          yes: 'Indiquez où elle pourrait aller ensuite et comment vous franchirez les obstacles au changement d’échelle.',
          partly: 'Listez ce qu’il lui faut pour fonctionner ailleurs et le principal obstacle au changement d’échelle, avec une première étape pour le lever.',
          no: 'Voyez au-delà du pilote : où d’autre pourrait-elle servir, et que faudrait-il changer pour qu’elle se diffuse ?',
        },
      },
    },
    generic: {
      question: (p) => `${p.title} : ${p.description} Votre idée y répond-elle ?`,
      feedback: {
        yes: 'Un point fort. Montrez-le avec des faits dans le formulaire d’idée.',
        partly: 'En partie. Dites ce qui manque et comment vous comblerez l’écart.',
        no: 'Pas encore. Travaillez ce point avant de soumettre ; la sélection en tient compte.',
      },
    },
    unanswered: 'Réfléchissez-y avant de rédiger l’idée.',
    summary: (p) =>
      p.strong <= 1
        ? `${p.strong} critère sur ${p.total} paraît solide.`
        : `${p.strong} critères sur ${p.total} paraissent solides.`,
  },

  closing: {
    offer: 'Vos réponses peuvent remplir la première partie du formulaire d’idée.',
    checksPass: 'Toutes les vérifications sont concluantes.',
    submitted: (p) => `Votre idée est déjà soumise, sous la référence ${p.reference} : chaque personne soumet une idée par appel.`,
    ideasClosed: 'La date limite des idées est passée : aucune nouvelle idée ne peut être commencée.',
    startIdeaForm: 'Commencer mon idée avec ces réponses',
    selfAssessment: "Faire l’auto-évaluation de l’innovation",
    changeAnswers: 'Modifier mes réponses',
  },
};
