import type { Language } from './index';

export const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

/** "25 October 2024" in the language and time zone given. */
export function formatDate(date: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone }).format(date);
}

/** "25 October 2024 at 23:59 (Europe/Zurich)": a deadline with its hour and zone named. */
export function formatDateTime(date: Date, language: Language, timeZone: string): string {
  const text = new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(date);
  return `${text} (${timeZone})`;
}


/** "USD 50,000" with the language's digit grouping. */
export function formatAmount(amount: number, currency: string, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    amount,
  );
}

/** "Tue 26 Nov" (en), "mar. 26 nov." (fr), "mar, 26 nov" (es): a session's day in the given zone. */
export function formatSessionDay(date: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], { weekday: 'short', day: 'numeric', month: 'short', timeZone })
    .format(date)
    .replace(/,(?= \d)/, '');
}
