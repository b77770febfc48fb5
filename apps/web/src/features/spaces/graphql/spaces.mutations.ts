import { graphql } from 'src/gql';

export const JoinSpaceMutation = graphql(`
  mutation JoinSpace($spaceId: ID!) {
    joinSpace(spaceId: $spaceId) {
      id
      viewerRole
      viewerCanPost
      viewerFollows
      memberCount
    }
  }
`);

export const LeaveSpaceMutation = graphql(`
  mutation LeaveSpace($spaceId: ID!) {
    leaveSpace(spaceId: $spaceId)
  }
`);

export const CreateSpaceMutation = graphql(`
  mutation CreateSpace($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      id
      slug
    }
  }
`);
