/** Co-funding: the asker's project funded by another source as well (also `OWN_SIDE_WORDS`). */
const CO_FUNDING: readonly string[] = [
  'co funding', 'co fund', 'co funded', 'co fund our', 'co financing', 'co finance', 'cofunding', 'cofinancing',
  'cofinancement', 'co financement', 'cofinancer', 'co financer', 'cofinance', 'cofinancee', 'cofinances', 'cofinancees', 'cofinanciacion', 'cofinanciar', 'co financiar',
  'cofinanciamiento', 'co financiamiento', 'cofinanciado', 'cofinancia',
  'cost sharing', 'cost share', 'partage des couts', 'partage de couts', 'costos compartidos', 'costes compartidos', 'participacion en los costos',
  // The office's own money beside the grant ("compléter avec des fonds propres du bureau").
  'own funds', 'own funding', 'top up', 'top it up', 'fonds propres', 'fondos propios',
];

/** How many deadlines there are, all of them: the timeline's question (the list), not one deadline's. */
const ALL_DEADLINES: readonly string[] = [
  'how many deadlines', 'all the deadlines', 'all deadlines', 'combien de dates limites', 'toutes les dates limites', 'cuantos plazos', 'todos los plazos',
];

/** Where other money comes from ("co-funding from another donor"). */
const DONORS: readonly string[] = [
  'donor', 'donors', 'bailleur', 'bailleurs', 'bailleur de fonds', 'bailleurs de fonds', 'donateur', 'donateurs', 'donante', 'donantes',
];

/** Money as people name the grant's in a question of what comes beside it. */
const MONEY_WORDS: readonly string[] = [
  'money', 'the money', 'funding', 'the funding', 'the grant', 'cash', 'argent', 'financement', 'le financement', 'la subvention',
  'dinero', 'el dinero', 'financiacion', 'la financiacion', 'financiamiento', 'el financiamiento', 'la subvencion', 'fondos', 'los fondos',
];

/** The call's two stages named by their place ("the first round" is the idea, "phase 2" the full proposal). */
const FIRST_STAGE: readonly string[] = [
  'first round', 'first stage', 'first phase', 'round 1', 'stage 1', 'phase 1', 'round one', 'stage one', 'phase one',
  'premier tour', 'premiere etape', 'premiere phase', 'phase un', 'primera ronda', 'primera etapa', 'primera fase', 'fase 1', 'etapa 1', 'ronda 1',
];
const SECOND_STAGE: readonly string[] = [
  'second round', 'second stage', 'second phase', 'round 2', 'stage 2', 'phase 2', 'round two', 'stage two', 'phase two',
  'deuxieme tour', 'second tour', 'deuxieme etape', 'deuxieme phase', 'seconde phase', 'seconde etape', 'segunda ronda', 'segunda etapa', 'segunda fase',
  'fase 2', 'etapa 2', 'ronda 2',
];

/**
 * Words and phrases that mean the same thing to someone asking about the Hub, in any of the three
 * languages, each group reduced to one concept term (`_deadline`, `_funding`...).
 *
 * The groups are shared by every language's analysis on purpose: a French speaker with an English
 * Teams client writes "date limite" to a bot told the conversation is in English, and people mix
 * languages ("c'est quoi la deadline ?"). A concept term is language-neutral, so such a query still
 * meets the entry's questions in its own language.
 *
 * Phrases are written folded (lower case, no accents) with words separated by single spaces, as
 * `words()` in `text-normalize.ts` produces them. Every form is listed (plural, verb forms): the
 * match happens before stemming, so that "fonds" (funds) and "fond" (bottom) can differ.
 *
 * Keep groups narrow: two words belong together only when swapping them never changes which entry
 * answers. "date" alone is not a deadline (the timeline has many dates); "help" alone is not the
 * non-financial support (people write "can you help me").
 */
/**
 * Whom the call is for ("ça s'adresse à qui ?"): who may apply, read as both (not "à qui
 * m'adresser", which asks whom to write to).
 */
const CALL_IS_FOR_WHOM = ['ca s adresse a qui', 'a qui s adresse', 'ca s adresse', 'c est pour qui', 'c est ouvert a qui', 'para quien es'];

