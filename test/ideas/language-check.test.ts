import { MIN_WORDS_FOR_LANGUAGE_CHECK, nonEnglishWarning } from '../../src/ideas';

/**
 * The English-only warning, tuned on sentences of the kind IOM offices write: English full of
 * acronyms, place names and names of partner organisations in other languages must stay quiet;
 * whole sentences in another language must warn.
 */

describe('nonEnglishWarning', () => {
  it('names the language of a short text by its own small words when the detector says a neighbour', () => {
    // A Spanish title was said to be Portuguese (user trial): "de" and "para" are both, "la" is Spanish.
    expect(nonEnglishWarning('Plataforma de datos para la diáspora')).toEqual({ detected: 'es' });
    expect(nonEnglishWarning('Plataforma de dados para a diáspora')).toEqual({ detected: 'pt' });
  });

  it('does not count markup as words: a six-word title in tags is judged as the short title it is', () => {
    // Counted, the tags' letters made it a long text, judged without the small-words rule.
    expect(nonEnglishWarning('<b>Kiosques</b> <i>solaires</i> <b>jeunes</b> <i>déplacés</i> <b>retour</b> <i>Sahel</i>')).toBeUndefined();
    expect(nonEnglishWarning('<b>Kiosques</b> <i>solaires</i> pour les <b>jeunes</b> <i>déplacés</i>')).toEqual({ detected: 'fr' });
  });

  it.each([
    'We will build a mobile app that helps migrants find health services near them.',
    'The IOM DTM team in Kampala will pilot the e-waste model with UNHCR and WFP partners.',
    'Migrants face barriers to health care because clinics are far and costly.',
    'Displaced families in Borno State lose newborns because the nearest neonatal unit is a day away.',
    'Results will be measured through monthly DTM surveys, KoBo forms and an end-line evaluation.',
    'Partners include the Ministry of Health, UNICEF, Makerere University and two local cooperatives.',
    'Currently, labour migrants pay recruitment fees of up to USD 3,000 and arrive in debt.',
    'The pilot will reach 5,000 households in Maiduguri, Yola and Damaturu over twelve months.',
    'Accessibility: the kiosk has audio guidance, sign language videos and large fonts.',
    'Do no harm: we assessed risks of exclusion and put in place a complaints mechanism (AAP).',
    'ok so basically the idea is to make an app for migrants to get jobs',
    // A headline of nouns has no small words to tell its language by (a Playground trial: this
    // title was called Spanish, and IKM saw the warning on the PDF).
    '**Solar** e-waste <b>recycling</b> hubs [a link](http://x.y)',
    'Circular e-waste model Uganda camps refugees',
  ])('stays quiet on English: %s', (text) => {
    expect(nonEnglishWarning(text)).toBeUndefined();
  });

  it.each([
    'The Centro de Atención al Migrante in Tapachula will host the pilot together with local NGOs.',
    'We will partner with the Universidad Nacional de Colombia and the Red de Mujeres Migrantes.',
    'Fiche de suivi, carnet de santé and other paper forms are lost when families move, so we will digitise them with the Ministère de la Santé.',
    'Staff at the Oficina Nacional de Migración de Panamá will use the tool at the Estación de Recepción Migratoria de Lajas Blancas.',
    'We will work with the slogan "Juntos somos más" in every community meeting we organise across the three provinces of the project.',
  ])('stays quiet on English naming places and partners in other languages: %s', (text) => {
    expect(nonEnglishWarning(text)).toBeUndefined();
  });

  it.each([
    ['fr', 'Nous allons créer une application mobile qui aide les migrants à trouver des services de santé.'],
    ['fr', 'Le bureau de l’OIM au Niger travaillera avec les autorités locales et les associations de jeunes.'],
    ['es', 'Vamos a crear una aplicación móvil que ayude a los migrantes a encontrar servicios de salud.'],
    ['es', 'Los resultados se medirán cada trimestre mediante encuestas a los hogares.'],
    // A short title shows its language by its small words.
    ['fr', 'Kiosques solaires pour les jeunes déplacés'],
    ['pt', 'As famílias deslocadas perdem os seus documentos e não conseguem provar os seus direitos à terra.'],
    ['pt', 'Um modelo circular de resíduos eletrónicos para os campos de deslocados no norte de Moçambique, gerido por mulheres.'],
    ['ar', 'سنقوم ببناء تطبيق للهاتف المحمول يساعد المهاجرين في العثور على الخدمات الصحية'],
    ['ar', 'نموذج دائري للنفايات الإلكترونية في مخيمات النازحين تديره النساء من المجتمع المحلي'],
    ['ru', 'Мы создадим мобильное приложение, которое поможет мигрантам найти медицинские услуги.'],
    ['uk', 'Ми створимо мобільний застосунок, який допоможе мігрантам знайти медичні послуги поблизу.'],
    ['it', 'Creeremo un’applicazione mobile che aiuta i migranti a trovare servizi sanitari vicini.'],
    ['de', 'Wir entwickeln eine mobile App, die Migranten hilft, Gesundheitsdienste in ihrer Nähe zu finden.'],
    ['tr', 'Göçmenlerin yakındaki sağlık hizmetlerini bulmasına yardımcı olan bir mobil uygulama geliştireceğiz.'],
  ])('warns on %s: %s', (language, text) => {
    expect(nonEnglishWarning(text)).toEqual({ detected: language });
  });

  describe('mixed text', () => {
    it('warns when a good part is in another language', () => {
      const text =
        'Our solution: a circular e-waste model. Nous collecterons les téléphones cassés dans le camp, réparerons ce qui peut l’être et recyclerons le reste avec des coopératives de femmes.';
      expect(nonEnglishWarning(text)).toEqual({ detected: 'fr' });
    });

    it('names the language of most of the foreign text', () => {
      const text =
        'Problem: migrants lack information. Los migrantes no saben dónde encontrar servicios de salud ni cómo inscribirse en el sistema nacional. Tampoco conocen sus derechos laborales en el país de destino.';
      expect(nonEnglishWarning(text)).toEqual({ detected: 'es' });
    });

    it('stays quiet when a short foreign sentence sits in a long English text', () => {
      const text = [
        'Young refugees in Kiryandongo will run two repair hubs for phones and solar lamps.',
        'They will recover parts, sell refurbished lamps and train new members every six months.',
        'The hubs will keep waste out of the soil and water around the settlement.',
        'Como dicen ellos: reparar es resistir.',
      ].join(' ');
      expect(nonEnglishWarning(text)).toBeUndefined();
    });

    it('warns on a French paragraph with a few English technical words', () => {
      const text =
        'Le projet utilisera le machine learning et une plateforme de data analytics pour prévoir les déplacements liés aux inondations dans la région de Tillabéri.';
      expect(nonEnglishWarning(text)).toEqual({ detected: 'fr' });
    });
  });

  describe('short texts and noise never warn', () => {
    it.each([
      'Circular e-waste model',
      'Sistema de alerta temprana',
      'Modèle circulaire de déchets électroniques',
      'Migrant-led repair cafés in Kampala, Gulu and Arua',
      'Ambulatory neonatal care system for remote areas',
      'IOM DTM GBV MHPSS AAP PSEA UNHCR WFP UNICEF',
      'USD 60,000 / 12 months / 2025-02-01 / https://www.iom.int / ikm@iom.int',
      '',
      '   ',
    ])('%j', (text) => {
      expect(nonEnglishWarning(text)).toBeUndefined();
    });

    it(`needs ${MIN_WORDS_FOR_LANGUAGE_CHECK} words once acronyms and numbers are removed`, () => {
      expect(nonEnglishWarning('Les familles perdent leurs documents')).toBeUndefined();
      expect(nonEnglishWarning('Les familles déplacées perdent leurs documents')).toEqual({ detected: 'fr' });
      expect(nonEnglishWarning('OIM DTM 2024 : familles déplacées perdent documents')).toBeUndefined();
    });
  });
});
