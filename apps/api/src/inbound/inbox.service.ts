import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import type { AcceptedItem, InboundHandler, InboundItem, InboundSource } from './inbound.types.js';
import { InboxRepository } from './inbox.repository.js';
import { JobQueue } from './job-queue.js';

export interface InboundJob {
  id: string;
}

/**
 * The inbox: accepted input is stored with its processing job in one transaction, and only then
 * acknowledged by the caller. Handlers per source are registered by the feature that owns them.
 */
@Injectable()
export class InboxService {
  private readonly handlers = new Map<InboundSource, InboundHandler>();
  /** Workers of this process, woken after each accept so a quiet queue answers in milliseconds, not a poll. */
  readonly localWorkers: string[] = [];

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
    // One item (a delivery, a mail) is one statement, atomic by itself; a batch shares a transaction.
    const accepted =
      items.length === 1
        ? [await this.acceptOne(items[0]!, this.db)]
        : await this.db.transaction(async (tx) => {
            const results: AcceptedItem[] = [];
            for (const item of items) results.push(await this.acceptOne(item, tx));
            return results;
          });
    if (accepted.some((item) => !item.duplicate)) void this.queue.wake(this.localWorkers);
    return accepted;
  }

  private async acceptOne(item: InboundItem, on: DataSource | EntityManager): Promise<AcceptedItem> {
    const id = await this.inbox.insertWithJob(item, on);
    if (id) return { id, duplicate: false };
    const first = await this.inbox.existingId(item, on);
    // Absent only if the first delivery's row was deleted between the two statements (its connector removed).
    if (!first) throw new Error('The inbox row of this delivery disappeared while it was being stored');
    return { id: first, duplicate: true };
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
