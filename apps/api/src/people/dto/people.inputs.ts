import type { UserRole } from '@chantier/domain';
import { Field, ID, InputType } from '@nestjs/graphql';

import { Role } from '../user.object.js';

@InputType()
export class CreateUserInput {
  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field()
  password: string;

  @Field(() => Role, { defaultValue: 'MEMBER' })
  role: UserRole;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { defaultValue: 'en' })
  locale: string;
}

@InputType()
export class UpdateMeInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  locale?: string | null;
}
