import type { DataSourceOptions } from 'typeorm';

import { MIGRATIONS } from './migrations/index.js';

export const MIGRATIONS_TABLE = 'typeorm_migrations';
export const DEFAULT_POOL_SIZE = 20;

/**
 * TypeORM is used for the connection pool, transactions and migrations; repositories write
 * their SQL explicitly (see docs/adr/0002-sql-repositories.md). Never `synchronize`.
 * The pool has a fixed size: an idle connection is never closed (idleTimeoutMillis 0), and
 * `fillPool` opens them all at start, so load never waits on new connections (see fill-pool.ts).
 */
export const dataSourceOptions = (url: string, poolSize = DEFAULT_POOL_SIZE): DataSourceOptions => ({
  type: 'postgres',
  url,
  migrations: MIGRATIONS,
  migrationsTableName: MIGRATIONS_TABLE,
  migrationsRun: true,
  migrationsTransactionMode: 'each',
  synchronize: false,
  logging: false,
  extra: { max: poolSize, idleTimeoutMillis: 0, application_name: 'chantier-api' },
});
