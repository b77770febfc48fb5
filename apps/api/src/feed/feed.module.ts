import { Module } from '@nestjs/common';

import { SpacesModule } from '../spaces/spaces.module.js';
import { FeedRepository } from './feed.repository.js';
import { FeedResolver } from './feed.resolver.js';
import { FeedService } from './feed.service.js';
import { TopFeedRepository } from './top-feed.repository.js';
import { TopFeedService } from './top-feed.service.js';

@Module({ imports: [SpacesModule], providers: [FeedRepository, FeedService, TopFeedRepository, TopFeedService, FeedResolver] })
export class FeedModule {}
