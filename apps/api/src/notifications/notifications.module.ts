import { Module } from '@nestjs/common';

import { AuthModule } from '../auth/auth.module.js';
import { HashtagsModule } from '../hashtags/hashtags.module.js';
import { MentionsModule } from '../mentions/mentions.module.js';
import { ConversationNotifier } from './conversation-notifier.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { Notifier } from './notifier.js';

/** Notifications, and the mentions and hashtags that writing in a conversation sets off. */
@Module({
  imports: [AuthModule, MentionsModule, HashtagsModule],
  providers: [NotificationsRepository, NotificationsService, NotificationsResolver, Notifier, ConversationNotifier],
  exports: [ConversationNotifier, Notifier, NotificationsRepository],
})
export class NotificationsModule {}
