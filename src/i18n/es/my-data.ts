import type { myData as english } from '../en/my-data';

/** «Mis datos» en español: lo que el asistente guarda sobre la persona, la descarga y el borrado. */
export const myData: typeof english = {
  title: 'Mis datos',
  intro: 'Esto es todo lo que el asistente guarda sobre usted. Puede descargarlo o borrarlo.',
  kinds: {
    profile: 'Idioma y zona horaria',
    eligibility: 'Comprobación de elegibilidad',
    idea: 'Idea',
    proposal: 'Propuesta',
    bookings: 'Clínicas y talleres',
    reminders: 'Recordatorios y mensajes',
    questions: 'Preguntas a IKM',
    conversation: 'Este chat',
    ikm: 'Como IKM',
  },
  profile: (p) =>
    `${p.language} (${{ choice: 'su elección', writing: 'el idioma en que escribe', teams: 'según Teams' }[p.languageFrom]}), ${p.zone} (${p.chosenZone ? 'su elección' : 'según Teams, o la predeterminada'}).`,
  eligibility: (p) => `Sus respuestas del ${p.at}: ${p.verdict}.`,
  draft: (p) => `Un borrador${p.title ? `, «${p.title}»` : ''}, guardado por última vez el ${p.at}.`,
  submitted: (p) => `Presentada con la referencia ${p.reference}: ${p.title}.`,
  proposal: (p) => `${p.count === 1 ? '1 versión entregada' : `${p.count} versiones entregadas`}, la última: ${p.name}.`,
  proposalTicksOnly: (p) => `Ningún archivo entregado todavía; ${p.ticked === 1 ? '1 punto de la lista marcado' : `${p.ticked} puntos de la lista marcados`}.`,
  ikmActions: (p) =>
    `Su nombre figura en ${p.count === 1 ? '1 acción' : `${p.count} acciones`} del registro de auditoría (decisiones, respuestas, anuncios…): son el registro de la convocatoria y se quedan si borra sus datos.`,
  bookingStatus: { confirmed: 'plaza', waitlisted: 'lista de espera', cancelled: 'sesión cancelada por el Centro' },
  keptQuestions: (p) =>
    `${p.count === 1 ? '1 pregunta hecha' : `${p.count} preguntas hechas`} en los chats (de grupo y canales incluidos), ${p.count === 1 ? 'guardada' : 'guardadas'} para que aún pueda ${p.count === 1 ? 'enviarla' : 'enviarlas'} a IKM.`,
  question: (p) => `${p.id} «${p.question}» (${p.answered ? 'respondida' : 'pendiente de respuesta de IKM'})`,
  reminders: (p) =>
    `Recordatorios desactivados: ${p.off}. Recordatorios y anuncios de IKM para usted (las respuestas a sus preguntas están en «Preguntas a IKM»): ${p.sent} ${p.sent === 1 ? 'enviado' : 'enviados'}, ${p.pending} ${p.pending === 1 ? 'pendiente' : 'pendientes'}.`,
  none: 'ninguno',
  conversation: 'El asistente guarda la dirección de este chat para enviarle recordatorios, respuestas de IKM y plazas liberadas.',
  nothing: 'No se guarda nada.',
  note: (p) => `Los borradores y las respuestas de elegibilidad se borran ${p.days} días después del cierre de la convocatoria. El enlace de descarga funciona durante una hora.`,
  download: 'Descargarlo todo (JSON)',
  delete: 'Borrar mis datos',
  deleteHint: 'Escriba «borrar mis datos» para borrarlos.',
  erase: {
    title: '¿Borrar sus datos?',
    goesTitle: 'Lo que se borra',
    goes: [
      'su borrador, si no lo ha presentado',
      'sus respuestas de elegibilidad',
      'sus plazas y sus puestos en listas de espera (las plazas liberadas pasan al siguiente equipo)',
      'sus ajustes de recordatorios y los recordatorios aún no enviados',
      'sus preguntas a IKM, y las que hizo en los chats (de grupo y canales incluidos), guardadas para «Preguntar a IKM»',
      'los puntos marcados de la lista de la propuesta, si no entregó ningún archivo',
      'su idioma y su zona horaria, y la dirección de este chat',
    ],
    staysTitle: 'Lo que se queda',
    stays: ['su idea presentada, y su propuesta si entregó una'],
    staysIkm: 'lo que hizo como IKM (decisiones, respuestas, anuncios), con su nombre: el registro de la convocatoria',
    why: (p) =>
      `Una idea presentada y su propuesta son la presentación de su oficina a la convocatoria: se quedan con IKM para su revisión. Escriba a ${p.mailbox} sobre ellas.`,
    confirm: 'Borrar mis datos',
    keep: 'Conservarlos',
    textConfirm: 'Responda «borrar mis datos ahora» para confirmar.',
    waiting: (p) =>
      p.count === 1
        ? 'Una de sus preguntas a IKM aún espera respuesta: borrar sus datos la retira, y no llegará ninguna respuesta.'
        : `${p.count} de sus preguntas a IKM aún esperan respuesta: borrar sus datos las retira, y no llegará ninguna respuesta.`,
    alreadyDeleted:
      'Sus datos ya están borrados: no queda nada de lo que «Borrar mis datos» elimina. Una idea enviada o una propuesta entregada se queda con IKM, como decía la tarjeta de borrado.',
    stale: 'Esa confirmación no es la última (o ya se usó), así que no he borrado nada. Esto es lo que se borraría ahora: confirme de nuevo si todavía lo desea.',
    done: (p) => {
      const parts = [
        p.bookings ? (p.bookings === 1 ? '1 reserva liberada' : `${p.bookings} reservas liberadas`) : '',
        p.withdrawn ? (p.withdrawn === 1 ? '1 pregunta a IKM retirada: no llegará respuesta' : `${p.withdrawn} preguntas a IKM retiradas: no llegará respuesta`) : '',
        p.answered
          ? p.answered === 1
            ? '1 pregunta que IKM respondió: IKM conserva su respuesta, sin su nombre ni sus palabras'
            : `${p.answered} preguntas que IKM respondió: IKM conserva las respuestas, sin su nombre ni sus palabras`
          : '',
      ].filter(Boolean);
      return `Hecho: sus datos están borrados${parts.length ? ` (${parts.join('; ')})` : ''}. El asistente empieza de cero si vuelve a escribir.`;
    },
  },
};
