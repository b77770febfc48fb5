import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DataSource } from 'typeorm';

import { TokenService } from '../src/auth/token.service.js';
import { type RunningServer, startServer } from '../src/bootstrap.js';
import { parseEnv } from '../src/config/env.schema.js';
import { Factories } from './factories/factories.js';
import { gqlClient } from './gql-client.js';
import { createDatabaseFromTemplate, dropDatabase } from './test-database.js';

export interface TestApp {
  readonly url: string;
  readonly server: RunningServer;
  readonly db: DataSource;
  readonly gql: ReturnType<typeof gqlClient>;
  readonly f: Factories;
  close(): Promise<void>;
}

/** Boots the real API on its own fresh database, on a free port. */
export const startTestApp = async (): Promise<TestApp> => {
  const database = `t_${randomBytes(6).toString('hex')}`;
  const url = await createDatabaseFromTemplate(database);
  const env = parseEnv({ NODE_ENV: 'test', SEED_DEMO: 'false', LOG_LEVEL: 'silent', DATA_DIR: join(tmpdir(), 'chantier-test-data') });
  const server = await startServer(env, { port: 0, databaseUrl: url });
  const db = server.app.get(DataSource);
  return {
    url: server.url,
    server,
    db,
    gql: gqlClient(server.url),
    f: new Factories(db, server.app.get(TokenService)),
    close: async () => {
      await server.close();
      await dropDatabase(database);
    },
  };
};
