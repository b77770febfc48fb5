import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DataSource } from 'typeorm';

import { dataSourceOptions } from '../src/database/data-source.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { databaseUrl, SERVER_URL_VARIABLE, TEMPLATE_DATABASE, withAdminClient } from './test-database.js';

/**
 * Starts the test PostgreSQL (embedded under the OS temp folder, since a clean clone may sit
 * below a folder the postgres user cannot enter; or the server in DATABASE_URL) and migrates
 * the template database every test file copies.
 */
export default async function globalSetup(): Promise<void> {
  let base = process.env.DATABASE_URL;
  if (!base) {
    const dir = await mkdtemp(join(tmpdir(), 'chantier-test-pg-'));
    await chmod(dir, 0o755); // the postgres system user must enter it
    const embedded = await startEmbeddedPostgres({
      dir: join(dir, 'pg'),
      database: 'postgres',
      password: 'test',
      persistent: false,
      fast: true,
    });
    (globalThis as { __chantierPg?: typeof embedded }).__chantierPg = embedded;
    base = embedded.url;
  }
  process.env[SERVER_URL_VARIABLE] = base;
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  }, base);
  const db = new DataSource(dataSourceOptions(databaseUrl(TEMPLATE_DATABASE, base)));
  await db.initialize(); // migrationsRun: runs every migration
  await db.destroy();
}