export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  monitoring: [
    'm e', 'm and e', 'monitoring', 'monitoring and evaluation', 'monitor', 'suivi', 'suivi et evaluation', 's e',
    'seguimiento', 'seguimiento y evaluacion', 'monitoreo', 'monitoreo y evaluacion',
  ],
  funding: [
    'money', 'funds', 'fund', 'funding', 'fundings', 'funded', 'grant', 'grants', 'financing', 'finance',
    'finances', 'financed', 'seed money', 'seed funding', 'seed grant', 'cash', 'dollars', 'usd',
    'argent', 'fonds', 'financement', 'financements', 'financer', 'financee', 'financees', 'financent',
    'financera', 'financeront', 'subvention', 'subventions', 'financement d amorcage', 'fonds d amorcage',
    'dinero', 'fondos', 'financiacion', 'financiamiento', 'financiamientos', 'financiar', 'financiado',
    'financiada', 'financiados', 'financia', 'financian', 'financie', 'financien', 'subvencion',
    'subvenciones', 'plata', 'capital semilla', 'dolares',
    'fondos semilla', 'financiacion inicial',
    // The grant as a prize won ("prize money", "el premio"; not French "prix", a price as often).
    'prize', 'prizes', 'prize money', 'cash prize', 'award money', 'premio', 'premios',
    // Funding still, and also `cofunding` below (a phrase in two groups becomes both terms).
    ...CO_FUNDING,
    ...DONORS,
  ],
  // Money from elsewhere beside the Hub's, which has an entry of its own: without this term, "co-
  // funding from a donor" reads as funding twice and finds the amount entry. (Read before "co"
  // alone, a country office: the longest phrase wins.)
  cofunding: [...CO_FUNDING, ...DONORS],
  currency: [
    'currency', 'currencies', 'dollar', 'dollars', 'us dollars', 'usd', 'euro', 'euros',
    'exchange rate', 'monnaie', 'monnaies', 'devise', 'devises', 'dollars americains', 'moneda', 'monedas',
    'divisa', 'divisas', 'dolar', 'dolares', 'tipo de cambio', 'taux de change',
    'chf', 'swiss francs', 'francs suisses', 'francos suizos', 'eur', 'local currency', 'monnaie locale', 'moneda local',
  ],
  amount: [
    'how much', 'amount', 'amounts', 'sum', 'combien', 'montant', 'montants', 'somme', 'cuanto', 'cuanta',
    'cuantos', 'monto', 'montos', 'cantidad', 'importe',
  ],
  // What a funded project reports while it runs (the call does not settle it).
  reporting: [
    'report', 'reports', 'reporting', 'progress report', 'progress reports', 'rapport', 'rapports', 'rapport d avancement', 'rapports d avancement',
    'informe', 'informes', 'informe de avance', 'informes de avance', 'informe de progreso', 'informes de progreso', 'rendre compte', 'rendir cuentas',
  ],
  // The adjective and the noun, which French and Spanish stemming keep apart ("sostenible" and
  // "sostenibilidad" share no stem; English "sustainable" and "sustainability" do).
  // (French "durable" is in LANGUAGE_CONCEPTS: English "durable" is hard-wearing.)
  sustainable: ['sustainable', 'sustainability', 'sostenible', 'sostenibles', 'sostenibilidad'],
  // "Do no harm", part of the sustainability criterion, as each language says it.
  harm: [
    'do no harm', 'no harm', 'doing no harm', 'ne pas nuire', 'ne pas causer de tort', 'ne pas faire de mal', 'no causar dano', 'no hacer dano', 'sin causar dano', 'accion sin dano',
    // Said as a condition on the project ("making sure it doesn't harm the communities").
    'not harm', 'doesn t harm', 'don t harm', 'does not harm', 'do not harm', 'without harming', 'cause harm', 'causes harm', 'causing harm',
    'sans nuire', 'ne nuise pas', 'ne nuit pas', 'causer du tort', 'causar dano', 'cause dano', 'causa dano', 'sin danar',
  ],
  // The short version of the call, asked for ("call summary pls", "résumé de l'appel en 3 points",
  // "resumen rápido"); not "resume" alone, which is a CV, or going on with one's idea.
  summary: [
    'summary', 'summarise', 'summarize', 'summarised', 'summarized', 'in short', 'tl dr', 'tldr', 'in a nutshell', 'in one sentence', 'in a few words',
    'short version', 'what is this call about', 'what is the call about', 'resume de l appel', 'en resume', 'un resume', 'resumer', 'resumez', 'en bref',
    'en quelques mots', 'en une phrase', 'de quoi parle', 'resumen', 'resumir', 'resume la', 'en pocas palabras', 'en una frase', 'de que va', 'de que trata',
    // a list of a few points (not the points of a score)
    'in 3 points', 'in three points', 'in 3 bullets', 'in 5 bullets', 'en 3 points', 'en trois points', 'en 3 puntos', 'en tres puntos',
  ],
  // A time's hour and zone ("Geneva time or ours?", "minuit heure de Genève"): beside a deadline, the deadline's.
  clockTime: [
    'time zone', 'time zones', 'timezone', 'timezones', 'local time', 'our time', 'geneva time', 'midnight', 'fuseau horaire', 'fuseaux horaires',
    'heure locale', 'heure de geneve', 'minuit', 'zona horaria', 'zonas horarias', 'huso horario', 'hora local', 'hora de ginebra', 'medianoche',
    // the hour asked ("c'est à quelle heure ?"; "what time is it" is another subject's phrase)
    'what time', 'at what time', 'quelle heure', 'a quelle heure', 'a que hora', 'que hora',
  ],
  // How often something happens ("cada cuánto", "tous les combien"): not an amount, whatever its "cuánto".
  frequency: [
    'how often', 'how frequently', 'cada cuanto', 'cada cuanto tiempo', 'con que frecuencia', 'a quelle frequence', 'tous les combien',
    'quarterly', 'monthly', 'trimestriel', 'trimestriels', 'trimestrielle', 'mensuel', 'mensuels', 'trimestral', 'trimestrales', 'mensual', 'mensuales',
  ],
  // A project's length is asked in months or years; "an" (French "year") is an English article, so
  // only "un an" is listed.
  duration: [
    'how long', 'duration', 'length of the project', 'project length', 'how many months', 'month',
    'months', 'year', 'years', 'combien de temps', 'combien de mois', 'duree', 'mois', 'un an', 'ans',
    'annee', 'annees', 'durer', 'cuanto tiempo', 'cuanto dura', 'cuantos meses', 'duracion', 'meses', 'ano',
    'anos', 'durar', 'cuanto puede durar', 'cuanto podria durar', 'cuanto debe durar',
  ],
  maximum: [
    'maximum', 'max', 'maximal', 'biggest', 'largest', 'highest', 'ceiling', 'upper limit', 'maximale',
    'maximaux', 'plafond', 'maximo', 'maxima', 'tope', 'limite superieur', 'limite superieure',
    // the funding's limit ("límite de financiación"; not "limit" alone: a page limit, a word limit)
    'funding limit', 'limit of funding', 'limite de financement', 'limite du financement', 'limite de financiacion',
    'limite de la financiacion', 'limite de financiamiento', 'limite del financiamiento', 'limite de fondos',
  ],
  minimum: [
    'minimum', 'min', 'minimal', 'smallest', 'lowest', 'lower limit', 'minimale', 'minimaux', 'plancher',
    'minimo', 'minima', 'limite inferieur', 'limite inferieure',
  ],
  staff: [
    'staff', 'salary', 'salaries', 'wages', 'personnel', 'hire', 'hiring', 'consultant', 'consultants',
    'salaire', 'salaires', 'recruter', 'recrutement', 'salario', 'salarios', 'sueldo', 'sueldos',
    'contratar', 'consultor', 'consultores',
  ],
  // A person by the kind of their contract ("I'm national staff"), asking whether they may take part:
  // not the staff a project pays (`staff`), which "national staff salaries" still says by its "salaries".
  staffmember: [
    'national staff', 'international staff', 'staff member', 'staff members', 'local staff', 'national officer',
    'personnel national', 'personnel international', 'personnel local', 'membre du personnel', 'membres du personnel',
    'miembro del personal', 'miembros del personal',
    // A consultant saying what they are ("I'm a consultant, can I..."), not one a project hires.
    'i m a consultant', 'im a consultant', 'i am a consultant', 'as a consultant', 'je suis consultant',
    'je suis consultante', 'en tant que consultant', 'en tant que consultante', 'soy consultor', 'soy consultora',
    'como consultor', 'como consultora',
    // interns (not "internal", another word)
    'intern', 'interns', 'internship', 'stagiaire', 'stagiaires', 'pasante', 'pasantes',
  ],
  // A person's kind of contract ("on a short contract", "seconded", "en comisión de servicio"): who
  // may take part, and generic, as HR questions say it too.
  contract: [
    'contract', 'contracts', 'contrat', 'contrats', 'contrato', 'contratos', 'short term', 'fixed term', 'courte duree',
    'duree determinee', 'corta duracion', 'plazo fijo', 'consultancy', 'consultance', 'consultoria', 'secondment',
    'seconded', 'detachement', 'detache', 'detachee', 'comision de servicio', 'ssa',
  ],
  // Money left at the end ("what happens to the rest of the money", "el dinero no gastado").
  unspent: [
    'unspent', 'rest of the money', 'remaining funds', 'money left', 'non depense', 'non depenses',
    'non depensee', 'reste de l argent', 'argent restant', 'reliquat', 'no gastado', 'no gastados', 'sobrante', 'sobrantes',
    'dinero restante', 'fondos restantes',
  ],
  // Changing or correcting what was written ("can I modify it", "me equivoqué en el presupuesto").
  change: [
    'change', 'modify', 'edit', 'correct', 'fix', 'amend', 'mistake', 'changer', 'modifier', 'corriger', 'erreur',
    'trompe', 'trompee', 'cambiar', 'modificar', 'corregir', 'editar', 'error', 'equivoque', 'equivoco', 'equivocado', 'equivocada',
  ],
  // Travel and its allowances, as a cost ("per diem", "DSA", "viáticos"): the grant's question beside its money (see PAYABLE_WORDS).
  travel: [
    'travel', 'travels', 'travelling', 'traveling', 'per diem', 'per diems', 'dsa', 'voyage', 'voyages', 'deplacement', 'deplacements',
    'frais de mission', 'viaje', 'viajes', 'viatico', 'viaticos', 'pasajes',
  ],
  // How many ideas, more than one ("three ideas from three units", "plusieurs idées", "una idea por oficina").
  ideaCount: [
    'several ideas', 'multiple ideas', 'more than one idea', 'two ideas', 'three ideas', 'number of ideas', 'how many ideas', 'one idea per',
    'plusieurs idees', 'plus d une idee', 'deux idees', 'trois idees', 'nombre d idees', 'combien d idees', 'une idee par', 'varias ideas',
    'mas de una idea', 'dos ideas', 'tres ideas', 'numero de ideas', 'cuantas ideas', 'una idea por',
  ],
  // Sent or pressed twice ("submitted it twice", "envoyé deux fois", "lo envié dos veces").
  twice: ['twice', 'two times', 'double', 'duplicate', 'duplicated', 'deux fois', 'doublon', 'en double', 'dos veces', 'duplicado', 'duplicada'],
  late: [
    'late', 'too late', 'missed', 'miss', 'en retard', 'retard', 'trop tard', 'tarde', 'se nos paso',
    'se me paso', 'perdimos',
    // a deadline gone by ("plazo vencido"; not "vence" alone, which says when it falls due)
    'plazo vencido', 'fecha vencida', 'ya vencio', 'se vencio', 'echeance depassee', 'date limite depassee', 'deadline passed',
  ],
  migrant: [
    'migrant', 'migrants', 'refugee', 'refugees', 'asylum seeker', 'asylum seekers', 'migrante',
    'migrantes', 'refugie', 'refugies', 'refugiee', 'refugiees', 'demandeur d asile', 'demandeurs d asile',
    'refugiado', 'refugiados', 'refugiada', 'refugiadas', 'solicitante de asilo', 'solicitantes de asilo',
  ],
  // "ai" alone is English only (French "j'ai": I have): see LANGUAGE_CONCEPTS.
  ai: [
    'artificial intelligence', 'machine learning', 'ia', 'intelligence artificielle',
    'apprentissage automatique', 'inteligencia artificial', 'aprendizaje automatico',
  ],
  deadline: [
    'deadline', 'deadlines', 'dead line', 'due date', 'due dates', 'closing date', 'closing dates',
    'cut off', 'cutoff', 'last day', 'last date', 'final date', 'until when', 'by when', 'date limite',
    'jusqu a quand', 'hasta cuando', 'dates limites',
    'date limites', 'echeance', 'echeances', 'delai', 'delais', 'date butoir', 'derniere date',
    'dernier jour', 'date de cloture', 'plazo', 'plazos', 'fecha limite', 'fechas limite',
    'fechas limites', 'fecha de cierre', 'fecha tope', 'vencimiento', 'ultimo dia', 'ultima fecha',
    // whether a time is still within it ("next Monday still fine?", "ça passe encore ?", "¿todavía cuenta?")
    'still time', 'still in time', 'still on time', 'still fine', 'still ok', 'still okay', 'still count', 'still counts', 'days left',
    'still be fine', 'still be ok', 'still be okay', 'still be in time', 'still be on time', 'still accepted', 'still be accepted',
    'encore temps', 'encore dans les temps', 'encore bon', 'encore jouable', 'passe encore', 'jours restants', 'a tiempo',
    'todavia cuenta', 'todavia vale', 'aun cuenta', 'aun vale', 'dias quedan', 'quedan dias', 'cuanto falta',
  ],
  timeline: [
    'timeline', 'timelines', 'schedule', 'calendar', 'key dates', 'milestones', 'milestone', 'calendrier',
    'chronogramme', 'dates cles', 'jalons', 'calendario', 'cronograma', 'fechas clave', 'hitos',
    // The dates in the plural ("what date" asks when one thing happens).
    'what dates', 'which dates', 'important dates', 'quelles dates', 'dates importantes', 'que fechas', 'cuales fechas', 'fechas importantes',
    ...ALL_DEADLINES,
  ],
  stage: [
    'step', 'steps', 'stage', 'stages', 'phase', 'phases', 'round', 'rounds', 'etape', 'etapes', 'etapa',
    'etapas', 'fase', 'fases', ...FIRST_STAGE, ...SECOND_STAGE,
  ],
  // French "qui" is also a relative pronoun ("les projets qui..."): `text-normalize.ts` reads it as
  // "who" only when it opens the question.
  // ...or when a preposition asks it ("c'est pour qui", "validé par qui").
  who: ['who', 'whom', 'quien', 'quienes', 'pour qui', 'a qui', 'par qui', 'avec qui', 'c est qui', ...CALL_IS_FOR_WHOM],
  when: [
    'when', 'what date', 'at what point', 'quand', 'a quelle date', 'a quel moment', 'cuando', 'que fecha',
    'en que fecha', 'en que momento',
    // How long to wait for something is when it comes, not how long a project lasts.
    'how long until', 'how long before we', 'how long do we wait', 'how long will we wait', 'how long does it take to hear',
    'combien de temps faut il attendre', 'combien de temps avant', 'combien de temps pour avoir', 'cuanto tiempo hay que esperar',
    'cuanto tiempo tendremos que esperar', 'cuanto tiempo tarda', 'cuanto tiempo tardan', 'cuanto tarda', 'cuanto tardan',
    // "Before or after the shortlist?" asks when.
    'before or after', 'avant ou apres', 'antes o despues',
  ],
  submit: [
    'submit', 'submits', 'submitting', 'submitted', 'submission', 'submissions', 'apply', 'applies',
    'applying', 'applied', 'application', 'applications', 'applicant', 'applicants', 'send', 'sends',
    'sending', 'sent', 'send in', 'hand in', 'lodge', 'put forward', 'put an idea forward', 'put our idea forward', 'put it forward', 'envoyer', 'envoie', 'envoyons', 'envoyez', 'envoi',
    'envoye', 'envoyee', 'enviar', 'envio', 'enviamos', 'envia', 'enviado', 'enviada', 'soumettre', 'soumets',
    'soumet', 'soumis', 'soumise', 'soumission', 'porter une', 'porter un', 'porter l', 'porter notre', 'porter mon', 'porter ma', 'porter cette',
    'soumissions', 'deposer', 'depose', 'depot', 'candidater', 'candidature', 'candidatures',
    'candidat', 'candidats', 'postuler', 'presentar', 'presento', 'presentamos', 'presentan',
    ...CALL_IS_FOR_WHOM, 'presentada', 'presentado', 'postular', 'postulando', 'postulamos', 'postulacion', 'postulaciones', 'solicitud', 'solicitudes',
    'someter', 'aplicar', 'candidatura', 'candidaturas',
    // Spanish "mandar", to send, as people write it in chat (not "mando" alone: a command,
    // leadership; but "si mando la idea" sends it).
    'mandar', 'manda', 'mandan', 'mandamos', 'mandado', 'mandada', 'mandarla', 'mandarlo', 'si mando', 'mando la', 'mando el', 'mando mi', 'mando nuestra', 'mando nuestro',
    // French "demander" alone is to ask; asking for funding is applying.
    'demande de financement', 'demandes de financement', 'demander un financement', 'demander le financement',
    'demander des fonds',
  ],
  eligible: [
    'eligible', 'eligibility', 'ineligible', 'qualify', 'qualifies', 'eligibles', 'eligibilite',
    'admissible', 'admissibilite', 'elegible', 'elegibles', 'elegibilidad', 'requisitos',
    // Spanish "calificar" (to qualify), which spelling correction read as "clínica".
    'califica', 'califican', 'calificar', 'calificamos', 'califique', 'calificaria',
  ],
  ngo: [
    'ngo', 'ngos', 'non governmental organization', 'non governmental organisation', 'ong', 'ongs',
    'organisation non gouvernementale', 'organizacion no gubernamental', 'civil society',
    'societe civile', 'sociedad civil',
  ],
  hq: [
    'hq', 'headquarters', 'head office', 'siege', 'sede', 'sede central', 'oficina central',
  ],
  // "dept" as staff abbreviate it (HQ departments may submit).
  department: ['department', 'departments', 'dept', 'depts', 'departement', 'departements', 'departamento', 'departamentos'],
  // Staff write offices by their initials: CO (country office), RO (regional office).
  // "Country office" is one office, not a country and an office ("country" alone is a Member State).
  office: [
    'office', 'offices', 'mission', 'missions', 'bureau', 'bureaux', 'oficina', 'oficinas', 'co', 'ro', 'cos', 'ros',
    'country office', 'country offices', 'bureau pays', 'bureau de pays', 'bureaux pays', 'bureaux de pays', 'oficina de pais',
    'oficina en el pais', 'oficinas de pais',
  ],
  government: [
    'government', 'governments', 'ministry', 'ministries', 'authorities', 'gouvernement', 'gouvernements',
    'ministere', 'ministeres', 'autorites', 'gobierno', 'gobiernos', 'ministerio', 'ministerios',
    'autoridades',
  ],
  language: [
    'language', 'languages', 'english', 'french', 'spanish', 'arabic', 'portuguese', 'langue', 'langues',
    'anglais', 'francais', 'espagnol', 'arabe', 'portugais', 'idioma', 'idiomas', 'lengua', 'ingles',
    'frances', 'espanol', 'portugues', 'translate', 'translation', 'traduire', 'traduis', 'traduction', 'traducir',
    'traduce', 'traduccion',
  ],
  clinic: [
    // Not "individual": "can an individual apply?" is about who may submit.
    'clinic', 'clinics', 'one on one', 'one to one', 'clinique', 'cliniques', 'tete a tete', 'clinica', 'uno a uno', 'de uno a uno',
    'clinicas',
    // as the French call page names the clinics
    'cours pratiques', 'cours pratique', 'cours pratiques en tete a tete',
  ],
  workshop: ['workshop', 'workshops', 'atelier', 'ateliers', 'taller', 'talleres'],
  webinar: [
    'webinar', 'webinars', 'webinaire', 'webinaires', 'seminario web', 'seminarios web', 'webinario', 'webinarios',
  ],
  training: [
    // Not "course" ("of course") nor "cours" ("au cours de": during).
    'training', 'trainings', 'courses', 'formation', 'formations', 'capacitacion',
    'capacitaciones', 'formacion', 'curso', 'cursos',
  ],
  coaching: [
    'coaching', 'coach', 'coaches', 'mentoring', 'mentor', 'mentors', 'mentorship', 'accompagnement',
    'mentorat', 'mentoria', 'acompanamiento', 'tutoria',
  ],
  // Asking a question (where, how, to whom): "question" alone is a stop word, since almost every
  // query is one. English "ask" alone is left out: "ask for 100k" is a request for money.
  asking: [
    'ask a question', 'ask questions', 'ask my question', 'ask our question', 'ask my questions', 'ask our questions',
    'asking questions', 'send a question', 'send my question', 'send our question', 'send questions',
    'poser une question', 'poser des questions', 'poser ma question', 'poser nos questions', 'poser mes questions',
    'envoyer ma question', 'envoyer une question', 'hacer una pregunta', 'hacer preguntas', 'hacer mi pregunta',
    'preguntar', 'enviar mi pregunta', 'enviar una pregunta', 'enviar preguntas',
    'ask you my question', 'ask you my questions', 'ask you a question', 'ask you questions',
    // Having questions answered, said by someone who has not been ("where else can I get my
    // questions answered", "un autre moyen d'avoir des réponses").
    'questions answered', 'question answered', 'get answers', 'get an answer', 'avoir des reponses', 'avoir une reponse', 'obtenir des reponses',
    'obtenir une reponse', 'obtener respuestas', 'obtener una respuesta', 'tener respuestas', 'recibir respuesta',
  ],
  contact: [
    'contact', 'contacts', 'contacting', 'email', 'e mail', 'mail', 'mailbox', 'reach', 'courriel',
    'mel', 'adresse electronique', 'contacter', 'joindre', 'correo', 'correo electronico', 'contactar',
    'contacto',
  ],
  criteria: [
    'criteria', 'criterion', 'criterias', 'critere', 'criteres', 'criterio', 'criterios',
  ],
  objective: ['objective', 'objectives', 'objectif', 'objectifs', 'objetivo', 'objetivos'],
  // Not "but" (an English conjunction) nor "fin"/"fines" (French "end", English "fines").
  aim: ['aim', 'aims', 'purpose', 'purposes', 'buts', 'finalite', 'finalites', 'proposito', 'propositos'],
  priority: ['priority', 'priorities', 'priorite', 'priorites', 'prioridad', 'prioridades'],
  crossCutting: [
    'cross cutting', 'crosscutting', 'transversal', 'transversale', 'transversales', 'transversaux',
  ],
  beneficiary: [
    'beneficiary', 'beneficiaries', 'benefit', 'benefits', 'benefiting', 'beneficiaire', 'beneficiaires',
    'beneficier', 'beneficie', 'beneficient', 'profite', 'profitent', 'profiter', 'beneficiario',
    'beneficiarios', 'beneficiar', 'beneficia', 'benefician', 'beneficiarse',
  ],
  review: [
    'review', 'reviews', 'reviewed', 'reviewing', 'reviewer', 'reviewers', 'screen', 'screens', 'screened', 'screening',
    'examen', 'examine', 'examiner',
    'examinee', 'examinees', 'revision', 'revisar', 'revisa', 'revisan', 'revisada', 'revisadas',
  ],
  approval: [
    'approve', 'approves', 'approved', 'approval', 'approuve', 'approuver', 'approuvee', 'approuvees',
    'approbation', 'aprobar', 'aprueba', 'aprobado', 'aprobada', 'aprobacion',
    // Validating the funding is approving it ("qui valide le financement").
    'valide', 'valider', 'validate', 'validates', 'valida', 'validar',
    // Not English "sign" ("sign up" is booking).
    'signer', 'signe', 'signee', 'signature', 'firmar', 'firme', 'firma',
    // Said as staff say it: not "green" (the environment) nor "light".
    'green light', 'go ahead', 'go-ahead', 'sign off', 'sign-off', 'feu vert', 'luz verde', 'visto bueno',
  ],
  // The office's endorsement of its idea: the call's own step, where approving is anyone's ("can
  // the deputy sign the endorsement while the CoM is on leave?").
  endorsement: [
    'endorse', 'endorses', 'endorsed', 'endorsing', 'endorsement', 'endorsements',
    'aval', 'avaliser', 'avalise', 'endosser', 'respaldo', 'respaldar', 'respalda',
  ],
  shortlist: [
    'shortlist', 'shortlisted', 'short list', 'short listed', 'preselection', 'preselected',
    'preselectionne', 'preselectionnee', 'preselectionnees', 'preselectionnes', 'liste restreinte',
    'preseleccion', 'preseleccionado', 'preseleccionada', 'preseleccionadas', 'preseleccionados',
    'lista corta', 'preselectionner', 'preselectionnent',
    // Going through to the call's next stage is being shortlisted ("¿pasamos a la siguiente fase?").
    'next stage', 'next phase', 'siguiente fase', 'siguiente etapa', 'proxima fase', 'proxima etapa', 'etape suivante',
    'prochaine etape', 'phase suivante', 'prochaine phase',
    // An idea kept for the next stage, in French ("notre idée est-elle retenue ?").
    'idee est elle retenue', 'idee a ete retenue', 'idee retenue', 'idee est retenue', 'idee sera retenue', 'idees retenues',
  ],
  // ("propo" as French chat shortens it)
  proposal: ['proposal', 'proposals', 'proposition', 'propositions', 'propuesta', 'propuestas', 'propo', ...SECOND_STAGE],
  // Staff call the idea a concept note too (a funder's concept note is its own: see `CONCEPT_NOTE` in search.ts).
  idea: ['idea', 'ideas', 'idee', 'idees', 'concept note', 'concept notes', 'note conceptuelle', 'nota conceptual', ...FIRST_STAGE],
  announce: [
    'announce', 'announced', 'announcement', 'announcements', 'results', 'notified', 'notify',
    'annonce', 'annonces', 'annoncer', 'annoncee', 'annoncees', 'resultats', 'anuncio', 'anuncian',
    'anunciar', 'anunciados', 'anunciadas', 'resultados',
    // Being told the outcome ("when do we hear back", "by when will we know whether"); not "find out"
    // or "savoir si" alone, which open any question ("where can I find out more about the clinics").
    'hear back', 'will we know', 'by when will we know', 'by when do we know', 'by when will we hear', 'we will know',
    'will we hear', 'we will hear', 'serons nous informes', 'nos enteraremos',
    'on saura', 'saurons nous', 'nous saurons', 'aurons des nouvelles', 'sabremos', 'nos avisaran', 'nos informaran', 'tendremos noticias',
  ],
  // A call after this one (which the call does not settle), not a step of this one ("next round").
  nextcall: [
    'next call', 'another call', 'new call', 'next round', 'another round', 'next edition', 'one off', 'try again', 'reapply', 're apply', 'apply again',
    'prochain appel', 'autre appel', 'nouvel appel', 'prochaine edition', 'retenter', 'postuler a nouveau', 'proxima convocatoria',
    'otra convocatoria', 'nueva convocatoria', 'proxima edicion', 'volver a postular', 'volver a presentar', 'intentar de nuevo',
    // A later round ("resubmit" alone may be fixing the idea sent, which cannot be done).
    'later round', 'future round', 'proxima ronda',
    'second call', 'deuxieme appel', 'second appel', 'segunda convocatoria', 'volver a intentar', 'volver a intentarlo',
  ],
  // Taking something that exists elsewhere (the novelty criterion's question); replicating one's own
  // elsewhere is scaling, so "replicate" is not here.
  reuse: [
    'adapt', 'adapting', 'reuse', 'reusing', 'already exists', 'already existing',
    'already use', 'already using', 'already used', 'already works', 'already working', 'already run', 'already runs',
    'existing tool', 'existing solution', 'existing app', 'adapter', 'reprendre',
    'existe deja', 'marche deja', 'fonctionne deja', 'outil existant', 'solution existante', 'adaptar', 'ya existe', 'ya funciona', 'herramienta existente', 'solucion existente',
    // A product bought as it is, or one another organisation already runs.
    'off the shelf', 'on the market', 'already on the market', 'existing platform', 'existing software',
    'deja existante', 'deja existant', 'appli existante', 'application existante', 'plateforme existante', 'logiciel existant', 'deja utilisee', 'deja utilise',
    'app existente', 'aplicacion existente', 'plataforma existente', 'ya usa', 'ya usan', 'ya se usa', 'adaptarlo', 'adaptarla',
  ],
  example: ['example', 'examples', 'sample', 'samples', 'exemple', 'exemples', 'ejemplo', 'ejemplos'],
  resource: [
    'resource', 'resources', 'document', 'documents', 'documentation', 'guidance note', 'guidance',
    'ressource', 'ressources', 'note d orientation', 'recurso', 'recursos', 'documento', 'documentos',
    'nota de orientacion', 'nota orientativa',
    // the presentation about the Hub, as its slides
    'slides', 'slide deck', 'deck', 'powerpoint', 'ppt', 'diapos', 'diapositive', 'diapositives', 'diapositiva', 'diapositivas',
  ],
  network: [
    'network', 'networks', 'networking', 'reseau', 'reseaux', 'mise en reseau', 'red', 'redes',
    'trabajo en red',
  ],
  support: [
    'support', 'supports', 'assistance', 'appui', 'soutien', 'soutenir', 'apoyo', 'apoyar', 'respaldo',
  ],
  scale: [
    'scale', 'scaling', 'scaled', 'scalable', 'scalability', 'scale up', 'mise a l echelle', 'mis a l echelle',
    'mettre a l echelle', 'escalable', 'escalables',
    'passage a l echelle', 'changement d echelle', 'etendre', 'escalar', 'escalabilidad', 'escalamiento',
    // carried to other places ("étendu à d'autres pays"), not a longer project ("étendu à 18 mois")
    'transposition a plus grande echelle', 'a plus grande echelle', 'a grande echelle',
    'etendu a d autres', 'etendue a d autres', 'etendus a d autres', 'etendues a d autres', 'extended to other', 'extendido a otros', 'extendida a otros',
    // Not "ampliar" alone: as often extending a deadline or a project ("ampliar el plazo"), see `exceed`.
    'escalado', 'ampliar escala', 'ampliar la escala',
    // One's own project done again elsewhere (taking someone else's is `reuse`).
    'reproduire', 'reproduit', 'reproduite', 'reproduits', 'reproductible',
    'repliquer', 'reproducir',
  ],
  spend: [
    'spend', 'spent', 'spending', 'expense', 'expenses', 'expenditure', 'expenditures', 'cost', 'costs',
    'depense', 'depenses', 'depenser', 'cout', 'couts', 'frais', 'gasto', 'gastos', 'gastar', 'gastado', 'gastados', 'gastada',
    'gastadas', 'costo', 'costos',
    'coste', 'costes',
    // What the money covers ("what's not covered by the seed funding", "ce que la subvention ne couvre pas").
    // (Not "cover" alone nor "covered by": "does the call cover host communities", "which countries
    // are covered by the call".)
    'not covered', 'not cover', 'ne couvre pas', 'no cubre', 'no cubren',
    // Overheads are a cost charged to the grant.
    // Not "OSC" itself: in French and Spanish it is a civil-society organisation.
    'overhead', 'overheads', 'indirect costs', 'support cost', 'support costs', 'project support cost', 'project support costs', 'frais generaux', 'couts indirects',
    'frais de soutien', 'couts de soutien', 'gastos de apoyo', 'costos de apoyo', 'costes de apoyo',
    'costos indirectos', 'costes indirectos', 'gastos generales',
    // Buying and paying with the grant is spending it ("buy motorbikes with the grant"); not Spanish
    // "pagar", which is as often about being paid ("cuándo pagan el sueldo").
    'buy', 'buying', 'bought', 'purchase', 'purchases', 'pay for', 'pays for', 'paying for', 'paid for',
    'acheter', 'achete', 'achat', 'achats', 'payer', 'comprar', 'compra',
    // Buying under the office's rules ("which procurement rules apply to the grant").
    'procurement rules', 'procurement procedure', 'procurement procedures',
    // What may be funded is what the grant may pay for (not "will it be funded": that is the decision).
    'can be funded', 'could be funded', 'can be covered', 'peut etre finance', 'peut etre financee',
    'peuvent etre finances', 'peuvent etre financees', 'puede ser financiado', 'puede ser financiada',
    'pueden ser financiados', 'pueden ser financiadas', 'se puede financiar', 'se pueden financiar',
  ],
  environment: [
    'environment', 'environmental', 'climate', 'green', 'environnement', 'environnemental',
    'environnementale', 'climat', 'climatique', 'medio ambiente', 'ambiental', 'ambientales', 'clima',
    'climatico',
  ],
  // The call names women and girls under its gender priority and among the groups it pays attention to.
  gender: ['gender', 'genre', 'genero', 'women', 'woman', 'girls', 'femmes', 'filles', 'mujeres', 'mujer', 'ninas'],
  youth: ['youth', 'young people', 'young', 'young migrants', 'young women', 'jeunes', 'jeunesse', 'jeune', 'jovenes', 'juventud', 'joven'],
  // (A project about data is data, not the asker's own: "is my data project eligible?")
  data: ['data', 'donnees', 'datos', 'my data project', 'my data projects', 'mi proyecto de datos'],
  // What the assistant keeps about the asker, not data a project handles ("what do you keep about me").
  aboutme: [
    'about me', 'my data', 'my personal data', 'my information', 'sur moi', 'a mon sujet', 'mes donnees', 'mes donnees personnelles',
    'mes informations', 'mis datos', 'mis datos personales', 'mi informacion',
    // what is held on the asker ("¿qué información tienen sobre mí?", "what do you hold on me"); not
    // "sobre mi" alone, which is as often "sobre mi idea"
    'hold on me', 'have on me', 'keep on me', 'store on me', 'tienen sobre mi', 'guardan sobre mi', 'guarda sobre mi', 'guardo sobre mi',
    'keep about me', 'keeps about me', 'garde sur moi', 'gardez sur moi',
    // what is held on someone else ("my colleague wants to delete what you saved about her")
    'what you saved', 'what you stored', 'what you keep about', 'saved about', 'stored about', 'que guardas', 'lo que guardas',
    'datos guardas', 'ce que vous gardez', 'ce que tu gardes',
    'datos mios', 'mes propres donnees', 'my own data',
  ],
  // The assistant's reminders ("rappels avant échéance"): one thing in three languages, apart from
  // the deadline they come before. Not "rappeler" (also "call back", "recall a reference").
  // French "what happens", one thing: "passer" alone would also match "la date limite n'est pas
  // passée" (not past). (Spanish "pasar" has no such neighbour: "se nos pasó el plazo" is past it.)
  happen: ['se passe', 'se passera', 'se passerait'],
  // Where to begin ("where do I start?", "par où commencer ?", "¿qué hago primero?"): the first steps in
  // this chat, not the call's launch.
  begin: [
    // (not "the first step" or "la première étape" alone, which may be the review's first round)
    'where to start', 'where do i start', 'where should i start', 'where to begin', 'where do i begin', 'first steps', 'whats the first step',
    'what is the first step', 'first thing i should do', 'what do i do now', 'what do i do first', 'par ou commencer', 'par quoi commencer',
    'quelle est la premiere etape', 'c quoi la premiere etape', 'premiere etape pour', 'premiers pas', 'que faire maintenant',
    'que dois je faire maintenant', 'por donde empiezo', 'por donde empezar', 'por donde comienzo', 'cual es el primer paso', 'primer paso para',
    'primeros pasos', 'que hago primero', 'que tengo que hacer primero', 'que hago ahora',
  ],
  // What a document holds ("what must the full proposal include?", "¿qué tiene que llevar la propuesta?").
  contents: [
    'include', 'includes', 'contain', 'contains', 'comprise', 'comprises', 'what goes in', 'required sections', 'contenir', 'contient',
    'contenu', 'doit comprendre', 'doivent comprendre', 'comporter', 'comporte', 'incluir', 'incluye', 'incluya', 'contener', 'contiene',
    'contenido',
  ],
  reminder: [
    // (Plurals: "petit rappel, c'est quand la date limite ?", "recordatorio: ¿cuál es el plazo?" ask
    // the thing recalled.)
    'reminders', 'remind me', 'remind us', 'rappels', 'recordatorios', 'get a reminder', 'recevoir un rappel', 'recibir un recordatorio',
    'a reminder', 'reminder before', 'un rappel', 'rappel avant', 'un recordatorio', 'recordatorio antes',
    // being told ahead ("a nudge a few days before each cut-off", "que me avises antes de cada plazo")
    'nudge', 'nudges', 'me prevenir', 'me previenne', 'avisame', 'avisarme', 'me avises', 'me avisaras', 'me avisen', 'nos avisen',
    'ping me', 'ping us', 'set reminder', 'set a reminder', 'rappel echeance', 'rappel d echeance', 'rappels d echeance',
    'me puedes avisar', 'me puede avisar', 'me avisas', 'me avisa',
  ],
  technology: ['technology', 'technologies', 'tech', 'technologie', 'tecnologia', 'tecnologias'],
  form: ['form', 'forms', 'formulaire', 'formulaires', 'formulario', 'formularios'],
  hub: [
    'hub', 'innovation hub', 'centre d innovation', 'centre pour l innovation', 'centre de l innovation', 'hub d innovation',
    'innovation centre', 'innovation center', 'centro de innovacion', 'centro para la innovacion', 'hub de innovacion',
  ],
  iom: ['iom', 'oim'],
  ikm: [
    'ikm', 'knowledge management', 'gestion des connaissances', 'gestion del conocimiento',
  ],
  partner: [
    'partner', 'partners', 'partnership', 'partnerships', 'partenaire', 'partenaires', 'partenariat', 'partenariats',
    'socio', 'socios', 'socia', 'socias', 'alianza', 'alianzas',
  ],
  // Staff who picture a contest call the committee its jury (not "judges": it stems as the verb).
  committee: ['committee', 'committees', 'comite', 'comites', 'jury', 'juries', 'jurys', 'jurado', 'jurados'],
  // Not chosen, as staff say it, and not shortlisted: what then (feedback, a next call) is a question
  // of its own, not the shortlist's date ("what if we are not shortlisted?").
  notchosen: [
    'not shortlisted', 'isn t shortlisted', 'aren t shortlisted', 'isnt shortlisted', 'arent shortlisted', 'not be shortlisted',
    'wasn t shortlisted', 'weren t shortlisted', 'wasnt shortlisted', 'werent shortlisted',
    'not get shortlisted', 'don t get shortlisted', 'doesn t get shortlisted', 'not make the shortlist', 'not on the shortlist',
    'don t make the shortlist', 'doesn t make the shortlist', 'didn t make the shortlist', 'were left out', 'was left out',
    'no preseleccionado', 'no preseleccionada', 'no preseleccionados', 'no preseleccionadas', 'no quedamos preseleccionados',
    'pas preselectionne', 'pas preselectionnee', 'pas preselectionnes', 'pas preselectionnees',
    'non preselectionne', 'non preselectionnee', 'non preselectionnes', 'non preselectionnees',
    'not selected', 'not picked', 'not chosen', 'not retained', 'aren t picked', 'aren t selected', 'aren t chosen',
    'isn t selected', 'isn t picked', 'isn t chosen', 'don t get picked', 'doesn t get picked', 'don t get selected',
    'doesn t get selected', 'miss out', 'isnt selected', 'isnt picked', 'arent selected', 'arent picked', 'not be selected', 'not get selected',
    'non retenu', 'non retenue', 'non retenus', 'non retenues', 'pas retenu', 'pas retenue', 'pas retenus', 'pas retenues',
    'non selectionne', 'non selectionnee', 'non selectionnes', 'non selectionnees', 'pas selectionne', 'pas selectionnes',
    'no seleccionado', 'no seleccionada', 'no seleccionados', 'no seleccionadas', 'no es seleccionada', 'no es seleccionado',
    'no nos eligen', 'no nos seleccionan', 'no nos escogen', 'no elegido', 'no elegida', 'no elegidos',
  ],
  // Being told why an idea was not chosen is feedback ("will anyone explain why?").
  feedback: [
    'feedback', 'retroalimentacion', 'comentarios', 'commentaires', 'devolucion',
    'explain why', 'tell us why', 'tell me why', 'expliquer pourquoi', 'dire pourquoi', 'explicar por que', 'decir por que',
    'en que fallamos', 'en que fallo', 'what went wrong', 'ce qui n a pas marche',
  ],
  decision: [
    'decide', 'decides', 'decided', 'decision', 'decisions', 'decider', 'decident', 'decidir', 'deciden',
    'decisiones',
  ],
  company: [
    'company', 'companies', 'business', 'businesses', 'private sector', 'firm', 'entreprise', 'entreprises',
    'secteur prive', 'empresa', 'empresas', 'sector privado',
  ],
  several: [
    'several', 'multiple', 'two', 'more than one', 'plusieurs', 'deux', 'plus d un', 'varios', 'varias',
    'mas de uno',
    // whether one is enough asks how many there must be ("all three, or is one enough?")
    'is one enough', 'one is enough', 'is one of them enough', 'un seul suffit', 'un seul suffit il', 'basta con uno', 'basta uno', 'uno basta',
  ],
  receive: [
    'receive', 'receives', 'received', 'receiving', 'recevoir', 'recevra', 'recevrait', 'recevront',
    'recevrons', 'recoit', 'recoivent', 'recevons', 'recu', 'recue', 'recibir', 'recibe', 'reciben',
    'recibiria', 'recibirian', 'recibira', 'recibiran', 'recibimos', 'recibiremos', 'recibido',
    'recibida', 'recibidos', 'recibidas', 'recibio', 'recibieron', 'recues', 'recus',
  ],
  // Whether an idea belongs in the call.
  fit: [
    'fit', 'fits', 'suit', 'suits', 'scope', 'in scope', 'within scope', 'covered', 'correspond',
    'correspondre', 'correspondrait', 'convient', 'conviennent', 'entre dans', 'entrent dans', 'encaja',
    'encajan', 'encajaria', 'encajar', 'cabe',
  ],
  advantage: [
    'advantage', 'advantages', 'extra points', 'bonus', 'points', 'score', 'scoring', 'scored', 'rank',
    'ranked', 'ranking', 'avantage', 'avantages', 'classement', 'classes', 'points supplementaires',
    'ventaja', 'ventajas', 'puntos', 'puntuacion', 'clasificacion', 'clasifican',
  ],
  after: [
    'after', 'afterwards', 'once', 'next steps', 'apres', 'une fois', 'ensuite', 'despues', 'una vez',
    'luego', 'proximos pasos', 'prochaines etapes',
  ],
  // Going past a limit: a bigger budget, a longer project.
  exceed: [
    'exceed', 'exceeds', 'beyond', 'more than', 'longer than', 'bigger', 'larger', 'extend', 'extension',
    'depasser', 'depasse', 'au dela', 'plus que', 'plus longtemps', 'prolonger', 'prolongation',
    'superar', 'supera', 'exceder', 'mas alla', 'mas que', 'mas de', 'mas del', 'mayor', 'ampliar', 'alargar',
    'prorroga', 'extender', 'pasamos de', 'pasarnos de',
  ],
  // Staying under a limit: a smaller budget than the minimum. Not "under" ("fit under an objective").
  below: [
    'less than', 'lower than', 'smaller than', 'below', 'moins que', 'moins de', 'en dessous', 'inferieur a',
    'menos que', 'menos de', 'por debajo', 'inferior a',
  ],
  participation: [
    'take part', 'participate', 'participation', 'involve', 'involved', 'participer', 'participent',
    'participar', 'participacion', 'involucrar', 'involucrados', 'participatory', 'participative', 'participatif',
    'participatifs', 'participatives', 'participativo', 'participativa', 'participativos', 'participativas',
  ],
  // The adjective and the noun stem apart ("accesible", "accesibilidad").
  accessible: [
    'accessible', 'accessibility', 'inaccessible', 'accessibles', 'accessibilite', 'accesible', 'accesibles',
    'accesibilidad',
  ],
  relation: [
    'linked', 'connected', 'related', 'relation', 'relationship', 'have to do with', 'lie', 'liee', 'lien',
    'rapport', 'vinculado', 'vinculada', 'vinculo', 'relacion', 'relacionado',
  ],
  trafficking: [
    'trafficking', 'counter trafficking', 'human trafficking', 'smuggling', 'traite', 'traite des etres humains',
    'traite des personnes', 'trata', 'trata de personas', 'trafico de personas',
  ],
  // Whether something must be done: asked as "mandatory" or as "optional", answered either way.
  mandatory: [
    'mandatory', 'compulsory', 'obligatory', 'optional', 'obligatoire', 'obligatoires', 'facultatif',
    'facultative', 'facultatifs', 'facultatives', 'optionnel', 'optionnelle', 'obligatorio', 'obligatoria',
    'obligatorios', 'obligatorias', 'opcional', 'opcionales',
    // Not going asks whether one must ("if we can't make any of the clinics", "skipping the webinars").
    'can t make', 'cannot make', 'can t attend', 'cannot attend', 'skip', 'skipping', 'skipped',
    'ne pas assister', 'pas assister', 'sauter', 'no asistir', 'no podemos asistir', 'saltarnos',
  ],
};

