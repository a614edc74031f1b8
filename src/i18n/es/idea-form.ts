import type { ideaForm as en } from '../en/idea-form';

/** El formulario de ideas en español (misma forma que el inglés). */
export const ideaForm: typeof en = {
  sections: {
    idea: { title: 'La idea', intro: 'Ponga nombre a su idea y vincúlela con los objetivos de la convocatoria.' },
    office: {
      title: 'Quién presenta',
      intro: 'La oficina de la OIM que presenta la idea y la persona a la que IKM debe contactar.',
    },
    solution: {
      title: 'Problema y solución',
      intro: 'El problema que quiere resolver, su respuesta y lo que tiene de nuevo.',
    },
    people: { title: 'Las personas', intro: 'Quién se beneficiará y cómo participa.' },
    results: {
      title: 'Resultados y sostenibilidad',
      intro: 'Qué cambiará, cómo perdurará y cómo podría crecer.',
    },
    budget: {
      title: 'Presupuesto y calendario',
      intro: 'Cuánta financiación inicial necesita, durante cuánto tiempo y cuándo empezaría.',
    },
  },

  fields: {
    title: {
      name: 'Título',
      label: (p) => `Título de la idea (hasta ${p.maxChars} caracteres)`,
      hint: 'Un nombre breve que diga qué hace la idea.',
    },
    objectives: {
      name: 'Objetivos estratégicos',
      label: () => 'Objetivos estratégicos a los que sirve la idea (al menos uno)',
      hint: 'Elija cada objetivo del Plan Estratégico de la OIM al que contribuye su idea.',
    },
    priorities: {
      name: 'Prioridades transversales',
      label: () => 'Prioridades transversales (opcional)',
      hint: 'Las prioridades sirven para clasificar las ideas: elija solo las que su idea aborda de verdad.',
    },
    officeType: {
      name: 'Tipo de oficina',
      label: () => '¿Quién presenta la idea?',
      hint: 'Solo las oficinas de la OIM pueden presentar ideas; los departamentos de la Sede lo hacen con una oficina de país o regional.',
    },
    officeName: {
      name: 'Oficina',
      label: (p) => `Nombre de la oficina o del departamento (hasta ${p.maxChars} caracteres)`,
      hint: 'Por ejemplo: OIM Uganda.',
    },
    countryOrRegion: {
      name: 'País o región',
      label: (p) => `País o región (hasta ${p.maxChars} caracteres)`,
      hint: 'Dónde se llevaría a cabo la idea.',
    },
    coordinatingOffice: {
      name: 'Oficina de coordinación',
      label: (p) => `Oficina de país o regional con la que trabaja (hasta ${p.maxChars} caracteres)`,
      hint: 'Los departamentos de la Sede presentan junto con la oficina de país o regional correspondiente.',
    },
    focalPointName: {
      name: 'Punto focal',
      label: (p) => `Nombre del punto focal (hasta ${p.maxChars} caracteres)`,
      hint: 'La persona a la que IKM contactará sobre esta idea.',
    },
    focalPointEmail: {
      name: 'Correo del punto focal',
      label: () => 'Correo electrónico del punto focal',
      hint: 'Preferiblemente una dirección @iom.int.',
    },
    problem: {
      name: 'El problema',
      label: (p) => `El problema (hasta ${p.maxWords} palabras)`,
      hint: '¿Qué problema enfrentan las personas migrantes, las comunidades o la OIM, y a quién afecta?',
    },
    solution: {
      name: 'La solución',
      label: (p) => `Su solución (hasta ${p.maxWords} palabras)`,
      hint: '¿Qué hará, cómo funcionará y para quién?',
    },
    novelty: {
      name: 'Qué tiene de nuevo',
      label: (p) => `Qué tiene de nuevo (hasta ${p.maxWords} palabras)`,
      hint: '¿En qué se diferencia de lo que ya existe?',
    },
    beneficiaryGroups: {
      name: 'Grupos beneficiarios',
      label: () => 'Quién se beneficiará (al menos un grupo)',
      hint: 'Elija los grupos a los que su idea presta especial atención.',
    },
    otherGroup: {
      name: 'Otro grupo',
      label: (p) => `¿Qué otro grupo? (hasta ${p.maxChars} caracteres)`,
      hint: 'Nombre el grupo diverso o vulnerable al que se refiere con «otro».',
    },
    participation: {
      name: 'Participación y accesibilidad',
      label: (p) => `Participación y accesibilidad (hasta ${p.maxWords} palabras)`,
      hint: '¿Cómo darán forma a la idea las personas a las que sirve, y cómo accederán a ella, sin importar su lugar, ingresos, género o capacidades?',
    },
    results: {
      name: 'Resultados esperados',
      label: (p) => `Resultados esperados y cómo los medirá (hasta ${p.maxWords} palabras)`,
      hint: '¿Qué cambiará durante el proyecto y qué indicadores lo mostrarán?',
    },
    sustainability: {
      name: 'Sostenibilidad y «no causar daño»',
      label: (p) => `Sostenibilidad y principio de «no causar daño» (hasta ${p.maxWords} palabras)`,
      hint: '¿Cómo perdurará más allá de la financiación inicial y cómo evitará dañar a las personas y al medio ambiente?',
    },
    scaling: {
      name: 'Potencial de ampliación',
      label: (p) => `Potencial de ampliación (hasta ${p.maxWords} palabras)`,
      hint: '¿Dónde más podría funcionar y qué obstáculos prevé para ampliarla?',
    },
    partners: {
      name: 'Socios',
      label: (p) => `Socios (opcional, hasta ${p.maxWords} palabras)`,
      hint: 'Gobiernos, empresas, universidades u organizaciones comunitarias que participan, si los hay.',
    },
    budgetUsd: {
      name: 'Presupuesto',
      label: (p) => `Financiación inicial solicitada (de ${p.min} a ${p.max})`,
      hint: 'Un importe entero para todo el proyecto, por ejemplo 60000.',
    },
    durationMonths: {
      name: 'Duración',
      label: (p) => `Duración en meses (de ${p.min} a ${p.max})`,
      hint: 'Cuánto tiempo duraría el proyecto.',
    },
    plannedStart: {
      name: 'Inicio previsto',
      label: (p) => `Fecha de inicio prevista (del ${p.min} al ${p.max})`,
      hint: 'Los proyectos pueden empezar una vez anunciada la financiación.',
    },
  },

  problems: {
    required: (p) => `${p.field}: rellene este campo, por favor.`,
    atLeastOne: (p) => `${p.field}: elija al menos una opción, por favor.`,
    wrongType: (p) => `${p.field}: no pude leer esta respuesta. Escríbala de nuevo, por favor.`,
    tooLong: (p) => `${p.field}: el texto es demasiado largo (${p.count} caracteres para un límite de ${p.max}).`,
    tooManyWords: (p) => `${p.field}: ${p.count} palabras para un límite de ${p.max}. Acorte el texto, por favor.`,
    noWords: (p) => `${p.field}: no contiene palabras, solo símbolos o emojis. Escríbalo con palabras, por favor.`,
    notANumber: (p) => `${p.field}: escriba un número en cifras, por favor.`,
    notAWholeNumber: (p) => `${p.field}: escriba un número entero, sin decimales.`,
    belowMin: (p) => `${p.field}: el mínimo es ${p.min}.`,
    aboveMax: (p) => `${p.field}: el máximo es ${p.max}.`,
    notAnEmail: (p) => `${p.field}: no parece una dirección de correo electrónico (por ejemplo nombre@iom.int).`,
    notADate: (p) => `${p.field}: indique una fecha en formato año-mes-día${p.example ? `, por ejemplo ${p.example}` : ''}.`,
    dateTooEarly: (p) => `${p.field}: la fecha no puede ser anterior al ${p.min}.`,
    dateTooLate: (p) => `${p.field}: la fecha no puede ser posterior al ${p.max}.`,
    unknownOption: (p) => `${p.field}: «${p.value}» no es una de las opciones. Elija de la lista, por favor.`,
  },

  warnings: {
    notEnglish: (p) =>
      `${p.field}: ${p.several ? 'los textos parecen estar escritos' : 'el texto parece estar escrito'} en ${p.detected}. El Centro solo acepta ideas en inglés: ${p.several ? 'los textos se han guardado, pero tradúzcalos' : 'el texto se ha guardado, pero tradúzcalo'} antes de presentar la idea.`,
    notIomAddress: (p) =>
      `${p.field}: la dirección termina en @${p.domain}, no en @iom.int. Si es correcta, no pasa nada: IKM escribirá a esa dirección.`,
  },

  languageNames: {
    fr: 'francés',
    es: 'español',
    pt: 'portugués',
    ar: 'árabe',
    ru: 'ruso',
    uk: 'ucraniano',
    it: 'italiano',
    de: 'alemán',
    tr: 'turco',
  },

  required: 'Obligatorio',
  optional: 'Opcional',
  wordsUsed: (p) => `${p.count} de ${p.max} palabras`,

  actions: {
    saveAndContinue: 'Guardar y continuar',
    back: 'Atrás',
    review: 'Revisar mi idea',
    edit: 'Editar',
    submit: 'Presentar mi idea',
  },

  progress: {
    section: (p) => `Sección ${p.number} de ${p.total}: ${p.title}`,
    fieldsLeft: (p) =>
      p.count === 1
        ? `Queda 1 campo en la sección ${p.number}.`
        : `Quedan ${p.count} campos en la sección ${p.number}.`,
    sectionComplete: (p) => `La sección ${p.number} está completa.`,
    allComplete: 'Todas las secciones están completas: puede revisar y presentar su idea.',
    allCompleteWithWarnings: (p: { count: number }) =>
      `Todas las secciones están completas, pero ${p.count === 1 ? '1 respuesta tiene una advertencia' : `${p.count} respuestas tienen una advertencia`} (⚠ abajo): ${p.count === 1 ? 'revísela' : 'revíselas'} antes de presentar. Puede presentarla tal como está.`,
    started:
      'Escribamos su idea. Sus respuestas se guardan después de cada sección, así que puede parar y volver cuando quiera.',
    resumed: (p) => `¡Hola de nuevo! Su borrador está guardado. Sigamos con la sección ${p.number}: ${p.title}.`,
    saved: 'Guardado.',
    savedWithProblems: (p) =>
      p.count === 1
        ? 'Guardado, salvo una respuesta que hay que corregir:'
        : `Guardado, salvo ${p.count} respuestas que hay que corregir:`,
  },

  discard: {
    question: (p) => (p.title ? `¿Descartar su borrador «${p.title}»?` : '¿Descartar su borrador?'),
    note: (p) =>
      `${p.done === 0 ? `Ninguna de las ${p.total} secciones está completa todavía` : `${p.done} de ${p.total} ${p.done === 1 ? 'secciones está completa' : 'secciones están completas'}`}. Todo el borrador se borra y no se puede recuperar; «mi idea» empieza después uno nuevo.`,
    yes: 'Sí, descartarlo',
    no: 'No, conservarlo',
    textHint: 'Para descartarlo, escriba «descartar mi borrador ahora».',
    none: 'No tiene ningún borrador que descartar. Escriba «mi idea» para empezar uno.',
    submitted: (p) =>
      `Su idea está enviada (${p.reference}), así que no se puede descartar aquí: para retirarla, escriba a ${p.mailbox} indicando su referencia.`,
    changed: 'Su borrador cambió desde esa tarjeta (o ya no existe): no se descartó nada. Escriba de nuevo «descartar mi borrador» si aún lo desea.',
    done: 'Su borrador se ha descartado. Escriba «mi idea» para empezar uno nuevo.',
    kept: 'Su borrador se conserva tal cual. Escriba «mi idea» para continuarlo.',
  },

  review: {
    title: 'Revise su idea',
    intro: 'Así recibirá IKM su idea. Revísela y después preséntela.',
    editSection: (p) => `Editar «${p.title}»`,
    saveOpenSectionFirst: (p) => `Tiene abierta la sección «${p.title}»: pulse primero «Guardar y continuar» (lo que no cambió se conserva) y luego envíe desde «Revise su idea». No se envió nada.`,
    notAnswered: 'Sin respuesta',
    finalNote: 'Una vez presentada, la idea ya no se puede modificar.',
    warningsTitle: 'Conviene revisar',
    missing: (p) =>
      p.count === 1
        ? 'Falta 1 respuesta o hay que corregirla:'
        : `Faltan ${p.count} respuestas o hay que corregirlas:`,
    submitted: (p) =>
      `¡Gracias! Su idea se presentó con la referencia ${p.reference} y la unidad IKM ya la ha recibido. Indíquela en cualquier mensaje a IKM (${p.mailbox}).`,
    alreadySubmitted: (p) => `Esta idea ya se presentó con la referencia ${p.reference}. No hace falta nada más.`,
    shortlisted: 'Está en la lista de preseleccionadas: «Mi propuesta» muestra lo que debe incluir la propuesta completa y su plazo.',
    readOnly: (p) => `Su idea se presentó con la referencia ${p.reference} y ya no se puede modificar.`,
    notYours: (p) =>
      `Solo puedo mostrarle la idea que usted mismo presentó, y ${p.reference} no es esa. Para otra idea, pregunte a quien la presentó, o a IKM (${p.mailbox}).`,
    outOfDate: 'Esta tarjeta está desactualizada: su borrador cambió después de mostrarla. Aquí tiene la última versión.',
    outOfDateKept: (p: { title: string; button: string }) =>
      `Esa tarjeta era anterior a su borrador, así que todavía no se ha guardado nada. Aquí tiene «${p.title}» de nuevo con lo que escribió: revíselo y pulse «${p.button}».`,
    deadlinePassed: (p) =>
      `El plazo para presentar ideas terminó el ${p.date}, así que ya no se pueden presentar. Si tiene preguntas, escriba a ${p.mailbox}.`,
    notOpen: (p) => `Podrá presentar ideas a partir del ${p.date}. Su borrador se conserva hasta entonces.`,
    noDraft: 'Aún no tiene ninguna idea en curso. Escriba «mi idea» para empezar una.',
  },
};
