import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notifications.module.js';
import { PostsModule } from '../posts/posts.module.js';
import { ConnectorThreadsRepository } from './connector-threads.repository.js';
import { ThreadWriter } from './thread-writer.js';
import { UnroutedReplayer } from './unrouted-replayer.js';
import { WebhookEventHandler } from './webhook-event.handler.js';

/** Processing of webhook deliveries from the inbox into threads and project outcomes. */
@Module({
  imports: [PostsModule, NotificationsModule],
  providers: [ConnectorThreadsRepository, ThreadWriter, WebhookEventHandler, UnroutedReplayer],
})
export class ConnectorEventsModule {}
