import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * Files on local disk under `<DATA_DIR>/files/<first 2 hex of sha256>/<sha256>`: content-addressed,
 * so the same file sent twice (or a retried job) is stored once, and written to a temporary name
 * then renamed, so a reader never sees half a file.
 */
export class AttachmentStore {
  private readonly root: string;

  constructor(dataDir: string) {
    this.root = resolve(dataDir, 'files');
  }

  /** Stores the bytes; returns their digest and the storage key to keep in the database. */
  async put(content: Buffer): Promise<{ sha256: string; storageKey: string }> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const storageKey = `${sha256.slice(0, 2)}/${sha256}`;
    const path = this.pathOf(storageKey);
    if (!(await this.exists(path))) {
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeFile(temporary, content, { mode: 0o640 });
        await rename(temporary, path);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
    }
    return { sha256, storageKey };
  }

  open(storageKey: string): ReadStream {
    return createReadStream(this.pathOf(storageKey));
  }

  private pathOf(storageKey: string): string {
    if (!/^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(storageKey)) throw new Error(`not a storage key: ${storageKey}`);
    return resolve(this.root, storageKey);
  }

  private async exists(path: string): Promise<boolean> {
    return stat(path).then(
      () => true,
      () => false,
    );
  }
}
