import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** Secrets generated on first start and kept in DATA_DIR, so restarts keep sessions and the database password. */
export interface LocalSecrets {
  readonly jwtSecret: string;
  readonly postgresPassword: string;
}

export const loadOrCreateSecrets = async (dataDir: string): Promise<LocalSecrets> => {
  const file = resolve(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as LocalSecrets;
  const secrets: LocalSecrets = {
    jwtSecret: randomBytes(32).toString('base64url'),
    postgresPassword: randomBytes(18).toString('base64url'),
  };
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
};
