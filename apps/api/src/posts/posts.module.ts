import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notifications.module.js';
import { SpacesModule } from '../spaces/spaces.module.js';
import { CommentsResolver } from './comments.resolver.js';
import { InteractionsService } from './interactions.service.js';
import { PostsRepository } from './posts.repository.js';
import { PostsResolver } from './posts.resolver.js';
import { PostsService } from './posts.service.js';

@Module({
  imports: [SpacesModule, NotificationsModule],
  providers: [PostsRepository, PostsService, InteractionsService, PostsResolver, CommentsResolver],
  exports: [PostsService, InteractionsService, PostsRepository],
})
export class PostsModule {}
