import { graphql } from 'src/gql';

export const SearchQuery = graphql(`
  query Search($query: String!, $first: Int!, $after: String, $filter: SearchFilter) {
    search(query: $query, first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        snippet
        rank
        node {
          __typename
          ...SearchResultItem_result
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
