import { graphql } from 'src/gql';

export const HashtagQuery = graphql(`
  query Hashtag($tag: String!) {
    hashtag(tag: $tag) {
      tag
      postCount
    }
  }
`);

export const HashtagFeedQuery = graphql(`
  query HashtagFeed($tag: String!, $first: Int!, $after: String) {
    hashtagFeed(tag: $tag, first: $first, after: $after) {
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
