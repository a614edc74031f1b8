import type { faq as en } from '../en/faq';

/** Preguntas y respuestas en español (misma forma que `en`). */
export const faq: typeof en = {
  relative: {
    today: 'hoy',
    tomorrow: 'mañana',
    yesterday: 'ayer',
    inDays: (p) => `dentro de ${p.days} días`,
    daysAgo: (p) => `hace ${p.days} días`,
    closed: 'plazo vencido',
    announced: 'anuncio ya realizado',
    withDate: (p) => `${p.date} (${p.relative})`,
  },

  months: (p) => (p.count === 1 ? '1 mes' : `${p.count} meses`),

  listSeparator: '; ',

  languageNames: { en: 'inglés', fr: 'francés', es: 'español' },

  source: (p) => `Fuente: ${p.document}, ${p.section}`,

  documents: {
    'call-page': 'página de la convocatoria del Centro de Innovación',
    'launch-news': 'comunicado de lanzamiento del Centro',
    'call-facts': 'resumen de la convocatoria de IKM',
  },

  decisionTold: {
    shortlist: (p) => `La IKM anunció la preselección el ${p.date}: cada equipo fue informado en su conversación con este asistente («Mi propuesta» lo muestra a un equipo preseleccionado).`,
    funding: (p) => `La IKM anunció las decisiones de financiación el ${p.date}: cada equipo fue informado en su conversación con este asistente («Mi propuesta» lo muestra).`,
  },
  answer: {
    related: 'Preguntas relacionadas',
    feedback: {
      prompt: '¿Le ha sido útil?',
      yes: 'Sí',
      no: 'No',
      thanksYes: '¡Perfecto, gracias!',
      thanksNo: 'Gracias por decírnoslo. Si lo desea, puede preguntar directamente a IKM.',
    },
  },

  unsure: {
    askInsteadText: '¿No es lo que buscaba? Responda «preguntar a IKM» y enviaré su pregunta a la unidad IKM.',
    closest: 'No estoy seguro de haberle entendido. Esta es la respuesta más cercana que encontré:',
    askInstead: '¿No es lo que buscaba? Puede preguntar a IKM.',
    nothing: 'No estoy seguro de haberle entendido. ¿Quiere preguntar a IKM?',
  },

  offTopic:
    'Solo puedo responder preguntas sobre la convocatoria del Centro de Innovación. Para otros temas, diríjase al servicio correspondiente de la OIM.',
  offTopicAsk: 'Si su pregunta sí trata de la convocatoria, envíela a la unidad IKM.',
  offTopicAskText: 'Si su pregunta sí trata de la convocatoria, responda «preguntar a IKM» y la enviaré a la unidad IKM.',

  languageNote: 'Usted escribió en español, así que le respondo en español. Para usar el español en todo, escriba «español».',

  notUnderstood: {
    text: 'No lo he entendido. Pregúnteme sobre la convocatoria con sus propias palabras, o escriba «menú» para ver lo que puedo hacer.',
    hint: 'Si era una pregunta para la unidad IKM, puede enviarla tal cual.',
    hintText: 'Si era una pregunta para la unidad IKM, responda «preguntar a IKM» y la enviaré tal cual.',
  },
  unreadable: {
    text: 'Solo leo inglés, francés y español. Por favor, escriba su pregunta en uno de estos idiomas.',
    hint: 'Escriba «menú» para ver lo que puedo hacer, o envíe su pregunta tal cual a la unidad IKM.',
    hintText: 'Responda «menú» para ver lo que puedo hacer, o «preguntar a IKM» y enviaré su pregunta tal cual a la unidad IKM.',
  },

  askIkm: {
    button: 'Preguntar a IKM',
    prompt: 'Escriba su pregunta para IKM en un solo mensaje.',
    sent: (p) =>
      `Su pregunta se envió a IKM (ticket ${p.ticket}). Suelen responder en un plazo de ${p.days} días hábiles; la respuesta llegará aquí.`,
    confirm: {
      title: '¿Enviar esta pregunta a IKM?',
      expect: (p) =>
        `La ${p.unit.charAt(0).toLowerCase()}${p.unit.slice(1)} suele responder en un plazo de ${p.days} días hábiles. La respuesta llegará aquí, en esta conversación. IKM ve su nombre y su pregunta.`,
      shortened: (p) => `Solo se enviarán los primeros ${p.max} caracteres.`,
      send: 'Enviar a IKM',
      cancel: 'No enviar',
    },
    cancelled: 'No se envió nada. Pregúnteme otra cosa cuando quiera.',
    someoneElses: 'Esa pregunta la hizo otra persona aquí: solo esa persona puede enviarla a IKM. Si quiere hacerla usted, escríbala y elija «Preguntar a IKM».',
    expired: 'Ya no tengo esa pregunta. Escríbala de nuevo y elija «Preguntar a IKM».',
    answered: (p) => `IKM respondió a su pregunta (ticket ${p.ticket}), «${p.question}»:\n\n${p.answer}`,
    answeredFor: (p) => `IKM respondió a la pregunta que ${p.name} hizo aquí (ticket ${p.ticket}), «${p.question}»:\n\n${p.answer}`,
    failed: (p) => `Lo sentimos, no se pudo enviar su pregunta. Inténtelo de nuevo o escriba a ${p.mailbox}.`,
    cannotWithdraw: (p) =>
      `Esta pregunta ya se envió a IKM (ticket ${p.ticket}), así que ya no se puede retener aquí. Para retirarla, escriba a ${p.mailbox} indicando su ticket.`,
    alreadySent: (p) =>
      `Esta pregunta ya se envió a IKM (ticket ${p.ticket}), así que no se ha vuelto a enviar.`,
    waiting: (p) =>
      `Su pregunta ${p.ticket}, «${p.question}», espera la respuesta de IKM. Suele llegar en ${p.days} días hábiles, aquí mismo.`,
    notYours: (p) => `Ninguna de sus preguntas a IKM tiene el número ${p.ticket}. «Mis datos» lista las suyas.`,
  },

  channel: {
    newQuestion: (p) => `Nueva pregunta de ${p.name}`,
    answeredQuestion: (p) => `Pregunta de ${p.name}, ya respondida`,
    erasedQuestion: (p) => `Pregunta ${p.ticket}: quien la hizo borró sus datos`,
    erasedNoSuggestion: (p) =>
      `Quien hizo la pregunta ${p.ticket} borró sus datos: solo queda la respuesta, así que no hay pregunta que proponer para las FAQ.`,
    labels: { ticket: 'Ticket', office: 'Oficina', language: 'Idioma', asked: 'Enviada' },
    answerButton: 'Responder',
    withdrawn: {
      title: (p) => `Pregunta ${p.ticket} retirada`,
      question: 'La persona que la hizo borró sus datos en el asistente antes de que nadie respondiera, así que la pregunta se borró con ellos.',
      closed: 'Cerrada',
      nothingToDo: 'No hay nada que responder.',
    },
    answerPlaceholder: 'Escriba la respuesta (4000 caracteres como máximo; se muestra tal cual, sin formato, y un enlace se escribe con su dirección completa); se enviará a la persona que preguntó.',
    answerTooLong: (p) =>
      `La respuesta tiene ${p.count} caracteres, más de los ${p.max} permitidos, así que no se envió nada. Está en la casilla de abajo: acórtela y envíela de nuevo.`,
    sendButton: 'Enviar respuesta',
    addToFaqButton: 'Añadir a las preguntas frecuentes',
    addedToFaq: (p) => `Propuesta para las preguntas frecuentes por ${p.name}`,
    answeredBy: (p) => `Respondida por ${p.name}`,
    alreadyAnswered: (p) => `${p.name} ya respondió a esta pregunta.`,
    answerFirst: 'Escriba primero una respuesta: la casilla estaba vacía, así que no se envió nada.',
    yourAnswer: (p) => `Lo que había escrito, por si quiere conservarlo:\n\n${p.answer}`,
    notFound: (p) =>
      `No existe (o ya no existe) ninguna pregunta ${p.ticket}: una pregunta desaparece cuando quien la hizo borra sus datos. No se envió nada. La cola de preguntas del escritorio IKM muestra las abiertas.`,
    suggested: (p) =>
      `Anotado: la pregunta y la respuesta de ${p.ticket} quedan propuestas para las preguntas frecuentes. Las exportaciones del escritorio IKM listan cada propuesta (propuestas para las preguntas frecuentes, CSV) para quien las actualice.`,
    alreadySuggested: (p) => `${p.ticket} ya está propuesto para las preguntas frecuentes; las exportaciones del escritorio IKM lo listan.`,
    answerSent: (p) => `Enviada: su respuesta al ticket ${p.ticket} llegó a ${p.name}, en la conversación donde hizo la pregunta.`,
    answerSaved: (p) =>
      `Su respuesta al ticket ${p.ticket} está guardada, pero no se pudo contactar con ${p.name} por ahora: la recibirá con su próximo mensaje al asistente (y el envío se vuelve a intentar cada vez que el asistente se inicia).`,
  },

  registration: {
    channelOnly: 'Escriba esto en el canal del equipo de IKM que debe recibir las preguntas.',
    registered:
      'Listo: este canal recibe ahora las preguntas enviadas a IKM, y una tarjeta por cada idea presentada y cada propuesta entregada (las que no recibió llegarán en breve). Los administradores de IKM también pueden abrir aquí el escritorio, sus exportaciones y las listas de participantes.',
    alreadyRegistered: 'Este canal ya es el canal de IKM: aquí llegan las preguntas para IKM y las tarjetas de nuevas ideas y propuestas.',
    moved: 'Listo: este es ahora el canal de IKM, en lugar del anterior. Las preguntas para IKM y las tarjetas de nuevas ideas y propuestas llegarán aquí a partir de ahora.',
    unregistered: 'Listo: este canal ya no recibe preguntas para IKM, ni las tarjetas de nuevas ideas y propuestas.',
  },


  email: {
    subject: (p) => `Pregunta sobre el Centro de Innovación ${p.ticket}`,
    body: (p) =>
      [
        `Llegó una nueva pregunta sobre la convocatoria del Centro de Innovación a través del asistente (ticket ${p.ticket}).`,
        '',
        `De: ${p.name}`,
        ...(p.office ? [`Oficina: ${p.office}`] : []),
        `Idioma: ${p.language}`,
        '',
        p.question,
        '',
        'Responda desde el canal de IKM en Teams para que la respuesta llegue a quien preguntó.',
      ].join('\n'),
  },
};
