import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DataSource } from 'typeorm';

import { TokenService } from '../src/auth/token.service.js';
import { type RunningServer, startServer } from '../src/bootstrap.js';
import { parseEnv } from '../src/config/env.schema.js';
import { Factories } from './factories/factories.js';
import { gqlClient } from './gql-client.js';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase } from './test-database.js';

export interface TestApp {
  readonly url: string;
  readonly server: RunningServer;
  readonly db: DataSource;
  readonly gql: ReturnType<typeof gqlClient>;
  readonly f: Factories;
  /** Its database's name, to start another app on it (`startTestApp({ database })`). */
  readonly database: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Start on this existing database (a restart, or a second process) instead of a fresh one. */
  database?: string;
  /** Leave the database in place on close, for an app started after this one. */
  keepDatabase?: boolean;
  /** Extra environment variables (e.g. `QUEUE_WORKERS: 'false'`). */
  env?: Record<string, string>;
}

/** Boots the real API on its own fresh database (or `options.database`), on a free port. */
export const startTestApp = async (options: TestAppOptions = {}): Promise<TestApp> => {
  const database = options.database ?? `t_${randomBytes(6).toString('hex')}`;
  const url = options.database ? databaseUrl(database) : await createDatabaseFromTemplate(database);
  const env = parseEnv({
    NODE_ENV: 'test',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    DATA_DIR: join(tmpdir(), 'chantier-test-data'),
    ...options.env,
  });
  const server = await startServer(env, { port: 0, smtpPort: 0, databaseUrl: url });
  const db = server.app.get(DataSource);
  return {
    url: server.url,
    server,
    db,
    gql: gqlClient(server.url),
    f: new Factories(db, server.app.get(TokenService)),
    database,
    close: async () => {
      await server.close();
      if (!options.keepDatabase) await dropDatabase(database);
    },
  };
};
