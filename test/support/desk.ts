import { allText, type Reply, submitActions, type TeamsUser } from './teams-user';

/**
 * An IKM administrator announces a decision as on the desk: opens its preview ("announce the
 * shortlist", "announce funding") and presses its button for the date or for now, which carries
 * what the preview showed. Throws, with the preview's text, when the preview offers no such button.
 */
export async function announceDecision(admin: TeamsUser, kind: 'shortlist' | 'funding', when: 'date' | 'now'): Promise<Reply[]> {
  const preview = await admin.say(kind === 'shortlist' ? 'announce the shortlist' : 'announce funding');
  const choice = preview
    .flatMap((reply) => submitActions(reply))
    .find((action) => action.data.verb === 'desk.decisions.announce' && action.data.when === when);
  if (!choice) throw new Error(`no "${when}" announcement button in:\n${allText(preview)}`);
  return admin.press(choice.data);
}