/**
 * Phrases that ask for a whole list ("list the criteria", "les trois objectifs", "todas las
 * prioridades"): the entry that answers the topic as a whole wins over narrower ones matching
 * about as well (`broad` in the knowledge base). A count with "the" names the list ("the three
 * objectives"); a bare count does not ("our idea serves two objectives").
 */
export const LIST_REQUEST_PHRASES: readonly string[] = [
  'list of', 'list', 'lists', 'all the', 'all of the', 'full list', 'complete list', 'the whole', 'overview', 'summary',
  'la liste des', 'la liste de', 'liste des', 'liste de', 'liste', 'tous les', 'toutes les', 'l ensemble des', 'resume',
  'la lista de', 'lista de', 'lista', 'todos los', 'todas las', 'resumen',
  'the three', 'the four', 'the five', 'all three', 'all four', 'all five', 'les trois', 'les quatre', 'les cinq',
  'los tres', 'las tres', 'los cuatro', 'las cuatro', 'los cinco', 'las cinco',
  'what are the', 'which are the', 'quels sont les', 'quelles sont les', 'cuales son los', 'cuales son las',
];

/**
 * Words asking which one of several ("which objective", "dans quel objectif", "¿en qué prioridad?",
 * "any of the priorities"): with a project described, the asker wants the one item it fits.
 */
