import type { teamMessages as english } from '../en/team-messages';

/** Ce que les équipes reçoivent de l'IKM, en français : la décision sur leur idée, et les annonces. */
export const teamMessages: typeof english = {
  from: 'De la part de l’unité IKM, Centre d’innovation de l’OIM',
  announcementTitle: 'Un message pour vous',
  idea: 'Votre idée',
  bookClinic: 'Réserver une clinique',
  shortlisted: {
    title: 'Votre idée est présélectionnée',
    text: (p) =>
      `Félicitations : votre idée figure sur la liste restreinte. Prochaine étape : une proposition complète, à remettre au plus tard le ${p.deadline}. L’appel demande qu’elle soit soumise par l’intermédiaire de votre bureau partenaire de l’OIM, dont l’aval fait partie des éléments demandés (si votre équipe est elle-même un bureau de l’OIM, ou en cas de doute, l’IKM peut vous dire de quel bureau il s’agit pour votre équipe). « Ma proposition » indique tout ce que la proposition doit comprendre ; pour la remettre, envoyez le document dans cette conversation.`,
    clinics: 'Des cliniques individuelles et des ateliers avec des experts et l’unité IKM peuvent vous aider à la rédiger : la réservation est facultative.',
    clinicsFrom: (p: { date: string }) => `Des cliniques individuelles et des ateliers avec des experts et l’unité IKM peuvent vous aider à la rédiger : les réservations ouvrent le ${p.date} (elles sont facultatives).`,
  },
  notShortlisted: {
    title: 'Votre idée n’a pas été présélectionnée',
    text: (p) =>
      `Merci d’avoir soumis votre idée. Elle n’a pas été retenue cette fois-ci. Les ressources du Centre et le prochain appel vous restent ouverts ; pour un retour ou une question, écrivez à ${p.mailbox}.`,
  },
  funded: {
    title: 'Votre proposition est financée',
    text: (p) =>
      `Félicitations : votre proposition est retenue pour un financement de démarrage. L’unité IKM contactera votre bureau pour la suite ; vos questions sont les bienvenues à ${p.mailbox}.`,
  },
  notFunded: {
    title: 'Votre proposition n’est pas financée',
    text: (p) =>
      `Merci pour le travail accompli sur votre proposition. Elle n’a pas été retenue pour un financement dans cet appel. Pour un retour, écrivez à ${p.mailbox}.`,
  },
};
