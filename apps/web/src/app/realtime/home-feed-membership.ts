import type { ApolloClient } from '@apollo/client';
import type { LivePost } from 'src/app/realtime/realtime-events';
import { graphql } from 'src/gql';

// Every PUBLIC post reaches every socket; the home feed only shows what the viewer follows.
const SpaceFollowQuery = graphql(`
  query LiveSpaceFollow($id: ID!) {
    space(id: $id) {
      id
      viewerRole
      viewerFollows
    }
  }
`);

const AuthorFollowQuery = graphql(`
  query LiveAuthorFollow($id: ID!) {
    user(id: $id) {
      id
      viewerFollows
    }
  }
`);

/**
 * Whether a new post belongs to the viewer's home feed, by the server's rule: the company stream,
 * the viewer's spaces, the spaces and people they follow, their own posts. Membership and follow
 * flags come from the cache when known (the follow buttons keep them current), else from one
 * small query per space or person.
 */
export const belongsToHomeFeed = async (client: ApolloClient, post: LivePost, viewerId: string | null): Promise<boolean> => {
  if (!post.space || post.author.id === viewerId) return true;
  const space = await client
    .query({ query: SpaceFollowQuery, variables: { id: post.space.id }, fetchPolicy: 'cache-first' })
    .catch(() => null);
  if (space?.data?.space?.viewerRole || space?.data?.space?.viewerFollows) return true;
  const author = await client
    .query({ query: AuthorFollowQuery, variables: { id: post.author.id }, fetchPolicy: 'cache-first' })
    .catch(() => null);
  return author?.data?.user?.viewerFollows === true;
};