export const WHICH_ONE_WORDS: readonly string[] = [
  'which', 'what', 'any', 'quel', 'quelle', 'quels', 'quelles', 'lequel', 'laquelle', 'lesquels', 'lesquelles',
  'aucun', 'aucune', 'cual', 'cuales', 'que', 'alguno', 'alguna', 'algun', 'algunos', 'algunas', 'ninguno', 'ninguna',
];

/**
 * Chatty phrases that say nothing about the question, removed before anything else. They are
 * longer than single stop words ("help" alone may well be the question).
 */
export const FILLER_PHRASES: readonly string[] = [
  'can you help', 'could you help', 'help me', 'please help', 'i would like to know', 'i want to know',
  'i d like to know', 'can you tell me', 'could you tell me', 'tell me', 'let me know',
  'aidez moi', 'aide moi', 'pouvez vous m aider', 'peux tu m aider', 'je voudrais savoir',
  'j aimerais savoir', 'je veux savoir', 'pourriez vous me dire', 'pouvez vous me dire', 's il vous plait',
  's il te plait', 'ayudame', 'ayudeme', 'me puede ayudar', 'me puedes ayudar', 'quisiera saber',
  'quiero saber', 'me gustaria saber', 'me puede decir', 'me puedes decir', 'podria decirme',
  'por favor',
  // The current year is when, not how long ("how many projects will be funded this year"); so are
  // the next and the last, and a year's end ("another round next year?", "before the end-of-year holidays").
  'this year', 'cette annee', 'cet annee', 'este ano', 'esta ano', 'next year', 'last year', 'l annee prochaine', 'l an prochain',
  'l annee derniere', 'l an dernier', 'el ano que viene', 'el proximo ano', 'el ano proximo', 'el ano pasado', 'end of year',
  'end of the year', 'year end', 'fin d annee', 'fin de l annee', 'fin de ano', 'fin del ano',
  // Minding something says nothing of what ("which dates should we keep in mind").
  'keep in mind', 'bear in mind', 'take into account', 'tenir compte', 'prendre en compte', 'garder en tete', 'garder a l esprit',
  'tener en cuenta', 'tomar en cuenta', 'tener presente',
  // Asking what something means says nothing of what ("qué quiere decir que el proyecto deba 'no hacer daño'").
  'quiere decir', 'quieren decir', 'que significa', 'veut dire', 'veulent dire', 'qu est ce que ca veut dire', 'what does it mean', 'what is meant by',
  // "From" before a time ("à partir de quand", "a partir de cuándo") asks when, not about a part.
  'a partir de', 'a partir del',
  // "Quand même" is "still", "all the same", not "when" ("est-ce que je peux quand même porter une idée").
  'quand meme', 'quand bien meme',
  // A tag asking to confirm what was just said ("so the cap is 100k, am I wrong?", "c'est bien ça ?",
  // "¿o me equivoco?") says nothing of the subject; a mistake made ("je me suis trompé") still is one.
  'is that correct', 'is this correct', 'is that right', 'is this right', 'am i right', 'am i correct', 'am i wrong', 'or am i wrong',
  'if i m not mistaken', 'if i am not mistaken', 'unless i m mistaken', 'correct me if i m wrong', 'correct me if i am wrong',
  'n est ce pas', 'c est bien ca', 'c est ca', 'c est correct', 'est ce correct', 'ou je me trompe', 'si je ne me trompe pas',
  'si je ne m abuse', 'o me equivoco', 'si no me equivoco', 'es correcto', 'no es asi', 'es asi', 'estoy en lo cierto',
  // Setting one thing beside another ("par rapport aux fonds du PNUD") is no report and no link.
  'par rapport a', 'par rapport au', 'par rapport aux',
  // Weighing one case against another ("does it matter if we are a sub-office rather than a country
  // office?"): the cases are the question, not the weighing.
  'rather than', 'instead of', 'plutot que', 'plutot qu', 'au lieu de', 'au lieu d', 'en vez de', 'en lugar de',
  'does it matter', 'does that matter', 'would it matter', 'does it change anything', 'would it change anything',
  'does that change anything', 'change anything if', 'ca change quelque chose', 'ca change quoi', 'cambia algo si', 'importa si',
  // The assistant's own name, typed as an address ("@Innovation Hub Assistant how do I...") where
  // Teams made no mention of it: no question about the Hub.
  'innovation hub assistant', 'hub assistant',
  // The courtesies of a formal message ("May I ask whether...", "Je me permets de vous écrire pour
  // savoir si...", "Les agradecería que me indicaran...", "Best regards") frame the request and say
  // nothing of its subject (blind batch 53).
  'may i ask', 'might i ask', 'i was wondering', 'i am wondering', 'i m wondering', 'i wonder',
  'could you kindly', 'would you kindly', 'could you please', 'kindly', 'could you confirm', 'can you confirm', 'please confirm',
  'i would be grateful', 'i d be grateful', 'i would appreciate it', 'i would appreciate', 'i d appreciate',
  'i understand that', 'i understand', 'as i understand it', 'my understanding is that', 'would it be possible to', 'would it be possible',
  'dear colleagues', 'dear colleague', 'best regards', 'kind regards', 'many thanks', 'thank you in advance', 'thanks in advance',
  'could you clarify', 'could you advise', 'please advise', 'could you let me know',
  'je me permets de vous ecrire', 'je me permets de vous demander', 'je me permets', 'pourriez vous me confirmer',
  'pouvez vous me confirmer', 'pourriez vous confirmer', 'merci de me confirmer', 'je souhaiterais savoir', 'je souhaiterai savoir',
  'je souhaite savoir', 'serait il possible de', 'serait il possible', 'si je comprends bien', 'si j ai bien compris',
  'je crois comprendre que', 'madame monsieur', 'bien cordialement', 'cordialement', 'meilleures salutations', 'chers collegues',
  'cher collegue', 'chere collegue', 'pourriez vous m indiquer', 'pouvez vous m indiquer', 'pourriez vous me preciser',
  'merci d avance', 'merci par avance', 'je vous remercie',
  'podrian confirmarme', 'podria confirmarme', 'pueden confirmarme', 'puede confirmarme', 'me podrian confirmar', 'les agradeceria que me indicaran',
  'le agradeceria que me indicara', 'les agradeceria que me aclararan', 'les agradeceria', 'le agradeceria', 'seria posible',
  'entiendo que', 'tengo entendido que', 'si entiendo bien', 'estimados colegas', 'estimado colega', 'estimada colega',
  'saludos cordiales', 'atentamente', 'muchas gracias', 'gracias de antemano', 'podrian indicarme', 'podria indicarme',
  'me podrian indicar', 'podrian aclararme', 'quisiera consultar',
  // A goal or a worry said before what is asked ("I want to make sure...", "je veux être sûre de...",
  // "quiero evitar que...", "me preocupa que..."): the frame, not the subject (blind batch 55).
  'i want to make sure', 'want to make sure', 'make sure', 'i m worried', 'i am worried', 'i m afraid', 'i don t want to',
  'i do not want to', 'je veux etre sur', 'je veux etre sure', 'je veux m assurer', 'je ne veux pas', 'je voudrais pas', 'je voudrai pas',
  'j ai peur', 'quiero asegurarme', 'quiero evitar', 'no quiero', 'me preocupa', 'tengo miedo de',
  'confirm whether', 'confirm if', 'confirm that', 'me confirmer si', 'me confirmer que', 'confirmer ce point', 'ce point',
  'confirmarme si', 'confirmarme que',
  // Going through an office ("sans passer par le bureau de pays", "pasando por la oficina"): the
  // office is the question; "passer" would read as "what happens" ("que se passe-t-il").
  'passer par', 'passant par', 'en passant par', 'pasar por', 'pasando por',
  // What else than the money ("au-delà du financement, quel accompagnement ?"): the support is the
  // question, nothing going past a sum.
  'beyond the funding', 'beyond the money', 'beyond the grant', 'au dela du financement', 'au dela de l argent', 'au dela des fonds',
  'mas alla del financiamiento', 'mas alla de la financiacion', 'mas alla del dinero', 'mas alla de los fondos',
  // Asking for a whole list says nothing about which entry (see LIST_REQUEST_PHRASES).
  ...LIST_REQUEST_PHRASES,
];

