import { allText, button, Reply, TeamsUser } from './teams-user';

/** Answers that complete every section of the idea form (2024 call), section by section. */
export function completeIdeaSections(title = 'Solar kiosks'): Record<string, string>[] {
  return [
    { title, objectives: 'saving-lives' },
    { officeType: 'country-office', officeName: 'IOM Uganda', countryOrRegion: 'Uganda', focalPointName: 'A', focalPointEmail: 'a@iom.int' },
    { problem: 'p', solution: 's', novelty: 'n' },
    { beneficiaryGroups: 'youth', participation: 'p' },
    { results: 'r', sustainability: 's', scaling: 's' },
    { budgetUsd: '60000', durationMonths: '12', plannedStart: '2025-03-01' },
  ];
}

/** How `fillIdea` fills the form: a title, the words that open it, or every section's answers. */
export interface IdeaOptions {
  title?: string;
  opening?: string;
  /** The answers of each section, in order (default: `completeIdeaSections(title)`). */
  sections?: Record<string, string>[];
}

/** Opens the form ("my idea", or a given opening text) and fills every section from its cards; returns the review. */
export async function fillIdea(user: TeamsUser, options: IdeaOptions = {}): Promise<Reply[]> {
  let card = await user.say(options.opening ?? 'my idea');
  for (const answers of options.sections ?? completeIdeaSections(options.title)) card = await user.press({ ...button(card, 'idea.section'), ...answers });
  return card;
}

/** Fills every section and submits; returns the reference number. */
export async function submitIdea(user: TeamsUser, options: IdeaOptions = {}): Promise<string> {
  const review = await fillIdea(user, options);
  const confirmation = allText(await user.press(button(review, 'idea.submit')));
  const reference = /IH-\d{4}-\d{4}/.exec(confirmation)?.[0];
  if (!reference) throw new Error(`no reference number in:\n${confirmation}`);
  return reference;
}
