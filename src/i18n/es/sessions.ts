import type { sessions as en } from '../en/sessions';

/** Clínicas y talleres, en español (misma forma que `en`). */
export const sessions: typeof en = {
  prefixes: {
    book: ['reservar'],
    cancelBooking: ['cancelar la reserva', 'cancelar mi reserva'],
    cancelSession: ['cancelar la sesion', 'cancelar sesion'],
    attendees: ['participantes'],
    timeZone: ['zona horaria', 'mi zona horaria', 'cambiar zona horaria', 'cambiar mi zona horaria', 'cambiar la zona horaria'],
    createSession: ['crear sesion', 'crear una sesion', 'nueva sesion'],
    editSession: ['editar la sesion', 'editar sesion'],
  },

  catalogue: {
    title: 'Clínicas y talleres',
    intro: 'Clínicas (un equipo, un experto) y talleres para los equipos preseleccionados y las oficinas de la OIM.',
    zone: (p) => `Las horas se muestran en su zona horaria: ${p.zone}.`,
    zoneShared: (p) => `Las horas se muestran en esta zona horaria: ${p.zone}. En un chat personal conmigo, se muestran en su propia zona horaria.`,
    bookInPersonalChat: 'Para reservar una plaza, abra un chat personal conmigo: cada reserva corresponde a un solo equipo.',
    none: 'Por ahora no hay ninguna sesión próxima que coincida.',
    noneFiltered: (p) => `Filtro: ${p.filters}. «${p.all}» muestra todos los tipos de sesión; «${p.allTopics}» y luego «${p.show}», todos los temas.`,
    noneFilteredTyped: (p) => `Filtro: ${p.filters}. Escriba «clínicas» para ver todas las sesiones.`,
    shortlistedOnly: (p: { notYours: number; openNow: number; announced: boolean }) =>
      `${p.notYours === 1 ? '1 sesión de abajo es' : `${p.notYours} sesiones de abajo son`} ${p.announced ? 'solo para equipos preseleccionados' : `para equipos preseleccionados y ${p.notYours === 1 ? 'se abrirá' : 'se abrirán'} a su equipo en cuanto su idea lo sea`}; ${p.openNow === 0 ? 'ninguna otra de abajo puede reservarse por ahora' : p.openNow === 1 ? 'otra puede reservarse ya' : `otras ${p.openNow} pueden reservarse ya`}.`,
    filters: { all: 'Todas', clinic: 'Clínicas', workshop: 'Talleres' },
    topic: 'Tema',
    allTopics: 'Todos los temas',
    show: 'Mostrar',
    mine: 'Mis reservas',
    changeZone: 'Cambiar mi zona horaria',
    textHint: 'Para reservar, responda «reservar» y el identificador de la sesión, por ejemplo: reservar clinic-scaling-1.',
  },

  kinds: { clinic: 'Clínica', workshop: 'Taller' },
  when: (p) => `${p.date}, ${p.start}–${p.end}${p.zone ? ` (${p.zone})` : ''}`,
  host: (p) => `Con: ${p.host}`,
  seatsLeft: (p) => (p.count === 1 ? 'Queda 1 plaza' : `Quedan ${p.count} plazas`),
  forShortlisted: 'Para los equipos preseleccionados: abierta a su equipo en cuanto su idea sea preseleccionada.',
  forShortlistedOnly: 'Solo para los equipos preseleccionados.',
  full: 'Completo: apúntese a la lista de espera',
  online: 'En línea (reunión de Teams)',
  inPerson: (p) => `Presencial: ${p.location} (enlace de Teams para participar a distancia)`,
  inPersonOnly: (p) => `Presencial: ${p.location}`,
  bookButton: 'Reservar',
  waitlistButton: 'Lista de espera',

  booking: {
    confirmedTitle: 'Su plaza está reservada',
    waitlistedTitle: 'Está en la lista de espera',
    confirmed: (p) => `Tiene una plaza en «${p.title}».`,
    waitlisted: (p) =>
      `No quedan plazas en «${p.title}», así que es el número ${p.position} de la lista de espera. Si se libera una plaza, es suya en ese momento y se lo diré aquí.`,
    alreadyConfirmed: 'Ya tiene esta plaza: no ha cambiado nada.',
    alreadyWaitlisted: (p) => `Ya está en la lista de espera (número ${p.position}): no ha cambiado nada.`,
    join: 'Unirse',
    calendar: 'Añadir al calendario',
    calendarUpdate: 'Actualizar mi calendario',
    cancel: 'Cancelar mi reserva',
    links: (p) => `${p.join ? `Unirse: ${p.join}\n` : ''}Añadir al calendario: ${p.calendar}`,
    leaveWaitlist: 'Salir de la lista de espera',
  },

  refusals: {
    notFound: 'No encuentro esa sesión. Escriba «clínicas» para ver las sesiones actuales.',
    cancelled: 'Esa sesión se ha cancelado, así que no se puede reservar.',
    inThePast: 'Esa sesión ya ha empezado, así que ya no se puede reservar.',
    windowNotOpen: (p) => `Las reservas de esta sesión se abren el ${p.date}.`,
    windowClosed: (p) => `Las reservas de esta sesión se cerraron el ${p.date}.`,
    notShortlisted: 'Esta sesión es solo para los equipos preseleccionados, y su equipo no figura en la lista.',
    notShortlistedYet: 'Esta sesión es solo para los equipos preseleccionados; se abrirá a su equipo si su idea es preseleccionada.',
    topicLimit: (p) =>
      p.limit === 1
        ? `Su equipo ya tiene una clínica sobre «${p.topic}»: una por tema, para que otros equipos también tengan la oportunidad.`
        : `Su equipo ya tiene ${p.limit} clínicas sobre «${p.topic}», el máximo por equipo.`,
    overlap: (p) => `Ya tiene una plaza en «${p.title}» a la misma hora.`,
    moveInstead: (p) => `Puede cambiar a esta su reserva de «${p.title}», ${p.when}.`,
    moveInsteadButton: 'Cambiar mi reserva aquí',
    busy: 'Todavía estoy tramitando su solicitud anterior para esta sesión. Inténtelo de nuevo en un momento.',
    full: 'Esa sesión está completa.',
  },

  cancel: {
    title: 'Reserva cancelada',
    confirmed: (p) =>
      `Su reserva de «${p.title}» está cancelada. Si la sesión está en su calendario, «${p.button}» la marca allí como cancelada.`,
    waitlisted: (p) => `Ha salido de la lista de espera de «${p.title}».`,
    notBooked: 'Ahora no tiene ninguna reserva de esa sesión (quizá ya se canceló o se cambió: «mis reservas» muestra las suyas), así que no ha cambiado nada.',
    cutoff: (p) =>
      `Ya es tarde para cancelar en línea: esta reserva se podía cancelar hasta el ${p.date}. Escriba a la unidad IKM a ikm@iom.int.`,
    ask: {
      seat: (p) => `¿Cancelar su plaza en «${p.title}»?`,
      place: (p) => `¿Salir de la lista de espera de «${p.title}»?`,
      seatNote: 'La plaza pasa al siguiente equipo de la lista de espera, y puede que no la recupere.',
      seatNoteFree: 'La plaza vuelve a quedar libre para otros equipos, y puede que no la recupere.',
      placeNote: 'Pierde su puesto en la cola.',
      yes: 'Sí, cancelar',
      keep: 'No, mantener',
    },
    kept: (p) => `No ha cambiado nada: mantiene su reserva de «${p.title}».`,
    nothingToKeep: (p) =>
      `Ya no tiene ninguna reserva de «${p.title}», así que no hay nada que mantener. Escriba «clínicas» para ver las sesiones y volver a reservar.`,
  },

  offer: {
    title: 'Se ha liberado una plaza',
    text: (p) => `Se ha liberado una plaza en «${p.title}»: es suya. Si no puede asistir, renuncie a ella para que otro equipo pueda aprovecharla.`,
    decline: 'Renunciar a esta plaza',
    declineText: (p) => `Para renunciar a ella, responda «${p.command}».`,
    declined: (p) => `Ha renunciado a su plaza en «${p.title}»; pasa al siguiente equipo de la lista de espera.`,
    declinedFree: (p) => `Ha renunciado a su plaza en «${p.title}»; vuelve a estar libre para que otros equipos la reserven.`,
    declinedTitle: 'Plaza cedida',
    calendarHint: (p) => `Si la sesión está en su calendario, «${p.button}» la marca allí como cancelada.`,
    notOffered: 'No tiene ninguna plaza obtenida de la lista de espera en esa sesión, así que no ha cambiado nada.',
  },

  move: {
    button: 'Cambiar a otra sesión',
    title: (p: { title: string }) => `Cambiar «${p.title}»`,
    intro: 'Elija la sesión a la que cambiar. Conserva su reserva actual hasta que la nueva plaza sea suya.',
    none: 'Ahora mismo no hay otra sesión próxima de este tipo con reservas abiertas.',
    here: 'Cambiar aquí',
    movedTitle: 'Su reserva ha cambiado',
    moved: (p) =>
      `Hecho: ha dejado «${p.from}», ${p.fromWhen}, y tiene plaza en «${p.to}», ${p.toWhen}. Si «${p.from}» está en su calendario, «${p.button}» marca allí esa sesión como cancelada.`,
    leftCalendar: 'Actualizar la anterior',
    sameSession: 'Ya está inscrito en esa sesión: no ha cambiado nada.',
    notBooked: 'No tiene ninguna reserva de esa sesión que cambiar: no ha cambiado nada.',
    cutoff: (p: { date: string }) =>
      `Es demasiado tarde para cambiar esta reserva: podía cambiarse hasta el ${p.date}. Escriba a la unidad IKM en ikm@iom.int.`,
    alreadyBooked: 'Ya tiene una reserva de esa sesión: no ha cambiado nada.',
    alreadyMoved: (p: { from: string; fromWhen: string; to: string; toWhen: string }) =>
      `Su reserva ya se cambió: tiene plaza en «${p.to}», ${p.toWhen}, y ya no en «${p.from}», ${p.fromWhen}, así que no ha cambiado nada.`,
    full: (p: { title: string }) => `«${p.title}» no tiene plazas libres: su reserva sigue donde estaba.`,
    textHint: 'Responda «mis reservas» para ver sus reservas.',
  },

  mine: {
    title: 'Mis reservas',
    none: 'No tiene reservas para una sesión próxima. Escriba «clínicas» para ver las sesiones.',
    confirmed: 'Reservada',
    confirmedLocked: 'Reservada (demasiado cerca del inicio para cancelar o cambiar)',
    waitlisted: (p) => `Lista de espera, número ${p.position}`,
    offered: 'Plaza obtenida de la lista de espera',
    cancelledByHub: 'Cancelada por el Centro de Innovación',
    cancelHint: 'Para cancelar, responda «cancelar la reserva» y el identificador de la sesión.',
  },

  zone: {
    prompt: (p) => `Las fechas y horas se muestran en ${p.zone}. ¿Qué zona horaria debo usar?`,
    label: 'Zona horaria',
    save: 'Guardar',
    changed: (p) => `Listo: las fechas y horas (sesiones, plazos, recordatorios) se muestran ahora en ${p.zone}.`,
    fixedOffset: 'Un desfase fijo respecto a UTC no sigue el horario de verano; si su hora cambia según la estación, es preferible que indique su ciudad.',
    unknown: (p) =>
      `No conozco la zona horaria «${p.zone}». Escriba su ciudad o su país (por ejemplo: zona horaria Bogotá), un nombre de zona como Europe/Madrid o un desfase como UTC-5.`,
    ambiguous: (p) => `Para saber con certeza a qué zona se refiere «${p.zone}», es preferible que escriba su ciudad (${p.cities}...), por ejemplo: zona horaria ${p.example}.`,
    severalZones: (p) => `«${p.zone}» abarca varias zonas horarias: escriba su ciudad (${p.cities}...), por ejemplo: zona horaria ${p.example}.`,
    severalPlaces: (p) => `Hay varios lugares llamados «${p.zone}» en zonas horarias distintas: escriba mejor uno de estos (${p.cities}...), por ejemplo: zona horaria ${p.example}.`,
    textHint: 'Responda «zona horaria» y su ciudad o zona, por ejemplo: zona horaria Bogotá.',
    typeHint: '¿No está en la lista? Escriba «zona horaria» y su ciudad, por ejemplo: zona horaria Bogotá. También sirve un nombre de zona (Asia/Kolkata) o un desfase (UTC+6).',
  },

  cancelledByHub: (p) =>
    `«${p.title}» ha sido cancelada por el Centro de Innovación: su reserva ya no es válida y no hay nada que cambiar. Escriba «clínicas» para elegir otra sesión.`,

  cancelledTitle: 'Se canceló una de sus sesiones',
  calendarUpdateHint: 'Si la sesión cancelada está en su calendario, actualícelo con «Actualizar mi calendario», abajo.',
  sessionCancelled: (p) =>
    `Lo sentimos: «${p.title}» (${p.date}) ha sido cancelada por el Centro de Innovación, así que su reserva ya no es válida. Escriba «clínicas» para elegir otra sesión.`,

  changedTitle: 'Ha cambiado una de sus sesiones',
  changeKinds: { time: 'nuevo horario', place: 'nuevo lugar', link: 'nuevo enlace de Teams' },

  sessionChanged: (p) =>
    `«${p.title}» ha cambiado (${p.what}): ahora será el ${p.date}${p.before ? ` (antes, el ${p.before})` : ''}. ${p.place}. Su plaza se mantiene. Si la sesión está en su calendario, vuelva a añadirla aquí abajo para actualizarla.`,

  sessionChangedWaitlist: (p) =>
    `«${p.title}» ha cambiado (${p.what}): ahora será el ${p.date}${p.before ? ` (antes, el ${p.before})` : ''}. ${p.place}. Conserva su lugar en la lista de espera; puede salir de ella con el botón de abajo si la sesión ya no le conviene.`,

  admin: {
    cancelUsage: 'Escriba «cancelar la sesión» y el identificador, por ejemplo: cancelar la sesión clinic-scaling-1.',
    cancelAsk: (p) => `¿Cancelar «${p.title}» (${p.id})?`,
    cancelNote: (p) =>
      `${p.confirmed === 0 && p.waitlisted === 0 ? 'Ningún equipo la ha reservado.' : `${p.confirmed === 1 ? '1 equipo tiene plaza' : `${p.confirmed} equipos tienen plaza`} y ${p.waitlisted === 1 ? '1 espera' : `${p.waitlisted} esperan`}: cada uno recibe el aviso enseguida.`} Una sesión cancelada no puede volver a abrirse, ni su identificador usarse para otra.`,
    cancelYes: 'Sí, cancelar la sesión',
    cancelKeep: 'No, mantenerla',
    kept: (p) => `«${p.title}» sigue igual; no cambió nada.`,
    editUsage: 'Escriba «editar sesión» y el identificador, por ejemplo: editar sesión clinic-scaling-1. «Clínicas y talleres» del escritorio IKM lista cada sesión con su identificador.',
    attendeesUsage: 'Escriba «participantes» y el identificador, por ejemplo: participantes workshop-foresight.',
    notFound: (p) => `No hay ninguna sesión con el identificador «${p.id}».`,
    cancelled: (p) =>
      `«${p.title}» está cancelada. ${p.count === 0 ? 'Ningún equipo la había reservado.' : `${p.count === 1 ? 'Aviso al equipo' : `Aviso a los ${p.count} equipos`} que tenían plaza o estaban en la lista de espera.`}`,
    over: (p) => `«${p.title}» ya tuvo lugar: no hay nada que cancelar.`,
    alreadyCancelled: (p) => `«${p.title}» ya estaba cancelada: no ha cambiado nada.`,
    attendeesTitle: (p) => `Participantes: ${p.title}`,
    counts: (p) => `${p.confirmed} de ${p.capacity} plazas ocupadas, ${p.waitlisted} en la lista de espera.`,
    confirmed: 'plaza',
    waitlisted: (p) => `lista de espera ${p.position}`,
    none: 'Nadie ha reservado esta sesión todavía.',
    cancelledSession: (p) =>
      p.count === 0
        ? 'Esta sesión está cancelada; ningún equipo la había reservado.'
        : `Esta sesión está cancelada. ${p.count === 1 ? 'Este equipo tenía' : `Estos ${p.count} equipos tenían`} una plaza o un puesto en la lista de espera, y ${p.count === 1 ? 'recibió' : 'recibieron'} el aviso de cancelación:`,
    download: 'Descargar CSV (enlace válido una hora)',
    form: {
      createTitle: 'Crear una sesión',
      editTitle: (p: { id: string }) => `Editar la sesión ${p.id}`,
      intro: (p: { zone: string }) =>
        `Las fechas y horas están en la zona horaria de la convocatoria, ${p.zone}, como en todo el escritorio de IKM. Los títulos en francés y español son opcionales (se usa el inglés). La reserva abre ahora y cierra al inicio, salvo que los indique.`,
      problemsTitle: 'Corrija, por favor:',
      required: 'Este campo es obligatorio.',
      save: 'Guardar',
      labels: {
        id: 'Identificador (minúsculas, cifras y guiones)',
        kind: 'Tipo',
        titleEn: 'Título (inglés)',
        titleFr: 'Título (francés, opcional)',
        titleEs: 'Título (español, opcional)',
        topic: 'Tema',
        host: 'Responsable',
        startDate: 'Fecha de inicio',
        startTime: 'Hora de inicio',
        durationMinutes: 'Duración (minutos)',
        format: 'Formato',
        location: 'Lugar (presencial)',
        joinUrl: 'Enlace de la reunión de Teams (obligatorio para las sesiones en línea)',
        capacity: 'Capacidad (equipos; uno para una clínica)',
        opensDate: 'Apertura de reservas (fecha)',
        opensTime: 'Apertura de reservas (hora)',
        closesDate: 'Cierre de reservas (fecha)',
        closesTime: 'Cierre de reservas (hora)',
        cutoffHours: 'Plazo de cancelación (horas antes del inicio)',
        audience: 'Público',
      },
      formats: { online: 'En línea', 'in-person': 'Presencial' },
      audiences: { everyone: 'Todos', shortlisted: 'Solo equipos preseleccionados' },
      problem: (p: { field: string; reason: string }) => `${p.field}: ${p.reason}`,
      problemNames: { joinUrl: 'Enlace de la reunión de Teams' },
      reasons: {
        required: 'es obligatorio.',
        notWholeNumber: 'debe ser un número entero.',
        invalidValue: 'no es una de las opciones.',
        invalidSlug: 'debe ser minúsculas y cifras unidas por guiones, p. ej. workshop-pitching-2.',
        tooLong: (p: { maximum: number }) => `debe tener como máximo ${p.maximum} caracteres.`,
        tooSmall: (p: { minimum: number }) => `debe ser al menos ${p.minimum}.`,
        tooBig: (p: { maximum: number }) => `debe ser como máximo ${p.maximum}.`,
        invalidDate: 'no es una fecha y hora legibles (por ejemplo 2024-11-20 y 09:00).',
        notTeamsLink: 'debe ser un enlace https a una reunión de Teams (https://teams.microsoft.com/l/meetup-join/...).',
        durationOutOfRange: (p: { min: number; max: number }) => `debe ser de ${p.min} a ${p.max} minutos para este tipo de sesión.`,
        capacityOutOfRange: (p: { min: number; max: number }) =>
          p.min === p.max ? `debe ser exactamente ${p.min} para este tipo de sesión.` : `debe ser de ${p.min} a ${p.max} equipos para este tipo de sesión.`,
        belowBooked: (p: { booked: number }) => `no puede ser inferior a las ${p.booked} plazas ya ocupadas.`,
        locationRequired: 'es obligatorio para una sesión presencial.',
        joinUrlRequired: 'es obligatorio para una sesión en línea.',
        startInPast: 'está en el pasado: una sesión nueva debe empezar más tarde que ahora.',
        closesBeforeOpens: 'debe ser posterior a la apertura de reservas.',
        closesAfterStart: 'debe ser como tarde al inicio.',
        unknownTopic: 'no es un tema del catálogo.',
        other: 'no es válido.',
      },
      exists: (p: { id: string }) => `Ya existe una sesión con el identificador «${p.id}»: elija otro.`,
      capacityBelowBooked: (p: { booked: number }) => `${p.booked} equipos ya tienen plaza: la capacidad no puede ser menor.`,
      cancelled: 'Esta sesión está cancelada y no se puede cambiar.',
      created: (p: { title: string; id: string }) => `«${p.title}» (${p.id}) está creada y abierta a reservas en el catálogo.`,
      createdOpensLater: (p: { title: string; id: string; date: string }) =>
        `«${p.title}» (${p.id}) está creada y figura en el catálogo; las reservas se abren el ${p.date}.`,
      updated: (p: { title: string }) => `«${p.title}» está actualizada.`,
      updatedTold: (p: { title: string; count: number }) =>
        `«${p.title}» está actualizada con su nuevo horario o lugar. ${p.count === 0 ? 'Ningún equipo la había reservado.' : p.count === 1 ? 'Aviso al equipo que tenía plaza o un lugar en la lista de espera.' : `Aviso a los ${p.count} equipos que tenían plaza o un lugar en la lista de espera.`}`,
      cardsOnly: 'Crear y editar sesiones requiere un cliente que muestre tarjetas (Teams).',
    },
  },
};
