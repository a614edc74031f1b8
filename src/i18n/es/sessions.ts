import type { sessions as en } from '../en/sessions';

/** Clínicas y talleres, en español (misma forma que `en`). */
export const sessions: typeof en = {
  prefixes: {
    book: ['reservar'],
    cancelBooking: ['cancelar la reserva', 'cancelar mi reserva'],
    cancelSession: ['cancelar la sesion', 'cancelar sesion'],
    attendees: ['participantes'],
    timeZone: ['zona horaria'],
  },

  catalogue: {
    title: 'Clínicas y talleres',
    intro: 'Clínicas (un equipo, un experto) y talleres para los equipos preseleccionados y las oficinas de la OIM.',
    zone: (p) => `Las horas se muestran en su zona horaria: ${p.zone}.`,
    none: 'Por ahora no hay ninguna sesión próxima que coincida.',
    filters: { all: 'Todas', clinic: 'Clínicas', workshop: 'Talleres' },
    mine: 'Mis reservas',
    changeZone: 'Cambiar mi zona horaria',
    textHint: 'Para reservar, responda «reservar» y el identificador de la sesión, por ejemplo: reservar clinic-scaling-1.',
  },

  kinds: { clinic: 'Clínica', workshop: 'Taller' },
  when: (p) => `${p.date}, ${p.start}–${p.end} (${p.zone}, ${p.offset})`,
  host: (p) => `Con: ${p.host}`,
  seatsLeft: (p) => (p.count === 1 ? 'Queda 1 plaza' : `Quedan ${p.count} plazas`),
  full: 'Completo: apúntese a la lista de espera',
  online: 'En línea (reunión de Teams)',
  inPerson: (p) => `Presencial: ${p.location} (enlace de Teams para participar a distancia)`,
  bookButton: 'Reservar',
  waitlistButton: 'Lista de espera',

  booking: {
    confirmedTitle: 'Su plaza está reservada',
    waitlistedTitle: 'Está en la lista de espera',
    confirmed: (p) => `Tiene una plaza en «${p.title}».`,
    waitlisted: (p) =>
      `«${p.title}» está completo, así que es el número ${p.position} de la lista de espera. Si se libera una plaza, es suya en ese momento y se lo diré aquí.`,
    alreadyConfirmed: 'Ya tiene esta plaza: no ha cambiado nada.',
    alreadyWaitlisted: (p) => `Ya está en la lista de espera (número ${p.position}): no ha cambiado nada.`,
    join: 'Unirse',
    calendar: 'Añadir al calendario',
    cancel: 'Cancelar mi reserva',
    links: (p) => `Unirse: ${p.join}\nAñadir al calendario: ${p.calendar}`,
  },

  refusals: {
    notFound: 'No encuentro esa sesión. Escriba «clínicas» para ver las sesiones actuales.',
    cancelled: 'Esa sesión se ha cancelado, así que no se puede reservar.',
    inThePast: 'Esa sesión ya ha empezado, así que ya no se puede reservar.',
    windowNotOpen: (p) => `Las reservas de esta sesión se abren el ${p.date}.`,
    windowClosed: (p) => `Las reservas de esta sesión se cerraron el ${p.date}.`,
    notShortlisted: 'Esta sesión es solo para los equipos preseleccionados, y su equipo no figura en la lista.',
    topicLimit: (p) =>
      p.limit === 1
        ? `Su equipo ya tiene una clínica sobre «${p.topic}»: una por tema, para que otros equipos también tengan la oportunidad.`
        : `Su equipo ya tiene ${p.limit} clínicas sobre «${p.topic}», el máximo por equipo.`,
    overlap: (p) => `Ya tiene una plaza en «${p.title}» a la misma hora.`,
    busy: 'Todavía estoy tramitando su solicitud anterior para esta sesión. Inténtelo de nuevo en un momento.',
    full: 'Esa sesión está completa.',
  },

  cancel: {
    confirmed: (p) => `Su reserva de «${p.title}» está cancelada.`,
    waitlisted: (p) => `Ha salido de la lista de espera de «${p.title}».`,
    notBooked: 'No tiene ninguna reserva de esa sesión, así que no ha cambiado nada.',
    cutoff: (p) =>
      `Ya es tarde para cancelar en línea: esta reserva se podía cancelar hasta el ${p.date}. Escriba a la unidad IKM a ikm@iom.int.`,
  },

  offer: {
    title: 'Se ha liberado una plaza',
    text: (p) => `Se ha liberado una plaza en «${p.title}»: es suya. Si no puede asistir, renuncie a ella para que pase al siguiente equipo.`,
    decline: 'Renunciar a esta plaza',
    declined: (p) => `Ha renunciado a su plaza en «${p.title}»; pasa al siguiente equipo de la lista de espera.`,
    notOffered: 'No tiene ninguna plaza obtenida de la lista de espera en esa sesión, así que no ha cambiado nada.',
  },

  mine: {
    title: 'Mis reservas',
    none: 'Todavía no tiene reservas. Escriba «clínicas» para ver las sesiones.',
    confirmed: 'Reservada',
    waitlisted: (p) => `Lista de espera, número ${p.position}`,
    offered: 'Plaza obtenida de la lista de espera',
    cancelHint: 'Para cancelar, responda «cancelar la reserva» y el identificador de la sesión.',
  },

  zone: {
    prompt: (p) => `Las horas de las sesiones se muestran en ${p.zone}. ¿Qué zona horaria debo usar?`,
    label: 'Zona horaria',
    save: 'Guardar',
    changed: (p) => `Listo: las horas de las sesiones se muestran ahora en ${p.zone}.`,
    unknown: (p) => `No conozco la zona horaria «${p.zone}». Escríbala como Europe/Madrid o America/Bogota.`,
    textHint: 'Responda «zona horaria» y la zona, por ejemplo: zona horaria America/Costa_Rica.',
  },

  sessionCancelled: (p) =>
    `Lo sentimos: «${p.title}» (${p.date}) ha sido cancelada por el Centro de Innovación, así que su reserva ya no es válida. Escriba «clínicas» para elegir otra sesión.`,

  admin: {
    cancelUsage: 'Escriba «cancelar la sesión» y el identificador, por ejemplo: cancelar la sesión clinic-scaling-1.',
    attendeesUsage: 'Escriba «participantes» y el identificador, por ejemplo: participantes workshop-foresight.',
    notFound: (p) => `No hay ninguna sesión con el identificador «${p.id}».`,
    cancelled: (p) =>
      `«${p.title}» está cancelada. ${p.count === 1 ? 'Aviso al equipo' : `Aviso a los ${p.count} equipos`} que tenían plaza o estaban en la lista de espera.`,
    alreadyCancelled: (p) => `«${p.title}» ya estaba cancelada: no ha cambiado nada.`,
    attendeesTitle: (p) => `Participantes: ${p.title}`,
    counts: (p) => `${p.confirmed} de ${p.capacity} plazas ocupadas, ${p.waitlisted} en la lista de espera.`,
    confirmed: 'plaza',
    waitlisted: (p) => `lista de espera ${p.position}`,
    none: 'Nadie ha reservado esta sesión todavía.',
    download: 'Descargar CSV (enlace válido una hora)',
  },
};
