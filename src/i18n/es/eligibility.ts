import type { eligibility as en } from '../en/eligibility';

/** Comprobación de elegibilidad y autoevaluación de la innovación, en español (misma forma que `en`). */

const meses = (n: number) => (n === 1 ? '1 mes' : `${n} meses`);

export const eligibility: typeof en = {
  closed: (p) =>
    `Las ideas para esta convocatoria se cerraron el ${p.date}, así que ya no hay nada que comprobar. Las preguntas sobre la convocatoria, a ${p.mailbox}; escriba «menú» para ver lo que aún puedo hacer.`,
  title: 'Comprobación de elegibilidad',
  intro: 'Unas preguntas rápidas para ver si su idea encaja en la convocatoria. No se envía nada.',

  questions: {
    submitter: {
      prompt: '¿Quién presentará la idea?',
      notIom: 'Otra persona o entidad: socio, gobierno, ONG o particular',
    },
    coordinatingOffice: {
      prompt:
        'Los departamentos de la Sede presentan junto con una oficina de país o regional. ¿Con qué oficina trabajan?',
      placeholder: 'p. ej., OIM Uganda',
      skip: 'Aún no acordado',
      retry: (p) => `${p.field}: escriba el nombre de la oficina (de ${p.min} a ${p.max} caracteres).`,
    },
    objectives: {
      prompt: '¿A qué objetivos estratégicos contribuye la idea? Elija todos los que correspondan.',
      noneOfThese: 'Ninguno de estos',
      retry: (p) => `${p.field}: elija de la lista, o «Ninguno de estos».`,
    },
    budget: {
      prompt: (p) =>
        `¿Cuánta financiación solicitarán, en ${p.currency}? La convocatoria financia de ${p.min} a ${p.max} por proyecto.`,
      placeholder: 'p. ej., 60000',
      retry: (p) => `${p.field}: escriba un importe entero en cifras, por ejemplo 60000.`,
      tooHigh: (p) =>
        `${p.field}: ${p.amount} es mucho más de lo que financia la convocatoria (de ${p.min} a ${p.max} por proyecto). Escriba el importe que solicitarán.`,
    },
    duration: {
      prompt: (p) => `¿Cuántos meses durará el proyecto? El límite es de ${meses(p.maxMonths)}.`,
      placeholder: 'p. ej., 12',
      retry: (p) => `${p.field}: escriba un número entero de meses en cifras, por ejemplo 12.`,
      tooLong: (p) =>
        `${p.field}: ${p.months} meses son más de diez años, y el límite de la convocatoria es de ${meses(p.maxMonths)}. Escriba cuántos meses durará el proyecto.`,
    },
    chooseOne: (p) => `${p.field}: elija una de las opciones.`,
    language: {
      prompt: '¿En qué idioma redactarán la presentación?',
      options: { en: 'Inglés', fr: 'Francés', es: 'Español', other: 'Otro idioma' },
    },
  },

  languageNames: { en: 'inglés', fr: 'francés', es: 'español', other: 'otro idioma' },

  ruleNames: {
    submitter: 'Quién presenta',
    coordination: 'Oficina de coordinación',
    objectives: 'Objetivos estratégicos',
    budget: 'Presupuesto',
    duration: 'Duración',
    language: 'Idioma',
    deadline: 'Plazo',
  },
  outcomeLabels: { pass: 'Correcto', fixable: 'Por cambiar', fail: 'No es posible' },
  fixLabel: 'Qué hacer',

  overall: {
    eligible: {
      title: 'Su idea encaja en la convocatoria',
      summary: 'Se cumplen todas las condiciones. Puede empezar el formulario de ideas.',
    },
    'not-yet': {
      title: 'Todavía no',
      summary: 'Conviene revisar algunas respuestas, y todas se pueden corregir: vea abajo qué hacer.',
    },
    'not-eligible': {
      title: 'No es elegible para esta convocatoria',
      summary: 'Al menos una condición no puede cumplirse en esta convocatoria. Vea abajo por qué.',
    },
  },
  contact: (p) => `¿Preguntas? Escriba a la ${p.unit}: ${p.mailbox}.`,

  rules: {
    'submitter.iom-office': {
      reason: (p) => `${p.submitterKind}: puede presentar ideas a esta convocatoria.`,
    },
    'submitter.not-iom': {
      reason: () =>
        'Solo las oficinas de la OIM pueden presentar ideas al Centro; socios, gobiernos, ONG y particulares no pueden hacerlo directamente.',
      fix: () => 'Lleve la idea a una oficina de país o regional de la OIM y pídale que la presente.',
    },
    'submitter.unknown-kind': {
      reason: (p) => `«${p.submitterKind}» no figura entre las oficinas que acepta esta convocatoria.`,
      fix: () => 'Elija de nuevo entre los tipos de oficina de esta convocatoria.',
    },
    'coordination.not-needed': {
      reason: () => 'No hace falta una oficina de coordinación.',
    },
    'coordination.named': {
      reason: (p) => `En coordinación con: ${p.coordinatingOffice}.`,
    },
    'coordination.missing': {
      reason: (p) =>
        `${p.submitterKind}: la idea se presenta junto con una oficina de país o regional, y todavía no se ha indicado ninguna.`,
      fix: () => 'Pónganse de acuerdo con la oficina de país o regional correspondiente e indiquen su nombre.',
    },
    'objectives.chosen': {
      reason: (p) =>
        p.count === 1 ? `Contribuye a un objetivo: ${p.objectives}.` : `Contribuye a ${p.count} objetivos: ${p.objectives}.`,
    },
    'objectives.none': {
      reason: () => 'No se ha elegido ningún objetivo estratégico: cada idea debe contribuir al menos a uno.',
      fix: (p) => `Elija al menos uno: ${p.available}.`,
    },
    'objectives.unknown': {
      reason: (p) => `No son objetivos de esta convocatoria: ${p.unknown}.`,
      fix: (p) => `Elija de nuevo entre los objetivos de esta convocatoria: ${p.available}.`,
    },
    'budget.within': {
      reason: (p) => `${p.amount} está dentro del rango de ${p.min} a ${p.max}.`,
    },
    'budget.too-low': {
      reason: (p) => `${p.amount} queda ${p.gap} por debajo del mínimo de ${p.min}.`,
      fix: (p) => `Prevea una solicitud de entre ${p.min} y ${p.max}.`,
    },
    'budget.too-high': {
      reason: (p) => `${p.amount} supera en ${p.gap} el máximo de ${p.max}.`,
      fix: (p) => `Ajuste la solicitud a un importe de entre ${p.min} y ${p.max}, por ejemplo acotando el alcance.`,
    },
    'duration.within': {
      reason: (p) => `${meses(p.months)}, dentro del límite de ${meses(p.maxMonths)}.`,
    },
    'duration.too-long': {
      reason: (p) => `${meses(p.months)} supera en ${meses(p.overMonths)} el límite de ${meses(p.maxMonths)}.`,
      fix: (p) => `Planifique el proyecto para que termine en ${meses(p.maxMonths)} como máximo.`,
    },
    'language.matches': {
      reason: (p) => `Presentación en ${p.required}, el idioma de esta convocatoria.`,
    },
    'language.other': {
      reason: (p) => `Esta convocatoria solo acepta presentaciones en ${p.required}.`,
      fix: (p) => `Redacte la idea, y después la propuesta, en ${p.required}.`,
    },
    'deadline.open': {
      reason: (p) => `Se aceptan ideas hasta el ${p.deadline}.`,
    },
    'deadline.not-yet-open': {
      reason: (p) => `La convocatoria aún no está abierta: se abre el ${p.opensOn}.`,
      fix: (p) => `Vuelva a partir del ${p.opensOn}; las ideas se reciben hasta el ${p.deadline}.`,
    },
    'deadline.closed': {
      reason: (p) => `La convocatoria de ideas se cerró el ${p.closedOn}.`,
      fix: () => 'Guarde la idea para una próxima convocatoria; la unidad IKM puede decirle cuándo se abrirá.',
    },
  },

  selfAssessment: {
    title: 'Autoevaluación de la innovación',
    intro: (p) =>
      `Opcional: ${p.count} preguntas breves sobre lo que mira la selección. Sus respuestas no cambian el resultado de elegibilidad.`,
    answers: { yes: 'Sí', partly: 'En parte', no: 'No' },
    strengths: { strong: 'Sólido', developing: 'En desarrollo', weak: 'Débil', unanswered: 'Sin responder' },
    criteria: {
      novelty: {
        question: '¿Su enfoque es nuevo, y no una copia de lo que ya se hace?',
        feedback: {
          yes: 'Explique qué existe hoy y qué hace distinto su enfoque: ese contraste es lo que buscan los evaluadores.',
          partly: 'Precise qué parte es nueva, compárela con lo que ya hacen la OIM y otros, y construya la idea en torno a ella.',
          no: 'Un enfoque conocido puede ser nuevo si el contexto o los usuarios lo son: diga qué cambia. Si nada cambia, replantee la idea.',
        },
      },
      effectiveness: {
        question: '¿Traerá una mejora clara y medible respecto de cómo se hacen hoy las cosas?',
        feedback: {
          yes: 'Respáldela con una cifra de partida y uno o dos indicadores que medirán durante el proyecto.',
          partly: 'Elija un resultado que puedan medir dentro del plazo del proyecto, y diga cómo lo medirán.',
          no: 'Diga qué será mejor que hoy, para quién y en qué medida; sin eso, la idea no se puede valorar.',
        },
      },
      sustainability: {
        question: '¿Puede continuar cuando termine la financiación inicial, sin perjudicar a las personas ni al medio ambiente?',
        feedback: {
          yes: 'Indique quién la mantendrá y la financiará después del proyecto, y qué riesgos de daño han revisado.',
          partly: 'Esboce cómo continuará (responsable, fondos, socios) y enumere los posibles daños y cómo los evitarán.',
          no: 'Planifique el después de la financiación, por ejemplo con un socio o una partida presupuestaria, y compruebe que la idea no perjudica a nadie ni al medio ambiente.',
        },
      },
      'accessibility-participation': {
        question:
          '¿Pueden usarla todas las personas a las que se dirige, sin importar dónde vivan, sus ingresos, su género o su situación, y participan en su diseño?',
        feedback: {
          yes: 'Describa cómo las personas destinatarias dieron forma a la idea y cómo eliminan las barreras de acceso.',
          partly: 'Prevea su participación en el diseño y las pruebas, y reduzca las barreras que algunas enfrentan: costo, distancia, idioma, discapacidad.',
          no: 'Involucre pronto a los futuros usuarios y diseñe pensando en quienes son más difíciles de alcanzar.',
        },
      },
      'transformation-scaling': {
        question: '¿Podría funcionar en otros lugares o sectores, y saben qué le impediría crecer?',
        feedback: {
          yes: 'Indique adónde podría llegar después y cómo superarán los obstáculos para ampliarse.',
          partly: 'Enumere lo que necesita para funcionar en otro lugar y el principal obstáculo para ampliarse, con un primer paso para superarlo.',
          no: 'Mire más allá del piloto: ¿dónde más podría servir y qué tendría que cambiar para que se extienda?',
        },
      },
    },
    generic: {
      question: (p) => `${p.title}: ${p.description} ¿Su idea lo cumple?`,
      feedback: {
        yes: 'Un punto fuerte. Demuéstrelo con datos en el formulario de ideas.',
        partly: 'En parte. Diga qué falta y cómo lo resolverán.',
        no: 'Todavía no. Trabaje este punto antes de presentar la idea; la selección lo tiene en cuenta.',
      },
    },
    unanswered: 'Piénselo antes de redactar la idea.',
    summary: (p) =>
      p.strong === 1
        ? `1 de ${p.total} criterios parece sólido.`
        : `${p.strong} de ${p.total} criterios parecen sólidos.`,
  },

  closing: {
    offer: 'Con sus respuestas podemos completar la primera parte del formulario.',
    checksPass: 'Se cumplen todas las condiciones.',
    submitted: (p) => `Su idea ya está presentada, con la referencia ${p.reference}: cada persona presenta una idea por convocatoria.`,
    ideasClosed: 'El plazo de las ideas ha vencido: ya no se puede empezar una idea nueva.',
    startIdeaForm: 'Empezar mi idea con estas respuestas',
    selfAssessment: 'Hacer la autoevaluación de la innovación',
    changeAnswers: 'Cambiar mis respuestas',
  },
};
