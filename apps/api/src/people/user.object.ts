import { USER_ROLES, type UserRole } from '@chantier/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const Role = Object.fromEntries(USER_ROLES.map((r) => [r, r])) as { [K in UserRole]: K };
registerEnumType(Role, {
  name: 'Role',
  description: 'MEMBER posts and reads; ANALYST also reads dashboards; ADMIN (IT) provisions people.',
});

@ObjectType()
export class Department {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'Active people in this department.' })
  memberCount: number;
}

@ObjectType('UserDepartment')
export class UserDepartment {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType()
export class User {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Unique, lower-case; what @handle mentions resolve to.' })
  handle: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => Role)
  role: UserRole;

  @Field()
  locale: string;

  @Field(() => UserDepartment, { nullable: true })
  department: UserDepartment | null;

  @Field({ description: 'Whether the signed-in user follows this person.' })
  viewerFollows: boolean;

  @Field()
  active: boolean;
}
