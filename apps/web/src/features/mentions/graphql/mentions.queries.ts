import { graphql } from 'src/gql';

export const MentionCandidatesQuery = graphql(`
  query MentionCandidates($query: String!, $spaceId: ID, $first: Int!) {
    mentionCandidates(query: $query, spaceId: $spaceId, first: $first) {
      id
      handle
      displayName
      title
    }
  }
`);
