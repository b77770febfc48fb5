import { randomBytes } from 'node:crypto';

import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import { DataSource } from 'typeorm';

import { logger } from '../common/logger.js';
import { InboxService } from './inbox.service.js';
import { INBOUND_WORKER_OPTIONS, type InboundWorkerOptions } from './inbox.worker.js';

export const PRESSURE_CHANNEL = 'chantier_ingest_pressure';
const PUBLISH_EVERY_MS = 250;
const RECONNECT_AFTER_MS = 1_000;

/** `<sender> <accepts per second>`, as published on PRESSURE_CHANNEL. */
export const parsePressureMessage = (payload: string | undefined): { sender: string; perSecond: number } | undefined => {
  const match = /^(\S{1,64}) (\d{1,7})$/.exec(payload ?? '');
  return match ? { sender: match[1]!, perSecond: Number(match[2]) } : undefined;
};

/**
 * Shares each process's accept rate through PostgreSQL (NOTIFY/LISTEN), so that workers yield to
 * acknowledging wherever the deliveries arrive: a WORKER_ONLY process accepts no webhooks, yet at
 * full speed it takes the CPU and the database from the process that does (ADR 0009). A process
 * publishes four times a second while it is accepting, and nothing when idle; processes that run
 * workers listen. Without news (listener down, publisher gone) a report expires after a second
 * and workers run at full speed again: the signal only ever defers processing, never drops it.
 */
@Injectable()
export class PressureRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly sender = `${process.pid}-${randomBytes(4).toString('hex')}`;
  private timer: NodeJS.Timeout | undefined;
  private reconnect: NodeJS.Timeout | undefined;
  private listener: pg.Client | undefined;
  private stopped = false;

  constructor(
    private readonly inbox: InboxService,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(INBOUND_WORKER_OPTIONS) private readonly options: InboundWorkerOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.timer = setInterval(() => this.publish(), PUBLISH_EVERY_MS);
    this.timer.unref();
    if (this.options.enabled) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.reconnect);
    await this.listener?.end().catch(() => undefined);
  }

  private publish(): void {
    const perSecond = this.inbox.pressure.localPerSecond();
    if (perSecond === 0) return;
    this.db.query('SELECT pg_notify($1, $2)', [PRESSURE_CHANNEL, `${this.sender} ${perSecond}`]).catch((error: unknown) => {
      logger.debug({ err: error }, 'ingest pressure not published');
    });
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: (this.db.options as { url: string }).url, application_name: 'chantier-pressure' });
    this.listener = client;
    const retry = () => {
      if (this.stopped || this.listener !== client) return;
      this.listener = undefined;
      this.reconnect = setTimeout(() => void this.listen(), RECONNECT_AFTER_MS);
      this.reconnect.unref();
    };
    client.on('error', (error) => {
      logger.warn({ err: error }, 'ingest pressure listener lost; reconnecting');
      retry();
    });
    client.on('end', retry);
    client.on('notification', ({ payload }) => {
      const report = parsePressureMessage(payload);
      if (report && report.sender !== this.sender) this.inbox.pressure.observe(report.sender, report.perSecond);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PRESSURE_CHANNEL}`);
    } catch (error) {
      logger.warn({ err: error }, 'ingest pressure listener could not start; retrying');
      await client.end().catch(() => undefined);
      retry();
    }
  }
}
