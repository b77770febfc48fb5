import pg from 'pg';

const api = (path) => import(new URL(`../../apps/api/dist/database/${path}`, import.meta.url).href);
const { dataSourceOptions } = await api('data-source.js');
const { fillPool } = await api('fill-pool.js');

/**
 * A baseline server's pool with the API's own settings (apps/api/src/database/data-source.ts: its
 * size, no idle timeout) and filled the API's way before the server listens, so neither side pays
 * for new connections in the middle of a measured run.
 */
export const openFixedPool = async (connectionString) => {
  const { max, idleTimeoutMillis } = dataSourceOptions(connectionString).extra;
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis });
  await fillPool({ driver: { master: pool } }, max);
  return pool;
};
