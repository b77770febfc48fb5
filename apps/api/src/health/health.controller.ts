import { Controller, Get, Inject, Optional, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

import { Public } from '../common/auth/decorators.js';
import { MIGRATIONS_TABLE } from '../database/data-source.js';
import { MIGRATIONS } from '../database/migrations/index.js';
import { INBOUND_QUEUE, JOB_QUEUE_SCHEMA } from '../inbound/job-queue.js';
import { RedisConnection } from '../realtime/redis.connection.js';

/**
 * `GET /health`: 200 when the database answers, every migration is applied and, when REDIS_URL
 * is set, Redis answers too (without it this process's realtime events reach no other process);
 * 503 otherwise.
 */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Optional() @Inject(RedisConnection) private readonly redis: RedisConnection | null,
  ) {}

  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    const [database, queue, redisStatus] = await Promise.all([
      this.db.query(`SELECT count(*)::int AS applied FROM ${MIGRATIONS_TABLE}`).then(
        (rows: { applied: number }[]) => ({ applied: rows[0]!.applied, latencyMs: Date.now() - started }),
        () => null,
      ),
      this.queueStatus(),
      this.redis?.status(),
    ]);
    const redis = redisStatus ? { redis: { status: redisStatus } } : {};
    const redisUp = redisStatus !== 'down';
    if (!database) {
      res.status(503).json({ status: 'error', database: { status: 'down' }, ...redis });
      return;
    }
    const pending = MIGRATIONS.length - database.applied;
    res.status(pending === 0 && redisUp ? 200 : 503).json({
      status: pending > 0 ? 'migrating' : redisUp ? 'ok' : 'error',
      database: { status: 'up', latencyMs: database.latencyMs },
      migrations: { applied: database.applied, pending },
      queue,
      ...redis,
    });
  }

  /** The inbox queue's backlog: informative (a backlog drains), so it never turns health red. */
  private async queueStatus(): Promise<{ status: 'up' | 'down'; waiting?: number; failedEvents?: number }> {
    try {
      const [row] = (await this.db.query(
        `SELECT (SELECT count(*)::int FROM ${JOB_QUEUE_SCHEMA}.job WHERE name = $1 AND state < 'active') AS waiting,
                (SELECT count(*)::int FROM inbound_event WHERE status = 'FAILED') AS "failedEvents"`,
        [INBOUND_QUEUE.name],
      )) as { waiting: number; failedEvents: number }[];
      return { status: 'up', ...row };
    } catch {
      return { status: 'down' };
    }
  }
}
