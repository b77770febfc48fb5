import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/** The `pg` Pool under a TypeORM DataSource: its Postgres driver keeps it as `master`. */
export const pgPoolOf = (db: Pick<DataSource, 'driver'>): Pool => (db.driver as unknown as { master: Pool }).master;
