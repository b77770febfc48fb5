import { Module } from '@nestjs/common';

import { HooksController } from './hooks.controller.js';
import { HooksService } from './hooks.service.js';

/** Webhooks in: verification per source, then the inbox (ConnectorsModule and InboundModule are global). */
@Module({ controllers: [HooksController], providers: [HooksService] })
export class HooksModule {}
