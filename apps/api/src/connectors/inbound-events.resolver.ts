import { isDomainError, type Viewer } from '@chantier/domain';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../common/auth/decorators.js';
import type { InboundStatus } from '../inbound/inbound.types.js';
import { Comment, Post } from '../posts/post.object.js';
import { PostsService } from '../posts/posts.service.js';
import { InboundEvent, InboundEventConnection, InboundEventStatusEnum } from './inbound-event.object.js';
import { InboundEventsService } from './inbound-events.service.js';

@Resolver(() => InboundEvent)
export class InboundEventsResolver {
  constructor(
    private readonly service: InboundEventsService,
    private readonly posts: PostsService,
  ) {}

  @Query(() => InboundEventConnection, {
    description: 'The inbox, newest first (ADMIN only). connectorId null: every connector, and mail received over SMTP.',
  })
  inboundEvents(
    @CurrentViewer() viewer: Viewer,
    @Args('connectorId', { type: () => ID, nullable: true }) connectorId?: string | null,
    @Args('status', { type: () => InboundEventStatusEnum, nullable: true }) status?: InboundStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.service.page(viewer, { connectorId, status }, first, after);
  }

  @Mutation(() => InboundEvent, { description: 'Processes a FAILED, UNROUTED or IGNORED event again (ADMIN only).' })
  replayInboundEvent(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.replay(viewer, id);
  }

  @ResolveField(() => Post, { nullable: true, description: 'The post it made or updated; null when the viewer may not read it.' })
  async post(@CurrentViewer() viewer: Viewer, @Parent() event: InboundEvent): Promise<Post | null> {
    if (!event.postId) return null;
    // The normal readable-post path: an administrator reads no PRIVATE or SECRET content (ADR 0003).
    return this.posts.readablePost(viewer, event.postId).catch((error: unknown) => {
      if (isDomainError(error) && error.reason === 'POST_NOT_FOUND') return null;
      throw error;
    });
  }

  @ResolveField(() => Comment, { nullable: true, description: 'The comment it made; null when the viewer may not read it.' })
  comment(@CurrentViewer() viewer: Viewer, @Parent() event: InboundEvent): Promise<Comment | null> | null {
    return event.commentId ? this.service.readableComment(viewer, event.commentId) : null;
  }
}
