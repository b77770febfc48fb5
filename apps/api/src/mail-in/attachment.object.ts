import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A file that came with a post or comment (an e-mail attachment).' })
export class Attachment {
  @Field(() => ID)
  id: string;

  @Field()
  filename: string;

  @Field()
  contentType: string;

  @Field(() => Int, { description: 'In bytes.' })
  size: number;

  @Field({ description: 'Where to download it (GET, with the bearer token); 404 to anyone who may not read the post.' })
  url: string;
}
