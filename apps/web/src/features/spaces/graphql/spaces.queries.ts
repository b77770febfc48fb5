import { graphql } from 'src/gql';

export const SpacesDirectoryQuery = graphql(`
  query SpacesDirectory($filter: SpaceFilter, $first: Int!, $after: String) {
    spaces(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...SpaceCardItem_space
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SpacePageQuery = graphql(`
  query SpacePage($slug: String!) {
    space(slug: $slug) {
      id
      kind
      visibility
      viewerRole
      viewerCanPost
      viewerCanModerate
      ...SpaceHeader_space
      ...SpaceProjectPanel_space
    }
  }
`);

export const SpaceMembersQuery = graphql(`
  query SpaceMembers($slug: String!, $first: Int!, $after: String) {
    space(slug: $slug) {
      id
      memberCount
      members(first: $first, after: $after) {
        edges {
          cursor
          node {
            role
            user {
              id
              handle
              displayName
              title
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
