import { z } from 'zod';
import { cardTemplate } from '../../../adaptive-cards/render';
import eraseCard from './erase.card.json';
import myDataCard from './my-data.card.json';

/** "My data": what is stored about the person, kind by kind, a download of all of it, and deletion. */
export interface MyDataCardData {
  title: string;
  intro: string;
  kinds: { label: string; summary: string }[];
  note: string;
  downloadLabel: string;
  downloadUrl: string;
  deleteLabel: string;
}

/** Before deleting: what goes, what stays and why. */
export interface EraseCardData {
  title: string;
  goesTitle: string;
  goes: string[];
  staysTitle: string;
  stays: string[];
  why: string;
  confirmLabel: string;
  keepLabel: string;
  /** When the card was shown (ms since 1970): its "Delete my data" is refused once it is old. */
  issuedAt: number;
}

export const myDataShowSchema = z.object({ verb: z.literal('mydata.show') });
export const eraseAskSchema = z.object({ verb: z.literal('mydata.erase.ask') });
export const eraseConfirmSchema = z.object({ verb: z.literal('mydata.erase.confirm'), issuedAt: z.number().int().nonnegative() });

export const renderMyDataCard = cardTemplate<MyDataCardData>(myDataCard);
export const renderEraseCard = cardTemplate<EraseCardData>(eraseCard);
