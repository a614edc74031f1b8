import type { proposal as english } from '../en/proposal';

/** La etapa de la propuesta en español: «Mi propuesta» y la entrega del documento. */
export const proposal: typeof english = {
  title: 'Mi propuesta',
  deadline: (p) => `Plazo de las propuestas: ${p.date} (${p.relative}).`,
  deadlinePassed: (p) => `El plazo de las propuestas venció el ${p.date}.`,
  checklist: 'Lo que necesita una propuesta completa',
  checklistRecorded: 'Lo que se registró aquí antes del plazo (IKM puede haber recibido el resto por correo electrónico)',
  handedIn: (p) => `Entregado: ${p.name} (${p.size}), el ${p.at}${p.version > 1 ? `, versión ${p.version}` : ''}.`,
  howToHandIn: (p) => `Envíe el documento aquí, en este chat, como archivo: PDF, Word o Excel, de hasta ${p.max}.`,
  doneOn: (p) => `Hecho el ${p.at}.`,
  markDone: 'Marcar como hecho',
  undo: 'Marcar como no hecho',
  sessions: 'Clínicas y talleres',
  booked: (p) => `Reservado: ${p.title}, ${p.when}.`,
  openToBook: (p) =>
    p.other
      ? p.count === 1 ? 'Hay otra sesión abierta para reservar.' : `Hay ${p.count} sesiones más abiertas para reservar.`
      : p.count === 1 ? 'Hay 1 sesión abierta para reservar.' : `Hay ${p.count} sesiones abiertas para reservar.`,
  noneOpen: (p) => (p.other ? 'Ahora no hay ninguna otra sesión abierta para reservar.' : 'Ahora no hay ninguna sesión abierta para reservar.'),
  opensOn: (p) => `Las reservas se abren el ${p.date}.`,
  next: {
    handIn: 'Siguiente paso: envíe su documento de propuesta en este chat.',
    finish: (p) => (p.count === 1 ? 'Siguiente paso: complete este punto:' : `Siguiente paso: complete estos ${p.count} puntos:`),
    ready: 'Todo está marcado y su propuesta está entregada: IKM la tiene. Aún puede enviar una versión más reciente hasta el plazo.',
    passed: (p) => `La etapa de la propuesta ha terminado. La IKM revisa las propuestas; las preguntas, a ${p.mailbox}.`,
    funded: (p) => `Su propuesta recibe financiación: la unidad IKM se pone en contacto con su equipo para los siguientes pasos. Las preguntas, a ${p.mailbox}.`,
    'not-funded': (p) => `Su propuesta no fue seleccionada esta vez. Gracias por ella; para pedir comentarios, escriba a ${p.mailbox}.`,
  },
  book: 'Reservar una clínica',
  refresh: 'Actualizar',
  notShortlisted:
    '«Mi propuesta» es para los equipos cuya idea está preseleccionada, y usted no tiene ninguna en la lista. La propuesta de un equipo la entrega quien presentó su idea: si su idea la presentó un colega, es esa persona quien entrega la propuesta desde su propio chat conmigo.',
  beforeShortlist: '«Mi propuesta» es para los equipos cuya idea está preseleccionada, y la lista aún no se ha publicado. Una idea se envía con el formulario de ideas: escriba «mi idea».',
  fileNotStored: 'El archivo enviado no se guardó.',
  inSharedChat:
    'Los archivos de una propuesta se entregan en un chat personal conmigo, que nadie más lee: este archivo no se guardó. Abra un chat con el asistente y envíelo allí.',
  tooLate: (p) => `El plazo de las propuestas venció el ${p.date}: no se guardó nada. Escriba a la unidad IKM si hubo un problema.`,
  tooLarge: (p) => `Ese archivo supera ${p.max}, el límite: no se guardó nada. Envíe una versión más ligera (con las imágenes comprimidas, por ejemplo).`,
  wrongType: 'Solo puedo recibir la propuesta como documento PDF, Word (.docx) o Excel (.xlsx), y este archivo no lo es: no se guardó nada.',
  unreadable: 'No pude leer los datos de ese archivo en Teams (quizá su nombre es muy largo): no se guardó nada. Envíelo de nuevo, con un nombre más corto.',
  downloadFailed: 'No pude obtener ese archivo de Teams: no se guardó nada. Vuelva a enviarlo en un momento.',
  received: (p) =>
    `Recibido: ${p.name} (${p.size}), registrado como ${p.reference}.${p.replaced ? ` Sustituye a ${p.replaced}, que se conserva.` : ''} La IKM ya puede verlo.${p.replaced ? '' : ' Si no es la propuesta en sí (un presupuesto, un anexo), envíe el documento de la propuesta: le preguntaré antes de que sustituya a este.'}`,
  replace: {
    question: (p) => `Ya entregó ${p.current} como su propuesta. ¿Debe ${p.name} reemplazarlo?`,
    note: (p) =>
      `La propuesta es un solo documento: el presupuesto y los anexos van en él, o junto a él en un mismo archivo. Si lo reemplaza, ${p.current} se conserva como versión anterior e IKM lee la nueva.`,
    yes: 'Sí, reemplazarlo',
    no: 'No, conservar el entregado',
    kept: (p) => `${p.kept} sigue siendo su propuesta; ${p.dropped} no se conservó.`,
    already: (p) => `Ya está hecho: ${p.name} es su propuesta (${p.reference}); no cambió nada.`,
    nothingWaiting: 'Ningún archivo espera ya esa respuesta (ya se dio, o llegó un archivo más reciente): no cambió nada.',
  },
  oneFile: 'Tomé solo el primer archivo: envíe un documento de propuesta cada vez.',
  noFiles: (p) =>
    `Este canal no admite archivos. Envíe su documento de propuesta al asistente en Teams (en un chat personal, como archivo), o pida a su oficina asociada de la OIM que lo envíe a ${p.mailbox}.`,
};
