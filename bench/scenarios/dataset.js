import { GENERATOR_VERSION } from '../dataset/load.js';

/*
 * Dataset M itself: loads it when no cluster of this generator version exists yet (or with
 * BENCH_RELOAD=1), and reports the load's timings and the checks it passed. A reused cluster
 * reports the timings recorded when it was loaded.
 */

export const dataset = async ({ dataset: open }) => {
  const db = await open();
  const { marker } = db;
  return {
    dataset: db.describe,
    generatorVersion: GENERATOR_VERSION,
    where: db.external ? 'DATABASE_URL' : db.root,
    loadedNow: db.loadedNow,
    loadedAt: marker.loadedAt,
    loadSeconds: marker.loadSeconds,
    migrateSeconds: marker.migrateSeconds,
    migrations: marker.migrations,
    migrationsAppliedSinceLoad: db.migrationsRunNow,
    timings: marker.timings,
    counts: marker.checks.counts,
    replies: marker.checks.replies,
    privateOrSecretSpaces: marker.checks.privateOrSecretSpaces,
    htmlRenderer: marker.htmlRenderer,
    anchor: marker.anchor,
  };
};
