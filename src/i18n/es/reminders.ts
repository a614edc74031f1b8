import type { reminders as en } from '../en/reminders';

/** Los recordatorios en español. */
export const reminders: typeof en = {
  kinds: {
    'idea-deadline': 'Plazo de las ideas',
    'proposal-deadline': 'Plazo de las propuestas (equipos preseleccionados)',
    announcements: 'Anuncios de la preselección y de la financiación',
    sessions: 'Mis clínicas y talleres',
  },
  intro: (p) =>
    `Envío recordatorios antes de los plazos de la convocatoria, a las ${p.hour} en su hora y nunca de noche, y 24 horas y 1 hora antes de sus clínicas y talleres. Escriba «mis recordatorios» para elegir cuáles recibe.`,

  title: {
    ideaDeadline: (p) => `El plazo de las ideas vence ${p.relative}`,
    proposalDeadline: (p) => `El plazo de las propuestas vence ${p.relative}`,
    shortlist: (p) => `Las ideas preseleccionadas se anuncian ${p.relative}`,
    funding: (p) => `Las propuestas financiadas se anuncian ${p.relative}`,
    session: (p) => `${p.title} empieza ${p.relative}`,
  },
  when: (p) => `${p.date} (${p.zone})`,
  missing: {
    notStarted: 'Aún no ha empezado su formulario de idea.',
    fieldsLeft: (p) =>
      `${p.total === 1 ? 'Falta 1 respuesta' : `Faltan ${p.total} respuestas`}, ${p.left} de ellas en la sección ${p.number} (${p.title}).`,
    complete: 'Todas las secciones están completas: revise y envíe su idea.',
    proposalItems: (p) => `Aún le falta a su propuesta: ${p.items}.`,
    proposalComplete: 'Su propuesta está entregada y su lista está completa: no hace falta nada más, salvo que envíe una versión más reciente.',
    proposalNotHandedIn: 'El documento de su propuesta aún no está entregado: abra «Mi propuesta» y envíelo en este chat.',
  },
  actions: { myProposal: 'Mi propuesta', continueIdea: 'Continuar mi idea', startIdea: 'Empezar mi idea', bookClinic: 'Reservar una clínica', stop: 'Detener estos recordatorios', join: 'Unirse', myBookings: 'Mis reservas' },

  settings: {
    title: 'Mis recordatorios',
    intro: (p) =>
      `Elija los recordatorios que desea. Los de las fechas de la convocatoria llegan a las ${p.hour} en su zona horaria, nunca de noche; los de sus clínicas y talleres, 24 horas y 1 hora antes de cada uno.`,
    hourNote: (p) => `Su zona horaria: ${p.zone}. «${p.change}» elige otra.`,
    save: 'Guardar',
    saved: 'Guardado. Solo recibirá los recordatorios que dejó activados.',
    textHint: 'Responda «detener los recordatorios» para desactivarlos todos, o «activar recordatorios» para activarlos todos.',
  },
  stoppedAll: 'Hecho: ya no recibirá ningún recordatorio. Para volver a recibir alguno, márquelo abajo y pulse «Guardar».',
  stoppedAllText: 'Hecho: ya no recibirá ningún recordatorio. Responda «activar recordatorios» para volver a recibirlos todos.',
  startedAll: 'Hecho: volverá a recibir todos los recordatorios.',
  stopped: (p) => `Hecho: ya no recibirá recordatorios de «${p.kind}». Escriba «mis recordatorios» para volver a activarlos.`,

  admin: {
    paused: 'Los recordatorios están en pausa para todos. Escriba «resume reminders» para reanudarlos.',
    resumed: 'Los recordatorios vuelven a funcionar.',
    ran: (p) => `Una pasada hecha: ${p.sent} enviados, ${p.dropped} ya no útiles, ${p.failed} fallidos.`,
  },
};
