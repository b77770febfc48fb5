import type { Viewer } from '@chantier/domain';
import { Args, ID, Int, Query, registerEnumType, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../common/auth/decorators.js';
import { PostConnection } from '../posts/posts.resolver.js';
import { FeedService } from './feed.service.js';
import { TopFeedService } from './top-feed.service.js';

export const FeedMode = { RECENT: 'RECENT', TOP: 'TOP' } as const;
registerEnumType(FeedMode, {
  name: 'FeedMode',
  description: 'How the home feed is ordered.',
  valuesMap: {
    RECENT: { description: 'Newest first.' },
    TOP: {
      description:
        "Ranked by recency, engagement and the viewer's affinity with the author and the space; pages stay stable while the viewer pages.",
    },
  },
});

@Resolver()
export class FeedResolver {
  constructor(
    private readonly feeds: FeedService,
    private readonly top: TopFeedService,
  ) {}

  @Query(() => PostConnection, { description: 'What the viewer follows: company stream, their spaces, followed spaces and people.' })
  homeFeed(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('mode', { type: () => FeedMode, nullable: true, defaultValue: 'RECENT' }) mode?: keyof typeof FeedMode,
  ) {
    return mode === 'TOP' ? this.top.home(viewer, { first, after }) : this.feeds.home(viewer, { first, after });
  }

  @Query(() => PostConnection)
  spaceFeed(
    @CurrentViewer() viewer: Viewer,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.feeds.space(viewer, spaceId, { first, after });
  }

  @Query(() => PostConnection, { description: "A person's posts that the viewer may read." })
  userFeed(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.feeds.author(viewer, userId, { first, after });
  }
}
