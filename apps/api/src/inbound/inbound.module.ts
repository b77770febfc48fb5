import { type DynamicModule, Global, Module } from '@nestjs/common';

import { InboxRepository } from './inbox.repository.js';
import { InboxService } from './inbox.service.js';
import { INBOUND_WORKER_OPTIONS, type InboundWorkerOptions, InboxWorker } from './inbox.worker.js';
import { JobQueue } from './job-queue.js';
import { PressureRelay } from './pressure-relay.js';

/** The inbox, its queue and its workers; other features register their handlers on InboxService. */
@Global()
@Module({})
export class InboundModule {
  static forRoot(options: InboundWorkerOptions): DynamicModule {
    return {
      module: InboundModule,
      providers: [
        JobQueue,
        InboxRepository,
        InboxService,
        InboxWorker,
        PressureRelay,
        { provide: INBOUND_WORKER_OPTIONS, useValue: options },
      ],
      exports: [JobQueue, InboxService, InboxWorker],
    };
  }
}
