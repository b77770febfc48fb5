import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';

import { logger } from '../common/logger.js';

export const JOB_QUEUE_SCHEMA = 'pgboss';

/**
 * Runs pg-boss SQL on a TypeORM transaction (so a job commits with the row it is about) or on the
 * pool. Structured results: TypeORM's plain `query` answers UPDATE … RETURNING with [rows, count].
 */
const onConnection = (db: DataSource | EntityManager): PgBoss.Db => ({
  executeSql: async (text, values) => {
    const runner = 'manager' in db ? db.createQueryRunner() : db.queryRunner!;
    try {
      const result = await runner.query(text, values, true);
      return { rows: result.records as unknown[] };
    } finally {
      if (runner !== (db as EntityManager).queryRunner) await runner.release();
    }
  },
});

/** The queues, created by migrations (pg-boss 10 makes a table partition per queue: that is DDL). */
export const INBOUND_QUEUE = {
  name: 'inbound-event',
  policy: 'standard',
  retryLimit: 8,
  /** Seconds before the first retry; doubled at each attempt (≈ 8.5 min in all). */
  retryDelay: 2,
  retryBackoff: true,
  /**
   * A job still active after this long belongs to a dead worker and is retried. An event takes
   * milliseconds; a job retried while its first run still goes waits on the row lock, then skips.
   */
  expireInSeconds: 20,
} as const;

/**
 * SQL inserting one job per row of `source` (a CTE yielding `id`) into the inbound queue, as
 * pg-boss 10.4's own insert would (same columns, the queue's retry and expiry settings), for use
 * inside a larger statement: an inbox row and its job then commit in ONE round trip, without
 * BEGIN/COMMIT (bench/scenarios/ingest.js measured 5 round trips per delivery otherwise). Tied to
 * pg-boss's job table of schema version 24 (1763900450000-JobQueue); a pg-boss upgrade checks it.
 */
export const inboundJobInsertSql = (source: string): string => `
  INSERT INTO ${JOB_QUEUE_SCHEMA}.job (name, data, retry_limit, retry_delay, retry_backoff, expire_in, policy)
  SELECT '${INBOUND_QUEUE.name}', jsonb_build_object('id', ${source}.id), ${INBOUND_QUEUE.retryLimit}, ${INBOUND_QUEUE.retryDelay},
         ${INBOUND_QUEUE.retryBackoff}, interval '${INBOUND_QUEUE.expireInSeconds} seconds', '${INBOUND_QUEUE.policy}'
    FROM ${source}`;

/**
 * The PostgreSQL job queue (pg-boss 10, its tables made by a migration). It shares TypeORM's pool
 * rather than opening a second one, and is started lazily by whoever needs it first.
 */
@Injectable()
export class JobQueue implements BeforeApplicationShutdown {
  private boss: Promise<PgBoss> | undefined;
  /** Set once the process begins to shut down: workers then finish the batch in hand without pausing. */
  stopping = false;
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  ready(): Promise<PgBoss> {
    this.boss ??= this.start();
    return this.boss;
  }

  async work<T>(
    name: string,
    options: PgBoss.WorkOptions,
    handler: (jobs: PgBoss.Job<T>[], workerId: string) => Promise<void>,
  ): Promise<string> {
    const boss = await this.ready();
    let workerId = '';
    workerId = await boss.work<T>(name, options, (jobs) => handler(jobs, workerId));
    return workerId;
  }

  /** Wakes a local worker now instead of at its next poll. */
  async wake(workerIds: readonly string[]): Promise<void> {
    if (!this.boss || workerIds.length === 0) return;
    const boss = await this.boss;
    for (const id of workerIds) boss.notifyWorker(id);
  }

  async fail(name: string, jobId: string, error: string): Promise<void> {
    const boss = await this.ready();
    await boss.fail(name, jobId, { error });
  }

  // Before TypeORM's own shutdown hook closes the pool pg-boss runs on.
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (!this.boss) return;
    const boss = await this.boss;
    // Jobs in hand are left to expire and be retried elsewhere: processing is idempotent.
    await boss.stop({ graceful: true, wait: true, timeout: 5_000, close: false });
  }

  private async start(): Promise<PgBoss> {
    const boss = new PgBoss({
      db: onConnection(this.db),
      schema: JOB_QUEUE_SCHEMA,
      migrate: false,
      schedule: false,
      // Expiry of jobs held by a killed worker is checked at each maintenance pass.
      maintenanceIntervalSeconds: 10,
    });
    boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
    await boss.start();
    return boss;
  }
}
