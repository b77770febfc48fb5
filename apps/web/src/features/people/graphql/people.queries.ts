import { graphql } from 'src/gql';

export const PeopleDirectoryQuery = graphql(`
  query PeopleDirectory($query: String, $first: Int!, $after: String) {
    users(query: $query, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...PersonCardItem_user
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ProfilePageQuery = graphql(`
  query ProfilePage($handle: String!) {
    user(handle: $handle) {
      id
      handle
      displayName
      email
      title
      viewerFollows
      department {
        id
        name
      }
    }
  }
`);

export const UpdateMeMutation = graphql(`
  mutation UpdateMe($input: UpdateMeInput!) {
    updateMe(input: $input) {
      id
      ...Viewer_user
    }
  }
`);
