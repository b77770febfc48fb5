import type { ProjectStatus, Visibility } from '@chantier/domain';
import { Field, Float, InputType } from '@nestjs/graphql';

import { ProjectStatusEnum, type SpaceKind, SpaceKindEnum, VisibilityEnum } from '../space.object.js';

@InputType()
export class ProjectInput {
  @Field(() => String, { nullable: true })
  externalKey?: string | null;

  @Field(() => String, { nullable: true })
  customer?: string | null;

  @Field(() => ProjectStatusEnum, { nullable: true })
  status?: ProjectStatus | null;

  @Field(() => String, { nullable: true })
  goal?: string | null;

  @Field(() => Float, { nullable: true })
  targetValue?: number | null;

  @Field(() => String, { nullable: true })
  currency?: string | null;

  @Field(() => Float, { nullable: true })
  outcomeValue?: number | null;

  @Field(() => String, { nullable: true })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  endDate?: string | null;
}

@InputType()
export class CreateSpaceInput {
  @Field()
  name: string;

  @Field(() => SpaceKindEnum)
  kind: SpaceKind;

  @Field(() => VisibilityEnum)
  visibility: Visibility;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ProjectInput, { nullable: true, description: 'Required for PROJECT spaces, refused for GROUP spaces.' })
  project?: ProjectInput | null;
}

@InputType()
export class UpdateSpaceInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => VisibilityEnum, { nullable: true })
  visibility?: Visibility | null;

  @Field(() => ProjectInput, { nullable: true })
  project?: ProjectInput | null;
}

@InputType()
export class SpaceFilter {
  @Field(() => SpaceKindEnum, { nullable: true })
  kind?: SpaceKind | null;

  @Field(() => String, { nullable: true })
  query?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only spaces the viewer belongs to.' })
  mine?: boolean | null;
}
