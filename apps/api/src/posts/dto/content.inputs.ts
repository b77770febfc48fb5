import type { PostKind } from '@chantier/domain';
import { Field, ID, InputType } from '@nestjs/graphql';

import { PostKindEnum } from '../post.object.js';

@InputType()
export class CreatePostInput {
  @Field(() => ID, { nullable: true, description: 'null = the company-wide stream.' })
  spaceId?: string | null;

  @Field({ description: 'Markdown, 1 to 20 000 characters.' })
  body: string;

  @Field(() => PostKindEnum, { defaultValue: 'STATUS' })
  kind: PostKind;
}
