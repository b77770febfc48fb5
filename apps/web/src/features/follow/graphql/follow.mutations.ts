import { graphql } from 'src/gql';

export const FollowMutation = graphql(`
  mutation Follow($targetId: ID!) {
    follow(targetId: $targetId)
  }
`);

export const UnfollowMutation = graphql(`
  mutation Unfollow($targetId: ID!) {
    unfollow(targetId: $targetId)
  }
`);
