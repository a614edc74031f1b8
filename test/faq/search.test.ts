import {
  DEFAULT_FAQ_THRESHOLDS,
  type FaqSearchResult,
  type SearchableFaqEntry,
  createFaqIndex,
  editDistance,
  namesAnotherProgrammesCall,
  questionSentences,
} from '../../src/faq/search';
import { type FaqLanguage, analyze, foldAccents, isStopWord, looksLikeQuestion, stem, words } from '../../src/faq/text-normalize';

/**
 * A small knowledge base of the same shape as `content/faq`, so the search's unit tests do not move
 * when the real answers are reworded. The evaluation (`eval.test.ts`) runs on the real base.
 */
const FIXTURE_ENTRIES: SearchableFaqEntry[] = [
  {
    id: 'funding-amount',
    tags: ['funding', 'amount', 'budget'],
    questions: {
      en: ['How much funding can a project receive?', 'What is the funding amount per project?'],
      fr: ['Quel est le montant du financement par projet ?', 'Combien un projet peut-il recevoir ?'],
      es: ['¿Cuánta financiación puede recibir un proyecto?', '¿Cuál es el monto de la financiación?'],
    },
    answer: {
      en: 'Each selected project receives between {fundingMin} and {fundingMax}.',
      fr: 'Chaque projet sélectionné reçoit entre {fundingMin} et {fundingMax}.',
      es: 'Cada proyecto seleccionado recibe entre {fundingMin} y {fundingMax}.',
    },
    related: ['project-duration', 'who-can-submit'],
  },
  {
    id: 'project-duration',
    tags: ['duration', 'months'],
    questions: {
      en: ['How long can a project last?', 'What is the maximum project duration?'],
      fr: ['Combien de temps peut durer un projet ?', 'Quelle est la durée maximale ?'],
      es: ['¿Cuánto tiempo puede durar un proyecto?', '¿Cuál es la duración máxima?'],
    },
    answer: {
      en: 'A project lasts {maxMonths} at most.',
      fr: 'Un projet dure {maxMonths} au plus.',
      es: 'Un proyecto dura {maxMonths} como máximo.',
    },
  },
  {
    id: 'who-can-submit',
    tags: ['eligibility', 'submitter', 'office'],
    questions: {
      en: ['Who can submit an idea?', 'Can an NGO or a government apply?'],
      fr: ['Qui peut soumettre une idée ?', 'Une ONG ou un gouvernement peut-il postuler ?'],
      es: ['¿Quién puede presentar una idea?', '¿Puede postular una ONG o un gobierno?'],
    },
    answer: {
      en: 'Only IOM offices, or Headquarters departments together with a country or regional office.',
      fr: 'Seuls les bureaux de l’OIM, ou les départements du siège avec un bureau de pays ou régional.',
      es: 'Solo las oficinas de la OIM, o los departamentos de la sede junto con una oficina de país o regional.',
    },
  },
  {
    id: 'idea-deadline',
    tags: ['deadline', 'timeline', 'ideas'],
    questions: {
      en: ['What is the deadline for submitting ideas?', 'When must ideas be submitted?'],
      fr: ['Quelle est la date limite pour soumettre une idée ?', 'Quand faut-il soumettre les idées ?'],
      es: ['¿Cuál es el plazo para presentar ideas?', '¿Cuándo hay que presentar las ideas?'],
    },
    answer: {
      en: 'Ideas are due on {ideaDeadline} through the idea submission form.',
      fr: 'Les idées sont attendues le {ideaDeadline} via le formulaire de soumission.',
      es: 'Las ideas deben presentarse el {ideaDeadline} mediante el formulario.',
    },
    related: ['proposal-deadline'],
  },
  {
    id: 'proposal-deadline',
    tags: ['deadline', 'timeline', 'proposals'],
    questions: {
      en: ['When is the deadline for full proposals?', 'When are full proposals due?'],
      fr: ['Quelle est la date limite des propositions complètes ?'],
      es: ['¿Cuál es el plazo para las propuestas completas?'],
    },
    answer: {
      en: 'Shortlisted teams submit their full proposal by {proposalDeadline}.',
      fr: 'Les équipes présélectionnées soumettent leur proposition complète avant le {proposalDeadline}.',
      es: 'Los equipos preseleccionados presentan su propuesta completa antes del {proposalDeadline}.',
    },
    related: ['idea-deadline'],
  },
  {
    id: 'english-only',
    tags: ['language', 'english'],
    questions: {
      en: ['In which language must we submit?', 'Can we write our idea in French or Spanish?'],
      fr: ['Dans quelle langue faut-il soumettre ?', 'Peut-on écrire notre idée en français ?'],
      es: ['¿En qué idioma hay que presentar?', '¿Podemos escribir la idea en español?'],
    },
    answer: {
      en: 'Ideas and proposals are accepted in English only.',
      fr: 'Les idées et propositions sont acceptées en anglais uniquement.',
      es: 'Las ideas y propuestas se aceptan solo en inglés.',
    },
  },
  {
    id: 'clinics-workshops',
    tags: ['clinics', 'workshops', 'coaching'],
    questions: {
      en: ['What are the one-on-one clinics?', 'Are there workshops to develop proposals?'],
      fr: ['Que sont les cliniques individuelles ?', 'Y a-t-il des ateliers pour développer les propositions ?'],
      es: ['¿Qué son las clínicas individuales?', '¿Hay talleres para desarrollar las propuestas?'],
    },
    answer: {
      en: 'Shortlisted teams may book optional clinics and workshops with specialists and the IKM unit.',
      fr: 'Les équipes présélectionnées peuvent réserver des cliniques et des ateliers facultatifs.',
      es: 'Los equipos preseleccionados pueden reservar clínicas y talleres opcionales.',
    },
  },
  {
    id: 'contact',
    tags: ['contact', 'email', 'ikm'],
    questions: {
      en: ['How can I contact the Innovation Hub team?', 'What is the email address of IKM?'],
      fr: ['Comment contacter l’équipe du Centre d’innovation ?', 'Quelle est l’adresse courriel d’IKM ?'],
      es: ['¿Cómo contacto al equipo del Centro de Innovación?', '¿Cuál es el correo de IKM?'],
    },
    answer: {
      en: 'Write to {contactEmail}.',
      fr: 'Écrivez à {contactEmail}.',
      es: 'Escriba a {contactEmail}.',
    },
  },
];

