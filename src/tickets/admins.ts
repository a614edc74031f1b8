import type { AppConfig } from '../config';

/**
 * Whether the person is an IKM administrator (IKM_ADMIN_IDS): only they register the IKM channel.
 * Compares Entra object ids case-insensitively; someone without one (outside Teams) is not.
 */
export function isIkmAdmin(config: Pick<AppConfig, 'ikmAdminIds'>, aadObjectId: string | undefined): boolean {
  if (typeof aadObjectId !== 'string') return false;
  const id = aadObjectId.trim().toLowerCase();
  return id !== '' && config.ikmAdminIds.some((admin) => admin.toLowerCase() === id);
}
