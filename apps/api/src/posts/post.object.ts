import { POST_KINDS, type PostKind, REACTION_TYPES, type ReactionType, type Visibility } from '@chantier/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { type SpaceKind, SpaceKindEnum, VisibilityEnum } from '../spaces/space.object.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const PostKindEnum = enumOf(POST_KINDS);
export const ReactionTypeEnum = enumOf(REACTION_TYPES);
export const SOURCE_KINDS = ['NATIVE', 'EMAIL', 'CONNECTOR'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SourceKindEnum = enumOf(SOURCE_KINDS);
registerEnumType(PostKindEnum, { name: 'PostKind', description: 'EVENT posts come from connectors.' });
registerEnumType(ReactionTypeEnum, { name: 'ReactionType' });
registerEnumType(SourceKindEnum, { name: 'PostSourceKind' });

@ObjectType()
export class PostAuthor {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  handle: string;

  @Field(() => String, { nullable: true })
  title: string | null;
}

@ObjectType()
export class PostSpace {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => SpaceKindEnum)
  kind: SpaceKind;

  @Field(() => VisibilityEnum)
  visibility: Visibility;
}

@ObjectType()
export class ReactionCount {
  @Field(() => ReactionTypeEnum)
  type: ReactionType;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class PostSource {
  @Field(() => SourceKindEnum)
  kind: SourceKind;

  @Field(() => String, { nullable: true })
  externalUrl: string | null;
}

/** Fields shared by posts and comments. */
@ObjectType({ isAbstract: true })
export abstract class ContentBase {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The markdown source.' })
  body: string;

  @Field({ description: 'The sanitised HTML rendering of body.' })
  html: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field(() => PostAuthor)
  author: PostAuthor;

  @Field(() => [ReactionCount])
  reactionCounts: ReactionCount[];

  @Field(() => ReactionTypeEnum, { nullable: true })
  viewerReaction: ReactionType | null;

  /** Where the content lives, for access decisions in field resolvers. */
  space: PostSpace | null;
}

@ObjectType()
export class Post extends ContentBase {
  @Field(() => PostKindEnum)
  kind: PostKind;

  @Field()
  pinned: boolean;

  @Field(() => PostSpace, { nullable: true, description: 'null for the company-wide stream.' })
  declare space: PostSpace | null;

  @Field(() => Int)
  commentCount: number;

  @Field(() => PostSource)
  source: PostSource;

  /** Sort key for keyset cursors, at full database precision. */
  cursorTime: string;
}

@ObjectType()
export class Comment extends ContentBase {
  @Field(() => ID)
  postId: string;

  @Field(() => ID, { nullable: true, description: 'The comment this one replies to (one level).' })
  parentId: string | null;

  cursorTime: string;
}

@ObjectType({ description: "A target's reaction counts and the viewer's own reaction after a change." })
export class ReactionSummary {
  @Field(() => ID)
  targetId: string;

  @Field(() => [ReactionCount])
  reactionCounts: ReactionCount[];

  @Field(() => ReactionTypeEnum, { nullable: true })
  viewerReaction: ReactionType | null;
}
