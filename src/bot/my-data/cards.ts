import { z } from 'zod';
import { cardTemplate } from '../../../adaptive-cards/render';
import type { Language } from '../../i18n';
import { cardLanguage } from '../turn';
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
  /** What the deletion ends that the person may not expect (questions still waiting for IKM); '' for none. */
  warning: string;
  why: string;
  confirmLabel: string;
  keepLabel: string;
  /** The confirmation this card is (see `HubConversationState.eraseConfirmation`). */
  confirmation: string;
  /** The card's language, carried by its Delete button (the deletion forgets the person's). */
  lang: Language;
}

export const myDataShowSchema = z.object({ verb: z.literal('mydata.show') });
export const eraseAskSchema = z.object({ verb: z.literal('mydata.erase.ask') });
export const eraseConfirmSchema = z.object({ verb: z.literal('mydata.erase.confirm'), confirmation: z.string().min(1).max(40), lang: cardLanguage });

export const renderMyDataCard = cardTemplate<MyDataCardData>(myDataCard);
export const renderEraseCard = cardTemplate<EraseCardData>(eraseCard);
