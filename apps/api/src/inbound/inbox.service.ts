import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { GroupCommit } from './group-commit.js';
import type { AcceptedItem, InboundHandler, InboundItem, InboundSource } from './inbound.types.js';
import { inboxKey, InboxRepository } from './inbox.repository.js';
import { IngestPressure } from './ingest-pressure.js';
import { JobQueue } from './job-queue.js';

export interface InboundJob {
  id: string;
}

/**
 * Above this rate input arrives faster than one process turns it into posts (≈ 150–200/s here):
 * the backlog grows whatever the workers do, so they yield the CPU to acknowledging instead.
 */
const BUSY_ACCEPTS_PER_SECOND = 250;

/** Two statements in flight leave the pool to the workers and the API, and let groups form under load. */
const GROUP_COMMIT = { maxInFlight: 2, maxGroup: 64 };

/**
 * The inbox: accepted input is stored with its processing job in one transaction, and only then
 * acknowledged by the caller. Handlers per source are registered by the feature that owns them.
 */
@Injectable()
export class InboxService {
  private readonly handlers = new Map<InboundSource, InboundHandler>();
  /** Workers of this process, woken after each accept so a quiet queue answers in milliseconds, not a poll. */
  readonly localWorkers: string[] = [];
  /** Accepts per second of this process; above BUSY_ACCEPTS_PER_SECOND its workers yield to acknowledging. */
  readonly pressure = new IngestPressure(BUSY_ACCEPTS_PER_SECOND);
  private readonly grouped = new GroupCommit<InboundItem, AcceptedItem>((items) => this.store(items), GROUP_COMMIT);

  constructor(
    private readonly inbox: InboxRepository,
    private readonly queue: JobQueue,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  registerHandler(sources: readonly InboundSource[], handler: InboundHandler): void {
    for (const source of sources) {
      if (this.handlers.has(source)) throw new Error(`A handler for ${source} is already registered`);
      this.handlers.set(source, handler);
    }
  }

  handlerFor(source: InboundSource): InboundHandler | undefined {
    return this.handlers.get(source);
  }

  /** Resolves once the rows and their jobs are committed; a redelivery gets the first row's id. */
  async accept(items: readonly InboundItem[]): Promise<AcceptedItem[]> {
    // A single delivery or mail joins the next group statement; a batch is one statement of its own (all or nothing).
    const accepted = items.length === 1 ? [await this.grouped.add(items[0]!)] : await this.store(items);
    const fresh = accepted.filter((item) => !item.duplicate).length;
    this.pressure.record(fresh);
    // During a burst the workers find the new jobs at their next poll rather than racing the senders for the CPU.
    if (fresh > 0 && !this.pressure.busy()) void this.queue.wake(this.localWorkers);
    return accepted;
  }

  /** Stores items and their jobs in one statement; an item seen before (or twice here) gets the first row's id. */
  private async store(items: readonly InboundItem[]): Promise<AcceptedItem[]> {
    const inserted = await this.inbox.insertWithJobs(items);
    const stored = items.filter((item) => !inserted.has(inboxKey(item)));
    const existing = stored.length > 0 ? await this.inbox.existingIds(stored) : new Map<string, string>();
    const answered = new Set<string>();
    return items.map((item) => {
      const key = inboxKey(item);
      const id = inserted.get(key);
      if (id && !answered.has(key)) {
        answered.add(key);
        return { id, duplicate: false };
      }
      const first = id ?? existing.get(key);
      // Absent only if the first delivery's row was deleted between the two statements (its connector removed).
      if (!first) throw new Error('The inbox row of this delivery disappeared while it was being stored');
      return { id: first, duplicate: true };
    });
  }

  /** Queues a FAILED, UNROUTED or IGNORED row again; false when the row is absent or not replayable. */
  async replay(id: string): Promise<boolean> {
    const [reopened] = await this.reopen(async () => [id]);
    return reopened !== undefined;
  }

  /** Replays a connector's (or, with null, every connector's) UNROUTED rows that waited for `routingKey`. */
  async replayUnrouted(connectorId: string | null, routingKey: string): Promise<number> {
    return (await this.reopen((tx) => this.inbox.unroutedIds(tx, routingKey, connectorId))).length;
  }

  private async reopen(select: (tx: EntityManager) => Promise<string[]>): Promise<string[]> {
    const reopened = await this.db.transaction(async (tx) => this.inbox.reopen(tx, await select(tx)));
    if (reopened.length > 0) void this.queue.wake(this.localWorkers);
    return reopened;
  }
}
