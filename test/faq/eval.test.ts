import {
  DEFAULT_CALL_FILE,
  DEFAULT_EVAL_SET,
  DEFAULT_FAQ_DIR,
  GATES,
  type EvalItem,
  evaluate,
  failedGates,
  formatReport,
  indexOptionsFor,
  isOffTopic,
  loadEvalSet,
} from '../../scripts/eval-faq';
import { loadCallFile } from '../../src/call/load-call';
import { faqIndexOptionsOf } from '../../src/faq/call-index';
import { loadKnowledgeBase } from '../../src/faq/knowledge-base';
import { createFaqIndex } from '../../src/faq/search';
import { words } from '../../src/faq/text-normalize';

/**
 * The FAQ search on the real knowledge base, judged on the labelled questions of `eval-set.yaml`
 * with the gates of `scripts/eval-faq.ts` (run that script to read every failure).
 */
const knowledgeBase = loadKnowledgeBase(DEFAULT_FAQ_DIR);
const items: EvalItem[] = loadEvalSet(DEFAULT_EVAL_SET, new Set(knowledgeBase.byId.keys())).questions;
const index = createFaqIndex(knowledgeBase.entries, indexOptionsFor());
const report = evaluate(index, items);

/** The entry the asker reads first: the answer, or the closest when unsure; else "off-topic". */
const firstEntryFor = (question: string, language: 'en' | 'fr' | 'es') => {
  const result = index.search(question, language);
  return result.kind === 'answer' ? result.entryId : result.kind === 'unsure' ? result.candidates[0] : result.kind;
};

/** One test per question: the entry the asker reads first is the one given. */
const itFindsFirst = (cases: [question: string, language: 'en' | 'fr' | 'es', entryId: string][]) =>
  it.each(cases)('finds %j first', (question, language, entryId) => {
    expect(firstEntryFor(question, language)).toBe(entryId);
  });

