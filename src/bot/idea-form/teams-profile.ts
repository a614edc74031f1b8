import { TeamsInfo, TurnContext } from 'botbuilder';

/** What Teams tells about the person chatting, for prefilling the focal point. */
export interface TeamsProfile {
  name?: string;
  email?: string;
}

/**
 * The user's name from the activity and, in Teams, their e-mail from the roster. The roster call
 * may fail (permissions, other channels): the form then simply starts without the e-mail.
 */
export async function teamsProfile(context: TurnContext): Promise<TeamsProfile> {
  const name = context.activity.from.name?.trim() || undefined;
  if (context.activity.channelId !== 'msteams') return { name };
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    const email = member.email ?? member.userPrincipalName;
    return { name: member.name?.trim() || name, email: email && email.includes('@') ? email : undefined };
  } catch {
    return { name };
  }
}
