import type { Viewer } from '@chantier/domain';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../common/auth/decorators.js';
import { User } from '../people/user.object.js';
import { MentionsService } from './mentions.service.js';

@Resolver()
export class MentionsResolver {
  constructor(private readonly mentions: MentionsService) {}

  @Query(() => [User], {
    description: "People for the composer's @ autocomplete: prefix of handle or name; in a PRIVATE or SECRET space, its members only.",
  })
  mentionCandidates(
    @CurrentViewer() viewer: Viewer,
    @Args('query') query: string,
    @Args('spaceId', { type: () => ID, nullable: true }) spaceId?: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first?: number,
  ) {
    return this.mentions.candidates(viewer, query, spaceId, first);
  }
}
