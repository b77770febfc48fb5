import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A #hashtag, as far as the viewer can see it.' })
export class Hashtag {
  @Field({ description: 'Normalised: lower-case, without the #.' })
  tag: string;

  @Field(() => Int, { description: 'Posts the viewer may read that carry the tag, in their body or a comment.' })
  postCount: number;
}
