import type { teamMessages as english } from '../en/team-messages';

/** Lo que los equipos reciben de IKM, en español: la decisión sobre su idea y los anuncios. */
export const teamMessages: typeof english = {
  from: 'De la unidad IKM, Centro de Innovación de la OIM',
  announcementTitle: 'Un mensaje para usted',
  idea: 'Su idea',
  bookClinic: 'Reservar una clínica',
  shortlisted: {
    title: 'Su idea está preseleccionada',
    text: (p) =>
      `Enhorabuena: su idea está en la lista de preseleccionadas. El siguiente paso es una propuesta completa, que debe entregarse a más tardar el ${p.deadline}. La convocatoria pide que se presente a través de su oficina asociada de la OIM, cuyo respaldo es uno de los elementos requeridos (si su equipo es una oficina de la OIM, o si tiene dudas, IKM puede decirle qué oficina es para su equipo). «Mi propuesta» muestra todo lo que debe incluir la propuesta; para entregarla, envíe el documento en este chat.`,
    clinics: 'Las clínicas individuales y los talleres con especialistas y la unidad IKM pueden ayudarle a redactarla: reservar es opcional.',
    clinicsFrom: (p: { date: string }) => `Las clínicas individuales y los talleres con expertos y la unidad IKM pueden ayudarle a redactarla: las reservas se abren el ${p.date} (son opcionales).`,
  },
  notShortlisted: {
    title: 'Su idea no fue preseleccionada',
    text: (p) =>
      `Gracias por presentar su idea. Esta vez no fue preseleccionada. Los recursos del Centro y la próxima convocatoria siguen abiertos para usted; para comentarios o preguntas, escriba a ${p.mailbox}.`,
  },
  funded: {
    title: 'Su propuesta recibe financiación',
    text: (p) =>
      `Enhorabuena: su propuesta ha sido seleccionada para recibir financiación inicial. La unidad IKM se pondrá en contacto con su oficina para los siguientes pasos; las preguntas, a ${p.mailbox}.`,
  },
  notFunded: {
    title: 'Su propuesta no recibe financiación',
    text: (p) =>
      `Gracias por el trabajo dedicado a su propuesta. No fue seleccionada para financiación en esta convocatoria. Para comentarios, escriba a ${p.mailbox}.`,
  },
};
