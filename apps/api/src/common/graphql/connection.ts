import type { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';

/*
 * Relay connections: every list is `edges { cursor node } pageInfo { hasNextPage endCursor }`.
 * Repositories fetch `first + 1` rows; `toConnection` trims the extra one to learn hasNextPage.
 */

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** Declares `<Name>Edge` and `<Name>Connection` GraphQL types for a node type. */
export const Connection = <T>(node: Type<T>, name: string) => {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionType;
};

/** Turns `size + 1` fetched rows into a connection page. */
export const toConnection = <T>(rows: T[], size: number, cursorOf: (row: T) => string): ConnectionShape<T> => {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
};