const index = createFaqIndex(FIXTURE_ENTRIES);

/** The entry id a query is answered with, `unsure:<first candidate>` or `off-topic`. */
function outcome(query: string, language: FaqLanguage): string {
  const result: FaqSearchResult = index.search(query, language);
  switch (result.kind) {
    case 'answer':
      return result.entryId;
    case 'unsure':
      return `unsure:${result.candidates[0]}`;
    case 'off-topic':
      return 'off-topic';
  }
}

describe('normalisation', () => {
  it('folds case and accents and splits punctuation, apostrophes and hyphens', () => {
    expect(foldAccents('Échéance DÉLAI Sí')).toBe('echeance delai si');
    expect(words("L'OIM finance-t-elle des ONG ?")).toEqual(['l', 'oim', 'finance', 't', 'elle', 'des', 'ong']);
    expect(words('¿Cuál es el monto?')).toEqual(['cual', 'es', 'el', 'monto']);
  });

  it('joins thousands separators so amounts stay one number', () => {
    expect(words('USD 50,000 or 80 000 or 80.000')).toEqual(['usd', '50000', 'or', '80000', 'or', '80000']);
  });

  it('reads a sum said in words as dictation writes it (blind batch 36), and only a sum', () => {
    expect(words('cent mille dollars')).toEqual(['100k', 'dollars']);
    expect(words('can we get eighty thousand dollars?')).toEqual(['can', 'we', 'get', '80k', 'dollars']);
    expect(words('ochenta mil dólares')).toEqual(['80k', 'dolares']);
    expect(words('quatre-vingt-dix mille USD ?')).toEqual(['90k', 'usd']);
    // A count is no sum; "cent" alone is no hundred.
    expect(words('a hundred thousand migrants')).toEqual(['100', 'thousand', 'migrants']);
    expect(words('cent dollars')).toEqual(['cent', 'dollars']);
    // A sum whose words start before the tens is left as words, never read as its last part.
    expect(words('one hundred and fifty thousand dollars')).not.toContain('50k');
    expect(words('deux cent mille')).not.toContain('100k');
    expect(words('ciento cincuenta mil')).not.toContain('50k');
  });

  it('reads a currency sign as money, and the current year as no length of time', () => {
    expect(words('$50k, 20 000 €')).toEqual(['money', '50k', '20000', 'money']);
    expect(analyze('how many projects will be funded this year', 'en')).not.toContain('_duration');
    expect(analyze('combien de projets cette année', 'fr')).not.toContain('_duration');
    expect(analyze('un proyecto de dos años', 'es')).toContain('_duration');
  });

  it('reads a country office as one office, not as a country and an office', () => {
    expect(analyze('our country office', 'en')).toEqual(['_office']);
    expect(analyze('le bureau de pays', 'fr')).toEqual(['_office']);
    expect(analyze('la oficina de país', 'es')).toEqual(['_office']);
    expect(analyze('which country benefits', 'en')).toContain('countri');
  });

  it('reads "how long can it last" in Spanish as a length of time, and feedback in any language as one thing', () => {
    expect(analyze('¿Cuánto puede durar un proyecto?', 'es')).toContain('_duration');
    expect(analyze('¿Cuánto puede durar un proyecto?', 'es')).not.toContain('_amount');
    expect(analyze('¿hay retroalimentación?', 'es')).toEqual(['_feedback']);
    expect(analyze('do we get feedback', 'en')).toContain('_feedback');
  });

  it('reads a sum of money as a question about the amount, not about the currency', () => {
    expect(analyze('could we ask for USD 100k?', 'en')).toEqual(['ask', '_funding', '_amount']);
    expect(analyze('Peut-on demander 30 000 dollars ?', 'fr')).toContain('_amount');
    expect(analyze('Peut-on demander 30 000 dollars ?', 'fr')).not.toContain('_currency');
    expect(analyze('is the grant paid in US dollars', 'en')).toContain('_currency');
    expect(analyze('deadline 2024', 'en')).not.toContain('_amount');
  });

  it("reads a sum outside the call's funding range as asking past the limit or below it, not how much there is", () => {
    const limits = { funding: { min: 50_000, max: 80_000 }, maxDurationMonths: 12 };
    // Past the maximum (a length past the longest duration is `_exceed` too: the sum names the limit,
    // a budget's).
    expect(analyze('could we ask for USD 100k?', 'en', { limits })).toEqual(['ask', '_funding', '_exceed', '_maximum', 'budget']);
    expect(analyze('can i get 100k', 'en', { limits })).toEqual(['_funding', '_exceed', '_maximum', 'budget']);
    // A figure with the word for a thousand is a sum: "100 mille", "20 mil".
    expect(analyze('peut-on avoir 100 mille dollars', 'fr', { limits })).toContain('_exceed');
    expect(analyze('podemos pedir 20 mil dolares', 'es', { limits })).toContain('_below');
    // A thousand of anything else stays a count: no sum, no limit.
    expect(analyze('our project will reach 10 thousand migrants', 'en', { limits })).not.toContain('_funding');
    expect(analyze('el proyecto llegará a 20 mil migrantes', 'es', { limits })).not.toContain('_below');
    expect(analyze('can we get 90 thousand?', 'en', { limits })).toContain('_exceed');
        // "More than 10k" says what is exceeded; it asks for nothing below the minimum.
    expect(analyze('una orden de compra de más de 10 mil USD', 'es', { limits })).not.toContain('_below');
    expect(analyze('could we request only 30k', 'en', { limits })).not.toContain('_amount');
    expect(analyze('could we request only 30k', 'en', { limits })).toContain('_below');
    expect(analyze('Peut-on demander 150 000 dollars ?', 'fr', { limits })).toContain('_exceed');
    const inside = analyze('can we ask for 60,000 USD', 'en', { limits });
    expect(inside).toContain('_amount');
    expect(inside).not.toContain('_exceed');
    expect(inside).not.toContain('_below');
    // "More than" the maximum itself asks past it; more than a sum inside the range does not.
    expect(analyze('on peut demander plus de 80 000 $ ?', 'fr', { limits })).toContain('_exceed');
    expect(analyze('can we ask for over USD 80,000', 'en', { limits })).toContain('_exceed');
    expect(analyze('can we ask for 80,000', 'en', { limits })).not.toContain('_exceed');
    expect(analyze('plus de 60 000 dollars', 'fr', { limits })).not.toContain('_exceed');
  });

  it('reads a "green light" or a "feu vert" as an approval, not as the environment', () => {
    expect(analyze("do we need the RO's green light", 'en')).toContain('_approval');
    expect(analyze("do we need the RO's green light", 'en')).not.toContain('_environment');
    expect(analyze('il faut le feu vert du chef de mission', 'fr')).toContain('_approval');
    expect(analyze('a green energy project', 'en')).toContain('_environment');
  });

  it('tells a question from an answer typed beside a form: question words, French inversion, an auxiliary before its subject', () => {
    for (const question of ['when is the deadline', 'can we apply from HQ', 'peut-on soumettre deux idées', 'cuándo cierra', 'Quel est le montant', 'is the form in English', "I'd like to know the budget", 'je voudrais savoir la date limite', 'dime la fecha']) {
      expect([question, looksLikeQuestion(question)]).toEqual([question, true]);
    }
    for (const answer of ['Es una plataforma para jóvenes migrantes', 'May 2025', 'Como parte del programa', 'Ou bien le bureau de Dakar', 'Solar kiosks for returnees']) {
      expect([answer, looksLikeQuestion(answer)]).toEqual([answer, false]);
    }
  });

  it('reads cost-sharing as co-funding, in the three languages', () => {
    expect(analyze('can we use cost-sharing', 'en')).toContain('_cofunding');
    expect(analyze('un partage des coûts avec un bailleur', 'fr')).toContain('_cofunding');
    expect(analyze('con costos compartidos', 'es')).toContain('_cofunding');
  });

  it('reads "combien de projets", "cuántos proyectos" as a count of things, not an amount of money', () => {
    expect(analyze("combien d'idées par bureau", 'fr')).not.toContain('_amount');
    expect(analyze('cuántos proyectos van a financiar', 'es')).not.toContain('_amount');
    expect(analyze('combien de financement peut-on obtenir', 'fr')).toContain('_amount');
    expect(analyze("c'est combien ?", 'fr')).toContain('_amount');
    expect(analyze('combien de temps dure un projet', 'fr')).toContain('_duration');
    // What follows says whether it is money: the grant, a currency, resources, thousands.
    for (const [money, language] of [['combien de subvention peut-on obtenir', 'fr'], ['combien de CHF', 'fr'], ['cuántos miles de dólares', 'es'], ['cuántos recursos hay', 'es']] as const) {
      expect([money, analyze(money, language)]).toEqual([money, expect.arrayContaining(['_amount'])]);
    }
  });

  it("reads a length past the call's longest duration as asking past the limit", () => {
    const limits = { funding: { min: 50_000, max: 80_000 }, maxDurationMonths: 12 };
    for (const [text, language] of [
      ['our pilot realistically needs 18 months', 'en'],
      ['a 2 year project', 'en'],
      ['le projet a besoin de 24 mois', 'fr'],
      ['necesitamos 18 meses', 'es'],
      ['un proyecto de 2 años', 'es'],
    ] as const) {
      expect(analyze(text, language, { limits })).toContain('_exceed');
    }
    for (const [text, language] of [['a 6 month pilot', 'en'], ['12 mois', 'fr'], ['1 año', 'es'], ['18 participants', 'en']] as const) {
      expect(analyze(text, language, { limits })).not.toContain('_exceed');
    }
    expect(analyze('our pilot needs 18 months', 'en')).not.toContain('_exceed');
  });

  it('drops stop words of the language only', () => {
    expect(isStopWord('the', 'en')).toBe(true);
    expect(isStopWord('les', 'fr')).toBe(true);
    expect(isStopWord('los', 'es')).toBe(true);
    expect(isStopWord('les', 'en')).toBe(false);
    expect(analyze('What is the project about?', 'en')).toEqual(['project']);
  });

  it('stems French the same with or without accents', () => {
    expect(stem('éligibilité', 'fr')).toBe(stem('eligibilite', 'fr'));
    expect(stem('sélection', 'fr')).toBe(stem('selection', 'fr'));
    expect(stem('projets', 'fr')).toBe(stem('projet', 'fr'));
    expect(analyze('Les critères de sélection', 'fr')).toEqual(analyze('criteres selection', 'fr'));
  });

  it('stems Spanish "-ción" words typed without the accent', () => {
    expect(stem('presentacion', 'es')).toBe(stem('presentación', 'es'));
    expect(stem('innovaciones', 'es')).toBe(stem('innovación', 'es'));
    expect(stem('propuestas', 'es')).toBe(stem('propuesta', 'es'));
    expect(stem('Proyectos', 'es')).toBe(stem('proyecto', 'es'));
  });

  it('stems English inflections together', () => {
    expect(stem('proposals', 'en')).toBe(stem('proposal', 'en'));
    expect(stem('workshops', 'en')).toBe(stem('workshop', 'en'));
  });

  it('maps synonyms in any language to one concept term, phrases included', () => {
    const deadline = ['_deadline'];
    expect(analyze('due date', 'en')).toEqual(deadline);
    expect(analyze('closing date', 'en')).toEqual(deadline);
    expect(analyze('la date limite', 'fr')).toEqual(deadline);
    expect(analyze('el plazo', 'es')).toEqual(deadline);
    expect(analyze('fecha de cierre', 'es')).toEqual(deadline);
    for (const money of ['money', 'funds', 'grant', 'financement', 'fonds', 'financiación', 'dinero']) {
      expect(analyze(money, 'en')).toEqual(['_funding']);
    }
    expect(analyze('NGO', 'en')).toEqual(analyze('ONG', 'fr'));
    expect(analyze('HQ', 'en')).toEqual(analyze('siège', 'fr'));
    expect(analyze('sede', 'es')).toEqual(analyze('headquarters', 'en'));
    // Partners and the groups the gender priority names read alike in every language.
    expect(analyze('alianzas', 'es')).toEqual(analyze('partnerships', 'en'));
    expect(analyze('partenaires', 'fr')).toEqual(['_partner']);
    expect(analyze('women', 'en')).toEqual(['_gender']);
    expect(analyze('femmes', 'fr')).toEqual(['_gender']);
    expect(analyze('mujeres', 'es')).toEqual(['_gender']);
    expect(analyze('escalable', 'es')).toEqual(['_scale']);
    expect(analyze('mis à l’échelle', 'fr')).toEqual(['_scale']);
    expect(analyze('CHF', 'en')).toEqual(['_currency']);
    expect(analyze('overheads', 'en')).toContain('_spend');
    expect(analyze('frais généraux', 'fr')).toContain('_spend');
    expect(analyze('costos indirectos', 'es')).toContain('_spend');
    // "OSC" is also a civil-society organisation in French and Spanish; "asociados" is "associated".
    expect(analyze('las OSC', 'es')).not.toContain('_spend');
    expect(analyze('costos asociados', 'es')).not.toContain('_partner');
    // Extending is not scaling: "ampliar el plazo" is about a longer deadline.
    expect(analyze('ampliar el plazo', 'es')).not.toContain('_scale');
  });

  it('reads buying or paying for something as spending, in each language, and being paid as not', () => {
    expect(analyze('buy motorbikes', 'en')).toEqual(analyze('spend motorbikes', 'en'));
    expect(analyze('pay for a consultant', 'en')).toContain('_spend');
    expect(analyze('acheter un véhicule', 'fr')).toContain('_spend');
    expect(analyze('comprar computadoras', 'es')).toContain('_spend');
    expect(analyze('cuándo pagan el sueldo', 'es')).not.toContain('_spend');
  });

  it('reads asking a question as one concept in each language, and asking for money as not', () => {
    for (const [text, language] of [['where can I ask questions', 'en'], ['où poser des questions', 'fr'], ['dónde puedo hacer preguntas', 'es']] as const) {
      expect(analyze(text, language)).toContain('_asking');
    }
    expect(analyze('can we ask for 100k', 'en')).not.toContain('_asking');
    expect(analyze('peut-on demander 100 000 USD', 'fr')).not.toContain('_asking');
  });

  it('keeps "fonds" (funds) apart from "fond" (bottom): synonyms match words before stemming', () => {
    expect(analyze('fonds', 'fr')).toEqual(['_funding']);
    expect(analyze('fond', 'fr')).not.toEqual(['_funding']);
  });

  it('drops chatty filler phrases', () => {
    expect(analyze('Can you tell me the deadline please', 'en')).toEqual(['_deadline']);
    expect(analyze("S'il vous plaît, je voudrais savoir la date limite", 'fr')).toEqual(['_deadline']);
    expect(analyze('Por favor, quisiera saber el plazo', 'es')).toEqual(['_deadline']);
  });

  it('turns a phrase listed under two concepts into both terms', () => {
    expect(analyze('dollars', 'en').sort()).toEqual(['_currency', '_funding']);
  });

  it('keeps synonyms that hold in one language to that language', () => {
    // French "j'ai" (I have) is not AI; Spanish "personal" is staff, English "personal" is not.
    expect(analyze('AI projects', 'en')).toContain('_ai');
    expect(analyze("j'ai une idée", 'fr')).not.toContain('_ai');
    expect(analyze('personal', 'es')).toEqual(['_staff']);
    expect(analyze('personal', 'en')).not.toContain('_staff');
  });

  it('drops the courtesies of a formal message, which say nothing of its subject (blind batch 53)', () => {
    expect(analyze('Dear colleagues, could you kindly confirm whether the deadline is in Geneva time? Best regards', 'en')).not.toContain('kindli');
    expect(analyze('May I ask if the deadline moved?', 'en')).not.toContain('ask');
    expect(analyze('Je me permets de vous écrire pour savoir si la date limite a changé. Cordialement', 'fr')).not.toContain('permet');
    expect(analyze('Les agradecería que me indicaran si el plazo cambió. Saludos cordiales', 'es')).not.toContain('agradeceri');
  });

  it('reads French "what happens" as one thing, apart from a deadline that has passed or an office gone through', () => {
    expect(analyze('que se passe-t-il après ?', 'fr')).toContain('_happen');
    expect(analyze("tant que la date limite n'est pas passée", 'fr')).not.toContain('_happen');
    expect(analyze('sans passer par le bureau de pays', 'fr')).toEqual(['_office']);
  });

  it('reads the assistant\'s reminders as one thing in every language, apart from the deadline they come before', () => {
    for (const [text, language] of [['rappels avant échéance', 'fr'], ['deadline reminders', 'en'], ['recordatorios del plazo', 'es']] as const) {
      expect(analyze(text, language)).toContain('_reminder');
    }
  });

  it('reads "remind me" before a question word as asking to be told again, not for a reminder', () => {
    for (const [text, language] of [['remind me what the maximum is', 'en'], ['could you remind us again when proposals are due', 'en'], ['avísame cuál es el plazo', 'es']] as const) {
      expect(analyze(text, language)).not.toContain('_reminder');
    }
    for (const [text, language] of [['remind me before the deadline', 'en'], ['can you ping me the day before', 'en'], ['me puedes avisar antes del plazo', 'es']] as const) {
      expect(analyze(text, language)).toContain('_reminder');
    }
  });

  it('reads French "qui" as "who" only when it opens the question', () => {
    expect(analyze('Qui peut soumettre ?', 'fr')).toEqual(['_who', '_submit']);
    expect(analyze('Les projets qui durent', 'fr')).not.toContain('_who');
  });

  it('applies a spelling correction before synonyms', () => {
    const correct = (word: string) => (word === 'dealine' ? 'deadline' : word);
    expect(analyze('dealine', 'en', { correct })).toEqual(['_deadline']);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('fundng', 'funding', 2)).toBe(1);
    expect(editDistance('deadlien', 'deadline', 2)).toBe(1);
    expect(editDistance('elegible', 'eligible', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('stops early above the budget', () => {
    expect(editDistance('football', 'funding', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('search', () => {
  it('answers a question asked again the same way, each time with a result of its own', () => {
    const first = index.search('How much money does a project get?', 'en');
    if (first.kind !== 'answer') throw new Error(`expected an answer, got ${first.kind}`);
    first.alternatives.push('changed-by-a-caller');
    const again = index.search('How much money does a project get?', 'en');
    expect(again).toEqual({ ...first, alternatives: first.alternatives.slice(0, -1) });
    expect(index.search('How much money does a project get?', 'fr').language).toBe('en');
  });

  it.each<[query: string, language: FaqLanguage, expected: string]>([
    ['How much money does a project get?', 'en', 'funding-amount'],
    ['What is the closing date for ideas?', 'en', 'idea-deadline'],
    ['Can an NGO apply?', 'en', 'who-can-submit'],
    ['Combien de temps dure un projet ?', 'fr', 'project-duration'],
    ['¿Podemos escribir en francés?', 'es', 'english-only'],
    ['plazo de las propuestas completas', 'es', 'proposal-deadline'],
    ['adresse e-mail', 'fr', 'contact'],
  ])('answers %j (%s) with %s', (query, language, expected) => {
    expect(outcome(query, language)).toBe(expected);
  });

  it.each<[query: string, language: FaqLanguage, expected: string]>([
    ['fundng amount', 'en', 'funding-amount'],
    ['dealine for ideas', 'en', 'idea-deadline'],
    ['wokshops for proposals', 'en', 'clinics-workshops'],
    ['finacement par projet', 'fr', 'funding-amount'],
    ['duracion maxima', 'es', 'project-duration'],
  ])('tolerates typos and missing accents: %j', (query, language, expected) => {
    expect(outcome(query, language)).toBe(expected);
  });

  it.each<[query: string, language: FaqLanguage, expected: string]>([
    ['Quelle est la date limite pour les idées ?', 'en', 'idea-deadline'],
    ['¿Cuánto dinero recibe un proyecto?', 'en', 'funding-amount'],
    ['What is the deadline for full proposals?', 'fr', 'proposal-deadline'],
    ["c'est quand la deadline des idées ?", 'fr', 'idea-deadline'],
  ])('finds %j asked in another language than the conversation (%s)', (query, language, expected) => {
    expect(outcome(query, language)).toBe(expected);
  });

  it('reads the query in the language that recognises most of its words, the asker\'s on a tie', () => {
    expect(index.explain('Quelle est la date limite pour les idées ?', 'en').chosen.language).toBe('fr');
    expect(index.explain('¿Cuál es el plazo para las ideas?', 'fr').chosen.language).toBe('es');
    // An English word alone is read in English, and answered in the asker's language.
    expect(index.explain('deadline', 'es').chosen.language).toBe('en');
    expect(index.search('deadline', 'es').language).toBe('es');
    const mixed = index.explain("c'est quoi la deadline des idées ?", 'en');
    expect(mixed.chosen.language).toBe('fr');
    expect(mixed.recognised.fr).toBeGreaterThan(mixed.recognised.en);
  });

  it('corrects typos, but never a known inflection nor into a word with another first letter', () => {
    const entry = FIXTURE_ENTRIES[0];
    const small = createFaqIndex([
      { ...entry, questions: { ...entry.questions, fr: ['Où trouver le formulaire ?'], es: ['¿Dónde nos inscribimos?'] } },
    ]);
    const termsOf = (query: string, language: FaqLanguage) => small.explain(query, language).chosen.terms;
    expect(termsOf('trouvr formulaire', 'fr')).toEqual([...termsOf('trouver', 'fr'), '_form']);
    // "prouver" (to prove) is a word of its own, not a typo of "trouver".
    expect(termsOf('prouver', 'fr')).toEqual(['prouv']);
    // "inscribo" is unknown as such but stems like "inscribimos": left alone.
    expect(termsOf('inscribo', 'es')).toEqual(termsOf('inscribimos', 'es'));
  });

  it('measures a correction on the stem: a shared ending does not make two words alike', () => {
    const entry = FIXTURE_ENTRIES[0];
    const small = createFaqIndex([{ ...entry, questions: { ...entry.questions, en: ['Is there coaching for teams?'] } }]);
    const termsOf = (query: string) => small.explain(query, 'en').chosen.terms;
    // "crashing" and "coaching" differ in two letters of eight, but in two of five without "-ing".
    expect(termsOf('crashing')).not.toEqual(termsOf('coaching'));
    expect(termsOf('coachng')).toEqual(termsOf('coaching'));
    // Another form of a synonym is read as that synonym, not corrected into another word
    // ("proposing" is not "proposito", the Spanish purpose).
    expect(termsOf('proposing')).not.toEqual(termsOf('purpose'));
    expect(termsOf('relaciona')).toEqual(termsOf('relacion'));
  });

  it('corrects a missed or doubled letter, even in a word too short for other corrections', () => {
    const entry = FIXTURE_ENTRIES[0];
    const small = createFaqIndex([{ ...entry, questions: { ...entry.questions, en: ['Who can apply to the committee?'] } }]);
    const termsOf = (query: string) => small.explain(query, 'en').chosen.terms;
    expect(termsOf('aply')).toEqual(termsOf('apply'));
    expect(termsOf('comittee')).toEqual(termsOf('committee'));
    expect(termsOf('commitee')).toEqual(termsOf('committee'));
    // Other slips in a four-letter word are left alone: too many words are one letter apart.
    expect(termsOf('appy')).not.toEqual(termsOf('apply'));
  });

  it('gives the entry, a confidence in 0..1, and related entries first among the alternatives', () => {
    const result = index.search('How much funding does a project get?', 'en');
    expect(result).toMatchObject({ kind: 'answer', entryId: 'funding-amount' });
    if (result.kind !== 'answer') return;
    expect(result.confidence).toBeGreaterThanOrEqual(DEFAULT_FAQ_THRESHOLDS.answer);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.score).toBeGreaterThan(0);
    expect(result.alternatives.slice(0, 2)).toEqual(['project-duration', 'who-can-submit']);
    expect(result.alternatives).not.toContain('funding-amount');
  });

  it.each<[string, FaqLanguage]>([
    ['What will the weather be in Geneva tomorrow?', 'en'],
    ['How do I book a visa appointment at IOM?', 'en'],
    ['What is the salary of an IOM staff member?', 'en'],
    ['Who won the football match last night?', 'en'],
    ['Write me a poem', 'en'],
    ['Quel temps fera-t-il demain ?', 'fr'],
    ['¿Cuál es el horario de la cafetería?', 'es'],
    ['hello', 'en'],
    ['', 'en'],
    ['?!', 'fr'],
  ])('declines %j as off-topic', (query, language) => {
    expect(index.search(query, language)).toMatchObject({ kind: 'off-topic' });
  });

  it('is less confident when two entries tie than when one is clearly ahead', () => {
    const tied = index.search('deadline', 'en');
    const clear = index.search('deadline for full proposals', 'en');
    expect(clear).toMatchObject({ kind: 'answer', entryId: 'proposal-deadline' });
    expect(tied.kind).toBe('answer');
    if (tied.kind !== 'answer' || clear.kind !== 'answer') return;
    expect(tied.confidence).toBeLessThan(clear.confidence);
    // The other deadline is offered beside the answer.
    expect([tied.entryId, ...tied.alternatives]).toEqual(expect.arrayContaining(['idea-deadline', 'proposal-deadline']));
  });

  it('is unsure below the answer threshold, listing the competing entries', () => {
    const cautious = createFaqIndex(FIXTURE_ENTRIES, { thresholds: { answer: 0.9 } });
    const result = cautious.search('deadline', 'en');
    expect(result.kind).toBe('unsure');
    if (result.kind !== 'unsure') return;
    expect(result.candidates.slice(0, 2).sort()).toEqual(['idea-deadline', 'proposal-deadline']);
    expect(result.confidence).toBeLessThan(0.9);
  });

  it('declines a query that shares a single word with the base among words it does not know', () => {
    // "Geneva" could be a word of the base; the weather is not.
    expect(index.search('weather forecast for the workshops', 'en')).toMatchObject({ kind: 'off-topic' });
  });

  it('is unsure, not dismissive, about a long question that names specifics the base never mentions', () => {
    const query = 'Can our office use the funding amount per project to buy motorbikes, generators and tents for outreach?';
    const result = index.search(query, 'en');
    expect(result).toMatchObject({ kind: 'unsure', candidates: expect.arrayContaining(['funding-amount']) });
    // Sharing several weighty terms with one entry keeps it about the call even with a word from
    // elsewhere in it; without that rule, such a word would have it declined.
    const travelling = 'Can our office use the funding amount per project to buy motorbikes and gym memberships for outreach?';
    expect(index.search(travelling, 'en')).toMatchObject({ kind: 'unsure' });
    const withoutRule = createFaqIndex(FIXTURE_ENTRIES, { thresholds: { manyMatchWeight: Infinity } });
    expect(withoutRule.search(travelling, 'en')).toMatchObject({ kind: 'off-topic' });
  });

  it('declines only with evidence of another subject: a question covering little of the base is answered with a hedge', () => {
    expect(index.search('sheduel of the call deadline thing', 'en')).toMatchObject({ kind: expect.stringMatching(/answer|unsure/) });
    expect(index.search('deadline for my annual leave request', 'en')).toMatchObject({ kind: 'off-topic' });
  });

  it('does not count the organisation, offices or dates as naming the call when a question says it is about something else', () => {
    // Half of each is covered by the base ("how long can a project last", "who can submit"), through
    // words any workplace question uses.
    expect(index.search('how long can my annual leave last', 'en')).toMatchObject({ kind: 'off-topic' });
    expect(index.search('who is on leave', 'en')).toMatchObject({ kind: 'off-topic' });
    // Naming one of the call's own concepts keeps it about the call.
    expect(index.search('funding amount per project for an office with staff on leave', 'en').kind).not.toBe('off-topic');
  });

  it('declines a question that says it is about something else and names only what any procedure has', () => {
    // Deadlines, submitting and reviews belong to every workplace procedure, not only to the call.
    expect(index.search('deadline to submit my annual performance review?', 'en')).toMatchObject({ kind: 'off-topic' });
    // "purchase" is spending the grant elsewhere, but here part of the other subject's words.
    expect(index.search('how do i raise a purchase request in SAP', 'en')).toMatchObject({ kind: 'off-topic' });
    expect(index.search('il va pleuvoir à genève demain ?', 'fr')).toMatchObject({ kind: 'off-topic' });
    expect(index.search('comment déclarer mes heures sup ce mois-ci', 'fr')).toMatchObject({ kind: 'off-topic' });
    expect(index.search("je dois renouveler mon laissez-passer ONU, je m'adresse à qui ?", 'fr')).toMatchObject({ kind: 'off-topic' });
    expect(index.search('¿va a llover mañana en Ginebra?', 'es')).toMatchObject({ kind: 'off-topic' });
    // The call's own subject keeps it about the call, even with a word from elsewhere.
    expect(index.search('what is the deadline for submitting ideas if I am on leave', 'en').kind).not.toBe('off-topic');
  });

  it("declines questions about another programme's call or deadline, even one of IOM's", () => {
    expect(index.search('whats the deadline for the IDF call this year', 'en')).toMatchObject({ kind: 'off-topic' });
    expect(index.search("date limite pour l'appel à projets innovation de l'AFD", 'fr')).toMatchObject({ kind: 'off-topic' });
    expect(index.search('IOM Development Fund deadline', 'en')).toMatchObject({ kind: 'off-topic' });
    expect(index.search('can we combine IDF funding with the Hub grant', 'en').kind).not.toBe('off-topic');
  });

  it("names another programme's call by initials that own it, asked about its dates", () => {
    const known = (word: string) => ['iom', 'co', 'hq', 'incked'].includes(word);
    expect(namesAnotherProgrammesCall("what's the deadline for the PBF call for proposals? our RO wants to apply", known)).toBe(true);
    expect(namesAnotherProgrammesCall('cuando cierra la convocatoria del BID Lab?', known)).toBe(true);
    expect(namesAnotherProgrammesCall("quand ferme l'appel de l'ECW ?", known)).toBe(true);
    // Initials the base uses, or the Hub named, with the same shape: not another programme.
    expect(namesAnotherProgrammesCall("what's the deadline for the CO call?", known)).toBe(false);
    expect(namesAnotherProgrammesCall("what's the deadline for the PBF call of the Hub?", known)).toBe(false);
    // Initials near "call" that do not own it, or a call asked about without its dates.
    expect(namesAnotherProgrammesCall("Date limite de l'appel SVP ?", known)).toBe(false);
    expect(namesAnotherProgrammesCall('Plazo de la convocatoria? URGENTE', known)).toBe(false);
    expect(namesAnotherProgrammesCall('does the call fund GBV projects? deadline?', known)).toBe(false);
    expect(namesAnotherProgrammesCall('DRC call eligibility?', known)).toBe(false);
    expect(index.search('cuando cierra la convocatoria del BID Lab?', 'es')).toMatchObject({ kind: 'off-topic' });
  });

  it('tells the sentences that ask from those that tell the context', () => {
    expect(questionSentences("Hi, I'm at the RO in Dakar. We have an idea on solar pumps. Is there still time to send it?")).toBe('Is there still time to send it?');
    expect(questionSentences('Notre bureau est à Dakar ! ¿Cuánto dinero? Et la durée ?')).toBe('¿Cuánto dinero? Et la durée ?');
    // What the asker will do before, up to its comma, is context too.
    expect(questionSentences("Before I endorse my team's idea, what criteria will the reviewers judge it on?")).toBe('what criteria will the reviewers judge it on?');
    expect(questionSentences('Avant de soumettre, faut-il une lettre de soutien ?')).toBe('faut-il une lettre de soutien ?');
    expect(questionSentences('Antes de enviar la idea: ¿cuál es el plazo?')).toBe('¿cuál es el plazo?');
    expect(questionSentences("Avant d’envoyer l'idée, faut-il une lettre ?")).toBe('faut-il une lettre ?');
    expect(questionSentences('Antes de enviarla, ¿cuál es el plazo?')).toBe('¿cuál es el plazo?');
    expect(questionSentences('Before submitting, do we need a letter?')).toBe('do we need a letter?');
    // Not what says when the question is about, nor a "before" inside the question.
    expect(questionSentences('Before the shortlist is announced, can we book a clinic?')).toBeUndefined();
    expect(questionSentences('Antes de la preselección, ¿podemos reservar?')).toBeUndefined();
    expect(questionSentences('Can we change it before the deadline, or not?')).toBeUndefined();
    // Nothing to tell apart: one sentence, every sentence asking, or no question mark at all.
    expect(questionSentences('deadline for ideas?')).toBeUndefined();
    expect(questionSentences('When is the deadline? How much funding?')).toBeUndefined();
    expect(questionSentences('we are in Dakar. deadline for ideas')).toBeUndefined();
    // A full stop inside a figure or after an abbreviation ends no sentence.
    expect(questionSentences('Can the budget go up to USD 1.5 million?')).toBeUndefined();
    expect(questionSentences('We need hardware, e.g. tablets. Can the grant pay for them?')).toBe('Can the grant pay for them?');
    expect(questionSentences('Tenemos ideas, p. ej. para un piloto?')).toBeUndefined();
    // A date ends its sentence: it abbreviates nothing.
    expect(questionSentences('I will be on leave from the 20th. When is the deadline?')).toBe('When is the deadline?');
    expect(questionSentences('Je serai absent à partir du 20. Quelle est la date limite ?')).toBe('Quelle est la date limite ?');
    // What the asker takes as known, up to a semicolon or a "but", is context (blind batch 53).
    expect(questionSentences('I understand the cap is 80k; can we ask for more if a donor co-funds?')).toBe('can we ask for more if a donor co-funds?');
    expect(questionSentences('I understand that governments benefit, but can a ministry submit?')).toBe('can a ministry submit?');
    expect(questionSentences('Entiendo que el tope es de 80.000 $; ¿se aceptan montos mayores?')).toBe('¿se aceptan montos mayores?');
    expect(questionSentences('Si je comprends bien, le minimum est de 50 000 ; faut-il un budget ?')).toBe('faut-il un budget ?');
    // A spaced dash ends what is told before the question; a pair of them sets a remark inside it.
    expect(questionSentences("I go on leave at the end of October — what's the last day I can send it?")).toBe("what's the last day I can send it?");
    expect(questionSentences('Would it count — say a tool for our CO — or must it serve migrants?')).toBeUndefined();
    // Not an assumption the question itself asks about, with no clause after it.
    expect(questionSentences('I understand the cap is 80k, is that right?')).toBeUndefined();
  });

  it('does not count the words of another subject as naming the call', () => {
    // "translate" is another subject ("translate this"), yet the submission's language is the call's.
    expect(index.search("Translate 'good morning' into German", 'en')).toMatchObject({ kind: 'off-topic' });
    expect(index.search('On peut soumettre en francais puis traduire plus tard ?', 'fr').kind).not.toBe('off-topic');
    expect(analyze('donante', 'es')).toEqual(['_funding', '_cofunding']);
    expect(analyze('bailleurs de fonds', 'fr')).toEqual(['_funding', '_cofunding']);
  });

  it('keeps co-funding from another organisation a question about the asker\'s project', () => {
    expect(index.search('Is co-funding from the European Union allowed?', 'en').kind).not.toBe('off-topic');
    expect(index.search("Un cofinancement de l'AFD est-il possible ?", 'fr').kind).not.toBe('off-topic');
    expect(index.search('the deadline of the European Union fund', 'en')).toMatchObject({ kind: 'off-topic' });
  });

  it("declines questions about another organisation's fund, not questions about working with it", () => {
    expect(index.search("is UNHCR's innovation fund still accepting applications?", 'en')).toMatchObject({ kind: 'off-topic' });
    expect(index.search("le PNUD a-t-il un fonds d'innovation pour les ONG ?", 'fr')).toMatchObject({ kind: 'off-topic' });
    expect(index.search('can UNHCR co-fund our project?', 'en').kind).not.toBe('off-topic');
    expect(index.search('does the Hub fund projects with UNICEF?', 'en').kind).not.toBe('off-topic');
  });

  it('answers in the language the question is clearly written in, else in the asker\'s', () => {
    expect(index.search('quand est la date limite des idées ?', 'en').language).toBe('fr');
    expect(index.search('deadline', 'fr').language).toBe('fr');
  });

  it('moves between answer, unsure and off-topic as the thresholds move', () => {
    const query = 'deadline';
    const strict = createFaqIndex(FIXTURE_ENTRIES, { thresholds: { answer: 0.99 } });
    const lenient = createFaqIndex(FIXTURE_ENTRIES, { thresholds: { answer: 0.01 } });
    const closed = createFaqIndex(FIXTURE_ENTRIES, { thresholds: { offTopicCoverage: 1.01 } });
    expect(strict.search(query, 'en').kind).toBe('unsure');
    expect(lenient.search(query, 'en').kind).toBe('answer');
    // Covering too little makes a question unsure; only a word from elsewhere makes it declined.
    expect(closed.search(query, 'en').kind).toBe('unsure');
    expect(closed.search('deadline of the weather forecast', 'en').kind).toBe('off-topic');
  });

  it('explains its decision: the analysis used and the hits of each language', () => {
    const trace = index.explain('date limite des idées', 'en');
    expect(trace.chosen.language).toBe('fr');
    expect(trace.chosen.terms).toEqual(['_deadline', '_idea']);
    expect(trace.chosen.hits[0]).toMatchObject({ id: 'idea-deadline', coverage: 1, matched: 2 });
    expect(index.decide(trace)).toEqual(index.search('date limite des idées', 'en'));
  });

  it('indexes an empty base without failing, and declines everything', () => {
    const empty = createFaqIndex([]);
    expect(empty.size).toBe(0);
    expect(empty.search('deadline', 'en')).toMatchObject({ kind: 'off-topic' });
  });
});
