import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/**
 * `npm run playground -- --admin`: the Playground's user as an IKM administrator. The bot accepts
 * only GUIDs in IKM_ADMIN_IDS (Entra object ids are GUIDs), and the Playground's default user has a
 * made-up id that is not one; so the Playground gets a configuration of its own (it reads
 * `.m365agentsplayground.yml` in its working folder) whose user has this id.
 */
export const PLAYGROUND_ADMIN_ID = '6f1c2a9e-0b7d-4c1e-9a55-3d2f8e4b7a10';

/** The Playground's configuration with an administrator as its user (the rest as the Playground's defaults). */
export function playgroundAdminConfig(adminId = PLAYGROUND_ADMIN_ID): string {
  const sampleUser = (n: number, name: string, login: string) => ({
    id: `user-id-${n}`,
    name,
    userPrincipleName: `${login}@example.com`,
    aadObjectId: `00000000-0000-0000-0000-00000000002${n}`,
    givenName: name.split(' ')[0],
    surname: name.split(' ')[1],
    email: `${login}@example.com`,
  });
  return YAML.stringify({
    version: '0.1.1',
    tenantId: '00000000-0000-0000-0000-0000000000001',
    bot: { id: '00000000-0000-0000-0000-00000000000011', name: 'Test Bot' },
    // The Playground's default user, with an Entra object id that is a GUID.
    currentUser: {
      id: 'user-id-0',
      name: 'Alex Wilber',
      userPrincipleName: 'alexw@example.com',
      aadObjectId: adminId,
      givenName: 'Alex',
      surname: 'Wilber',
      email: 'alexw@example.com',
    },
    // The Playground requires five other users (its sample people).
    users: [
      sampleUser(1, 'Megan Bowen', 'meganb'),
      sampleUser(2, 'Adele Vance', 'adelev'),
      sampleUser(3, 'Isaiah Langer', 'isaiahl'),
      sampleUser(4, 'Patti Fernandez', 'pattif'),
      sampleUser(5, 'Lynne Robbins', 'lynner'),
    ],
    personalChat: { id: '__PERSONAL_CHAT_ID__' },
    groupChat: { id: '__GROUP_CHAT_ID__', name: 'Group Chat' },
    team: { id: 'team-id', name: 'My Team', aadGroupId: '00000000-0000-0000-0000-000000000031', channels: [{ id: 'channel-announcements-id', name: 'Announcements' }] },
  });
}

/** Writes the configuration into `folder` (the Playground's working folder) and returns the folder. */
export function writePlaygroundAdminConfig(folder: string): string {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, '.m365agentsplayground.yml'), playgroundAdminConfig());
  return folder;
}
