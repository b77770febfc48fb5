import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import pg from 'pg';

/*
 * Where dataset M lives: a dedicated embedded PostgreSQL cluster under the OS temp folder
 * (<tmp>/chantier-bench-m-<key>/pg), kept between bench runs, or the database DATABASE_URL
 * names. The database's comment records which generator version loaded it; a cluster whose
 * comment is missing or older is loaded again. BENCH_RELOAD=1 forces a reload.
 */

const API_DIST = new URL('../../apps/api/dist/', import.meta.url);
const PASSWORD = 'bench-dataset-m'; // a throwaway local cluster listening on 127.0.0.1 only
const DATABASE = 'chantier_m';

export const clusterRoot = (key) => join(tmpdir(), `chantier-bench-m-${key}`);

/** Starts the cluster (or connects to DATABASE_URL); `fast` trades durability for load speed. */
export const openDatabase = async (key, { fast = false, wipe = false } = {}) => {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    if (wipe) await wipeExternal(url);
    return { url, external: true, stop: async () => {} };
  }
  const { startEmbeddedPostgres } = await import(new URL('database/embedded-postgres.js', API_DIST));
  const root = clusterRoot(key);
  if (wipe) rmSync(join(root, 'pg'), { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  chmodSync(root, 0o755); // the postgres system user must traverse it
  removeStaleVersions(key);
  const db = await startEmbeddedPostgres({ dir: join(root, 'pg'), database: DATABASE, password: PASSWORD, persistent: true, fast });
  return { url: db.url, external: false, root, stop: () => db.stop() };
};

/** Older versions' clusters are only disk space (≈ 2 GB each): remove those no server runs on. */
const removeStaleVersions = (key) => {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('chantier-bench-m-') || name === `chantier-bench-m-${key}`) continue;
    if (!existsSync(join(tmpdir(), name, 'pg', 'postmaster.pid'))) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
};

/** An external database is emptied only when it is empty already or was loaded by this generator. */
const wipeExternal = async (url) => {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const marker = await readMarker(client);
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (!marker && rows[0].n > 0) {
      throw new Error(
        `DATABASE_URL points at a database with tables that dataset M did not load: refusing to empty it. Use an empty database.`,
      );
    }
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  } finally {
    await client.end();
  }
};

export const readMarker = async (client) => {
  const { rows } = await client.query(
    `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = current_database()`,
  );
  try {
    const marker = JSON.parse(rows[0]?.comment ?? 'null');
    return marker?.dataset === 'M' ? marker : null;
  } catch {
    return null;
  }
};

export const writeMarker = async (client, marker) => {
  const literal = JSON.stringify({ dataset: 'M', ...marker }).replace(/'/g, "''");
  const { rows } = await client.query('SELECT current_database() AS name');
  await client.query(`COMMENT ON DATABASE "${rows[0].name.replace(/"/g, '')}" IS '${literal}'`);
};

/** Applies the API's migrations (the built ones), returning the names of those that ran now. */
export const migrate = async (url) => {
  const { DataSource } = await import('typeorm');
  const { dataSourceOptions } = await import(new URL('database/data-source.js', API_DIST));
  const source = new DataSource({ ...dataSourceOptions(url), migrationsRun: false, extra: { max: 2 } });
  await source.initialize();
  try {
    const ran = await source.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await source.destroy();
  }
};
