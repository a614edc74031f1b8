import { cardTemplate } from '../../../adaptive-cards/render';
import resultCard from './result.card.json';

/** The verdict (or the self-assessment feedback): one line per rule or criterion, and the next steps. */
export interface EligibilityResultCardData {
  verdict: string;
  verdictStyle: 'good' | 'warning' | 'attention' | 'emphasis';
  summary: string;
  rules: { mark: string; color: 'Default' | 'Attention'; title: string; reason: string; fix: string }[];
  actions: { title: string; verb: string; revision: number }[];
}

export const renderEligibilityResultCard = cardTemplate<EligibilityResultCardData>(resultCard);
