import type { Viewer } from '@chantier/domain';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../common/auth/decorators.js';
import { FollowsService } from './follows.service.js';

@Resolver()
export class FollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @Mutation(() => Boolean, { description: 'Follow a person or a space (by id).' })
  follow(@CurrentViewer() viewer: Viewer, @Args('targetId', { type: () => ID }) targetId: string) {
    return this.follows.follow(viewer, targetId);
  }

  @Mutation(() => Boolean)
  unfollow(@CurrentViewer() viewer: Viewer, @Args('targetId', { type: () => ID }) targetId: string) {
    return this.follows.unfollow(viewer, targetId);
  }
}
