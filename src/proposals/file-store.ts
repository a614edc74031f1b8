import { mkdir, readFile, writeFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

/**
 * Where handed-in proposal files are kept. The default is a folder on disk (PROPOSALS_DIR); a
 * deployment with several instances points it at shared, durable storage (a mounted Azure Files
 * share, say). The store only needs to put, read and remove opaque names.
 */
export interface ProposalFileStore {
  /** Stores the bytes under a new name (written whole or not at all); returns that name. */
  put(bytes: Buffer, extension: string): Promise<string>;
  get(name: string): Promise<Buffer | undefined>;
  remove(name: string): Promise<void>;
}

/** A name the store gave (a UUID and an extension): nothing else is ever read or removed. */
export const STORED_FILE_NAME = /^[0-9a-f-]{36}\.[a-z0-9]{1,8}$/;

export class DiskFileStore implements ProposalFileStore {
  constructor(private readonly dir: string) {}

  async put(bytes: Buffer, extension: string): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    const name = `${randomUUID()}.${extension}`;
    const temporary = path.join(this.dir, `.${name}.part`);
    // Written aside, then renamed: a crash never leaves half a file under the final name.
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, path.join(this.dir, name));
    return name;
  }

  async get(name: string): Promise<Buffer | undefined> {
    if (!STORED_FILE_NAME.test(name)) return undefined;
    try {
      return await readFile(path.join(this.dir, name));
    } catch {
      return undefined;
    }
  }

  async remove(name: string): Promise<void> {
    if (STORED_FILE_NAME.test(name)) await rm(path.join(this.dir, name), { force: true });
  }
}
