import type { DataSource } from 'typeorm';

import { pgPoolOf } from './pg-pool.js';

/**
 * Opens every connection of the pool at once, before the server takes traffic. Each new
 * connection costs a backend start and a SCRAM exchange (milliseconds of CPU on both sides);
 * opened on demand, they all arrive together with the first burst of requests, and after a quiet
 * spell again. On the ingest benchmark, deliveries arriving while ~10 connections were being
 * opened waited 0.3–1 s (docs/adr/0010-fixed-size-pool.md). The pool never closes idle ones
 * (data-source.ts), so once filled it stays filled; a connection lost later is reopened on demand.
 */
export const fillPool = async (db: DataSource, size: number): Promise<void> => {
  const pool = pgPoolOf(db);
  const opened = await Promise.allSettled(Array.from({ length: size }, () => pool.connect()));
  for (const result of opened) if (result.status === 'fulfilled') result.value.release();
  const failed = opened.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) {
    throw new Error(
      `Could not open the ${size} database connections of DATABASE_POOL_SIZE (lower it, or raise PostgreSQL's max_connections): ${String(failed.reason)}`,
    );
  }
};
