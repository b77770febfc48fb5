import type { DataSourceOptions } from 'typeorm';

import { MIGRATIONS } from './migrations/index.js';

export const MIGRATIONS_TABLE = 'typeorm_migrations';

/**
 * TypeORM is used for the connection pool, transactions and migrations; repositories write
 * their SQL explicitly (see docs/adr/0002-sql-repositories.md). Never `synchronize`.
 */
export const dataSourceOptions = (url: string): DataSourceOptions => ({
  type: 'postgres',
  url,
  migrations: MIGRATIONS,
  migrationsTableName: MIGRATIONS_TABLE,
  migrationsRun: true,
  migrationsTransactionMode: 'each',
  synchronize: false,
  logging: false,
  extra: { max: 20, application_name: 'chantier-api' },
});
