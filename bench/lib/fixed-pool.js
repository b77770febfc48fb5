import pg from 'pg';

const { fillPool } = await import(new URL('../../apps/api/dist/database/fill-pool.js', import.meta.url).href);

/**
 * A baseline server's pool, set up as the API's (apps/api/src/database/data-source.ts): a fixed
 * number of connections, all opened before the server listens and never closed for being idle,
 * so neither side pays for new connections in the middle of a measured run.
 */
export const openFixedPool = async (connectionString, size = 20) => {
  const pool = new pg.Pool({ connectionString, max: size, idleTimeoutMillis: 0 });
  await fillPool({ driver: { master: pool } }, size);
  return pool;
};
