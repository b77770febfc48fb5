import { useQuery } from '@apollo/client/react';
import { HomeFeedQuery, SpaceFeedQuery, UserFeedQuery } from 'src/features/feed/graphql/feed.queries';
import type { FeedMode } from 'src/gql/graphql';

export const FEED_PAGE_SIZE = 20;

// Feeds change while the user is away: show the cached page at once, then refresh it.
const FEED_FETCH_POLICY = 'cache-and-network' as const;

/** Each mode is its own cached list (`mode` is a key argument). */
export const useHomeFeed = (mode: FeedMode) => {
  const result = useQuery(HomeFeedQuery, {
    variables: { first: FEED_PAGE_SIZE, mode },
    fetchPolicy: FEED_FETCH_POLICY,
    notifyOnNetworkStatusChange: false,
  });
  return { ...result, connection: result.data?.homeFeed };
};

export const useSpaceFeed = (spaceId: string) => {
  const result = useQuery(SpaceFeedQuery, {
    variables: { spaceId, first: FEED_PAGE_SIZE },
    fetchPolicy: FEED_FETCH_POLICY,
  });
  return { ...result, connection: result.data?.spaceFeed };
};

export const useUserFeed = (userId: string) => {
  const result = useQuery(UserFeedQuery, {
    variables: { userId, first: FEED_PAGE_SIZE },
    fetchPolicy: FEED_FETCH_POLICY,
  });
  return { ...result, connection: result.data?.userFeed };
};
