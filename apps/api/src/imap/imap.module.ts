import { type DynamicModule, Module } from '@nestjs/common';

import { ImapStateRepository } from './imap-state.repository.js';
import { IMAP_WATCH_OPTIONS, type ImapWatchOptions, ImapWatchService } from './imap-watch.service.js';

/** IMAP connectors: watches each active connector's mailbox and feeds its messages to the inbox. */
@Module({})
export class ImapModule {
  /** `enabled`: where the queue workers run (the API by default, WORKER_ONLY processes). */
  static forRoot(options: ImapWatchOptions): DynamicModule {
    return {
      module: ImapModule,
      providers: [ImapStateRepository, ImapWatchService, { provide: IMAP_WATCH_OPTIONS, useValue: options }],
      exports: [ImapWatchService],
    };
  }
}
