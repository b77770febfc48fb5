import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

// Every list is a Relay connection: `fetchMore({ variables: { after } })` appends pages, and the
// key arguments keep one list per feed/filter instead of mixing them.
export const createCache = () =>
  new InMemoryCache({
    possibleTypes: { SearchResult: ['Comment', 'Post', 'Space', 'User'] },
    typePolicies: {
      Query: {
        fields: {
          homeFeed: relayStylePagination(['mode']),
          spaceFeed: relayStylePagination(['spaceId']),
          userFeed: relayStylePagination(['userId']),
          hashtagFeed: relayStylePagination(['tag']),
          spaces: relayStylePagination(['filter']),
          users: relayStylePagination(['query']),
          search: relayStylePagination(['query', 'filter']),
          // One list for the bell and the page: both ask for the same first page.
          notifications: relayStylePagination(),
          // One list per connector and status tab of the IT inbox.
          inboundEvents: relayStylePagination(['connectorId', 'status']),
          // `space(id:)` / `user(id:)` read an entity already cached under any other field.
          space: {
            read: (existing, { args, toReference }) =>
              existing ?? (isId(args?.id) ? toReference({ __typename: 'Space', id: args.id }) : undefined),
          },
          user: {
            read: (existing, { args, toReference }) =>
              existing ?? (isId(args?.id) ? toReference({ __typename: 'User', id: args.id }) : undefined),
          },
        },
      },
      Post: { fields: { comments: relayStylePagination() } },
      Space: { fields: { members: relayStylePagination() } },
      // No id of its own: it is only a mutation payload, merged into its target by hand.
      ReactionSummary: { keyFields: false },
      // Identified by the tag itself, so the page header and links share one entry.
      Hashtag: { keyFields: ['tag'] },
      // One per viewer: the mutation's payload replaces the query's without a hand-written update.
      NotificationPreferences: { keyFields: [] },
    },
  });