/**
 * Synonyms that hold in one language only: the same letters mean something else in another
 * (Spanish "personal" is staff, English "personal" is not; English "AI", French "ai" is "have").
 */
export const LANGUAGE_CONCEPTS: Readonly<Record<'en' | 'fr' | 'es', Readonly<Record<string, readonly string[]>>>> = {
  en: { ai: ['ai'] },
  // French "raté" (missed) is English "rate" once folded ("exchange rate").
  fr: { late: ['rate', 'rater', 'rates', 'ratee'], sustainable: ['durable', 'durables', 'durabilite'] },
  es: { staff: ['personal'], staffmember: ['personal nacional', 'personal internacional', 'personal local'] },
};

/** Flying business class: one's own travel entitlement, or (beside the grant) a cost it may pay. */
const BUSINESS_CLASS_WORDS: readonly string[] = ['business class', 'classe affaires', 'clase ejecutiva'];

/** Money advanced before a mission: one's own travel admin, or (beside the grant) a cost it may pay. */
const TRAVEL_ADVANCE_WORDS: readonly string[] = [
  'travel advance', 'travel advances', 'avance de voyage', 'avance sur frais de voyage', 'avance de mission', 'avance sur frais de mission', 'anticipo de viaje', 'anticipo de viaticos',
];

