import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

// Every list is a Relay connection: `fetchMore({ variables: { after } })` appends pages, and the
// key arguments keep one list per feed/filter instead of mixing them.
export const createCache = () =>
  new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          homeFeed: relayStylePagination(['mode']),
          spaceFeed: relayStylePagination(['spaceId']),
          userFeed: relayStylePagination(['userId']),
          spaces: relayStylePagination(['filter']),
          users: relayStylePagination(['query']),
        },
      },
      Post: { fields: { comments: relayStylePagination() } },
      Space: { fields: { members: relayStylePagination() } },
      // No id of its own: it is only a mutation payload, merged into its target by hand.
      ReactionSummary: { keyFields: false },
    },
  });
