import { createUnionType, Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

import { PageInfo } from '../common/graphql/connection.js';
import { User } from '../people/user.object.js';
import { Comment, Post } from '../posts/post.object.js';
import { Space } from '../spaces/space.object.js';
import { SEARCH_KINDS, type SearchKind } from './search.sql.js';

export const SearchKindEnum = Object.fromEntries(SEARCH_KINDS.map((k) => [k, k])) as { [K in SearchKind]: K };
registerEnumType(SearchKindEnum, { name: 'SearchKind', description: 'What a search result is.' });

const KIND = Symbol('searchKind');

/** A search hit's node, tagged with its kind so the union can name its GraphQL type. */
export type SearchNode = (Post | Comment | Space | User) & { [KIND]?: SearchKind };

export const tagged = <T extends object>(node: T, kind: SearchKind): T => Object.assign(node, { [KIND]: kind });

const TYPES = { POST: Post, COMMENT: Comment, SPACE: Space, USER: User } as const;

export const SearchResult = createUnionType({
  name: 'SearchResult',
  types: () => [Post, Comment, Space, User] as const,
  resolveType: (node: SearchNode) => TYPES[node[KIND]!],
});

@InputType()
export class SearchFilter {
  @Field(() => [SearchKindEnum], { nullable: true, description: 'Only these kinds; null or empty: every kind.' })
  kinds?: SearchKind[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only posts and comments of this space. spaceId, authorId, from and to filter content: spaces and people are left out.',
  })
  spaceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only posts and comments by this person.' })
  authorId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only posts and comments written at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only posts and comments written before this instant.' })
  to?: Date | null;
}

@ObjectType()
export class SearchEdge {
  @Field()
  cursor: string;

  @Field(() => SearchResult)
  node: SearchNode;

  @Field(() => String, {
    nullable: true,
    description: 'Safe HTML: the matching passage, every character escaped except the <mark> tags around matched words.',
  })
  snippet: string | null;

  @Field(() => Float, { description: 'Relevance × recency; higher first. Comparable within one search only.' })
  rank: number;
}

@ObjectType()
export class SearchConnection {
  @Field(() => [SearchEdge])
  edges: SearchEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