/** An office's petty cash (elsewhere), unless the question is whether the grant may cover it. */
const PETTY_CASH_WORDS: readonly string[] = ['petty cash', 'avance de caisse', 'petite caisse', 'caisse d avance', 'caja chica', 'fondo de caja chica'];

/** A salary: pay of one's own post (elsewhere), unless the question is whether the grant pays it. */
export const SALARY_WORDS: readonly string[] = ['salary', 'salaries', 'salaire', 'salaires', 'salario', 'salarios', 'sueldo', 'sueldos'];
/**
 * What a grant may buy that is also a workplace matter of its own (one's pay, one's broken laptop):
 * said beside the call's money, it asks what the grant pays for (see `saysElsewhere` in search.ts).
 */
export const PAYABLE_WORDS: readonly string[] = [
  ...SALARY_WORDS, 'laptop', 'laptops', 'printer', 'printers', 'imprimante', 'imprimantes', 'impresora', 'impresoras',
  'recruit a consultant', 'hire a consultant', 'recruter un consultant', 'recrutement d un consultant', 'reclutar un consultor',
  'contratar un consultor', 'contratar a un consultor', 'psea mandatory', 'mandatory psea',
  // travel costs a project may carry ("can we pay per diem from the grant?")
  'per diem', 'per diems', 'dsa', 'viatico', 'viaticos', 'frais de mission', 'indemnite journaliere de subsistance', 'indemnites journalieres de subsistance',
  'flight', 'flights', 'vuelo', 'vuelos', 'billet d avion', 'billets d avion', 'hotel', 'hotels', 'travel expenses', 'gastos de viaje',
  ...BUSINESS_CLASS_WORDS,
  ...TRAVEL_ADVANCE_WORDS,
  ...PETTY_CASH_WORDS,
  // which purchasing rules the grant's money follows ("procurement rules seed funding")
  'procurement procedure', 'procurement procedures', 'procurement rules', 'procedimiento de adquisiciones', 'procedimientos de adquisiciones',
];

/**
 * Words and phrases that show a question is about something other than the call: staff matters,
 * IT, travel admin, weather, sport, food, entertainment, general knowledge. Folded (lower case, no
 * accents), matched as whole words or phrases in any language, since people mix them.
 *
 * A question is declined only with such evidence (or when nothing in it is known at all): one that
 * merely covers little of an entry ("sheduel of the call", "can a private company submit ideas")
 * gets the closest answer under a hedge and the offer to ask IKM instead. Declining a question about
 * the call costs the asker more than a hesitant answer does. Words that also occur in questions
 * about the call ("time", "team", "climate", "computer", "leave") are left out or only listed as
 * phrases.
 */
