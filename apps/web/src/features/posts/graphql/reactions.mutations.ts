import { graphql } from 'src/gql';

export const ReactMutation = graphql(`
  mutation React($targetId: ID!, $type: ReactionType!) {
    react(targetId: $targetId, type: $type) {
      targetId
      viewerReaction
      reactionCounts {
        type
        count
      }
    }
  }
`);

export const UnreactMutation = graphql(`
  mutation Unreact($targetId: ID!) {
    unreact(targetId: $targetId) {
      targetId
      viewerReaction
      reactionCounts {
        type
        count
      }
    }
  }
`);