describe('the evaluation set', () => {
  it('is large and varied enough to mean something', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(items.filter((item) => item.lang === 'fr').length).toBeGreaterThanOrEqual(30);
    expect(items.filter((item) => item.lang === 'es').length).toBeGreaterThanOrEqual(30);
    expect(items.filter(isOffTopic).length).toBeGreaterThanOrEqual(20);
    for (const category of ['typo', 'keyword', 'cross-language'] as const) {
      expect(items.filter((item) => item.category === category).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('is not copied from the knowledge base: no question is an entry question', () => {
    const written = new Set(
      knowledgeBase.entries.flatMap((entry) =>
        (['en', 'fr', 'es'] as const).flatMap((language) => entry.questions[language].map((q) => q.trim().toLowerCase())),
      ),
    );
    expect(items.filter((item) => written.has(item.q.trim().toLowerCase())).map((item) => item.q)).toEqual([]);
  });
});

describe('FAQ search on questions about the call that share words with other subjects', () => {
  // Found by a reviewer trying to break the rules that decline other subjects: each is about the
  // Hub's own call and must get an answer or a hedged closest answer, never "I can only answer...".
  it.each<[string, 'en' | 'fr' | 'es']>([
    ["Date limite de l'appel SVP ?", 'fr'],
    // Another organisation named beside the Hub's own workshops is no other programme's event.
    ['is the INCKED workshop run with UNICEF?', 'en'],
    ['can UNDP staff join our workshop as partners', 'en'],
    ['Plazo de la convocatoria? URGENTE', 'es'],
    ["What's the call deadline? ASAP pls", 'en'],
    ['¿Hasta cuándo está abierta la convocatoria? Gracias, PF de la OM de Quito', 'es'],
    ['Does the call fund GBV/WASH/PSS/DTM projects?', 'en'],
    ['DRC call eligibility?', 'en'],
    ['Can we use the fund for ICT equipment?', 'en'],
    ["When is the deadline to submit, and who reviews it? I'll be on leave from the 20th", 'en'],
    ['quand est la date limite pour soumettre et qui examine et approuve ? je serai en congé', 'fr'],
    // Salaries beside the call's budget ask what the grant pays (a tester's examples).
    ['can the budget pay salaries', 'en'],
    ['el presupuesto puede pagar salarios', 'es'],
    ['Is co-funding from the European Union allowed?', 'en'],
    ['¿Se permite cofinanciamiento de la Unión Europea?', 'es'],
    ['Can the project be co-funded by GIZ?', 'en'],
    ['Y a-t-il une formation obligatoire avant de soumettre ?', 'fr'],
    ['Our idea is about PSEA, does it fit?', 'en'],
    ['Nuestra idea usa sensores de temperatura para albergues, ¿encaja?', 'es'],
    ['Une idée de billet électronique pour les migrants', 'fr'],
    ['On peut soumettre en francais puis traduire plus tard ?', 'fr'],
    ['with the rain we are late, can the idea deadline move', 'en'],
    // Beside the rules added from blind batches 10-12 (below): the Hub's own call named with another
    // funder, monitoring (not a screen), co-funding by a fund or the EU in any form of the verb.
    ['when does the Hub call close? we work with UNDP', 'en'],
    ['does the Hub help with monitoring and evaluation of our pilot', 'en'],
    ['¿el Centro ayuda con el monitoreo del proyecto?', 'es'],
    ['Peut-on être cofinancé par le Fonds pour la consolidation de la paix ?', 'fr'],
    ['can the EU co-fund our project?', 'en'],
    ['¿La UE puede cofinanciar nuestro proyecto?', 'es'],
    // Words of batch 13's rules that are also ordinary words: a verb, a project, a university.
    ['Should the proposal echo the call priorities?', 'en'],
    ['We want to build an e-campus for migrants. Is that eligible?', 'en'],
    ['can we partner with the Tec de Monterrey?', 'en'],
    ['can the grant pay for PSEA training of community volunteers in our project?', 'en'],
    // Salaries beside the call's funding (an amount, the budget) ask what the grant pays (blind batch 16).
    ['can the 80k cover staff salaries or is it only for activities?', 'en'],
    ['le budget du projet peut-il payer des salaires ?', 'fr'],
    ['¿los 50 000 dólares pueden cubrir sueldos del equipo?', 'es'],
    // A security clearance or a salary advance beside the grant asks what the grant pays (blind batch 17).
    ['our project needs security clearance for field visits, can the grant cover that', 'en'],
    ['on peut demander une avance sur salaire avec le financement du hub ?', 'fr'],
    // Another funder beside the Hub named as well, or as a co-funder, stays the asker's question
    // (a reviewer's examples: a rule that declined a proposal sent "to" another funder took these too).
    ['can we submit our idea to UNHCR and to the hub', 'en'],
    ['Does the Hub accept proposals for ECHO co-funded projects', 'en'],
    ['Can the project also be funded by other donors? We plan to apply to UNICEF as well.', 'en'],
    ["Pouvons-nous aussi demander un cofinancement à l'Union européenne ?", 'fr'],
    ['Can IOM staff seconded to UNHCR apply for the funding?', 'en'],
    // Another subject said beside the call's own question.
    ["I'm on annual leave next week, when is the deadline to submit?", 'en'],
    ['je suis en congé la semaine prochaine, quelle est la date limite pour soumettre ?', 'fr'],
    ['estoy de vacaciones la próxima semana, ¿cuál es la fecha límite para presentar?', 'es'],
    // An idea about phishing is an idea; a phishing e-mail received is IT's. A clearance or an advance
    // for the project's own work is the call's question (a reviewer's examples).
    ['our idea is an app that detects phishing for migrants, does it fit', 'en'],
    ['Our idea trains migrants to spot phishing emails, is that innovative?', 'en'],
    ['I received a suspicious email about the Innovation Hub call asking for bank details, is it real?', 'en'],
    ['Can the grant cover a travel advance for the field team?', 'en'],
    ['Will selected teams need a security clearance to visit the field sites of the pilot?', 'en'],
    // The remark in a clause of its own, the question beside it in another (these were declined).
    ["I'm on leave next week. When is the deadline?", 'en'],
    ["je suis en congé demain, c'est quand la date limite ?", 'fr'],
    ['estoy de vacaciones, ¿hasta cuándo puedo enviar la idea?', 'es'],
    ["I'm on annual leave, who reviews the ideas?", 'en'],
    // An idea about purchasing is an idea (blind batch 22): "procurement" alone says nothing else.
    ['Would an internal improvement count, say digitising procurement approvals in our CO?', 'en'],
    // Another subject's phrase is looked for within a sentence (blind batch 24): "this time. Is it
    // possible" does not ask what time it is.
    ["Our idea wasn't retained this time. Is it possible to resubmit it in a later round?", 'en'],
    // A proposal sent to another funder stays the asker's question when the Hub is named beside it.
    ['we will send the proposal to UNDP too, does the Hub mind?', 'en'],
    // Another agency's own fund beside the Hub's: the asker's question (blind batch 28's rule is for theirs alone).
    ['UNHCR has its own innovation fund, can the Hub co-fund with it?', 'en'],
    ['can the budget include a PRIMA licence for the project?', 'en'],
    // "À quelle heure" beside the call's deadline asks the deadline's hour, not what time it is (blind batch 27).
    ["la date limite du 25 octobre c'est à quelle heure, heure de Genève ?", 'fr'],
    ['a qué hora cierra el plazo de ideas', 'es'],
    // Another agency's event beside the Hub: the asker's question (blind batch 30's rule is for theirs alone).
    ['can the Hub grant pay our travel to a UNDP workshop on the project?', 'en'],
    // Quotes in a proposal's budget are the call's; another's workshop the idea builds on is the asker's
    // question; French "eu" (had) is no funder (blind batch 30's rules, narrowed by a review).
    ['Can our proposal budget include three quotes for the equipment?', 'en'],
    ['Our country office had a UNDP workshop on innovation; can our idea build on it?', 'en'],
    ["Nous avons eu un atelier avec l'équipe, comment préparer notre idée ?", 'fr'],
    ["Nous avons eu le webinaire d'information : où trouver l'enregistrement ?", 'fr'],
    // From blind batch 33: a colleague's absence said in a clause of circumstance ("while...") is the
    // setting of a question on who signs the submission; a consultant or a mandatory course the
    // grant would pay is what it pays for; a funder's event stays theirs only when it is not ours.
    ['can my OIC sign off on the submision while the CoM is on leave or does it hav to be the head of office', 'en'],
    ['¿puede el OIC aprobar la idea mientras la jefa de misión está de vacaciones?', 'es'],
    // ...and its paraphrases, where the main clause names one step of the call (a reviewer's examples).
    ['Can my OIC sign the submission while the CoM is on leave?', 'en'],
    ['Who signs the submission while the head of office is on leave?', 'en'],
    ['Can the deadline be extended while the CoM is on leave?', 'en'],
    ['Can we apply while our PSEA mandatory course is not done?', 'en'],
    ['can we hire a consultant with the grant?', 'en'],
    ['peut-on recruter un consultant avec le financement du Hub ?', 'fr'],
    ['can the grant pay for PSEA mandatory training of partners?', 'en'],
    ['can UNHCR staff join our clinic?', 'en'],
    // From blind batch 34: childcare a project would pay is the grant's question.
    ['can the grant pay for childcare for the volunteers in our project?', 'en'],
    // From blind batch 35: the other subject told in a sentence before the one that asks is its
    // setting, as a clause of circumstance is (the asking sentence names one step of the call).
    ["Je pars en congé maternité en octobre. Une collègue peut-elle reprendre notre dossier pour l'appel ?", 'fr'],
    ['I am going on maternity leave in October. Can a colleague take over our idea?', 'en'],
    // A proposal named by its funder and to be submitted asks whether it may come to the Hub (a reviewer's examples).
    ['Our idea was part of an EU proposal that was not funded. Can we submit it?', 'en'],
    ['Can our EU proposal also be submitted here?', 'en'],
  ])('does not decline %j', (question, language) => {
    expect(index.search(question, language).kind).not.toBe('off-topic');
  });
});

describe('FAQ search on other programmes and other workplace matters, named by name', () => {
  // From blind batches 10-12's misses: a listed funder's call asked about its dates, funds named in
  // full, kinds of leave, a broken screen, the staff security course, MFA, expense claims, the JPO
  // programme. (Co-funding by such a fund stays the asker's question: see above.)
  it.each<[string, 'en' | 'fr' | 'es']>([
    ['¿cuándo cierra la convocatoria de los Accelerator Labs del PNUD?', 'es'],
    ['deadline for the Migration MPTF joint programme concept notes?', 'en'],
    ["quelle est la date limite de l'appel du Fonds pour la consolidation de la paix cette année ?", 'fr'],
    ['cómo solicito la licencia de maternidad en la OIM', 'es'],
    ['mi pantalla no funciona, a quién llamo', 'es'],
    ['do I need to finish BSAFE before my mission travel to the field office next week', 'en'],
    ['how do I reset my MFA, I am locked out of Teams on my phone', 'en'],
    ['¿hasta cuándo tengo para presentar la liquidación de gastos de mi viaje de misión?', 'es'],
    ['Fonds humanitaire pays de la RDC : quels sont les critères de sélection des projets ?', 'fr'],
    ['who is eligible for the EU AMIF call for proposals closing next month', 'en'],
    ["appel à propositions du Fonds fiduciaire d'urgence de l'UE pour l'Afrique : qui peut candidater ?", 'fr'],
    ['hasta cuándo está abierta la convocatoria del programa de Jóvenes Profesionales de la ONU', 'es'],
    // From blind batch 13: a proposal to another funder, the travel claim, telework, the e-campus.
    ['I need to write a proposal to CERF for the flood response, can you help', 'en'],
    ['une proposition pour DG ECHO, qui peut relire ?', 'fr'],
    ['when does the ECHO call for the Sahel close', 'en'],
    ['where is the form for my TEC', 'en'],
    ['quelle est la politique de télétravail ?', 'fr'],
    ['no encuentro mis cursos en el e-campus', 'es'],
    // From blind batch 14: the other learning platform, field security, another agency's fellowship.
    ['où suivre le cours obligatoire sur iLearn ?', 'fr'],
    ['cómo reporto un incidente de seguridad en la misión', 'es'],
    ['How do I apply for the UNDP innovation fellowship?', 'en'],
    // From blind batch 15: the staff PSEA course, a press release.
    ['where do new staff take the PSEA course', 'en'],
    // One's own salary, even beside a project: only salaries beside the grant's funding stay (above).
    ['my salary is late this month, who do I ask', 'en'],
    ['mon salaire sur le projet de retour volontaire est en retard', 'fr'],
    ['¿cuándo pagan el sueldo de diciembre?', 'es'],
    // From blind batch 16: the PSEA course in French and Spanish, a vacant post in French.
    ['où suivre la formation obligatoire PSEA en arrivant ?', 'fr'],
    ['¿dónde está el curso obligatorio PSEA para el personal nuevo?', 'es'],
    ['date limite pour le poste vacant de chargé de projet', 'fr'],
    ['¿dónde hago el curso PSEA obligatorio?', 'es'],
    ['how do I get a press release published on the IOM website', 'en'],
    // From blind batches 16 and 17: a security clearance for a mission, advances on pay or travel.
    ["how do I get security clearance for a field mission to Cox's Bazar next week", 'en'],
    ['necesito la autorización de seguridad para viajar a Tumaco, cómo la pido', 'es'],
    ['comment obtenir une avance sur salaire ce mois-ci', 'fr'],
    ['how do I request a travel advance for the mission', 'en'],
    ['¿Dónde reporto un correo de phishing que recibí en mi cuenta de la OIM?', 'es'],
    ['I got a phishing email, who do I tell', 'en'],
    // From blind batch 22: another subject with only words any workplace question has (who approves,
    // our regional office) is declined however much of an entry those words cover; donors' reports
    // and budgets; small talk; "crashing" is not "coaching" (two letters of the stem differ).
    ['Qui approuve les demandes de télétravail dans notre bureau régional ?', 'fr'],
    ['Teams keeps crashing on my laptop, who do I contact in IT?', 'en'],
    ['Is there a workshop coming up on preparing budgets for donor proposals?', 'en'],
    ['¿Hay algún taller de redacción de informes para donantes este trimestre?', 'es'],
    ["hey bot, how's your day going?", 'en'],
    ['comment vas-tu aujourd’hui ?', 'fr'],
    // A second clause that only refers back ("validated by whom") asks about the first one's subject.
    ["je dois soumettre ma demande de congé annuel, c'est validé par qui ?", 'fr'],
    ['Our office wants to hold a workshop next month, what are the procurement rules for booking a venue and catering?', 'en'],
    // From blind batch 24: staff performance evaluations, in the plural.
    ['Quelle est la date limite pour finaliser les évaluations de performance du personnel cette année ?', 'fr'],
    ['¿cuándo hay que cerrar las evaluaciones de desempeño del equipo?', 'es'],
    // From blind batch 25: one's own health care, the UN's observances, a broken screen.
    ['Y a-t-il une clinique médicale pour le personnel au Siège à Genève ?', 'fr'],
    ['Quelle est la date limite pour soumettre ma demande de remboursement de frais médicaux ?', 'fr'],
    ['When is International Migrants Day?', 'en'],
    ['my screen is broken, who do I call', 'en'],
    // From blind batch 26: a proposal sent to another funder however much it is "ours" (also in
    // French), lunch, an access badge, the staff appointments committee.
    ['how do we submit a project proposal to ECHO for our CO', 'en'],
    ['comment envoyer notre proposition au PNUD pour le projet du bureau ?', 'fr'],
    ['any good lunch spots near HQ in Geneva?', 'en'],
    ["mon badge d'accès ne marche plus", 'fr'],
    ['when does the appointments and postings committee meet', 'en'],
    // From blind batch 27: a proposal written *for* another funder, the IOM Development Fund by its
    // everyday names, a field mission's security procedure; asking the time is still small talk.
    ['how do I put together a proposal for ECHO for our emergency response', 'en'],
    ['¿cuándo cierra la convocatoria del fondo de desarrollo de la OIM?', 'es'],
    ['quelle est la procédure de sécurité pour une mission terrain au Mali', 'fr'],
    ['quelle heure est-il à Genève ?', 'fr'],
    // From blind batch 28: another agency's own fund, projects entered in PRIMA, a room to book, one's
    // own language or Excel course.
    ['does UNHCR have its own innovation fund we could apply to?', 'en'],
    ['how do i create a new project code in PRIMA', 'en'],
    ['Comment réserver une salle pour un atelier au bureau de Genève ?', 'fr'],
    ['Comment faire valider une demande de formation en langues par mon superviseur ?', 'fr'],
    ['¿Hay algún taller de Excel para el personal este mes?', 'es'],
    // From blind batch 30: another agency's own workshop, the quotes a purchase needs, one's own
    // security clearance for a field trip.
    ['Is there a UNHCR innovation workshop in Amman that IOM staff can join?', 'en'],
    ["l'atelier d'innovation organisé par le PNUD à Dakar est-il ouvert au personnel de l'OIM ?", 'fr'],
    ['Above what amount do we need three quotes for a purchase in the CO?', 'en'],
    ['Do I need security clearance for a field trip to Maiduguri?', 'en'],
    // From blind batch 32: the office's procurement committee, IOM's MiRAC.
    ['Above what amount do we need a procurement committee to buy a vehicle for the sub-office?', 'en'],
    ['How does MiRAC decide which emergency projects get funding?', 'en'],
    // From blind batch 33: another agency's workshop with no fund named, the office's own meetings,
    // missions, mandatory courses and hiring.
    ['Is UNHCR running an innovation workshop next month that our CO could join?', 'en'],
    // ...and the other subject asked in the main clause, whatever the circumstance.
    ['Can I submit my leave request while my supervisor is on leave?', 'en'],
    ['can I book a flight while my boss is on leave?', 'en'],
    ['Is the PSEA mandatory training due before the end of the year?', 'en'],
    ['How do I request an M&E officer to join a field monitoring mission?', 'en'],
    ['Où trouver les ToR types pour recruter un consultant en suivi-évaluation ?', 'fr'],
    ["Quelqu'un sait à quelle heure est la réunion d'équipe de demain ?", 'fr'],
    // From blind batch 34: a course on IOM's project system, a staff award's criteria, childcare on
    // mission, a hardship allowance.
    ['How do I register for the PRIMA project management training workshop?', 'en'],
    ["What are the criteria for the Director General's staff excellence award?", 'en'],
    ["Est-ce que l'OIM rembourse les frais de garde d'enfants pendant une mission ?", 'fr'],
    ["Quels sont les critères pour toucher la prime de mobilité dans un lieu d'affectation difficile ?", 'fr'],
    // From blind batch 35: a proposal named by its funder ("a CERF proposal"), a travel agency, a
    // claim for one's expenses, another network's hackathon, a results-based management course; and
    // a sentence before "Who do I contact?" is not the setting of a question of the call's.
    ['Can you help me draft a CERF proposal for our emergency response?', 'en'],
    ["Comment réserver un vol de mission auprès de l'agence de voyage de l'OIM ?", 'fr'],
    ['¿Cómo solicito el reembolso de gastos de mi última misión?', 'es'],
    ['Is IOM joining the UN Innovation Network hackathon this year, and how do I sign up?', 'en'],
    ['Y a-t-il une formation sur la gestion axée sur les résultats prévue à Dakar ce trimestre ?', 'fr'],
    ["My laptop won't connect to the VPN since the last update. Who do I contact?", 'en'],
    // ...nor of one naming only what every workplace has (the office, IOM, when) (a reviewer's examples).
    ["My laptop won't start. Can the office give me a new one?", 'en'],
    ["Mon ordinateur ne démarre plus. Est-ce que l'OIM peut le remplacer ?", 'fr'],
    ['The printer on floor 3 is broken. When will it be fixed?', 'en'],
    // From blind batch 31: the daily subsistence allowance by its French name.
    ["Quel est le taux d'indemnité journalière de subsistance pour une mission à Dakar ?", 'fr'],
  ])('declines %j', (question, language) => {
    expect(index.search(question, language).kind).toBe('off-topic');
  });
});

describe('FAQ search on what a French and Spanish user trial asked', () => {
  // Whether partners are required gets the partnerships entry, which now says they are not (it
  // opened with "Yes, partnerships are at the core of the Hub"); "VBG" is gender-based violence in
  // the call's own French and Spanish; changing an idea after sending it is the entry on changes.
  itFindsFirst([
    ['tenemos que tener socios?', 'es', 'hub-partnerships'],
    ["c'est obligatoire d'avoir un partenaire", 'fr', 'hub-partnerships'],
    ['je travaille sur la VBG dans les camps, ça rentre dans quel objectif ?', 'fr', 'objective-saving-lives'],
    ['un proyecto sobre VBG, en qué objetivo entra?', 'es', 'objective-saving-lives'],
    ['puedo cambiar mi idea despues de enviarla', 'es', 'submit-change-after'],
  ]);
  it.each([
    ['en', 'Nothing in the call makes having a partner mandatory'],
    ['fr', 'Rien dans l’appel ne rend obligatoire d’avoir un partenaire'],
    ['es', 'Nada en la convocatoria hace obligatorio tener socios'],
  ] as const)('says in %s that the call requires no partner', (language, words) => {
    expect(knowledgeBase.byId.get('hub-partnerships')!.answer[language]).toContain(words);
    expect(knowledgeBase.byId.get('hub-partnerships')!.answer[language]).not.toMatch(/^(Yes|Oui|Sí)\b/u);
  });
});

describe('FAQ search on a pasted e-mail (blind batch 48)', () => {
  // The greeting, the courtesy, the signature and a legal notice say nothing of what is asked:
  // their words (names, offices, "confidential information") pulled other entries first.
  itFindsFirst([
    [
      'Dear IKM,\nThe local partners we work with in Haiti mostly write in French and Haitian Creole. Does the idea have to be submitted in English, or could we send some parts in French?\nKind regards,\nJean-Baptiste | IOM Port-au-Prince\n\nDISCLAIMER: This e-mail may contain confidential information intended only for the addressee.',
      'en',
      'submission-language',
    ],
    [
      'Estimados colegas:\nEspero que se encuentren muy bien. Nuestro proyecto está dirigido a comunidades indígenas migrantes en zonas rurales sin internet. ¿Cómo valora el Centro la accesibilidad? ¿Es un criterio de selección?\nAtentamente,\nRosa Quispe — OIM Perú',
      'es',
      'criterion-accessibility',
    ],
    [
      "Dear IKM colleagues,\nI hope this message finds you well. Our office in Amman is working with a Syrian refugee women's cooperative that has a great idea for a recycling micro-business. Can the cooperative apply to the Hub directly, or does the idea have to come in through our office?\nBest regards,\nLina — Project Officer, IOM Jordan",
      'en',
      'submit-migrants-communities',
    ],
    [
      'Hola equipo, en el correo dice que nuestra idea está en la lista de "shortlisted ideas". ¿Eso significa que ya está aprobada o solo preseleccionada? ¿Qué sigue ahora? Gracias, Camila (OIM Bogotá)',
      'es',
      'timeline-shortlist',
    ],
  ]);
});

describe('FAQ search on formal and hedged messages (blind batch 53)', () => {
  itFindsFirst([
    // The courtesies of a formal message say nothing of its subject.
    ['Je me permets de vous écrire pour savoir qui est chargé de la présélection des idées et si des spécialistes thématiques y participent.', 'fr', 'review-committee'],
    ['Bonjour, je me permets de vous écrire pour savoir si un sous-bureau peut déposer une idée sans passer par le bureau de pays. Cordialement', 'fr', 'submit-who'],
    // "Not passed yet" is no "what happens"; the change asked about is the question.
    ["Madame, Monsieur, serait-il possible de modifier une idée après l'avoir soumise, tant que la date limite n'est pas passée ?", 'fr', 'submit-change-after'],
    ['rappels avant échéance', 'fr', 'assistant-reminders'],
    ['¿Podrian confirmarme si el financiamento se entrega de una sola vez o por tramos?', 'es', 'funding-use'],
    // A Spanish "what happens if we send it late" is the late submission's, "what happens after" the submission's.
    ['q pasa si mandamos la idea tarde', 'es', 'timeline-late-submission'],
    ['¿Qué pasa después de presentar la idea?', 'es', 'submit-after'],
    ['Les agradecería que me indicaran ¿qué tiempo hará en Ginebra este fin de semana?', 'es', 'off-topic'],
    ['I would be grateful to know how to change my notification settings in Microsoft Teams.', 'en', 'off-topic'],
    // When one hears of not being shortlisted is the shortlist's day (its answer says each team is told then).
    ['when do we know if we are not shortlisted?', 'en', 'timeline-shortlist'],
  ]);
});

describe('FAQ search on negations, exclusions and limits (blind batch 54)', () => {
  itFindsFirst([
    // A negation is the question's frame: "who cannot apply" asks who may.
    ['who cannot apply', 'en', 'submit-who'],
    ['whats not coverd by the seed fundng', 'en', 'funding-use'],
    ['We don\'t have a detailed budget yet. Is that a problem at the idea stage?', 'en', 'form-limits'],
    ['Will teams that don\'t make the shortlist be told why they were left out?', 'en', 'call-open-questions'],
    ['Does making the shortlist mean the money is guaranteed?', 'en', 'review-process'],
    // A sum past the maximum with an article before it is past it.
    ['Que se passe-t-il si notre budget dépasse les 80 000 dollars ?', 'fr', 'funding-outside-range'],
    ['plazo vencido idea', 'es', 'timeline-late-submission'],
    // ...in Spanish too, beside "qué pasa" (the review: the duration's entry, whose own question says it).
    ['Si el presupuesto supera los 80.000, ¿qué pasa?', 'es', 'funding-outside-range'],
    // Hiring elsewhere, and Teams itself.
    ['Is UNHCR not hiring P3 innovation officers anymore?', 'en', 'off-topic'],
    ['Le PNUD ne recrute-t-il pas des consultants en innovation en ce moment ?', 'fr', 'off-topic'],
    ['No puedo entrar a Teams desde el celular, ¿me ayudas a configurarlo?', 'es', 'off-topic'],
    // ...while hiring with the grant is what it pays for.
    ['can we use the grant for hiring a consultant?', 'en', 'funding-use'],
  ]);
});

describe('FAQ search on goals and worries (blind batch 55)', () => {
  itFindsFirst([
    // The goal or worry said first frames the question; a spaced dash ends the context.
    ["I want to make sure our idea reaches IKM before I go on leave at the end of October — what's the last day I can send it in?", 'en', 'timeline-idea-deadline'],
    ['no quiero perder el borador que empece ayer, se guarda solo?', 'es', 'submit-how'],
    // Being told ahead is a reminder.
    ['Can you make sure I get a nudge a few days before each cut-off?', 'en', 'assistant-reminders'],
    ['Me gustaría que me avisaras unos días antes de cada plazo para no dejarlo todo al final.', 'es', 'assistant-reminders'],
    ['Je veux flouter mon arrière-plan dans Teams pour les réunions avec les partenaires, comment faire ?', 'fr', 'off-topic'],
    // What is held on the asker, however it is put; a project about data is no personal data (the review).
    ['¿Qué información tienen sobre mí?', 'es', 'assistant-my-data'],
    ['what info do you hold on me', 'en', 'assistant-my-data'],
    ['is my data project eligible?', 'en', 'priority-data-technology'],
  ]);
});

describe('FAQ search on messages typed in a hurry (blind batch 56)', () => {
  itFindsFirst([
    // Autocorrect's real words, mended where only the call's word fits (they were declined).
    ['weather or not our partner ngo can lead the propsal', 'en', 'submit-external-organisations'],
    ['can the found be used to pay staff salaries or only activities and supplies', 'en', 'funding-use'],
    ['what found pays for', 'en', 'funding-use'],
    ['is the grand paid to the country office or straight to the team', 'en', 'funding-use'],
  ]);
  it('leaves those words alone where they are what was meant', () => {
    expect(words('we found a partner')).toEqual(['we', 'found', 'a', 'partner']);
    expect(words('a grand idea')).toEqual(['a', 'grand', 'idea']);
    expect(words('what is the weather in Geneva')).toContain('weather');
  });
});

describe('FAQ search on passages of other documents (blind batch 57)', () => {
  itFindsFirst([
    ['The travel policy says business class applies above nine hours of flying. Does a layover break the nine hours?', 'en', 'off-topic'],
    ['Comment je change ma photo de profil dans Teams ?', 'fr', 'off-topic'],
    // A remark about something else, then a question that names only how things stand ("extended", "after").
    ["Le règlement du personnel parle d'un congé de maternité de seize semaines, est-ce qu'on peut le prolonger ?", 'fr', 'off-topic'],
    ['The IT security notice says to set up MFA on my phone. How do I reset it after switching to a new phone?', 'en', 'off-topic'],
    // ...while one that names the call's own step after it is still the call's.
    ['Our CoM is on leave until January, can the deputy sign the endorsement instead?', 'en', 'submit-endorsement'],
    // The review: words of other subjects that ordinary questions of the call use too.
    ["What's my status?", 'en', 'submit-received'],
    ["Can the assistant's notification settings be changed?", 'en', 'assistant-reminders'],
    ['Is hiring allowed?', 'en', 'funding-use'],
    ["Quel est l'arrière-plan de cet appel ?", 'fr', 'objectives-overview'],
    // A reminder of something asks the thing; a reminder before it is the assistant's.
    ["Petit rappel, c'est quand la date limite ?", 'fr', 'timeline-idea-deadline'],
    ['Rappel : quelle est la date limite ?', 'fr', 'timeline-idea-deadline'],
    ['rappel avant date limite', 'fr', 'assistant-reminders'],
  ]);
  it('declines no question that names the grant beside a travel cost', () => {
    expect(index.search('Can I travel business class with the grant?', 'en').kind).not.toBe('off-topic');
  });
});

describe('FAQ search on the formatting around a question (blind batch 58)', () => {
  itFindsFirst([
    // A pasted link's words are no one's question.
    ['🔗 https://intranet.iom.int/sites/innovation-hub/call-2024\nJust read this page. Can a government ministry we work with put forward an idea themselves?', 'en', 'submit-external-organisations'],
    ['🔒 ¿Qué datos míos guardas y cómo puedo borrarlos?', 'es', 'assistant-my-data'],
    // The assistant's name typed as an address (no mention made of it) names no Hub subject.
    ['@Innovation Hub Assistant ¿puedes comprobar si mi oficina cumple los requisitos antes de llenar el formulario?', 'es', 'submit-eligibility-check'],
  ]);
  it("reads the funding's limit as the funding's range, not a page limit", () => {
    // (The range's two entries tie on so short a question; either gives the range.)
    expect(['funding-amount', 'funding-outside-range']).toContain(firstEntryFor('límite de financiación 💰', 'es'));
  });
  it('reads no word of a web address', () => {
    expect(words('see https://intranet.iom.int/sites/innovation-hub/call-2024 and www.iom.int, then the deadline')).toEqual(['see', 'and', 'then', 'the', 'deadline']);
  });
});

describe("FAQ search on the asker's situation (blind batch 59)", () => {
  itFindsFirst([
    // A device beside the form, the bot or one's data in it is where the asker works (they were declined).
    ["lecteur d'écran formulaire idée", 'fr', 'assistant-devices'],
    ['What does this bot keep about me, and can I wipe it before I hand my laptop over at the end of my assignment?', 'en', 'assistant-my-data'],
    ['Uso una computadora compartida en la suboficina. ¿Cómo borro lo que el bot guardó sobre mí antes de que la use otra persona?', 'es', 'assistant-my-data'],
    // ...while a device's own trouble is still IT's, an app is no application to the call.
    ["Teams ne se synchronise plus sur l'ordinateur partagé du bureau, comment réinstaller l'application ?", 'fr', 'off-topic'],
    ['my laptop screen is broken, who fixes it?', 'en', 'off-topic'],
  ]);
  it('declines no question of the form or the draft that names the device it is written on', () => {
    for (const [question, language] of [
      ["I'm drafting on a shared office computer. If I close the chat and log out, will my draft still be there when I come back tomorrow from another PC?", 'en'],
      ['trabajo desde el celular porque en la oficina de terreno no hay computadora, el formulario se guarda solo?', 'es'],
    ] as const) {
      expect(index.search(question, language).kind).not.toBe('off-topic');
    }
  });
});

describe("FAQ search on the entries' own questions", () => {
  it('declines none of them, in any language (a word of another subject inside one, such as "écran" in "lecteur d\'écran", must not)', () => {
    const declined = knowledgeBase.entries.flatMap((entry) =>
      (['en', 'fr', 'es'] as const).flatMap((language) =>
        entry.questions[language].filter((question) => index.search(question, language).kind === 'off-topic').map((question) => `${entry.id} (${language}): ${question}`),
      ),
    );
    expect(declined).toEqual([]);
  });
});

describe('FAQ search on where to begin and on risks (blind batches 72-73)', () => {
  itFindsFirst([
    // Where to begin is the first steps in this chat, not the call's launch or a later stage.
    ['where to start innovation hub', 'en', 'assistant-getting-started'],
    ['par où commencer appel à idées', 'fr', 'assistant-getting-started'],
    ['¿Qué tengo que hacer primero si quiero presentar una idea?', 'es', 'assistant-getting-started'],
    ['How do I submit an idea?', 'en', 'submit-how'],
    ['Qui évalue les idées à la première étape ?', 'fr', 'review-committee'],
    // A pilot that fails, the money, who owns the data: what the call leaves open, said so.
    ['who ownes the data colected during the pilot, IOM or the partner?', 'en', 'criteria-risks-safeguards'],
    ['si el piloto fracasa ay que devolver la plata?', 'es', 'criteria-risks-safeguards'],
    // ...while doing no harm is still the sustainability criterion's.
    ['What is meant by do no harm?', 'en', 'criterion-sustainability'],
  ]);
});

describe('FAQ search on the form in detail and words taken in another sense (blind batches 70-71)', () => {
  itFindsFirst([
    // What the eligibility check's result means is the check's entry.
    ['Si el resultado dice que no somos elegibles, ¿podemos enviar la idea igualmente?', 'es', 'submit-eligibility-check'],
    // One's leave balance, a sick-leave certificate, a verification code, a visitor's badge, an IT course.
    ['Can you give me a PDF of my leave balance?', 'en', 'off-topic'],
    ["Où est-ce que j'envoie mon certificat d'arrêt maladie ?", 'fr', 'off-topic'],
    ['No me llega al móvil el código de verificación para entrar al correo, ¿a quién aviso?', 'es', 'off-topic'],
    ['Who do I contact to get a visitor badge for a partner coming to the Geneva HQ building?', 'en', 'off-topic'],
    ['is the IT workshop on Excel open to national staff', 'en', 'off-topic'],
  ]);
});

describe('FAQ search on reasons, groups and places (blind batches 68-69)', () => {
  itFindsFirst([
    // Another subject said in an "if" clause is the question's setting.
    ['¿La CO puede presentar el proyecto si el CoM está de vacaciones y no puede endosarlo antes del deadline?', 'es', 'submit-endorsement'],
    // Whether a project may span several countries is among what the call does not settle.
    ['proyecto en varios países', 'es', 'call-open-questions'],
    ['Does the project have to be implemented in a single country, or can it cover two or three countries in the same region?', 'en', 'call-open-questions'],
    // Applying for a post, one's allowances, one's own courses and licences are other subjects.
    ['Can interns based in a regional office apply for internal vacancies?', 'en', 'off-topic'],
    ["Le personnel d'un sous-bureau a-t-il droit à l'indemnité de sujétion ?", 'fr', 'off-topic'],
    ['Pourquoi mon indemnité de poste a baissé ce mois-ci ?', 'fr', 'off-topic'],
    ["what's the reason we have to redo the mandatory security course every few years? mine just lapsed", 'en', 'off-topic'],
    ['¿Qué cubre en la práctica el seguro médico para dependientes? ¿Puedo incluir a mis padres?', 'es', 'off-topic'],
    ['Can national staff in a field office get a LinkedIn Learning licence?', 'en', 'off-topic'],
  ]);
});

describe('FAQ search on earlier rounds and counts (blind batches 66-67)', () => {
  itFindsFirst([
    // The Hub's first call says so, and gives this call's own rules.
    ['Is this the first call the Hub has run, or how many rounds have there been already?', 'en', 'hub-first-call'],
    ['¿Es la primera convocatoria del Centro?', 'es', 'hub-first-call'],
    // ...while a rule asked about beside an earlier round is still that rule's.
    ['Au cycle précédent, les projets pouvaient durer deux ans. Est-ce encore possible ?', 'fr', 'duration-max'],
    // French "avait" (had) is no "avant" (before).
    ["Y avait-il un appel l'an dernier ?", 'fr', 'hub-first-call'],
    // Access to PRIMA, the office's closing days, the mandatory e-learning, a travel authorization.
    ['My PRIMA access expired again like last year, who resets it?', 'en', 'off-topic'],
    ["Les jours de fermeture du bureau pour les fêtes sont-ils les mêmes que l'année dernière ?", 'fr', 'off-topic'],
    ['How many hours of mandatory e-learning do I still have to complete this year?', 'en', 'off-topic'],
    ["Combien de jours à l'avance dois-je faire ma demande d'autorisation de voyage ?", 'fr', 'off-topic'],
  ]);
});

describe('FAQ search on very short messages and the later stages (blind batches 64-65)', () => {
  itFindsFirst([
    // What a document holds is what the full proposal comprises, not its deadline or the clinics.
    ["We're shortlisted. What exactly must the full proposal include?", 'en', 'proposal-contents'],
    ['full proposal required sections shortlisted', 'en', 'proposal-contents'],
    // Interns are people who may take part (not "internal", another word).
    ['can interns submit?', 'en', 'submit-who'],
    ['how do we improve internal processes with an idea?', 'en', 'priority-ways-of-working'],
    // Whom the call is for, not whom to write to.
    ["ça s'adresse à qui ?", 'fr', 'submit-who'],
    ["à qui dois-je m'adresser pour une question ?", 'fr', 'contact-ikm'],
    ['reply in spanish pls', 'en', 'assistant-languages'],
    // What is kept on someone, the asker or a colleague, is what the assistant keeps.
    ['my colegue wants to delet what you saved about her, how does she do that', 'en', 'assistant-my-data'],
    ['¿qué datos guardas míos?', 'es', 'assistant-my-data'],
    ['quiero agendar una clínica', 'es', 'clinics-booking'],
    // Teams itself, one's contract and a project's codes in the system are other subjects.
    ['Teams ne marche plus sur mon téléphone depuis hier, je fais quoi', 'fr', 'off-topic'],
    ['Qui dois-je contacter pour prolonger mon contrat qui se termine fin décembre ?', 'fr', 'off-topic'],
    ['Our project closes in March, how do I close the WBS in the system?', 'en', 'off-topic'],
  ]);
});

describe("FAQ search on the asker's idea described first (blind batches 62-63)", () => {
  itFindsFirst([
    // The clause that asks asks about another subject: the call's words before it are its setting.
    ["I'm flying to Nairobi for a workshop on our returnee project, how do I request my travel authorization and DSA?", 'en', 'off-topic'],
    ['Nous avons un projet de cohésion sociale au Tchad financé par ECHO, où est-ce que je trouve le modèle de rapport trimestriel ?', 'fr', 'off-topic'],
    // Applying to another funder's fund is that funder's business, however much the project is ours.
    ['Estamos postulando a un fondo de la Unión Europea para nuestro proyecto de integración en Chile, ¿quién revisa el presupuesto antes de enviarlo?', 'es', 'off-topic'],
    // An office's petty cash, contracting and HR procedures, the finance unit, a per diem.
    ['We are running a cash distribution in Dollo Ado next week, how do I get petty cash approved by finance?', 'en', 'off-topic'],
    ["We're hiring a consultant for a migration health study in Jordan. What's the threshold for direct contracting?", 'en', 'off-topic'],
    ['Una colega quiere saber cuánto es el viático para viajar a Bogotá.', 'es', 'off-topic'],
    // ...while what the grant may pay for is still the call's, even said beside them,
    ['¿El viático de los talleres se puede pagar con la subvención?', 'es', 'funding-use'],
    ['We also got a fund from the EU as co-funding, can we combine it with the Hub grant?', 'en', 'funding-co-funding'],
    // ...and a clause with no question mark asks nothing of the other subject it names.
    ['quel sont les criteres de selection, je dois les expliquer a mon equipe qui travail a distance', 'fr', 'criteria-overview'],
  ]);
  it('declines no question about what the grant pays said beside an errand of the office', () => {
    for (const question of ["I'm travelling to Nairobi for a project workshop, can the grant pay my DSA?", 'Can the seed funding cover petty cash for field activities?']) {
      expect(index.search(question, 'en').kind).not.toBe('off-topic');
    }
  });
});

describe('FAQ search on time as the asker stands in it (blind batch 61)', () => {
  itFindsFirst([
    // Asked to be reminded before a date, the assistant's reminders come first, in every language...
    ['Can you ping me the day before the full proposal is due?', 'en', 'assistant-reminders'],
    ['¿Me puedes avisar una semana antes de que cierre el plazo de la propuesta?', 'es', 'assistant-reminders'],
    ['rappel échéance proposition', 'fr', 'assistant-reminders'],
    // ...but "remind me what, when, who" asks to be told again,
    ['Could you remind me when full proposals are due and who is supposed to send them in?', 'en', 'timeline-proposal-deadline'],
    ['Remind me what the max duration is for a funded project.', 'en', 'duration-max'],
    ['Rappelle-moi à qui on envoie la proposition complète : directement au Centre ou via le bureau partenaire ?', 'fr', 'submit-full-proposal'],
    // ...and the time zone they come in is the time zone's question.
    ['how do i chnage my time zone for the remiders', 'en', 'assistant-time-zone'],
    // How long to wait is when the answer comes; next year is when, not how long.
    ['Une fois la proposition déposée, combien de temps faut-il attendre avant de savoir si le projet est financé ?', 'fr', 'timeline-funding-announcement'],
    ["Will we hear whether we're funded before the end-of-year holidays, or only in January?", 'en', 'timeline-funding-announcement'],
    // French "eu" (had) is no EU: a question about the webinars was declined as another funder's.
    ["Les webinaires ont-ils déjà eu lieu ? Je n'ai pas pu y assister et je voudrais savoir s'il en reste.", 'fr', 'resources-webinars'],
    // ...while the EU written as its initials is still another funder.
    ['What is the deadline of the EU innovation fund?', 'en', 'off-topic'],
    // Whether a time is still within it asks the deadline.
    ['Would next Monday still be fine for sending in our idea?', 'en', 'timeline-idea-deadline'],
    ['si la envio mañana temprano hora de bogota todavia cuenta??', 'es', 'timeline-idea-deadline'],
    // A session missed is that session's question; an idea too late is still the late idea's.
    ['Did I miss the webinars on how to submit? Is there anything I can still watch or join now?', 'en', 'resources-webinars'],
    ['I missed the webinar because of mission travel. We have an idea about solar mini-grids for a camp in Ethiopia. Is it too late to send it in if today is 28 October?', 'en', 'timeline-late-submission'],
  ]);
});

describe('FAQ search on comparisons and choices (blind batch 60)', () => {
  itFindsFirst([
    // "Which is more advantageous" after a remark about something else asks about the remark.
    ['Congé annuel ou congé dans les foyers : lequel est le plus avantageux pour rentrer au pays à Noël ?', 'fr', 'off-topic'],
    ['Should I use OneDrive or SharePoint to share project files with my team?', 'en', 'off-topic'],
    ['Will it be colder in Geneva or in Brussels next week? I have a mission in both.', 'en', 'off-topic'],
    // ...while which of the call's objectives fits better is still the call's.
    ['Which objective fits better, saving lives or solutions to displacement?', 'en', 'objective-saving-lives'],
  ]);
});

describe('FAQ search on where the assistant can be used: a phone, offline, a screen reader', () => {
  itFindsFirst([
    ['screen reader idea form', 'en', 'assistant-devices'],
    ['While I\'m in the camp I only have my phone. Does the idea form work properly on a small mobile screen?', 'en', 'assistant-devices'],
    ['formulaire hors connexion terrain', 'fr', 'assistant-devices'],
    ['formulario sin conexión a internet', 'es', 'assistant-devices'],
    // Where the form is filled in is still how to submit, not which device it is filled in on.
    ['Where do I fill in the idea form?', 'en', 'submit-how'],
    ["Où remplir le formulaire d'idée ?", 'fr', 'submit-how'],
  ]);
});

describe('FAQ search on hypotheticals (blind batch 51)', () => {
  itFindsFirst([
    // Not being shortlisted asks what then (feedback, a next call), not when the shortlist comes out.
    ['what if we are not shortlisted', 'en', 'call-open-questions'],
    ['not shortlisted - next steps?', 'en', 'call-open-questions'],
    ["et si notre idée n'est pas présélectionnée ?", 'fr', 'call-open-questions'],
    // ...while being shortlisted is still the shortlist's.
    ['we were shortlisted, what now?', 'en', 'timeline-shortlist'],
    // Going past the maximum, said with a verb, is past it.
    ['et si on dépasse 80 000 ?', 'fr', 'funding-outside-range'],
    ['¿y si pasamos de 80 mil?', 'es', 'funding-outside-range'],
    ['what if we exceed 80,000 USD?', 'en', 'funding-outside-range'],
    // ...and not going past it is within it (the review: "sans dépasser" read as past).
    ["sans dépasser 80 000 $, c'est bon ?", 'fr', 'funding-amount'],
    ['sin superar 80 mil, ¿está bien?', 'es', 'funding-amount'],
    // Weighing one case against another: the cases are asked about ("plutôt que" is no word of the call).
    ["Est-ce que ça change quelque chose si nous sommes un sous-bureau plutôt qu'un bureau de pays ?", 'fr', 'submit-who'],
    ['does it matter if we are a sub-office rather than a country office?', 'en', 'submit-who'],
  ]);
  it('reads the frame of a hypothesis as no part of what is asked', () => {
    expect(index.explain('suppose our project lasts 12 months', 'en').chosen.terms).toEqual(index.explain('our project lasts 12 months', 'en').chosen.terms);
    expect(index.explain("imaginons qu'on dépose l'idée en retard", 'fr').chosen.terms).toEqual(index.explain("qu'on dépose l'idée en retard", 'fr').chosen.terms);
    expect(index.explain('supongamos que el jefe de misión no firma', 'es').chosen.terms).toEqual(index.explain('que el jefe de misión no firma', 'es').chosen.terms);
  });
});

describe('FAQ search on a deadline named by its day beside its step (blind batch 49)', () => {
  // "the idea on 25 October" is the idea's deadline: the day said nothing when the step was named.
  itFindsFirst([
    ['if I send the idea on 25 October is it still ok?', 'en', 'timeline-idea-deadline'],
    ['si mando la idea el 25 de octubre a las 11 de la noche todavia vale?', 'es', 'timeline-idea-deadline'],
    ["si j'envoie l'idée le 25 octobre à 23h, ça passe encore ?", 'fr', 'timeline-idea-deadline'],
    // A day that is no deadline adds nothing beside its step.
    ['we were shortlisted on 11 November, what now?', 'en', 'timeline-shortlist'],
  ]);
  it('reads "si mando la idea" as sending it, not as a misspelt "mundo"', () => {
    expect(index.explain('si mando la idea mañana', 'es').chosen.terms).toContain('_submit');
  });
});

describe('FAQ search on a question of the call told after a remark about something else (user trial)', () => {
  // "On leave" is the remark's; the clause after it asks the call's own step, the endorsement.
  itFindsFirst([
    ['our CoM is on leave until January, can the deputy sign the endorsement instead?', 'en', 'submit-endorsement'],
    ["notre CdM est en congé jusqu'en janvier, son adjoint peut-il signer l'aval ?", 'fr', 'submit-endorsement'],
    ['nuestro jefe de misión está de vacaciones, ¿puede el adjunto firmar el respaldo?', 'es', 'submit-endorsement'],
    // The maximum asked, with nothing past it: the amount (it was "No: the Hub funds...").
    ['What is the maximum budget for an idea?', 'en', 'funding-amount'],
  ]);
  it('still declines a question that only asks about the remark', () => {
    expect(index.search("Le DSA pour Dakar, c'est combien en ce moment ?", 'fr').kind).toBe('off-topic');
    expect(index.search('I am on leave next week, can my salary advance be approved?', 'en').kind).toBe('off-topic');
  });
});

describe('FAQ search on what blind batch 47 asked', () => {
  // An objective named by its number is that objective (its title is read beside the number).
  itFindsFirst([
    ['strategic objective 2 examples', 'en', 'objective-solutions-displacement'],
    ['exemple projet objectif 2', 'fr', 'objective-solutions-displacement'],
    ["l'objectif stratégique 3, il couvre quoi", 'fr', 'objective-regular-pathways'],
    // The limit itself with "more than" or "less than" before it asks past the limit.
    ['¿Se puede pedir más de 80.000 dólares si el proyecto es grande?', 'es', 'funding-outside-range'],
    ['Can we ask for less than 50,000 dollars if our pilot is small?', 'en', 'funding-outside-range'],
    // ...while the limit said alone is the amount.
    ['is 80,000 dollars the maximum?', 'en', 'funding-amount'],
  ]);
  it('reads "no more than" the limit as within it', () => {
    for (const question of ['can we ask for no more than 80,000 USD?', 'is no less than 50,000 USD fine?']) {
      const result = index.search(question, 'en');
      expect(result.kind === 'answer' && result.entryId === 'funding-outside-range').toBe(false);
    }
  });
  it('declines other clinics, workshops and courses than the Hub\'s', () => {
    expect(index.search('Is there a legal clinic in Geneva where migrants can get free immigration advice?', 'en').kind).toBe('off-topic');
    expect(index.search('¿Cómo me inscribo en el taller de liderazgo para mujeres de Naciones Unidas?', 'es').kind).toBe('off-topic');
    expect(index.search("Quelle est la date limite pour m'inscrire à la formation obligatoire sur la prévention de la fraude ?", 'fr').kind).toBe('off-topic');
    // A project against fraud is still a question about the call.
    expect(index.search('¿Un proyecto sobre anti-fraud en los procesos internos cuenta como innovation o no entra?', 'es').kind).not.toBe('off-topic');
  });
});

describe('FAQ search on what blind batch 46 asked', () => {
  // A sum and a length said together: the one outside the call's limits is the question.
  itFindsFirst([
    ['can a 50,000 projet run for 14 monhts?', 'en', 'duration-max'],
    ['¿Se puede presentar un proyecto de 100.000 dólares si dura solo 6 meses?', 'es', 'funding-outside-range'],
    ['30 mil dólares 8 meses válido', 'es', 'funding-outside-range'],
    // Asked on someone else's behalf: who asks says nothing of the question (a CoM is no endorsement here).
    ['Mi jefa de misión quiere saber quién aprueba finalmente la financiación de los proyectos.', 'es', 'review-approval'],
    // Someone who is the question's own subject is kept ("our partner NGO wants to know if it can...").
    ['Our partner NGO wants to know if it can receive the grant', 'en', 'submit-external-organisations'],
    ['hi, the equipo in our CO is asking if they can submit the idea en español or only in English', 'en', 'submission-language'],
  ]);
  it('reads a figure with a unit of time after it as a length, even after the sum\'s currency', () => {
    // ("50 000 USD 14 mois": 14 was read as a sum of 14 dollars, below the minimum.)
    expect(index.explain('50 000 USD 14 mois possible ?', 'fr').chosen.terms).not.toContain('_below');
  });
});

describe('FAQ search on what blind batch 45 asked', () => {
  // The Hub named and taken for something else (a job, a course): what it is, never declined.
  itFindsFirst([
    ['Someone forwarded me the Innovation Hub announcement as if it were a job opening. Is there actually a position to apply for?', 'en', 'hub-what-is'],
    ["Je croyais que le Centre pour l'innovation était une formation en ligne. Comment on s'y inscrit ?", 'fr', 'hub-what-is'],
    ['Pensé que el Centro de Innovación era un curso de capacitación. ¿Cómo me inscribo?', 'es', 'hub-what-is'],
    // The stages by their place: the second round is the full proposal; the prize is the grant.
    ['segunda ronda propuesta completa fecha', 'es', 'timeline-proposal-deadline'],
    ['¿Quién revisa las ideas en la primera fase?', 'es', 'review-committee'],
    ['monto premio Centro de Innovación', 'es', 'funding-amount'],
  ]);
  it('still declines a job or an IT question that does not name the Hub', () => {
    expect(index.search('Is there a job opening for a driver in the Nairobi office?', 'en').kind).toBe('off-topic');
    expect(index.search('the IT helpdesk number for my laptop', 'en').kind).toBe('off-topic');
    expect(index.search('Is the Hub a sort of IT helpdesk that builds apps for missions?', 'en').kind).not.toBe('off-topic');
    // "hub" as a common word, or IKM as the addressee, names no Hub: still another subject.
    expect(index.search('medical claim reimbursement at the hub clinic', 'en').kind).toBe('off-topic');
    expect(index.search('IKM: how do I get my travel advance?', 'en').kind).toBe('off-topic');
  });
  it('declines other prizes and a staff member\'s own entitlements', () => {
    expect(index.search('Who won the Nobel Peace Prize last year?', 'en').kind).toBe('off-topic');
    expect(index.search("Quel est le montant du prix de l'innovation de l'Union africaine cette année ?", 'fr').kind).toBe('off-topic');
    expect(index.search('¿Cuál es el plazo para pedir el subsidio de educación de este año?', 'es').kind).toBe('off-topic');
  });
});

describe('FAQ search on what blind batch 44 asked', () => {
  // All of a list set against one of it asks how many must be covered, in every language (eight
  // batches asked it so); the list asked for alone is still the list.
  itFindsFirst([
    ['Does our idea have to hit all three strategic objectives, or is one enough?', 'en', 'objectives-several'],
    ['faut-il couvrir les trois objectifs ou un seul suffit ?', 'fr', 'objectives-several'],
    ['hay que cubrir los tres objetivos o basta con uno?', 'es', 'objectives-several'],
    ['list of the objectives', 'en', 'objectives-overview'],
    ['which one of the priorities fits a solar project', 'en', 'priority-environment'],
  ]);
  it('declines the deadline of one\'s PER (IOM\'s performance evaluation), not read as the idea deadline', () => {
    expect(index.search('What is the deadline for submitting my PER this year?', 'en').kind).toBe('off-topic');
    expect(index.search('how much funding per project?', 'en').kind).not.toBe('off-topic');
  });
});

describe('FAQ search on what blind batch 43 asked', () => {
  // A travel advance, a legitimation card, the staff medical service's appointments: a post's own
  // matters, however close their words come to the call's (clinics, missions, booking).
  it.each<[string, 'en' | 'fr' | 'es']>([
    ['how do I book a clinic appointment with the staff medical service in Geneva', 'en'],
    ['Comment renouveler ma carte de légitimation à Genève ?', 'fr'],
    ['cómo pido un anticipo de viaje para una misión', 'es'],
  ])('declines %j', (question, language) => {
    expect(index.search(question, language).kind).toBe('off-topic');
  });
  // The partner office named alone is the office a proposal goes through and is endorsed by.
  itFindsFirst([['partner office', 'en', 'submit-endorsement']]);
  it('reads project support costs as a cost charged to the grant', () => {
    expect(index.explain('are project support costs on top of the grant?', 'en').chosen.terms).toContain('_spend');
    expect(index.explain('les frais de soutien sont-ils inclus ?', 'fr').chosen.terms).toContain('_spend');
  });
});

describe('FAQ search on what blind batch 42 asked', () => {
  // Another agency's fund set beside this call, to ask what differs or what is on offer here, is
  // a question of the call's; about their fund alone it is still declined.
  it.each<[string, 'en' | 'fr' | 'es']>([
    ['Compared with the UNICEF Venture Fund, what do selected teams get here on top of the money?', 'en'],
    ["Par rapport aux fonds d'innovation du PNUD, qu'est-ce que ce Centre apporte de plus que l'argent ?", 'fr'],
    ['¿En qué se diferencia esta convocatoria de los fondos de innovación de ACNUR o del PMA?', 'es'],
  ])('does not decline %j', (question, language) => {
    expect(index.search(question, language).kind).not.toBe('off-topic');
  });
  it.each<[string, 'en' | 'fr' | 'es']>([
    ["Is UNHCR's Innovation Service accepting applications right now?", 'en'],
    ["Le fonds d'innovation du PNUD accepte des candidatures en ce moment ?", 'fr'],
    ['Compared with last year, when does the UNICEF Venture Fund close?', 'en'],
    // (A review's: "here" as a place, a comparison at the end, "their" pointing back, "frente a" as "facing".)
    ['Does the UNICEF Venture Fund accept applications from here in Jordan, unlike last year?', 'en'],
    ['How does the UNICEF Venture Fund compare to this call? When is their deadline?', 'en'],
    ['¿El fondo de ACNUR financia proyectos frente a emergencias aquí?', 'es'],
    ["Le fonds du PNUD finance-t-il des projets ici, contrairement à l'an dernier ?", 'fr'],
  ])('declines %j', (question, language) => {
    expect(index.search(question, language).kind).toBe('off-topic');
  });
  // A sum said to be the limit asks what the limit is; a sum asked for past it still asks whether it may be.
  itFindsFirst([
    ['Entonces el tope son 100.000 dólares por proyecto, ¿verdad?', 'es', 'funding-amount'],
    ['so the max is 150k, am I wrong?', 'en', 'funding-amount'],
    ['le plafond est de 120 000 dollars ?', 'fr', 'funding-amount'],
    ['can we ask for 150k?', 'en', 'funding-outside-range'],
    ['the max is 100k, we need 150k, is that ok?', 'en', 'funding-outside-range'],
    ['le plafond est 100 000, peut-on demander 150 000 ?', 'fr', 'funding-outside-range'],
    // A mistake made is still one ("o me equivoco" at the end only asks to confirm).
    ['¿Qué pasa si me equivoco al enviar la idea?', 'es', 'submit-change-after'],
    ['we need 150k, is that above the maximum?', 'en', 'funding-outside-range'],
    // The Hub's presentation asked for as its slides.
    ['diapos présentation du Centre', 'fr', 'resources-list'],
  ]);
  it('reads a tag asking to confirm as nothing, and a mistake made as a change', () => {
    expect(index.explain('the idea deadline is 25 October, am I wrong?', 'en').chosen.terms).not.toContain('_change');
    expect(index.explain('el mínimo es 50 mil o me equivoco', 'es').chosen.terms).not.toContain('_change');
    expect(index.explain('je me suis trompé dans mon idée', 'fr').chosen.terms).toContain('_change');
    // "par rapport à" compares; a report is still one.
    expect(index.explain('par rapport au budget', 'fr').chosen.terms).not.toContain('_reporting');
    expect(index.explain('faut-il un rapport final ?', 'fr').chosen.terms).toContain('_reporting');
    // Spanish "gente" is people, not "genre".
    expect(index.explain('¿solo gente de la sede?', 'es').chosen.terms).not.toContain('_gender');
  });
});

describe('FAQ search on what blind batch 41 asked', () => {
  // The call in short is its aims or its timeline; the short version of one subject is that subject's.
  it.each<[string, 'en' | 'fr' | 'es']>([
    ['call summary pls', 'en'],
    ['resumen rápido convocatoria', 'es'],
  ])('answers %j with the call in short', (question, language) => {
    expect(['aims-overview', 'timeline-overview']).toContain(firstEntryFor(question, language));
  });
  itFindsFirst([
    ['tl;dr criteria', 'en', 'criteria-overview'],
    ['un résumé des critères svp', 'fr', 'criteria-overview'],
    // Having one's questions answered, by someone who has not been, is the way to ask.
    ['personne ne répond, comment obtenir des réponses sur l’appel ?', 'fr', 'contact-ask-here'],
  ]);
  // Chat shorthand read as the word it stands for; an English "quick q" stays a question.
  it('declines "q hora es en Ginebra ahora mismo" as "qué hora es" is, and answers "c koi la date limite pr les idees"', () => {
    expect(index.search('q hora es en Ginebra ahora mismo', 'es').kind).toBe('off-topic');
    expect(firstEntryFor('c koi la date limite pr les idees', 'fr')).toBe('timeline-idea-deadline');
    expect(words('quick q: can we go over the ceiling')).toContain('q');
    expect(words('q pasa si no nos preseleccionan')).toContain('que');
  });
  it('does not read "resume" alone (a CV, or going on) as a summary', () => {
    expect(index.explain('can I resume my idea later', 'en').chosen.terms).not.toContain('_summary');
  });
});

describe('FAQ search on what blind batch 40 asked', () => {
  // Who sees a submitted idea, and what IKM does with it, has an entry of its own; the draft's
  // privacy and who may submit keep theirs. Earlier winners: the examples say the call names none.
  itFindsFirst([
    ['otras oficinas pueden ver nuestra idea?', 'es', 'submitted-idea-privacy'],
    ['est-ce que notre idée est confidentielle', 'fr', 'submitted-idea-privacy'],
    ['who can see my draft', 'en', 'form-draft-privacy'],
    ['who can submit an idea', 'en', 'submit-who'],
    ['which projects won in earlier calls?', 'en', 'examples-overview'],
  ]);
  it('says in every language that the call names no projects funded in earlier calls', () => {
    const entry = knowledgeBase.byId.get('examples-overview')!;
    expect(entry.answer.en).toContain('the call names no projects funded in earlier calls');
    expect(entry.answer.fr).toContain('aucun projet financé');
    expect(entry.answer.es).toContain('no menciona proyectos financiados');
  });
});

describe('FAQ search on what blind batch 39 asked', () => {
  // A date the call gives to one of its steps is that step, in any of the three languages and in
  // any order of day and month; a month or a weekday is never spelled into another word
  // ("novembre" read as "nombre", "dimanche" as "démarche").
  itFindsFirst([
    ['le 15 décembre tombe un dimanche, peut-on rendre lundi ?', 'fr', 'timeline-proposal-deadline'],
    ['is October 25th midnight Geneva time?', 'en', 'timeline-idea-deadline'],
    ['qué pasa el 15 de enero', 'es', 'timeline-funding-announcement'],
    ['what do we do between 11 November and 15 December?', 'en', 'timeline-proposal-deadline'],
    // A date beside another step's name is no step of its own: the step named is asked about.
    ['Is the idea deadline 15 December?', 'en', 'timeline-idea-deadline'],
    // What comes after the shortlist is the shortlist's entry (the proposal, the clinics), not what follows a submission.
    ['next steps once shortlisted?', 'en', 'timeline-shortlist'],
    ['il se passe quoi après la présélection', 'fr', 'timeline-shortlist'],
    ['que sigue despues de la preseleccion', 'es', 'timeline-shortlist'],
  ]);
  it('reads no date across "15, may we": English "may" is a verb, never a month', () => {
    const call = loadCallFile(DEFAULT_CALL_FILE);
    const inMay = { ...call, timeline: { ...call.timeline, shortlistAnnouncement: new Date('2024-05-15T10:00:00Z') } };
    const mayIndex = createFaqIndex(knowledgeBase.entries, faqIndexOptionsOf(inMay));
    expect(mayIndex.explain('We are a team of 15, may we apply together?', 'en').chosen.terms).not.toContain('_shortlist');
    expect(mayIndex.explain('el 15 de mayo', 'es').chosen.terms).toContain('_shortlist');
  });

  it('reads the steps from the call it is given: other dates, other steps', () => {
    const call = loadCallFile(DEFAULT_CALL_FILE);
    const moved = { ...call, timeline: { ...call.timeline, proposalDeadline: new Date('2024-12-20T22:59:00Z') } };
    const movedIndex = createFaqIndex(knowledgeBase.entries, faqIndexOptionsOf(moved));
    expect(movedIndex.explain('the 20 December, what is it?', 'en').chosen.terms).toEqual(expect.arrayContaining(['_proposal', '_deadline']));
    expect(movedIndex.explain('the 15 December, what is it?', 'en').chosen.terms).not.toContain('_proposal');
  });
});

describe('FAQ search on what blind batch 38 asked', () => {
  // The call's own length offered beside a longer one asks which is the longest, not for more; a
  // longer length alone still asks for more.
  itFindsFirst([
    ['is it 12 months or 18 months max?', 'en', 'duration-max'],
    ['son 12 o 24 meses como máximo?', 'es', 'duration-max'],
    ['our pilot needs 18 months, is that ok?', 'en', 'duration-longer'],
    // Hearing back, knowing by when: being told the outcome.
    ['when will we hear back about our idea?', 'en', 'timeline-shortlist'],
    ['by when will we know if the proposal is funded', 'en', 'timeline-funding-announcement'],
    // Validating the funding is approving it.
    ['qui valide le financement des propositions ?', 'fr', 'review-approval'],
    // Harm said as a condition on the project is the do-no-harm criterion.
    ['must the project make sure it does not harm the community?', 'en', 'criterion-sustainability'],
    // From batch 37's misses still open: a deadline's hour or zone is the deadline's question (its
    // answer gives both); changing one's own zone stays the assistant's.
    ['is the deadline Geneva time or our local time?', 'en', 'timeline-idea-deadline'],
    ['à quelle heure ferme la proposition complète, heure de Genève ?', 'fr', 'timeline-proposal-deadline'],
    ['la fecha límite es a medianoche hora local?', 'es', 'timeline-idea-deadline'],
    ['how do I change my time zone', 'en', 'assistant-time-zone'],
    ['cambiar zona horaria', 'es', 'assistant-time-zone'],
    // A length written short is months, not millions, where the question speaks of a length and
    // not of money (a review found "$18m project" and "a 20m budget" read as months).
    ['project length 12m max?', 'en', 'duration-max'],
    ['$18m project ok?', 'en', 'funding-outside-range'],
    ['we have a 20m budget, can we apply?', 'en', 'funding-outside-range'],
    ['budget of USD 12m ok?', 'en', 'funding-outside-range'],
  ]);
  // Words of these rules that open ordinary questions, which a review found misread.
  itFindsFirst([
    ['Where can I find out more about the clinics?', 'en', 'clinics-what'],
  ]);
  it.each<[string, 'en' | 'fr' | 'es']>([
    ['peut-on compléter avec une vidéo ?', 'fr'],
    ['¿Puedo complementar con un anexo?', 'es'],
  ])('does not read %j as co-funding', (question, language) => {
    expect(index.explain(question, language).chosen.terms).not.toContain('_cofunding');
  });
  // Another calendar's time zone is another subject (blind batch 39 found the zone concept counted as the call's).
  it.each<[string, 'en' | 'fr' | 'es']>([
    ['How do I change the time zone in my Outlook calendar?', 'en'],
    ['¿Cómo cambio la zona horaria en mi laptop?', 'es'],
  ])('declines %j', (question, language) => {
    expect(index.search(question, language).kind).toBe('off-topic');
  });
  // Which procurement rules the grant's money follows is what the grant pays; the office's own purchases are not.
  it('does not decline "procurement rules seed funding", and still declines the office laptops\' procurement rules', () => {
    expect(index.search('procurement rules seed funding', 'en').kind).not.toBe('off-topic');
    expect(index.search('what are the procurement rules for the office laptops?', 'en').kind).toBe('off-topic');
  });
});

describe('FAQ search on what blind batch 37 asked', () => {
  // The full proposal's contents, asked by a development term for them: the entry listing the call
  // file's checklist (and saying the call names no logframe or theory of change).
  itFindsFirst([
    ['logframe?', 'en', 'proposal-contents'],
    ['cadre logique ?', 'fr', 'proposal-contents'],
    ['marco lógico?', 'es', 'proposal-contents'],
    ['is there a template for the full proposal', 'en', 'proposal-contents'],
  ]);
  it.each<[string, 'en' | 'fr' | 'es']>([
    // Translating the idea is its language's question, not a translation asked of the assistant.
    ['Can we draft the concept note in French and translate it at the end, or will anything not in English be rejected?', 'en'],
    ["Peut-on rédiger l'idée en français et la traduire à la fin ?", 'fr'],
    // A review found these declined by words of other subjects this batch had added: a funded
    // project's report, the data an idea builds on, a cost in a budget.
    ['Faut-il un rapport narratif à la fin du projet financé ?', 'fr'],
    ['Can our idea build on flow monitoring data?', 'en'],
    ['Can the project budget include an external conference fee?', 'en'],
  ])('does not decline %j', (question, language) => {
    expect(index.search(question, language).kind).not.toBe('off-topic');
  });
  // From a browser trial: travel allowances beside the grant's money ask what it pays; booking one's own flight does not.
  it('does not decline "Can we pay per diem from the grant?"', () => {
    expect(index.search('Can we pay per diem from the grant?', 'en').kind).not.toBe('off-topic');
  });
  it.each<[string, 'en' | 'fr' | 'es']>([
    ["Translate 'good morning' into German", 'en'],
    ['book a flight to Geneva for my mission', 'en'],
    ['what is the DSA rate for Dakar', 'en'],
    ['¿Alguien sabe cómo arreglar el dashboard de la DTM? no se actualizan los datos de la ronda 12', 'es'],
  ])('declines %j', (question, language) => {
    expect(index.search(question, language).kind).toBe('off-topic');
  });
});

describe('FAQ search on what blind batch 36 asked', () => {
  // Another funder told in the sentence before a question about the call's own subject here, at the
  // Hub, is what it is compared with, not what is asked.
  itFindsFirst([
    ["L'an dernier, avec le Fonds de l'OIM pour le développement, on avait 24 mois. Ici c'est bien 12 mois maximum ?", 'fr', 'duration-longer'],
    ['El año pasado con el Fondo de la OIM para el Desarrollo teníamos 24 meses. ¿Aquí son 12 meses como máximo?', 'es', 'duration-longer'],
    ['Last year with the IOM Development Fund we had 24 months. Is it 12 months maximum here?', 'en', 'duration-longer'],
  ]);
  it.each([
    ['en', 'the call does not say whether it limits how many ideas one office may send'],
    ['fr', 'l’appel ne précise pas le nombre d’idées par bureau'],
    ['es', 'la convocatoria no dice cuántas ideas puede enviar una oficina'],
  ] as const)('says in %s, as the entry on what the call does not settle does, that the call is silent on ideas per office', (language, words) => {
    // It said "the call itself does not limit how many ideas an office sends", which the call does not say.
    expect(knowledgeBase.byId.get('submit-second-idea')!.answer[language]).toContain(words);
  });
  it.each<[string, 'en' | 'fr' | 'es']>([
    // How many ideas one office sends, said many ways, is the one-idea entry or the entry on what the call does not settle.
    ['As Chief of Mission, can I put forward three different ideas from three units in our mission, or is there a limit of one idea per office?', 'en'],
    ['est ce que les bureau de pays peuvent soumetre plusieur idées ou une seul', 'fr'],
    ['se puede presentar más de una idea por oficina?', 'es'],
    ['how many ideas can one CO submitt', 'en'],
  ])('answers %j with what the call says of ideas per office', (question, language) => {
    expect(['submit-second-idea', 'call-open-questions']).toContain(firstEntryFor(question, language));
  });
  // French "porter une idée" is leading one, submitting it; "porter sur" (be about) is not.
  itFindsFirst([
    ['Je suis sous contrat de courte durée : est-ce que je peux quand même porter une idée ?', 'fr', 'submit-who'],
    ["L'idée doit porter sur quel objectif ?", 'fr', 'objectives-overview'],
  ]);
  it("does not decline paying a company with the Centre's money, compared with UNICEF's fund", () => {
    const question = "Avec le fonds d'innovation de l'UNICEF on pouvait payer une start-up locale. Est-ce qu'on peut sous-traiter une partie du projet à une entreprise privée avec l'argent du Centre ?";
    expect(index.search(question, 'fr').kind).not.toBe('off-topic');
  });
  it.each<[string, 'en' | 'fr' | 'es']>([
    // The question points back at the funder, or does not say it is about the Hub.
    ["We applied to UNICEF's innovation fund last year. When is their deadline this year?", 'en'],
    ["We applied to UNICEF's innovation fund last year. When is the deadline?", 'en'],
    // A concept note is a funder's first step, as a proposal to it is.
    ['Can you help me draft a concept note to ECHO for a shelter project in the MENA region?', 'en'],
    ['¿Me ayudas con una nota conceptual para el PNUD?', 'es'],
  ])('declines %j', (question, language) => {
    expect(index.search(question, language).kind).toBe('off-topic');
  });
});

describe('FAQ search on what blind batch 35 asked', () => {
  // A consultant saying what they are asks who may take part (a consultant a project hires is what
  // the grant pays: see blind batch 33); a sub-office is the submitters' question, which now says
  // the call leaves it open; an idea sent twice is the one-idea entry; money left unspent is what the
  // grant pays for; not making the clinics asks whether they are mandatory; French "quand même" is
  // "still", not "when".
  itFindsFirst([
    ['soy consultor, puedo participar en la convocatoria de innovacion?', 'es', 'submit-who'],
    ["I'm a consultant, can I join a team applying to the Hub?", 'en', 'submit-who'],
    ['Can a sub-office submit an idea on its own?', 'en', 'submit-who'],
    ['jai soumis mon idee deux fois par erreur, cest grave ?', 'fr', 'submit-second-idea'],
    // (the tag "dos ideas" kept beside "twice": a reviewer found "¿Podemos presentar dos ideas?" lost without it)
    ['¿Podemos presentar dos ideas?', 'es', 'submit-second-idea'],
    ['I clicked submit twice by mistake, is that a problem?', 'en', 'submit-second-idea'],
    ['If we only spend 60k of an 80k award, what happens to the rest of the money?', 'en', 'funding-use'],
    ["If we can't make any of the clinics after shortlisting, is our proposal out?", 'en', 'clinics-who'],
    ["On a raté le 25 octobre de deux jours, est-ce qu'on peut quand même envoyer notre idée ?", 'fr', 'timeline-late-submission'],
  ]);
  it('still reads "can the grant pay a consultant" as what the grant pays', () => {
    const result = index.search('can the grant pay for a consultant?', 'en');
    expect(result.kind === 'answer' ? result.entryId : result.kind === 'unsure' ? result.candidates[0] : result.kind).toBe('funding-use');
  });
});

describe('FAQ search on what blind batch 34 asked', () => {
  // A product bought as it is ("off-the-shelf", "already on the market") is the novelty criterion's question.
  itFindsFirst([
    [
      'We want caseworkers to use an off-the-shelf translation app to talk with returnees in their own language. Since the app is already on the market, would reviewers see it as not original enough?',
      'en',
      'criterion-novelty',
    ],
  ]);
});

describe('FAQ search on what blind batch 33 asked', () => {
  // Not being picked, said as staff say it ("aren't picked", "miss out", "no nos eligen"), is the
  // feedback and the next call the call leaves open, and being told why is feedback; going through
  // to the next phase is the shortlist; an officer in charge (OIC) signs as the head of office does.
  itFindsFirst([
    ['If we aren\'t picked this time, will anyone explain why?', 'en', 'call-open-questions'],
    ['Si no nos eligen, ¿nos van a decir en qué fallamos?', 'es', 'call-open-questions'],
    ['Is there going to be another round next year if we miss out on this one?', 'en', 'call-open-questions'],
    ['Et si notre idée est non retenue, aura-t-on un retour ?', 'fr', 'call-open-questions'],
    ['ya mandamos la idea, cuando sabremos si pasamos a la siguiente fase', 'es', 'timeline-shortlist'],
    ['can the OIC submit the idea form for the CO?', 'en', 'submit-endorsement'],
  ]);
});

describe('FAQ search on what blind batch 32 asked', () => {
  // Laptops beside the grant's money ask what it pays for (as salaries do), not IT support.
  it('does not decline laptops bought with the grant, and still declines a broken laptop', () => {
    expect(index.search('can we by laptops and a generater for the pilot with the grant money', 'en').kind).not.toBe('off-topic');
    expect(index.search('my laptop is broken, who do I call?', 'en').kind).toBe('off-topic');
  });
});

describe('FAQ search on what blind batch 31 asked', () => {
  // The difference between the idea and the full proposal is the two-round selection (asked in seven
  // batches); the French call page's own words ("transposition à plus grande échelle", "cours
  // pratiques en tête-à-tête") are its criterion and its clinics; "themselves" says nothing of which
  // entry ("can they submit it themselves?" is not the migrants' own entry).
  itFindsFirst([
    ['idea vs full proposal difference', 'en', 'review-process'],
    ['diferencia idea propuesta completa', 'es', 'review-process'],
    ['différence idée proposition détaillée', 'fr', 'review-process'],
    ['Que veut dire concrètement « transposition à plus grande échelle » dans les critères ?', 'fr', 'criterion-scaling'],
    ['Our local NGO partner in Ecuador came up with the idea. Can they submit it themselves?', 'en', 'submit-external-organisations'],
  ]);

  it('reads the French call page\'s name for the clinics as the clinics', () => {
    expect(index.explain('cours pratiques en tête-à-tête', 'fr').chosen.terms).toContain('_clinic');
  });
});

describe('FAQ search on what blind batch 30 asked', () => {
  // Whether the webinars come before the idea deadline is the webinars' question; how many
  // deadlines there are is the timeline; a project "étendu à d'autres pays" is scaling; "propo" is a
  // proposal in French chat.
  itFindsFirst([
    ['Is the webinar before or after the idea deadline?', 'en', 'resources-webinars'],
    ['¿El seminario web es antes o después de la fecha límite para las ideas?', 'es', 'resources-webinars'],
    ['How many deadlines are there in total, one for ideas and another for proposals?', 'en', 'timeline-overview'],
    ["Comment le Centre juge-t-il si un projet peut être étendu à d'autres pays ?", 'fr', 'criterion-scaling'],
    ['c koi la date limite pr la propo detaillee', 'fr', 'timeline-proposal-deadline'],
    // ...and the webinars' question does not take the deadline's own (a first wording of it did,
    // found by a user trial: "cuando es la fecha limite" got the webinars).
    ['when is the deadline?', 'en', 'timeline-idea-deadline'],
    ['cuando es la fecha limite', 'es', 'timeline-idea-deadline'],
    ['¿cuándo es la fecha límite?', 'es', 'timeline-idea-deadline'],
    ['quand est la date limite ?', 'fr', 'timeline-idea-deadline'],
  ]);
});

describe('FAQ search on what blind batch 29 asked', () => {
  // Coaching while writing the proposal is the clinics; Spanish "mandar" is to send; "sostenible"
  // is the sustainability criterion as "sostenibilidad" is; a staff member by their contract asks
  // who may submit (and is told the call sets no condition on it).
  itFindsFirst([
    ['Our idea made the shortlist. Can we get some coaching while we write the full proposal?', 'en', 'clinics-what'],
    ['Nuestra idea quedó preseleccionada. ¿Hay talleres o asesorías para preparar la propuesta completa?', 'es', 'clinics-what'],
    ['la oficina de pais tiene q mandar la propuesta o la manda la sede??', 'es', 'submit-who'],
    ['¿Qué quiere decir que el proyecto tiene que ser sostenible según los criterios?', 'es', 'criterion-sustainability'],
    ['projet durable critère', 'fr', 'criterion-sustainability'],
    ["I'm national staff in a country office. Am I allowed to put forward an idea or is this only for international staff?", 'en', 'submit-who'],
    ["Je fais partie du personnel national, est-ce que j'ai le droit de proposer une idée ?", 'fr', 'submit-who'],
    ['Soy personal nacional de la OIM, ¿puedo participar en la convocatoria?', 'es', 'submit-who'],
    ["Before I endorse my team's idea, what criteria will the reviewers judge it on?", 'en', 'criteria-overview'],
    // ...but not what says when the question is about; English "durable" is hard-wearing.
    ['Before the shortlist is announced, can we book a clinic?', 'en', 'clinics-who'],
    ['Is a durable water pump an allowed cost?', 'en', 'funding-use'],
  ]);

  it.each<['en' | 'fr' | 'es', string]>([
    ['en', 'no condition on the contract of those in the team'],
    ['fr', 'aucune condition quant au contrat des membres de l’équipe'],
    ['es', 'ninguna condición al contrato de quienes forman el equipo'],
  ])('tells staff in %s that their contract is no condition', (language, words) => {
    expect(knowledgeBase.byId.get('submit-who')!.answer[language]).toContain(words);
  });

  it('still reads the staff a project pays as pay, not as who may apply', () => {
    expect(firstEntryFor("can the financement d'amorçage cover national staff salaries?", 'en')).toBe('funding-use');
  });
});

describe('FAQ search on what blind batch 28 asked', () => {
  // "Do no harm" in each language is the sustainability criterion; asking what something means says
  // nothing of which entry.
  itFindsFirst([
    ["¿Qué quiere decir que el proyecto debe 'no hacer daño'?", 'es', 'criterion-sustainability'],
    ["Le principe « ne pas nuire » fait-il partie de l'évaluation des projets ?", 'fr', 'criterion-sustainability'],
  ]);
});

describe('FAQ search on what blind batch 27 asked', () => {
  // "dept" is a department; an idea "put forward" is submitted; reports owed while a project runs
  // and how often ("cada cuánto" asks a frequency, not an amount) are among what the call does not settle.
  itFindsFirst([
    ['HQ dept eligibility submit', 'en', 'submit-hq-department'],
    ['we are a small CO in the Sahel with no innovation person, can we still put an idea forward?', 'en', 'submit-who'],
    ['¿hay que mandar informes durante el proyecto? ¿cada cuánto?', 'es', 'call-open-questions'],
    ['will funded projects have to send progress reports', 'en', 'call-open-questions'],
    ['Quick one: is there a minimum amount we have to request?', 'en', 'funding-amount'],
  ]);
});

describe('FAQ search on what blind batch 26 asked', () => {
  // "Reproduced elsewhere" is scaling one's own project; the dates in the plural are the timeline
  // (and what to "keep in mind" says nothing of which); a second call is a next call.
  itFindsFirst([
    ["le projet doit pouvoir être reproduit dans d'autres pays ?", 'fr', 'criterion-scaling'],
    ['qué fechas tengo que tener en cuenta', 'es', 'timeline-overview'],
    ['which dates should we keep in mind', 'en', 'timeline-overview'],
    ['will there be a second call next year?', 'en', 'call-open-questions'],
    ['y si no nos preseleccionan, podemos volver a intentar', 'es', 'call-open-questions'],
  ]);
});

describe('FAQ search on what blind batch 13 asked', () => {
  // Co-funding has its entry (the call does not settle it); a next call is among what the call
  // does not settle; taking a tool from elsewhere is the novelty criterion's question; GBV is
  // protection, under the objective on saving lives.
  itFindsFirst([
    ['can other donors top up our grant?', 'en', 'funding-co-funding'],
    ["est-ce qu'un bailleur peut compléter le financement ?", 'fr', 'funding-co-funding'],
    ['is there a next round if we are not picked', 'en', 'call-open-questions'],
    ['habrá otra convocatoria el año que viene?', 'es', 'call-open-questions'],
    ['we are reusing an app that already runs in Kenya, does that count', 'en', 'criterion-novelty'],
    ["reprendre une solution existante d'un autre bureau, c'est accepté ?", 'fr', 'criterion-novelty'],
    ['podemos reutilizar una herramienta que ya existe en otro país?', 'es', 'criterion-novelty'],
    ['a GBV referral idea, which objective is that', 'en', 'objective-saving-lives'],
  ]);
});

describe('FAQ search on the webinars', () => {
  // One entry owns the webinars; the launch's answer mentions them without claiming the question.
  itFindsFirst([
    ['webinar dates?', 'en', 'resources-webinars'],
    ['are there info webinars on how to apply and when are they', 'en', 'resources-webinars'],
    ['les webinaires sont quand', 'fr', 'resources-webinars'],
    ['cuándo son los seminarios web', 'es', 'resources-webinars'],
    ['when does the call open', 'en', 'timeline-launch'],
  ]);
});

describe('FAQ search on who reviews', () => {
  // The committee pre-selects both ideas and full proposals; how the selection runs is another entry.
  itFindsFirst([
    ['who is doing the preselection of ideas', 'en', 'review-committee'],
    ['qui sélectionne les propositions complètes', 'fr', 'review-committee'],
    ['quiénes preseleccionan las ideas', 'es', 'review-committee'],
    ['how does the pre-selection work', 'en', 'review-process'],
  ]);
});

describe('FAQ search on whether something must be done', () => {
  // "Compulsory", "optional", "facultatif", "obligatorio": one question, however it is put.
  itFindsFirst([
    ['are the one-on-one clinics compulsory', 'en', 'clinics-who'],
    ['is it optional to join the workshops', 'en', 'clinics-who'],
    ['la participation aux cliniques est facultative ?', 'fr', 'clinics-who'],
    ['les ateliers de renforcement des capacités sont obligatoires ?', 'fr', 'clinics-who'],
    ['es obligatorio ir a los talleres', 'es', 'clinics-who'],
    ['is english mandatory', 'en', 'submission-language'],
  ]);
});

describe('FAQ search on what the grant may pay for', () => {
  // What "can be funded" is what the grant pays for; whether an idea "will be funded" is not.
  itFindsFirst([
    ['what can be funded', 'en', 'funding-use'],
    ['what kind of costs can be covered', 'en', 'funding-use'],
    ['est-ce que les salaires peuvent être financés', 'fr', 'funding-use'],
    ['qué puede ser financiado', 'es', 'funding-use'],
  ]);
});

describe('FAQ search on a criterion named by its adjective', () => {
  itFindsFirst([
    ['¿Qué significa que el proyecto sea accesible y participativo?', 'es', 'criterion-accessibility'],
    ['does the project need to be accessible', 'en', 'criterion-accessibility'],
  ]);
});

describe('FAQ search on who and when asked after a preposition', () => {
  itFindsFirst([
    ["les cliniques c'est pour qui", 'fr', 'clinics-who'],
    ['la décision finale est prise par qui', 'fr', 'review-approval'],
    ['en qué momento se anuncian los resultados', 'es', 'timeline-funding-announcement'],
  ]);
});

describe('FAQ search on a whole list asked for', () => {
  // "The three objectives" asks for the list; "two objectives" alone asks whether an idea may serve several.
  itFindsFirst([
    ['What are the three strategic objectives a project has to fit under?', 'en', 'objectives-overview'],
    ['Quels sont les trois objectifs stratégiques auxquels un projet doit contribuer ?', 'fr', 'objectives-overview'],
    ['the four priorities', 'en', 'priorities-overview'],
    ['our idea serves two objectives, ok?', 'en', 'objectives-several'],
    // "Tous les" before something the call does not list asks no list (a reviewer's example).
    ['Est-ce que tous les candidats recevront une réponse ?', 'fr', 'submit-after'],
  ]);
});

describe('FAQ search on which item of a list a described project fits', () => {
  // Asked which objective or priority a project fits, the item its description names comes first
  // (the list stays among the candidates); with nothing described, or the item named, nothing moves.
  itFindsFirst([
    ['Our office runs GBV case management in the camps and wants to try a referral app. Which strategic objective is that?', 'en', 'objective-saving-lives'],
    ['We want returnees to get their skills certified through an app. Which objective would this be under?', 'en', 'objective-solutions-displacement'],
    ['solar lamps for the displacement sites, which cross-cutting priority does it match', 'en', 'priority-environment'],
    ['Nous voulons aider les personnes de retour à se réinsérer grâce à des coopératives. Ça entre dans quel objectif ?', 'fr', 'objective-solutions-displacement'],
    ['Queremos una app de remesas para la diáspora. ¿En qué objetivo encaja?', 'es', 'objective-regular-pathways'],
    ['Which strategic objectives are there?', 'en', 'objectives-overview'],
    ['quelles sont les priorités transversales utilisées pour classer les projets', 'fr', 'priorities-overview'],
    ['¿qué criterios de innovación se usan?', 'es', 'criteria-overview'],
    ['que veut dire le critère accessibilité', 'fr', 'criterion-accessibility'],
  ]);

  it('shows the item first with the list beside it, as a hedged answer', () => {
    const result = index.search('Our office runs GBV case management in the camps and wants to try a referral app. Which strategic objective is that?', 'en');
    expect(result).toMatchObject({ kind: 'unsure', candidates: expect.arrayContaining(['objectives-overview']) });
    if (result.kind === 'unsure') expect(result.candidates[0]).toBe('objective-saving-lives');
  });

  // A reviewer's examples: the whole list asked for, or "que" and "what" that ask no "which one",
  // or another subject leading; the list or that subject stays first.
  itFindsFirst([
    ['what are all the objectives? we work on water and sanitation', 'en', 'objectives-overview'],
    ['¿cuáles son los objetivos? trabajamos en agua y saneamiento', 'es', 'objectives-overview'],
    ['¿cuáles son todas las prioridades? nuestro proyecto recicla plástico', 'es', 'priorities-overview'],
    ['what are the four priorities? our project uses solar energy', 'en', 'priorities-overview'],
    ["quel est le budget maximum pour un projet de retour volontaire, quel que soit l'objectif", 'fr', 'funding-amount'],
  ]);
});

describe("FAQ search on the words of the call's own items", () => {
  // An objective's or priority's description (in the call file) is part of the answer its reader
  // sees: these words are named only there.
  itFindsFirst([
    ['is water and sanitation covered', 'en', 'objective-saving-lives'],
    ['un projet sur les droits fonciers des déplacés est-il éligible ?', 'fr', 'objective-solutions-displacement'],
    ['¿un proyecto sobre contaminación entra?', 'es', 'priority-environment'],
  ]);
});

describe('FAQ search on a sum outside the funding range', () => {
  // A sum past the maximum (or under the minimum) asks whether it is allowed, not how much there is.
  itFindsFirst([
    ['is 95k ok for the budget', 'en', 'funding-outside-range'],
    ['¿podemos pedir 90.000 dólares para el piloto?', 'es', 'funding-outside-range'],
    ["notre budget est de 30 000 USD, c'est trop peu ?", 'fr', 'funding-outside-range'],
    ['can we ask for 60,000 USD', 'en', 'funding-amount'],
  ]);
});

describe('FAQ search on a message that tells its context before it asks', () => {
  // The question ranks the entries; the story (partners, groups, the office's work) weighs less.
  itFindsFirst([
    ['Hi, I work at the CO in Tunis with youth groups and universities on livelihoods. Is there still time to send an idea?', 'en', 'timeline-idea-deadline'],
    ["Bonjour, notre bureau travaille avec des coopératives de femmes migrantes sur l'emploi. Jusqu'à quand peut-on envoyer une idée ?", 'fr', 'timeline-idea-deadline'],
  ]);
});

describe('FAQ search on who may submit, however the Hub is named', () => {
  it.each<[string, 'en' | 'fr' | 'es']>([
    ['Who can submit an idea to the Innovation Hub call?', 'en'],
    ["bonjour, qui peut soumettre une idée au Centre pour l'innovation ?", 'fr'],
    ['¿Quién puede presentar ideas al Centro de Innovación de la OIM?', 'es'],
    // Applying for the funding is still applying: not who the funding benefits.
    ['who can apply for funding', 'en'],
    ['qui peut deposer une demande de financement', 'fr'],
    ['¿quién puede solicitar financiación?', 'es'],
  ])('answers %j with who may submit', (question, language) => {
    expect(firstEntryFor(question, language)).toBe('submit-who');
  });
});

describe('FAQ search on the evaluation set', () => {
  it(`finds the right entry for at least ${GATES.minOnTopicAccuracy * 100}% of on-topic questions`, () => {
    const accuracy = report.onTopic.right / report.onTopic.total;
    // The report names every failure with what the index saw: far more useful than two numbers.
    if (accuracy < GATES.minOnTopicAccuracy) throw new Error(formatReport(report, index));
    expect(accuracy).toBeGreaterThanOrEqual(GATES.minOnTopicAccuracy);
  });

  it('declines every off-topic question', () => {
    const notDeclined = report.outcomes
      .filter((outcome) => isOffTopic(outcome.item) && !outcome.correct)
      .map((outcome) => ({ q: outcome.item.q, got: outcome.result }));
    expect(notDeclined).toEqual([]);
  });

  it(`answers confidently but wrongly at most ${GATES.maxConfidentlyWrong * 100}% of on-topic questions`, () => {
    expect(report.confidentlyWrong.right / report.confidentlyWrong.total).toBeLessThanOrEqual(GATES.maxConfidentlyWrong);
  });

  it('declines no question about the call', () => {
    const declined = report.outcomes.filter((outcome) => !isOffTopic(outcome.item) && outcome.result.kind === 'off-topic').map((outcome) => outcome.item.q);
    expect(declined).toEqual([]);
  });

  it('passes every gate', () => {
    expect(failedGates(report)).toEqual([]);
  });
});

describe('FAQ search on whether a government can receive the funding', () => {
  // A plain "Yes" read as if a ministry could apply on its own: the answer says the project is IOM's.
  it.each<[string, 'en' | 'fr' | 'es', string]>([
    ['can a ministry receive hub money', 'en', 'led by IOM'],
    ['un ministère peut-il recevoir le financement ?', 'fr', 'mené par l’OIM'],
    ['¿un ministerio puede recibir los fondos?', 'es', 'dirigido por la OIM'],
  ])('answers %j with the project led by IOM', (question, language, words) => {
    const entryId = firstEntryFor(question, language);
    expect(entryId).toBe('aim-migration-governance');
    expect(knowledgeBase.byId.get(entryId)!.answer[language]).toContain(words);
  });
});

describe('FAQ search on words blind batch 25 showed', () => {
  // A currency sign is money; "before or after" asks when; ideas are screened by the reviewers.
  itFindsFirst([
    ['hw much $$ can we get per projct', 'en', 'funding-amount'],
    ['combien de € par projet', 'fr', 'funding-amount'],
    ['¿los clinics one-on-one son antes o después del shortlist?', 'es', 'timeline-clinics'],
    ['Who actually reads and screens the ideas that come in?', 'en', 'review-committee'],
    // A later round is a next call (blind batch 24).
    ["Our idea wasn't retained. Can we resubmit it in a later round?", 'en', 'call-open-questions'],
  ]);
});

describe('FAQ search on Spanish "califica"', () => {
  it('reads it as qualifying, not as a misspelt "clínica" (blind batch 25)', () => {
    const { terms } = index.explain('Si no estamos seguros de que nuestra idea califica, ¿a quién le podemos escribir?', 'es').chosen;
    expect(terms).toContain('_eligible');
    expect(terms).not.toContain('_clinic');
  });
});