export const ELSEWHERE_EVIDENCE: readonly string[] = [
  // weather
  'weather', 'forecast', 'rain', 'raining', 'snow', 'sunny', 'meteo', 'quel temps', 'il pleut', 'que tiempo hace', 'llueve', 'lluvia',
  'que tiempo hara', 'que tiempo va a hacer', 'que tiempo hizo', 'colder', 'warmer', 'hotter', 'plus froid', 'mas frio', 'hace frio',
  'hace calor', 'il fait froid', 'il fait chaud',
  'pleuvoir', 'pluie', 'neige', 'neiger', 'orage', 'llover', 'lloviendo', 'nieve', 'nevar', 'tormenta',
  // pay, leave, staff rules, jobs (salaries beside the grant's funding ask what it pays: see `saysElsewhere` in search.ts)
  ...SALARY_WORDS, 'payroll', 'payslip', 'pay slip', 'fiche de paie', 'nomina',
  'annual leave', 'sick leave', 'leave request', 'leave requests', 'demande de conge', 'demandes de conge', 'solicitud de vacaciones', 'solicitud de licencia', 'home leave', 'days of leave', 'vacation', 'vacations', 'conge', 'conges', 'vacances', 'vacaciones', 'licencia medica', 'baja medica',
  'maternity leave', 'paternity leave', 'parental leave', 'conge maternite', 'conge de maternite', 'conge paternite', 'conge de paternite', 'conge parental',
  'licencia de maternidad', 'licencia por maternidad', 'licencia de paternidad', 'licencia por paternidad', 'baja por maternidad',
  'pension', 'retirement', 'retraite', 'jubilacion', 'medical insurance', 'health insurance', 'insurance plan', 'assurance maladie', 'seguro medico',
  // hiring elsewhere ("is UNHCR hiring innovation officers?"; not "hiring" alone: "is hiring allowed
  // with the grant?" is what it pays)
  'not hiring', 'still hiring', 'currently hiring', 'hiring now', 'are they hiring', 'recrute t il', 'recrutent ils', 'recrute t elle', 'esta contratando', 'estan contratando',
  'job', 'jobs', 'vacancy', 'vacancies', 'job offer', 'cover letter', 'offre d emploi', 'lettre de motivation', 'oferta de empleo', 'vacante', 'vacantes', 'carta de presentacion',
  'poste vacant', 'postes vacants', 'avis de vacance', 'vacance de poste',
  'overtime', 'heures sup', 'heures supplementaires', 'horas extra', 'horas extras', 'laissez passer', 'laisser passer',
  'promotion', 'contract renewal', 'contract extension', 'extend my contract', 'renew my contract', 'prolonger mon contrat',
  'renouveler mon contrat', 'renouvellement de mon contrat', 'prolongar mi contrato', 'renovar mi contrato', 'renovacion de mi contrato',
  // a project's codes in the enterprise system
  'wbs', 'close the wbs', 'cerrar el wbs', 'fermer le wbs', 'performance appraisal', 'performance review', 'performance reviews', 'performance evaluation',
  'performance evaluations', 'performance appraisals', 'evaluation de performance', 'evaluation des performances', 'evaluations de performance',
  'evaluations des performances', 'entretien annuel', 'evaluacion de desempeno', 'evaluacion del desempeno', 'evaluaciones de desempeno',
  'evaluaciones del desempeno',
  'evaluation annuelle de performance', 'evaluation annuelle des performances', 'annual performance', 'evaluacion anual de desempeno',
  // IOM's performance evaluation report and development system, by their initials ("the deadline for my PER")
  'my per', 'mon per', 'ma per', 'mi per', 'per cycle', 'per form', 'pds', 'my pds', 'mon pds', 'mi pds',
  'junior professional officer', 'junior professional officers', 'jpo', 'jeunes professionnels', 'jovenes profesionales', 'young professionals programme',
  // the staff committee that appoints and posts staff
  'appointments and postings', 'appointment and posting', 'postings committee', 'comite des nominations', 'comite de nombramientos',
  // IT
  'password', 'passwords', 'mot de passe', 'contrasena', 'laptop', 'printer', 'imprimante', 'impresora', 'wifi', 'vpn', 'outlook', 'onedrive', 'one drive', 'sharepoint', 'login', 'log in',
  'access badge', 'badge d acces', 'mon badge', 'tarjeta de acceso', 'mi tarjeta de acceso', 'computer', 'ordinateur', 'ordenador', 'computadora', 'service desk', 'helpdesk', 'help desk',
  // the organisation's own rules for staff and travel, named as the document asked about
  'staff rules', 'staff regulations', 'staff rule', 'travel policy', 'travel policies', 'reglement du personnel', 'statut du personnel',
  'politique de voyage', 'politique des voyages', 'politica de viajes', 'reglamento del personal', 'estatuto del personal',
  // (business class is also a cost the grant may be asked about: see PAYABLE_WORDS)
  ...BUSINESS_CLASS_WORDS, 'bulletin de paie', 'indemnite journaliere', 'bareme des indemnites',
  // Teams itself: a status, one's profile photo (not "my status": "what's my status?" asks where the
  // idea stands; not "profile photo" alone, which a proposal may use)
  'status as away', 'my status in teams', 'teams status', 'status in teams', 'my profile photo', 'my profile picture', 'ma photo de profil',
  'mi foto de perfil',
  // Teams itself: signing in, on a phone, its calls and backgrounds
  'dropping my calls', 'drops my calls', 'dropped calls', 'teams calls', 'blur my background', 'background blur', 'flouter mon arriere plan',
  'arriere plan dans teams', 'arriere plan flou', 'fondo borroso', 'desenfocar el fondo',
  'teams ne marche', 'teams ne fonctionne', 'teams doesn t work', 'teams does not work', 'teams not working', 'teams stopped working',
  'teams keeps crashing', 'teams no funciona', 'teams no me funciona', 'teams dejo de funcionar',
  'log into teams', 'log in to teams', 'sign in to teams', 'sign into teams', 'se connecter a teams', 'entrar a teams', 'entrar en teams',
  'acceder a teams', 'teams on my phone', 'teams sur mon telephone', 'teams desde el celular', 'teams en el celular', 'teams desde mi celular',
  // Teams' own settings (the assistant's reminders are set in the assistant: "the assistant's
  // notification settings" is no evidence)
  'teams notification settings', 'notification settings in microsoft teams', 'notification settings in teams', 'teams settings',
  'settings in microsoft teams', 'settings in teams', 'parametres de notification de teams', 'parametres de teams',
  'configuracion de notificaciones de teams', 'configuracion de teams',
  'mfa', 'multi factor', 'two factor', '2fa', 'authenticator', 'locked out', 'reset my', 'reinitialiser mon', 'restablecer mi',
  // a phishing e-mail received (not "phishing" or "phishing emails" alone: an idea may be about
  // protecting migrants from them)
  'got a phishing', 'received a phishing', 'report a phishing', 'reporting a phishing', 'recu un mail de phishing',
  'recu un courriel de phishing', 'signaler un phishing', 'signaler un mail de phishing', 'reporto un correo de phishing',
  'reportar un correo de phishing', 'recibi un correo de phishing',
  // a screen, not monitoring ("monitor nuevo", "a second monitor", "un nouvel ecran"; not "screen", which also screens ideas)
  // (not "écran" or "pantalla" alone: "lecteur d'écran", "lector de pantalla" read the form aloud)
  'new monitor', 'second monitor', 'monitor nuevo', 'nuevo monitor', 'otro monitor', 'mon ecran', 'l ecran', 'ecran casse', 'ecran noir',
  'nouvel ecran', 'second ecran', 'deuxieme ecran', 'mi pantalla', 'la pantalla', 'pantalla rota', 'pantalla negra', 'otra pantalla',
  'segunda pantalla', 'keyboard', 'clavier', 'teclado',
  // a screen in English (not "screen" alone: ideas are screened)
  'my screen', 'broken screen', 'screen is broken', 'screen broke', 'cracked screen', 'screen is black', 'screen flickers',
  // the staff security courses and the PSEA course (not "mandatory training" or "PSEA" alone: the
  // Hub has training of its own, and an idea may be about PSEA)
  'bsafe', 'b safe', 'ssafe', 'psea training', 'psea course', 'psea e learning', 'formation psea', 'cours psea',
  'capacitacion psea', 'curso psea', 'formacion psea', 'formation obligatoire psea', 'formation obligatoire sur la psea',
  'curso obligatorio psea', 'capacitacion obligatoria psea', 'formacion obligatoria psea',
  // the organisation's communications
  'press release', 'communique de presse', 'comunicado de prensa',
  // writing for donors (not "donor" alone: other donors may add to the grant)
  'donor report', 'donor reports', 'donor reporting', 'report writing', 'budgets for donor', 'donor proposals',
  'proposal for a donor', 'proposals for a donor', 'proposal for donors', 'proposition pour un bailleur', 'propuesta para un donante',
  'informes para donantes', 'informes a donantes', 'informes de donantes', 'redaccion de informes', 'plantilla de propuesta para donantes',
  'rapports aux bailleurs', 'rapports pour les bailleurs', 'redaction de rapports', 'rapports bailleurs',
  // offices and enterprise systems (PRISM is IOM's ERP: travel, purchasing, HR requests)
  'meeting room', 'conference room', 'salle de reunion', 'sala de reuniones', 'prism', 'erp', 'sap', 'oracle', 'workday', 'ariba',
  // PRIMA, IOM's project information system (a proposal entered in it is the office's own procedure)
  'in prima', 'into prima', 'dans prima', 'en prima', 'on prima', 'sur prima', 'prima access', 'access to prima', 'acces a prima', 'acceso a prima',
  // the office's closing days and the mandatory e-learning
  'jours de fermeture du bureau', 'fermeture du bureau pour les fetes', 'jours feries', 'public holidays', 'dias feriados',
  'mandatory e learning', 'e learning obligatoire', 'formation en ligne obligatoire', 'cursos en linea obligatorios',
  // one's own mandatory courses done again, one's post adjustment
  'redo the mandatory', 'retake the mandatory', 'mandatory security course', 'security course', 'refaire la formation obligatoire',
  'cours de securite', 'rehacer la formacion obligatoria', 'rehacer el curso obligatorio', 'curso de seguridad',
  'post adjustment', 'indemnite de poste', 'ajuste por lugar de destino', 'hardship allowance', 'indemnite de sujetion',
  'prima de peligrosidad', 'rest and recuperation', 'r r travel', 'linkedin learning',
  // one's leave balance and sick-leave certificate, a visitor's badge, an e-mail verification code,
  // the office's IT courses
  'leave balance', 'solde de conges', 'saldo de vacaciones', 'arret maladie', 'certificat medical', 'medical certificate', 'sick note',
  'certificado medico', 'visitor badge', 'badge visiteur', 'badge de visiteur', 'gafete de visitante', 'credencial de visitante',
  'verification code', 'code de verification', 'codigo de verificacion', 'it workshop', 'workshop on excel', 'atelier informatique',
  'taller de informatica',
  // applying for a post (the word "apply" is the call's too: the whole phrase is the other subject's)
  'apply for internal vacancies', 'apply for vacancies', 'apply for a vacancy', 'apply for a job', 'apply for jobs', 'apply for a post',
  'postuler a un poste', 'postuler aux postes', 'postuler a une vacance', 'postular a una vacante', 'postular a vacantes', 'postular a un puesto',
  // booking a room, one's own course approvals
  'book a room', 'booking a room', 'reserver une salle', 'reservation de salle', 'reservar una sala', 'reserva de sala',
  'excel workshop', 'excel training', 'excel course', 'taller de excel', 'curso de excel', 'formation excel', 'atelier excel', 'cours excel',
  'formation en langues', 'cours de langue', 'cours de langues', 'language course', 'language courses', 'language training', 'curso de idiomas', 'clases de idiomas',
  // travel admin
  'visa', 'visas', 'passport', 'passeport', 'pasaporte', 'flight', 'flights', 'plane ticket', 'billet d avion', 'billets d avion', 'vuelo', 'vuelos', 'hotel', 'hotels',
  'travel expenses', 'expense claim', 'per diem', 'dsa', 'indemnite journaliere de subsistance', 'indemnites journalieres de subsistance', 'frais de mission', 'viatico', 'viaticos', 'travel request', 'travel authorization', 'demande de voyage', 'solicitud de viaje',
  'autorisation de voyage', 'autorizacion de viaje', 'travel authorisation',
  'expense report', 'note de frais', 'notes de frais', 'liquidacion de gastos', 'gastos de viaje', 'rendicion de gastos',
  // the travel expense claim after a mission (TEC; not "tec" alone: the Tec de Monterrey is a university)
  'my tec', 'mon tec', 'mi tec', 'travel claim', 'travel claims', 'travel expense claim', 'expense claims',
  // money advanced before a mission, and the papers a post gives (a Geneva legitimation card, a residence permit)
  ...TRAVEL_ADVANCE_WORDS,
  'legitimation card', 'carte de legitimation', 'tarjeta de legitimacion', 'residence permit', 'titre de sejour', 'permis de sejour', 'permiso de residencia',
  // the staff medical service, which has clinics and appointments of its own
  'medical service', 'staff medical service', 'service medical', 'servicio medico', 'medical appointment', 'rendez vous medical', 'cita medica',
  // where and how staff work
  'telework', 'teleworking', 'remote work', 'remote working', 'work from home', 'working from home', 'flexible working',
  'teletravail', 'travail a distance', 'teletrabajo', 'trabajo a distancia', 'trabajo remoto',
  // the staff learning platforms and their courses (not "e-campus" alone: a project may build one)
  'on the e campus', 'on e campus', 'e campus courses', 'en el e campus', 'sur l e campus', 'ilearn',
  // field security
  'security incident', 'security incidents', 'incident de securite', 'incidents de securite', 'incidente de seguridad', 'incidentes de seguridad',
  'security procedure', 'security procedures', 'procedure de securite', 'procedures de securite', 'procedimiento de seguridad',
  'procedimientos de seguridad', 'security protocol for', 'protocole de securite pour', 'protocolo de seguridad para',
  // one's own security clearance and travel advance for a mission (not the words alone: "will teams
  // need a security clearance for the pilot's sites", "can the grant cover a travel advance")
  'get security clearance', 'get a security clearance', 'request security clearance', 'request a security clearance',
  'my security clearance', 'security clearance for a mission', 'security clearance for a field mission',
  'security clearance for a field trip', 'security clearance for a trip', 'security clearance for my trip',
  'obtenir une autorisation de securite', 'demander une autorisation de securite', 'mon autorisation de securite',
  'la autorizacion de seguridad para viajar', 'autorizacion de seguridad para viajar', 'pido la autorizacion de seguridad',
  'solicitar la autorizacion de seguridad', 'request a travel advance', 'get a travel advance', 'my travel advance',
  'demander une avance de voyage', 'une avance de voyage pour la mission', 'solicito un anticipo de viaje',
  'solicitar un anticipo de viaje', 'pedir un anticipo de viaje',
  // the office's procurement rules (not "procurement" alone: an idea may digitise it)
  'procurement committee', 'procurement procedure', 'procurement procedures', 'procurement rules',
  'appel d offres', 'appels d offres', 'procedimiento de adquisiciones', 'procedimientos de adquisiciones', 'comite de adquisiciones',
  // the quotes a purchase needs (procurement rules, not the grant)
  // (not "three quotes" alone: "can our budget include three quotes for the equipment?")
  'quotes for a purchase', 'quotations for a purchase', 'devis pour un achat', 'cotizaciones para una compra',
  // an advance on one's own pay, an office's petty cash
  'salary advance', 'avance sur salaire', 'anticipo de sueldo', 'anticipo de salario',
  ...PETTY_CASH_WORDS,
  // the office's finance unit, named as who approves ("approved by finance", "por correo a finanzas")
  'by finance', 'from finance', 'finance team', 'finance unit', 'finance department', 'service financier', 'equipe finance',
  'unite finance', 'a finanzas', 'de finanzas', 'area de finanzas', 'equipo de finanzas', 'unidad de finanzas',
  // the office's contracting and hiring procedures (not "consultant" or "hiring" alone: the grant may pay them)
  'direct contracting', 'contratacion directa', 'attribution directe', 'entente directe', 'hr procedure', 'hr procedures',
  'hr process', 'procedure rh', 'procedures rh', 'procedimiento de rrhh', 'procedimientos de rrhh', 'recruter un stagiaire',
  'recruit an intern', 'hire an intern', 'contratar un pasante',
  // a donor's own reporting forms (not "report" alone)
  'quarterly report', 'quarterly reports', 'rapport trimestriel', 'rapports trimestriels', 'informe trimestral', 'informes trimestrales',
  'report template', 'modele de rapport', 'plantilla de informe',
  // other clinics, committees, workshops and courses than the Hub's (a legal clinic, the staff
  // association, staff development, the mandatory courses)
  'legal clinic', 'legal clinics', 'clinique juridique', 'cliniques juridiques', 'clinica juridica', 'clinicas juridicas',
  'staff association', 'staff association committee', 'association du personnel', 'comite de l association du personnel', 'asociacion del personal',
  'leadership workshop', 'leadership training', 'leadership programme', 'atelier de leadership', 'formation en leadership', 'formation au leadership',
  'taller de liderazgo', 'formacion en liderazgo', 'curso de liderazgo',
  'fraud prevention', 'prevention de la fraude', 'lutte contre la fraude', 'prevencion del fraude',
  // a staff member's entitlements for their children
  'education grant', 'indemnite pour frais d etudes', 'allocation pour frais d etudes', 'subsidio de educacion',
  // one's own health care (not "clinic" alone: the Hub's clinics)
  'medical clinic', 'staff clinic', 'clinique medicale', 'clinica medica', 'medical expenses', 'medical claim', 'medical reimbursement',
  'frais medicaux', 'remboursement de frais medicaux', 'gastos medicos', 'reembolso medico', 'reembolso de gastos medicos',
  // the UN's observances
  'international migrants day', 'journee internationale des migrants', 'dia internacional del migrante', 'dia internacional de los migrantes',
  'world refugee day', 'journee mondiale des refugies', 'dia mundial del refugiado', 'world humanitarian day', 'journee mondiale de l aide humanitaire',
  'dia mundial de la asistencia humanitaria',
  // sport, food, entertainment
  'football', 'soccer', 'futbol', 'champions league', 'world cup', 'coupe du monde', 'mundial', 'match de', 'partido', 'olympics', 'tennis',
  'cafeteria', 'canteen', 'cantine', 'comedor', 'gym', 'parking', 'restaurant', 'restaurants', 'restaurante', 'pizza', 'recipe', 'recette', 'receta', 'ratatouille', 'paella', 'dinner', 'diner', 'cena',
  'lunch', 'lunch spots', 'almuerzo', 'almorzar',
  'movie', 'movies', 'film', 'pelicula', 'song', 'songs', 'chanson', 'cancion', 'poem', 'poeme', 'poema', 'joke', 'jokes', 'blague', 'chiste', 'chistes', 'riddle',
  // general knowledge and chit-chat
  'capital of', 'capitale de', 'capital de', 'what time is it', 'time is it', 'quelle heure est il', 'quelle heure il est', 'que hora es', 'translate', 'traduire', 'traduis', 'traducir', 'traduce',
  'president of', 'president de', 'presidente de', 'council meeting', 'horoscope', 'stock price', 'bitcoin',
  'nobel', 'nobel prize', 'nobel peace prize', 'peace prize', 'prix nobel', 'prix nobel de la paix', 'premio nobel', 'premio nobel de la paz',
  'how are you', 'how s your day', 'how is your day', 'how was your day', 'your day going', 'comment vas tu', 'comment allez vous',
  'ta journee', 'votre journee', 'como estas', 'como esta usted', 'tu dia', 'que tal estas',
  // a colleague's absence, booking one's own travel, buying for the office, the organisation's budget
  'on leave', 'en conge', 'de licencia', 'de vacaciones', 'out of office', 'absent',
  'book travel', 'book a flight', 'travel booking', 'reserver un voyage', 'reservar viaje', 'reservar un viaje',
  'purchase order', 'purchase request', 'catering', 'traiteur', 'servicio de catering', 'purchase requisition', 'requisition', 'office supplies',
  'fournitures de bureau', 'suministros de oficina', 'material de oficina', 'purchasing', 'adquisiciones', 'compras', 'bon de commande', 'laptops', 'ordinateurs', 'computadoras',
  'overall budget', 'annual budget', 'total budget', 'operational budget', 'budget total', 'budget annuel', 'budget operationnel',
  'presupuesto total', 'presupuesto anual', 'presupuesto operativo',
  // the organisation's own systems' courses, staff awards and entitlements, IT trouble
  'prima training', 'prima workshop', 'prima course', 'prima project management', 'training on prima', 'formation prima', 'formation sur prima', 'curso de prima', 'capacitacion en prima',
  'excellence award', 'staff award', 'staff awards', 'prix d excellence', 'premio a la excelencia', 'premio al personal',
  'childcare', 'child care', 'frais de garde', 'garde d enfants', 'guarderia', 'cuidado de los ninos', 'cuidado infantil',
  'mobility allowance', 'hardship allowance', 'hardship duty station', 'prime de mobilite', 'prime de sujetion', 'lieu d affectation difficile',
  'prima de movilidad', 'lugar de destino dificil', 'prima por condiciones de vida dificiles',
  'share my screen', 'screen sharing', 'keeps crashing', 'partage d ecran', 'partager mon ecran', 'compartir pantalla', 'compartir mi pantalla',
  // the office's own meetings, mandatory courses and missions
  'team meeting', 'staff meeting', 'reunion d equipe', 'reunion de l equipe', 'reunion de equipo', 'reunion del equipo',
  'psea mandatory', 'mandatory psea', 'monitoring mission', 'field mission', 'mission de suivi', 'mission sur le terrain',
  'mision de monitoreo', 'mision de seguimiento', 'mision de campo', 'mision de terreno',
  // hiring one's own consultant (beside the grant's money it asks what the grant pays: PAYABLE_WORDS)
  'recruit a consultant', 'hire a consultant', 'recruter un consultant', 'recrutement d un consultant', 'reclutar un consultor',
  'contratar un consultor', 'contratar a un consultor',
  'tender', 'tenders', 'call for tenders', 'supplier', 'suppliers', 'vendor', 'vendors', 'appel d offres', 'fournisseur', 'fournisseurs',
  'licitacion', 'licitaciones', 'proveedor', 'proveedores',
  // booking one's flights, claiming one's expenses back, other networks' events, other management courses
  'travel agency', 'agence de voyage', 'agence de voyages', 'agencia de viajes', 'book a flight', 'flight booking', 'reserver un vol',
  'vol de mission', 'billet d avion', 'reservar un vuelo', 'billete de avion',
  'expense reimbursement', 'reimbursement of expenses', 'remboursement de frais', 'remboursement des frais', 'reembolso de gastos',
  'un innovation network', 'reseau d innovation des nations unies', 'red de innovacion de las naciones unidas',
  'results based management', 'gestion axee sur les resultats', 'gestion basada en resultados', 'gestion por resultados',
  // one's own learning budget, the office's premises
  'learning budget', 'training budget', 'staff development', 'budget de formation', 'presupuesto de formacion', 'presupuesto de capacitacion',
  'office lease', 'office rent', 'new lease', 'nouveau bail', 'bail du bureau', 'loyer du bureau', 'demenage', 'demenagement',
  'alquiler de la oficina', 'contrato de alquiler', 'mudanza de la oficina', 'nos mudamos',
  // another system's dashboard (not "flow monitoring" or "narrative report": an idea may use the data, a funded project report)
  'dtm dashboard', 'dashboard dtm', 'dashboard de la dtm', 'tableau de bord de la dtm',
];

