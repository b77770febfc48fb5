import { canModerate, canPostIn, type SpaceRole, type Viewer } from '@chantier/domain';
import { Args, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../common/auth/decorators.js';
import { Connection } from '../common/graphql/connection.js';
import { CreateSpaceInput, SpaceFilter, UpdateSpaceInput } from './dto/space.inputs.js';
import { Member, Space, SpaceRoleEnum } from './space.object.js';
import { SpacesService } from './spaces.service.js';

@ObjectType()
export class SpaceConnection extends Connection(Space, 'Space') {}

@ObjectType()
export class MemberConnection extends Connection(Member, 'Member') {}

@Resolver(() => Space)
export class SpacesResolver {
  constructor(private readonly spacesService: SpacesService) {}

  @Query(() => SpaceConnection, { description: 'Spaces the viewer may see: never SECRET spaces they are not in.' })
  spaces(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => SpaceFilter, nullable: true }) filter?: SpaceFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.spacesService.list(viewer, filter, first, after);
  }

  @Query(() => Space, { nullable: true })
  space(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('slug', { nullable: true }) slug?: string,
  ) {
    return this.spacesService.visibleSpace(viewer, { id, slug });
  }

  @Mutation(() => Space)
  createSpace(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateSpaceInput) {
    return this.spacesService.create(viewer, input);
  }

  @Mutation(() => Space)
  updateSpace(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateSpaceInput) {
    return this.spacesService.update(viewer, id, input);
  }

  @Mutation(() => Space, { description: 'Join a PUBLIC space.' })
  joinSpace(@CurrentViewer() viewer: Viewer, @Args('spaceId', { type: () => ID }) spaceId: string) {
    return this.spacesService.join(viewer, spaceId);
  }

  @Mutation(() => Boolean)
  leaveSpace(@CurrentViewer() viewer: Viewer, @Args('spaceId', { type: () => ID }) spaceId: string) {
    return this.spacesService.leave(viewer, spaceId);
  }

  @Mutation(() => Space, { description: 'Add someone to a space, or change their role.' })
  addMember(
    @CurrentViewer() viewer: Viewer,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => SpaceRoleEnum, defaultValue: 'MEMBER' }) role: SpaceRole,
  ) {
    return this.spacesService.addMember(viewer, spaceId, userId, role);
  }

  @Mutation(() => Space)
  removeMember(
    @CurrentViewer() viewer: Viewer,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    return this.spacesService.removeMember(viewer, spaceId, userId);
  }

  @ResolveField(() => Boolean)
  viewerCanPost(@CurrentViewer() viewer: Viewer, @Parent() space: Space) {
    return canPostIn(viewer, space).allowed;
  }

  @ResolveField(() => Boolean)
  viewerCanModerate(@CurrentViewer() viewer: Viewer, @Parent() space: Space) {
    return canModerate(viewer, space).allowed;
  }

  @ResolveField(() => MemberConnection, { description: 'Empty unless the viewer may read the space.' })
  members(
    @CurrentViewer() viewer: Viewer,
    @Parent() space: Space,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.spacesService.members(viewer, space, first, after);
  }
}
