import { messageBody } from '../../src/faq/message-envelope';

describe('messageBody: a pasted e-mail is read without its envelope', () => {
  it.each([
    ['subject prefixes', 'Re: Fwd: TR: RV: Innovation Hub max budget', 'Innovation Hub max budget'],
    ['a greeting and its address', 'Buen día, colegas. ¿Cuál es el monto máximo por proyecto?', '¿Cuál es el monto máximo por proyecto?'],
    ['a greeting closed by an emoji', 'Hi IKM team 👋 which objective fits a diaspora skills project?', 'which objective fits a diaspora skills project?'],
    ['a greeting on the line after the subject', 'Re: Concept note\nHi all, when is the idea deadline?', 'Concept note\nwhen is the idea deadline?'],
    [
      'courtesy in English, then a signature with a title and an office',
      'Dear IKM colleagues,\nI hope this message finds you well. Can a cooperative apply directly?\nBest regards,\nLina — Project Officer, IOM Jordan',
      'Can a cooperative apply directly?',
    ],
    [
      'courtesy in French, with the family',
      "Bonjour les collègues, j'espère que vous allez bien et que la famille va bien aussi. Le financement peut-il dépasser 80 000 USD ? Merci d'avance et bonne journée.\nCordialement,\nMoussa — OIM Ouagadougou",
      'Le financement peut-il dépasser 80 000 USD ?',
    ],
    [
      'courtesy in Spanish, and thanks in capitals with an emoji',
      'Buenas tardes, ¿cómo les va? ¿Hasta cuándo se puede enviar la idea? Un abrazo y MIL GRACIAS 🙏\nPaula — OIM Bogotá',
      '¿Hasta cuándo se puede enviar la idea?',
    ],
    ['a quoted earlier message, when the message says more', '> On Monday, Peter wrote: send it by Friday.\nIs anything due this week?', 'Is anything due this week?'],
    [
      'a legal notice',
      'Must the idea be in English?\n\nDISCLAIMER: This e-mail may contain confidential information intended only for the addressee.',
      'Must the idea be in English?',
    ],
  ])('%s', (_, message, body) => {
    expect(messageBody(message)).toBe(body);
  });

  it.each([
    ['a hope that is the question', 'I hope that our idea fits objective 2: does it?'],
    ['thanks before the question', 'Thanks for the webinar. When is the deadline?'],
    ['a question after the thanks', 'Merci ! Et quel est le montant maximum'],
    ['thanks alone', 'thanks!'],
    ['a greeting alone', 'Bonjour'],
    ['a subject that starts like a greeting', 'Morning clinics: are there any next week?'],
    ['a subject that starts like a Spanish greeting', 'Buenas prácticas: ¿qué busca el Centro?'],
  ])('keeps %s', (_, message) => {
    expect(messageBody(message)).toBe(message);
  });

  it('reads a message of quoted lines only as their text', () => {
    expect(messageBody('> can we apply twice?\n> and with two offices?')).toBe('can we apply twice?\nand with two offices?');
  });
});