/**
 * Concepts that say nothing about the call on their own: the organisation, offices, people, dates
 * and lengths of time in general, and the steps every workplace procedure has (a deadline,
 * submitting, a review, an approval, a decision, a form, whether it is mandatory). A question that says it is about
 * something else ("is Maria from the RO on leave next week", "deadline to submit my performance
 * review") is declined unless it also names one of the call's own subjects (funding, ideas,
 * proposals, clinics, the shortlist...) or shares much with one entry.
 */
export const GENERIC_CONCEPTS: ReadonlySet<string> = new Set([
  'iom', 'office', 'hq', 'who', 'when', 'duration', 'staff', 'several', 'contact', 'support',
  'deadline', 'timeline', 'submit', 'review', 'approval', 'decision', 'form', 'late', 'receive', 'mandatory',
  'contract', 'change', 'contents', 'staffmember',
  // The assistant's reminders are no step of the call (nor is "what happens", said of anything).
  'reminder', 'happen',
  // Any calendar has a time zone ("the time zone in my Outlook calendar").
  'clocktime',
]);

/**
 * Other organisations and other programmes that run funds, grants or calls of their own. A question
 * naming one of them with a fund, grant or deadline ("UNHCR's innovation fund", "les subventions du
 * PNUD", "the deadline for the IDF call"), and naming neither the Hub, IOM, IKM nor the asker's own
 * project outside the programme's name, is about their programme: declined. IDF is the IOM
 * Development Fund, another IOM programme.
 */
export const OTHER_FUNDERS: readonly string[] = [
  'unhcr', 'acnur', 'hcr', 'unicef', 'undp', 'pnud', 'wfp', 'pam', 'pma', 'world food programme', 'programme alimentaire mondial',
  'programa mundial de alimentos', 'unfpa', 'fnuap', 'unesco', 'fao', 'ilo', 'oit', 'oms',
  'world bank', 'banque mondiale', 'banco mundial', 'usaid', 'gates foundation',
  'idf', 'iom development fund', 'fonds de l oim pour le developpement', 'fondo de la oim para el desarrollo',
  'fonds de developpement de l oim', 'fondo de desarrollo de la oim',
  // IOM's Migration Resource Allocation Committee, which funds emergency projects
  'mirac',
  'afd', 'agence francaise de developpement', 'giz', 'jica', 'koica', 'fcdo', 'norad', 'aecid', 'ifad', 'fida',
  'european union', 'union europeenne', 'union europea', 'european commission', 'commission europeenne', 'comision europea',
  'amif', 'eutf', 'emergency trust fund', 'trust fund for africa', 'fonds fiduciaire d urgence', 'fondo fiduciario de emergencia',
  'global fund', 'fonds mondial', 'fondo mundial',
  'african union', 'union africaine', 'union africana',
  // Pooled and other UN funds by their names (by initials alone, "the PBF call", they are judged by
  // `namesAnotherProgrammesCall`, which a question's "our" does not turn off).
  'peacebuilding fund', 'fonds pour la consolidation de la paix', 'fondo para la consolidacion de la paz',
  'migration mptf', 'multi partner trust fund', 'fonds d affectation speciale multipartenaires', 'fondo fiduciario de asociados multiples',
  'cerf', 'central emergency response fund', 'dg echo',
  // UNHCR's own innovation unit and its challenges
  'innovation service',
  'joint sdg fund', 'country based pooled fund', 'humanitarian fund', 'fonds humanitaire', 'fondo humanitario', 'accelerator labs', 'accelerator lab', 'muskoka', 'fonds muskoka', 'education cannot wait',
];
/**
 * Other funders whose name is also a common word, known only as written in capitals: "ECHO's
 * deadline", not "should the proposal echo the priorities"; "the EU's fund", not French "eu" (had:
 * "les webinaires ont-ils déjà eu lieu ?"). (Compared with the question as typed.)
 */
export const OTHER_FUNDERS_IN_CAPITALS: readonly string[] = ['ECHO', 'EU', 'UE'];

/**
 * The Hub's own names, and words that make a question about the asker's own project: "we", "our",
 * and co-funding ("co-funding from the EU": the project is ours, the EU one of its funders).
 */
export const OWN_SIDE_WORDS: readonly string[] = [
  'hub', 'iom', 'oim', 'ikm', 'incked', 'our', 'we', 'us', 'notre', 'nos', 'nous', 'nuestro', 'nuestra', 'nuestros', 'nosotros',
  ...CO_FUNDING,
];
