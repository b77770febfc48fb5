import { Module } from '@nestjs/common';

import { HooksService } from './hooks.service.js';

/**
 * Webhooks in: verification per source, then the inbox (ConnectorsModule and InboundModule are
 * global). The HTTP route is mounted by bootstrap.ts ahead of Express (hooks-route.ts).
 */
@Module({ providers: [HooksService], exports: [HooksService] })
export class HooksModule {}
