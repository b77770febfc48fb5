import { PROJECT_STATUSES, type ProjectStatus, SPACE_ROLES, type SpaceRole, VISIBILITIES, type Visibility } from '@chantier/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { User } from '../people/user.object.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const SPACE_KINDS = ['GROUP', 'PROJECT'] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];

export const SpaceKindEnum = enumOf(SPACE_KINDS);
export const VisibilityEnum = enumOf(VISIBILITIES);
export const SpaceRoleEnum = enumOf(SPACE_ROLES);
export const ProjectStatusEnum = enumOf(PROJECT_STATUSES);
registerEnumType(SpaceKindEnum, { name: 'SpaceKind', description: 'GROUP: a team or community. PROJECT: attached to a business project.' });
registerEnumType(VisibilityEnum, {
  name: 'Visibility',
  description: 'PUBLIC: every employee reads. PRIVATE: listed, content for members. SECRET: unlisted, members only.',
});
registerEnumType(SpaceRoleEnum, { name: 'SpaceRole' });
registerEnumType(ProjectStatusEnum, { name: 'ProjectStatus' });

@ObjectType()
export class BusinessProject {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Key in the external system, e.g. crm:OPP-1042 or jira:CHAN.' })
  externalKey: string | null;

  @Field(() => String, { nullable: true })
  customer: string | null;

  @Field(() => ProjectStatusEnum)
  status: ProjectStatus;

  @Field(() => String, { nullable: true })
  goal: string | null;

  @Field(() => Float, { nullable: true })
  targetValue: number | null;

  @Field(() => String, { nullable: true })
  currency: string | null;

  @Field(() => Float, { nullable: true })
  outcomeValue: number | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  endDate: string | null;
}

@ObjectType()
export class Space {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  /** Sort key for keyset cursors: the name as the database lower-cases it. */
  sortName: string;

  @Field(() => SpaceKindEnum)
  kind: SpaceKind;

  @Field(() => VisibilityEnum)
  visibility: Visibility;

  @Field()
  description: string;

  @Field(() => Int)
  memberCount: number;

  @Field(() => SpaceRoleEnum, { nullable: true, description: "The viewer's role; null when not a member." })
  viewerRole: SpaceRole | null;

  @Field()
  viewerFollows: boolean;

  @Field(() => BusinessProject, { nullable: true })
  project: BusinessProject | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class Member {
  @Field(() => User)
  user: User;

  @Field(() => SpaceRoleEnum)
  role: SpaceRole;

  @Field()
  joinedAt: Date;
}
