import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

import { INBOUND_QUEUE, JOB_QUEUE_SCHEMA } from '../../inbound/job-queue.js';

/**
 * The pg-boss job queue's own tables, created from the SQL pg-boss publishes for its schema
 * version, so that every schema change still goes through a migration and pg-boss itself starts
 * with `migrate: false`. Queues are created here too: pg-boss 10 gives each one a table partition. A pg-boss upgrade that bumps its schema version needs a migration
 * running `PgBoss.getMigrationPlans(schema, fromVersion)`.
 */
export class JobQueue1763900450000 implements MigrationInterface {
  name = 'JobQueue1763900450000';
  // The plan carries its own BEGIN/COMMIT and advisory lock.
  transaction = false;

  async up(db: QueryRunner): Promise<void> {
    const [{ exists }] = (await db.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [`${JOB_QUEUE_SCHEMA}.version`])) as {
      exists: boolean;
    }[];
    if (!exists) await db.query(PgBoss.getConstructionPlans(JOB_QUEUE_SCHEMA));
    const { name, ...options } = INBOUND_QUEUE;
    await db.query(`SELECT ${JOB_QUEUE_SCHEMA}.create_queue($1, $2::json)`, [name, JSON.stringify(options)]);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA ${JOB_QUEUE_SCHEMA} CASCADE`);
  }
}
