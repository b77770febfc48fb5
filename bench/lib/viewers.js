import pg from 'pg';

import { TAG, uuidFor } from '../dataset/random.js';

/*
 * Who the benchmarks sign in as: dataset M's people are numbered by activity, so taking every
 * k-th index spreads viewers from the busiest (member of ~100 spaces) to the quietest (none).
 */

export const withClient = async (url, work) => {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

/** `count` active people spread evenly over the activity ranks. */
export const sampleViewers = (url, count) =>
  withClient(url, async (client) => {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM app_user');
    const step = Math.max(1, Math.floor(rows[0].n / count));
    const ids = Array.from({ length: Math.min(count, rows[0].n) }, (_, i) => uuidFor(TAG.user, i * step));
    const found = await client.query('SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND active', [ids]);
    const present = new Set(found.rows.map((r) => r.id));
    return ids.filter((id) => present.has(id));
  });
