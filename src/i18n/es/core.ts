import type { core as en } from '../en/core';

/** Todo lo que el asistente dice en español (misma forma que `en`). */
export const core: typeof en = {
  languageName: 'Español',

  commands: {
    menu: [
      'hola', 'buenas', 'menu', 'inicio', 'empezar', 'buenos dias', 'buen dia', 'buenas tardes', 'buenas noches', 'que es esto',
      'quien eres', 'que eres', 'hola a todos', 'q es esto', 'que es este bot', 'para que sirves', 'para que sirve esto',
      // un camino de vuelta, como se pide
      'volver', 'atras', 'regresar', 'menu principal', 'volver al menu', 'regresar al menu', 'volver al inicio',
    ],
    help: ['ayuda', 'ayúdame', 'ayúdeme',
      // dicho por quien se pierde
      'no entiendo', 'no entiendo nada', 'no comprendo', 'no entendi', 'no entendi nada', 'estoy perdido', 'estoy perdida',
      // como lo pregunta quien llega, de sí mismo
      'que puedo hacer', 'que puedo hacer aqui', 'que hago', 'que hago aqui', 'que se puede hacer', 'que se puede hacer aqui', 'por donde empiezo', 'como empiezo',
      'que puedes hacer', 'que puede hacer', 'que puedes hacer aqui', 'que puede hacer aqui', 'que puede hacer en este grupo', 'que puede hacer en este chat', 'que haces', 'en que me puedes ayudar', 'en que me puede ayudar', 'me puedes ayudar', 'me puede ayudar', 'puedes ayudarme', 'puede ayudarme', 'como funciona', 'como funciona esto', 'como se usa', 'configuracion', 'mi configuracion', 'ajustes', 'preferencias', 'opciones'],
    cancel: ['cancelar', 'parar', 'salir', 'dejalo', 'olvidalo', 'dejalo asi'],
    language: ['idioma', 'cambiar idioma', 'cambiar de idioma'],
    eligibility: ['elegibilidad', 'comprobar elegibilidad', 'soy elegible', 'comprobar si somos elegibles', 'comprobar si soy elegible', 'somos elegibles', 'comprobar la elegibilidad', 'verificar elegibilidad', 'verificar la elegibilidad'],
    idea: ['mi idea', 'idea', 'continuar mi idea', 'empezar mi idea', 'presentar una idea', 'continuar', 'seguir con mi idea', 'retomar mi idea', 'mi borrador', 'continuar idea', 'seguir mi idea', 'seguir con la idea'],
    ask: ['preguntar', 'hacer una pregunta', 'pregunta'],
    sessions: ['clinicas', 'talleres', 'clinicas y talleres', 'reservar una clinica', 'reservar un taller'],
    reminders: ['recordatorios', 'mis recordatorios', 'cambiar mis recordatorios', 'como cambio mis recordatorios', 'como dejo de recibir recordatorios', 'ajustes de recordatorios'],
    stopReminders: [
      'detener los recordatorios', 'parar los recordatorios', 'dejar de recibir recordatorios', 'no mas recordatorios', 'no quiero mas recordatorios',
      'no quiero recordatorios', 'desactivar recordatorios', 'desactivar los recordatorios', 'quitar recordatorios', 'quitar los recordatorios',
      'desactivar notificaciones', 'desactivar las notificaciones', 'no quiero mas notificaciones', 'no mas notificaciones',
      'no me manden mas recordatorios', 'no me envien mas recordatorios', 'dejen de enviarme recordatorios',
    ],
    startReminders: ['activar recordatorios', 'activar los recordatorios', 'reactivar recordatorios', 'reactivar los recordatorios', 'volver a activar los recordatorios'],
    mySessions: ['mis reservas', 'mis sesiones'],
    timeZone: ['zona horaria', 'mi zona horaria', 'cambiar de zona horaria', 'cambiar mi zona horaria', 'cambiar la zona horaria'],
    thanks: ['gracias', 'muchas gracias', 'ok gracias', 'mil gracias'],
    acknowledge: ['ok', 'vale', 'adios', 'hasta luego', 'perfecto', 'genial', 'de acuerdo', 'entendido', '👍', 'hasta pronto', 'que tengas buen dia'],
    yesNo: ['si', 'no'],
    askIkm: ['preguntar a ikm', 'enviar a ikm'],
    pauseReminders: ['pausar los recordatorios'],
    resumeReminders: ['reanudar los recordatorios'],
    runReminders: ['enviar los recordatorios'],
    registerChannel: ['registrar el canal', 'registrar este canal'],
    desk: ['escritorio ikm', 'panel ikm', 'tablero'],
    proposal: ['mi propuesta'],
    myData: ['mis datos', 'que datos guardan de mi', 'que datos tienen de mi'],
    deleteMyData: ['borrar mis datos', 'eliminar mis datos', 'olvidame', 'como borro mis datos', 'borren mis datos', 'borre mis datos', 'quiero borrar mis datos'],
    deleteMyDataNow: ['borrar mis datos ahora'],
    discardDraft: ['descartar mi borrador', 'borrar mi borrador', 'eliminar mi borrador', 'empezar de nuevo', 'empezar mi idea de nuevo'],
    discardDraftNow: ['descartar mi borrador ahora'],
  },

  commandCourtesy: {
    words: [
      'por favor', 'porfa', 'porfavor', 'gracias', 'me', 'para mí', 'hola', 'buenas', 'ok', 'vale', 'puedes', 'puede',
      'podrías', 'podría', 'necesito', 'quiero', 'quisiera', 'muéstrame', 'muéstreme', 'mostrar', 'ver', 'abrir', 'abre',
      'ir a', 'ir al', 'volver a', 'volver al', 'dame', 'deme', 'buenos días', 'buen día', 'buenas tardes', 'buenas noches',
    ],
    /** The plainly polite ones: the only words read around a command word inside a form ("menu please"). */
    polite: ['por favor', 'porfa', 'porfavor', 'gracias'],
    articles: ['el', 'la', 'los', 'las', 'un', 'una', 'al', 'del', 'de'],
  },

  welcome: {
    title: 'Centro de Innovación de la OIM',
    greeting: '¡Hola! Soy el asistente del Centro de Innovación.',
    intro:
      'Puedo ayudar a su oficina a comprobar si una idea encaja en la convocatoria, completar y enviar el formulario de ideas, responder preguntas sobre la convocatoria, reservar clínicas y talleres, y recordarle los plazos.',
    introShared:
      'Aquí, donde todos leen mis respuestas, respondo preguntas sobre la convocatoria y presento las clínicas y los talleres. Para comprobar una idea, completar el formulario de ideas, ver sus datos o ajustar sus recordatorios, abra un chat personal conmigo. Aquí Teams solo me trae los mensajes que me mencionan: empiece el suyo con @Innovation Hub.',
    choose: '¿Qué desea hacer?',
  },

  menu: {
    desk: 'Escritorio IKM',
    proposal: 'Mi propuesta',
    myData: 'Mis datos',
    eligibility: 'Comprobar la elegibilidad',
    idea: 'Empezar o continuar mi idea',
    ideaSubmitted: 'Mi idea enviada',
    ask: 'Hacer una pregunta',
    sessions: 'Clínicas y talleres',
    reminders: 'Mis recordatorios',
    language: 'Idioma',
    help: 'Ayuda',
    home: 'Menú',
    askIntro:
      'Escriba su pregunta con sus palabras, en español, inglés o francés. Respondo a partir de los documentos de la convocatoria e indico la fuente.',
    textIntro: 'Responda con el número o las palabras de una opción:',
  },

  personalView:
    'Eso concierne a la información de una persona (o, para IKM, a las propuestas de las personas), así que solo lo hago en un chat personal conmigo, que nadie más lee. Abra un chat con el asistente y pídamelo allí.',
  personalViewDesk: 'El escritorio de IKM muestra las propuestas de las personas: se abre en un chat personal conmigo, o en el canal de IKM registrado con «register channel», no aquí.',

  callStatus: {
    // The title is a name ("Ciclo de prueba (…)", "Convocatoria 2024"): no adjective agrees with it.
    opens: (p) => `${p.title}: apertura el ${p.date} (${p.relative}).`,
    open: (p) => `${p.title}: se reciben ideas hasta el ${p.date} (${p.relative}).`,
    shortlisting: (p) =>
      `${p.title}: el plazo para las ideas venció el ${p.date}. La preselección se anuncia el ${p.next}.`,
    ideasClosed: (p) =>
      `${p.title}: el plazo para las ideas venció el ${p.date}. Los equipos preseleccionados envían su propuesta completa a más tardar el ${p.next}.`,
    reviewing: (p) =>
      `${p.title}: las propuestas completas vencían el ${p.date}; los proyectos financiados se anuncian a más tardar el ${p.next}.`,
    closed: (p) => `${p.title}: la convocatoria terminó; los proyectos financiados debían anunciarse a más tardar el ${p.date}.`,
  },

  help: {
    title: 'Cómo usar el asistente',
    body: [
      'Escriba «menú» en cualquier momento para ver lo que puedo hacer.',
      'Escriba «cancelar» para detener lo que estamos haciendo; los borradores se conservan.',
      'Escriba «idioma» para cambiar entre inglés, francés y español, y «zona horaria» para cambiar la zona horaria en la que se muestran las fechas y horas.',
      'Escriba «mis recordatorios» para elegir los recordatorios que recibe, y «mis datos» para ver o borrar lo que guardo sobre usted.',
      'Las preguntas que el asistente no puede responder se envían a la unidad IKM (ikm@iom.int).',
    ],
    admin: [
      'Para IKM: «escritorio ikm» abre el escritorio (propuestas, preselección, decisiones, anuncios, preguntas, clínicas y talleres, exportaciones); sus páginas también se abren por su nombre en inglés («submissions», «exports», «audit log», «question queue», «announce funding», «shortlist <referencia>»).',
      'Sesiones: «crear sesión», «editar sesión <identificador>», «participantes <identificador>», «cancelar sesión <identificador>» (el escritorio lista cada identificador).',
      'En el canal IKM: «register channel». Recordatorios: «pause reminders», «resume reminders», «run reminders».',
    ],
    shared: [
      'Aquí todos ven mis respuestas: respondo preguntas sobre la convocatoria y presento las clínicas y los talleres.',
      'Escriba «@Innovation Hub menú» en cualquier momento para ver lo que funciona aquí: Teams solo me trae los mensajes que me mencionan.',
      'Su idea, sus reservas, sus recordatorios, su idioma y zona horaria, y sus datos están en un chat personal conmigo.',
      'Las preguntas que el asistente no sabe responder se envían a la unidad IKM (ikm@iom.int): «Preguntar a IKM» bajo una respuesta envía la suya, a su nombre.',
    ],
    inDialog: 'Estamos a mitad de un paso: responda a la última pregunta para seguir, o escriba «cancelar» para detenerlo.',
    inCardForm: (p) =>
      `Estamos a mitad de un formulario: su tarjeta está más arriba (lo que escribe en una tarjeta se queda en ella). Pulse su botón cuando quiera, escriba «${p.resume}» para verla aquí de nuevo, o «cancelar» para detenerlo.`,
  },

  cancel: {
    done: 'De acuerdo, lo dejamos aquí. No se ha perdido nada de lo que guardó. Escriba «menú» para ver las opciones.',
    nothing: 'No hay nada que cancelar: no hay nada en curso. Para cancelar una reserva, pulse su botón Cancelar («mis reservas» las muestra). Escriba «menú» para ver las opciones.',
    nothingShared: 'No hay nada que cancelar aquí. Escriba «@Innovation Hub menú» para ver lo que funciona en este chat.',
    nothingAdmin: 'No hay nada en curso que cancelar aquí. Un formulario del escritorio de IKM (un anuncio, una decisión, una sesión) se cierra con su propio botón Cancelar, sin guardar nada. Escriba «escritorio IKM» para volver a él.',
    oldForm: 'Ese formulario ya no está abierto, así que no hay nada que cancelar en él; lo que está abierto ahora continúa. Escriba «menú» para ver las opciones.',
    ideaForm: 'De acuerdo, lo dejamos aquí. Su borrador está guardado: escriba «continuar mi idea» para retomarlo donde lo dejó, o «menú» para ver las opciones.',
    eligibility: 'De acuerdo, lo dejamos aquí. Escriba «comprobar elegibilidad» para empezar de nuevo la comprobación, o «menú» para ver las opciones.',
  },

  downloadRefused: 'Este enlace ha caducado o no es válido. Los enlaces de descarga son válidos durante una hora: pida uno nuevo al asistente en Teams («mi idea», «mis datos» o las exportaciones del escritorio IKM).',
  thanks: '¡De nada! Escriba «menú» cuando me necesite.',
  acknowledged: 'De acuerdo. Escriba «menú» cuando me necesite.',
  yesNo: 'Si está respondiendo a una tarjeta, pulse uno de sus botones: un «sí» o un «no» escrito en el chat no llega a la tarjeta. Escriba «menú» para ver lo que puedo hacer.',


  notAvailable: (p) =>
    `${p.feature} aún no está disponible en el asistente. Mientras tanto, escriba a la unidad IKM: ikm@iom.int.`,

  language: {
    names: { en: 'ingles', fr: 'frances', es: 'espanol' },
    prompt: '¿En qué idioma desea que le responda?',
    retry: 'Elija uno de los idiomas: English, Français o Español.',
    inShared: 'Aquí cada persona tiene su propio idioma: escriba su nombre para cambiar el suyo, «@Innovation Hub English», «français» o «español».',
    changed: 'A partir de ahora le responderé en español.',
  },

  cards: {
    unknownAction: 'No reconozco ese botón, así que no se ha cambiado nada. Escriba «menú» para empezar de nuevo.',
    leftBlank: 'Una casilla que debe rellenarse quedó vacía, así que no se ha cambiado nada. Escriba su respuesta en ella y vuelva a pulsar el botón.',
    tooLong: (p) =>
      `Una casilla supera su límite de ${p.max} caracteres, así que no se ha cambiado nada. Acorte el texto y vuelva a pulsar el botón.`,
    leftBlankNamed: (p) =>
      `La casilla «${p.label}» debe rellenarse y quedó vacía, así que no se ha cambiado nada. Escriba su respuesta en ella y vuelva a pulsar el botón.`,
    tooLongNamed: (p) =>
      `La casilla «${p.label}» tiene ${p.count} caracteres y supera su límite de ${p.max}, así que no se ha cambiado nada. Acorte el texto y vuelva a pulsar el botón.`,
  },

  input: {
    unknownCommand: (p: { command: string }) =>
      `No conozco el comando «${p.command}». Escriba «ayuda» para ver los comandos que conozco, o «menú» para ver lo que puedo hacer.`,
    tooLong: (p) =>
      `Ese mensaje es demasiado largo para mí (el límite es de ${p.max} caracteres). No se ha cambiado nada; envíe uno más corto.`,
    pictureNotRead: 'No puedo ver imágenes: solo respondo al texto de su mensaje.',
    editedAnswer: 'Ha editado su mensaje: esta es la respuesta a lo que dice ahora.',
    editedResend: 'He visto su cambio, pero solo atiendo mensajes nuevos: envíe de nuevo el mensaje corregido.',
    unsupported: 'Solo leo mensajes de texto y mis propios botones. No se ha cambiado nada.',
    buttonsInTeams: 'Este mensaje tiene botones en Teams: abra allí el asistente del Centro de Innovación para usarlos.',
    empty: 'Su mensaje estaba vacío. Escriba una pregunta, o «menú» para ver lo que puedo hacer.',
  },

  forms: {
    labelled: (p) => `${p.label}: ${p.text}`,
    personalOnly: 'La comprobación de elegibilidad y el formulario de ideas contienen las respuestas de una persona, así que se hacen en un chat personal conmigo. Abra un chat con el asistente para empezar.',
    copy: {
      button: 'Descargar una copia (PDF)',
      note: 'El enlace de descarga es válido durante una hora; escriba «mi idea» para obtener uno nuevo.',
      text: (p) => `Una copia en PDF (el enlace es válido durante una hora; escriba «mi idea» para obtener uno nuevo): ${p.url}`,
      notAsTyped:
        'Parte del texto siguiente no puede mostrarse aquí tal como se escribió: los caracteres para los que este PDF no tiene fuente aparecen como □, y un texto escrito de derecha a izquierda puede leerse en el orden equivocado. La ficha de la idea en Teams, el CSV y el XLSX lo muestran tal cual.',
    },
    submittedTitle: 'Idea enviada',
    submittedFacts: { title: 'Título', office: 'Oficina', budget: 'Presupuesto', duration: 'Duración', submittedAt: 'Enviada' },
    months: (p) => (p.count === 1 ? '1 mes' : `${p.count} meses`),
    reviewTextHint: 'Responda «enviar» para enviar la idea, o el número de una sección para cambiarla.',
    submitWords: ['enviar', 'presentar'],
    pickOne: 'Responda con el número o el nombre de su opción.',
    pickSeveral: 'Responda con uno o varios números separados por comas (por ejemplo: 1, 3).',
    currentValue: (p) => `Respuesta actual: ${p.value}. Envíe otra para cambiarla.`,
    skipHint: 'Esta pregunta es opcional: responda «omitir» para dejarla vacía.',
    skipWords: ['omitir', 'ninguno', 'ninguna', 'n/a'],
    problemsTitle: 'Revise estas respuestas:',
    requiredMessage: 'Esta respuesta es obligatoria.',
    dateInRange: (p) => `Elija una fecha del ${p.min} al ${p.max}.`,
    saveAndContinue: 'Guardar y continuar',
    cancel: 'Cancelar',
    questionOf: (p) => `${p.section} (pregunta ${p.number} de ${p.total})`,
    staleCard:
      'Esa tarjeta está desactualizada (las respuestas cambiaron desde que se envió), así que no se ha cambiado nada. Aquí está la actual.',
    formWaiting: 'Sus respuestas están a salvo; aquí es donde estábamos:',
    formStillOpen: (p) =>
      `El formulario sigue abierto más arriba, con lo que escribió en él: pulse «${p.button}» allí cuando quiera, o escriba «${p.resume}» para verlo aquí de nuevo.`,
    resume: { idea: 'continuar mi idea', eligibility: 'comprobar elegibilidad' },
    reviewWaiting: (p: { submit: string }) => `Su idea está lista: pulse «${p.submit}» en su revisión, más arriba en esta conversación, cuando quiera, o escriba «continuar mi idea» para verla aquí de nuevo.`,
    typeInCard: (p) =>
      `Lo que escribe en el chat no va al formulario: escriba sus respuestas en la tarjeta y pulse «${p.button}». Para hacerme una pregunta mientras tanto, termínela con un signo de interrogación. Aquí está la tarjeta otra vez:`,
    typeOnReview: (p) =>
      `Lo que escribe en el chat no cambia su idea: pulse «${p.submit}» en la tarjeta de revisión para enviarla, o «${p.edit}» junto a una sección para cambiarla. Para hacerme una pregunta mientras tanto, termínela con un signo de interrogación. Aquí está la revisión otra vez:`,
  },

  admin: { only: 'Esto es solo para el equipo de IKM.' },

  errors: {
    generic:
      'Lo siento, algo ha fallado por mi parte. No se ha perdido nada de lo que escribió; inténtelo de nuevo en un momento.',
    storageUnavailable:
      'Ahora mismo no consigo acceder a mis registros, así que lo que acaba de enviar no se ha guardado. Inténtelo de nuevo en un momento; todo lo guardado antes está a salvo.',
  },
};
