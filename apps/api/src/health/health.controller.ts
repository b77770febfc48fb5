import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

import { Public } from '../common/auth/decorators.js';
import { MIGRATIONS_TABLE } from '../database/data-source.js';
import { MIGRATIONS } from '../database/migrations/index.js';

/** `GET /health`: 200 when the database answers and every migration is applied, 503 otherwise. */
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    try {
      const [row] = (await this.db.query(`SELECT count(*)::int AS applied FROM ${MIGRATIONS_TABLE}`)) as { applied: number }[];
      const pending = MIGRATIONS.length - row!.applied;
      res.status(pending === 0 ? 200 : 503).json({
        status: pending === 0 ? 'ok' : 'migrating',
        database: { status: 'up', latencyMs: Date.now() - started },
        migrations: { applied: row!.applied, pending },
      });
    } catch {
      res.status(503).json({ status: 'error', database: { status: 'down' } });
    }
  }
}
