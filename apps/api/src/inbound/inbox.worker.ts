import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';

import { logger } from '../common/logger.js';
import { InboxRepository } from './inbox.repository.js';
import { type InboundJob, InboxService } from './inbox.service.js';
import { INBOUND_QUEUE, JobQueue } from './job-queue.js';

export const INBOUND_WORKER_OPTIONS = Symbol('INBOUND_WORKER_OPTIONS');
export interface InboundWorkerOptions {
  /** False in a process that must not consume the queue. */
  enabled: boolean;
}

const BATCH_SIZE = 25;
const WORKERS = 2;
/** Events of one batch processed at once: each waits on the database most of its time. */
const CONCURRENCY = 4;

/** Between two batches while the process is busy acknowledging (see run). */
const BUSY_PAUSE_MS = 1_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Consumes the inbox queue: each job names one inbox row, processed in its own transaction with
 * the row locked, so a redelivered job, a replay or a second worker process never applies an
 * event twice. A failure keeps its error on the row (FAILED) and the job is retried with backoff.
 */
@Injectable()
export class InboxWorker implements OnApplicationBootstrap {
  constructor(
    private readonly inboxService: InboxService,
    private readonly inbox: InboxRepository,
    private readonly queue: JobQueue,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(INBOUND_WORKER_OPTIONS) private readonly options: InboundWorkerOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.enabled) return;
    for (let i = 0; i < WORKERS; i += 1) {
      const id = await this.queue.work<InboundJob>(
        INBOUND_QUEUE.name,
        { batchSize: BATCH_SIZE, pollingIntervalSeconds: 0.5 },
        (jobs, workerId) => this.run(jobs, workerId),
      );
      this.inboxService.localWorkers.push(id);
    }
  }

  /** Processes one inbox row; exported for tests and for synchronous replays. */
  async process(eventId: string): Promise<void> {
    const effects: (() => void)[] = [];
    try {
      await this.db.transaction(async (tx) => {
        const event = await this.inbox.lock(tx, eventId);
        if (!event || event.status === 'PROCESSED' || event.status === 'IGNORED') return;
        const handler = this.inboxService.handlerFor(event.source);
        if (!handler) throw new Error(`No processor is installed for ${event.source} events`);
        const outcome = await handler(tx, event, (effect) => effects.push(effect));
        await this.inbox.recordOutcome(tx, event.id, outcome);
      });
    } catch (error) {
      await this.inbox.recordFailure(eventId, describe(error));
      throw error;
    }
    for (const effect of effects) {
      try {
        effect();
      } catch (error) {
        logger.error({ err: error, eventId }, 'inbound after-commit effect failed');
      }
    }
  }

  private async run(jobs: PgBoss.Job<InboundJob>[], workerId: string): Promise<void> {
    // While deliveries pour in faster than they can be processed, the acknowledgements senders wait
    // on come first: one event at a time, then a pause (≈ 40 events/s for the two workers); the
    // backlog is drained at full speed once the burst is over. Pressure is read before every event,
    // not once per batch: a batch taken just before a burst would otherwise run at full speed
    // through its first second (the ingest benchmark's open loop stalled 0.3–0.5 s at each start).
    const pressure = this.inboxService.pressure;
    // Events about one external object serialise on its thread lock, so order within a batch does not matter.
    let next = 0;
    const lane = async (index: number) => {
      for (let job = jobs[next]; job; job = jobs[next]) {
        if (index > 0 && pressure.busy()) return;
        next += 1;
        try {
          await this.process(job.data.id);
        } catch (error) {
          logger.warn({ err: error, eventId: job.data.id }, 'inbound event failed; will retry');
          await this.queue.fail(INBOUND_QUEUE.name, job.id, describe(error));
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, jobs.length) }, (_, index) => lane(index)));
    if (pressure.busy()) await sleep(BUSY_PAUSE_MS);
    // A full batch means more is waiting: skip the polling pause.
    else if (jobs.length === BATCH_SIZE) void this.queue.wake([workerId]);
  }
}
