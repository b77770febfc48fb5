import type { Viewer } from '@chantier/domain';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../common/auth/decorators.js';
import { PostConnection } from '../posts/posts.resolver.js';
import { Hashtag } from './hashtag.object.js';
import { HashtagsService } from './hashtags.service.js';

@Resolver(() => Hashtag)
export class HashtagsResolver {
  constructor(private readonly hashtags: HashtagsService) {}

  @Query(() => Hashtag, { nullable: true, description: 'A tag (with or without #); null when no post the viewer may read carries it.' })
  hashtag(@CurrentViewer() viewer: Viewer, @Args('tag') tag: string) {
    return this.hashtags.hashtag(viewer, tag);
  }

  @Query(() => PostConnection, { description: 'Posts the viewer may read that carry the tag, in their body or a comment; newest first.' })
  hashtagFeed(
    @CurrentViewer() viewer: Viewer,
    @Args('tag') tag: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.hashtags.feed(viewer, tag, first, after);
  }
}
