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
  /** The pause before each event while the process is busy acknowledging; tests shorten it. */
  busySpacingMs?: number;
}

const BATCH_SIZE = 25;
const WORKERS = 2;
/** Events of one batch processed at once: each waits on the database most of its time. */
const CONCURRENCY = 4;

/** Before each event while the process is busy acknowledging (see run): ≤ 5 events/s per worker. */
const BUSY_SPACING_MS = 200;

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
    // on come first: one lane, and a pause before each event (≤ 10 events/s for the two workers). Pressure is
    // read before every event, not once per batch: a batch taken just before a burst would otherwise
    // run at full speed through its first second. The backlog drains at full speed once the burst
    // is over, and a process that is shutting down finishes its batch without pausing, so the batch
    // is done before the queue stops waiting for it.
    const pressure = this.inboxService.pressure;
    const yielding = () => pressure.busy() && !this.queue.stopping;
    // Events about one external object serialise on its thread lock, so order within a batch does not matter.
    let next = 0;
    const lane = async (index: number) => {
      while (next < jobs.length) {
        if (yielding()) {
          if (index > 0) return;
          await sleep(this.options.busySpacingMs ?? BUSY_SPACING_MS);
        }
        const job = jobs[next];
        if (!job) return;
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
    // A full batch means more is waiting: skip the polling pause, unless deliveries still pour in.
    if (jobs.length === BATCH_SIZE && !pressure.busy() && !this.queue.stopping) void this.queue.wake([workerId]);
  }
}
