import type { Viewer } from '@chantier/domain';
import { Args, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../common/auth/decorators.js';
import { Connection } from '../common/graphql/connection.js';
import { CreateUserInput, UpdateMeInput } from './dto/people.inputs.js';
import { PeopleService } from './people.service.js';
import { Department, User } from './user.object.js';

@ObjectType()
export class UserConnection extends Connection(User, 'User') {}

@Resolver(() => User)
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Query(() => User, { description: 'The signed-in user.' })
  me(@CurrentViewer() viewer: Viewer) {
    return this.people.user(viewer, { id: viewer.id });
  }

  @Query(() => User, { nullable: true })
  user(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('handle', { nullable: true }) handle?: string,
  ) {
    return this.people.user(viewer, { id, handle });
  }

  @Query(() => UserConnection)
  users(
    @CurrentViewer() viewer: Viewer,
    @Args('query', { nullable: true }) query?: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.people.search(viewer, query, first, after);
  }

  @Query(() => [Department])
  departments() {
    return this.people.departments();
  }

  @Mutation(() => User)
  createUser(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateUserInput) {
    return this.people.createUser(viewer, input);
  }

  @Mutation(() => User)
  updateMe(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateMeInput) {
    return this.people.updateMe(viewer, input);
  }

  @Mutation(() => Department)
  createDepartment(@CurrentViewer() viewer: Viewer, @Args('name') name: string) {
    return this.people.createDepartment(viewer, name);
  }
}
