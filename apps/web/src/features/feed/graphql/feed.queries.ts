import { graphql } from 'src/gql';

export const HomeFeedQuery = graphql(`
  query HomeFeed($first: Int!, $after: String, $mode: FeedMode!) {
    homeFeed(first: $first, after: $after, mode: $mode) {
      edges {
        cursor
        node {
          id
          ...PostCard_post
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SpaceFeedQuery = graphql(`
  query SpaceFeed($spaceId: ID!, $first: Int!, $after: String) {
    spaceFeed(spaceId: $spaceId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...PostCard_post
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UserFeedQuery = graphql(`
  query UserFeed($userId: ID!, $first: Int!, $after: String) {
    userFeed(userId: $userId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...PostCard_post
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
