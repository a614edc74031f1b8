import type { ideaForm as en } from '../en/idea-form';

/** Le formulaire d’idée en français (même forme que l’anglais). */
export const ideaForm: typeof en = {
  sections: {
    idea: { title: 'L’idée', intro: 'Donnez un nom à votre idée et rattachez-la aux objectifs de l’appel.' },
    office: { title: 'Qui soumet', intro: 'Le bureau de l’OIM qui soumet l’idée, et la personne que l’IKM doit contacter.' },
    solution: {
      title: 'Problème et solution',
      intro: 'Le problème à résoudre, votre réponse, et ce qu’elle a de nouveau.',
    },
    people: { title: 'Les personnes', intro: 'Qui en bénéficiera, et comment ces personnes y participent.' },
    results: {
      title: 'Résultats et durabilité',
      intro: 'Ce qui changera, comment cela durera, et comment cela pourrait changer d’échelle.',
    },
    budget: {
      title: 'Budget et calendrier',
      intro: 'Le financement d’amorçage demandé, la durée, et la date de démarrage souhaitée.',
    },
  },

  fields: {
    title: {
      name: 'Titre',
      label: (p) => `Titre de l’idée (${p.maxChars} caractères au plus)`,
      hint: 'Un nom court qui dit ce que fait l’idée.',
    },
    objectives: {
      name: 'Objectifs stratégiques',
      label: () => 'Objectifs stratégiques servis par l’idée (au moins un)',
      hint: 'Choisissez chaque objectif du Plan stratégique de l’OIM auquel votre idée contribue.',
    },
    priorities: {
      name: 'Priorités transversales',
      label: () => 'Priorités transversales (facultatif)',
      hint: 'Les priorités servent à classer les idées : ne choisissez que celles que votre idée traite vraiment.',
    },
    officeType: {
      name: 'Type de bureau',
      label: () => 'Qui soumet l’idée ?',
      hint: 'Seuls les bureaux de l’OIM peuvent soumettre ; les départements du Siège le font avec un bureau de pays ou régional.',
    },
    officeName: {
      name: 'Bureau',
      label: (p) => `Nom du bureau ou du département (${p.maxChars} caractères au plus)`,
      hint: 'Par exemple : OIM Ouganda.',
    },
    countryOrRegion: {
      name: 'Pays ou région',
      label: (p) => `Pays ou région (${p.maxChars} caractères au plus)`,
      hint: 'Là où l’idée serait mise en œuvre.',
    },
    coordinatingOffice: {
      name: 'Bureau de coordination',
      label: (p) => `Bureau de pays ou régional avec lequel vous travaillez (${p.maxChars} caractères au plus)`,
      hint: 'Les départements du Siège soumettent avec le bureau de pays ou régional concerné.',
    },
    focalPointName: {
      name: 'Point focal',
      label: (p) => `Nom du point focal (${p.maxChars} caractères au plus)`,
      hint: 'La personne que l’IKM contactera au sujet de cette idée.',
    },
    focalPointEmail: {
      name: 'Adresse électronique du point focal',
      label: () => 'Adresse électronique du point focal',
      hint: 'De préférence une adresse @iom.int.',
    },
    problem: {
      name: 'Le problème',
      label: (p) => `Le problème (${p.maxWords} mots au plus)`,
      hint: 'Quel problème rencontrent les personnes migrantes, les communautés ou l’OIM, et qui est touché ?',
    },
    solution: {
      name: 'La solution',
      label: (p) => `Votre solution (${p.maxWords} mots au plus)`,
      hint: 'Que ferez-vous, comment cela fonctionnera-t-il, et pour qui ?',
    },
    novelty: {
      name: 'Ce qui est nouveau',
      label: (p) => `Ce que l’idée a de nouveau (${p.maxWords} mots au plus)`,
      hint: 'En quoi diffère-t-elle de ce qui existe déjà ?',
    },
    beneficiaryGroups: {
      name: 'Groupes bénéficiaires',
      label: () => 'Qui en bénéficiera (au moins un groupe)',
      hint: 'Choisissez les groupes auxquels votre idée accorde une attention particulière.',
    },
    otherGroup: {
      name: 'Autre groupe',
      label: (p) => `Quel autre groupe ? (${p.maxChars} caractères au plus)`,
      hint: 'Nommez le groupe divers ou vulnérable que vous désignez par « autre ».',
    },
    participation: {
      name: 'Participation et accessibilité',
      label: (p) => `Participation et accessibilité (${p.maxWords} mots au plus)`,
      hint: 'Comment les personnes concernées façonneront-elles l’idée et y auront-elles accès, quels que soient leur lieu, leurs revenus, leur genre ou leurs capacités ?',
    },
    results: {
      name: 'Résultats attendus',
      label: (p) => `Résultats attendus et façon de les mesurer (${p.maxWords} mots au plus)`,
      hint: 'Qu’est-ce qui changera pendant le projet, et quels indicateurs le montreront ?',
    },
    sustainability: {
      name: 'Durabilité et principe « ne pas nuire »',
      label: (p) => `Durabilité et principe « ne pas nuire » (${p.maxWords} mots au plus)`,
      hint: 'Comment l’idée durera-t-elle au-delà du financement d’amorçage, et comment éviterez-vous de nuire aux personnes et à l’environnement ?',
    },
    scaling: {
      name: 'Potentiel de changement d’échelle',
      label: (p) => `Potentiel de changement d’échelle (${p.maxWords} mots au plus)`,
      hint: 'Où d’autre pourrait-elle fonctionner, et quels obstacles prévoyez-vous ?',
    },
    partners: {
      name: 'Partenaires',
      label: (p) => `Partenaires (facultatif, ${p.maxWords} mots au plus)`,
      hint: 'Gouvernements, entreprises, universités ou organisations communautaires impliqués, le cas échéant.',
    },
    budgetUsd: {
      name: 'Budget',
      label: (p) => `Financement d’amorçage demandé (de ${p.min} à ${p.max})`,
      hint: 'Un montant entier pour tout le projet, par exemple 60000.',
    },
    durationMonths: {
      name: 'Durée',
      label: (p) => `Durée en mois (de ${p.min} à ${p.max})`,
      hint: 'La durée prévue du projet.',
    },
    plannedStart: {
      name: 'Démarrage prévu',
      label: (p) => `Date de démarrage prévue (du ${p.min} au ${p.max})`,
      hint: 'Un projet peut démarrer une fois le financement annoncé.',
    },
  },

  problems: {
    required: (p) => `${p.field} : merci de remplir ce champ.`,
    atLeastOne: (p) => `${p.field} : merci d’en choisir au moins un.`,
    wrongType: (p) => `${p.field} : je n’ai pas pu lire cette réponse. Merci de la saisir à nouveau.`,
    tooLong: (p) => `${p.field} : texte trop long (${p.count} caractères pour une limite de ${p.max}).`,
    tooManyWords: (p) => `${p.field} : ${p.count} mots pour une limite de ${p.max}. Merci de raccourcir le texte.`,
    noWords: (p) => `${p.field} : aucun mot, seulement des symboles ou des émojis. Merci de l’écrire en toutes lettres.`,
    notANumber: (p) => `${p.field} : merci d’écrire un nombre en chiffres.`,
    notAWholeNumber: (p) => `${p.field} : merci d’écrire un nombre entier, sans décimales.`,
    belowMin: (p) => `${p.field} : le minimum est ${p.min}.`,
    aboveMax: (p) => `${p.field} : le maximum est ${p.max}.`,
    notAnEmail: (p) => `${p.field} : cela ne ressemble pas à une adresse électronique (par exemple nom@iom.int).`,
    notADate: (p) => `${p.field} : merci d’indiquer une date sous la forme année-mois-jour${p.example ? `, par exemple ${p.example}` : ''}.`,
    dateTooEarly: (p) => `${p.field} : la date ne peut pas être avant le ${p.min}.`,
    dateTooLate: (p) => `${p.field} : la date ne peut pas être après le ${p.max}.`,
    unknownOption: (p) => `${p.field} : « ${p.value} » ne fait pas partie des options. Merci de choisir dans la liste.`,
  },

  warnings: {
    notEnglish: (p) =>
      `${p.field} : ${p.several ? 'les textes semblent rédigés' : 'le texte semble rédigé'} en ${p.detected}. Le Centre n’accepte que des idées en anglais : ${p.several ? 'les textes sont enregistrés, mais merci de les traduire' : 'le texte est enregistré, mais merci de le traduire'} avant de soumettre.`,
    notIomAddress: (p) =>
      `${p.field} : l’adresse se termine par @${p.domain} et non par @iom.int. Si elle est correcte, pas de souci : l’IKM écrira à cette adresse.`,
  },

  languageNames: {
    fr: 'français',
    es: 'espagnol',
    pt: 'portugais',
    ar: 'arabe',
    ru: 'russe',
    uk: 'ukrainien',
    it: 'italien',
    de: 'allemand',
    tr: 'turc',
  },

  required: 'Obligatoire',
  optional: 'Facultatif',
  wordsUsed: (p) => `${p.count} mots sur ${p.max}`,

  actions: {
    saveAndContinue: 'Enregistrer et continuer',
    back: 'Retour',
    review: 'Relire mon idée',
    edit: 'Modifier',
    submit: 'Soumettre mon idée',
  },

  progress: {
    section: (p) => `Section ${p.number} sur ${p.total} : ${p.title}`,
    fieldsLeft: (p) =>
      p.count === 1
        ? `Il reste 1 champ dans la section ${p.number}.`
        : `Il reste ${p.count} champs dans la section ${p.number}.`,
    sectionComplete: (p) => `La section ${p.number} est complète.`,
    allComplete: 'Toutes les sections sont complètes : vous pouvez relire et soumettre votre idée.',
    allCompleteWithWarnings: (p: { count: number }) =>
      `Toutes les sections sont complètes, mais ${p.count === 1 ? '1 réponse porte un avertissement' : `${p.count} réponses portent un avertissement`} (⚠ ci-dessous) : vérifiez-${p.count === 1 ? 'la' : 'les'} avant de soumettre. Vous pouvez tout de même soumettre en l’état.`,
    started:
      'Rédigeons votre idée. Vos réponses sont enregistrées après chaque section : vous pouvez vous arrêter et revenir à tout moment.',
    resumed: (p) => `Bon retour ! Votre brouillon est enregistré. Reprenons à la section ${p.number} : ${p.title}.`,
    saved: 'Enregistré.',
    savedWithProblems: (p) =>
      p.count === 1
        ? 'Enregistré, sauf une réponse à corriger :'
        : `Enregistré, sauf ${p.count} réponses à corriger :`,
  },

  discard: {
    question: (p) => (p.title ? `Supprimer votre brouillon « ${p.title} » ?` : 'Supprimer votre brouillon ?'),
    note: (p) =>
      `${p.done === 0 ? `Aucune des ${p.total} sections n’est encore remplie` : `${p.done} section${p.done > 1 ? 's' : ''} sur ${p.total} ${p.done > 1 ? 'sont remplies' : 'est remplie'}`}. Tout le brouillon est effacé, sans retour possible ; « mon idée » en commence ensuite un nouveau.`,
    yes: 'Oui, le supprimer',
    no: 'Non, le garder',
    textHint: 'Pour le supprimer, tapez « supprimer mon brouillon maintenant ».',
    none: 'Vous n’avez pas de brouillon à supprimer. Tapez « mon idée » pour en commencer un.',
    submitted: (p) =>
      `Votre idée est soumise (${p.reference}) : elle ne peut pas être supprimée ici. Pour la retirer, écrivez à ${p.mailbox} en rappelant sa référence.`,
    changed: 'Votre brouillon a changé depuis cette carte (ou n’existe plus) : rien n’a été supprimé. Tapez de nouveau « supprimer mon brouillon » si vous le souhaitez toujours.',
    done: 'Votre brouillon est supprimé. Tapez « mon idée » pour en commencer un nouveau.',
    kept: 'Votre brouillon est conservé tel quel. Tapez « mon idée » pour le reprendre.',
  },

  review: {
    title: 'Relisez votre idée',
    intro: 'Voici votre idée telle que l’IKM la recevra. Vérifiez-la, puis soumettez-la.',
    editSection: (p) => `Modifier « ${p.title} »`,
    saveOpenSectionFirst: (p) => `La section « ${p.title} » est ouverte : appuyez d’abord sur « Enregistrer et continuer » (ce qui n’a pas changé est gardé), puis soumettez depuis « Relisez votre idée ». Rien n’a été soumis.`,
    notAnswered: 'Sans réponse',
    finalNote: 'Une fois soumise, l’idée ne peut plus être modifiée.',
    warningsTitle: 'À revoir',
    missing: (p) =>
      p.count === 1
        ? '1 réponse manque ou est à corriger :'
        : `${p.count} réponses manquent ou sont à corriger :`,
    submitted: (p) =>
      `Merci ! Votre idée a été soumise sous la référence ${p.reference}, et l’unité IKM l’a bien reçue. Rappelez-la dans tout message à l’IKM (${p.mailbox}).`,
    alreadySubmitted: (p) => `Cette idée a déjà été soumise sous la référence ${p.reference}. Il n’y a plus rien à faire.`,
    shortlisted: 'Elle figure sur la liste restreinte : « Ma proposition » indique ce que la proposition complète doit comprendre et la date limite.',
    readOnly: (p) => `Votre idée a été soumise sous la référence ${p.reference} et ne peut plus être modifiée.`,
    notYours: (p) =>
      `Je ne peux vous montrer que l’idée que vous avez soumise vous-même, et ${p.reference} n’est pas celle-là. Pour une autre idée, adressez-vous à la personne qui l’a soumise, ou à l’IKM (${p.mailbox}).`,
    outOfDate: 'Cette carte n’est plus à jour : votre brouillon a changé depuis son affichage. Voici la dernière version.',
    outOfDateKept: (p: { title: string; button: string }) =>
      `Cette carte était plus ancienne que votre brouillon : rien n’a encore été enregistré. Voici « ${p.title} » à nouveau avec ce que vous avez saisi : vérifiez et appuyez sur « ${p.button} ».`,
    deadlinePassed: (p) =>
      `La date limite des idées est passée le ${p.date} : il n’est plus possible de soumettre. Pour toute question, écrivez à ${p.mailbox}.`,
    notOpen: (p) => `Les idées pourront être soumises à partir du ${p.date}. Votre brouillon est conservé d’ici là.`,
    noDraft: 'Vous n’avez pas encore d’idée en cours. Tapez « mon idée » pour en commencer une.',
  },
};
